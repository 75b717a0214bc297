#pragma once

#include "core/RolloutEnums.h"
#include "source/RolloutSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The rollouts board: one row per rollout of a source. Watch events update rows in place
// (insert/remove rows, role-specific dataChanged); the model is reset only when the source
// itself changes (another context or namespace).
class RolloutBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FavouriteColumn,
        NameColumn,
        NamespaceColumn,
        StatusColumn,
        StrategyColumn,
        StepColumn,
        WeightColumn,
        ReadyColumn,
        ImagesColumn,
        AgeColumn,
        MessageColumn,
        ContextColumn, // hidden while one context is watched; the view shows it after the star
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        KeyRole,                     // "namespace/name"
        StepFractionRole,            // 0..1, or -1 without steps
        LabelsRole,                  // QVariantMap of metadata.labels
        FavouriteRole,               // bool
        NeedsAttentionRole,          // bool
        PhaseRole,                   // int(core::Phase): the status as code reads it (the word
                                     // is only the display text)
        ContextRole,                 // the row's kubeconfig context (source->contextOf(key))
        WaitingOnMeRole,             // bool: paused for a person, or Degraded
    };
    Q_ENUM(Role)

    explicit RolloutBoardModel(QObject *parent = nullptr);
    ~RolloutBoardModel() override;

    void setSource(source::RolloutSource *source);
    source::RolloutSource *source() const { return m_source; }

    void setFavourites(const QSet<QString> &keys);
    QSet<QString> favourites() const { return m_favourites; }
    void setFavourite(const QString &key, bool on);
    void toggleFavourite(const QString &key);

    QModelIndex indexOfKey(const QString &key, int column = NameColumn) const;
    QString keyAt(int row) const;

    // What the filter and the chip counts read of a row, kept with the row (computed when its
    // info changes, not per read): thousands of rows are counted and filtered per change.
    struct RowFacts
    {
        core::Phase phase = core::Phase::Unknown;
        bool needsAttention = false;
        bool waitingOnMe = false;
        bool favourite = false;
    };
    RowFacts factsAt(int row) const;
    QString contextAt(int row) const;
    // The SortRole value of a cell, without going through an index (the proxy's comparisons).
    QVariant sortValueAt(int row, int column) const;

    // "Needs attention": paused, degraded, aborted, errors, unknown, unreadable.
    static bool needsAttention(const core::RolloutInfo &info);
    // "Waiting on me": paused until a person promotes (indefinite pause, blue-green pause,
    // inconclusive analysis) or Degraded: what a release manager has to act on.
    static bool waitingOnMe(const core::RolloutInfo &info);
    // More than one context watched: the Context column and the context filter are shown.
    bool multiContext() const;

    // Re-renders translated texts (called by the view on QEvent::LanguageChange).
    void retranslate();
    // Milliseconds until the ages are looked at again, -1 when never (tests, benchmarks).
    qint64 nextAgeRefreshInMs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void favouritesChanged();

private:
    struct Row
    {
        QString key;
        std::shared_ptr<const core::RolloutInfo> info;
        QString context;     // its cell also says when that context's connection is down
        QStringList cells;   // display text per column, to find what changed
        qint64 ageDueMs = 0; // when (ms since the epoch) its age text may change next
        // From info, refreshed by fillRow (AttentionState::of reads steps and analysis runs).
        core::Phase phase = core::Phase::Unknown;
        bool needsAttention = false;
        bool waitingOnMe = false;
    };

    // Several rollouts at once (a first load): their rows go in with one insertion.
    void onAddedMany(const QStringList &keys);
    void onAdded(const QString &key);
    void onChanged(const QString &key);
    void onRemoved(const QString &key);
    void refreshAges();
    void refreshAgesWithin(int ms);
    void fillRow(Row &row) const;
    QString cellText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void reindexFrom(int row);

    QPointer<source::RolloutSource> m_source;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QSet<QString> m_favourites;
    QTimer m_ageTimer;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace rd::gui
