#include "Rollout.h"

#include "Duration.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

QString intOrString(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

std::optional<qint64> CanaryStep::pauseSeconds() const
{
    if (!hasPauseDuration())
        return std::nullopt;
    if (const auto ms = parseStepDurationMs(pauseDuration))
        return *ms / 1000;
    return -1;
}

QString CanaryStep::text() const
{
    switch (kind) {
    case Kind::SetWeight:
        return u"setWeight: "_s + QString::number(weight);
    case Kind::Pause:
        if (hasPauseDuration())
            return u"pause: "_s + intOrString(pauseDuration);
        return u"pause"_s;
    case Kind::Experiment:
        return u"experiment"_s;
    case Kind::Analysis:
        return u"analysis"_s;
    case Kind::SetCanaryScale:
        return u"setCanaryScale{"_s + detail + u'}';
    case Kind::SetHeaderRoute:
        return u"setHeaderRoute: "_s + detail;
    case Kind::SetMirrorRoute:
        return u"setMirrorRoute: "_s + detail;
    case Kind::Plugin:
        return u"plugin: "_s + pluginName;
    case Kind::Unknown:
        break;
    }
    return {};
}

CanaryStep CanaryStep::read(const JsonReader &step)
{
    CanaryStep result;
    if (step.has(u"setWeight")) {
        result.kind = Kind::SetWeight;
        result.weight = step.integer(u"setWeight");
    } else if (step.has(u"pause")) {
        result.kind = Kind::Pause;
        const JsonReader pause = step.object(u"pause");
        const QJsonValue duration = pause.raw(u"duration");
        if (!duration.isUndefined() && !duration.isNull() && !duration.isDouble() &&
            !duration.isString()) {
            pause.fail(u"duration", u"a number of seconds or a duration string"_s);
        }
        result.pauseDuration = duration;
        if (!duration.isUndefined() && !duration.isNull())
            result.pauseDurationText = intOrString(duration);
    } else if (step.has(u"experiment")) {
        result.kind = Kind::Experiment;
        result.experimentDuration =
            intOrString(step.raw(u"experiment").toObject().value(u"duration"));
    } else if (step.has(u"analysis")) {
        result.kind = Kind::Analysis;
        const QJsonArray templates = step.raw(u"analysis").toObject().value(u"templates").toArray();
        for (const QJsonValue &t : templates)
            result.analysisTemplates.append(t.toObject().value(u"templateName").toString());
    } else if (step.has(u"setCanaryScale")) {
        result.kind = Kind::SetCanaryScale;
        const QJsonObject scale = step.raw(u"setCanaryScale").toObject();
        if (scale.value(u"replicas").isDouble())
            result.canaryScaleReplicas = scale.value(u"replicas").toInteger();
        if (scale.value(u"weight").isDouble())
            result.canaryScaleWeight = scale.value(u"weight").toInteger();
        if (scale.contains(u"weight"))
            result.detail = u"weight: "_s + intOrString(scale.value(u"weight"));
        else if (scale.value(u"matchTrafficWeight").toBool())
            result.detail = u"matchTrafficWeight: true"_s;
        else
            result.detail = u"replicas: "_s + intOrString(scale.value(u"replicas"));
    } else if (step.has(u"setHeaderRoute")) {
        result.kind = Kind::SetHeaderRoute;
        result.detail = step.raw(u"setHeaderRoute").toObject().value(u"name").toString();
    } else if (step.has(u"setMirrorRoute")) {
        result.kind = Kind::SetMirrorRoute;
        result.detail = step.raw(u"setMirrorRoute").toObject().value(u"name").toString();
    } else if (step.has(u"plugin")) {
        result.kind = Kind::Plugin;
        result.pluginName = step.raw(u"plugin").toObject().value(u"name").toString();
    }
    return result;
}

RunStatusRef RunStatusRef::read(const JsonReader &ref)
{
    return RunStatusRef{ref.string(u"name"), ref.string(u"status"), ref.string(u"message")};
}

const CanaryStep *Rollout::currentStep() const
{
    const qint64 index = status.currentStepIndex.value_or(0);
    if (steps.isEmpty() || index < 0 || index >= steps.size())
        return nullptr;
    return &steps.at(index);
}

qint64 Rollout::revision() const
{
    return meta.revision();
}

Result<Rollout> Rollout::fromJson(const QJsonObject &object)
{
    auto rollout = read(JsonReader(object, describeObject(u"Rollout"_s, object)));
    if (rollout)
        rollout->json = object;
    return rollout;
}

Result<Rollout> Rollout::fromText(QByteArrayView text)
{
    return readObjectText<Rollout>(text, u"Rollout"_s);
}

Result<Rollout> Rollout::read(const JsonReader &root)
{
    auto meta = readObjectMeta(u"Rollout"_s, root);
    if (!meta)
        return meta.error();

    Rollout ro;
    ro.meta = meta.value();

    const JsonReader spec = root.object(u"spec");
    if (const auto replicas = spec.optionalInteger(u"replicas"))
        ro.specReplicas = *replicas;
    ro.selector = spec.object(u"selector").json();
    ro.podTemplate = PodTemplate::read(spec.object(u"template"));
    ro.paused = spec.boolean(u"paused");
    ro.restartAt = spec.time(u"restartAt");
    ro.progressDeadlineSeconds = spec.integer(u"progressDeadlineSeconds", 600);
    ro.progressDeadlineAbort = spec.boolean(u"progressDeadlineAbort");
    ro.revisionHistoryLimit = spec.integer(u"revisionHistoryLimit", 10);
    ro.minReadySeconds = spec.integer(u"minReadySeconds");
    if (spec.has(u"workloadRef")) {
        const JsonReader ref = spec.object(u"workloadRef");
        ro.workloadRef = WorkloadRef{ref.string(u"apiVersion"), ref.string(u"kind"),
                                     ref.string(u"name"), ref.string(u"scaleDown")};
    }

    const JsonReader strategy = spec.object(u"strategy");
    if (strategy.has(u"canary")) {
        ro.strategy = Strategy::Canary;
        const JsonReader canary = strategy.object(u"canary");
        for (const JsonReader &step : canary.objects(u"steps"))
            ro.steps.append(CanaryStep::read(step));
        ro.hasTrafficRouting = canary.has(u"trafficRouting");
        if (ro.hasTrafficRouting) {
            if (const auto max =
                    canary.object(u"trafficRouting").optionalInteger(u"maxTrafficWeight"))
                ro.maxTrafficWeight = *max;
        }
        ro.pingPong = canary.has(u"pingPong");
        ro.maxSurge = canary.raw(u"maxSurge");
        ro.maxUnavailable = canary.raw(u"maxUnavailable");
        ro.hasBackgroundAnalysis = canary.has(u"analysis");
    } else if (strategy.has(u"blueGreen")) {
        ro.strategy = Strategy::BlueGreen;
        const JsonReader bg = strategy.object(u"blueGreen");
        ro.activeService = bg.string(u"activeService");
        ro.previewService = bg.string(u"previewService");
        ro.autoPromotionEnabled = bg.boolean(u"autoPromotionEnabled", true);
        ro.autoPromotionSeconds = bg.integer(u"autoPromotionSeconds");
        ro.hasPrePromotionAnalysis = bg.has(u"prePromotionAnalysis");
        ro.hasPostPromotionAnalysis = bg.has(u"postPromotionAnalysis");
        ro.maxUnavailable = bg.raw(u"maxUnavailable");
    }

    const JsonReader status = root.object(u"status");
    RolloutStatus &st = ro.status;
    st.abort = status.boolean(u"abort");
    st.abortedAt = status.time(u"abortedAt");
    for (const JsonReader &pc : status.objects(u"pauseConditions"))
        st.pauseConditions.append(PauseCondition{pc.string(u"reason"), pc.time(u"startTime")});
    st.controllerPause = status.boolean(u"controllerPause");
    st.currentPodHash = status.string(u"currentPodHash");
    st.currentStepHash = status.string(u"currentStepHash");
    st.currentStepIndex = status.optionalInteger(u"currentStepIndex");
    st.replicas = status.integer(u"replicas");
    st.updatedReplicas = status.integer(u"updatedReplicas");
    st.readyReplicas = status.integer(u"readyReplicas");
    st.availableReplicas = status.integer(u"availableReplicas");
    st.stableRS = status.string(u"stableRS");
    st.restartedAt = status.time(u"restartedAt");
    st.promoteFull = status.boolean(u"promoteFull");
    st.phase = status.string(u"phase");
    st.message = status.string(u"message");
    st.observedGeneration = status.string(u"observedGeneration");
    st.workloadObservedGeneration = status.string(u"workloadObservedGeneration");
    st.conditions = Condition::readAll(status);
    const JsonReader canaryStatus = status.object(u"canary");
    st.hasCanaryWeights = canaryStatus.has(u"weights");
    st.canaryWeight = canaryStatus.object(u"weights").object(u"canary").integer(u"weight");
    st.stablePingPong = canaryStatus.string(u"stablePingPong");
    st.currentStepAnalysisRun =
        RunStatusRef::read(canaryStatus.object(u"currentStepAnalysisRunStatus"));
    st.currentBackgroundAnalysisRun =
        RunStatusRef::read(canaryStatus.object(u"currentBackgroundAnalysisRunStatus"));
    st.currentExperiment = canaryStatus.string(u"currentExperiment");
    const JsonReader bgStatus = status.object(u"blueGreen");
    st.activeSelector = bgStatus.string(u"activeSelector");
    st.previewSelector = bgStatus.string(u"previewSelector");
    st.prePromotionAnalysisRun =
        RunStatusRef::read(bgStatus.object(u"prePromotionAnalysisRunStatus"));
    st.postPromotionAnalysisRun =
        RunStatusRef::read(bgStatus.object(u"postPromotionAnalysisRunStatus"));

    if (root.failed())
        return Error{root.errorMessage()};
    return ro;
}

} // namespace rd::core
