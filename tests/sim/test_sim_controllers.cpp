// Controller trajectories in-process (high --speed): the worked 5-replica canary of
// rollouts-semantics.md §5.16 state by state (one ReplicaSet resize per reconcile, in order),
// abort and return to the stable template (§5.7, §5.8), blue-green promotion, abort by a failing
// background analysis, restart, progress deadline, revision history, and the scenarios.
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/JsonPatch.h"
#include "sim/Scenario.h"
#include "sim/SimCluster.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::ApiResource;
using rd::sim::ClusterStore;

namespace {

constexpr int Timeout = 30000;
const QString NS = u"spring-petclinic"_s;

QJsonObject meta(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject();
}
QJsonObject status(const QJsonObject &o)
{
    return o.value(u"status"_s).toObject();
}

} // namespace

class TestSimControllers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rd::sim::SimCluster> m_cluster;
    QStringList m_resizes; // "rev:from->to" for every ReplicaSet spec.replicas change
    QList<QJsonObject> m_rolloutStates;
    int m_terminating = 0;
    int m_deletedPods = 0;

    ClusterStore *store() { return m_cluster->store(); }
    const ApiResource &rollouts() { return *ApiResource::find(u"argoproj.io"_s, u"rollouts"_s); }

    void startCluster(const QString &scenario)
    {
        rd::sim::SimCluster::Options o;
        o.scenario = scenario;
        o.speed = 100;
        m_cluster = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_cluster->start();
        error = started.errorMessage();
        QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));
        connect(store(), &ClusterStore::changed, this, [this](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey == u"replicasets.apps" && ev->type == u"MODIFIED") {
                const int from =
                    ev->previous.value(u"spec"_s).toObject().value(u"replicas"_s).toInt();
                const int to = ev->object.value(u"spec"_s).toObject().value(u"replicas"_s).toInt();
                if (from != to)
                    m_resizes << u"%1:%2->%3"_s
                                     .arg(meta(ev->object)
                                              .value(u"annotations"_s)
                                              .toObject()
                                              .value(u"rollout.argoproj.io/revision"_s)
                                              .toString())
                                     .arg(from)
                                     .arg(to);
            } else if (ev->resourceKey == u"pods" && ev->type == u"MODIFIED" &&
                       meta(ev->object).contains(u"deletionTimestamp"_s) &&
                       !meta(ev->previous).contains(u"deletionTimestamp"_s)) {
                ++m_terminating;
            } else if (ev->resourceKey == u"pods" && ev->type == u"DELETED") {
                ++m_deletedPods;
            } else if (ev->resourceKey == u"rollouts.argoproj.io") {
                m_rolloutStates << status(ev->object);
            }
        });
    }

    QJsonObject rollout(const QString &name, const QString &ns = NS)
    {
        return store()->get(rollouts().key(), ns, name).value_or(QJsonObject());
    }
    QString phaseOf(const QString &name, const QString &ns = NS)
    {
        return status(rollout(name, ns)).value(u"phase"_s).toString();
    }
    QList<QJsonObject> replicaSets(const QString &ns = NS)
    {
        return store()->list(u"replicasets.apps"_s, ns);
    }
    QJsonObject rsByRevision(int revision, const QString &ns = NS)
    {
        for (const QJsonObject &rs : replicaSets(ns)) {
            if (meta(rs)
                    .value(u"annotations"_s)
                    .toObject()
                    .value(u"rollout.argoproj.io/revision"_s)
                    .toString()
                    .toInt() == revision)
                return rs;
        }
        return {};
    }
    void mergeSpec(const QString &name, const QJsonObject &patch, const QString &ns = NS)
    {
        const QJsonObject merged =
            rd::sim::JsonPatch::mergePatch(rollout(name, ns), patch).toObject();
        QVERIFY(store()->update(rollouts(), merged, ClusterStore::Scope::Main, false).ok());
    }
    void mergeStatus(const QString &name, const QJsonObject &patch, const QString &ns = NS)
    {
        const QJsonObject merged =
            rd::sim::JsonPatch::mergePatch(rollout(name, ns), patch).toObject();
        QVERIFY(store()->update(rollouts(), merged, ClusterStore::Scope::Status, false).ok());
    }
    void setImage(const QString &name, const QString &image, const QString &ns = NS)
    {
        QJsonObject ro = rollout(name, ns);
        QJsonObject spec = ro.value(u"spec"_s).toObject();
        QJsonObject tmpl = spec.value(u"template"_s).toObject();
        QJsonObject podSpec = tmpl.value(u"spec"_s).toObject();
        QJsonArray containers = podSpec.value(u"containers"_s).toArray();
        QJsonObject c = containers.at(0).toObject();
        c.insert(u"image"_s, image);
        containers.replace(0, c);
        podSpec.insert(u"containers"_s, containers);
        tmpl.insert(u"spec"_s, podSpec);
        spec.insert(u"template"_s, tmpl);
        ro.insert(u"spec"_s, spec);
        QVERIFY(store()->update(rollouts(), ro, ClusterStore::Scope::Main, false).ok());
    }
    void createRollout(const QString &name, const QString &image, const QJsonObject &strategy,
                       const QJsonObject &extraSpec = {}, int replicas = 5)
    {
        QJsonObject spec{
            {u"replicas"_s, replicas},
            {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, name}}}}},
            {u"template"_s, rd::sim::Scenario::podTemplate(name, image)},
            {u"strategy"_s, strategy}};
        for (auto it = extraSpec.constBegin(); it != extraSpec.constEnd(); ++it)
            spec.insert(it.key(), it.value());
        QVERIFY(store()
                    ->create(rollouts(),
                             QJsonObject{{u"metadata"_s,
                                          QJsonObject{{u"name"_s, name}, {u"namespace"_s, NS}}},
                                         {u"spec"_s, spec}})
                    .ok());
    }
    bool healthyAndSettled(const QString &name, const QString &ns = NS)
    {
        const QJsonObject ro = rollout(name, ns);
        const QJsonObject s = status(ro);
        return s.value(u"phase"_s).toString() == u"Healthy" &&
               s.value(u"observedGeneration"_s).toString() ==
                   QString::number(meta(ro).value(u"generation"_s).toInteger()) &&
               s.value(u"stableRS"_s).toString() == s.value(u"currentPodHash"_s).toString();
    }
    QList<int> stepIndexSequence() const
    {
        QList<int> out;
        for (const QJsonObject &s : m_rolloutStates) {
            if (!s.contains(u"currentStepIndex"_s))
                continue;
            const int i = s.value(u"currentStepIndex"_s).toInt();
            if (out.isEmpty() || out.last() != i)
                out << i;
        }
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_cluster.reset();
        m_resizes.clear();
        m_rolloutStates.clear();
        m_terminating = 0;
        m_deletedPods = 0;
    }

    void workedTrajectory()
    {
        startCluster(u"empty"_s);
        const QJsonObject canary{
            {u"canary"_s, QJsonObject{{u"steps"_s, rd::sim::Scenario::demoSteps()}}}};

        // Create: RS rev 1 at 0, then 0 -> 5 and an immediate promotion (Initial deploy) to 8/8.
        createRollout(u"rollouts-demo"_s, u"argoproj/rollouts-demo:blue"_s, canary);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s), Timeout);
        QCOMPARE(m_resizes, QStringList{u"1:0->5"_s});
        QCOMPARE(status(rollout(u"rollouts-demo"_s)).value(u"currentStepIndex"_s).toInt(), 8);
        QStringList messages;
        for (const QJsonObject &s : std::as_const(m_rolloutStates))
            messages << s.value(u"message"_s).toString();
        QVERIFY(messages.contains(u"updated replicas are still becoming available"_s));

        // Update: stable 5->4 first, then the canary 0->1; pause at 1/8 with 20/20.
        m_resizes.clear();
        m_rolloutStates.clear();
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:yellow"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Paused"_s, Timeout);
        QCOMPARE(m_resizes, (QStringList{u"1:5->4"_s, u"2:0->1"_s}));
        // The stable's fifth pod terminated gracefully, then went.
        QCOMPARE(m_terminating, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_deletedPods, 1, Timeout);
        QJsonObject s = status(rollout(u"rollouts-demo"_s));
        QCOMPARE(s.value(u"message"_s).toString(), u"CanaryPauseStep"_s);
        QCOMPARE(s.value(u"currentStepIndex"_s).toInt(), 1);
        QCOMPARE(s.value(u"replicas"_s).toInt(), 5);
        QCOMPARE(s.value(u"updatedReplicas"_s).toInt(), 1);
        QCOMPARE(s.value(u"availableReplicas"_s).toInt(), 5);
        QCOMPARE(s.value(u"controllerPause"_s).toBool(), true);
        QCOMPARE(s.value(u"pauseConditions"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reason"_s)
                     .toString(),
                 u"CanaryPauseStep"_s);
        QCOMPARE(stepIndexSequence(),
                 (QList<int>{8, 0, 1})); // 8 is the state the image change found
        bool sawMoreReplicas = false;
        for (const QJsonObject &st : std::as_const(m_rolloutStates))
            sawMoreReplicas |=
                st.value(u"message"_s).toString() == u"more replicas need to be updated";
        QVERIFY(sawMoreReplicas);

        // Promote: each weight shrinks the stable first, then grows the canary; timed pauses pass.
        m_resizes.clear();
        m_rolloutStates.clear();
        mergeStatus(
            u"rollouts-demo"_s,
            QJsonObject{{u"status"_s, QJsonObject{{u"pauseConditions"_s, QJsonValue::Null}}}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s), Timeout);
        QCOMPARE(m_resizes, (QStringList{u"1:4->3"_s, u"2:1->2"_s, u"1:3->2"_s, u"2:2->3"_s,
                                         u"1:2->1"_s, u"2:3->4"_s, u"1:1->0"_s, u"2:4->5"_s}));
        QCOMPARE(stepIndexSequence(), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        // Every timed pause showed as Paused / CanaryPauseStep.
        QSet<int> pausedAt;
        for (const QJsonObject &st : std::as_const(m_rolloutStates)) {
            if (st.value(u"phase"_s).toString() == u"Paused" &&
                st.value(u"message"_s).toString() == u"CanaryPauseStep")
                pausedAt.insert(st.value(u"currentStepIndex"_s).toInt());
        }
        pausedAt.remove(1); // the promote write itself still carries the old phase
        QCOMPARE(pausedAt, (QSet<int>{3, 5, 7}));
        s = status(rollout(u"rollouts-demo"_s));
        QCOMPARE(s.value(u"stableRS"_s).toString(), meta(rsByRevision(2))
                                                        .value(u"labels"_s)
                                                        .toObject()
                                                        .value(u"rollouts-pod-template-hash"_s)
                                                        .toString());
        QVERIFY(!s.contains(u"pauseConditions"_s));
        QVERIFY(!s.contains(u"controllerPause"_s));

        // Abort at 1/8 of revision 3: stable 4->5 first, then canary 1->0; 0/8, Degraded.
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Paused"_s, Timeout);
        m_resizes.clear();
        mergeStatus(u"rollouts-demo"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}});
        QTRY_VERIFY_WITH_TIMEOUT(
            phaseOf(u"rollouts-demo"_s) == u"Degraded"_s &&
                fields(rsByRevision(3), "availableReplicas") == 0 &&
                status(rollout(u"rollouts-demo"_s)).value(u"availableReplicas"_s).toInt() == 5,
            Timeout);
        QCOMPARE(m_resizes, (QStringList{u"2:4->5"_s, u"3:1->0"_s}));
        s = status(rollout(u"rollouts-demo"_s));
        QCOMPARE(s.value(u"message"_s).toString(),
                 u"RolloutAborted: Rollout aborted update to revision 3"_s);
        QCOMPARE(s.value(u"currentStepIndex"_s).toInt(), 0);
        QVERIFY(!s.value(u"abortedAt"_s).toString().isEmpty());
        QVERIFY(!s.contains(u"pauseConditions"_s));
        QCOMPARE(s.value(u"updatedReplicas"_s).toInt(), 0);

        // Back to the stable image: revision 2 becomes 4, steps skipped, nothing resized.
        m_resizes.clear();
        const qsizetype rsCount = replicaSets().size();
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:yellow"_s);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s) &&
                                     meta(rollout(u"rollouts-demo"_s))
                                             .value(u"annotations"_s)
                                             .toObject()
                                             .value(u"rollout.argoproj.io/revision"_s)
                                             .toString() == u"4",
                                 Timeout);
        QCOMPARE(replicaSets().size(), rsCount);
        QVERIFY(m_resizes.isEmpty());
        const QJsonObject rev4 = rsByRevision(4);
        QCOMPARE(meta(rev4)
                     .value(u"annotations"_s)
                     .toObject()
                     .value(u"rollout.argoproj.io/revision-history"_s)
                     .toString(),
                 u"2"_s);
        QCOMPARE(rev4.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 5);
        s = status(rollout(u"rollouts-demo"_s));
        QCOMPARE(s.value(u"currentStepIndex"_s).toInt(), 8);
        QVERIFY(!s.contains(u"abort"_s));
        QCOMPARE(s.value(u"message"_s).toString(), QString());
        QVERIFY(!rsByRevision(3).isEmpty());
        QVERIFY(!rsByRevision(1).isEmpty());
    }

    void retryAfterAbort()
    {
        startCluster(u"rollouts-demo"_s);
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Paused"_s, Timeout);
        mergeStatus(u"rollouts-demo"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}});
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Degraded"_s, Timeout);
        // Retry: the canary starts again from the first step and pauses at 1/8.
        mergeStatus(u"rollouts-demo"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, false}}}});
        QTRY_VERIFY_WITH_TIMEOUT(
            phaseOf(u"rollouts-demo"_s) == u"Paused"_s &&
                status(rollout(u"rollouts-demo"_s)).value(u"currentStepIndex"_s).toInt() == 1,
            Timeout);
        QVERIFY(!status(rollout(u"rollouts-demo"_s)).contains(u"abortedAt"_s));
        // Manual pause outranks the pause step; promote --full finishes everything.
        mergeSpec(u"rollouts-demo"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"paused"_s, true}}}});
        QTRY_COMPARE_WITH_TIMEOUT(
            status(rollout(u"rollouts-demo"_s)).value(u"message"_s).toString(),
            u"manually paused"_s, Timeout);
        mergeSpec(u"rollouts-demo"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"paused"_s, false}}}});
        mergeStatus(u"rollouts-demo"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"promoteFull"_s, true}}}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s) &&
                                     fields(rsByRevision(3), "availableReplicas") == 5,
                                 Timeout);
        QCOMPARE(status(rollout(u"rollouts-demo"_s)).value(u"currentStepIndex"_s).toInt(), 8);
    }

    // The Events of the acceptance trajectory carry the controller's reasons and message formats
    // (rollouts-semantics.md 5.x), in the order the controller records them.
    void eventsOfTheAcceptanceTrajectory()
    {
        startCluster(u"rollouts-demo"_s);
        QStringList events; // "reason: message" for every new Event (or count bump) on the rollout
        connect(store(), &ClusterStore::changed, this, [&events](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey != u"events" || ev->type == u"DELETED")
                return;
            const QJsonObject involved = ev->object.value(u"involvedObject"_s).toObject();
            if (involved.value(u"kind"_s).toString() != u"Rollout" ||
                involved.value(u"name"_s).toString() != u"rollouts-demo")
                return;
            events << ev->object.value(u"reason"_s).toString() % u": "_s %
                          ev->object.value(u"message"_s).toString();
        });
        const auto has = [&events](const QString &line) { return events.contains(line); };
        const auto indexOf = [&events](const QString &line) { return events.indexOf(line); };

        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Paused"_s, Timeout);
        const QString rs3 = meta(rsByRevision(3)).value(u"name"_s).toString();
        const QString rs2 = meta(rsByRevision(2)).value(u"name"_s).toString();
        QVERIFY(!rs3.isEmpty() && !rs2.isEmpty());
        const QString hash3 = meta(rsByRevision(3))
                                  .value(u"labels"_s)
                                  .toObject()
                                  .value(u"rollouts-pod-template-hash"_s)
                                  .toString();
        const QStringList update{
            u"NewReplicaSetCreated: Created ReplicaSet %1 (revision 3)"_s.arg(rs3),
            u"RolloutUpdated: Rollout updated to revision 3"_s,
            u"RolloutNotCompleted: Rollout not completed, started update to revision 3 (%1)"_s.arg(
                hash3),
            u"ScalingReplicaSet: Scaled down ReplicaSet %1 (revision 2) from 5 to 4"_s.arg(rs2),
            u"ScalingReplicaSet: Scaled up ReplicaSet %1 (revision 3) from 0 to 1"_s.arg(rs3),
            u"RolloutStepCompleted: Rollout step 1/8 completed (setWeight: 20)"_s,
            u"RolloutPaused: Rollout is paused (CanaryPauseStep)"_s};
        for (const QString &line : update)
            QVERIFY2(has(line), qPrintable(line % u"\n in \n"_s % events.join(u'\n')));
        for (qsizetype i = 1; i < update.size(); ++i)
            QVERIFY2(indexOf(update.at(i - 1)) < indexOf(update.at(i)),
                     qPrintable(events.join(u'\n')));

        events.clear();
        mergeStatus(u"rollouts-demo"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}});
        QTRY_VERIFY_WITH_TIMEOUT(
            phaseOf(u"rollouts-demo"_s) == u"Degraded"_s &&
                has(u"ScalingReplicaSet: Scaled down ReplicaSet %1 (revision 3) from 1 to 0"_s.arg(
                    rs3)),
            Timeout);
        QVERIFY2(has(u"RolloutAborted: Rollout aborted update to revision 3"_s),
                 qPrintable(events.join(u'\n')));
        // The stable was scaled back up in the same reconcile.
        QVERIFY2(
            has(u"ScalingReplicaSet: Scaled up ReplicaSet %1 (revision 2) from 4 to 5"_s.arg(rs2)),
            qPrintable(events.join(u'\n')));

        events.clear();
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:yellow"_s);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s) &&
                                     has(u"RolloutUpdated: Rollout updated to revision 4"_s),
                                 Timeout);
        QVERIFY2(has(u"SkipSteps: Rollback to stable ReplicaSets"_s),
                 qPrintable(events.join(u'\n')));
        // Nothing was scaled: the stable ReplicaSet already had every pod.
        for (const QString &line : std::as_const(events))
            QVERIFY2(!line.startsWith(u"ScalingReplicaSet"_s), qPrintable(line));
    }

    // A canary with a traffic router (rollouts-semantics.md 5.x): the weight moves only once the
    // canary has its pods, each move is a TrafficWeightUpdated Event in the controller's form
    // ("to W" the first time, then "from A to B"), recorded before the step it completes, and
    // status.canary.weights carries it. A basic canary records no such Event.
    void trafficRoutedCanaryEvents()
    {
        startCluster(u"empty"_s);
        QStringList events; // "reason: message" of the routed rollout, in the order recorded
        QStringList basicReasons;
        connect(store(), &ClusterStore::changed, this, [&](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey != u"events" || ev->type == u"DELETED")
                return;
            const QString name =
                ev->object.value(u"involvedObject"_s).toObject().value(u"name"_s).toString();
            const QString line = ev->object.value(u"reason"_s).toString() % u": "_s %
                                 ev->object.value(u"message"_s).toString();
            if (name == u"routed")
                events << line;
            else if (name == u"basic")
                basicReasons << ev->object.value(u"reason"_s).toString();
        });
        const QJsonArray steps{QJsonObject{{u"setWeight"_s, 20}},
                               QJsonObject{{u"pause"_s, QJsonObject{{u"duration"_s, u"10s"_s}}}},
                               QJsonObject{{u"setWeight"_s, 50}},
                               QJsonObject{{u"pause"_s, QJsonObject{{u"duration"_s, u"10s"_s}}}}};
        createRollout(
            u"routed"_s, u"nginx:1.25"_s,
            QJsonObject{
                {u"canary"_s, QJsonObject{{u"canaryService"_s, u"routed-canary"_s},
                                          {u"stableService"_s, u"routed-stable"_s},
                                          {u"trafficRouting"_s,
                                           QJsonObject{{u"nginx"_s, QJsonObject{{u"stableIngress"_s,
                                                                                 u"routed"_s}}}}},
                                          {u"steps"_s, steps}}}},
            {}, 4);
        createRollout(u"basic"_s, u"nginx:1.25"_s,
                      QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, steps}}}}, {}, 4);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"routed"_s) && healthyAndSettled(u"basic"_s),
                                 Timeout);
        QCOMPARE(events.filter(u"TrafficWeightUpdated"_s),
                 QStringList{u"TrafficWeightUpdated: Traffic weight updated to 0"_s});

        events.clear();
        setImage(u"routed"_s, u"nginx:1.27"_s);
        setImage(u"basic"_s, u"nginx:1.27"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            healthyAndSettled(u"routed"_s) && healthyAndSettled(u"basic"_s) &&
                events.contains(u"TrafficWeightUpdated: Traffic weight updated from 100 to 0"_s),
            Timeout);
        const QString hash = status(rollout(u"routed"_s)).value(u"currentPodHash"_s).toString();
        const QStringList story{
            u"TrafficWeightUpdated: Traffic weight updated from 0 to 20"_s,
            u"RolloutStepCompleted: Rollout step 1/4 completed (setWeight: 20)"_s,
            u"RolloutPaused: Rollout is paused (CanaryPauseStep)"_s,
            u"RolloutStepCompleted: Rollout step 2/4 completed (pause: 10s)"_s,
            u"TrafficWeightUpdated: Traffic weight updated from 20 to 50"_s,
            u"RolloutStepCompleted: Rollout step 3/4 completed (setWeight: 50)"_s,
            u"RolloutPaused: Rollout is paused (CanaryPauseStep)"_s,
            u"RolloutStepCompleted: Rollout step 4/4 completed (pause: 10s)"_s,
            u"TrafficWeightUpdated: Traffic weight updated from 50 to 100"_s,
            u"RolloutCompleted: Rollout completed update to revision 2 (%1): Completed all 4 "
            "canary steps"_s.arg(hash),
            u"TrafficWeightUpdated: Traffic weight updated from 100 to 0"_s};
        // The story's lines in this order (scaling Events fall in between); the second
        // RolloutPaused is a count bump of the first Event.
        QStringList told;
        for (const QString &line : std::as_const(events)) {
            if (!line.startsWith(u"ScalingReplicaSet"_s) && !line.startsWith(u"RolloutUpdated"_s) &&
                !line.startsWith(u"NewReplicaSetCreated"_s) &&
                !line.startsWith(u"RolloutNotCompleted"_s))
                told << line;
        }
        QCOMPARE(told, story);
        // The canary had its pod before traffic went to it.
        const QString rs2 = u"routed-"_s + hash;
        QVERIFY2(events.indexOf(u"ScalingReplicaSet: Scaled up ReplicaSet %1 (revision 2) from 0 "
                                "to 1"_s.arg(rs2)) >= 0 &&
                     events.indexOf(u"ScalingReplicaSet: Scaled up ReplicaSet %1 (revision 2) "
                                    "from 0 to 1"_s.arg(rs2)) < events.indexOf(story.first()),
                 qPrintable(events.join(u'\n')));
        const QJsonObject weights = status(rollout(u"routed"_s))
                                        .value(u"canary"_s)
                                        .toObject()
                                        .value(u"weights"_s)
                                        .toObject();
        QCOMPARE(weights.value(u"canary"_s).toObject().value(u"weight"_s).toInt(), 0);
        QCOMPARE(weights.value(u"canary"_s).toObject().value(u"podTemplateHash"_s).toString(),
                 hash);
        QCOMPARE(weights.value(u"stable"_s).toObject().value(u"weight"_s).toInt(), 100);
        QCOMPARE(weights.value(u"stable"_s).toObject().value(u"serviceName"_s).toString(),
                 u"routed-stable"_s);
        QVERIFY2(!basicReasons.contains(u"TrafficWeightUpdated"_s),
                 qPrintable(basicReasons.join(u'\n')));
        QVERIFY(basicReasons.contains(u"RolloutStepCompleted"_s));
        QVERIFY(!status(rollout(u"basic"_s)).value(u"canary"_s).toObject().contains(u"weights"_s));
    }

    // Aborting a traffic-routed canary moves its traffic to 0 before any ReplicaSet is resized.
    void trafficRoutedAbort()
    {
        startCluster(u"empty"_s);
        QStringList events;
        connect(store(), &ClusterStore::changed, this, [&](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey == u"events" && ev->type != u"DELETED" &&
                ev->object.value(u"involvedObject"_s).toObject().value(u"name"_s).toString() ==
                    u"routed")
                events << ev->object.value(u"reason"_s).toString() % u": "_s %
                              ev->object.value(u"message"_s).toString();
        });
        createRollout(
            u"routed"_s, u"nginx:1.25"_s,
            QJsonObject{
                {u"canary"_s,
                 QJsonObject{
                     {u"trafficRouting"_s,
                      QJsonObject{{u"nginx"_s, QJsonObject{{u"stableIngress"_s, u"routed"_s}}}}},
                     {u"steps"_s, QJsonArray{QJsonObject{{u"setWeight"_s, 25}},
                                             QJsonObject{{u"pause"_s, QJsonObject()}}}}}}},
            {}, 4);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"routed"_s), Timeout);
        setImage(u"routed"_s, u"nginx:1.27"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            phaseOf(u"routed"_s) == u"Paused"_s &&
                events.contains(u"TrafficWeightUpdated: Traffic weight updated from 0 to 25"_s),
            Timeout);
        events.clear();
        mergeStatus(u"routed"_s, QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}});
        QTRY_VERIFY_WITH_TIMEOUT(phaseOf(u"routed"_s) == u"Degraded"_s &&
                                     fields(rsByRevision(2), "replicas") == 0,
                                 Timeout);
        const qsizetype traffic =
            events.indexOf(u"TrafficWeightUpdated: Traffic weight updated from 25 to 0"_s);
        QVERIFY2(traffic >= 0, qPrintable(events.join(u'\n')));
        for (qsizetype i = 0; i < traffic; ++i)
            QVERIFY2(!events.at(i).startsWith(u"ScalingReplicaSet"_s),
                     qPrintable(events.join(u'\n')));
        QVERIFY2(events.filter(u"ScalingReplicaSet"_s).size() >= 1, qPrintable(events.join(u'\n')));
        QCOMPARE(status(rollout(u"routed"_s))
                     .value(u"canary"_s)
                     .toObject()
                     .value(u"weights"_s)
                     .toObject()
                     .value(u"canary"_s)
                     .toObject()
                     .value(u"weight"_s)
                     .toInt(-1),
                 0);
    }

    void blueGreenPromotion()
    {
        startCluster(u"empty"_s);
        const QJsonObject bg{{u"blueGreen"_s, QJsonObject{{u"activeService"_s, u"bg-active"_s},
                                                          {u"previewService"_s, u"bg-preview"_s},
                                                          {u"autoPromotionEnabled"_s, false},
                                                          {u"scaleDownDelaySeconds"_s, 5}}}};
        const ApiResource &services = *ApiResource::find(QString(), u"services"_s);
        for (const QString &svc : {u"bg-active"_s, u"bg-preview"_s})
            QVERIFY(store()
                        ->create(services,
                                 QJsonObject{
                                     {u"metadata"_s,
                                      QJsonObject{{u"name"_s, svc}, {u"namespace"_s, NS}}},
                                     {u"spec"_s, QJsonObject{{u"selector"_s,
                                                              QJsonObject{{u"app"_s, u"bg"_s}}}}}})
                        .ok());
        const auto selectorOf = [&](const QString &svc) {
            return store()
                ->get(services.key(), NS, svc)
                .value()
                .value(u"spec"_s)
                .toObject()
                .value(u"selector"_s)
                .toObject()
                .value(u"rollouts-pod-template-hash"_s)
                .toString();
        };
        createRollout(u"bg"_s, u"argoproj/rollouts-demo:blue"_s, bg, {}, 3);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"bg"_s), Timeout);
        const QString blue = status(rollout(u"bg"_s)).value(u"stableRS"_s).toString();
        QCOMPARE(status(rollout(u"bg"_s))
                     .value(u"blueGreen"_s)
                     .toObject()
                     .value(u"activeSelector"_s)
                     .toString(),
                 blue);

        setImage(u"bg"_s, u"argoproj/rollouts-demo:green"_s);
        QTRY_VERIFY_WITH_TIMEOUT(phaseOf(u"bg"_s) == u"Paused"_s, Timeout);
        QJsonObject s = status(rollout(u"bg"_s));
        QCOMPARE(s.value(u"message"_s).toString(), u"BlueGreenPause"_s);
        const QString green = s.value(u"currentPodHash"_s).toString();
        QCOMPARE(s.value(u"blueGreen"_s).toObject().value(u"previewSelector"_s).toString(), green);
        QCOMPARE(s.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s).toString(), blue);
        QCOMPARE(fields(rsByRevision(2), "availableReplicas"), 3);
        QCOMPARE(fields(rsByRevision(1), "availableReplicas"), 3);
        QCOMPARE(selectorOf(u"bg-active"_s), blue);
        QCOMPARE(selectorOf(u"bg-preview"_s), green);

        mergeStatus(u"bg"_s, QJsonObject{{u"status"_s,
                                          QJsonObject{{u"pauseConditions"_s, QJsonValue::Null}}}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"bg"_s), Timeout);
        s = status(rollout(u"bg"_s));
        QCOMPARE(s.value(u"blueGreen"_s).toObject().value(u"activeSelector"_s).toString(), green);
        QCOMPARE(s.value(u"stableRS"_s).toString(), green);
        QCOMPARE(selectorOf(u"bg-active"_s), green);
        // The old ReplicaSet waits for its scale-down deadline, then goes to zero.
        QTRY_VERIFY_WITH_TIMEOUT(
            !meta(rsByRevision(1))
                    .value(u"annotations"_s)
                    .toObject()
                    .value(u"scale-down-deadline"_s)
                    .toString()
                    .isEmpty() ||
                rsByRevision(1).value(u"spec"_s).toObject().value(u"replicas"_s).toInt() == 0,
            Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            rsByRevision(1).value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 0, Timeout);
    }

    void blueGreenAbort()
    {
        startCluster(u"empty"_s);
        const QJsonObject bg{{u"blueGreen"_s, QJsonObject{{u"activeService"_s, u"bg-active"_s},
                                                          {u"autoPromotionEnabled"_s, false},
                                                          {u"abortScaleDownDelaySeconds"_s, 5}}}};
        createRollout(u"bg"_s, u"nginx:1"_s, bg, {}, 2);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"bg"_s), Timeout);
        setImage(u"bg"_s, u"nginx:2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"bg"_s), u"Paused"_s, Timeout);
        mergeStatus(u"bg"_s, QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}});
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"bg"_s), u"Degraded"_s, Timeout);
        QCOMPARE(status(rollout(u"bg"_s)).value(u"message"_s).toString(),
                 u"RolloutAborted: Rollout aborted update to revision 2"_s);
        // The active service stays on the stable; the preview scales down after its delay.
        QCOMPARE(status(rollout(u"bg"_s))
                     .value(u"blueGreen"_s)
                     .toObject()
                     .value(u"activeSelector"_s)
                     .toString(),
                 status(rollout(u"bg"_s)).value(u"stableRS"_s).toString());
        QTRY_COMPARE_WITH_TIMEOUT(
            rsByRevision(2).value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 0, Timeout);
        QCOMPARE(rsByRevision(1).value(u"spec"_s).toObject().value(u"replicas"_s).toInt(), 2);
    }

    void abortByFailingAnalysis()
    {
        startCluster(u"empty"_s);
        QVERIFY(store()
                    ->create(
                        *ApiResource::find(u"argoproj.io"_s, u"analysistemplates"_s),
                        QJsonObject{
                            {u"metadata"_s,
                             QJsonObject{
                                 {u"name"_s, u"error-rate"_s},
                                 {u"namespace"_s, NS},
                                 {u"annotations"_s,
                                  QJsonObject{{u"sim.rolloutdesk.io/result"_s, u"Failed"_s},
                                              {u"sim.rolloutdesk.io/after-seconds"_s, u"2"_s}}}}},
                            {u"spec"_s,
                             QJsonObject{{u"metrics"_s,
                                          QJsonArray{QJsonObject{{u"name"_s, u"error-rate"_s}}}}}}})
                    .ok());
        const QJsonObject canary{
            {u"canary"_s,
             QJsonObject{
                 {u"steps"_s, QJsonArray{QJsonObject{{u"setWeight"_s, 50}},
                                         QJsonObject{{u"pause"_s, QJsonObject()}}}},
                 {u"analysis"_s,
                  QJsonObject{{u"templates"_s,
                               QJsonArray{QJsonObject{{u"templateName"_s, u"error-rate"_s}}}}}}}}};
        createRollout(u"analysed"_s, u"nginx:1.25"_s, canary, {}, 4);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"analysed"_s), Timeout);
        QCOMPARE(store()->list(u"analysisruns.argoproj.io"_s, NS).size(),
                 0); // no analysis on the initial deploy
        setImage(u"analysed"_s, u"nginx:1.27"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"analysed"_s), u"Degraded"_s, Timeout);
        const QJsonObject s = status(rollout(u"analysed"_s));
        QCOMPARE(
            s.value(u"message"_s).toString(),
            u"RolloutAborted: Rollout aborted update to revision 2: Metric \"error-rate\" assessed Failed due to failed (1) > failureLimit (0)"_s);
        QCOMPARE(s.value(u"canary"_s)
                     .toObject()
                     .value(u"currentBackgroundAnalysisRunStatus"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"Failed"_s);
        const auto runs = store()->list(u"analysisruns.argoproj.io"_s, NS);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(status(runs.first()).value(u"phase"_s).toString(), u"Failed"_s);
        QCOMPARE(meta(runs.first())
                     .value(u"annotations"_s)
                     .toObject()
                     .value(u"rollout.argoproj.io/revision"_s)
                     .toString(),
                 u"2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fields(rsByRevision(2), "replicas"), 0, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(fields(rsByRevision(1), "availableReplicas"), 4, Timeout);
        // The run's phase changes were recorded on the rollout, the failure as a Warning.
        QStringList reasons;
        for (const QJsonObject &e : store()->list(u"events"_s, NS)) {
            if (e.value(u"involvedObject"_s).toObject().value(u"name"_s).toString() == u"analysed")
                reasons << e.value(u"type"_s).toString() % u' ' % e.value(u"reason"_s).toString() %
                               u": "_s % e.value(u"message"_s).toString();
        }
        const QString runName = meta(runs.first()).value(u"name"_s).toString();
        QVERIFY2(
            reasons.contains(
                u"Warning AnalysisRunFailed: Background Analysis Run '%1' Status New: 'Failed' Previous: 'Running'"_s
                    .arg(runName)),
            qPrintable(reasons.join(u'\n')));
    }

    // An experiment runs for its Go duration: "1m30s" is 90 s (0.9 s at speed 100), not 0.
    void experimentRunsItsGoDuration()
    {
        startCluster(u"empty"_s);
        const ApiResource &experiments = *ApiResource::find(u"argoproj.io"_s, u"experiments"_s);
        const QJsonObject labels{{u"app"_s, u"timed"_s}};
        const QJsonObject podTemplate{
            {u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
            {u"spec"_s,
             QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"app"_s},
                                                                  {u"image"_s, u"nginx:1"_s}}}}}}};
        const QJsonObject experiment{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"timed"_s}, {u"namespace"_s, NS}}},
            {u"spec"_s, QJsonObject{{u"duration"_s, u"1m30s"_s},
                                    {u"templates"_s,
                                     QJsonArray{QJsonObject{
                                         {u"name"_s, u"baseline"_s},
                                         {u"replicas"_s, 1},
                                         {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                         {u"template"_s, podTemplate}}}}}}};
        QVERIFY(store()->create(experiments, experiment).ok());
        auto current = [&] {
            return store()->get(experiments.key(), NS, u"timed"_s).value_or(QJsonObject());
        };
        // Running lasts 0.9 s at speed 100: a loaded machine may not poll in between, so only the
        // end is awaited, and the time it took is checked below.
        QTRY_COMPARE_WITH_TIMEOUT(status(current()).value(u"phase"_s).toString(), u"Successful"_s,
                                  Timeout);
        const qint64 seenDone = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(status(current()).value(u"message"_s).toString(), u"Experiment completed"_s);
        // A lower bound only (load makes it longer): it did not finish before its duration.
        const qint64 availableAt =
            ClusterStore::preciseMSecs(status(current()).value(u"availableAt"_s).toString());
        QVERIFY(availableAt > 0);
        QVERIFY2(
            seenDone - availableAt >= 890,
            qPrintable(u"completed %1 ms after it became available"_s.arg(seenDone - availableAt)));
    }

    void stepAnalysisAndExperiment()
    {
        startCluster(u"empty"_s);
        QVERIFY(
            store()
                ->create(*ApiResource::find(u"argoproj.io"_s, u"analysistemplates"_s),
                         QJsonObject{
                             {u"metadata"_s,
                              QJsonObject{
                                  {u"name"_s, u"smoke"_s},
                                  {u"namespace"_s, NS},
                                  {u"annotations"_s,
                                   QJsonObject{{u"sim.rolloutdesk.io/result"_s, u"Successful"_s},
                                               {u"sim.rolloutdesk.io/after-seconds"_s, u"2"_s}}}}},
                             {u"spec"_s,
                              QJsonObject{{u"metrics"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"smoke"_s}}}}}}})
                .ok());
        const QJsonArray steps{
            QJsonObject{
                {u"experiment"_s,
                 QJsonObject{{u"duration"_s, u"150s"_s}, // 1.5 s at speed 100
                             {u"templates"_s, QJsonArray{QJsonObject{{u"name"_s, u"baseline"_s},
                                                                     {u"specRef"_s, u"stable"_s},
                                                                     {u"replicas"_s, 1}},
                                                         QJsonObject{{u"name"_s, u"canary"_s},
                                                                     {u"specRef"_s, u"canary"_s},
                                                                     {u"replicas"_s, 1}}}}}}},
            QJsonObject{{u"setWeight"_s, 50}},
            QJsonObject{{u"analysis"_s,
                         QJsonObject{{u"templates"_s,
                                      QJsonArray{QJsonObject{{u"templateName"_s, u"smoke"_s}}}}}}}};
        createRollout(u"stepped"_s, u"nginx:1"_s,
                      QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, steps}}}}, {}, 2);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"stepped"_s), Timeout);
        setImage(u"stepped"_s, u"nginx:2"_s);
        // The experiment step: two ReplicaSets owned by the experiment, Running, then Successful.
        QTRY_VERIFY_WITH_TIMEOUT(!store()->list(u"experiments.argoproj.io"_s, NS).isEmpty() &&
                                     status(store()->list(u"experiments.argoproj.io"_s, NS).first())
                                             .value(u"phase"_s)
                                             .toString() == u"Running"_s,
                                 Timeout);
        const QJsonObject exp = store()->list(u"experiments.argoproj.io"_s, NS).first();
        QCOMPARE(status(rollout(u"stepped"_s))
                     .value(u"canary"_s)
                     .toObject()
                     .value(u"currentExperiment"_s)
                     .toString(),
                 meta(exp).value(u"name"_s).toString());
        QCOMPARE(status(rollout(u"stepped"_s)).value(u"currentStepIndex"_s).toInt(), 0);
        const auto expRs =
            store()->ownedBy(u"replicasets.apps"_s, meta(exp).value(u"uid"_s).toString());
        QCOMPARE(expRs.size(), 2);
        QStringList templates;
        for (const QJsonObject &rs : expRs)
            templates << meta(rs)
                             .value(u"annotations"_s)
                             .toObject()
                             .value(u"experiment.argoproj.io/template-name"_s)
                             .toString();
        templates.sort();
        QCOMPARE(templates, (QStringList{u"baseline"_s, u"canary"_s}));
        // Then the analysis step runs and succeeds, and the rollout completes.
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"stepped"_s), Timeout);
        QCOMPARE(status(store()
                            ->get(u"experiments.argoproj.io"_s, NS,
                                  meta(exp).value(u"name"_s).toString())
                            .value())
                     .value(u"phase"_s)
                     .toString(),
                 u"Successful"_s);
        const auto runs = store()->list(u"analysisruns.argoproj.io"_s, NS);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(status(runs.first()).value(u"phase"_s).toString(), u"Successful"_s);
        QCOMPARE(meta(runs.first()).value(u"labels"_s).toObject().value(u"step-index"_s).toString(),
                 u"2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &rs :
                     store()->ownedBy(u"replicasets.apps"_s, meta(exp).value(u"uid"_s).toString()))
                    if (rs.value(u"spec"_s).toObject().value(u"replicas"_s).toInt() != 0)
                        return false;
                return true;
            }(),
            Timeout);
    }

    void workloadRef()
    {
        startCluster(u"empty"_s);
        const ApiResource &deployments = *ApiResource::find(u"apps"_s, u"deployments"_s);
        QVERIFY(
            store()
                ->create(
                    deployments,
                    QJsonObject{
                        {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s}, {u"namespace"_s, NS}}},
                        {u"spec"_s, QJsonObject{{u"replicas"_s, 0},
                                                {u"selector"_s,
                                                 QJsonObject{{u"matchLabels"_s,
                                                              QJsonObject{{u"app"_s, u"web"_s}}}}},
                                                {u"template"_s, rd::sim::Scenario::podTemplate(
                                                                    u"web"_s, u"nginx:1"_s)}}}})
                .ok());
        QVERIFY(
            store()
                ->create(
                    rollouts(),
                    QJsonObject{
                        {u"metadata"_s, QJsonObject{{u"name"_s, u"web"_s}, {u"namespace"_s, NS}}},
                        {u"spec"_s,
                         QJsonObject{
                             {u"replicas"_s, 2},
                             {u"workloadRef"_s, QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                                                            {u"kind"_s, u"Deployment"_s},
                                                            {u"name"_s, u"web"_s}}},
                             {u"strategy"_s,
                              QJsonObject{
                                  {u"canary"_s,
                                   QJsonObject{{u"steps"_s,
                                                QJsonArray{QJsonObject{{u"setWeight"_s, 50}},
                                                           QJsonObject{{u"pause"_s,
                                                                        QJsonObject()}}}}}}}}}}})
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"web"_s), Timeout);
        QVERIFY(!rollout(u"web"_s).value(u"spec"_s).toObject().contains(
            u"template"_s)); // never written back
        // set image on a workloadRef rollout edits the Deployment (what the plugin does).
        QJsonObject d = store()->get(deployments.key(), NS, u"web"_s).value();
        d = rd::sim::JsonPatch::apply(
                d, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                          {u"path"_s, u"/spec/template/spec/containers/0/image"_s},
                                          {u"value"_s, u"nginx:2"_s}}})
                .value()
                .toObject();
        QVERIFY(store()->update(deployments, d, ClusterStore::Scope::Main, false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(phaseOf(u"web"_s) == u"Paused"_s &&
                                     fields(rsByRevision(2), "availableReplicas") == 1,
                                 Timeout);
        QCOMPARE(rsByRevision(2)
                     .value(u"spec"_s)
                     .toObject()
                     .value(u"template"_s)
                     .toObject()
                     .value(u"spec"_s)
                     .toObject()
                     .value(u"containers"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"image"_s)
                     .toString(),
                 u"nginx:2"_s);
    }

    void inconclusiveAnalysisPausesUntilPromoted()
    {
        startCluster(u"empty"_s);
        QVERIFY(
            store()
                ->create(*ApiResource::find(u"argoproj.io"_s, u"analysistemplates"_s),
                         QJsonObject{
                             {u"metadata"_s,
                              QJsonObject{
                                  {u"name"_s, u"maybe"_s},
                                  {u"namespace"_s, NS},
                                  {u"annotations"_s,
                                   QJsonObject{{u"sim.rolloutdesk.io/result"_s, u"Inconclusive"_s},
                                               {u"sim.rolloutdesk.io/after-seconds"_s, u"1"_s}}}}},
                             {u"spec"_s,
                              QJsonObject{{u"metrics"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"maybe"_s}}}}}}})
                .ok());
        const QJsonArray steps{
            QJsonObject{{u"setWeight"_s, 50}},
            QJsonObject{{u"analysis"_s,
                         QJsonObject{{u"templates"_s,
                                      QJsonArray{QJsonObject{{u"templateName"_s, u"maybe"_s}}}}}}}};
        createRollout(u"unsure"_s, u"nginx:1"_s,
                      QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, steps}}}}, {}, 2);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"unsure"_s), Timeout);
        setImage(u"unsure"_s, u"nginx:2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(phaseOf(u"unsure"_s) == u"Paused"_s &&
                                     status(rollout(u"unsure"_s)).value(u"message"_s).toString() ==
                                         u"InconclusiveAnalysisRun"_s,
                                 Timeout);
        QCOMPARE(status(rollout(u"unsure"_s)).value(u"currentStepIndex"_s).toInt(), 1);
        QCOMPARE(status(rollout(u"unsure"_s))
                     .value(u"canary"_s)
                     .toObject()
                     .value(u"currentStepAnalysisRunStatus"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"Inconclusive"_s);
        // The plugin's promote for an inconclusive step analysis.
        mergeStatus(u"unsure"_s,
                    QJsonObject{{u"status"_s, QJsonObject{{u"pauseConditions"_s, QJsonValue::Null},
                                                          {u"controllerPause"_s, false},
                                                          {u"currentStepIndex"_s, 2}}}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"unsure"_s), Timeout);
        QCOMPARE(fields(rsByRevision(2), "availableReplicas"), 2);
    }

    void restart()
    {
        startCluster(u"rollouts-demo"_s);
        QSet<QString> before;
        for (const QJsonObject &p : store()->list(u"pods"_s, NS))
            before.insert(meta(p).value(u"uid"_s).toString());
        QCOMPARE(before.size(), 5);
        const QString at = ClusterStore::now();
        QTest::qWait(1100); // restartAt has second precision: pods must be older than it
        mergeSpec(u"rollouts-demo"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"restartAt"_s, at}}}});
        QTRY_COMPARE_WITH_TIMEOUT(
            status(rollout(u"rollouts-demo"_s)).value(u"restartedAt"_s).toString(), at, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s), Timeout);
        // Replaced pods terminate for a moment before they go.
        QTRY_COMPARE_WITH_TIMEOUT(store()->list(u"pods"_s, NS).size(), 5, Timeout);
        const auto pods = store()->list(u"pods"_s, NS);
        for (const QJsonObject &p : pods)
            QVERIFY(!before.contains(meta(p).value(u"uid"_s).toString()));
    }

    void progressDeadlineAndBadImage()
    {
        startCluster(u"rollouts-demo"_s);
        mergeSpec(u"rollouts-demo"_s,
                  QJsonObject{{u"spec"_s, QJsonObject{{u"progressDeadlineSeconds"_s, 20}}}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"rollouts-demo"_s), Timeout);
        setImage(u"rollouts-demo"_s, u"argoproj/rollouts-demo:does-not-exist"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"rollouts-demo"_s), u"Degraded"_s, Timeout);
        QVERIFY(status(rollout(u"rollouts-demo"_s))
                    .value(u"message"_s)
                    .toString()
                    .startsWith(u"ProgressDeadlineExceeded: ReplicaSet \"rollouts-demo-"_s));
        QVERIFY(status(rollout(u"rollouts-demo"_s))
                    .value(u"message"_s)
                    .toString()
                    .endsWith(u"\" has timed out progressing."_s));
        const auto pullError = [this] {
            for (const QJsonObject &p : store()->list(u"pods"_s, NS)) {
                const QString reason = status(p)
                                           .value(u"containerStatuses"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"state"_s)
                                           .toObject()
                                           .value(u"waiting"_s)
                                           .toObject()
                                           .value(u"reason"_s)
                                           .toString();
                if (reason == u"ErrImagePull" || reason == u"ImagePullBackOff")
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(pullError(), Timeout);
        QCOMPARE(fields(rsByRevision(2), "availableReplicas"), 4);
    }

    void revisionHistoryLimit()
    {
        startCluster(u"empty"_s);
        const QJsonObject canary{{u"canary"_s, QJsonObject{{u"steps"_s, QJsonArray()}}}};
        createRollout(u"history"_s, u"nginx:1"_s, canary,
                      QJsonObject{{u"revisionHistoryLimit"_s, 1}}, 2);
        for (int v = 2; v <= 4; ++v) {
            QTRY_VERIFY_WITH_TIMEOUT(healthyAndSettled(u"history"_s), Timeout);
            setImage(u"history"_s, u"nginx:%1"_s.arg(v));
            QTRY_VERIFY_WITH_TIMEOUT(status(rollout(u"history"_s)).value(u"currentPodHash"_s) ==
                                             status(rollout(u"history"_s)).value(u"stableRS"_s) &&
                                         healthyAndSettled(u"history"_s),
                                     Timeout);
        }
        // The new one, plus at most one idle old revision.
        QTRY_COMPARE_WITH_TIMEOUT(replicaSets().size(), 2, Timeout);
        QVERIFY(!rsByRevision(4).isEmpty());
        QVERIFY(!rsByRevision(3).isEmpty());
    }

    void showcaseStates()
    {
        startCluster(u"showcase"_s);
        const QString ns = u"showcase"_s;
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"paused-canary"_s, ns), u"Paused"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"bluegreen-preview"_s, ns), u"Paused"_s, Timeout);
        QCOMPARE(status(rollout(u"bluegreen-preview"_s, ns)).value(u"message"_s).toString(),
                 u"BlueGreenPause"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(u"analysis-canary"_s, ns), u"Degraded"_s, Timeout);
        QVERIFY(status(rollout(u"analysis-canary"_s, ns))
                    .value(u"message"_s)
                    .toString()
                    .startsWith(u"RolloutAborted: "_s));
        QTRY_VERIFY_WITH_TIMEOUT(status(rollout(u"stuck-canary"_s, ns))
                                     .value(u"message"_s)
                                     .toString()
                                     .startsWith(u"ProgressDeadlineExceeded"_s),
                                 Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!store()->list(u"experiments.argoproj.io"_s, ns).isEmpty() &&
                                     status(store()->list(u"experiments.argoproj.io"_s, ns).first())
                                             .value(u"phase"_s)
                                             .toString() == u"Running"_s,
                                 Timeout);
        QCOMPARE(phaseOf(u"experiment-canary"_s, ns), u"Progressing"_s);
        QCOMPARE(phaseOf(u"healthy-canary"_s, ns), u"Healthy"_s);
        QCOMPARE(phaseOf(u"rollouts-demo"_s), u"Healthy"_s);
    }

    void scaleScenario()
    {
        startCluster(u"scale:50"_s);
        QCOMPARE(store()->count(u"rollouts.argoproj.io"_s), 50);
        QCOMPARE(store()->count(u"replicasets.apps"_s), 50);
        QCOMPARE(store()->count(u"pods"_s), 150);
        // The controllers find nothing to change in a steady scenario.
        const qint64 rv = store()->resourceVersion();
        QTest::qWait(300);
        QCOMPARE(store()->resourceVersion(), rv);
        for (const QJsonObject &ro : store()->list(u"rollouts.argoproj.io"_s))
            QCOMPARE(status(ro).value(u"phase"_s).toString(), u"Healthy"_s);
    }

    // scale:N,churn:R changes R rollouts a second, in turn, flipping each one's image between
    // :v1 and :v2; the controllers then roll them as they would any update.
    void scaleScenarioWithChurn()
    {
        startCluster(u"scale:5,churn:20"_s);
        QCOMPARE(store()->count(u"rollouts.argoproj.io"_s), 5);
        QSet<QString> changed;
        connect(store(), &ClusterStore::changed, this, [&](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey != u"rollouts.argoproj.io" || ev->type != u"MODIFIED")
                return;
            const auto image = [](const QJsonObject &o) {
                return o.value(u"spec"_s)
                    .toObject()
                    .value(u"template"_s)
                    .toObject()
                    .value(u"spec"_s)
                    .toObject()
                    .value(u"containers"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"image"_s)
                    .toString();
            };
            if (image(ev->object) != image(ev->previous))
                changed.insert(meta(ev->object).value(u"name"_s).toString());
        });
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 5, 5000);

        const auto scale = rd::sim::Scenario::parseScale(u"scale:10,churn:3"_s);
        QVERIFY2(scale, qPrintable(scale.errorMessage()));
        QCOMPARE(scale->rollouts, 10);
        QCOMPARE(scale->churnPerSecond, 3);
        for (const QString &bad : {u"scale:10,churn:x"_s, u"scale:10,churn:-1"_s,
                                   u"scale:10,burst:3"_s, u"scale:0"_s, u"scale:10,churn:1,x"_s}) {
            const auto refused = rd::sim::Scenario::parseScale(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(refused.errorMessage().contains(bad), qPrintable(refused.errorMessage()));
            QVERIFY(!rd::sim::SimCluster::isValidScenario(bad));
        }
        QVERIFY(rd::sim::SimCluster::isValidScenario(u"scale:10,churn:3"_s));
        const auto timed = rd::sim::Scenario::parseScale(u"scale:10,churn:3,for:60"_s);
        QVERIFY2(timed, qPrintable(timed.errorMessage()));
        QCOMPARE(timed->churnSeconds, 60);
        for (const QString &bad : {u"scale:10,churn:3,for:0"_s, u"scale:10,churn:3,for:x"_s,
                                   u"scale:10,for:3"_s, u"scale:10,churn:3,for:1,x"_s}) {
            const auto refused = rd::sim::Scenario::parseScale(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(refused.errorMessage().contains(bad), qPrintable(refused.errorMessage()));
        }
    }

    // scale:N,age:D: rollout i is D days + 30 min + i seconds old (an hour + i seconds without
    // it), so an idle board has ages whose text rarely changes; age:D combines with churn and for.
    void scaleScenarioWithAge()
    {
        const auto ageOf = [this](const QString &name) {
            const QDateTime created =
                QDateTime::fromString(meta(*store()->get(u"rollouts.argoproj.io"_s, NS, name))
                                          .value(u"creationTimestamp"_s)
                                          .toString(),
                                      Qt::ISODate);
            return created.secsTo(QDateTime::currentDateTimeUtc());
        };
        // A minute of slack for a slow start; the ages asked for are far apart.
        startCluster(u"scale:3,age:30"_s);
        QCOMPARE(store()->count(u"rollouts.argoproj.io"_s), 3);
        QVERIFY2(qAbs(ageOf(u"app-0000"_s) - (30 * 86400 + 1800)) < 60,
                 qPrintable(QString::number(ageOf(u"app-0000"_s))));
        QVERIFY2(qAbs(ageOf(u"app-0002"_s) - (30 * 86400 + 1800 + 2)) < 60,
                 qPrintable(QString::number(ageOf(u"app-0002"_s))));
        for (const QJsonObject &ro : store()->list(u"rollouts.argoproj.io"_s))
            QCOMPARE(status(ro).value(u"phase"_s).toString(), u"Healthy"_s);
        startCluster(u"scale:2"_s);
        QVERIFY2(qAbs(ageOf(u"app-0001"_s) - 3601) < 60,
                 qPrintable(QString::number(ageOf(u"app-0001"_s))));

        const auto parsed = rd::sim::Scenario::parseScale(u"scale:10,churn:3,for:60,age:9"_s);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->churnPerSecond, 3);
        QCOMPARE(parsed->churnSeconds, 60);
        QCOMPARE(parsed->ageDays, 9);
        QCOMPARE(rd::sim::Scenario::parseScale(u"scale:10"_s)->ageDays, 0);
        QCOMPARE(rd::sim::Scenario::parseScale(u"scale:10,churn:2,age:1"_s)->ageDays, 1);
        QVERIFY(rd::sim::SimCluster::isValidScenario(u"scale:10,age:3650"_s));
        for (const QString &bad :
             {u"scale:10,age:0"_s, u"scale:10,age:3651"_s, u"scale:10,age:x"_s, u"scale:10,age:"_s,
              u"scale:10,age:5,churn:3"_s, u"scale:10,age:5,age:6"_s, u"scale:10,for:3,age:5"_s}) {
            const auto refused = rd::sim::Scenario::parseScale(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(refused.errorMessage().contains(bad), qPrintable(refused.errorMessage()));
            QVERIFY(!rd::sim::SimCluster::isValidScenario(bad));
        }
    }

    // scale:N,churn:R,for:S: the churn stops after S seconds (a soak run then compares the
    // settled state), and the cluster settles.
    void churnStopsAfterItsSeconds()
    {
        startCluster(u"scale:3,churn:20,for:1"_s);
        int rolloutWrites = 0;
        connect(store(), &ClusterStore::changed, this, [&](const rd::sim::StoreEventPtr &ev) {
            if (ev->resourceKey == u"rollouts.argoproj.io" && ev->type == u"MODIFIED")
                ++rolloutWrites;
        });
        QTRY_VERIFY_WITH_TIMEOUT(rolloutWrites > 0, 5000);
        // Past the second, every rollout ends paused at its first step (pause: {}) or healthy.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const qint64 rv = store()->resourceVersion();
                QTest::qWait(1500);
                return store()->resourceVersion() == rv;
            }(),
            60000);
    }

private:
    static int fields(const QJsonObject &o, const char *key)
    {
        return status(o).value(QLatin1String(key)).toInt();
    }
};

QTEST_GUILESS_MAIN(TestSimControllers)
#include "test_sim_controllers.moc"
