#pragma once

#include "core/timeline/Timeline.h"
#include "source/TimelineStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace rd::core {
struct RolloutInfo;
}
namespace rd::source {
class RolloutSource;
struct RolloutAction;
} // namespace rd::source

namespace rd::gui {

// One Timeline per rollout of the current source (issue 13), fed by the rollout's Events
// (eventsChanged), the status transitions seen live (rolloutChanged) and this window's accepted
// actions. A new source starts empty. With a TimelineStore, each rollout's story also starts from
// what earlier sessions kept (read when the story is first shown or written), and changed stories
// are written back a few seconds later, a bounded number per turn of the event loop.
class TimelineBook : public QObject
{
    Q_OBJECT
public:
    explicit TimelineBook(QObject *parent = nullptr);
    ~TimelineBook() override;

    void setSource(source::RolloutSource *source);
    // Null keeps the stories in memory only. Set before setSource() for the new source's stories.
    void setStore(source::TimelineStore *store);
    source::TimelineStore *store() const { return m_store; }
    // Writes the changed stories now, in one transaction (before the store goes away or the
    // program quits).
    void writeChanged();
    // Forgets every story, unwritten changes included, and reads the source's Events again (after
    // the store was cleared).
    void reload();
    static constexpr int WriteDelayMs = 2000;
    static constexpr int WritesPerTurn = 200;
    // Entries of all stories in memory together while a store keeps them: after a write, the
    // least recently used stories the store holds whole are let go down to three quarters of
    // this, and read back when next needed. Without a store only each story's own bound
    // (core::Timeline::MaxEntries) applies: nothing else holds them.
    static constexpr qsizetype DefaultMemoryBudget = 20'000;
    void setMemoryBudget(qsizetype entries) { m_memoryBudget = entries; }
    qsizetype entriesInMemory() const;
    qsizetype storiesInMemory() const { return m_timelines.size(); }
    // An action of this window the cluster accepted; `actor` is the kube user if known.
    void recordAction(const source::RolloutAction &action, const QString &actor = QString());
    QList<core::TimelineEntry> entries(const QString &key) const;

Q_SIGNALS:
    void updated(const QString &key);

private:
    void onEvents(const QString &key);
    void onChanged(const QString &key);
    void onRemoved(const QString &key);
    void forget(const QString &key);
    // The rollout's story, with what the store kept merged in on first use.
    core::Timeline &timeline(const QString &key) const;
    void loadStored(const QString &key) const;
    void changed(const QString &key);
    void writeSome();
    // Hands at most `limit` changed stories to the store (with their stored part read first, so
    // that the whole story is written); `announce`: emit updated() for stories that now show
    // stored entries (not while the book goes away).
    void queueChanged(qsizetype limit, bool announce);
    void writeAll(bool announce);
    std::pair<QString, QString> storeKey(const QString &key) const;
    void letGoOfOldStories();

    QPointer<source::RolloutSource> m_source;
    QPointer<source::TimelineStore> m_store;
    // Filled lazily by the const readers: the stored part is read on first use.
    mutable QHash<QString, core::Timeline> m_timelines;
    mutable QSet<QString> m_loaded;
    mutable QHash<QString, size_t> m_written; // fingerprint of what the store holds
    QHash<QString, std::shared_ptr<const core::RolloutInfo>> m_last;
    QSet<QString> m_changed;
    QSet<QString> m_gone; // deleted rollouts whose stories go once written
    QTimer m_writeTimer;
    qsizetype m_memoryBudget = DefaultMemoryBudget;
    mutable QHash<QString, quint64> m_used; // key -> m_useClock when its story was last used
    mutable quint64 m_useClock = 0;
};

} // namespace rd::gui
