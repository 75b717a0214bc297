#include "core/actions/RolloutActions.h"

#include "core/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

PatchRequest merge(PatchRequest::Target target, const QByteArray &body)
{
    PatchRequest r;
    r.target = target;
    r.body = body;
    return r;
}

QJsonObject obj(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject();
}

const QString kHashLabel = u"rollouts-pod-template-hash"_s;
const QString kRevisionAnnotation = u"rollout.argoproj.io/revision"_s;

} // namespace

PatchRequest RolloutActions::abort()
{
    return merge(PatchRequest::Target::Status, R"({"status":{"abort":true}})"_ba);
}

PatchRequest RolloutActions::retry()
{
    return merge(PatchRequest::Target::Status, R"({"status":{"abort":false}})"_ba);
}

PatchRequest RolloutActions::pause()
{
    return merge(PatchRequest::Target::Main, R"({"spec":{"paused":true}})"_ba);
}

PatchRequest RolloutActions::terminate()
{
    return merge(PatchRequest::Target::Main, R"({"spec":{"terminate":true}})"_ba);
}

PatchRequest RolloutActions::retryExperiment()
{
    return merge(PatchRequest::Target::Main, R"({"status":null})"_ba);
}

PatchRequest RolloutActions::resume()
{
    return merge(PatchRequest::Target::Main, R"({"spec":{"paused":false}})"_ba);
}

PatchRequest RolloutActions::restart(const QDateTime &at)
{
    const QByteArray ts = at.toUTC().toString(Qt::ISODate).toLatin1(); // seconds, "Z"
    return merge(PatchRequest::Target::Main, R"({"spec":{"restartAt":")"_ba + ts + R"("}})"_ba);
}

Result<PromotePlan> RolloutActions::promote(const QJsonObject &rollout, PromoteMode mode)
{
    const QJsonObject spec = obj(rollout, u"spec"_s);
    const QJsonObject status = obj(rollout, u"status"_s);
    const QJsonObject strategy = obj(spec, u"strategy"_s);
    const bool canary = strategy.contains(u"canary"_s) && !strategy.value(u"canary"_s).isNull();
    const bool blueGreen =
        strategy.contains(u"blueGreen"_s) && !strategy.value(u"blueGreen"_s).isNull();
    const qint64 n = obj(strategy, u"canary"_s).value(u"steps"_s).toArray().size();
    const qint64 i = status.value(u"currentStepIndex"_s).toInteger(0);
    const qint64 next = i < n ? i + 1 : i;
    const bool paused = spec.value(u"paused"_s).toBool();
    const bool hasPauseConditions = !status.value(u"pauseConditions"_s).toArray().isEmpty();
    const QByteArray unpause = R"({"spec":{"paused":false}})"_ba;
    const QByteArray num = QByteArray::number(next);

    PromotePlan p;
    if (mode == PromoteMode::SkipCurrentStep || mode == PromoteMode::SkipAllSteps) {
        if (blueGreen)
            return Error{u"Cannot skip steps of a bluegreen rollout. Run without a flags"_s};
        if (n == 0)
            return Error{u"Cannot skip steps of a rollout without steps"_s};
        const QByteArray idx = mode == PromoteMode::SkipAllSteps ? QByteArray::number(n) : num;
        p.statusPatch = R"({"status":{"currentStepIndex":)"_ba + idx + "}}"_ba;
        p.unifiedPatch = p.statusPatch;
        return p;
    }
    if (mode == PromoteMode::Full) {
        if (paused)
            p.specPatch = unpause;
        if (status.value(u"currentPodHash"_s).toString() != status.value(u"stableRS"_s).toString())
            p.statusPatch = R"({"status":{"promoteFull":true}})"_ba;
        p.unifiedPatch = R"({"spec":{"paused":false},"status":{"promoteFull":true}})"_ba;
        return p;
    }
    if (paused)
        p.specPatch = unpause;
    const bool inconclusive =
        canary && obj(obj(status, u"canary"_s), u"currentStepAnalysisRunStatus"_s)
                          .value(u"status"_s)
                          .toString() == u"Inconclusive"_s;
    if (inconclusive && hasPauseConditions && status.value(u"controllerPause"_s).toBool()) {
        p.statusPatch =
            R"({"status":{"pauseConditions":null, "controllerPause":false, "currentStepIndex":)"_ba +
            num + "}}"_ba;
        p.unifiedPatch = R"({"spec":{"paused":false},"status":{"pauseConditions":null}})"_ba;
    } else if (hasPauseConditions) {
        p.statusPatch = R"({"status":{"pauseConditions":null}})"_ba;
        p.unifiedPatch = R"({"spec":{"paused":false},"status":{"pauseConditions":null}})"_ba;
    } else if (canary && n > 0) {
        p.statusPatch =
            R"({"status":{"pauseConditions":null, "currentStepIndex":)"_ba + num + "}}"_ba;
        p.unifiedPatch =
            R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":)"_ba +
            num + "}}"_ba;
    }
    return p;
}

Result<int> RolloutActions::setImage(QJsonObject &workload, const QString &container,
                                     const QString &image)
{
    QJsonObject spec = obj(workload, u"spec"_s);
    QJsonObject tmpl = obj(spec, u"template"_s);
    QJsonObject podSpec = obj(tmpl, u"spec"_s);
    int changed = 0;
    for (const QString &list : {u"initContainers"_s, u"containers"_s, u"ephemeralContainers"_s}) {
        if (!podSpec.value(list).isArray())
            continue;
        QJsonArray arr = podSpec.value(list).toArray();
        for (qsizetype k = 0; k < arr.size(); ++k) {
            QJsonObject c = arr.at(k).toObject();
            if (container == u"*"_s || c.value(u"name"_s).toString() == container) {
                c.insert(u"image"_s, image);
                arr.replace(k, c);
                ++changed;
            }
        }
        podSpec.insert(list, arr);
    }
    if (changed == 0)
        return Error{u"unable to find container named \"%1\""_s.arg(container)};
    tmpl.insert(u"spec"_s, podSpec);
    spec.insert(u"template"_s, tmpl);
    workload.insert(u"spec"_s, spec);
    return changed;
}

bool RolloutActions::deepDerivative(const QJsonValue &a, const QJsonValue &b)
{
    switch (a.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return a.toString().isEmpty() || a == b;
    case QJsonValue::Double:
        return a.toDouble() == 0 || a == b;
    case QJsonValue::Bool:
        return !a.toBool() || a == b;
    case QJsonValue::Array: {
        const QJsonArray aa = a.toArray();
        const QJsonArray bb = b.toArray();
        if (aa.isEmpty())
            return true;
        if (aa.size() != bb.size())
            return false;
        for (qsizetype k = 0; k < aa.size(); ++k) {
            if (!deepDerivative(aa.at(k), bb.at(k)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject ao = a.toObject();
        const QJsonObject bo = b.toObject();
        for (auto it = ao.begin(); it != ao.end(); ++it) {
            if (!deepDerivative(it.value(), bo.value(it.key())))
                return false;
        }
        return true;
    }
    }
    return false;
}

Result<UndoPlan> RolloutActions::undo(const QJsonObject &rollout,
                                      const QList<QJsonObject> &replicaSets, qint64 toRevision)
{
    const QJsonObject meta = obj(rollout, u"metadata"_s);
    const QString uid = meta.value(u"uid"_s).toString();
    const QString name = meta.value(u"name"_s).toString();
    // The plugin's rolloutRevision (kubectl's rollback walk), over the ReplicaSets in the order
    // the API listed them: only those whose controller reference (the first owner reference with
    // `controller: true`) names the rollout; no revision annotation counts as revision 0; an
    // annotation that is not a plain integer (strconv.ParseInt) leaves the ReplicaSet out. (These
    // edge cases are new relative to spec §3.7; issue 12.)
    const QJsonObject *latest = nullptr;
    const QJsonObject *previous = nullptr;
    qint64 latestRevision = -1;
    qint64 previousRevision = -1;
    const QJsonObject *pick = nullptr;
    qint64 pickRevision = 0;
    for (const QJsonObject &rs : replicaSets) {
        const QJsonObject rsMeta = obj(rs, u"metadata"_s);
        QString controllerUid;
        bool hasController = false;
        for (const auto &ref : rsMeta.value(u"ownerReferences"_s).toArray()) {
            const QJsonObject r = ref.toObject();
            if (r.value(u"controller"_s).toBool()) {
                controllerUid = r.value(u"uid"_s).toString();
                hasController = true;
                break;
            }
        }
        if (!hasController || controllerUid != uid)
            continue;
        const QJsonObject annotations = obj(rsMeta, u"annotations"_s);
        qint64 revision = 0;
        if (annotations.contains(kRevisionAnnotation)) {
            const auto parsed = parseGoInt(annotations.value(kRevisionAnnotation).toString());
            if (!parsed)
                continue;
            revision = *parsed;
        }
        if (toRevision == 0) {
            if (latestRevision < revision) {
                previousRevision = latestRevision;
                previous = latest;
                latestRevision = revision;
                latest = &rs;
            } else if (previousRevision < revision) {
                previousRevision = revision;
                previous = &rs;
            }
        } else if (toRevision == revision) {
            pick = &rs;
            pickRevision = revision;
            break;
        }
    }
    if (!pick && toRevision > 0)
        return Error{u"unable to find specified revision %1 in history"_s.arg(toRevision)};
    if (!pick && toRevision == 0 && previous) {
        pick = previous;
        pickRevision = previousRevision;
    }
    if (!pick)
        return Error{u"no revision found for rollout \"%1\""_s.arg(name)};
    QJsonObject tmpl = obj(obj(*pick, u"spec"_s), u"template"_s);
    QJsonObject tmeta = obj(tmpl, u"metadata"_s);
    QJsonObject labels = obj(tmeta, u"labels"_s);
    labels.remove(kHashLabel);
    tmeta.insert(u"labels"_s, labels);
    tmpl.insert(u"metadata"_s, tmeta);

    UndoPlan plan;
    plan.revision = pickRevision;
    const QJsonObject current = obj(obj(rollout, u"spec"_s), u"template"_s);
    if (deepDerivative(current, tmpl)) {
        plan.skip = true;
        plan.message =
            u"skipped rollback (current template already matches revision %1)"_s.arg(toRevision);
        return plan;
    }
    const QJsonArray patch{
        QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/spec/template"_s}, {u"value"_s, tmpl}}};
    plan.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    plan.message = u"rollout '%1' undo"_s.arg(name);
    return plan;
}

} // namespace rd::core
