#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rd::core {

struct RolloutInfo;

// A rollout's story, merged from its Kubernetes Events, the status transitions seen live and this
// program's own actions (issue 13). The same happening seen by two sources becomes one entry;
// entries come out oldest first, stable on equal times, whatever order they arrived in.
class Timeline
{
public:
    // Events are read again on every watch update: only occurrences not seen before are added
    // (an Event whose `count` grew adds the newer occurrence at its lastTimestamp).
    void addEvent(const QJsonObject &event);
    // What changed between two states of the rollout, observed at `at`.
    void addTransition(const RolloutInfo &before, const RolloutInfo &after, const QDateTime &at);
    // An action this program sent (by `actor`, the kube user; `reason` as typed, may be empty).
    void addAction(TimelineKind kind, const QDateTime &at, qint64 revision, const QString &actor,
                   const QString &reason, const QString &message = QString());
    // An entry seen by this program in this session, merged like the others.
    void add(const TimelineEntry &entry);
    // An entry kept from an earlier session (read back from disk). It already merged its own
    // sources then, so a source seen again now (the same Event read again, a live sighting of the
    // same happening) joins it instead of adding a second row. Stored entries never merge with
    // each other: the store holds them merged.
    void addStored(const TimelineEntry &entry);

    // Oldest first; unknown revisions and weights carried forward from earlier entries.
    QList<TimelineEntry> entries() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Two sightings closer than this may be the same happening (the watch lags the controller).
    static constexpr qint64 MergeWindowMs = 10'000;
    // A story keeps its newest entries only, as many as the store keeps of it
    // (TimelineStore::MaxEntriesPerRollout): a rollout that changes all day must not grow the
    // window without end. An entry older than one already let go is not taken back.
    static constexpr qsizetype MaxEntries = 500;
    qsizetype size() const { return m_entries.size(); }
    // Events whose occurrences are remembered (so that reading them again adds nothing); bounded
    // with the entries.
    qsizetype rememberedEvents() const { return m_eventCounts.size(); }

private:
    struct Slot
    {
        TimelineEntry entry;
        qint64 sequence = 0;
        qint64 eventOrder = 0; // the Event's resourceVersion, orders ties of whole seconds
        bool stored = false;   // from an earlier session
    };
    struct EventSeen
    {
        int count = 0;     // occurrences already added
        qint64 lastMs = 0; // the newest one's time
    };
    void insert(const TimelineEntry &entry, qint64 eventOrder, bool stored = false);
    // Lets the oldest entries go beyond MaxEntries, and the Events all of whose occurrences went.
    void dropOldest();
    QList<Slot> m_entries;
    QHash<QString, EventSeen> m_eventCounts; // by Event id
    qint64 m_sequence = 0;
    std::optional<qint64> m_horizonMs; // the newest time of an entry let go

    bool sameHappening(const TimelineEntry &a, const TimelineEntry &b) const;
    bool sameAsStored(const TimelineEntry &stored, const TimelineEntry &b) const;
};

} // namespace rd::core
