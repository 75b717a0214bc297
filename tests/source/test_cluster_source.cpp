#include "../kube/SimFixture.h"

#include "core/RolloutInfo.h"
#include "core/SnapshotLoader.h"
#include "kube/KubeClient.h"
#include "kube/ObjectCache.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "source/ClusterRolloutSource.h"
#include "source/SnapshotRolloutSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
const QString kKey = u"spring-petclinic/rollouts-demo"_s;
const QString kPath =
    u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts/rollouts-demo"_s;

struct Sent
{
    QByteArray verb;
    QString path;
    QString query;
    QByteArray contentType;
    QByteArray body;
};
} // namespace

class TestClusterSource : public QObject
{
    Q_OBJECT
    rd::test::SimFixture m_sim;
    std::unique_ptr<ClusterRolloutSource> m_source;
    QList<Sent> m_sent;

    QJsonObject serverRollout()
    {
        const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        return m_sim.cluster->store()
            ->get(t->key(), u"spring-petclinic"_s, u"rollouts-demo"_s)
            .value_or(QJsonObject());
    }

    // Runs an action and returns what went on the wire.
    QList<Sent> act(const std::function<ActionRequest *()> &start, bool expectOk = true,
                    QString *message = nullptr)
    {
        m_sent.clear();
        ActionRequest *req = start();
        QSignalSpy spy(req, &ActionRequest::finished);
        if (!spy.wait(30000)) {
            qWarning("action did not finish");
            return {};
        }
        if (spy.first().at(0).toBool() != expectOk)
            qWarning("unexpected outcome: %s", qPrintable(spy.first().at(1).toString()));
        if (message)
            *message = spy.first().at(1).toString();
        return spy.first().at(0).toBool() == expectOk ? m_sent : QList<Sent>{};
    }

    QString status() const
    {
        const auto info = m_source->info(kKey);
        return info ? info->status : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(true, {}, 10.0), qPrintable(m_sim.error));
        auto client = m_sim.client(u"admin"_s);
        QVERIFY(client);
        connect(client.get(), &rd::kube::KubeClient::requestStarted, this,
                [this](const QByteArray &verb, const QUrl &url, const QByteArray &ct,
                       const QByteArray &body) {
                    m_sent.append(
                        {verb, url.path(),
                         QUrl::fromPercentEncoding(url.query(QUrl::FullyEncoded).toLatin1()), ct,
                         body});
                });
        m_source = std::make_unique<ClusterRolloutSource>(std::move(client), u"spring-petclinic"_s);
        QSignalSpy ready(m_source.get(), &RolloutSource::ready);
        m_source->start();
        QVERIFY(ready.wait(30000));
    }

    void readyStateAndAccess()
    {
        QVERIFY(m_source->keys().contains(kKey));
        QTRY_COMPARE_WITH_TIMEOUT(m_source->connectionState(), ConnectionState::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Healthy"_s, 30000);
        QCOMPARE(m_source->rolloutObject(kKey)[u"metadata"_s][u"name"_s].toString(),
                 u"rollouts-demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_source->accessFor(kKey).known, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_source->accessFor(kKey).canPatch && m_source->accessFor(kKey).canPatchStatus, 20000);
        QVERIFY(!m_source->isReadOnly());
    }

    void setImagePutsTheWholeRollout()
    {
        QSignalSpy changed(m_source.get(), &RolloutSource::rolloutChanged);
        const auto sent = act([&] {
            return m_source->setImage(kKey, u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        });
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].verb, "GET"_ba);
        QCOMPARE(sent[0].path, kPath);
        QCOMPARE(sent[1].verb, "PUT"_ba);
        QCOMPARE(sent[1].path, kPath);
        QCOMPARE(sent[1].contentType, "application/json"_ba);
        const QJsonObject put = QJsonDocument::fromJson(sent[1].body).object();
        QCOMPARE(
            put[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s].toString(),
            u"argoproj/rollouts-demo:red"_s);
        QVERIFY(!put[u"metadata"_s][u"resourceVersion"_s].toString().isEmpty());
        // The controller pauses at the first step.
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Paused"_s, 60000);
        QCOMPARE(m_source->info(kKey)->step, u"1/8"_s);
        QVERIFY(changed.size() >= 1);
    }

    void pauseAndResume()
    {
        auto sent = act([&] { return m_source->pause(kKey); });
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].verb, "PATCH"_ba);
        QCOMPARE(sent[0].path, kPath);
        QCOMPARE(sent[0].contentType, "application/merge-patch+json"_ba);
        QCOMPARE(sent[0].body, "{\"spec\":{\"paused\":true}}"_ba);
        QCOMPARE(serverRollout()[u"spec"_s][u"paused"_s].toBool(), true);
        sent = act([&] { return m_source->resume(kKey); });
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].body, "{\"spec\":{\"paused\":false}}"_ba);
        QCOMPARE(serverRollout()[u"spec"_s][u"paused"_s].toBool(), false);
    }

    void promoteClearsPauseConditions()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !serverRollout()[u"status"_s][u"pauseConditions"_s].toArray().isEmpty(), 30000);
        const auto sent = act([&] { return m_source->promote(kKey); });
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].verb, "GET"_ba);
        QCOMPARE(sent[1].verb, "PATCH"_ba);
        QCOMPARE(sent[1].path, kPath + u"/status"_s);
        QCOMPARE(sent[1].contentType, "application/merge-patch+json"_ba);
        QCOMPARE(sent[1].body, "{\"status\":{\"pauseConditions\":null}}"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(serverRollout()[u"status"_s][u"currentStepIndex"_s].toInt() >= 2,
                                 30000);
    }

    void abortThenRetry()
    {
        auto sent = act([&] { return m_source->abort(kKey); });
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].verb, "PATCH"_ba);
        QCOMPARE(sent[0].path, kPath + u"/status"_s);
        QCOMPARE(sent[0].body, "{\"status\":{\"abort\":true}}"_ba);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Degraded"_s, 30000);
        QVERIFY(m_source->info(kKey)->message.contains(u"RolloutAborted"_s));

        sent = act([&] { return m_source->retry(kKey); });
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path, kPath + u"/status"_s);
        QCOMPARE(sent[0].body, "{\"status\":{\"abort\":false}}"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(status() != u"Degraded"_s, 30000);
    }

    void promoteFull()
    {
        QString message;
        const auto sent = act([&] { return m_source->promoteFull(kKey); }, true, &message);
        QCOMPARE(message, u"rollout 'rollouts-demo' fully promoted"_s);
        QVERIFY(sent.size() >= 2);
        QCOMPARE(sent[0].verb, "GET"_ba);
        QCOMPARE(sent[1].path, kPath + u"/status"_s);
        QCOMPARE(sent[1].body, "{\"status\":{\"promoteFull\":true}}"_ba);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Healthy"_s, 60000);
        QCOMPARE(m_source->info(kKey)->step, u"8/8"_s);
    }

    void restartLater()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(3600);
        QString message;
        const auto sent = act([&] { return m_source->restart(kKey, 3600); }, true, &message);
        QCOMPARE(message, u"rollout 'rollouts-demo' restarts in 1h0m0s"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path, kPath);
        QVERIFY(sent[0].body.startsWith("{\"spec\":{\"restartAt\":\""));
        const QDateTime at = QDateTime::fromString(
            serverRollout()[u"spec"_s][u"restartAt"_s].toString(), Qt::ISODate);
        QVERIFY(qAbs(at.secsTo(before)) <= 5);
    }

    void undoToPreviousRevision()
    {
        const auto sent = act([&] { return m_source->undo(kKey, 0); });
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].verb, "GET"_ba);
        QCOMPARE(sent[1].verb, "GET"_ba);
        QCOMPARE(sent[1].path, u"/apis/apps/v1/namespaces/spring-petclinic/replicasets"_s);
        QVERIFY2(sent[1].query.contains(u"labelSelector=app=rollouts-demo"_s),
                 qPrintable(sent[1].query));
        QCOMPARE(sent[2].verb, "PATCH"_ba);
        QCOMPARE(sent[2].contentType, "application/json-patch+json"_ba);
        const QJsonArray ops = QJsonDocument::fromJson(sent[2].body).array();
        QCOMPARE(ops[0][u"op"_s].toString(), u"replace"_s);
        QCOMPARE(ops[0][u"path"_s].toString(), u"/spec/template"_s);
        QCOMPARE(
            serverRollout()[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s]
                .toString(),
            u"argoproj/rollouts-demo:yellow"_s);
    }

    void setImageRetriesOnConflict()
    {
        // Another writer changes the rollout between our GET and PUT: 409, then GET + PUT again.
        bool bumped = false;
        auto conn = connect(m_source->client(), &rd::kube::KubeClient::requestStarted, this,
                            [this, &bumped](const QByteArray &verb, const QUrl &,
                                            const QByteArray &, const QByteArray &) {
                                if (verb != "PUT" || bumped)
                                    return;
                                bumped = true;
                                const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
                                QJsonObject ro = serverRollout();
                                QJsonObject meta = ro[u"metadata"_s].toObject();
                                QJsonObject ann = meta[u"annotations"_s].toObject();
                                ann[u"example.com/touched"_s] = u"yes"_s;
                                meta[u"annotations"_s] = ann;
                                ro[u"metadata"_s] = meta;
                                m_sim.cluster->store()->update(
                                    *t, ro, rd::sim::ClusterStore::Scope::Main, false);
                            });
        QString message;
        const auto sent = act(
            [&] { return m_source->setImage(kKey, u"*"_s, u"argoproj/rollouts-demo:orange"_s); },
            true, &message);
        disconnect(conn);
        QVERIFY(bumped);
        QCOMPARE(message, u"rollout \"rollouts-demo\" image updated"_s);
        // GET+PUT pairs: our conflict forces a second pair; on a slow machine the simulated
        // controller may write the rollout in between once more, which costs another pair.
        QVERIFY2(sent.size() >= 4 && sent.size() % 2 == 0,
                 qPrintable(QString::number(sent.size())));
        for (qsizetype i = 0; i < sent.size(); ++i)
            QCOMPARE(sent[i].verb, i % 2 == 0 ? "GET"_ba : "PUT"_ba);
        QCOMPARE(
            serverRollout()[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s]
                .toString(),
            u"argoproj/rollouts-demo:orange"_s);
        QCOMPARE(
            serverRollout()[u"metadata"_s][u"annotations"_s][u"example.com/touched"_s].toString(),
            u"yes"_s);
    }

    void setImageEditsTheWorkloadRefDeployment()
    {
        auto *store = m_sim.cluster->store();
        const auto *dep = rd::sim::ApiResource::findByKind(u"Deployment"_s);
        const auto *ro = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        const QJsonObject labels{{u"app"_s, u"web"_s}};
        const QJsonObject tmpl{
            {u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
            {u"spec"_s,
             QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"web"_s},
                                                                  {u"image"_s, u"nginx:1"_s}}}}}}};
        auto d = store->create(
            *dep, QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                              {u"kind"_s, u"Deployment"_s},
                              {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s},
                                                          {u"namespace"_s, u"spring-petclinic"_s}}},
                              {u"spec"_s,
                               QJsonObject{{u"replicas"_s, 0},
                                           {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                           {u"template"_s, tmpl}}}});
        QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
        auto r = store->create(
            *ro,
            QJsonObject{{u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
                        {u"kind"_s, u"Rollout"_s},
                        {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s},
                                                    {u"namespace"_s, u"spring-petclinic"_s}}},
                        {u"spec"_s,
                         QJsonObject{{u"replicas"_s, 1},
                                     {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                     {u"workloadRef"_s, QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                                                                    {u"kind"_s, u"Deployment"_s},
                                                                    {u"name"_s, u"web"_s}}},
                                     {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{}}}}}}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(m_source->contains(u"spring-petclinic/web"_s), 20000);

        QString message;
        const auto sent = act(
            [&] { return m_source->setImage(u"spring-petclinic/web"_s, u"web"_s, u"nginx:2"_s); },
            true, &message);
        QCOMPARE(message, u"deployment \"web\" image updated"_s);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[1].path, u"/apis/apps/v1/namespaces/spring-petclinic/deployments/web"_s);
        QCOMPARE(sent[2].verb, "PUT"_ba);
        QCOMPARE(sent[2].path, u"/apis/apps/v1/namespaces/spring-petclinic/deployments/web"_s);
        const QJsonObject after = *store->get(dep->key(), u"spring-petclinic"_s, u"web"_s);
        QCOMPARE(
            after[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s].toString(),
            u"nginx:2"_s);
    }

    void eventsOfTheRollout()
    {
        // A seventh watch (events): it only arrives if streams are spread over managers.
        QTRY_VERIFY_WITH_TIMEOUT(!m_source->events(kKey).isEmpty(), 20000);
        QStringList reasons;
        for (const QJsonObject &e : m_source->events(kKey)) {
            QCOMPARE(e[u"involvedObject"_s][u"name"_s].toString(), u"rollouts-demo"_s);
            reasons << e[u"reason"_s].toString();
        }
        QVERIFY2(reasons.contains(u"RolloutAborted"_s), qPrintable(reasons.join(u", "_s)));
    }

    void unknownRolloutFailsWithServerMessage()
    {
        QString message;
        act([&] { return m_source->abort(u"spring-petclinic/nope"_s); }, false, &message);
        // /status answers NotFound, the fallback on the main resource too.
        QCOMPARE(message, u"rollouts.argoproj.io \"nope\" not found"_s);
    }

    void viewerIsForbidden()
    {
        auto client = m_sim.client(u"viewer"_s);
        ClusterRolloutSource viewer(std::move(client), u"spring-petclinic"_s);
        QSignalSpy ready(&viewer, &RolloutSource::ready);
        viewer.start();
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(viewer.accessFor(kKey).known, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.accessFor(kKey).canPatchStatus, 20000);
        QVERIFY(!viewer.accessFor(kKey).canPatch);
        auto *req = viewer.abort(kKey);
        QSignalSpy done(req, &ActionRequest::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(u"forbidden"_s),
                 qPrintable(done.first().at(1).toString()));
    }

    void badCredentialsAndTlsFailuresReportFailed()
    {
        auto r = m_sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->user.token = u"expired"_s;
        QString err;
        ClusterRolloutSource bad(rd::kube::KubeClient::create(*r).valueOr(nullptr),
                                 u"spring-petclinic"_s);
        QSignalSpy state(&bad, &RolloutSource::connectionStateChanged);
        bad.start();
        QTRY_COMPARE_WITH_TIMEOUT(bad.connectionState(), ConnectionState::Failed, 20000);
        QVERIFY2(bad.connectionReason().contains(u"401"_s), qPrintable(bad.connectionReason()));

        auto t = m_sim.resolve(u"admin"_s);
        t->cluster.certificateAuthorityData.clear(); // system roots do not know the sim's CA
        ClusterRolloutSource tls(rd::kube::KubeClient::create(*t).valueOr(nullptr),
                                 u"spring-petclinic"_s);
        tls.start();
        QTRY_COMPARE_WITH_TIMEOUT(tls.connectionState(), ConnectionState::Failed, 20000);
        QVERIFY2(tls.connectionReason().contains(u"TLS"_s), qPrintable(tls.connectionReason()));
        QVERIFY(!tls.tlsVerificationDisabled());
    }

    void readOnlyAndSnapshotRefuseActions()
    {
        m_source->setReadOnly(true);
        QString message;
        act([&] { return m_source->pause(kKey); }, false, &message);
        QVERIFY(message.contains(u"read-only"_s));
        m_source->setReadOnly(false);

        rd::core::ObjectSet set;
        SnapshotRolloutSource snap(u"snapshot.yaml"_s, set);
        auto *req = snap.abort(kKey);
        QSignalSpy done(req, &ActionRequest::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(u"read-only"_s));
        QVERIFY(snap.isReadOnly());
    }

    void changesAreCoalesced()
    {
        // Many watch events (pods, ReplicaSets, the rollout) produce far fewer recomputes.
        QSignalSpy changed(m_source.get(), &RolloutSource::rolloutChanged);
        int events = 0;
        // The counters capture a local: they are disconnected before it goes out of scope (later
        // tests' events would otherwise write into their stack).
        QList<QMetaObject::Connection> counters;
        for (const QString &kind : {u"Pod"_s, u"ReplicaSet"_s, u"Rollout"_s}) {
            auto *store = m_source->store(kind);
            counters << connect(store, &rd::kube::ObjectCache::objectModified, this,
                                [&events] { ++events; });
            counters << connect(store, &rd::kube::ObjectCache::objectAdded, this,
                                [&events] { ++events; });
        }
        const auto disconnectCounters = qScopeGuard([&counters] {
            for (const auto &c : std::as_const(counters))
                QObject::disconnect(c);
        });
        act([&] {
            return m_source->setImage(kKey, u"rollouts-demo"_s, u"argoproj/rollouts-demo:blue"_s);
        });
        auto image = [this] {
            return m_source
                ->rolloutObject(
                    kKey)[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s]
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(events > 0 && image() == u"argoproj/rollouts-demo:blue"_s &&
                                     status() == u"Paused"_s,
                                 60000);
        QVERIFY2(changed.size() <= events,
                 qPrintable(u"%1 changes for %2 events"_s.arg(changed.size()).arg(events)));
        qInfo("%d watch events -> %d rolloutChanged", events, int(changed.size()));
    }

    // A Rollout the model cannot read is shown as such, never with its old state, and comes back
    // once it can be read again.
    void unreadableRolloutBecomesAnErrorRow()
    {
        const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        const QJsonObject good = serverRollout();
        QVERIFY(m_source->info(kKey) && !m_source->info(kKey)->unreadable());
        QJsonObject bad = good;
        QJsonObject spec = bad[u"spec"_s].toObject();
        // A field the simulated controller leaves as written (it repairs spec.replicas).
        spec[u"minReadySeconds"_s] = u"soon"_s;
        bad[u"spec"_s] = spec;
        QSignalSpy changed(m_source.get(), &RolloutSource::rolloutChanged);
        QVERIFY(m_sim.cluster->store()
                    ->update(*t, bad, rd::sim::ClusterStore::Scope::Main, false)
                    .ok());
        auto unreadable = [this] {
            const auto current = m_source->info(kKey);
            return current && current->unreadable();
        };
        auto readable = [this] {
            const auto current = m_source->info(kKey);
            return current && !current->unreadable() && !current->status.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(unreadable(), 30000);
        QVERIFY(!changed.isEmpty());
        const auto info = m_source->info(kKey);
        QVERIFY2(info->parseError.contains(u"spec.minReadySeconds"_s),
                 qPrintable(info->parseError));
        QCOMPARE(info->meta.name, u"rollouts-demo"_s);
        QCOMPARE(info->meta.namespace_, u"spring-petclinic"_s);
        // Nothing of the last good state is left.
        QVERIFY(info->status.isEmpty());
        QVERIFY(info->replicaSets.isEmpty());
        QVERIFY(info->containers.isEmpty());
        QCOMPARE(info->phase(), rd::core::Phase::Unknown);

        QJsonObject fixed = serverRollout();
        fixed[u"spec"_s] = good[u"spec"_s];
        QVERIFY(m_sim.cluster->store()
                    ->update(*t, fixed, rd::sim::ClusterStore::Scope::Main, false)
                    .ok());
        QTRY_VERIFY2_WITH_TIMEOUT(
            readable(),
            qPrintable(m_source->info(kKey) ? m_source->info(kKey)->parseError : u"no info"_s),
            30000);
    }
};

QTEST_GUILESS_MAIN(TestClusterSource)
#include "test_cluster_source.moc"
