#include "RolloutInfoBuilder.h"

#include "Duration.h"
#include "Icons.h"
#include "PodStatus.h"
#include "RolloutPhase.h"
#include "StringPool.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// Texts of few distinct values are shared between all RolloutInfo (thousands at scale).
QString pooled(const QString &text)
{
    return StringPool::shared().intern(text);
}

InfoMeta infoMeta(const ObjectMeta &meta)
{
    return InfoMeta{meta.name, pooled(meta.namespace_), meta.uid, meta.creationTimestamp};
}

QList<PodInfo> podsOf(const ReplicaSet &rs, const ObjectSet &objects)
{
    QList<PodInfo> pods;
    for (const Pod &pod : objects.pods) {
        if (pod.meta.namespace_ != rs.meta.namespace_ || !pod.meta.isOwnedBy(rs.meta.uid))
            continue;
        const PodStatus st = PodStatus::of(pod);
        PodInfo info;
        info.meta = infoMeta(pod.meta);
        info.status = pooled(st.status);
        info.icon = pooled(podIcon(st.status));
        info.ready = pooled(QString::number(st.readyContainers) + u'/' +
                            QString::number(st.totalContainers));
        info.restarts = st.restarts;
        pods.append(info);
    }
    std::stable_sort(pods.begin(), pods.end(), [](const PodInfo &a, const PodInfo &b) {
        if (a.meta.creationTimestamp != b.meta.creationTimestamp)
            return a.meta.creationTimestamp < b.meta.creationTimestamp;
        return a.meta.name < b.meta.name;
    });
    return pods;
}

ReplicaSetInfo replicaSetInfo(const ReplicaSet &rs, const ObjectSet &objects, const Rollout *ro)
{
    ReplicaSetInfo info;
    info.meta = infoMeta(rs.meta);
    info.status = pooled(RolloutInfoBuilder::replicaSetHealth(rs));
    info.icon = pooled(replicaSetIcon(info.status));
    info.revision = rs.revision();
    info.replicas = rs.replicas;
    info.available = rs.availableReplicas;
    info.templateName = rs.meta.annotations.value(QString::fromUtf16(keys::experimentTemplateName));
    info.scaleDownDeadline = rs.meta.annotations.value(QString::fromUtf16(keys::scaleDownDeadline));
    info.images = StringPool::shared().intern(rs.podTemplate.images());
    info.initContainerImages = StringPool::shared().intern(rs.podTemplate.initContainerImages());
    if (ro) {
        const QString hash = rs.podTemplateHash();
        const RolloutStatus &st = ro->status;
        if (ro->isCanary()) {
            const bool stablePing = st.stablePingPong == u"ping";
            if (hash == st.stableRS) {
                info.stable = true;
                if (ro->pingPong)
                    (stablePing ? info.ping : info.pong) = true;
            } else if (hash == st.currentPodHash) {
                info.canary = true;
                if (ro->pingPong)
                    (stablePing ? info.pong : info.ping) = true;
            }
        } else if (ro->isBlueGreen()) {
            info.stable = hash == st.stableRS;
            if (hash == st.activeSelector)
                info.active = true;
            else if (hash == st.previewSelector)
                info.preview = true;
        }
    }
    info.pods = podsOf(rs, objects);
    return info;
}

QList<ReplicaSetInfo> replicaSetsOwnedBy(const QString &ns, const QString &uid,
                                         const ObjectSet &objects, const Rollout *ro)
{
    QList<ReplicaSetInfo> result;
    for (const ReplicaSet &rs : objects.replicaSets) {
        if (rs.meta.namespace_ == ns && rs.meta.isOwnedBy(uid))
            result.append(replicaSetInfo(rs, objects, ro));
    }
    // Revision descending, then name ascending: upstream's creation-time tie-break is a no-op.
    std::stable_sort(result.begin(), result.end(),
                     [](const ReplicaSetInfo &a, const ReplicaSetInfo &b) {
                         if (a.revision != b.revision)
                             return a.revision > b.revision;
                         return a.meta.name < b.meta.name;
                     });
    return result;
}

AnalysisRunInfo analysisRunInfo(const AnalysisRun &run)
{
    AnalysisRunInfo info;
    info.meta = infoMeta(run.meta);
    info.status = run.phase;
    info.icon = analysisIcon(run.phase);
    info.revision = run.revision();
    info.message = run.message;
    for (const MetricSpec &m : run.metrics) {
        info.metrics.append(
            MetricInfo{m.name, m.successCondition, m.count, m.inconclusiveLimit, m.failureLimit});
    }
    for (const MetricResult &result : run.metricResults) {
        info.successful += result.successful;
        info.failed += result.failed;
        info.inconclusive += result.inconclusive;
        info.error += result.error;
        for (const Measurement &m : result.measurements) {
            if (m.hasMetadata) {
                const auto jobName = m.metadata.constFind(u"job-name"_s);
                if (jobName == m.metadata.cend())
                    continue;
                JobInfo job;
                job.meta.name = *jobName;
                job.meta.namespace_ = m.metadata.value(u"job-namespace"_s, run.meta.namespace_);
                job.status = m.phase;
                job.icon = analysisIcon(m.phase);
                job.startedAt = m.startedAt;
                job.metricName = result.name;
                info.jobs.append(job);
            } else {
                info.nonJobInfo.append(NonJobInfo{m.value, m.phase, result.name, m.startedAt});
            }
        }
    }
    return info;
}

QList<AnalysisRunInfo> analysisRunsOwnedBy(const QString &ns, const QString &uid,
                                           const ObjectSet &objects)
{
    QList<AnalysisRunInfo> result;
    for (const AnalysisRun &run : objects.analysisRuns) {
        if (run.meta.namespace_ == ns && run.meta.isOwnedBy(uid))
            result.append(analysisRunInfo(run));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const AnalysisRunInfo &a, const AnalysisRunInfo &b) {
                         if (a.revision != b.revision)
                             return a.revision > b.revision;
                         if (a.meta.creationTimestamp != b.meta.creationTimestamp)
                             return a.meta.creationTimestamp < b.meta.creationTimestamp;
                         return a.meta.name > b.meta.name;
                     });
    return result;
}

// The runs of the rollout's current revision (an aborted update's runs stay current until the
// template changes).
QList<MetricBudget> currentAnalysisBudgets(const Rollout &ro, const ObjectSet &objects)
{
    QList<AnalysisRun> current;
    for (const AnalysisRun &run : objects.analysisRuns) {
        if (run.meta.namespace_ == ro.meta.namespace_ && run.meta.isOwnedBy(ro.meta.uid) &&
            run.revision() == ro.revision())
            current.append(run);
    }
    std::stable_sort(current.begin(), current.end(), [](const auto &a, const auto &b) {
        return a.meta.creationTimestamp < b.meta.creationTimestamp;
    });
    return metricBudgets(current);
}

QString actualWeightOf(const Rollout &ro, const QString &setWeight,
                       const QList<ReplicaSetInfo> &replicaSets)
{
    if (!ro.currentStep())
        return QString::number(ro.maxWeight());
    if (ro.status.availableReplicas <= 0)
        return u"0"_s;
    if (ro.hasTrafficRouting)
        return ro.status.hasCanaryWeights ? QString::number(ro.status.canaryWeight) : setWeight;
    QString actual = u"0"_s;
    for (const ReplicaSetInfo &rs : replicaSets) {
        if (rs.canary)
            actual = QString::number(rs.available * 100 / ro.status.availableReplicas);
    }
    return actual;
}

QList<ContainerInfo> containersOf(const QList<Container> &containers)
{
    QList<ContainerInfo> result;
    for (const Container &c : containers)
        result.append(ContainerInfo{c.name, c.image});
    return result;
}

} // namespace

QString RolloutInfoBuilder::setWeight(const Rollout &ro)
{
    if (ro.status.abort)
        return u"0"_s;
    const CanaryStep *step = ro.currentStep();
    if (!step)
        return QString::number(ro.maxWeight());
    for (qint64 i = ro.status.currentStepIndex.value_or(0); i >= 0; --i) {
        const CanaryStep &s = ro.steps.at(i);
        if (s.kind == CanaryStep::Kind::SetWeight)
            return QString::number(s.weight);
    }
    return u"0"_s;
}

QString RolloutInfoBuilder::workloadError(const Rollout &ro, const ObjectSet &objects)
{
    if (!ro.workloadRef || ro.workloadRef->kind != u"Deployment")
        return {};
    if (objects.findDeployment(ro.meta.namespace_, ro.workloadRef->name))
        return {};
    return u"deployment.apps \""_s + ro.workloadRef->name + u"\" not found"_s;
}

QString RolloutInfoBuilder::replicaSetHealth(const ReplicaSet &rs)
{
    if (rs.meta.generation <= rs.observedGeneration) {
        const auto failure =
            std::find_if(rs.conditions.cbegin(), rs.conditions.cend(),
                         [](const Condition &c) { return c.type == u"ReplicaFailure"; });
        if (failure != rs.conditions.cend() && failure->status == u"True")
            return u"ReplicaFailure"_s;
        if (rs.specReplicas && rs.availableReplicas < *rs.specReplicas)
            return u"Progressing"_s;
    } else {
        return u"Progressing"_s;
    }
    if (rs.specReplicas && *rs.specReplicas == 0)
        return u"ScaledDown"_s;
    return u"Healthy"_s;
}

QString RolloutInfoBuilder::goTimeString(const QDateTime &time)
{
    if (!time.isValid())
        return u"Never"_s;
    const QDateTime utc = time.toUTC();
    QString text = utc.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (const int ms = utc.time().msec(); ms != 0) {
        QString fraction = QString::number(ms).rightJustified(3, u'0');
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return text + u" +0000 UTC"_s;
}

RolloutInfo RolloutInfoBuilder::build(const Rollout &ro, const ObjectSet &objects)
{
    RolloutInfo info;
    info.meta = infoMeta(ro.meta);
    info.resourceVersion = ro.meta.resourceVersion;
    info.metadataGeneration = ro.meta.generation;
    const PhaseMessage phase = rolloutPhase(ro);
    info.status = phase.phase;
    info.message = phase.message;
    info.labels = ro.meta.labels;
    info.specPaused = ro.paused;
    info.pauseConditions = ro.status.pauseConditions;
    info.strategy = ro.strategy;
    info.icon = rolloutIcon(phase.phase);
    info.aborted = ro.status.abort;
    info.conditions = ro.status.conditions;
    info.listRow = RolloutListRow::of(ro);

    info.replicaSets = replicaSetsOwnedBy(ro.meta.namespace_, ro.meta.uid, objects, &ro);

    if (ro.isCanary()) {
        if (ro.status.currentStepIndex && !ro.steps.isEmpty()) {
            info.step = QString::number(*ro.status.currentStepIndex) + u'/' +
                        QString::number(ro.steps.size());
            info.steps = ro.steps;
            info.currentStepIndex = *ro.status.currentStepIndex;
        }
        info.setWeight = setWeight(ro);
        info.actualWeight = actualWeightOf(ro, info.setWeight, info.replicaSets);
    }

    info.desired = ro.desiredReplicas();
    info.current = ro.status.replicas;
    info.updated = ro.status.updatedReplicas;
    info.ready = ro.status.readyReplicas;
    info.available = ro.status.availableReplicas;
    info.restartedAt = goTimeString(ro.status.restartedAt);
    info.generation = ro.status.observedGeneration;
    info.progressDeadlineSeconds = ro.progressDeadlineSeconds;

    const Deployment *workload = nullptr;
    if (ro.workloadRef && ro.workloadRef->kind == u"Deployment")
        workload = objects.findDeployment(ro.meta.namespace_, ro.workloadRef->name);
    const PodTemplate &podTemplate = workload ? workload->podTemplate : ro.podTemplate;
    info.containers = containersOf(podTemplate.containers);
    info.initContainers = containersOf(podTemplate.initContainers);

    for (const ReplicaSet &rs : objects.replicaSets) {
        if (rs.meta.namespace_ == ro.meta.namespace_ && rs.meta.isOwnedBy(ro.meta.uid) &&
            !ro.status.stableRS.isEmpty() && rs.podTemplateHash() == ro.status.stableRS) {
            info.stableContainers = containersOf(rs.podTemplate.containers);
            break;
        }
    }

    for (const Experiment &ex : objects.experiments) {
        if (ex.meta.namespace_ == ro.meta.namespace_ && ex.meta.isOwnedBy(ro.meta.uid))
            info.experiments.append(buildExperiment(ex, objects));
    }
    std::stable_sort(info.experiments.begin(), info.experiments.end(),
                     [](const ExperimentInfo &a, const ExperimentInfo &b) {
                         if (a.revision != b.revision)
                             return a.revision > b.revision;
                         return a.meta.creationTimestamp < b.meta.creationTimestamp;
                     });
    info.analysisRuns = analysisRunsOwnedBy(ro.meta.namespace_, ro.meta.uid, objects);
    info.analysisBudgets = currentAnalysisBudgets(ro, objects);
    return info;
}

RolloutInfo RolloutInfoBuilder::unreadable(const QJsonObject &object, const QString &message)
{
    RolloutInfo info;
    const QJsonObject metadata = object.value(u"metadata").toObject();
    info.meta.name = metadata.value(u"name").toString();
    info.meta.namespace_ = metadata.value(u"namespace").toString();
    info.meta.uid = metadata.value(u"uid").toString();
    info.meta.creationTimestamp = parseKubeTime(metadata.value(u"creationTimestamp").toString());
    info.resourceVersion = metadata.value(u"resourceVersion").toString();
    info.parseError = message.isEmpty() ? u"the object could not be read"_s : message;
    info.icon = QString::fromUtf16(icons::warning);
    return info;
}

ExperimentInfo RolloutInfoBuilder::buildExperiment(const Experiment &ex, const ObjectSet &objects)
{
    ExperimentInfo info;
    info.meta = infoMeta(ex.meta);
    info.status = ex.phase;
    info.message = ex.message;
    info.icon = analysisIcon(ex.phase);
    info.revision = ex.revision();
    info.replicaSets = replicaSetsOwnedBy(ex.meta.namespace_, ex.meta.uid, objects, nullptr);
    info.analysisRuns = analysisRunsOwnedBy(ex.meta.namespace_, ex.meta.uid, objects);
    return info;
}

QString scaleDownDelay(const ReplicaSetInfo &rs, const QDateTime &now)
{
    if (rs.scaleDownDeadline.isEmpty())
        return {};
    const QDateTime deadline = parseKubeTime(rs.scaleDownDeadline);
    if (!deadline.isValid())
        return {};
    const qint64 remaining = now.msecsTo(deadline);
    if (remaining < 0)
        return u"passed"_s;
    return humanDuration(remaining);
}

} // namespace rd::core
