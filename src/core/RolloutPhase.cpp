#include "RolloutPhase.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

bool analysisCompleted(const QString &phase)
{
    return phase == u"Successful" || phase == u"Failed" || phase == u"Error" ||
           phase == u"Inconclusive";
}

} // namespace

PhaseMessage rolloutPhase(const Rollout &ro)
{
    bool ok = false;
    const qint64 observed = ro.status.observedGeneration.toLongLong(&ok);
    if (ok && observed < ro.meta.generation)
        return {phaseName(Phase::Progressing), u"waiting for rollout spec update to be observed"_s};
    if (ro.status.controllerPause && ro.status.pauseConditions.isEmpty())
        return {phaseName(Phase::Progressing), u"waiting for rollout to unpause"_s};
    // The workloadRef gate depends on a field the API never serializes, so it cannot fire here.
    if (!ro.status.phase.isEmpty())
        return {ro.status.phase, ro.status.message};
    return calculateRolloutPhase(ro);
}

PhaseMessage calculateRolloutPhase(const Rollout &ro)
{
    const RolloutStatus &st = ro.status;
    for (const Condition &cond : st.conditions) {
        if (cond.type == u"InvalidSpec")
            return {phaseName(Phase::Degraded), u"InvalidSpec: "_s + cond.message};
        if (cond.reason == u"RolloutAborted" || cond.reason == u"ProgressDeadlineExceeded")
            return {phaseName(Phase::Degraded), cond.reason + u": "_s + cond.message};
    }
    if (ro.paused)
        return {phaseName(Phase::Paused), u"manually paused"_s};
    if (!st.pauseConditions.isEmpty())
        return {phaseName(Phase::Paused), st.pauseConditions.first().reason};
    if (ro.restartAt.isValid() && (!st.restartedAt.isValid() || st.restartedAt != ro.restartAt))
        return {phaseName(Phase::Progressing), u"rollout is restarting"_s};
    if (st.updatedReplicas < ro.desiredReplicas())
        return {phaseName(Phase::Progressing), u"more replicas need to be updated"_s};
    if (st.availableReplicas < st.updatedReplicas)
        return {phaseName(Phase::Progressing), u"updated replicas are still becoming available"_s};
    if (ro.isBlueGreen()) {
        if (st.activeSelector.isEmpty() || st.activeSelector != st.currentPodHash)
            return {phaseName(Phase::Progressing), u"active service cutover pending"_s};
        if (st.stableRS.isEmpty() || st.stableRS != st.currentPodHash) {
            if (ro.hasPostPromotionAnalysis &&
                !analysisCompleted(st.postPromotionAnalysisRun.status))
                return {phaseName(Phase::Progressing), u"waiting for analysis to complete"_s};
            return {phaseName(Phase::Progressing),
                    u"waiting for post-promotion verification to complete"_s};
        }
    } else if (ro.isCanary()) {
        if (!ro.hasTrafficRouting && st.replicas > st.updatedReplicas)
            return {phaseName(Phase::Progressing), u"old replicas are pending termination"_s};
        if (st.stableRS.isEmpty() || st.stableRS != st.currentPodHash)
            return {phaseName(Phase::Progressing), u"waiting for all steps to complete"_s};
    }
    return {phaseName(Phase::Healthy), QString()};
}

} // namespace rd::core
