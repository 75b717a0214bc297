#pragma once

#include "ListRows.h"
#include "Rollout.h"
#include "analysis/AnalysisBudget.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd::core {

// What a release manager sees of a rollout: the plugin's `RolloutInfo`, field for field
// (rollouts-semantics.md §1.2). Built by RolloutInfoBuilder; compared to detect changes.

struct InfoMeta
{
    QString name;
    QString namespace_;
    QString uid;
    QDateTime creationTimestamp;
    bool operator==(const InfoMeta &) const = default;
};

struct PodInfo
{
    InfoMeta meta;
    QString status;
    QString icon;
    QString ready; // "1/1"
    qint64 restarts = 0;
    bool operator==(const PodInfo &) const = default;
};

struct ReplicaSetInfo
{
    InfoMeta meta;
    QString status;
    QString icon;
    qint64 revision = 0;
    bool stable = false;
    bool canary = false;
    bool active = false;
    bool preview = false;
    bool ping = false;
    bool pong = false;
    qint64 replicas = 0;
    qint64 available = 0;
    QString templateName;
    QString scaleDownDeadline;
    QStringList images;
    QStringList initContainerImages;
    QList<PodInfo> pods;
    bool operator==(const ReplicaSetInfo &) const = default;
};

struct JobInfo
{
    InfoMeta meta;
    QString status;
    QString icon;
    QString metricName;
    QDateTime startedAt;
    bool operator==(const JobInfo &) const = default;
};

struct NonJobInfo
{
    QString value;
    QString status;
    QString metricName;
    QDateTime startedAt;
    bool operator==(const NonJobInfo &) const = default;
};

struct MetricInfo
{
    QString name;
    QString successCondition;
    qint64 count = 0;
    qint64 inconclusiveLimit = 0;
    qint64 failureLimit = 0;
    bool operator==(const MetricInfo &) const = default;
};

struct AnalysisRunInfo
{
    InfoMeta meta;
    QString status;
    QString icon;
    qint64 revision = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    qint64 inconclusive = 0;
    qint64 error = 0;
    QList<JobInfo> jobs;
    QList<NonJobInfo> nonJobInfo;
    QList<MetricInfo> metrics;
    QString message;
    bool operator==(const AnalysisRunInfo &) const = default;
};

struct ExperimentInfo
{
    InfoMeta meta;
    QString status;
    QString icon;
    QString message;
    qint64 revision = 0;
    QList<ReplicaSetInfo> replicaSets;
    QList<AnalysisRunInfo> analysisRuns;
    bool operator==(const ExperimentInfo &) const = default;
};

struct ContainerInfo
{
    QString name;
    QString image;
    bool operator==(const ContainerInfo &) const = default;
};

// An image of the header's "Images:" block with its tags (stable, canary, Σ:baseline, ...).
struct ImageInfo
{
    QString image;
    QStringList tags;
    bool operator==(const ImageInfo &) const = default;
};

struct RolloutInfo
{
    InfoMeta meta;
    QString resourceVersion;
    qint64 metadataGeneration = 0;
    QString status;
    QString message;
    QString icon;
    QString strategy; // "Canary", "BlueGreen" or empty
    QString step;     // "1/8", or empty
    QList<CanaryStep> steps;
    qint64 currentStepIndex = -1; // -1 when unset
    QString setWeight;
    QString actualWeight;
    qint64 desired = 0;
    qint64 current = 0;
    qint64 updated = 0;
    qint64 ready = 0;
    qint64 available = 0;
    QString restartedAt; // Go's time format, or "Never"
    QString generation;  // status.observedGeneration
    QList<ContainerInfo> containers;
    QList<ContainerInfo> initContainers;
    QList<ReplicaSetInfo> replicaSets;
    QList<ExperimentInfo> experiments;
    QList<AnalysisRunInfo> analysisRuns;
    // The metrics of the current revision's analysis runs, riskiest first (issue 13).
    QList<MetricBudget> analysisBudgets;
    bool aborted = false;
    // The containers of the stable ReplicaSet's template: what "set image back" restores.
    QList<ContainerInfo> stableContainers;
    QList<Condition> conditions;
    // The `list rollouts` row of this rollout; the window's board shows these values.
    RolloutListRow listRow;

    bool operator==(const RolloutInfo &) const = default;

    QString key() const { return meta.namespace_ + u'/' + meta.name; }
    // Every revision number among ReplicaSets, experiments and analysis runs, highest first.
    QList<qint64> revisions() const;
    QList<ReplicaSetInfo> replicaSetsByRevision(qint64 revision) const;
    QList<ExperimentInfo> experimentsByRevision(qint64 revision) const;
    QList<AnalysisRunInfo> analysisRunsByRevision(qint64 revision) const;
    // The header's "Images:" block (rollouts-semantics.md §1.8).
    QList<ImageInfo> images() const;
};

// The header image list of an experiment (`get experiment`).
QList<ImageInfo> experimentImages(const ExperimentInfo &experiment);

} // namespace rd::core
