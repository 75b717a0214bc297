#include "core/timeline/Timeline.h"

#include "core/RolloutInfo.h"
#include "core/timeline/RolloutEventReader.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

std::optional<int> weightOf(const QString &text)
{
    bool ok = false;
    const int w = text.toInt(&ok);
    return ok ? std::optional<int>(w) : std::nullopt;
}

qint64 revisionOf(const RolloutInfo &info)
{
    return info.revisions().value(0, 0);
}

// Kinds whose weight is the one before them (nothing about the set weight changed).
bool keepsWeight(TimelineKind kind)
{
    return kind != TimelineKind::Updated;
}

} // namespace

void Timeline::addEvent(const QJsonObject &event)
{
    const auto read = readRolloutEvent(event);
    if (!read)
        return;
    const qint64 lastMs = read->last.toMSecsSinceEpoch();
    if (m_horizonMs && lastMs < *m_horizonMs)
        return; // every occurrence is older than the story keeps (and may be forgotten)
    const int seen = m_eventCounts.value(read->id).count;
    if (read->count <= seen)
        return;
    // Counted before inserting: an insert may let old entries go and sweep this table.
    m_eventCounts.insert(read->id, EventSeen{read->count, lastMs});
    if (seen == 0)
        insert(read->entry, read->resourceVersion);
    // Later occurrences only keep their newest time: intermediate ones are lost to the cluster.
    if (read->count > 1 && (seen > 0 || read->last > read->first)) {
        TimelineEntry again = read->entry;
        again.time = read->last;
        if (read->count - std::max(seen, 1) > 1)
            again.message += u" (×%1)"_s.arg(read->count - std::max(seen, 1));
        insert(again, read->resourceVersion);
    }
}

void Timeline::addTransition(const RolloutInfo &before, const RolloutInfo &after,
                             const QDateTime &at)
{
    const qint64 revision = revisionOf(after);
    const auto live = [&](TimelineKind kind, const QString &message) {
        TimelineEntry e;
        e.time = at.toUTC();
        e.kind = kind;
        e.revision = revision;
        e.weight = weightOf(after.setWeight);
        e.message = message;
        e.sources = FromLive;
        e.stepIndex = kind == TimelineKind::StepCompleted ? int(after.currentStepIndex) : -1;
        add(e);
    };
    if (revision != revisionOf(before) && revisionOf(before) != 0) {
        live(TimelineKind::Updated, u"Rollout updated to revision %1"_s.arg(revision));
        return; // the rest of the state belongs to the new revision
    }
    if (after.aborted && !before.aborted)
        live(TimelineKind::Aborted, after.message);
    else if (!after.aborted && before.aborted)
        live(TimelineKind::Retried, QString());
    if (!after.aborted && after.currentStepIndex > before.currentStepIndex &&
        before.currentStepIndex >= 0)
        live(TimelineKind::StepCompleted, u"step %1"_s.arg(after.step));
    if (after.status == u"Paused" && before.status != u"Paused")
        live(TimelineKind::Paused, after.message);
    else if (before.status == u"Paused" && after.status != u"Paused" && !after.aborted)
        live(TimelineKind::Resumed, QString());
    if (after.status == u"Healthy" && before.status != u"Healthy" && !before.status.isEmpty())
        live(TimelineKind::Completed, QString());
    if (after.status == u"Degraded" && before.status != u"Degraded" && !after.aborted)
        live(TimelineKind::Degraded, after.message);
    if (after.restartedAt != before.restartedAt && !before.restartedAt.isEmpty() &&
        after.restartedAt != u"Never")
        live(TimelineKind::Restarted, QString());
}

void Timeline::addAction(TimelineKind kind, const QDateTime &at, qint64 revision,
                         const QString &actor, const QString &reason, const QString &message)
{
    TimelineEntry e;
    e.time = at.toUTC();
    e.kind = kind;
    e.revision = revision;
    e.actor = actor;
    e.reason = reason;
    e.message = message;
    e.sources = FromAction;
    if (kind == TimelineKind::Aborted)
        e.weight = 0;
    add(e);
}

bool Timeline::sameHappening(const TimelineEntry &a, const TimelineEntry &b) const
{
    if (a.kind != b.kind || (a.sources & b.sources) != 0)
        return false; // one source never reports the same happening twice
    if (a.revision != 0 && b.revision != 0 && a.revision != b.revision)
        return false;
    if (a.stepIndex >= 0 && b.stepIndex >= 0 && a.stepIndex != b.stepIndex)
        return false;
    return std::abs(a.time.msecsTo(b.time)) <= MergeWindowMs;
}

// The same source may report the happening again in a later session; an Event read again has
// the very time and text it had (a repeated one differs only in its "(×n)" suffix).
bool Timeline::sameAsStored(const TimelineEntry &stored, const TimelineEntry &b) const
{
    if (stored.kind != b.kind)
        return false;
    if (stored.revision != 0 && b.revision != 0 && stored.revision != b.revision)
        return false;
    if (stored.stepIndex >= 0 && b.stepIndex >= 0 && stored.stepIndex != b.stepIndex)
        return false;
    if (stored.sources & b.sources & FromEvent) {
        const auto plain = [](const QString &message) {
            const qsizetype repeat = message.lastIndexOf(u" (×"_s);
            return repeat >= 0 && message.endsWith(u')') ? message.left(repeat) : message;
        };
        return stored.time == b.time && plain(stored.message) == plain(b.message);
    }
    return std::abs(stored.time.msecsTo(b.time)) <= MergeWindowMs;
}

void Timeline::add(const TimelineEntry &entry)
{
    insert(entry, 0);
}

void Timeline::addStored(const TimelineEntry &entry)
{
    insert(entry, 0, true);
}

void Timeline::insert(const TimelineEntry &entry, qint64 eventOrder, bool stored)
{
    for (Slot &slot : m_entries) {
        TimelineEntry &e = slot.entry;
        if (slot.stored && stored)
            continue;
        if (slot.stored || stored ? !sameAsStored(slot.stored ? e : entry, slot.stored ? entry : e)
                                  : !sameHappening(e, entry))
            continue;
        // The controller's Event knows best when and what; the action knows who and why.
        if (entry.sources & FromEvent) {
            e.time = entry.time;
            e.message = entry.message;
        } else if (e.message.isEmpty()) {
            e.message = entry.message;
        }
        if (!(e.sources & FromEvent) && entry.time < e.time)
            e.time = entry.time;
        if (e.actor.isEmpty())
            e.actor = entry.actor;
        if (e.reason.isEmpty())
            e.reason = entry.reason;
        if (e.revision == 0)
            e.revision = entry.revision;
        if (!e.weight || (entry.sources & FromEvent && entry.weight))
            e.weight = entry.weight ? entry.weight : e.weight;
        if (e.stepIndex < 0)
            e.stepIndex = entry.stepIndex;
        e.sources |= entry.sources;
        if (eventOrder > 0)
            slot.eventOrder = eventOrder;
        return;
    }
    if (m_horizonMs && entry.time.toMSecsSinceEpoch() < *m_horizonMs)
        return;
    m_entries.append(Slot{entry, m_sequence++, eventOrder, stored});
    if (m_entries.size() > MaxEntries)
        dropOldest();
}

void Timeline::dropOldest()
{
    while (m_entries.size() > MaxEntries) {
        const auto oldest = std::min_element(
            m_entries.cbegin(), m_entries.cend(), [](const Slot &a, const Slot &b) {
                return a.entry.time != b.entry.time ? a.entry.time < b.entry.time
                                                    : a.sequence < b.sequence;
            });
        const qint64 ms = oldest->entry.time.toMSecsSinceEpoch();
        m_horizonMs = std::max(m_horizonMs.value_or(ms), ms);
        m_entries.remove(oldest - m_entries.cbegin());
    }
    // An Event last seen before the horizon adds nothing if read again (addEvent), so what it
    // was counted at is not needed. Swept now and then: a sweep reads every remembered Event.
    if (m_eventCounts.size() > 2 * MaxEntries) {
        for (auto it = m_eventCounts.begin(); it != m_eventCounts.end();)
            it = it->lastMs < *m_horizonMs ? m_eventCounts.erase(it) : std::next(it);
    }
}

QList<TimelineEntry> Timeline::entries() const
{
    QList<Slot> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Slot &a, const Slot &b) {
        if (a.entry.time != b.entry.time)
            return a.entry.time < b.entry.time;
        return a.sequence < b.sequence;
    });
    // Within one second, Events keep the order the API server wrote them in; the other entries
    // keep their places.
    for (qsizetype begin = 0; begin < sorted.size();) {
        qsizetype end = begin;
        while (end < sorted.size() && sorted.at(end).entry.time == sorted.at(begin).entry.time)
            ++end;
        QList<qsizetype> positions;
        QList<Slot> ordered;
        for (qsizetype i = begin; i < end; ++i) {
            if (sorted.at(i).eventOrder > 0) {
                positions << i;
                ordered << sorted.at(i);
            }
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Slot &a, const Slot &b) { return a.eventOrder < b.eventOrder; });
        for (qsizetype i = 0; i < positions.size(); ++i)
            sorted[positions.at(i)] = ordered.at(i);
        begin = end;
    }
    QList<TimelineEntry> out;
    out.reserve(sorted.size());
    qint64 revision = 0;
    std::optional<int> weight;
    for (const Slot &slot : std::as_const(sorted)) {
        TimelineEntry e = slot.entry;
        // A ReplicaSet's scaling names that ReplicaSet's revision, not the rollout's; a traffic
        // weight change (also Scaled) names none and belongs to the rollout's current one.
        if (e.kind != TimelineKind::Scaled) {
            if (e.revision == 0)
                e.revision = revision;
            if (e.kind == TimelineKind::Updated && e.revision != revision)
                weight.reset();
            revision = e.revision;
        } else if (e.revision == 0) {
            e.revision = revision;
        }
        if (!e.weight && keepsWeight(e.kind))
            e.weight = weight;
        if (e.kind != TimelineKind::Scaled || e.weight)
            weight = e.weight;
        out.append(e);
    }
    return out;
}

} // namespace rd::core
