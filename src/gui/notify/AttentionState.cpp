#include "gui/notify/AttentionState.h"

#include "core/RolloutInfo.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

// A pause that only a person ends: the current canary step is a pause without a duration, or the
// controller paused for a blue-green promotion or an inconclusive analysis or experiment.
bool needsPerson(const core::RolloutInfo &info)
{
    if (info.message == u"BlueGreenPause" || info.message == u"InconclusiveAnalysisRun" ||
        info.message == u"InconclusiveExperiment")
        return true;
    if (info.message != u"CanaryPauseStep")
        return false;
    if (info.currentStepIndex < 0 || info.currentStepIndex >= info.steps.size())
        return false;
    const core::CanaryStep &step = info.steps.at(info.currentStepIndex);
    return step.isPause() && !step.hasPauseDuration();
}

} // namespace

AttentionState AttentionState::of(const core::RolloutInfo &info)
{
    AttentionState s;
    const core::Phase phase = info.phase();
    s.healthy = phase == core::Phase::Healthy;
    s.degraded = phase == core::Phase::Degraded;
    s.aborted = info.aborted;
    s.waitingForPerson = phase == core::Phase::Paused && needsPerson(info);
    if (s.waitingForPerson)
        s.waitReason = info.message;
    for (const core::AnalysisRunInfo &run : info.analysisRuns) {
        if (run.status == u"Running" || run.status == u"Pending" || run.status == u"Failed" ||
            run.status == u"Error")
            s.failedMeasurements += run.failed + run.error;
    }
    s.message = info.message;
    return s;
}

} // namespace rd::gui
