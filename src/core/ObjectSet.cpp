#include "ObjectSet.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

template <typename T> Result<ObjectSet::Added> decodeInto(QList<T> &list, const QJsonObject &object)
{
    auto decoded = T::fromJson(object);
    if (!decoded)
        return decoded.error();
    list.append(std::move(decoded).value());
    return ObjectSet::Added::Yes;
}

template <typename T> const T *findIn(const QList<T> &list, const QString &ns, const QString &name)
{
    for (const T &item : list) {
        if (item.meta.name == name && item.meta.namespace_ == ns)
            return &item;
    }
    return nullptr;
}

template <typename T> QList<T> filterNamespace(const QList<T> &list, const QString &ns)
{
    if (ns.isEmpty())
        return list;
    QList<T> result;
    for (const T &item : list) {
        if (item.meta.namespace_ == ns)
            result.append(item);
    }
    return result;
}

template <typename T>
Result<ObjectSet::Added> readInto(QList<T> &list, const ParsedJson &parsed, const QString &kind)
{
    auto decoded = T::read(JsonReader(parsed, parsed.describe(kind)));
    if (!decoded)
        return decoded.error();
    list.append(std::move(decoded).value());
    return ObjectSet::Added::Yes;
}

} // namespace

Result<ObjectSet::Added> ObjectSet::addText(const QByteArray &text)
{
    const ParsedJson parsed(text);
    // The same kind and group rules as add(); anything else, and what simdjson refuses, goes
    // there as QJsonDocument reads it.
    if (parsed.isObject()) {
        const QString kind = parsed.topLevelString(u"kind");
        const bool anyGroup = !parsed.hasTopLevel(u"apiVersion");
        const QString group = parsed.topLevelString(u"apiVersion").section(u'/', 0, -2);
        if (kind == u"ReplicaSet" && (anyGroup || group == u"apps" || group == u"extensions"))
            return readInto(replicaSets, parsed, kind);
        if (kind == u"Pod" && group.isEmpty())
            return readInto(pods, parsed, kind);
    }
    return add(QJsonDocument::fromJson(text).object());
}

Result<ObjectSet::Added> ObjectSet::add(const QJsonObject &object)
{
    const QJsonValue kindValue = object.value(u"kind");
    if (!kindValue.isUndefined() && !kindValue.isString())
        return Error{u"an object's kind must be a string"_s};
    const QString kind = kindValue.toString();
    const QString group = object.value(u"apiVersion").toString().section(u'/', 0, -2);
    // Without an apiVersion the kind alone decides (hand-written snapshots often omit it).
    const bool anyGroup = !object.contains(u"apiVersion");
    if (kind == u"Rollout" && (anyGroup || group == u"argoproj.io"))
        return decodeInto(rollouts, object);
    if (kind == u"ReplicaSet" && (anyGroup || group == u"apps" || group == u"extensions"))
        return decodeInto(replicaSets, object);
    if (kind == u"Pod" && group.isEmpty())
        return decodeInto(pods, object);
    if (kind == u"Experiment" && (anyGroup || group == u"argoproj.io"))
        return decodeInto(experiments, object);
    if (kind == u"AnalysisRun" && (anyGroup || group == u"argoproj.io"))
        return decodeInto(analysisRuns, object);
    if (kind == u"Deployment" && (anyGroup || group == u"apps" || group == u"extensions"))
        return decodeInto(deployments, object);
    if (kind == u"Event" && (anyGroup || group.isEmpty() || group == u"events.k8s.io")) {
        events.append(object);
        return Added::Yes;
    }
    return Added::IgnoredKind;
}

const Rollout *ObjectSet::findRollout(const QString &ns, const QString &name) const
{
    return findIn(rollouts, ns, name);
}

const Experiment *ObjectSet::findExperiment(const QString &ns, const QString &name) const
{
    return findIn(experiments, ns, name);
}

const Deployment *ObjectSet::findDeployment(const QString &ns, const QString &name) const
{
    return findIn(deployments, ns, name);
}

ObjectSet ObjectSet::inNamespace(const QString &ns) const
{
    ObjectSet result;
    result.rollouts = filterNamespace(rollouts, ns);
    result.replicaSets = filterNamespace(replicaSets, ns);
    result.pods = filterNamespace(pods, ns);
    result.experiments = filterNamespace(experiments, ns);
    result.analysisRuns = filterNamespace(analysisRuns, ns);
    result.deployments = filterNamespace(deployments, ns);
    for (const QJsonObject &event : events) {
        if (ns.isEmpty() ||
            event.value(u"metadata"_s).toObject().value(u"namespace"_s).toString() == ns)
            result.events.append(event);
    }
    return result;
}

qsizetype ObjectSet::size() const
{
    return rollouts.size() + replicaSets.size() + pods.size() + experiments.size() +
           analysisRuns.size() + deployments.size();
}

} // namespace rd::core
