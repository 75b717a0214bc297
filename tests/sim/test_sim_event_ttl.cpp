// Events recorded by the simulated controllers live for their time to live after their last
// write, as the API server's event TTL: an Event written again lives on, one left alone goes,
// and with no TTL nothing goes. Through the real cluster too: expired Events leave the API.

#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/EventRecorder.h"
#include "sim/SimCluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using rd::sim::ApiResource;
using rd::sim::ClusterStore;
using rd::sim::EventRecorder;

class TestSimEventTtl : public QObject
{
    Q_OBJECT

    static QJsonObject pod(const QString &name)
    {
        return QJsonObject{{u"kind"_s, u"Pod"_s},
                           {u"apiVersion"_s, u"v1"_s},
                           {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                                       {u"namespace"_s, u"ttl"_s},
                                                       {u"uid"_s, QString(u"uid-"_s + name)}}}};
    }

    // A store with the namespace the Events go to.
    static void addNamespace(ClusterStore &store)
    {
        QVERIFY(store
                    .create(*ApiResource::find(QString(), u"namespaces"_s),
                            QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"ttl"_s}}}})
                    .ok());
    }

    static qsizetype events(ClusterStore &store)
    {
        return store.list(ApiResource::find(QString(), u"events"_s)->key()).size();
    }

private Q_SLOTS:
    void writtenAgainLivesOnLeftAloneGoes()
    {
        ClusterStore store;
        addNamespace(store);
        EventRecorder recorder(&store);
        recorder.setTimeToLiveMs(300);
        recorder.record(pod(u"a"_s), u"Normal"_s, u"Pulled"_s, u"pulled"_s);
        recorder.record(pod(u"b"_s), u"Normal"_s, u"Pulled"_s, u"pulled"_s);
        QCOMPARE(events(store), 2);
        QCOMPARE(recorder.expire(), 0);
        QThread::msleep(200);
        recorder.record(pod(u"a"_s), u"Normal"_s, u"Pulled"_s, u"pulled"_s); // count 2, renewed
        QThread::msleep(150);
        // b's 300 ms are up, a was written 150 ms ago.
        QCOMPARE(recorder.expire(), 1);
        const QList<QJsonObject> left =
            store.list(ApiResource::find(QString(), u"events"_s)->key());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value(u"count"_s).toInt(), 2);
        QVERIFY(left.first().value(u"involvedObject"_s).toObject().value(u"name"_s).toString() ==
                u"a"_s);
        QThread::msleep(200);
        QCOMPARE(recorder.expire(), 1);
        QCOMPARE(events(store), 0);
        // Expired once, recorded again: a new Event.
        recorder.record(pod(u"a"_s), u"Normal"_s, u"Pulled"_s, u"pulled"_s);
        QCOMPARE(events(store), 1);
    }

    void withoutTtlNothingExpires()
    {
        ClusterStore store;
        addNamespace(store);
        EventRecorder recorder(&store);
        recorder.record(pod(u"a"_s), u"Normal"_s, u"Pulled"_s, u"pulled"_s);
        QThread::msleep(50);
        QCOMPARE(recorder.expire(), 0);
        QCOMPARE(events(store), 1);
    }

    void theClusterSweepsItsEvents()
    {
        rd::sim::SimCluster::Options o;
        o.scenario = u"rollouts-demo"_s;
        o.speed = 100;
        o.eventTtlSeconds = 0.5;
        rd::sim::SimCluster cluster(o);
        QVERIFY(cluster.start());
        const QString key = ApiResource::find(QString(), u"events"_s)->key();
        // A new image: the controller records Events as the canary goes to its first pause;
        // all of them go within their TTL and the sweep's tenth once it writes no more.
        const ApiResource &rollouts = *ApiResource::find(u"argoproj.io"_s, u"rollouts"_s);
        auto ro = cluster.store()->get(rollouts.key(), u"spring-petclinic"_s, u"rollouts-demo"_s);
        QVERIFY(ro);
        QJsonObject object = *ro;
        QJsonObject spec = object.value(u"spec"_s).toObject();
        QJsonObject tmpl = spec.value(u"template"_s).toObject();
        QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
        QJsonArray containers = podSpec.value(u"containers"_s).toArray();
        QJsonObject c = containers.at(0).toObject();
        c.insert(u"image"_s, u"argoproj/rollouts-demo:red"_s);
        containers.replace(0, c);
        podSpec.insert(u"containers"_s, containers);
        tmpl.insert(u"spec"_s, podSpec);
        spec.insert(u"template"_s, tmpl);
        object.insert(u"spec"_s, spec);
        QVERIFY(cluster.store()->update(rollouts, object, ClusterStore::Scope::Main, false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!cluster.store()->list(key).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cluster.store()->list(key).isEmpty(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestSimEventTtl)
#include "test_sim_event_ttl.moc"
