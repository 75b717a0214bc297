#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd::core {

struct RolloutInfo;

// The History tab's per-attempt summary (issue 13). An attempt is one update to a revision (or a
// retry of it after an abort), until it completed, was aborted or was superseded by another update.
enum class AttemptOutcome { InProgress, Completed, Aborted, Superseded };

// The enumerator's name (a CLI's column word; the window translates its own).
QString attemptOutcomeName(AttemptOutcome outcome);

struct StepTime
{
    int step = 0;         // 1-based, as in "Rollout step 2/8 completed"
    qint64 seconds = 0;   // from the previous step's end (or the attempt's start) to its own
    bool finished = true; // false: the step still running, counted until now
};

struct Attempt
{
    qint64 revision = 0;
    QString image;         // the revision's images; empty when not known
    QDateTime started;     // the update (or retry); else the first thing known of it
    bool startSeen = true; // false: it began before the story's first entry
    bool retry = false;    // began with a retry after an abort
    QDateTime finished;    // invalid while in progress
    AttemptOutcome outcome = AttemptOutcome::InProgress;
    QList<StepTime> steps;
    // Time in pauses that only a person ends (a pause step without duration, an inconclusive
    // analysis, a manual pause), until it was resumed or promoted; an open one counts until now.
    qint64 waitingSeconds = 0;
};

// Oldest first. `entries` as Timeline::entries gives them; `info` (may be null) tells images,
// step durations and the current pause.
QList<Attempt> buildAttempts(const QList<TimelineEntry> &entries, const RolloutInfo *info,
                             const QDateTime &now);

// A plain table (English, RFC 3339 UTC) with the columns
// STARTED  FINISHED  REVISION  OUTCOME  STEPS  WAITING, for a CLI or a log.
QString attemptsTable(const QList<Attempt> &attempts);

} // namespace rd::core
