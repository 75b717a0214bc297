#include "sim/ReplicaSetController.h"

#include "sim/ApiResource.h"
#include "sim/ControllerManager.h"
#include "sim/ObjectFields.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c : fields::status(pod).value(u"conditions"_s).toArray()) {
        const QJsonObject cond = c.toObject();
        if (cond.value(u"type"_s).toString() == u"Ready")
            return cond.value(u"status"_s).toString() == u"True";
    }
    return false;
}

} // namespace

void ReplicaSetController::reconcile(const QString &ns, const QString &name)
{
    ClusterStore *store = m_manager->store();
    const ApiResource *rsType = ApiResource::find(u"apps"_s, u"replicasets"_s);
    const ApiResource *podType = ApiResource::find(QString(), u"pods"_s);
    const auto rs = store->get(rsType->key(), ns, name);
    if (!rs)
        return;
    // Terminating pods no longer count (FilterActivePods).
    QList<QJsonObject> pods;
    for (const QJsonObject &p : store->ownedBy(podType->key(), fields::uid(*rs))) {
        if (!fields::meta(p).contains(u"deletionTimestamp"_s))
            pods.append(p);
    }
    const int want = fields::specReplicas(*rs, 1);
    const int have = int(pods.size());
    if (have < want) {
        const QJsonObject tmpl = fields::spec(*rs).value(u"template"_s).toObject();
        for (int i = have; i < want; ++i) {
            QJsonObject meta = tmpl.value(u"metadata"_s).toObject();
            meta.insert(u"generateName"_s, QString(name % u'-'));
            meta.insert(u"namespace"_s, ns);
            meta.insert(u"ownerReferences"_s, QJsonArray{fields::ownerReference(*rs)});
            QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
            if (!podSpec.contains(u"restartPolicy"_s))
                podSpec.insert(u"restartPolicy"_s, u"Always"_s);
            QJsonObject pod{{u"metadata"_s, meta},
                            {u"spec"_s, podSpec},
                            {u"status"_s, QJsonObject{{u"phase"_s, u"Pending"_s},
                                                      {u"qosClass"_s, u"Burstable"_s}}}};
            store->create(*podType, pod);
        }
        return; // the pod events bring us back to update the status
    }
    if (have > want) {
        // Delete the least useful first: not ready, then the newest.
        std::stable_sort(pods.begin(), pods.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const bool ra = podReady(a);
            const bool rb = podReady(b);
            if (ra != rb)
                return !ra;
            return fields::meta(a).value(u"creationTimestamp"_s).toString() >
                   fields::meta(b).value(u"creationTimestamp"_s).toString();
        });
        for (int i = 0; i < have - want; ++i)
            store->beginDeletion(*podType, ns, fields::name(pods.at(i)), 30);
        return;
    }
    int ready = 0;
    int fullyLabeled = 0;
    for (const QJsonObject &p : std::as_const(pods)) {
        if (podReady(p))
            ++ready;
        ++fullyLabeled;
    }
    QJsonObject updated = *rs;
    QJsonObject status = fields::status(*rs);
    status.insert(u"replicas"_s, have);
    status.insert(u"fullyLabeledReplicas"_s, fullyLabeled);
    status.insert(u"readyReplicas"_s, ready);
    status.insert(u"availableReplicas"_s, ready); // minReadySeconds is not simulated
    status.insert(u"observedGeneration"_s, fields::meta(*rs).value(u"generation"_s).toInteger(1));
    // apps/v1 omits zero counters.
    for (const QString &k :
         {u"readyReplicas"_s, u"availableReplicas"_s, u"fullyLabeledReplicas"_s}) {
        if (status.value(k).toInt() == 0)
            status.remove(k);
    }
    updated.insert(u"status"_s, status);
    if (updated != *rs)
        store->update(*rsType, updated, ClusterStore::Scope::Status, false);
}

} // namespace rd::sim
