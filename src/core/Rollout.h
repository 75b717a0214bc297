#pragma once

#include "Condition.h"
#include "ObjectMeta.h"
#include "PodTemplate.h"
#include "Result.h"
#include "RolloutEnums.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace rd::core {

// One entry of `spec.strategy.canary.steps`.
struct CanaryStep
{
    enum class Kind {
        SetWeight,
        Pause,
        Experiment,
        Analysis,
        SetCanaryScale,
        SetHeaderRoute,
        SetMirrorRoute,
        Plugin,
        Unknown
    };
    Kind kind = Kind::Unknown;
    qint64 weight = 0;        // setWeight
    QJsonValue pauseDuration; // pause: undefined when the pause waits for promotion
    // Typed details, so that views need not read the step's JSON (not kept: a tree per step
    // was a tenth of a RolloutInfo's memory):
    QString pauseDurationText;     // pause: the duration as written ("30s", "10"), or empty
    QStringList analysisTemplates; // analysis: templates[].templateName
    QString experimentDuration;    // experiment: duration as written, or empty
    std::optional<qint64> canaryScaleReplicas; // setCanaryScale.replicas
    std::optional<qint64> canaryScaleWeight;   // setCanaryScale.weight
    QString pluginName;                        // plugin.name
    // What text() shows after the step's name for the kinds whose fields are not above:
    // setCanaryScale ("weight: 40", "matchTrafficWeight: true", "replicas: 2") and the routes'
    // name.
    QString detail;

    bool isPause() const { return kind == Kind::Pause; }
    bool hasPauseDuration() const
    {
        return !pauseDuration.isUndefined() && !pauseDuration.isNull();
    }
    // The pause duration in seconds as the controller reads it: integer seconds, a numeric string,
    // or a Go duration; -1 when unparsable; nullopt when the pause has no duration.
    std::optional<qint64> pauseSeconds() const;
    // The controller's description of the step, e.g. "setWeight: 20", "pause: 10".
    QString text() const;

    static CanaryStep read(const JsonReader &step);
    // Steps are equal when everything read from them is: what a view can show of them.
    bool operator==(const CanaryStep &other) const = default;
};

struct PauseCondition
{
    QString reason;
    QDateTime startTime;
    bool operator==(const PauseCondition &) const = default;
};

// A `{name, status, message}` reference to an AnalysisRun in the rollout status.
struct RunStatusRef
{
    QString name;
    QString status;
    QString message;
    static RunStatusRef read(const JsonReader &ref);
};

struct RolloutStatus
{
    bool abort = false;
    QDateTime abortedAt;
    QList<PauseCondition> pauseConditions;
    bool controllerPause = false;
    QString currentPodHash;
    QString currentStepHash;
    std::optional<qint64> currentStepIndex;
    qint64 replicas = 0;
    qint64 updatedReplicas = 0;
    qint64 readyReplicas = 0;
    qint64 availableReplicas = 0;
    QString stableRS;
    QDateTime restartedAt;
    bool promoteFull = false;
    QString phase;
    QString message;
    QString observedGeneration;
    QString workloadObservedGeneration;
    QList<Condition> conditions;
    // canary
    bool hasCanaryWeights = false;
    qint64 canaryWeight = 0;
    QString stablePingPong;
    RunStatusRef currentStepAnalysisRun;
    RunStatusRef currentBackgroundAnalysisRun;
    QString currentExperiment;
    // blue-green
    QString activeSelector;
    QString previewSelector;
    RunStatusRef prePromotionAnalysisRun;
    RunStatusRef postPromotionAnalysisRun;
};

struct WorkloadRef
{
    QString apiVersion;
    QString kind;
    QString name;
    QString scaleDown;
};

// A typed, read-only view of an argoproj.io/v1alpha1 Rollout.
struct Rollout
{
    using Strategy = core::Strategy;

    ObjectMeta meta;
    QJsonObject json; // the object as received (fromJson only), for edits that send it back

    std::optional<qint64> specReplicas;
    QJsonObject selector;
    PodTemplate podTemplate;
    bool paused = false;
    QDateTime restartAt;
    std::optional<WorkloadRef> workloadRef;
    qint64 progressDeadlineSeconds = 600;
    bool progressDeadlineAbort = false;
    qint64 revisionHistoryLimit = 10;
    qint64 minReadySeconds = 0;

    Strategy strategy = Strategy::None;
    // canary
    QList<CanaryStep> steps;
    bool hasTrafficRouting = false;
    std::optional<qint64> maxTrafficWeight;
    bool pingPong = false;
    QJsonValue maxSurge;
    QJsonValue maxUnavailable;
    bool hasBackgroundAnalysis = false;
    // blue-green
    QString activeService;
    QString previewService;
    bool autoPromotionEnabled = true;
    qint64 autoPromotionSeconds = 0;
    bool hasPrePromotionAnalysis = false;
    bool hasPostPromotionAnalysis = false;

    RolloutStatus status;

    qint64 desiredReplicas() const { return specReplicas.value_or(1); }
    bool isCanary() const { return strategy == Strategy::Canary; }
    bool isBlueGreen() const { return strategy == Strategy::BlueGreen; }
    // The step at `status.currentStepIndex` (0 when unset); nullptr when there is none.
    const CanaryStep *currentStep() const;
    qint64 maxWeight() const { return maxTrafficWeight.value_or(100); }
    // `rollout.argoproj.io/revision` on the rollout, 0 when missing.
    qint64 revision() const;

    static Result<Rollout> fromJson(const QJsonObject &object);
    // The same from a store's packed text (kube::ObjectCache), read with ParsedJson; `json` is
    // left empty: the RolloutInfo worker, which reads this way, never sends the object back.
    static Result<Rollout> fromText(QByteArrayView text);
    static Result<Rollout> read(const JsonReader &root);
};

} // namespace rd::core
