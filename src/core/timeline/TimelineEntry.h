#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rd::core {

// One line of a rollout's story (issue 13): what happened, to which revision, and the set weight
// the rollout had afterwards.
enum class TimelineKind {
    Updated,
    StepCompleted,
    Paused,
    Resumed,
    Promoted,
    PromotedFull,
    Aborted,
    Retried,
    Completed,
    AnalysisFailed,
    AnalysisInconclusive,
    Degraded,
    Restarted,
    Scaled,
};

// The column text (`history rollout`'s EVENT): the enumerator's name.
QString timelineKindName(TimelineKind kind);
std::optional<TimelineKind> timelineKindFromName(const QString &name);

// Where an entry was learnt; one entry can be confirmed by several sources.
enum TimelineSource : unsigned {
    FromEvent = 1,  // a Kubernetes Event of the rollout
    FromLive = 2,   // a status transition this program saw
    FromAction = 4, // an action this program sent
};

struct TimelineEntry
{
    QDateTime time;      // UTC
    qint64 revision = 0; // 0 = not known
    TimelineKind kind = TimelineKind::Updated;
    std::optional<int> weight; // set weight after the entry
    QString message;
    unsigned sources = 0; // TimelineSource bits
    QString actor;        // the kube user of an action of this program
    QString reason;       // the reason typed for that action
    int stepIndex = -1;   // the step index after a StepCompleted (-1 = not known)

    bool operator==(const TimelineEntry &) const = default;
};

} // namespace rd::core
