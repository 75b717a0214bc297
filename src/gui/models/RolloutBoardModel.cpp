#include "gui/models/RolloutBoardModel.h"

#include "core/Duration.h"
#include "core/ProcessExit.h"
#include "core/RolloutInfo.h"
#include "gui/PlainText.h"
#include "gui/StatusIcons.h"
#include "gui/i18n/LocaleFormat.h"
#include "gui/models/AnalysisRisk.h"
#include "gui/notify/AttentionState.h"
#include "source/RolloutSource.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
double stepFraction(const core::RolloutInfo &info)
{
    const qsizetype n = info.steps.size();
    if (n == 0 || info.currentStepIndex < 0)
        return -1.0;
    return double(std::min<qint64>(info.currentStepIndex, n)) / double(n);
}

QString imageOf(const core::RolloutInfo &info, const QString &tag)
{
    const auto images = info.images();
    for (const auto &img : images) {
        if (img.tags.contains(tag))
            return img.image;
    }
    return {};
}
// When the age text of a rollout can change next (ms since the epoch); never for one without a
// creation time.
qint64 ageDue(const core::RolloutInfo *info, qint64 now)
{
    if (!info || !info->meta.creationTimestamp.isValid())
        return std::numeric_limits<qint64>::max();
    const qint64 created = info->meta.creationTimestamp.toMSecsSinceEpoch();
    return created + core::humanDurationNextChange(now - created);
}
} // namespace

RolloutBoardModel::RolloutBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Ages are the only thing that changes without a watch event. Each row knows when its age
    // text changes next; the timer wakes for the soonest, so a board of hour-old rollouts looks
    // once a minute, not once a second. New or changed rows are looked at within a second.
    m_ageTimer.setSingleShot(true);
    connect(&m_ageTimer, &QTimer::timeout, this, &RolloutBoardModel::refreshAges);
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { refreshAgesWithin(1000); });
    connect(this, &QAbstractItemModel::modelReset, this, [this] { refreshAgesWithin(1000); });
    connect(this, &QAbstractItemModel::dataChanged, this, [this] { refreshAgesWithin(1000); });
}

RolloutBoardModel::~RolloutBoardModel()
{
    // A row per rollout: at the end of the process they go with it (core::ProcessExit).
    core::ProcessExit::release(m_rows);
    core::ProcessExit::release(m_rowOfKey);
}

bool RolloutBoardModel::needsAttention(const core::RolloutInfo &info)
{
    if (info.aborted || info.unreadable())
        return true;
    return info.phase() != core::Phase::Healthy && info.phase() != core::Phase::Progressing;
}

bool RolloutBoardModel::waitingOnMe(const core::RolloutInfo &info)
{
    const AttentionState a = AttentionState::of(info);
    return a.waitingForPerson || a.degraded;
}

bool RolloutBoardModel::multiContext() const
{
    return m_source && m_source->watchedContexts().size() > 1;
}

void RolloutBoardModel::setSource(source::RolloutSource *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_rows.clear();
    m_rowOfKey.clear();
    m_source = source;
    if (source) {
        const QStringList keys = source->keys();
        for (const QString &key : keys) {
            Row row;
            row.key = key;
            fillRow(row);
            if (!row.info)
                continue;
            m_rowOfKey.insert(key, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        m_connections << connect(source, &source::RolloutSource::rolloutsAdded, this,
                                 &RolloutBoardModel::onAddedMany);
        m_connections << connect(source, &source::RolloutSource::rolloutAdded, this,
                                 &RolloutBoardModel::onAdded);
        m_connections << connect(source, &source::RolloutSource::rolloutChanged, this,
                                 &RolloutBoardModel::onChanged);
        m_connections << connect(source, &source::RolloutSource::rolloutRemoved, this,
                                 &RolloutBoardModel::onRemoved);
    }
    endResetModel();
}

void RolloutBoardModel::setFavourites(const QSet<QString> &keys)
{
    m_favourites = keys;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, FavouriteColumn),
                           index(int(m_rows.size()) - 1, FavouriteColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole, SortRole, FavouriteRole});
    }
    Q_EMIT favouritesChanged();
}

void RolloutBoardModel::setFavourite(const QString &key, bool on)
{
    if (on == m_favourites.contains(key))
        return;
    if (on)
        m_favourites.insert(key);
    else
        m_favourites.remove(key);
    const QModelIndex idx = indexOfKey(key, FavouriteColumn);
    if (idx.isValid())
        Q_EMIT dataChanged(idx, idx,
                           {Qt::DecorationRole, Qt::ToolTipRole, SortRole, FavouriteRole});
    Q_EMIT favouritesChanged();
}

void RolloutBoardModel::toggleFavourite(const QString &key)
{
    setFavourite(key, !m_favourites.contains(key));
}

QModelIndex RolloutBoardModel::indexOfKey(const QString &key, int column) const
{
    const auto it = m_rowOfKey.constFind(key);
    return it == m_rowOfKey.cend() ? QModelIndex() : index(*it, column);
}

QString RolloutBoardModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].key : QString();
}

RolloutBoardModel::RowFacts RolloutBoardModel::factsAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || !m_rows[size_t(row)].info)
        return {};
    const Row &r = m_rows[size_t(row)];
    // No hashing of the key without favourites: the counts read every row each turn.
    return RowFacts{r.phase, r.needsAttention, r.waitingOnMe,
                    !m_favourites.isEmpty() && m_favourites.contains(r.key)};
}

QString RolloutBoardModel::contextAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].context : QString();
}

QVariant RolloutBoardModel::sortValueAt(int row, int column) const
{
    if (row < 0 || row >= int(m_rows.size()) || !m_rows[size_t(row)].info)
        return {};
    return sortValue(m_rows[size_t(row)], column);
}

void RolloutBoardModel::fillRow(Row &row) const
{
    row.info = m_source ? m_source->info(row.key) : nullptr;
    if (m_source)
        row.context = m_source->contextOf(row.key);
    // Taken before the texts: a due time from before never misses a change the text missed.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    row.cells.clear();
    for (int c = 0; c < ColumnCount; ++c)
        row.cells << cellText(row, c);
    row.ageDueMs = ageDue(row.info.get(), now);
    row.phase = row.info ? row.info->phase() : core::Phase::Unknown;
    row.needsAttention = row.info && needsAttention(*row.info);
    row.waitingOnMe = row.info && waitingOnMe(*row.info);
}

void RolloutBoardModel::onAddedMany(const QStringList &keys)
{
    std::vector<Row> fresh;
    fresh.reserve(size_t(keys.size()));
    QSet<QString> taken;
    for (const QString &key : keys) {
        // A known key arrives again as rolloutAdded and is updated then; a key twice, once.
        if (m_rowOfKey.contains(key) || taken.contains(key))
            continue;
        Row row;
        row.key = key;
        fillRow(row);
        if (!row.info)
            continue;
        taken.insert(key);
        fresh.push_back(std::move(row));
    }
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Row &row : fresh) {
        m_rowOfKey.insert(row.key, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void RolloutBoardModel::onAdded(const QString &key)
{
    if (const auto it = m_rowOfKey.constFind(key); it != m_rowOfKey.cend()) {
        // Its row went in with rolloutsAdded a moment ago, from this very info.
        if (m_source && m_rows[size_t(*it)].info == m_source->info(key))
            return;
        onChanged(key);
        return;
    }
    Row row;
    row.key = key;
    fillRow(row);
    if (!row.info)
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    m_rowOfKey.insert(key, at);
    endInsertRows();
}

void RolloutBoardModel::onChanged(const QString &key)
{
    const auto it = m_rowOfKey.constFind(key);
    if (it == m_rowOfKey.cend()) {
        onAdded(key);
        return;
    }
    const int r = *it;
    Row &row = m_rows[size_t(r)];
    const QStringList before = row.cells;
    const QString riskBefore = row.info ? AnalysisRisk::toolTip(*row.info) : QString();
    fillRow(row);
    if (row.info && AnalysisRisk::toolTip(*row.info) != riskBefore)
        Q_EMIT dataChanged(index(r, NameColumn), index(r, NameColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
    // One dataChanged per changed column, with the roles that column carries.
    for (int c = 0; c < ColumnCount; ++c) {
        if (c == FavouriteColumn || before.value(c) == row.cells.value(c))
            continue;
        QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SortRole};
        if (c == StatusColumn)
            roles << Qt::DecorationRole << PhaseRole << NeedsAttentionRole << WaitingOnMeRole;
        if (c == StepColumn)
            roles << StepFractionRole;
        Q_EMIT dataChanged(index(r, c), index(r, c), roles);
    }
}

void RolloutBoardModel::onRemoved(const QString &key)
{
    const auto it = m_rowOfKey.constFind(key);
    if (it == m_rowOfKey.cend())
        return;
    const int r = *it;
    beginRemoveRows({}, r, r);
    m_rows.erase(m_rows.begin() + r);
    m_rowOfKey.remove(key);
    reindexFrom(r);
    endRemoveRows();
}

void RolloutBoardModel::reindexFrom(int row)
{
    for (int r = row; r < int(m_rows.size()); ++r)
        m_rowOfKey[m_rows[size_t(r)].key] = r;
}

void RolloutBoardModel::refreshAgesWithin(int ms)
{
    if (!m_ageTimer.isActive() || m_ageTimer.remainingTime() > ms)
        m_ageTimer.start(ms);
}

qint64 RolloutBoardModel::nextAgeRefreshInMs() const
{
    return m_ageTimer.isActive() ? m_ageTimer.remainingTime() : -1;
}

void RolloutBoardModel::refreshAges()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 soonest = std::numeric_limits<qint64>::max();
    // Only rows whose age text is due, and of those only the ones that changed, in ranges.
    int start = -1;
    for (int r = 0; r <= int(m_rows.size()); ++r) {
        bool changed = false;
        if (r < int(m_rows.size())) {
            Row &row = m_rows[size_t(r)];
            if (row.ageDueMs <= now) {
                const QString age = cellText(row, AgeColumn);
                changed = age != row.cells.value(AgeColumn);
                if (changed)
                    row.cells[AgeColumn] = age;
                row.ageDueMs = ageDue(row.info.get(), now);
            }
            soonest = std::min(soonest, row.ageDueMs);
        }
        if (changed && start < 0)
            start = r;
        if (!changed && start >= 0) {
            Q_EMIT dataChanged(index(start, AgeColumn), index(r - 1, AgeColumn), {Qt::DisplayRole});
            start = -1;
        }
    }
    // Not before a tenth of a second (clock jitter), not after an hour (the clock may be set).
    if (soonest != std::numeric_limits<qint64>::max())
        m_ageTimer.start(int(std::clamp<qint64>(soonest - now, 100, 3600 * 1000)));
    else
        m_ageTimer.stop();
}

QString RolloutBoardModel::cellText(const Row &row, int column) const
{
    if (!row.info)
        return {};
    const core::RolloutInfo &info = *row.info;
    switch (column) {
    case FavouriteColumn:
        return {};
    case NameColumn:
        return info.meta.name;
    case NamespaceColumn:
        return info.meta.namespace_;
    // Strategy, step, set weight and ready come from the `list rollouts` row, so the board shows
    // what the CLI's list prints (rollouts-semantics.md §2b). The status is the row's too: both
    // are GetRolloutPhase; code (filters, chips, delegates) reads the typed PhaseRole.
    case StatusColumn:
        if (info.unreadable())
            //: Board status of a rollout whose object could not be read
            return tr("Unreadable");
        return info.status;
    case StrategyColumn:
        return info.listRow.strategy;
    case StepColumn:
        return info.listRow.step;
    case WeightColumn:
        if (info.strategy != core::Strategy::Canary)
            return info.listRow.setWeight; // "-" as the list prints it

        //: Board cell: set weight / actual weight of the canary, in percent
        return tr("%1 / %2").arg(info.listRow.setWeight, info.actualWeight);
    case ReadyColumn:
        return info.listRow.readyCurrent;
    case ImagesColumn: {
        const QString canary = imageOf(info, u"canary"_s);
        const QString stable = imageOf(info, u"stable"_s);
        if (!canary.isEmpty() && !stable.isEmpty() && canary != stable)
            //: Board cell: canary image → stable image
            return tr("%1 → %2").arg(canary, stable);
        if (!stable.isEmpty())
            return stable;
        QStringList all;
        for (const auto &c : info.containers)
            all << c.image;
        return all.join(u", "_s);
    }
    case AgeColumn:
        if (!info.meta.creationTimestamp.isValid())
            return {};
        return LocaleFormat::duration(
            info.meta.creationTimestamp.msecsTo(QDateTime::currentDateTimeUtc()));
    case MessageColumn:
        if (info.unreadable())
            //: Board message of an unreadable rollout; %1 is the parser's message
            return tr("Cannot read this rollout: %1").arg(info.parseError);
        return info.message;
    case ContextColumn: {
        if (!m_source)
            return row.context;
        switch (m_source->contextState(row.context)) {
        case source::ConnectionState::Reconnecting:
            //: Board cell: context name, its connection is being retried
            return tr("%1 (reconnecting)").arg(row.context);
        case source::ConnectionState::Failed:
            //: Board cell: context name, its connection failed
            return tr("%1 (failed)").arg(row.context);
        case source::ConnectionState::Connecting:
        case source::ConnectionState::Connected:
            break;
        }
        return row.context;
    }
    }
    return {};
}

QVariant RolloutBoardModel::sortValue(const Row &row, int column) const
{
    const core::RolloutInfo &info = *row.info;
    switch (column) {
    case FavouriteColumn:
        return m_favourites.contains(row.key) ? 1 : 0;
    case StepColumn:
        return stepFraction(info);
    case WeightColumn:
        return info.setWeight.toInt();
    case ReadyColumn:
        return info.ready;
    case AgeColumn:
        // Older rollouts have a larger age: sort by negative creation time.
        return info.meta.creationTimestamp.isValid()
                   ? -info.meta.creationTimestamp.toMSecsSinceEpoch()
                   : qint64(0);
    case StatusColumn:
        // Worst first when sorted ascending.
        if (info.unreadable())
            return -1;
        switch (row.phase) {
        case core::Phase::Degraded:
            return 0;
        case core::Phase::Paused:
            return 1;
        case core::Phase::Progressing:
            return 2;
        case core::Phase::Healthy:
            return 4;
        case core::Phase::Unknown:
            break;
        }
        return 3;
    default:
        return row.cells.value(column);
    }
}

int RolloutBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolloutBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (!row.info)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusIcons::forGlyph(row.info->icon);
        if (column == FavouriteColumn)
            return StatusIcons::star(m_favourites.contains(row.key));
        if (column == NameColumn && !AnalysisRisk::toolTip(*row.info).isEmpty())
            return AnalysisRisk::icon();
        return {};
    case Qt::ToolTipRole:
        if (column == AgeColumn)
            return LocaleFormat::ageToolTip(row.info->meta.creationTimestamp,
                                            QDateTime::currentDateTimeUtc());
        if (column == FavouriteColumn) {
            return m_favourites.contains(row.key) ? tr("Favourite: click to remove")
                                                  : tr("Click to mark as favourite");
        }
        if (column == MessageColumn || column == ImagesColumn)
            return plainToolTip(row.cells.value(column));
        if (column == NameColumn) {
            // Composed from metric names, which come from the cluster: plain text.
            const QString risk = AnalysisRisk::toolTip(*row.info);
            return risk.isEmpty() ? QVariant() : QVariant(plainToolTip(risk));
        }
        if (column == ContextColumn && m_source) {
            const QString reason = m_source->contextReason(row.context);
            //: Board tooltip: context name and why its connection is not up
            return plainToolTip(reason.isEmpty() ? row.context
                                                 : tr("%1: %2").arg(row.context, reason));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == FavouriteColumn)
            return m_favourites.contains(row.key) ? tr("Favourite") : tr("Not a favourite");
        return row.cells.value(column);
    case SortRole:
        return sortValue(row, column);
    case KeyRole:
        return row.key;
    case PhaseRole:
        return int(row.phase);
    case StepFractionRole:
        return stepFraction(*row.info);
    case LabelsRole: {
        // Made when asked (a search by label): a copy kept per row cost memory on every row.
        QVariantMap labels;
        for (auto it = row.info->labels.cbegin(); it != row.info->labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case FavouriteRole:
        return m_favourites.contains(row.key);
    case NeedsAttentionRole:
        return row.needsAttention;
    case ContextRole:
        return row.context;
    case WaitingOnMeRole:
        return row.waitingOnMe;
    default:
        return {};
    }
}

QVariant RolloutBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DecorationRole && section == FavouriteColumn)
        return StatusIcons::star(true);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case FavouriteColumn:
        //: Board column header tooltip for the favourite star column
        return role == Qt::ToolTipRole ? tr("Favourite") : QVariant();
    case NameColumn:
        //: Board column header
        return tr("Name");
    case NamespaceColumn:
        //: Board column header
        return tr("Namespace");
    case StatusColumn:
        //: Board column header
        return tr("Status");
    case StrategyColumn:
        //: Board column header
        return tr("Strategy");
    case StepColumn:
        //: Board column header: current step / number of steps
        return tr("Step");
    case WeightColumn:
        //: Board column header: set weight / actual weight
        return role == Qt::ToolTipRole ? tr("Set weight / actual weight (%)") : tr("Weight");
    case ReadyColumn:
        //: Board column header: ready / current replicas, as `list rollouts` shows them
        return role == Qt::ToolTipRole ? tr("Ready replicas / current replicas") : tr("Ready");
    case ImagesColumn:
        //: Board column header
        return role == Qt::ToolTipRole ? tr("Images (canary → stable)") : tr("Images");
    case AgeColumn:
        //: Board column header
        return tr("Age");
    case MessageColumn:
        //: Board column header
        return tr("Message");
    case ContextColumn:
        //: Board column header: the kubeconfig context of the rollout
        return tr("Context");
    }
    return {};
}

void RolloutBoardModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (auto &row : m_rows) {
        for (int c = 0; c < ColumnCount; ++c)
            row.cells[c] = cellText(row, c);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace rd::gui
