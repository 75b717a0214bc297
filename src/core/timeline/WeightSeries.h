#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rd::core {

struct RolloutInfo;

// The weight chart's data (issue 13), computed from a rollout's timeline so that a window opened
// mid-canary shows what happened before, whoever acted. Nothing here paints: the chart widget
// draws it, tests read it.

// A stretch of time with one set weight for one revision.
struct WeightSegment
{
    QDateTime start;
    QDateTime end; // the next segment's start; `now` for the last one
    qint64 revision = 0;
    QString image;             // the revision's images (", "-joined); empty when not known
    qint64 stableRevision = 0; // the revision serving the rest of the traffic; 0 = not known
    int setWeight = 0;         // the canary's share
    bool weightKnown = true;   // false: no entry said it (drawn as 0)
    bool aborted = false;      // after an abort: all traffic on stable
    bool stable = false;       // the revision completed: it is the stable one, no canary left

    // The canary's share of the traffic (a completed revision has none: it is stable).
    int canaryShare() const { return stable ? 0 : setWeight; }
};

enum class WeightMarkerKind {
    Updated,
    Paused,
    Resumed,
    Promoted,
    PromotedFull,
    Aborted,
    Retried,
    Completed
};

struct WeightMarker
{
    QDateTime time;
    WeightMarkerKind kind = WeightMarkerKind::Updated;
    qint64 revision = 0;
    int weight = 0; // the set weight after it (where the chart places it)
    QString actor;  // who, when this program sent it
    QString reason; // the reason typed for it
    QString message;
    // A promotion read from the story's shape: a pause without duration (or ended before its
    // duration) ended, and nothing recorded who did it.
    bool inferred = false;
};

// How a pause ends.
enum class PauseWait {
    Timed,         // a pause step with a duration: the controller resumes it
    UntilPromoted, // a pause step without duration, an inconclusive analysis: a person promotes
    UntilResumed,  // paused by a person (spec.paused): a person resumes
    Unknown, // e.g. a blue-green pause, whose auto-promotion is not part of the rollout's info
};

struct PauseSpan
{
    QDateTime start;
    QDateTime end; // invalid while still paused
    qint64 revision = 0;
    PauseWait wait = PauseWait::Unknown;
    std::optional<qint64> durationSeconds;        // for Timed
    TimelineKind endedBy = TimelineKind::Resumed; // the entry that ended it (when it ended)
    // Someone ended it early (a promotion), or it waited for a person.
    bool waitsForPerson() const
    {
        return wait == PauseWait::UntilPromoted || wait == PauseWait::UntilResumed;
    }
};

// The current pause, from the live status (status.pauseConditions' start, the step's duration).
struct PauseCountdown
{
    QDateTime start;
    PauseWait wait = PauseWait::Unknown;
    std::optional<qint64> durationSeconds;
    QString step;   // the plugin's "1/8", empty when not a canary step
    QString reason; // the first pause condition's reason, or empty for spec.paused

    // When the controller resumes by itself; invalid unless Timed.
    QDateTime resumesAt() const;
    // Seconds until then (never below 0); nullopt unless Timed.
    std::optional<qint64> remainingSeconds(const QDateTime &now) const;
};

struct WeightPoint
{
    QDateTime time;
    int weight = 0;
};

struct WeightSeries
{
    QList<WeightSegment> segments;
    QList<WeightMarker> markers;
    QList<PauseSpan> pauses;
    // Actual weight where known (sampled live, and the current value).
    QList<WeightPoint> actual;
    std::optional<PauseCountdown> countdown;

    bool isEmpty() const { return segments.isEmpty(); }
};

// Each revision's images, from the rollout's ReplicaSets.
QHash<qint64, QString> imagesByRevision(const RolloutInfo &info);

// `entries` with the revision filled in where no entry before told it: the next one told, or
// the live rollout's (`info`, may be null); without late sightings of an older revision placed
// after a newer update.
QList<TimelineEntry> resolveRevisions(QList<TimelineEntry> entries, const RolloutInfo *info);

// The pauses told by `entries` (oldest first, as Timeline::entries gives them). `info`, the live
// rollout, tells the steps' durations and the still-open pause; may be null.
QList<PauseSpan> pauseSpans(const QList<TimelineEntry> &entries, const RolloutInfo *info,
                            const QDateTime &now);

// The current pause of `info` (nullopt when not paused).
std::optional<PauseCountdown> pauseCountdown(const RolloutInfo &info);

// The chart's series. `actualSamples` are actual weights seen live (may be empty).
WeightSeries buildWeightSeries(const QList<TimelineEntry> &entries, const RolloutInfo *info,
                               const QDateTime &now, const QList<WeightPoint> &actualSamples = {});

} // namespace rd::core
