#include "core/ObjectTrimmer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// name, image and restartPolicy (a native sidecar) are all that the pod status, the images and
// the Set Image dialog read of a container.
QJsonArray slimContainers(const QJsonArray &containers)
{
    QJsonArray out;
    for (const QJsonValue &value : containers) {
        const QJsonObject c = value.toObject();
        QJsonObject slim;
        for (const QString &field : {u"name"_s, u"image"_s, u"restartPolicy"_s}) {
            const auto it = c.constFind(field);
            if (it != c.constEnd())
                slim.insert(field, *it);
        }
        out.append(slim);
    }
    return out;
}

QJsonObject slimPodSpec(const QJsonObject &spec)
{
    QJsonObject out;
    for (const QString &field : {u"containers"_s, u"initContainers"_s, u"ephemeralContainers"_s}) {
        const auto it = spec.constFind(field);
        if (it != spec.constEnd())
            out.insert(field, slimContainers(it->toArray()));
    }
    return out;
}

} // namespace

QJsonObject ObjectTrimmer::trim(QJsonObject object, const QString &kind)
{
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
    if (kind == u"Pod") {
        auto specIt = object.find(u"spec"_s);
        if (specIt != object.end() && specIt->isObject())
            *specIt = slimPodSpec(specIt->toObject());
    } else if (kind == u"ReplicaSet") {
        auto specIt = object.find(u"spec"_s);
        if (specIt != object.end() && specIt->isObject()) {
            QJsonObject spec = specIt->toObject();
            auto tmplIt = spec.find(u"template"_s);
            if (tmplIt != spec.end() && tmplIt->isObject()) {
                QJsonObject tmpl = tmplIt->toObject();
                auto podSpecIt = tmpl.find(u"spec"_s);
                if (podSpecIt != tmpl.end() && podSpecIt->isObject())
                    *podSpecIt = slimPodSpec(podSpecIt->toObject());
                *tmplIt = tmpl;
            }
            *specIt = spec;
        }
    }
    return object;
}

} // namespace rd::core
