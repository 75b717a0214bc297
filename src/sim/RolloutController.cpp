#include "sim/RolloutController.h"

#include "sim/ApiResource.h"
#include "sim/ControllerManager.h"
#include "sim/EventRecorder.h"
#include "sim/LabelSelector.h"
#include "sim/ObjectFields.h"
#include "sim/ReplicaMath.h"
#include "sim/TemplateHash.h"

#include "core/Duration.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

const QString RevisionKey = u"rollout.argoproj.io/revision"_s;
const QString HashKey = u"rollouts-pod-template-hash"_s;

const ApiResource &rolloutType()
{
    return *ApiResource::find(u"argoproj.io"_s, u"rollouts"_s);
}
const ApiResource &rsType()
{
    return *ApiResource::find(u"apps"_s, u"replicasets"_s);
}
const ApiResource &runType()
{
    return *ApiResource::find(u"argoproj.io"_s, u"analysisruns"_s);
}
const ApiResource &experimentType()
{
    return *ApiResource::find(u"argoproj.io"_s, u"experiments"_s);
}
const ApiResource &podType()
{
    return *ApiResource::find(QString(), u"pods"_s);
}

QString hashOf(const QJsonObject &rs)
{
    return fields::labels(rs).value(HashKey).toString();
}

int revisionNumber(const QJsonObject &o)
{
    return fields::annotation(o, RevisionKey).toInt();
}

QJsonObject findCondition(const QJsonObject &status, const QString &type)
{
    for (const QJsonValue &c : status.value(u"conditions"_s).toArray()) {
        if (c.toObject().value(u"type"_s).toString() == type)
            return c.toObject();
    }
    return {};
}

// SetRolloutCondition: replaced only when status or reason differ; the new one goes last.
bool setCondition(QJsonObject &status, const QString &type, const QString &value,
                  const QString &reason, const QString &message, bool force = false)
{
    QJsonArray conds = status.value(u"conditions"_s).toArray();
    const QString now = ClusterStore::now();
    QString transition = now;
    for (qsizetype i = 0; i < conds.size(); ++i) {
        const QJsonObject c = conds.at(i).toObject();
        if (c.value(u"type"_s).toString() != type)
            continue;
        if (!force && c.value(u"status"_s).toString() == value &&
            c.value(u"reason"_s).toString() == reason)
            return false;
        if (c.value(u"status"_s).toString() == value)
            transition = c.value(u"lastTransitionTime"_s).toString();
        conds.removeAt(i);
        break;
    }
    conds.append(QJsonObject{{u"type"_s, type},
                             {u"status"_s, value},
                             {u"reason"_s, reason},
                             {u"message"_s, message},
                             {u"lastUpdateTime"_s, now},
                             {u"lastTransitionTime"_s, transition}});
    status.insert(u"conditions"_s, conds);
    return true;
}

QJsonArray pauseConditions(const QJsonObject &status)
{
    return status.value(u"pauseConditions"_s).toArray();
}

QJsonObject pauseCondition(const QJsonObject &status, const QString &reason)
{
    for (const QJsonValue &p : pauseConditions(status)) {
        if (p.toObject().value(u"reason"_s).toString() == reason)
            return p.toObject();
    }
    return {};
}

void addPauseCondition(QJsonObject &status, const QString &reason)
{
    QJsonArray p = pauseConditions(status);
    p.append(QJsonObject{{u"reason"_s, reason}, {u"startTime"_s, ClusterStore::now()}});
    status.insert(u"pauseConditions"_s, p);
    status.insert(u"controllerPause"_s, true);
}

void removePauseCondition(QJsonObject &status, const QString &reason)
{
    QJsonArray p = pauseConditions(status);
    for (qsizetype i = p.size() - 1; i >= 0; --i) {
        if (p.at(i).toObject().value(u"reason"_s).toString() == reason)
            p.removeAt(i);
    }
    if (p.isEmpty()) {
        status.remove(u"pauseConditions"_s);
        status.remove(u"controllerPause"_s);
    } else {
        status.insert(u"pauseConditions"_s, p);
    }
}

// Step durations as the controller reads them (core's one parser); -1 when unparsable.
double durationSeconds(const QJsonValue &v)
{
    const auto ms = core::parseStepDurationMs(v);
    return ms ? double(*ms) / 1000 : -1;
}

QString stepText(const QJsonObject &step)
{
    if (step.contains(u"setWeight"_s))
        return u"setWeight: %1"_s.arg(step.value(u"setWeight"_s).toInt());
    if (step.contains(u"pause"_s)) {
        const QJsonValue d = step.value(u"pause"_s).toObject().value(u"duration"_s);
        if (d.isUndefined() || d.isNull())
            return u"pause"_s;
        return u"pause: "_s % (d.isDouble() ? QString::number(d.toInt()) : d.toString());
    }
    if (step.contains(u"experiment"_s))
        return u"experiment"_s;
    if (step.contains(u"analysis"_s))
        return u"analysis"_s;
    if (step.contains(u"setCanaryScale"_s)) {
        const QJsonObject scale = step.value(u"setCanaryScale"_s).toObject();
        if (scale.contains(u"weight"_s))
            return u"setCanaryScale{weight: %1}"_s.arg(scale.value(u"weight"_s).toInt());
        if (scale.contains(u"replicas"_s))
            return u"setCanaryScale{replicas: %1}"_s.arg(scale.value(u"replicas"_s).toInt());
        return u"setCanaryScale{matchTrafficWeight: true}"_s;
    }
    // Named steps are written with their name (rollouts-semantics.md 5.x).
    for (const auto &[key, label] :
         {std::pair{u"plugin"_s, u"plugin"_s}, std::pair{u"setHeaderRoute"_s, u"setHeaderRoute"_s},
          std::pair{u"setMirrorRoute"_s, u"setMirrorRoute"_s}}) {
        if (step.contains(key))
            return label % u": "_s % step.value(key).toObject().value(u"name"_s).toString();
    }
    return step.keys().value(0);
}

QJsonObject stripZero(QJsonObject status, std::initializer_list<QString> keys)
{
    for (const QString &k : keys) {
        if (status.value(k).toInt() == 0)
            status.remove(k);
    }
    return status;
}

} // namespace

QString RolloutController::revisionOf(const QJsonObject &o) const
{
    return fields::annotation(o, RevisionKey);
}

void RolloutController::requeueAfterSimSeconds(const Context &ctx, double seconds)
{
    m_manager->enqueueAfter(ControllerManager::Kind::Rollout, fields::ns(ctx.rollout),
                            fields::name(ctx.rollout),
                            m_manager->realMs(std::max(0.01, seconds)) + 5);
}

std::pair<QString, QString> RolloutController::calculatePhase(const QJsonObject &spec,
                                                              const QJsonObject &status)
{
    for (const QJsonValue &c : status.value(u"conditions"_s).toArray()) {
        const QJsonObject cond = c.toObject();
        if (cond.value(u"type"_s).toString() == u"InvalidSpec")
            return {u"Degraded"_s, u"InvalidSpec: "_s % cond.value(u"message"_s).toString()};
        const QString reason = cond.value(u"reason"_s).toString();
        if (reason == u"RolloutAborted" || reason == u"ProgressDeadlineExceeded")
            return {u"Degraded"_s, reason % u": " % cond.value(u"message"_s).toString()};
    }
    if (spec.value(u"paused"_s).toBool())
        return {u"Paused"_s, u"manually paused"_s};
    const QJsonArray pauses = status.value(u"pauseConditions"_s).toArray();
    if (!pauses.isEmpty())
        return {u"Paused"_s, pauses.first().toObject().value(u"reason"_s).toString()};
    const QString restartAt = spec.value(u"restartAt"_s).toString();
    if (!restartAt.isEmpty() &&
        QDateTime::fromString(status.value(u"restartedAt"_s).toString(), Qt::ISODate) !=
            QDateTime::fromString(restartAt, Qt::ISODate))
        return {u"Progressing"_s, u"rollout is restarting"_s};
    const QJsonValue r = spec.value(u"replicas"_s);
    const int desired = r.isDouble() ? r.toInt() : 1;
    const int updated = status.value(u"updatedReplicas"_s).toInt();
    const int available = status.value(u"availableReplicas"_s).toInt();
    if (updated < desired)
        return {u"Progressing"_s, u"more replicas need to be updated"_s};
    if (available < updated)
        return {u"Progressing"_s, u"updated replicas are still becoming available"_s};
    const QString current = status.value(u"currentPodHash"_s).toString();
    const QString stable = status.value(u"stableRS"_s).toString();
    const QJsonObject strategy = spec.value(u"strategy"_s).toObject();
    if (strategy.contains(u"blueGreen"_s)) {
        const QString active =
            status.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s).toString();
        if (active.isEmpty() || active != current)
            return {u"Progressing"_s, u"active service cutover pending"_s};
        if (stable.isEmpty() || stable != current) {
            if (strategy.value(u"blueGreen"_s).toObject().contains(u"postPromotionAnalysis"_s))
                return {u"Progressing"_s, u"waiting for analysis to complete"_s};
            return {u"Progressing"_s, u"waiting for post-promotion verification to complete"_s};
        }
    } else if (strategy.contains(u"canary"_s)) {
        if (!strategy.value(u"canary"_s).toObject().contains(u"trafficRouting"_s) &&
            status.value(u"replicas"_s).toInt() > updated)
            return {u"Progressing"_s, u"old replicas are pending termination"_s};
        if (stable.isEmpty() || stable != current)
            return {u"Progressing"_s, u"waiting for all steps to complete"_s};
    }
    return {u"Healthy"_s, QString()};
}

void RolloutController::reconcile(const QString &ns, const QString &name)
{
    ClusterStore *store = m_manager->store();
    const auto ro = store->get(rolloutType().key(), ns, name);
    if (!ro)
        return;
    Context ctx;
    ctx.rollout = *ro;
    ctx.spec = fields::spec(*ro);
    // A workloadRef rollout takes its pod template (and selector) from the referenced Deployment.
    const QJsonObject workloadRef = ctx.spec.value(u"workloadRef"_s).toObject();
    if (!workloadRef.isEmpty()) {
        const auto deployment = m_manager->store()->get(u"deployments.apps"_s, ns,
                                                        workloadRef.value(u"name"_s).toString());
        if (!deployment)
            return; // re-queued when the Deployment appears
        ctx.spec.insert(u"template"_s, fields::spec(*deployment).value(u"template"_s));
        if (!ctx.spec.contains(u"selector"_s))
            ctx.spec.insert(u"selector"_s, fields::spec(*deployment).value(u"selector"_s));
    }
    ctx.status = fields::status(*ro);
    ctx.newStatus = ctx.status;

    // Defaulting: spec.replicas is written back and this pass ends.
    if (!ctx.spec.value(u"replicas"_s).isDouble()) {
        QJsonObject updated = *ro;
        QJsonObject spec =
            fields::spec(*ro); // not ctx.spec: that may hold a workloadRef's template
        spec.insert(u"replicas"_s, 1);
        updated.insert(u"spec"_s, spec);
        store->update(rolloutType(), updated, ClusterStore::Scope::Main, false);
        return;
    }
    ctx.replicas = ctx.spec.value(u"replicas"_s).toInt();
    const QJsonObject strategy = ctx.spec.value(u"strategy"_s).toObject();
    ctx.canary = strategy.contains(u"canary"_s);
    if (!ctx.canary && !strategy.contains(u"blueGreen"_s)) {
        setCondition(
            ctx.newStatus, u"InvalidSpec"_s, u"True"_s, u"InvalidSpec"_s,
            u"The Rollout \"%1\" is invalid: spec.strategy.strategy: Required value: Rollout has missing field '.spec.strategy.canary or .spec.strategy.blueGreen'"_s
                .arg(name));
        persist(ctx);
        return;
    }
    ctx.steps = strategy.value(u"canary"_s).toObject().value(u"steps"_s).toArray();
    const QJsonValue collision = ctx.status.value(u"collisionCount"_s);
    ctx.hash = TemplateHash::compute(ctx.spec.value(u"template"_s),
                                     collision.isDouble() ? collision.toInteger() : -1);
    ctx.replicaSets = store->ownedBy(rsType().key(), fields::uid(*ro));
    const QString stableHash = ctx.status.value(u"stableRS"_s).toString();
    for (const QJsonObject &rs : std::as_const(ctx.replicaSets)) {
        if (hashOf(rs) == ctx.hash)
            ctx.newRs = rs;
        if (!stableHash.isEmpty() && hashOf(rs) == stableHash)
            ctx.stableRs = rs;
    }
    for (const QJsonObject &rs : std::as_const(ctx.replicaSets)) {
        if (hashOf(rs) != ctx.hash && (stableHash.isEmpty() || hashOf(rs) != stableHash))
            ctx.others.append(rs);
    }
    if (!ctx.newRs) {
        createNewReplicaSet(ctx);
        return;
    }
    // A fully promoted rollout cannot stay aborted.
    if (ctx.newStatus.value(u"abort"_s).toBool() && stableHash == ctx.hash &&
        ctx.status.value(u"currentPodHash"_s).toString() == ctx.hash) {
        ctx.newStatus.remove(u"abort"_s);
        ctx.newStatus.remove(u"abortedAt"_s);
    }
    if (checkPausedConditions(ctx))
        return;

    // Template or steps changed: reset the progress and persist.
    const QString stepsHash = ctx.canary ? TemplateHash::compute(ctx.steps) : QString();
    if (ctx.status.value(u"currentPodHash"_s).toString() != ctx.hash ||
        (ctx.canary && ctx.status.value(u"currentStepHash"_s).toString() != stepsHash)) {
        QJsonObject &s = ctx.newStatus;
        for (const QString &k : {u"pauseConditions"_s, u"controllerPause"_s, u"abort"_s,
                                 u"abortedAt"_s, u"promoteFull"_s})
            s.remove(k);
        QJsonObject canaryStatus = s.value(u"canary"_s).toObject();
        canaryStatus.remove(u"currentStepAnalysisRunStatus"_s);
        canaryStatus.remove(u"currentBackgroundAnalysisRunStatus"_s);
        canaryStatus.remove(u"currentExperiment"_s);
        if (ctx.canary)
            s.insert(u"canary"_s, canaryStatus);
        const bool toStable = ctx.stableRs && hashOf(*ctx.stableRs) == ctx.hash;
        if (ctx.canary) {
            if (ctx.steps.isEmpty())
                s.remove(u"currentStepIndex"_s);
            else
                s.insert(u"currentStepIndex"_s, toStable ? int(ctx.steps.size()) : 0);
            s.insert(u"currentStepHash"_s, stepsHash);
        } else {
            QJsonObject bg = s.value(u"blueGreen"_s).toObject();
            bg.remove(u"prePromotionAnalysisRunStatus"_s);
            bg.remove(u"postPromotionAnalysisRunStatus"_s);
            s.insert(u"blueGreen"_s, bg);
        }
        const QString previous = ctx.status.value(u"currentPodHash"_s).toString();
        s.insert(u"currentPodHash"_s, ctx.hash);
        if (toStable && !previous.isEmpty() && previous != ctx.hash)
            m_manager->events()->record(ctx.rollout, u"Normal"_s, u"SkipSteps"_s,
                                        u"Rollback to stable ReplicaSets"_s);
        else if (!previous.isEmpty() && previous != ctx.hash)
            m_manager->events()->record(
                ctx.rollout, u"Normal"_s, u"RolloutNotCompleted"_s,
                u"Rollout not completed, started update to revision %1 (%2)"_s.arg(
                    revisionOf(*ctx.newRs), ctx.hash));
        persist(ctx);
        return;
    }
    if (syncRevision(ctx))
        return;
    if (cleanupHistory(ctx))
        return;
    if (reconcileRestart(ctx))
        return;
    if (ctx.canary)
        reconcileCanary(ctx);
    else
        reconcileBlueGreen(ctx);
}

bool RolloutController::createNewReplicaSet(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    int maxRevision = 0;
    for (const QJsonObject &rs : std::as_const(ctx.replicaSets))
        maxRevision = std::max(maxRevision, revisionNumber(rs));
    const int revision = maxRevision + 1;
    const QString rollName = fields::name(ctx.rollout);
    const QString rsName = rollName % u'-' % ctx.hash;

    QJsonObject tmpl = ctx.spec.value(u"template"_s).toObject();
    QJsonObject tmeta = tmpl.value(u"metadata"_s).toObject();
    QJsonObject labels = tmeta.value(u"labels"_s).toObject();
    labels.insert(HashKey, ctx.hash);
    tmeta.insert(u"labels"_s, labels);
    tmpl.insert(u"metadata"_s, tmeta);
    QJsonObject selector = ctx.spec.value(u"selector"_s).toObject();
    QJsonObject matchLabels = selector.value(u"matchLabels"_s).toObject();
    matchLabels.insert(HashKey, ctx.hash);
    selector.insert(u"matchLabels"_s, matchLabels);

    QJsonObject annotations;
    const QJsonObject roAnnotations = fields::meta(ctx.rollout).value(u"annotations"_s).toObject();
    for (auto it = roAnnotations.constBegin(); it != roAnnotations.constEnd(); ++it) {
        if (it.key() == u"kubectl.kubernetes.io/last-applied-configuration" ||
            it.key() == RevisionKey || it.key() == u"rollout.argoproj.io/revision-history" ||
            it.key() == u"rollout.argoproj.io/desired-replicas" ||
            it.key().startsWith(u"notified.notifications.argoproj.io"))
            continue;
        annotations.insert(it.key(), it.value());
    }
    annotations.insert(RevisionKey, QString::number(revision));
    annotations.insert(u"rollout.argoproj.io/desired-replicas"_s, QString::number(ctx.replicas));
    QJsonObject spec{{u"replicas"_s, 0}, {u"selector"_s, selector}, {u"template"_s, tmpl}};
    if (ctx.spec.contains(u"minReadySeconds"_s))
        spec.insert(u"minReadySeconds"_s, ctx.spec.value(u"minReadySeconds"_s));
    QJsonObject rs{{u"metadata"_s, QJsonObject{{u"name"_s, rsName},
                                               {u"namespace"_s, fields::ns(ctx.rollout)},
                                               {u"labels"_s, labels},
                                               {u"annotations"_s, annotations},
                                               {u"ownerReferences"_s,
                                                QJsonArray{fields::ownerReference(ctx.rollout)}}}},
                   {u"spec"_s, spec}};
    const auto created = store->create(rsType(), rs);
    if (!created.ok()) {
        setCondition(
            ctx.newStatus, u"Progressing"_s, u"False"_s, u"ReplicaSetCreateError"_s,
            u"Failed to create new replica set \"%1\": %2"_s.arg(rsName, created.error().message));
        persist(ctx);
        return true;
    }
    m_manager->events()->record(ctx.rollout, u"Normal"_s, u"NewReplicaSetCreated"_s,
                                u"Created ReplicaSet %1 (revision %2)"_s.arg(rsName).arg(revision));
    // The rollout's own revision annotation follows (a metadata update), then the condition.
    QJsonObject updated = ctx.rollout;
    fields::setAnnotation(updated, RevisionKey, QString::number(revision));
    const auto res = store->update(rolloutType(), updated, ClusterStore::Scope::Main, false);
    if (res.ok())
        ctx.rollout = res.value();
    m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutUpdated"_s,
                                u"Rollout updated to revision %1"_s.arg(revision));
    setCondition(ctx.newStatus, u"Progressing"_s, u"True"_s, u"NewReplicaSetCreated"_s,
                 u"Created new replica set \"%1\""_s.arg(rsName), true);
    QJsonObject updatedStatus = ctx.rollout;
    updatedStatus.insert(u"status"_s, ctx.newStatus);
    store->update(rolloutType(), updatedStatus, ClusterStore::Scope::Status, false);
    return true;
}

bool RolloutController::syncRevision(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    int maxOther = 0;
    for (const QJsonObject &rs : std::as_const(ctx.replicaSets)) {
        if (fields::name(rs) != fields::name(*ctx.newRs))
            maxOther = std::max(maxOther, revisionNumber(rs));
    }
    const int current = revisionNumber(*ctx.newRs);
    if (current < maxOther + 1) {
        QJsonObject rs = *ctx.newRs;
        const QString history = fields::annotation(rs, u"rollout.argoproj.io/revision-history"_s);
        fields::setAnnotation(rs, u"rollout.argoproj.io/revision-history"_s,
                              history.isEmpty() ? QString::number(current)
                                                : history % u',' % QString::number(current));
        fields::setAnnotation(rs, RevisionKey, QString::number(maxOther + 1));
        store->update(rsType(), rs, ClusterStore::Scope::Main, false);
        return true;
    }
    if (revisionOf(ctx.rollout) != QString::number(current)) {
        QJsonObject updated = ctx.rollout;
        fields::setAnnotation(updated, RevisionKey, QString::number(current));
        store->update(rolloutType(), updated, ClusterStore::Scope::Main, false);
        m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutUpdated"_s,
                                    u"Rollout updated to revision %1"_s.arg(current));
        return true;
    }
    return false;
}

bool RolloutController::cleanupHistory(Context &ctx)
{
    const QJsonValue limitValue = ctx.spec.value(u"revisionHistoryLimit"_s);
    const int limit = limitValue.isDouble() ? limitValue.toInt() : 10;
    QList<QJsonObject> idle;
    for (const QJsonObject &rs : std::as_const(ctx.others)) {
        if (fields::specReplicas(rs, 0) == 0 && fields::statusInt(rs, "replicas") == 0)
            idle.append(rs);
    }
    if (idle.size() <= limit)
        return false;
    std::sort(idle.begin(), idle.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return revisionNumber(a) < revisionNumber(b);
    });
    for (qsizetype i = 0; i < idle.size() - limit; ++i)
        m_manager->store()->remove(rsType(), fields::ns(idle.at(i)), fields::name(idle.at(i)));
    return true;
}

bool RolloutController::reconcileRestart(Context &ctx)
{
    const QString restartAt = ctx.spec.value(u"restartAt"_s).toString();
    if (restartAt.isEmpty())
        return false;
    const QDateTime at = QDateTime::fromString(restartAt, Qt::ISODate);
    if (!at.isValid() ||
        at == QDateTime::fromString(ctx.status.value(u"restartedAt"_s).toString(), Qt::ISODate))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (at > now) {
        // A future restart: real time, since the user asked for a wall-clock instant.
        m_manager->enqueueAfter(ControllerManager::Kind::Rollout, fields::ns(ctx.rollout),
                                fields::name(ctx.rollout), int(now.msecsTo(at)) + 10);
        return false;
    }
    ClusterStore *store = m_manager->store();
    QList<QJsonObject> old;
    int available = 0;
    int specSum = 0;
    for (const QJsonObject &rs : std::as_const(ctx.replicaSets)) {
        available += fields::statusInt(rs, "availableReplicas");
        specSum += fields::specReplicas(rs, 0);
        for (const QJsonObject &pod : store->ownedBy(podType().key(), fields::uid(rs))) {
            if (fields::meta(pod).contains(u"deletionTimestamp"_s))
                continue;
            if (QDateTime::fromString(fields::meta(pod).value(u"creationTimestamp"_s).toString(),
                                      Qt::ISODate) < at)
                old.append(pod);
        }
    }
    if (old.isEmpty()) {
        ctx.newStatus.insert(u"restartedAt"_s, restartAt);
        persist(ctx);
        return true;
    }
    const auto fp = ReplicaMath::resolve(
        ctx.spec.value(u"strategy"_s).toObject().value(u"canary"_s).toObject().value(u"maxSurge"_s),
        ctx.spec.value(u"strategy"_s)
            .toObject()
            .value(u"canary"_s)
            .toObject()
            .value(u"maxUnavailable"_s),
        ctx.replicas);
    const int allowed = available - (std::max(ctx.replicas, specSum) - std::max(fp.unavailable, 1));
    if (allowed <= 0)
        return false; // wait for availability; pod events bring us back
    std::sort(old.begin(), old.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return fields::meta(a).value(u"creationTimestamp"_s).toString() <
               fields::meta(b).value(u"creationTimestamp"_s).toString();
    });
    for (int i = 0; i < std::min(allowed, int(old.size())); ++i) {
        store->beginDeletion(podType(), fields::ns(old.at(i)), fields::name(old.at(i)), 30);
        m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RestartingPods"_s,
                                    u"Rollout restarting pod %1"_s.arg(fields::name(old.at(i))));
    }
    return true;
}

int RolloutController::currentSetWeight(const Context &ctx) const
{
    if (ctx.newStatus.value(u"abort"_s).toBool())
        return 0;
    const int index = ctx.newStatus.value(u"currentStepIndex"_s).toInt(0);
    if (ctx.steps.isEmpty() || index >= ctx.steps.size())
        return 100;
    for (int i = index; i >= 0; --i) {
        const QJsonObject step = ctx.steps.at(i).toObject();
        if (step.contains(u"setWeight"_s))
            return step.value(u"setWeight"_s).toInt();
    }
    return 0;
}

bool RolloutController::scaleReplicaSet(Context &ctx, const QJsonObject &rs, int replicas)
{
    const int from = fields::specReplicas(rs, 0);
    if (from == replicas)
        return false;
    QJsonObject updated = rs;
    QJsonObject spec = fields::spec(rs);
    spec.insert(u"replicas"_s, replicas);
    updated.insert(u"spec"_s, spec);
    fields::setAnnotation(updated, u"rollout.argoproj.io/desired-replicas"_s,
                          QString::number(ctx.replicas));
    if (replicas == 0)
        fields::setAnnotation(updated, u"scale-down-deadline"_s, QString());
    m_manager->store()->update(rsType(), updated, ClusterStore::Scope::Main, false);
    m_manager->events()->record(
        ctx.rollout, u"Normal"_s, u"ScalingReplicaSet"_s,
        u"Scaled %1 ReplicaSet %2 (revision %3) from %4 to %5"_s
            .arg(replicas > from ? u"up"_s : u"down"_s, fields::name(rs), revisionOf(rs))
            .arg(from)
            .arg(replicas));
    return true;
}

bool RolloutController::checkPausedConditions(Context &ctx)
{
    const QString generation =
        QString::number(fields::meta(ctx.rollout).value(u"generation"_s).toInteger(1));
    if (ctx.status.value(u"observedGeneration"_s).toString() != generation)
        return false;
    QJsonObject &s = ctx.newStatus;
    const bool isPaused = !pauseConditions(s).isEmpty() || ctx.spec.value(u"paused"_s).toBool();
    const QJsonObject pausedCond = findCondition(s, u"Paused"_s);
    const QJsonObject progCond = findCondition(s, u"Progressing"_s);
    const bool abortCondExists = progCond.value(u"reason"_s).toString() == u"RolloutAborted";
    bool changed = false;
    if (isPaused != (pausedCond.value(u"status"_s).toString() == u"True") && !abortCondExists &&
        (isPaused || !pausedCond.isEmpty()))
        changed |= setCondition(s, u"Paused"_s, isPaused ? u"True"_s : u"False"_s,
                                u"RolloutPaused"_s, u"Rollout is paused"_s);
    if (!s.value(u"abort"_s).toBool() && abortCondExists) {
        if (setCondition(s, u"Progressing"_s, u"Unknown"_s, u"RolloutRetry"_s,
                         u"Retrying Rollout after abort"_s)) {
            changed = true;
            m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutRetry"_s,
                                        u"Retrying Rollout after abort"_s);
        }
    }
    const bool completed =
        !s.value(u"stableRS"_s).toString().isEmpty() &&
        s.value(u"stableRS"_s).toString() == s.value(u"currentPodHash"_s).toString();
    if (!abortCondExists && !completed &&
        isPaused != (progCond.value(u"reason"_s).toString() == u"RolloutPaused")) {
        if (isPaused) {
            changed |= setCondition(s, u"Progressing"_s, u"Unknown"_s, u"RolloutPaused"_s,
                                    u"Rollout is paused"_s);
        } else {
            changed |= setCondition(s, u"Progressing"_s, u"Unknown"_s, u"RolloutResumed"_s,
                                    u"Rollout is resumed"_s);
            m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutResumed"_s,
                                        u"Rollout is resumed"_s);
        }
    }
    if (!changed)
        return false;
    persist(ctx);
    return true;
}

void RolloutController::reconcileTrafficRouting(Context &ctx, int desiredNew)
{
    // The weight the controller asks the router for (rollout/trafficrouting.go): none while
    // nothing is being updated, after an abort or before a canary pod is available; the
    // previous setWeight until the canary has the replicas of the current one.
    QJsonObject &s = ctx.newStatus;
    const QJsonObject canarySpec =
        ctx.spec.value(u"strategy"_s).toObject().value(u"canary"_s).toObject();
    const QJsonObject routing = canarySpec.value(u"trafficRouting"_s).toObject();
    const int maxWeight = routing.value(u"maxTrafficWeight"_s).toInt(100);
    const QString stableHash = s.value(u"stableRS"_s).toString();
    const int index = s.value(u"currentStepIndex"_s).toInt(0);
    const int n = int(ctx.steps.size());
    int desired = 0;
    const auto previousSetWeight = [&] {
        for (int i = std::min(index, n) - 1; i >= 0; --i) {
            const QJsonObject step = ctx.steps.at(i).toObject();
            if (step.contains(u"setWeight"_s))
                return step.value(u"setWeight"_s).toInt();
        }
        return 0;
    };
    if (stableHash.isEmpty() || stableHash == ctx.hash || s.value(u"abort"_s).toBool() ||
        fields::statusInt(*ctx.newRs, "availableReplicas") == 0)
        desired = 0;
    else if (s.value(u"promoteFull"_s).toBool())
        desired = maxWeight;
    else if (fields::specReplicas(*ctx.newRs, 0) != desiredNew ||
             fields::statusInt(*ctx.newRs, "availableReplicas") < desiredNew)
        desired = previousSetWeight();
    else if (index < n)
        desired = currentSetWeight(ctx);
    else
        desired = maxWeight;
    QJsonObject canaryStatus = s.value(u"canary"_s).toObject();
    const QJsonObject previous = canaryStatus.value(u"weights"_s).toObject();
    const QJsonObject weights{
        {u"canary"_s, QJsonObject{{u"podTemplateHash"_s, ctx.hash},
                                  {u"serviceName"_s, canarySpec.value(u"canaryService"_s)},
                                  {u"weight"_s, desired}}},
        {u"stable"_s,
         QJsonObject{{u"podTemplateHash"_s, stableHash.isEmpty() ? ctx.hash : stableHash},
                     {u"serviceName"_s, canarySpec.value(u"stableService"_s)},
                     {u"weight"_s, maxWeight - desired}}}};
    if (weights == previous)
        return;
    canaryStatus.insert(u"weights"_s, weights);
    s.insert(u"canary"_s, canaryStatus);
    // The controller's message: "to W" the first time, "from A to B" on a change. A change of
    // the hashes alone moves no traffic and is not reported here.
    const int before = previous.value(u"canary"_s).toObject().value(u"weight"_s).toInt();
    if (previous.isEmpty())
        m_manager->events()->record(ctx.rollout, u"Normal"_s, u"TrafficWeightUpdated"_s,
                                    u"Traffic weight updated to %1"_s.arg(desired));
    else if (before != desired)
        m_manager->events()->record(
            ctx.rollout, u"Normal"_s, u"TrafficWeightUpdated"_s,
            u"Traffic weight updated from %1 to %2"_s.arg(before).arg(desired));
}

bool RolloutController::stepComplete(Context &ctx, int index, int desiredNew, int desiredStable)
{
    if (ctx.spec.value(u"paused"_s).toBool())
        return false;
    const QJsonObject step = ctx.steps.at(index).toObject();
    // With a traffic router, a weight step also waits for the router to carry that weight.
    if (step.contains(u"setWeight"_s) && ctx.newStatus.value(u"canary"_s)
                                             .toObject()
                                             .value(u"weights"_s)
                                             .toObject()
                                             .contains(u"canary"_s)) {
        const int routed = ctx.newStatus.value(u"canary"_s)
                               .toObject()
                               .value(u"weights"_s)
                               .toObject()
                               .value(u"canary"_s)
                               .toObject()
                               .value(u"weight"_s)
                               .toInt();
        if (routed != step.value(u"setWeight"_s).toInt())
            return false;
    }
    if (step.contains(u"setWeight"_s) || step.contains(u"setCanaryScale"_s)) {
        if (fields::statusInt(*ctx.newRs, "availableReplicas") != desiredNew ||
            fields::specReplicas(*ctx.newRs, 0) != desiredNew)
            return false;
        if (ctx.stableRs && fields::name(*ctx.stableRs) != fields::name(*ctx.newRs) &&
            (fields::specReplicas(*ctx.stableRs, 0) != desiredStable ||
             fields::statusInt(*ctx.stableRs, "replicas") != desiredStable))
            return false;
        for (const QJsonObject &rs : std::as_const(ctx.others)) {
            if (fields::statusInt(rs, "availableReplicas") != 0)
                return false;
        }
        return true;
    }
    if (step.contains(u"pause"_s)) {
        const QJsonObject cond = pauseCondition(ctx.newStatus, u"CanaryPauseStep"_s);
        if (ctx.newStatus.value(u"controllerPause"_s).toBool() && cond.isEmpty())
            return true;
        const QJsonValue d = step.value(u"pause"_s).toObject().value(u"duration"_s);
        if (!cond.isEmpty() && !d.isUndefined() && !d.isNull()) {
            const double duration = durationSeconds(d);
            if (duration < 0)
                return false;
            const double elapsed =
                m_manager->simSecondsSince(cond.value(u"startTime"_s).toString());
            if (elapsed >= duration)
                return true;
            requeueAfterSimSeconds(ctx, duration - elapsed);
        }
        return false;
    }
    if (step.contains(u"analysis"_s))
        return ctx.newStatus.value(u"canary"_s)
                   .toObject()
                   .value(u"currentStepAnalysisRunStatus"_s)
                   .toObject()
                   .value(u"status"_s)
                   .toString() == u"Successful";
    if (step.contains(u"experiment"_s)) {
        const QString expName =
            ctx.newStatus.value(u"canary"_s).toObject().value(u"currentExperiment"_s).toString();
        const auto exp =
            m_manager->store()->get(experimentType().key(), fields::ns(ctx.rollout), expName);
        return exp && fields::status(*exp).value(u"phase"_s).toString() == u"Successful";
    }
    return true; // setHeaderRoute, setMirrorRoute, plugin: nothing to wait for without a router
}

bool RolloutController::reconcileAnalysis(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    const QString ns = fields::ns(ctx.rollout);
    QJsonObject &s = ctx.newStatus;
    QJsonObject canaryStatus = s.value(u"canary"_s).toObject();
    const bool aborted = s.value(u"abort"_s).toBool();
    const bool promoted = s.value(u"stableRS"_s).toString() == ctx.hash;
    const QString rev = revisionOf(*ctx.newRs);
    const int index = s.value(u"currentStepIndex"_s).toInt(0);

    const auto ensureRun = [&](const QString &runName, const QJsonArray &templates,
                               const QString &type, int stepIndex) -> std::optional<QJsonObject> {
        if (auto run = store->get(runType().key(), ns, runName))
            return run;
        QJsonArray metrics;
        QJsonObject annotations{{RevisionKey, rev}};
        for (const QJsonValue &t : templates) {
            const QString tName = t.toObject().value(u"templateName"_s).toString();
            const auto tmpl = store->get(u"analysistemplates.argoproj.io"_s, ns, tName);
            if (!tmpl)
                continue;
            for (const QJsonValue &m : fields::spec(*tmpl).value(u"metrics"_s).toArray())
                metrics.append(m);
            // The scenario decides results through the template's annotations.
            const QJsonObject ta = fields::meta(*tmpl).value(u"annotations"_s).toObject();
            for (auto it = ta.constBegin(); it != ta.constEnd(); ++it) {
                if (it.key().startsWith(u"sim.rolloutdesk.io/"))
                    annotations.insert(it.key(), it.value());
            }
        }
        QJsonObject labels{{HashKey, ctx.hash}, {u"rollout-type"_s, type}};
        if (stepIndex >= 0)
            labels.insert(u"step-index"_s, QString::number(stepIndex));
        QJsonObject run{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, runName},
                         {u"namespace"_s, ns},
                         {u"labels"_s, labels},
                         {u"annotations"_s, annotations},
                         {u"ownerReferences"_s, QJsonArray{fields::ownerReference(ctx.rollout)}}}},
            {u"spec"_s, QJsonObject{{u"metrics"_s, metrics}, {u"args"_s, QJsonArray()}}}};
        const auto res = store->create(runType(), run);
        return res.ok() ? std::optional<QJsonObject>(res.value()) : std::nullopt;
    };
    const auto runStatus = [](const QJsonObject &run) {
        const QJsonObject st = fields::status(run);
        QJsonObject out{{u"name"_s, fields::name(run)},
                        {u"status"_s, st.value(u"phase"_s).toString(u"Pending"_s)}};
        if (st.contains(u"message"_s))
            out.insert(u"message"_s, st.value(u"message"_s));
        return out;
    };
    const auto failDetail = [](const QJsonObject &run) {
        const QString msg = fields::status(run).value(u"message"_s).toString();
        return msg.isEmpty() ? u"AnalysisRun \"%1\" failed"_s.arg(fields::name(run)) : msg;
    };

    // The controller reports every phase change of a run it follows (rollout/analysis.go).
    const auto reportPhaseChange = [&](const QJsonObject &previous, const QJsonObject &current,
                                       const QString &kind) {
        const QString phase = current.value(u"status"_s).toString();
        if (phase.isEmpty() || phase == u"Pending")
            return;
        const bool sameRun = previous.value(u"name"_s) == current.value(u"name"_s);
        if (sameRun && previous.value(u"status"_s).toString() == phase)
            return;
        const QString before = sameRun && !previous.value(u"status"_s).toString().isEmpty()
                                   ? previous.value(u"status"_s).toString()
                                   : u"NoPreviousStatus"_s;
        const bool bad = phase == u"Failed" || phase == u"Error";
        m_manager->events()->record(ctx.rollout, bad ? u"Warning"_s : u"Normal"_s,
                                    u"AnalysisRun"_s % phase,
                                    u"%1 Analysis Run '%2' Status New: '%3' Previous: '%4'"_s.arg(
                                        kind, current.value(u"name"_s).toString(), phase, before));
    };

    bool changed = false;
    // Background analysis, from startingStep on, while an update is in progress.
    const QJsonObject bg = ctx.spec.value(u"strategy"_s)
                               .toObject()
                               .value(u"canary"_s)
                               .toObject()
                               .value(u"analysis"_s)
                               .toObject();
    if (!bg.isEmpty() && !aborted && !promoted && !s.value(u"stableRS"_s).toString().isEmpty() &&
        index >= bg.value(u"startingStep"_s).toInt(0)) {
        const auto run = ensureRun(fields::name(ctx.rollout) % u'-' % ctx.hash % u'-' % rev,
                                   bg.value(u"templates"_s).toArray(), u"Background"_s, -1);
        if (run) {
            const QJsonObject st = runStatus(*run);
            if (canaryStatus.value(u"currentBackgroundAnalysisRunStatus"_s).toObject() != st) {
                reportPhaseChange(
                    canaryStatus.value(u"currentBackgroundAnalysisRunStatus"_s).toObject(), st,
                    u"Background"_s);
                canaryStatus.insert(u"currentBackgroundAnalysisRunStatus"_s, st);
                changed = true;
            }
            const QString phase = st.value(u"status"_s).toString();
            if (phase == u"Failed" || phase == u"Error") {
                s.insert(u"abort"_s, true);
                ctx.abortDetail = failDetail(*run);
                changed = true;
            }
        }
    }
    // Step analysis.
    if (!aborted && index < ctx.steps.size() &&
        ctx.steps.at(index).toObject().contains(u"analysis"_s) &&
        !s.value(u"stableRS"_s).toString().isEmpty() && !promoted) {
        const QJsonObject step = ctx.steps.at(index).toObject().value(u"analysis"_s).toObject();
        const auto run = ensureRun(fields::name(ctx.rollout) % u'-' % ctx.hash % u'-' % rev % u'-' %
                                       QString::number(index),
                                   step.value(u"templates"_s).toArray(), u"Step"_s, index);
        if (run) {
            const QJsonObject st = runStatus(*run);
            if (canaryStatus.value(u"currentStepAnalysisRunStatus"_s).toObject() != st) {
                reportPhaseChange(canaryStatus.value(u"currentStepAnalysisRunStatus"_s).toObject(),
                                  st, u"Step"_s);
                canaryStatus.insert(u"currentStepAnalysisRunStatus"_s, st);
                changed = true;
            }
            const QString phase = st.value(u"status"_s).toString();
            if (phase == u"Failed" || phase == u"Error") {
                s.insert(u"abort"_s, true);
                ctx.abortDetail = failDetail(*run);
                changed = true;
            } else if (phase == u"Inconclusive" &&
                       pauseCondition(s, u"InconclusiveAnalysisRun"_s).isEmpty()) {
                addPauseCondition(s, u"InconclusiveAnalysisRun"_s);
                changed = true;
            }
        }
    }
    // Finished rollouts stop their background run.
    if (promoted) {
        const QString bgName = canaryStatus.value(u"currentBackgroundAnalysisRunStatus"_s)
                                   .toObject()
                                   .value(u"name"_s)
                                   .toString();
        if (auto run = store->get(runType().key(), ns, bgName);
            run && fields::status(*run).value(u"phase"_s).toString() == u"Running") {
            QJsonObject r = *run;
            QJsonObject spec = fields::spec(r);
            spec.insert(u"terminate"_s, true);
            r.insert(u"spec"_s, spec);
            store->update(runType(), r, ClusterStore::Scope::Everything, false);
        }
    }
    if (!changed)
        return false;
    s.insert(u"canary"_s, canaryStatus);
    persist(ctx);
    return true;
}

bool RolloutController::reconcileExperiment(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    QJsonObject &s = ctx.newStatus;
    const int index = s.value(u"currentStepIndex"_s).toInt(0);
    if (s.value(u"abort"_s).toBool() || index >= ctx.steps.size() ||
        !ctx.steps.at(index).toObject().contains(u"experiment"_s) || !ctx.stableRs ||
        s.value(u"stableRS"_s).toString() == ctx.hash)
        return false;
    const QString ns = fields::ns(ctx.rollout);
    const QString rev = revisionOf(*ctx.newRs);
    const QString expName =
        fields::name(ctx.rollout) % u'-' % ctx.hash % u'-' % rev % u'-' % QString::number(index);
    QJsonObject canaryStatus = s.value(u"canary"_s).toObject();
    auto exp = store->get(experimentType().key(), ns, expName);
    if (!exp) {
        const QJsonObject stepExp =
            ctx.steps.at(index).toObject().value(u"experiment"_s).toObject();
        QJsonArray templates;
        for (const QJsonValue &tv : stepExp.value(u"templates"_s).toArray()) {
            const QJsonObject t = tv.toObject();
            const QJsonObject source =
                t.value(u"specRef"_s).toString() == u"stable" ? *ctx.stableRs : *ctx.newRs;
            QJsonObject tmpl = fields::spec(source).value(u"template"_s).toObject();
            QJsonObject tmeta = tmpl.value(u"metadata"_s).toObject();
            QJsonObject labels = tmeta.value(u"labels"_s).toObject();
            labels.remove(HashKey);
            tmeta.insert(u"labels"_s, labels);
            tmpl.insert(u"metadata"_s, tmeta);
            templates.append(QJsonObject{{u"name"_s, t.value(u"name"_s)},
                                         {u"replicas"_s, t.value(u"replicas"_s).toInt(1)},
                                         {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                         {u"template"_s, tmpl}});
        }
        QJsonObject expSpec{{u"templates"_s, templates}};
        if (stepExp.contains(u"duration"_s))
            expSpec.insert(u"duration"_s, stepExp.value(u"duration"_s));
        if (stepExp.contains(u"analyses"_s))
            expSpec.insert(u"analyses"_s, stepExp.value(u"analyses"_s));
        QJsonObject e{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, expName},
                         {u"namespace"_s, ns},
                         {u"labels"_s, QJsonObject{{HashKey, ctx.hash}}},
                         {u"annotations"_s, QJsonObject{{RevisionKey, rev}}},
                         {u"ownerReferences"_s, QJsonArray{fields::ownerReference(ctx.rollout)}}}},
            {u"spec"_s, expSpec}};
        store->create(experimentType(), e);
        canaryStatus.insert(u"currentExperiment"_s, expName);
        s.insert(u"canary"_s, canaryStatus);
        persist(ctx);
        return true;
    }
    const QString phase = fields::status(*exp).value(u"phase"_s).toString();
    if (phase == u"Failed" || phase == u"Error") {
        s.insert(u"abort"_s, true);
        ctx.abortDetail = u"Experiment \"%1\" failed"_s.arg(expName);
        persist(ctx);
        return true;
    }
    if (canaryStatus.value(u"currentExperiment"_s).toString() != expName) {
        canaryStatus.insert(u"currentExperiment"_s, expName);
        s.insert(u"canary"_s, canaryStatus);
        persist(ctx);
        return true;
    }
    return false;
}

void RolloutController::reconcileCanary(Context &ctx)
{
    if (reconcileAnalysis(ctx) || reconcileExperiment(ctx))
        return;
    QJsonObject &s = ctx.newStatus;
    const QJsonObject canarySpec =
        ctx.spec.value(u"strategy"_s).toObject().value(u"canary"_s).toObject();
    const QString stableHash = s.value(u"stableRS"_s).toString();
    const bool stableIsNew = ctx.stableRs && hashOf(*ctx.stableRs) == ctx.hash;
    const bool promoteFull = s.value(u"promoteFull"_s).toBool();
    const bool aborted = s.value(u"abort"_s).toBool();
    const int n = int(ctx.steps.size());
    const int weight = (promoteFull || stableHash.isEmpty() || stableHash == ctx.hash)
                           ? 100
                           : currentSetWeight(ctx);
    const auto fp = ReplicaMath::resolve(canarySpec.value(u"maxSurge"_s),
                                         canarySpec.value(u"maxUnavailable"_s), ctx.replicas);
    auto [desiredNew, desiredStable] =
        ReplicaMath::approximateWeighted(ctx.replicas, weight, fp.surge);
    if (!ctx.stableRs || stableIsNew) {
        desiredNew = ctx.replicas;
        desiredStable = 0;
    }
    const bool paused = ctx.spec.value(u"paused"_s).toBool() ||
                        !pauseCondition(s, u"InconclusiveAnalysisRun"_s).isEmpty();
    // An abort sends all traffic back to the stable version before any ReplicaSet is resized
    // (the controller's stable keeps its full size behind a router).
    if (aborted && canarySpec.contains(u"trafficRouting"_s))
        reconcileTrafficRouting(ctx, desiredNew);
    if (!paused) {
        const auto counts = [](const QJsonObject &rs) {
            return ReplicaMath::RsCounts{fields::specReplicas(rs, 0),
                                         fields::statusInt(rs, "availableReplicas"),
                                         fields::statusInt(rs, "replicas")};
        };
        int otherSpec = 0;
        for (const QJsonObject &rs : std::as_const(ctx.others))
            otherSpec += fields::specReplicas(rs, 0);
        const auto [newCount, stableCount] = ReplicaMath::basicCanaryCounts(
            ctx.replicas, weight, fp, counts(*ctx.newRs),
            ctx.stableRs ? std::optional(counts(*ctx.stableRs)) : std::nullopt, stableIsNew,
            otherSpec);
        // One ReplicaSet per reconcile: stable first, then new, then the others.
        if (ctx.stableRs && !stableIsNew && scaleReplicaSet(ctx, *ctx.stableRs, stableCount)) {
            persist(ctx);
            return;
        }
        if (scaleReplicaSet(ctx, *ctx.newRs, newCount)) {
            persist(ctx);
            return;
        }
        if (otherSpec > 0) {
            const int minAvailable = ctx.replicas - fp.unavailable;
            int totalAvailable = 0;
            for (const QJsonObject &rs : std::as_const(ctx.replicaSets))
                totalAvailable += fields::statusInt(rs, "availableReplicas");
            int budget = totalAvailable - minAvailable;
            QList<QJsonObject> others = ctx.others;
            std::sort(others.begin(), others.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return revisionNumber(a) > revisionNumber(b);
            });
            bool changed = false;
            for (const QJsonObject &rs : std::as_const(others)) {
                int target = fields::specReplicas(rs, 0);
                if (target == 0)
                    continue;
                target = std::min(target, fields::statusInt(rs, "availableReplicas"));
                const int cut = std::min(target, std::max(0, budget));
                target -= cut;
                budget -= cut;
                changed |= scaleReplicaSet(ctx, rs, target);
            }
            if (changed) {
                persist(ctx);
                return;
            }
        }
    }
    // Like the controller, traffic moves only in a pass that resized nothing.
    if (canarySpec.contains(u"trafficRouting"_s))
        reconcileTrafficRouting(ctx, desiredNew);
    pointService(ctx, canarySpec.value(u"stableService"_s).toString(), stableHash);
    pointService(ctx, canarySpec.value(u"canaryService"_s).toString(), ctx.hash);
    int index = s.value(u"currentStepIndex"_s).toInt(0);
    // Pause steps add the CanaryPauseStep pause condition.
    if (!ctx.spec.value(u"paused"_s).toBool() && !promoteFull && !aborted && index < n &&
        stableHash != ctx.hash && ctx.steps.at(index).toObject().contains(u"pause"_s) &&
        pauseCondition(s, u"CanaryPauseStep"_s).isEmpty() &&
        !s.value(u"controllerPause"_s).toBool()) {
        addPauseCondition(s, u"CanaryPauseStep"_s);
        m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutPaused"_s,
                                    u"Rollout is paused (CanaryPauseStep)"_s);
        const QJsonValue d =
            ctx.steps.at(index).toObject().value(u"pause"_s).toObject().value(u"duration"_s);
        if (!d.isUndefined() && !d.isNull() && durationSeconds(d) >= 0)
            requeueAfterSimSeconds(ctx, durationSeconds(d));
        persist(ctx);
        return;
    }
    // Status sync: full promotion, abort bookkeeping, step advancement.
    if (promoteFull) {
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
        s.remove(u"abort"_s);
        if (n > 0)
            s.insert(u"currentStepIndex"_s, n);
        index = n;
    }
    QString reason;
    if (stableHash.isEmpty())
        reason = u"Initial deploy"_s;
    else if (s.value(u"abort"_s).toBool() || stableHash == ctx.hash)
        reason.clear();
    else if (fields::statusInt(*ctx.newRs, "availableReplicas") < ctx.replicas)
        reason.clear();
    else if (promoteFull)
        reason = u"Full promotion requested"_s;
    else if (n == 0 || index >= n)
        reason = u"Completed all %1 canary steps"_s.arg(n);
    if (!reason.isEmpty()) {
        s.insert(u"stableRS"_s, ctx.hash);
        if (n > 0)
            s.insert(u"currentStepIndex"_s, n);
        for (const QString &k : {u"pauseConditions"_s, u"controllerPause"_s, u"abort"_s,
                                 u"abortedAt"_s, u"promoteFull"_s})
            s.remove(k);
        m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutCompleted"_s,
                                    u"Rollout completed update to revision %1 (%2): %3"_s.arg(
                                        revisionOf(*ctx.newRs), ctx.hash, reason));
        persist(ctx);
        return;
    }
    if (!s.value(u"abort"_s).toBool() && index < n && stableHash != ctx.hash &&
        stepComplete(ctx, index, desiredNew, desiredStable)) {
        const QJsonObject step = ctx.steps.at(index).toObject();
        s.insert(u"currentStepIndex"_s, index + 1);
        QJsonObject canaryStatus = s.value(u"canary"_s).toObject();
        canaryStatus.remove(u"currentStepAnalysisRunStatus"_s);
        if (step.contains(u"experiment"_s))
            canaryStatus.remove(u"currentExperiment"_s);
        s.insert(u"canary"_s, canaryStatus);
        removePauseCondition(s, u"CanaryPauseStep"_s);
        if (pauseConditions(s).isEmpty())
            s.remove(u"controllerPause"_s);
        m_manager->events()->record(
            ctx.rollout, u"Normal"_s, u"RolloutStepCompleted"_s,
            u"Rollout step %1/%2 completed (%3)"_s.arg(index + 1).arg(n).arg(stepText(step)));
    }
    persist(ctx);
}

void RolloutController::reconcileBlueGreen(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    QJsonObject &s = ctx.newStatus;
    const QJsonObject bgSpec =
        ctx.spec.value(u"strategy"_s).toObject().value(u"blueGreen"_s).toObject();
    QJsonObject bgStatus = s.value(u"blueGreen"_s).toObject();
    const QString stableHash = s.value(u"stableRS"_s).toString();
    const QString active = bgStatus.value(u"activeSelector"_s).toString();
    const int R = ctx.replicas;
    const double scaleDownDelay = bgSpec.value(u"scaleDownDelaySeconds"_s).toDouble(30);
    const auto commit = [&] {
        s.insert(u"blueGreen"_s, bgStatus);
        // The services follow the selectors, as the controller points them.
        pointService(ctx, bgSpec.value(u"activeService"_s).toString(),
                     bgStatus.value(u"activeSelector"_s).toString());
        pointService(ctx, bgSpec.value(u"previewService"_s).toString(),
                     bgStatus.value(u"previewSelector"_s).toString());
        persist(ctx);
    };
    // Older ReplicaSets wait out their scale-down deadline, then go to zero.
    const auto scaleDownOld = [&](const QList<QJsonObject> &rsList, double delaySeconds) {
        for (const QJsonObject &rs : rsList) {
            if (fields::specReplicas(rs, 0) == 0)
                continue;
            const QString deadline = fields::annotation(rs, u"scale-down-deadline"_s);
            if (deadline.isEmpty()) {
                QJsonObject updated = rs;
                const QDateTime at =
                    QDateTime::currentDateTimeUtc().addMSecs(m_manager->realMs(delaySeconds));
                fields::setAnnotation(updated, u"scale-down-deadline"_s, at.toString(Qt::ISODate));
                store->update(rsType(), updated, ClusterStore::Scope::Main, false);
                requeueAfterSimSeconds(ctx, delaySeconds);
                return true;
            }
            const QDateTime at = QDateTime::fromString(deadline, Qt::ISODate);
            if (at <= QDateTime::currentDateTimeUtc()) {
                if (scaleReplicaSet(ctx, rs, 0))
                    return true;
            } else {
                m_manager->enqueueAfter(ControllerManager::Kind::Rollout, fields::ns(ctx.rollout),
                                        fields::name(ctx.rollout),
                                        int(QDateTime::currentDateTimeUtc().msecsTo(at)) + 10);
            }
        }
        return false;
    };

    if (stableHash.isEmpty() || stableHash == ctx.hash) {
        if (scaleReplicaSet(ctx, *ctx.newRs, R)) {
            commit();
            return;
        }
        bgStatus.insert(u"activeSelector"_s, ctx.hash);
        bgStatus.insert(u"previewSelector"_s, ctx.hash);
        if (stableHash.isEmpty()) {
            s.insert(u"stableRS"_s, ctx.hash);
            m_manager->events()->record(
                ctx.rollout, u"Normal"_s, u"RolloutCompleted"_s,
                u"Rollout completed update to revision %1 (%2): Initial deploy"_s.arg(
                    revisionOf(*ctx.newRs), ctx.hash));
        }
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
        s.remove(u"promoteFull"_s);
        scaleDownOld(ctx.others, scaleDownDelay);
        commit();
        return;
    }
    if (s.value(u"abort"_s).toBool()) {
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
        if (ctx.stableRs && scaleReplicaSet(ctx, *ctx.stableRs, R)) {
            commit();
            return;
        }
        const double abortDelay = bgSpec.value(u"abortScaleDownDelaySeconds"_s).toDouble(30);
        if (abortDelay > 0)
            scaleDownOld({*ctx.newRs}, abortDelay);
        commit();
        return;
    }
    // An update in progress: preview first.
    if (ctx.stableRs && scaleReplicaSet(ctx, *ctx.stableRs, R)) {
        commit();
        return;
    }
    const int preview = bgSpec.value(u"previewReplicaCount"_s).isDouble()
                            ? bgSpec.value(u"previewReplicaCount"_s).toInt()
                            : R;
    const bool promoted =
        s.value(u"controllerPause"_s).toBool() && pauseCondition(s, u"BlueGreenPause"_s).isEmpty();
    const int target =
        (active == ctx.hash || promoted || s.value(u"promoteFull"_s).toBool()) ? R : preview;
    if (scaleReplicaSet(ctx, *ctx.newRs, target)) {
        commit();
        return;
    }
    bgStatus.insert(u"previewSelector"_s, ctx.hash);
    if (fields::statusInt(*ctx.newRs, "availableReplicas") < target) {
        commit();
        return;
    }
    if (active != ctx.hash) {
        const bool autoPromotion = bgSpec.value(u"autoPromotionEnabled"_s).toBool(true);
        const double autoSeconds = bgSpec.value(u"autoPromotionSeconds"_s).toDouble(0);
        const bool needPause =
            !s.value(u"promoteFull"_s).toBool() && (!autoPromotion || autoSeconds > 0);
        if (ctx.spec.value(u"paused"_s).toBool()) {
            commit();
            return;
        }
        if (needPause && !promoted) {
            const QJsonObject cond = pauseCondition(s, u"BlueGreenPause"_s);
            if (cond.isEmpty()) {
                addPauseCondition(s, u"BlueGreenPause"_s);
                m_manager->events()->record(ctx.rollout, u"Normal"_s, u"RolloutPaused"_s,
                                            u"Rollout is paused (BlueGreenPause)"_s);
                if (autoSeconds > 0)
                    requeueAfterSimSeconds(ctx, autoSeconds);
                commit();
                return;
            }
            const double elapsed =
                m_manager->simSecondsSince(cond.value(u"startTime"_s).toString());
            if (!(autoPromotion && autoSeconds > 0 && elapsed >= autoSeconds)) {
                if (autoPromotion && autoSeconds > 0)
                    requeueAfterSimSeconds(ctx, autoSeconds - elapsed);
                commit();
                return;
            }
        }
        bgStatus.insert(u"activeSelector"_s, ctx.hash);
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
        s.remove(u"promoteFull"_s);
        commit();
        return;
    }
    // Active switched: the new ReplicaSet becomes stable and the old one waits, then scales down.
    s.insert(u"stableRS"_s, ctx.hash);
    m_manager->events()->record(
        ctx.rollout, u"Normal"_s, u"RolloutCompleted"_s,
        u"Rollout completed update to revision %1 (%2): Completed blue-green update"_s.arg(
            revisionOf(*ctx.newRs), ctx.hash));
    commit();
}

void RolloutController::pointService(const Context &ctx, const QString &service,
                                     const QString &hash)
{
    if (service.isEmpty() || hash.isEmpty())
        return;
    const ApiResource &svcType = *ApiResource::find(QString(), u"services"_s);
    const auto svc = m_manager->store()->get(svcType.key(), fields::ns(ctx.rollout), service);
    if (!svc)
        return;
    QJsonObject updated = *svc;
    QJsonObject spec = fields::spec(updated);
    QJsonObject selector = spec.value(u"selector"_s).toObject();
    if (selector.value(HashKey).toString() == hash)
        return;
    selector.insert(HashKey, hash);
    spec.insert(u"selector"_s, selector);
    updated.insert(u"spec"_s, spec);
    m_manager->store()->update(svcType, updated, ClusterStore::Scope::Main, false);
}

void RolloutController::updateCounters(Context &ctx)
{
    ClusterStore *store = m_manager->store();
    int replicas = 0;
    int ready = 0;
    int available = 0;
    int updated = 0;
    // Read the ReplicaSets fresh: this pass may have resized one.
    for (const QJsonObject &stale : std::as_const(ctx.replicaSets)) {
        const QJsonObject rs =
            store->get(rsType().key(), fields::ns(stale), fields::name(stale)).value_or(stale);
        replicas += fields::statusInt(rs, "replicas");
        ready += fields::statusInt(rs, "readyReplicas");
        available += fields::statusInt(rs, "availableReplicas");
        if (hashOf(rs) == ctx.hash)
            updated = fields::statusInt(rs, "replicas");
    }
    QJsonObject &s = ctx.newStatus;
    s.insert(u"replicas"_s, replicas);
    s.insert(u"readyReplicas"_s, ready);
    s.insert(u"availableReplicas"_s, available);
    s.insert(u"updatedReplicas"_s, updated);
    s.insert(u"HPAReplicas"_s, replicas);
    s.insert(u"selector"_s,
             LabelSelector::fromObject(ctx.spec.value(u"selector"_s).toObject()).toString());
    s = stripZero(s, {u"replicas"_s, u"readyReplicas"_s, u"availableReplicas"_s,
                      u"updatedReplicas"_s, u"HPAReplicas"_s});
}

void RolloutController::calculateConditions(Context &ctx)
{
    QJsonObject &s = ctx.newStatus;
    const QJsonObject &old = ctx.status;
    const int R = ctx.replicas;
    const bool isPaused = !pauseConditions(s).isEmpty() || ctx.spec.value(u"paused"_s).toBool();
    const bool aborted = s.value(u"abort"_s).toBool();
    const QString generation =
        QString::number(fields::meta(ctx.rollout).value(u"generation"_s).toInteger(1));
    const QString rsName = ctx.newRs ? fields::name(*ctx.newRs) : QString();
    const int n = int(ctx.steps.size());
    const bool stableIsCurrent =
        !s.value(u"stableRS"_s).toString().isEmpty() &&
        s.value(u"stableRS"_s).toString() == s.value(u"currentPodHash"_s).toString();
    const bool countsDone = s.value(u"updatedReplicas"_s).toInt() == R &&
                            s.value(u"availableReplicas"_s).toInt() == R &&
                            s.value(u"replicas"_s).toInt() == R;
    const bool stepsDone = !ctx.canary || !s.contains(u"currentStepIndex"_s) ||
                           s.value(u"currentStepIndex"_s).toInt() >= n;
    const bool activeIsCurrent =
        ctx.canary || s.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s).toString() ==
                          s.value(u"currentPodHash"_s).toString();
    const bool complete = countsDone && stableIsCurrent && stepsDone && activeIsCurrent;
    const bool healthy = complete && old.value(u"observedGeneration"_s).toString() == generation;

    if (!isPaused && healthy)
        setCondition(s, u"Healthy"_s, u"True"_s, u"RolloutHealthy"_s, u"Rollout is healthy"_s);
    else if (!findCondition(s, u"Healthy"_s).isEmpty())
        setCondition(s, u"Healthy"_s, u"False"_s, u"RolloutHealthy"_s, u"Rollout is not healthy"_s);

    const QJsonObject prog = findCondition(s, u"Progressing"_s);
    const bool progress = old.value(u"currentStepIndex"_s) != s.value(u"currentStepIndex"_s) ||
                          old.value(u"stableRS"_s) != s.value(u"stableRS"_s) ||
                          old.value(u"currentStepHash"_s) != s.value(u"currentStepHash"_s) ||
                          old.value(u"updatedReplicas"_s) != s.value(u"updatedReplicas"_s) ||
                          old.value(u"readyReplicas"_s) != s.value(u"readyReplicas"_s) ||
                          old.value(u"availableReplicas"_s) != s.value(u"availableReplicas"_s) ||
                          old.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s) !=
                              s.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s) ||
                          old.value(u"blueGreen"_s).toObject().value(u"previewSelector"_s) !=
                              s.value(u"blueGreen"_s).toObject().value(u"previewSelector"_s);
    const int index = s.value(u"currentStepIndex"_s).toInt(0);
    const QJsonObject currentStep = index < n ? ctx.steps.at(index).toObject() : QJsonObject();
    const bool indefinite = isPaused || aborted || currentStep.contains(u"pause"_s) ||
                            currentStep.contains(u"analysis"_s) ||
                            currentStep.contains(u"experiment"_s);
    if (aborted) {
        QString message = u"Rollout aborted update to revision %1"_s.arg(revisionOf(ctx.rollout));
        if (!ctx.abortDetail.isEmpty())
            message += u": "_s % ctx.abortDetail;
        if (setCondition(s, u"Progressing"_s, u"False"_s, u"RolloutAborted"_s, message))
            m_manager->events()->record(ctx.rollout, u"Warning"_s, u"RolloutAborted"_s, message);
    } else if (complete) {
        setCondition(s, u"Progressing"_s, u"True"_s, u"NewReplicaSetAvailable"_s,
                     u"ReplicaSet \"%1\" has successfully progressed."_s.arg(rsName));
    } else if (progress) {
        setCondition(s, u"Progressing"_s, u"True"_s, u"ReplicaSetUpdated"_s,
                     u"ReplicaSet \"%1\" is progressing."_s.arg(rsName), true);
    } else if (!indefinite && prog.value(u"status"_s).toString() == u"True" &&
               prog.value(u"reason"_s).toString() != u"NewReplicaSetAvailable") {
        const QJsonValue dl = ctx.spec.value(u"progressDeadlineSeconds"_s);
        const double deadline = dl.isDouble() ? dl.toDouble() : 600;
        const double elapsed =
            m_manager->simSecondsSince(prog.value(u"lastUpdateTime"_s).toString());
        if (elapsed >= deadline) {
            const QString message = u"ReplicaSet \"%1\" has timed out progressing."_s.arg(rsName);
            setCondition(s, u"Progressing"_s, u"False"_s, u"ProgressDeadlineExceeded"_s, message);
            m_manager->events()->record(ctx.rollout, u"Warning"_s, u"ProgressDeadlineExceeded"_s,
                                        message);
            if (ctx.spec.value(u"progressDeadlineAbort"_s).toBool()) {
                s.insert(u"abort"_s, true);
                ctx.abortDetail = message;
            }
        } else {
            requeueAfterSimSeconds(ctx, deadline - elapsed);
        }
    }
    if (!findCondition(s, u"Progressing"_s).isEmpty() ||
        !findCondition(s, u"Available"_s).isEmpty() || R > 0) {
        if (s.value(u"availableReplicas"_s).toInt() >= R)
            setCondition(s, u"Available"_s, u"True"_s, u"AvailableReason"_s,
                         u"Rollout has minimum availability"_s);
        else
            setCondition(s, u"Available"_s, u"False"_s, u"AvailableReason"_s,
                         u"Rollout does not have minimum availability"_s);
    }
    setCondition(s, u"Completed"_s, stableIsCurrent ? u"True"_s : u"False"_s, u"RolloutCompleted"_s,
                 u"RolloutCompleted"_s);
}

void RolloutController::persist(Context &ctx)
{
    QJsonObject &s = ctx.newStatus;
    const int n = int(ctx.steps.size());
    if (s.value(u"abort"_s).toBool()) {
        // Aborted: pauses are dropped, the index goes back to 0 (or stays at the end if stable).
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
        if (!s.contains(u"abortedAt"_s))
            s.insert(u"abortedAt"_s, ClusterStore::now());
        if (ctx.canary && n > 0)
            s.insert(u"currentStepIndex"_s,
                     s.value(u"stableRS"_s).toString() == s.value(u"currentPodHash"_s).toString()
                         ? n
                         : 0);
    } else {
        s.remove(u"abortedAt"_s);
    }
    updateCounters(ctx);
    if (ctx.newRs)
        calculateConditions(ctx);
    if (s.value(u"abort"_s).toBool()) {
        s.remove(u"pauseConditions"_s);
        s.remove(u"controllerPause"_s);
    }
    s.insert(u"observedGeneration"_s,
             QString::number(fields::meta(ctx.rollout).value(u"generation"_s).toInteger(1)));
    const auto [phase, message] = calculatePhase(ctx.spec, s);
    s.insert(u"phase"_s, phase);
    s.insert(u"message"_s, message);
    if (s == ctx.status)
        return;
    QJsonObject updated = ctx.rollout;
    updated.insert(u"status"_s, s);
    m_manager->store()->update(rolloutType(), updated, ClusterStore::Scope::Status, false);
}

} // namespace rd::sim
