#pragma once

#include "AnalysisRun.h"
#include "Deployment.h"
#include "Experiment.h"
#include "Pod.h"
#include "ReplicaSet.h"
#include "Result.h"
#include "Rollout.h"

#include <QJsonObject>

namespace rd::core {

// The objects of the kinds Rollout Desk reads, as a snapshot or a namespace's cache holds them.
struct ObjectSet
{
    QList<Rollout> rollouts;
    QList<ReplicaSet> replicaSets;
    QList<Pod> pods;
    QList<Experiment> experiments;
    QList<AnalysisRun> analysisRuns;
    QList<Deployment> deployments;
    // core/v1 and events.k8s.io Events as written (read by the timeline, core/timeline/).
    QList<QJsonObject> events;

    enum class Added { Yes, IgnoredKind };
    // Decodes one object by its `kind`; other kinds are ignored, a malformed object is an error.
    Result<Added> add(const QJsonObject &object);
    // The same for an object's JSON text: ReplicaSets and Pods, most of what a rollout's
    // RolloutInfo reads, go through ParsedJson without a QJsonObject tree; the rest through add().
    Result<Added> addText(const QByteArray &text);

    const Rollout *findRollout(const QString &ns, const QString &name) const;
    const Experiment *findExperiment(const QString &ns, const QString &name) const;
    const Deployment *findDeployment(const QString &ns, const QString &name) const;
    // The objects of one namespace (all when `ns` is empty).
    ObjectSet inNamespace(const QString &ns) const;
    qsizetype size() const;
};

} // namespace rd::core
