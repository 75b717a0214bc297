#include "core/ObjectTrimmer.h"

#include <QJsonArray>

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

using Fields = std::initializer_list<QStringView>;

// The listed fields of `from` that are present, values as they are (a value of the wrong type
// stays, so the typed view still reports it).
QJsonObject pick(const QJsonObject &from, Fields fields)
{
    QJsonObject out;
    for (QStringView field : fields) {
        const auto it = from.constFind(field);
        if (it != from.constEnd())
            out.insert(field.toString(), *it);
    }
    return out;
}

// Applies `slim` to every object of an array; anything else passes through.
template <typename Slim> QJsonValue slimEach(const QJsonValue &value, Slim slim)
{
    if (!value.isArray())
        return value;
    QJsonArray out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.isObject() ? QJsonValue(slim(item.toObject())) : item);
    return out;
}

// Replaces field `key` of `object` (when it is an object) by `slim` of it.
template <typename Slim> void slimField(QJsonObject &object, QStringView key, Slim slim)
{
    const auto it = object.find(key);
    if (it != object.end() && it->isObject())
        *it = slim(it->toObject());
}

template <typename Slim> void slimArrayField(QJsonObject &object, QStringView key, Slim slim)
{
    const auto it = object.find(key);
    if (it != object.end())
        *it = slimEach(*it, slim);
}

// name, image and restartPolicy (a native sidecar) are all that the pod status, the images and
// the Set Image dialog read of a container.
QJsonObject slimContainer(const QJsonObject &c)
{
    return pick(c, {u"name", u"image", u"restartPolicy"});
}

QJsonObject slimPodSpec(const QJsonObject &spec)
{
    QJsonObject out = pick(spec, {u"containers", u"initContainers", u"ephemeralContainers"});
    for (QStringView key : {u"containers", u"initContainers", u"ephemeralContainers"})
        slimArrayField(out, key, slimContainer);
    return out;
}

// What ObjectMeta::read takes, less kubectl's last-applied-configuration annotation (a copy of
// the whole object). Gone: managedFields, generateName, finalizers and the like.
QJsonObject slimMeta(const QJsonObject &meta)
{
    QJsonObject out = pick(meta, {u"name", u"namespace", u"uid", u"resourceVersion", u"generation",
                                  u"creationTimestamp", u"deletionTimestamp", u"labels",
                                  u"annotations", u"ownerReferences"});
    slimField(out, u"annotations", [](QJsonObject annotations) {
        annotations.remove(u"kubectl.kubernetes.io/last-applied-configuration"_s);
        return annotations;
    });
    slimArrayField(out, u"ownerReferences", [](const QJsonObject &ref) {
        return pick(ref, {u"apiVersion", u"kind", u"name", u"uid", u"controller"});
    });
    return out;
}

// What ContainerStatus::read takes.
QJsonObject slimContainerStatus(const QJsonObject &status)
{
    QJsonObject out = pick(status, {u"name", u"ready", u"restartCount", u"started", u"state"});
    slimField(out, u"state", [](const QJsonObject &state) {
        QJsonObject s = pick(state, {u"waiting", u"running", u"terminated"});
        slimField(s, u"waiting", [](const QJsonObject &w) { return pick(w, {u"reason"}); });
        // Only whether it runs is read; startedAt changes nothing shown.
        slimField(s, u"running", [](const QJsonObject &) { return QJsonObject(); });
        slimField(s, u"terminated", [](const QJsonObject &t) {
            return pick(t, {u"reason", u"exitCode", u"signal"});
        });
        return s;
    });
    return out;
}

QJsonObject slimPod(const QJsonObject &pod)
{
    QJsonObject out = pick(pod, {u"apiVersion", u"kind", u"metadata", u"spec", u"status"});
    slimField(out, u"metadata", slimMeta);
    slimField(out, u"spec", slimPodSpec);
    slimField(out, u"status", [](const QJsonObject &status) {
        QJsonObject s =
            pick(status, {u"phase", u"reason", u"initContainerStatuses", u"containerStatuses"});
        slimArrayField(s, u"initContainerStatuses", slimContainerStatus);
        slimArrayField(s, u"containerStatuses", slimContainerStatus);
        return s;
    });
    return out;
}

QJsonObject slimReplicaSet(const QJsonObject &rs)
{
    QJsonObject out = pick(rs, {u"apiVersion", u"kind", u"metadata", u"spec", u"status"});
    slimField(out, u"metadata", slimMeta);
    slimField(out, u"spec", [](const QJsonObject &spec) {
        QJsonObject s = pick(spec, {u"replicas", u"template"});
        slimField(s, u"template", [](QJsonObject tmpl) {
            slimField(tmpl, u"spec", slimPodSpec);
            return tmpl;
        });
        return s;
    });
    slimField(out, u"status", [](const QJsonObject &status) {
        return pick(status, {u"replicas", u"availableReplicas", u"readyReplicas",
                             u"observedGeneration", u"conditions"});
    });
    return out;
}

} // namespace

QJsonObject ObjectTrimmer::trim(QJsonObject object, const QString &kind)
{
    if (kind == u"Pod")
        return slimPod(object);
    if (kind == u"ReplicaSet")
        return slimReplicaSet(object);
    auto metaIt = object.find(u"metadata"_s);
    if (metaIt != object.end() && metaIt->isObject()) {
        QJsonObject meta = metaIt->toObject();
        meta.remove(u"managedFields"_s);
        auto annIt = meta.find(u"annotations"_s);
        if (annIt != meta.end() && annIt->isObject()) {
            QJsonObject annotations = annIt->toObject();
            if (annotations.contains(u"kubectl.kubernetes.io/last-applied-configuration"_s)) {
                annotations.remove(u"kubectl.kubernetes.io/last-applied-configuration"_s);
                *annIt = annotations;
            }
        }
        *metaIt = meta;
    }
    return object;
}

} // namespace rd::core
