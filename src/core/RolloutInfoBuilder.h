#pragma once

#include "ObjectSet.h"
#include "RolloutInfo.h"

#include <QDateTime>

namespace rd::core {

// Computes what the plugin shows of a rollout from the objects of its namespace, rule for rule
// as NewRolloutInfo (rollouts-semantics.md §1). Children are matched by owner uid only.
class RolloutInfoBuilder
{
public:
    // `objects` may hold more than the rollout's namespace; only that namespace is read.
    static RolloutInfo build(const Rollout &rollout, const ObjectSet &objects);
    // What is shown of a Rollout object that failed to parse: its name and namespace as far as
    // they can be read, the parser's message, and nothing of its old state.
    static RolloutInfo unreadable(const QJsonObject &object, const QString &message);
    static ExperimentInfo buildExperiment(const Experiment &experiment, const ObjectSet &objects);

    // GetCurrentSetWeight (§1.5) as a decimal string; canary rollouts only.
    static QString setWeight(const Rollout &rollout);
    // The error `get`/`status` end with when the rollout's workloadRef names a Deployment that is
    // not among `objects` (`deployment.apps "NAME" not found`, §2b); empty otherwise. Only a
    // Deployment is looked up, as the plugin's view controller does (§1.1).
    static QString workloadError(const Rollout &rollout, const ObjectSet &objects);

    // ReplicaSet health word: Healthy, Progressing, ScaledDown or ReplicaFailure.
    static QString replicaSetHealth(const ReplicaSet &rs);
    // "Never", or Go's time.String() of the instant, e.g. "2024-01-02 03:04:05 +0000 UTC".
    static QString goTimeString(const QDateTime &time);
};

// "passed", a human duration until the deadline, or empty when there is none (§1.6).
QString scaleDownDelay(const ReplicaSetInfo &rs, const QDateTime &now);

} // namespace rd::core
