#include "sim/Kubelet.h"

#include "sim/ApiResource.h"
#include "sim/ControllerManager.h"
#include "sim/EventRecorder.h"
#include "sim/ObjectFields.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

constexpr double ScheduleSeconds = 0.5;
constexpr double CreateSeconds = 1.5;
constexpr double BackOffSeconds = 3.0;
constexpr double TerminateSeconds = 2.0;

QJsonObject condition(const QString &type, bool value, const QString &now)
{
    return QJsonObject{{u"type"_s, type},
                       {u"status"_s, value ? u"True"_s : u"False"_s},
                       {u"lastProbeTime"_s, QJsonValue::Null},
                       {u"lastTransitionTime"_s, now}};
}

} // namespace

bool Kubelet::isBadImage(const QString &image)
{
    const qsizetype colon = image.lastIndexOf(u':');
    if (colon < 0 || image.indexOf(u'/', colon) >= 0)
        return false;
    const QString tag = image.mid(colon + 1);
    return tag == u"does-not-exist" || tag == u"bad";
}

void Kubelet::reconcile(const QString &ns, const QString &name)
{
    ClusterStore *store = m_manager->store();
    const ApiResource *podType = ApiResource::find(QString(), u"pods"_s);
    const QString key = ns % u'/' % name;
    const auto pod = store->get(podType->key(), ns, name);
    if (!pod) {
        m_due.remove(key);
        return;
    }
    if (fields::meta(*pod).contains(u"deletionTimestamp"_s)) {
        // Terminating: the containers stop and the pod goes after a short grace.
        const double elapsed =
            m_manager->simSecondsSince(fields::meta(*pod).value(u"deletionTimestamp"_s).toString());
        if (elapsed >= TerminateSeconds) {
            m_due.remove(key);
            store->remove(*podType, ns, name);
        } else {
            m_manager->enqueueAfter(ControllerManager::Kind::Pod, ns, name,
                                    m_manager->realMs(TerminateSeconds - elapsed) + 5);
        }
        return;
    }
    QJsonObject status = fields::status(*pod);
    const QString phase = status.value(u"phase"_s).toString();
    if (phase == u"Running" || phase == u"Succeeded" || phase == u"Failed") {
        // Steady, unless stuck pulling an image.
        bool pulling = false;
        for (const QJsonValue &cs : status.value(u"containerStatuses"_s).toArray())
            pulling = pulling || cs.toObject().value(u"state"_s).toObject().contains(u"waiting"_s);
        if (!pulling) {
            m_due.remove(key);
            return;
        }
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto due = m_due.constFind(key);
    if (due != m_due.constEnd() && *due > nowMs) {
        m_manager->enqueueAfter(ControllerManager::Kind::Pod, ns, name, int(*due - nowMs));
        return;
    }
    const QString now = ClusterStore::now();
    const QJsonArray containers = fields::spec(*pod).value(u"containers"_s).toArray();
    const auto containerStatuses = [&](const QJsonObject &state, bool ready) {
        QJsonArray out;
        for (const QJsonValue &c : containers) {
            const QJsonObject co = c.toObject();
            QJsonObject cs{
                {u"name"_s, co.value(u"name"_s)},
                {u"image"_s, co.value(u"image"_s)},
                {u"imageID"_s, ready ? QJsonValue(u"docker.io/"_s % co.value(u"image"_s).toString())
                                     : QJsonValue(u""_s)},
                {u"ready"_s, ready},
                {u"restartCount"_s, 0},
                {u"started"_s, ready},
                {u"state"_s, state}};
            if (ready)
                cs.insert(u"containerID"_s,
                          QString(u"containerd://"_s %
                                  QString::number(qHash(QString(fields::uid(*pod) %
                                                                co.value(u"name"_s).toString())),
                                                  16)));
            out.append(cs);
        }
        return out;
    };
    bool badImage = false;
    for (const QJsonValue &c : containers)
        badImage = badImage || isBadImage(c.toObject().value(u"image"_s).toString());

    QJsonObject updated = *pod;
    double nextDelay = 0;
    const QString waitingReason = status.value(u"containerStatuses"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"state"_s)
                                      .toObject()
                                      .value(u"waiting"_s)
                                      .toObject()
                                      .value(u"reason"_s)
                                      .toString();
    if (!status.contains(u"conditions"_s)) {
        // Scheduled.
        QJsonObject spec = fields::spec(*pod);
        spec.insert(u"nodeName"_s, u"sim-node-1"_s);
        updated.insert(u"spec"_s, spec);
        status.insert(u"phase"_s, u"Pending"_s);
        status.insert(u"conditions"_s, QJsonArray{condition(u"PodScheduled"_s, true, now)});
        nextDelay = ScheduleSeconds;
    } else if (!status.contains(u"containerStatuses"_s)) {
        status.insert(u"hostIP"_s, u"10.0.0.1"_s);
        status.insert(u"startTime"_s, now);
        status.insert(u"conditions"_s, QJsonArray{condition(u"Initialized"_s, true, now),
                                                  condition(u"Ready"_s, false, now),
                                                  condition(u"ContainersReady"_s, false, now),
                                                  condition(u"PodScheduled"_s, true, now)});
        status.insert(
            u"containerStatuses"_s,
            containerStatuses(
                QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"ContainerCreating"_s}}}},
                false));
        nextDelay = CreateSeconds;
    } else if (badImage) {
        const QString image = containers.at(0).toObject().value(u"image"_s).toString();
        if (waitingReason == u"ContainerCreating" || waitingReason == u"ImagePullBackOff") {
            status.insert(
                u"containerStatuses"_s,
                containerStatuses(
                    QJsonObject{
                        {u"waiting"_s,
                         QJsonObject{
                             {u"reason"_s, u"ErrImagePull"_s},
                             {u"message"_s,
                              u"failed to pull and unpack image \"docker.io/%1\": not found"_s.arg(
                                  image)}}}},
                    false));
            m_manager->events()->record(*pod, u"Warning"_s, u"Failed"_s,
                                        u"Failed to pull image \"%1\": not found"_s.arg(image),
                                        u"kubelet"_s);
            nextDelay = BackOffSeconds;
        } else {
            status.insert(
                u"containerStatuses"_s,
                containerStatuses(
                    QJsonObject{{u"waiting"_s,
                                 QJsonObject{{u"reason"_s, u"ImagePullBackOff"_s},
                                             {u"message"_s,
                                              u"Back-off pulling image \"%1\""_s.arg(image)}}}},
                    false));
            m_manager->events()->record(*pod, u"Normal"_s, u"BackOff"_s,
                                        u"Back-off pulling image \"%1\""_s.arg(image),
                                        u"kubelet"_s);
            nextDelay = BackOffSeconds * 4; // back-off grows; stay a while in ImagePullBackOff
        }
    } else {
        status.insert(u"phase"_s, u"Running"_s);
        status.insert(u"podIP"_s, u"10.244.0.%1"_s.arg(qHash(name) % 250 + 2));
        status.insert(u"conditions"_s, QJsonArray{condition(u"Initialized"_s, true, now),
                                                  condition(u"Ready"_s, true, now),
                                                  condition(u"ContainersReady"_s, true, now),
                                                  condition(u"PodScheduled"_s, true, now)});
        status.insert(u"containerStatuses"_s,
                      containerStatuses(
                          QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, now}}}}, true));
        m_manager->events()->record(
            *pod, u"Normal"_s, u"Started"_s,
            u"Started container %1"_s.arg(containers.at(0).toObject().value(u"name"_s).toString()),
            u"kubelet"_s);
    }
    updated.insert(u"status"_s, status);
    if (nextDelay > 0) {
        const int ms = m_manager->realMs(nextDelay);
        m_due.insert(key, nowMs + ms);
        m_manager->enqueueAfter(ControllerManager::Kind::Pod, ns, name, ms);
    } else {
        m_due.remove(key);
    }
    // Spec (nodeName) and status are both the kubelet's/scheduler's to write here.
    store->update(*podType, updated, ClusterStore::Scope::Everything, false);
}

} // namespace rd::sim
