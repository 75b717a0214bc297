// ObjectTrimmer drops what Rollout Desk never reads. The proof that it drops nothing it reads:
// every rollout of every upstream fixture and getting-started state gives the same RolloutInfo,
// field for field, from trimmed objects as from the originals.

#include "SnapshotFolders.h"
#include "core/ObjectTrimmer.h"
#include "core/Pod.h"
#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::ObjectSet;
using rd::core::ObjectTrimmer;

namespace {

// Every object of a set, as JSON, in kind order.
QList<QJsonObject> objectsOf(const ObjectSet &set)
{
    QList<QJsonObject> out;
    for (const auto &o : set.rollouts)
        out << o.json;
    for (const auto &o : set.replicaSets)
        out << o.json;
    for (const auto &o : set.pods)
        out << o.json;
    for (const auto &o : set.experiments)
        out << o.json;
    for (const auto &o : set.analysisRuns)
        out << o.json;
    for (const auto &o : set.deployments)
        out << o.json;
    return out;
}

} // namespace

class TestObjectTrimmer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRolloutInfo_data() { rd::test::addSnapshotFolderRows(); }
    void sameRolloutInfo()
    {
        QFETCH(QString, folder);
        const auto original = rd::core::SnapshotLoader::load(folder);
        QVERIFY2(original, qPrintable(original.errorMessage()));
        ObjectSet trimmed;
        for (const QJsonObject &o : objectsOf(original.value()))
            QVERIFY(trimmed.add(ObjectTrimmer::trim(o, o.value(u"kind"_s).toString())));
        QCOMPARE(trimmed.size(), original.value().size());
        QVERIFY(!original.value().rollouts.isEmpty());
        for (int i = 0; i < original.value().rollouts.size(); ++i) {
            const auto a = rd::core::RolloutInfoBuilder::build(original.value().rollouts.at(i),
                                                               original.value());
            const auto b = rd::core::RolloutInfoBuilder::build(trimmed.rollouts.at(i), trimmed);
            QVERIFY2(a == b, qPrintable(a.key()));
        }
    }

    void dropsWhatNobodyReads()
    {
        const QJsonObject env{{u"name"_s, u"JAVA_OPTS"_s}, {u"value"_s, QString(4000, u'x')}};
        const QJsonObject container{{u"name"_s, u"app"_s},
                                    {u"image"_s, u"shop:v2"_s},
                                    {u"env"_s, QJsonArray{env}},
                                    {u"resources"_s, QJsonObject{{u"limits"_s, QJsonObject{}}}}};
        const QJsonObject sidecar{
            {u"name"_s, u"proxy"_s}, {u"image"_s, u"envoy:1"_s}, {u"restartPolicy"_s, u"Always"_s}};
        const QJsonObject managed{{u"manager"_s, u"kube-controller-manager"_s},
                                  {u"fieldsV1"_s, QJsonObject{{u"f:spec"_s, QJsonObject{}}}}};
        const QJsonObject meta{
            {u"name"_s, u"shop-6f75f48b7-x"_s},
            {u"labels"_s, QJsonObject{{u"rollouts-pod-template-hash"_s, u"6f75f48b7"_s}}},
            {u"annotations"_s,
             QJsonObject{{u"kubectl.kubernetes.io/last-applied-configuration"_s, u"{...}"_s},
                         {u"rollout.argoproj.io/revision"_s, u"3"_s}}},
            {u"managedFields"_s, QJsonArray{managed}}};
        const QJsonObject podSpec{{u"containers"_s, QJsonArray{container}},
                                  {u"initContainers"_s, QJsonArray{sidecar}},
                                  {u"volumes"_s, QJsonArray{QJsonObject{{u"name"_s, u"v"_s}}}},
                                  {u"nodeName"_s, u"node-1"_s}};
        const QJsonObject status{{u"phase"_s, u"Running"_s}};
        const QJsonObject pod{{u"kind"_s, u"Pod"_s},
                              {u"metadata"_s, meta},
                              {u"spec"_s, podSpec},
                              {u"status"_s, status}};

        const QJsonObject t = ObjectTrimmer::trim(pod, u"Pod"_s);
        const QJsonObject tm = t.value(u"metadata"_s).toObject();
        QVERIFY(!tm.contains(u"managedFields"_s));
        QCOMPARE(tm.value(u"annotations"_s).toObject(),
                 (QJsonObject{{u"rollout.argoproj.io/revision"_s, u"3"_s}}));
        QCOMPARE(tm.value(u"labels"_s), meta.value(u"labels"_s));
        QCOMPARE(
            t.value(u"spec"_s).toObject(),
            (QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"app"_s},
                                                                  {u"image"_s, u"shop:v2"_s}}}},
                         {u"initContainers"_s, QJsonArray{sidecar}}}));
        QCOMPARE(t.value(u"status"_s), pod.value(u"status"_s));
        const auto bytes = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
        };
        QVERIFY(bytes(t) * 10 < bytes(pod));

        // A ReplicaSet keeps its template's metadata, loses the rest of its pod spec.
        QJsonObject rs{
            {u"kind"_s, u"ReplicaSet"_s},
            {u"metadata"_s, meta},
            {u"spec"_s, QJsonObject{{u"replicas"_s, 3},
                                    {u"template"_s,
                                     QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, podSpec}}}}}};
        const QJsonObject trs = ObjectTrimmer::trim(rs, u"ReplicaSet"_s);
        const QJsonObject tmpl = trs.value(u"spec"_s).toObject().value(u"template"_s).toObject();
        QCOMPARE(tmpl.value(u"metadata"_s), meta.value(u"metadata"_s).isUndefined()
                                                ? QJsonValue(meta)
                                                : meta.value(u"metadata"_s));
        QVERIFY(!tmpl.value(u"spec"_s).toObject().contains(u"volumes"_s));
        QCOMPARE(trs.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 3);

        // Other kinds keep their spec whole; odd shapes pass through untouched.
        const QJsonObject ro{
            {u"kind"_s, u"Rollout"_s}, {u"metadata"_s, meta}, {u"spec"_s, podSpec}};
        QCOMPARE(ObjectTrimmer::trim(ro, u"Rollout"_s).value(u"spec"_s), ro.value(u"spec"_s));
        const QJsonObject odd{{u"kind"_s, u"Pod"_s}, {u"metadata"_s, 3}, {u"spec"_s, u"x"_s}};
        QCOMPARE(ObjectTrimmer::trim(odd, u"Pod"_s), odd);
    }

    // A Pod as the API server sends it keeps only what core::Pod and ObjectMeta read.
    void podKeepsWhatItsViewReads()
    {
        const QJsonObject pod = QJsonDocument::fromJson(R"({
          "apiVersion": "v1", "kind": "Pod",
          "metadata": {"name": "shop-1", "namespace": "ns", "generateName": "shop-",
            "uid": "u1", "resourceVersion": "7", "creationTimestamp": "2024-01-01T00:00:00Z",
            "labels": {"rollouts-pod-template-hash": "abc"}, "finalizers": ["x"],
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "shop",
              "uid": "rs1", "controller": true, "blockOwnerDeletion": true}]},
          "spec": {"containers": [{"name": "app", "image": "shop:v1", "ports": [{"containerPort": 80}]}],
                   "nodeName": "n1"},
          "status": {"phase": "Running", "podIP": "10.0.0.1", "qosClass": "Burstable",
            "conditions": [{"type": "Ready", "status": "True"}],
            "containerStatuses": [{"name": "app", "ready": true, "restartCount": 2,
              "started": true, "image": "shop:v1", "imageID": "sha256:1",
              "lastState": {"terminated": {"exitCode": 1}},
              "state": {"running": {"startedAt": "2024-01-01T00:00:01Z"}}}],
            "initContainerStatuses": [{"name": "init", "ready": false, "restartCount": 0,
              "state": {"terminated": {"reason": "Completed", "exitCode": 0, "signal": 0,
                                       "finishedAt": "2024-01-01T00:00:00Z"}}}]}})")
                                    .object();
        const QJsonObject expected = QJsonDocument::fromJson(R"({
          "apiVersion": "v1", "kind": "Pod",
          "metadata": {"name": "shop-1", "namespace": "ns", "uid": "u1", "resourceVersion": "7",
            "creationTimestamp": "2024-01-01T00:00:00Z",
            "labels": {"rollouts-pod-template-hash": "abc"},
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "shop",
              "uid": "rs1", "controller": true}]},
          "spec": {"containers": [{"name": "app", "image": "shop:v1"}]},
          "status": {"phase": "Running",
            "containerStatuses": [{"name": "app", "ready": true, "restartCount": 2,
              "started": true, "state": {"running": {}}}],
            "initContainerStatuses": [{"name": "init", "ready": false, "restartCount": 0,
              "state": {"terminated": {"reason": "Completed", "exitCode": 0, "signal": 0}}}]}})")
                                         .object();
        QCOMPARE(ObjectTrimmer::trim(pod, u"Pod"_s), expected);
        // And the typed view reads the same from both.
        const auto a = rd::core::Pod::fromJson(pod);
        const auto b = rd::core::Pod::fromJson(expected);
        QVERIFY(a && b);
        QCOMPARE(b.value().containerStatuses.at(0).restartCount, 2);
        QVERIFY(b.value().containerStatuses.at(0).running);
        QCOMPARE(b.value().initContainerStatuses.at(0).terminated->reason, u"Completed"_s);
        QCOMPARE(b.value().meta.controllerUid(), a.value().meta.controllerUid());

        // A field of the wrong type is kept, so the typed view still refuses the object.
        QJsonObject bad = pod;
        bad.insert(u"status"_s, QJsonObject{{u"phase"_s, 3}, {u"podIP"_s, u"x"_s}});
        QCOMPARE(ObjectTrimmer::trim(bad, u"Pod"_s).value(u"status"_s).toObject(),
                 (QJsonObject{{u"phase"_s, 3}}));
        QVERIFY(!rd::core::Pod::fromJson(ObjectTrimmer::trim(bad, u"Pod"_s)));
    }
};

QTEST_GUILESS_MAIN(TestObjectTrimmer)
#include "test_object_trimmer.moc"
