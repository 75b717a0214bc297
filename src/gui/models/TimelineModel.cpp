#include "gui/models/TimelineModel.h"

#include <QLocale>

namespace rd::gui {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(const QList<core::TimelineEntry> &entries)
{
    const qsizetype old = m_entries.size();
    if (entries.size() >= old &&
        std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin())) {
        if (entries.size() == old)
            return;
        beginInsertRows({}, int(old), int(entries.size()) - 1);
        m_entries = entries;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void TimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::TimelineEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Message)
        return e.reason.isEmpty() ? e.message : tr("Reason given: %1").arg(e.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case Revision:
        return e.revision > 0 ? QString::number(e.revision) : QStringLiteral("-");
    case Event:
        // The CLI's column word: the same in every language, as in `history rollout`.
        return core::timelineKindName(e.kind);
    case Weight:
        return e.weight ? QString::number(*e.weight) : QStringLiteral("-");
    case Message:
        return e.message;
    case Actor:
        return e.actor;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Revision:
        return tr("Revision");
    case Event:
        return tr("Event");
    case Weight:
        return tr("Weight");
    case Message:
        return tr("Message");
    case Actor:
        return tr("Who");
    default:
        return {};
    }
}

} // namespace rd::gui
