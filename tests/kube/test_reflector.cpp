#include "SimFixture.h"

#include "kube/ObjectCache.h"
#include "kube/Reflector.h"
#include "kube/WatchDecoder.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

namespace {
// "ns/name" -> resourceVersion of every object of a kind on the simulated server.
QMap<QString, QString> serverState(rd::sim::SimCluster &sim, const QString &kind)
{
    QMap<QString, QString> out;
    const auto *type = rd::sim::ApiResource::findByKind(kind);
    for (const QJsonObject &o : sim.store()->list(type->key(), u"spring-petclinic"_s)) {
        const QJsonObject m = o.value(u"metadata"_s).toObject();
        out.insert(m.value(u"namespace"_s).toString() + u'/' + m.value(u"name"_s).toString(),
                   m.value(u"resourceVersion"_s).toString());
    }
    return out;
}

QMap<QString, QString> clientState(const ObjectCache &store)
{
    QMap<QString, QString> out;
    for (const QJsonObject &o : store.values())
        out.insert(ObjectCache::keyOf(o),
                   o.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString());
    return out;
}

// An image change through the store, as another client (kubectl) would make it.
void setImage(rd::sim::SimCluster &sim, const QString &image)
{
    const auto *type = rd::sim::ApiResource::findByKind(u"Rollout"_s);
    auto ro = *sim.store()->get(type->key(), u"spring-petclinic"_s, u"rollouts-demo"_s);
    QJsonObject spec = ro[u"spec"_s].toObject();
    QJsonObject tmpl = spec[u"template"_s].toObject();
    QJsonObject podSpec = tmpl[u"spec"_s].toObject();
    QJsonArray containers = podSpec[u"containers"_s].toArray();
    QJsonObject c = containers[0].toObject();
    c[u"image"_s] = image;
    containers[0] = c;
    podSpec[u"containers"_s] = containers;
    tmpl[u"spec"_s] = podSpec;
    spec[u"template"_s] = tmpl;
    ro[u"spec"_s] = spec;
    sim.store()->update(*type, ro, rd::sim::ClusterStore::Scope::Main, false);
}
} // namespace

class TestReflector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decoderIgnoresChunkBoundaries()
    {
        const QByteArray stream =
            "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a{b}\\\"c\"}}}"
            "\n"
            "{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{\"resourceVersion\":\"12\"}}}"
            "\n"_ba;
        for (int chunk = 1; chunk <= 7; ++chunk) {
            WatchDecoder d;
            QList<QByteArray> all;
            for (qsizetype i = 0; i < stream.size(); i += chunk)
                all += d.feed(stream.mid(i, chunk));
            QCOMPARE(all.size(), 2);
            QVERIFY(all[0].endsWith("}}}"));
            QCOMPARE(d.pending(), 0);
        }
        WatchDecoder t;
        QCOMPARE(t.feed("{\"type\":\"ADDED\",\"obj"_ba).size(), 0);
        QVERIFY(t.pending() > 0);
    }

    void listAndWatchFollowTheServer()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 20.0), qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"spring-petclinic"_s, &pods);
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(20000));
        QCOMPARE(clientState(pods), serverState(*sim.cluster, u"Pod"_s));
        const auto before = serverState(*sim.cluster, u"Pod"_s);
        setImage(*sim.cluster, u"argoproj/rollouts-demo:red"_s);
        QTRY_VERIFY_WITH_TIMEOUT(serverState(*sim.cluster, u"Pod"_s) != before, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(clientState(pods), serverState(*sim.cluster, u"Pod"_s), 30000);
        QCOMPARE(r.listCount(), 1);
    }

    void droppedStreamsAnd410EndInTheServerState()
    {
        rd::test::SimFixture sim;
        // Drop watch streams often, always answer a resume with 410, and break some events.
        QVERIFY2(sim.start(true, u"drop=0.2,expire=1,truncate=0.05,malformed=0.05,seed=11"_s, 20.0),
                 qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        ObjectCache sets(u"ReplicaSet"_s);
        Reflector rp(client.get(), ResourceKind::pods(), u"spring-petclinic"_s, &pods);
        Reflector rs(client.get(), ResourceKind::replicaSets(), u"spring-petclinic"_s, &sets);
        for (auto *r : {&rp, &rs}) {
            Backoff::Policy fast;
            fast.initialMs = 50;
            fast.capMs = 1000;
            r->setBackoffPolicy(fast);
            r->setWatchTimeoutSecs(2);
            r->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(rp.hasSynced() && rs.hasSynced(), 30000);
        setImage(*sim.cluster, u"argoproj/rollouts-demo:red"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sets.size() >= 2, 30000);
        setImage(*sim.cluster, u"argoproj/rollouts-demo:yellow"_s);
        // Relists happened (410 on resume), and the stores converge on the server's state.
        QTRY_VERIFY_WITH_TIMEOUT(rp.listCount() > 1 && rs.listCount() > 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rp.watchCount() >= 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(clientState(pods), serverState(*sim.cluster, u"Pod"_s), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(clientState(sets), serverState(*sim.cluster, u"ReplicaSet"_s),
                                  60000);
    }
};

QTEST_GUILESS_MAIN(TestReflector)
#include "test_reflector.moc"
