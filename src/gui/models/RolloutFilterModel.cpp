#include "gui/models/RolloutFilterModel.h"

#include "gui/models/RolloutBoardModel.h"

#include <QCollator>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

RolloutFilterModel::RolloutFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RolloutBoardModel::SortRole);
    setDynamicSortFilter(true);
}

void RolloutFilterModel::setChip(Chip chip)
{
    if (chip == m_chip)
        return;
    m_chip = chip;
    invalidateRowsFilter();
}

void RolloutFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void RolloutFilterModel::setContextFilter(const QString &context)
{
    if (context == m_context)
        return;
    m_context = context;
    invalidateRowsFilter();
}

const RolloutBoardModel *RolloutFilterModel::board() const
{
    return qobject_cast<const RolloutBoardModel *>(sourceModel());
}

bool RolloutFilterModel::rowInChip(int sourceRow, Chip chip) const
{
    RolloutBoardModel::RowFacts facts;
    if (const RolloutBoardModel *b = board()) {
        facts = b->factsAt(sourceRow); // kept with the row: no index, no variant
    } else {
        const QModelIndex idx = sourceModel()->index(sourceRow, 0);
        facts.phase = core::Phase(idx.data(RolloutBoardModel::PhaseRole).toInt());
        facts.needsAttention = idx.data(RolloutBoardModel::NeedsAttentionRole).toBool();
        facts.waitingOnMe = idx.data(RolloutBoardModel::WaitingOnMeRole).toBool();
        facts.favourite = idx.data(RolloutBoardModel::FavouriteRole).toBool();
    }
    return inChip(facts, chip);
}

bool RolloutFilterModel::inChip(const RolloutBoardModel::RowFacts &facts, Chip chip)
{
    switch (chip) {
    case Chip::All:
        return true;
    case Chip::NeedsAttention:
        return facts.needsAttention;
    case Chip::Paused:
        return facts.phase == core::Phase::Paused;
    case Chip::Progressing:
        return facts.phase == core::Phase::Progressing;
    case Chip::Degraded:
        return facts.phase == core::Phase::Degraded;
    case Chip::Healthy:
        return facts.phase == core::Phase::Healthy;
    case Chip::Favourites:
        return facts.favourite;
    case Chip::WaitingOnMe:
        return facts.waitingOnMe;
    }
    return true;
}

bool RolloutFilterModel::rowMatchesSearch(int sourceRow) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const QString name = m->index(sourceRow, RolloutBoardModel::NameColumn).data().toString();
    const QString ns = m->index(sourceRow, RolloutBoardModel::NamespaceColumn).data().toString();
    const QVariantMap labels = m->index(sourceRow, 0).data(RolloutBoardModel::LabelsRole).toMap();
    for (const QString &word : m_words) {
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QString label = word.left(colon);
            const QString value = word.mid(colon + 1);
            const auto it = labels.constFind(label);
            if (it == labels.cend())
                return false;
            if (!value.isEmpty() && it->toString().compare(value, Qt::CaseInsensitive) != 0)
                return false;
            continue;
        }
        if (!name.contains(word, Qt::CaseInsensitive) && !ns.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool RolloutFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_context.isEmpty()) {
        const RolloutBoardModel *b = board();
        const QString context =
            b ? b->contextAt(sourceRow)
              : sourceModel()->index(sourceRow, 0).data(RolloutBoardModel::ContextRole).toString();
        if (context != m_context)
            return false;
    }
    return rowInChip(sourceRow, m_chip) && rowMatchesSearch(sourceRow);
}

bool RolloutFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the board's rows: a sort of 10,000 rows makes ~130,000 comparisons.
    const RolloutBoardModel *b = board();
    const QVariant l =
        b ? b->sortValueAt(left.row(), left.column()) : left.data(RolloutBoardModel::SortRole);
    const QVariant r =
        b ? b->sortValueAt(right.row(), right.column()) : right.data(RolloutBoardModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        static const QCollator collator = [] {
            QCollator c;
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        const int cmp = collator.compare(l.toString(), r.toString());
        if (cmp != 0)
            return cmp < 0;
    } else {
        const auto order = QVariant::compare(l, r);
        if (order != QPartialOrdering::Equivalent)
            return order == QPartialOrdering::Less;
    }
    // Stable tie-break by key so equal values keep a predictable order.
    if (b)
        return b->keyAt(left.row()) < b->keyAt(right.row());
    return left.data(RolloutBoardModel::KeyRole).toString() <
           right.data(RolloutBoardModel::KeyRole).toString();
}

} // namespace rd::gui
