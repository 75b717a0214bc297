#pragma once

#include <QString>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The few facts about a rollout that decide whether a person is needed, read from RolloutInfo in
// one place so that the rules in NoticeClassifier compare plain values.
struct AttentionState
{
    bool healthy = false;
    bool degraded = false;
    bool aborted = false;
    bool waitingForPerson = false;
    QString waitReason;            // CanaryPauseStep, BlueGreenPause, InconclusiveAnalysisRun, ...
    qint64 failedMeasurements = 0; // failed + errored measurements of the running analysis runs
    QString message;               // the rollout's status message, for the notice's body

    static AttentionState of(const core::RolloutInfo &info);
};

} // namespace rd::gui
