#pragma once

#include "core/Result.h"
#include "core/actions/PatchRequest.h"
#include "core/actions/PromotePlan.h"
#include "core/actions/UndoPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace rd::core {

// Pure builders of the plugin's action requests (rollouts-semantics.md §3). Bodies are byte-exact
// where the plugin uses literal templates.
class RolloutActions
{
public:
    // abort: {"status":{"abort":true}} to /status (fallback: the main resource on NotFound).
    static PatchRequest abort();
    // retry rollout: {"status":{"abort":false}} to /status (same fallback).
    static PatchRequest retry();
    // pause: {"spec":{"paused":true}} on the main resource.
    static PatchRequest pause();
    // terminate analysisrun|experiment: {"spec":{"terminate":true}} on the main resource (§3.9).
    static PatchRequest terminate();
    // retry experiment: {"status":null} on the Experiment's main resource (§3.2).
    static PatchRequest retryExperiment();
    // resume (Rollout Desk's, the plugin has none): {"spec":{"paused":false}}.
    static PatchRequest resume();
    // restart: {"spec":{"restartAt":"<at, RFC 3339 seconds, UTC>"}}.
    static PatchRequest restart(const QDateTime &at);

    enum class PromoteMode { Default, Full, SkipCurrentStep, SkipAllSteps };
    // The promote table; errors for skip flags on blue-green or step-less rollouts.
    static Result<PromotePlan> promote(const QJsonObject &rollout, PromoteMode mode);

    // set image: edits spec.template.spec's initContainers, containers and ephemeralContainers
    // (in that order) of `workload` (a Rollout or the Deployment of its workloadRef). Returns
    // the number of containers changed, or `unable to find container named "<name>"`.
    static Result<int> setImage(QJsonObject &workload, const QString &container,
                                const QString &image);

    // undo: picks the revision among the ReplicaSets controlled by the rollout, in the order
    // they are given (the API's list order), as the plugin's rolloutRevision does.
    static Result<UndoPlan> undo(const QJsonObject &rollout, const QList<QJsonObject> &replicaSets,
                                 qint64 toRevision);

    // Go's equality.Semantic.DeepDerivative on JSON: fields unset in `a` are ignored.
    static bool deepDerivative(const QJsonValue &a, const QJsonValue &b);
};

} // namespace rd::core
