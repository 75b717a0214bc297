// A long session stays flat: after rollouts (with their ReplicaSets, Pods, AnalysisRuns and
// Events) are created and deleted, every index of ClusterRolloutSource is back to its size
// before. The objects come over real watch streams from a server in the test (loopback).

#include "../kube/HostileApiServer.h"

#include "kube/KubeClient.h"
#include "source/ClusterRolloutSource.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::source::ClusterRolloutSource;
using rd::test::HostileApiServer;
using Request = HostileApiServer::Request;

namespace {
constexpr int kRollouts = 20;

QJsonObject meta(const QString &name, const QString &uid, qint64 rv, const QString &ownerKind = {},
                 const QString &ownerUid = {})
{
    QJsonObject m{{u"name"_s, name},
                  {u"namespace"_s, u"demo"_s},
                  {u"uid"_s, uid},
                  {u"resourceVersion"_s, QString::number(rv)},
                  {u"creationTimestamp"_s, u"2026-01-01T00:00:00Z"_s}};
    if (!ownerUid.isEmpty())
        m.insert(u"ownerReferences"_s, QJsonArray{QJsonObject{{u"kind"_s, ownerKind},
                                                              {u"uid"_s, ownerUid},
                                                              {u"name"_s, name},
                                                              {u"controller"_s, true}}});
    return m;
}

QJsonObject rollout(int i, qint64 rv)
{
    const QJsonObject labels{{u"app"_s, u"app%1"_s.arg(i)}};
    return {
        {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
        {u"kind"_s, u"Rollout"_s},
        {u"metadata"_s, meta(u"r%1"_s.arg(i), u"ro-%1"_s.arg(i), rv)},
        {u"spec"_s,
         QJsonObject{{u"replicas"_s, 1},
                     {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                     {u"template"_s,
                      QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
                                  {u"spec"_s, QJsonObject{{u"containers"_s,
                                                           QJsonArray{QJsonObject{
                                                               {u"name"_s, u"c"_s},
                                                               {u"image"_s, u"nginx:1"_s}}}}}}}},
                     {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{}}}}}}};
}
} // namespace

class TestSourceFlat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexesReturnToBaselineAfterCreateAndDelete()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        QHash<QString, QPointer<QTcpSocket>> streams; // plural -> open watch
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (r.method == "POST") { // SelfSubjectAccessReview
                H::respondJson(s, 201,
                               QJsonObject{{u"status"_s, QJsonObject{{u"allowed"_s, true}}}});
                return;
            }
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"1"_s));
                return;
            }
            H::startStream(s);
            streams.insert(r.path.section(u'/', -1), s);
        });
        auto client = server.client();
        QVERIFY(client);
        ClusterRolloutSource source(std::move(client), u"demo"_s);
        QSignalSpy ready(&source, &ClusterRolloutSource::ready);
        source.start();
        QVERIFY(ready.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(streams.size(), 7, 20000);
        const QMap<QString, qsizetype> baseline = source.indexSizes();

        qint64 rv = 10;
        auto send = [&](const QString &plural, const QString &type, const QJsonObject &o) {
            HostileApiServer::sendChunk(streams.value(plural), HostileApiServer::event(type, o));
        };
        QList<QPair<QString, QJsonObject>> created; // plural, object
        for (int i = 0; i < kRollouts; ++i) {
            const QString ro = u"ro-%1"_s.arg(i);
            const QString rs = u"rs-%1"_s.arg(i);
            created << qMakePair(u"rollouts"_s, rollout(i, ++rv));
            created << qMakePair(u"replicasets"_s,
                                 QJsonObject{{u"kind"_s, u"ReplicaSet"_s},
                                             {u"metadata"_s, meta(u"r%1-abc"_s.arg(i), rs, ++rv,
                                                                  u"Rollout"_s, ro)}});
            created << qMakePair(
                u"pods"_s,
                QJsonObject{{u"kind"_s, u"Pod"_s},
                            {u"metadata"_s, meta(u"r%1-abc-x"_s.arg(i), u"pod-%1"_s.arg(i), ++rv,
                                                 u"ReplicaSet"_s, rs)}});
            created << qMakePair(
                u"analysisruns"_s,
                QJsonObject{{u"kind"_s, u"AnalysisRun"_s},
                            {u"metadata"_s, meta(u"r%1-run"_s.arg(i), u"ar-%1"_s.arg(i), ++rv,
                                                 u"Rollout"_s, ro)}});
            created << qMakePair(
                u"events"_s,
                QJsonObject{{u"kind"_s, u"Event"_s},
                            {u"metadata"_s, meta(u"r%1.ev"_s.arg(i), u"ev-%1"_s.arg(i), ++rv)},
                            {u"reason"_s, u"RolloutUpdated"_s},
                            {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s},
                                                              {u"name"_s, u"r%1"_s.arg(i)},
                                                              {u"namespace"_s, u"demo"_s}}}});
        }
        for (const auto &[plural, o] : created)
            send(plural, u"ADDED"_s, o);
        QTRY_COMPARE_WITH_TIMEOUT(source.keys().size(), kRollouts, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(source.indexSizes().value(u"childrenOf"_s),
                                  baseline.value(u"childrenOf"_s) + 2 * kRollouts, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(source.indexSizes().value(u"eventsOf"_s),
                                  baseline.value(u"eventsOf"_s) + kRollouts, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source.accessFor(u"demo/r0"_s).known, 20000);
        QCOMPARE(source.events(u"demo/r3"_s).size(), 1);

        // Deleted, children first as the garbage collector does.
        for (auto it = created.crbegin(); it != created.crend(); ++it) {
            QJsonObject o = it->second;
            QJsonObject m = o[u"metadata"_s].toObject();
            m[u"resourceVersion"_s] = QString::number(++rv);
            o[u"metadata"_s] = m;
            send(it->first, u"DELETED"_s, o);
        }
        QTRY_VERIFY_WITH_TIMEOUT(source.keys().isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(source.indexSizes(), baseline, 20000);
        QVERIFY(source.events(u"demo/r3"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceFlat)
#include "test_source_flat.moc"
