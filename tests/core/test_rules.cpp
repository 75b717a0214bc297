// One data-driven test per rule of rollouts-semantics.md §1 and §2, each with rows on both sides
// of its boundary.

#include "ObjectFactory.h"

#include "core/Duration.h"
#include "core/Icons.h"
#include "core/ImageReference.h"
#include "core/PodStatus.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutPhase.h"
#include "core/RolloutTextRenderer.h"
#include "core/TabWriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;
using testdata::canaryRollout;
using testdata::decode;
using testdata::parse;

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // §1.3: the three client gates, then status.phase, then CalculateRolloutPhase's table.
    void phase_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const QJsonObject &ro, const char *phase, const char *msg) {
            QTest::newRow(name) << ro << QString::fromUtf8(phase) << QString::fromUtf8(msg);
        };
        const auto bg = testdata::blueGreenRollout;
        // Gate 1: observedGeneration below generation.
        row("gate1 unobserved",
            canaryRollout(R"({"status":{"observedGeneration":"1","phase":"Healthy"}})"),
            "Progressing", "waiting for rollout spec update to be observed");
        row("gate1 observed",
            canaryRollout(R"({"status":{"observedGeneration":"2","phase":"Healthy"}})"), "Healthy",
            "");
        row("gate1 newer counts as observed",
            canaryRollout(R"({"status":{"observedGeneration":"3","phase":"Healthy"}})"), "Healthy",
            "");
        row("gate1 non-numeric counts as observed",
            canaryRollout(R"({"status":{"observedGeneration":"abc","phase":"Healthy"}})"),
            "Healthy", "");
        // Gate 2: controllerPause without pause conditions.
        row("gate2 unpausing",
            canaryRollout(R"({"status":{"controllerPause":true,"phase":"Paused"}})"), "Progressing",
            "waiting for rollout to unpause");
        row("gate2 still paused",
            canaryRollout(
                R"({"status":{"controllerPause":true,"phase":"Paused","message":"CanaryPauseStep",
                          "pauseConditions":[{"reason":"CanaryPauseStep","startTime":"2026-01-01T00:00:00Z"}]}})"),
            "Paused", "CanaryPauseStep");
        // status.phase is trusted verbatim.
        row("controller phase", canaryRollout(R"({"status":{"phase":"Degraded","message":"x"}})"),
            "Degraded", "x");
        // CalculateRolloutPhase rows (no status.phase).
        row("invalid spec",
            canaryRollout(
                R"({"status":{"conditions":[{"type":"InvalidSpec","status":"True","reason":"InvalidSpec","message":"bad"}]}})"),
            "Degraded", "InvalidSpec: bad");
        row("aborted",
            canaryRollout(
                R"({"status":{"conditions":[{"type":"Progressing","status":"False","reason":"RolloutAborted","message":"Rollout aborted update to revision 3"}]}})"),
            "Degraded", "RolloutAborted: Rollout aborted update to revision 3");
        row("deadline",
            canaryRollout(
                R"({"status":{"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"t"}]}})"),
            "Degraded", "ProgressDeadlineExceeded: t");
        row("first degrading condition wins",
            canaryRollout(
                R"({"status":{"conditions":[{"type":"Progressing","reason":"ProgressDeadlineExceeded","message":"a"},{"type":"InvalidSpec","message":"b"}]}})"),
            "Degraded", "ProgressDeadlineExceeded: a");
        row("other condition is not degrading",
            canaryRollout(
                R"({"spec":{"paused":true},"status":{"conditions":[{"type":"Progressing","reason":"ReplicaSetUpdated","message":"a"}]}})"),
            "Paused", "manually paused");
        row("manual pause beats pause conditions",
            canaryRollout(
                R"({"spec":{"paused":true},"status":{"pauseConditions":[{"reason":"CanaryPauseStep"}]}})"),
            "Paused", "manually paused");
        row("pause condition",
            canaryRollout(
                R"({"status":{"pauseConditions":[{"reason":"InconclusiveAnalysisRun"},{"reason":"CanaryPauseStep"}]}})"),
            "Paused", "InconclusiveAnalysisRun");
        row("restarting",
            canaryRollout(
                R"({"spec":{"restartAt":"2026-01-02T00:00:00Z"},"status":{"restartedAt":"2026-01-01T00:00:00Z"}})"),
            "Progressing", "rollout is restarting");
        row("restart done",
            canaryRollout(
                R"({"spec":{"restartAt":"2026-01-02T00:00:00Z"},"status":{"restartedAt":"2026-01-02T00:00:00Z","updatedReplicas":5,"availableReplicas":5,"stableRS":"new"}})"),
            "Healthy", "");
        row("updated below desired", canaryRollout(R"({"status":{"updatedReplicas":4}})"),
            "Progressing", "more replicas need to be updated");
        row("available below updated",
            canaryRollout(R"({"status":{"updatedReplicas":5,"availableReplicas":4}})"),
            "Progressing", "updated replicas are still becoming available");
        row("old replicas pending",
            canaryRollout(R"({"status":{"updatedReplicas":5,"replicas":6,"availableReplicas":6}})"),
            "Progressing", "old replicas are pending termination");
        row("traffic routing skips old replicas rule",
            canaryRollout(
                R"({"spec":{"strategy":{"canary":{"trafficRouting":{"smi":{}}}}},"status":{"updatedReplicas":5,"replicas":6,"availableReplicas":6}})"),
            "Progressing", "waiting for all steps to complete");
        row("steps pending", canaryRollout(R"({"status":{"updatedReplicas":5}})"), "Progressing",
            "waiting for all steps to complete");
        row("canary healthy", canaryRollout(R"({"status":{"updatedReplicas":5,"stableRS":"new"}})"),
            "Healthy", "");
        row("bg cutover pending", bg(R"({"status":{"blueGreen":{"activeSelector":"old"}}})"),
            "Progressing", "active service cutover pending");
        row("bg no active selector", bg(R"({"status":{"blueGreen":{"activeSelector":null}}})"),
            "Progressing", "active service cutover pending");
        row("bg post-promotion analysis",
            bg(R"({"spec":{"strategy":{"blueGreen":{"postPromotionAnalysis":{}}}},"status":{"stableRS":"old","blueGreen":{"postPromotionAnalysisRunStatus":{"status":"Running"}}}})"),
            "Progressing", "waiting for analysis to complete");
        row("bg post-promotion analysis done",
            bg(R"({"spec":{"strategy":{"blueGreen":{"postPromotionAnalysis":{}}}},"status":{"stableRS":"old","blueGreen":{"postPromotionAnalysisRunStatus":{"status":"Successful"}}}})"),
            "Progressing", "waiting for post-promotion verification to complete");
        row("bg healthy", bg("{}"), "Healthy", "");
    }
    void phase()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(QString, phase);
        QFETCH(QString, message);
        const PhaseMessage result = rolloutPhase(decode<Rollout>(rollout));
        QCOMPARE(result.phase, phase);
        QCOMPARE(result.message, message);
    }

    // §1.4
    void icons_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("icon");
        const QList<std::tuple<const char *, const char *, const char16_t *>> rows = {
            {"rollout", "Progressing", u"◌"},
            {"rollout", "Error", u"⚠"},
            {"rollout", "InvalidSpec", u"⚠"},
            {"rollout", "Paused", u"॥"},
            {"rollout", "Healthy", u"✔"},
            {"rollout", "Degraded", u"✖"},
            {"rollout", "Unknown", u"?"},
            {"rollout", "ScaledDown", u"•"},
            {"rollout", "Other", u" "},
            {"rs", "Progressing", u"◌"},
            {"rs", "Healthy", u"✔"},
            {"rs", "ReplicaFailure", u"✖"},
            {"rs", "ScaledDown", u"•"},
            {"rs", "Degraded", u" "},
            {"pod", "Init:0/1", u"◌"},
            {"pod", "Signal:9", u"✖"},
            {"pod", "ExitCode:1", u"✖"},
            {"pod", "CreateContainerConfigError", u"⚠"},
            {"pod", "ErrImagePull", u"⚠"},
            {"pod", "Pending", u"◌"},
            {"pod", "Terminating", u"◌"},
            {"pod", "ContainerCreating", u"◌"},
            {"pod", "Running", u"✔"},
            {"pod", "Completed", u"✔"},
            {"pod", "Failed", u"✖"},
            {"pod", "InvalidImageName", u"✖"},
            {"pod", "CrashLoopBackOff", u"✖"},
            {"pod", "ImagePullBackOff", u"⚠"},
            {"pod", "RegistryUnavailable", u"⚠"},
            {"pod", "Unknown", u"?"},
            {"pod", "Evicted", u" "},
            {"analysis", "Successful", u"✔"},
            {"analysis", "Inconclusive", u"?"},
            {"analysis", "Failed", u"✖"},
            {"analysis", "Error", u"⚠"},
            {"analysis", "Running", u"◌"},
            {"analysis", "Pending", u"◷"},
            {"analysis", "", u" "},
        };
        for (const auto &[kind, status, icon] : rows) {
            QTest::addRow("%s %s", kind, status)
                << QString::fromUtf8(kind) << QString::fromUtf8(status) << QString::fromUtf16(icon);
        }
    }
    void icons()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(QString, icon);
        QString actual;
        if (kind == u"rollout")
            actual = rolloutIcon(status);
        else if (kind == u"rs")
            actual = replicaSetIcon(status);
        else if (kind == u"pod")
            actual = podIcon(status);
        else
            actual = analysisIcon(status);
        QCOMPARE(actual, icon);
    }

    // §1.2 step and §1.5 SetWeight / ActualWeight.
    void weights_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<QList<QJsonObject>>("replicaSets");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("setWeight");
        QTest::addColumn<QString>("actualWeight");
        const QJsonObject canaryRs = testdata::replicaSet("demo-new", "new", 3);
        const QJsonObject stableRs =
            testdata::replicaSet("demo-old", "old", 2, R"({"status":{"availableReplicas":4}})");
        const QList<QJsonObject> both{canaryRs, stableRs};
        QTest::newRow("pause after 20")
            << canaryRollout() << both << u"1/4"_s << u"20"_s << u"20"_s;
        QTest::newRow("aborted") << canaryRollout(
                                        R"({"status":{"abort":true,"currentStepIndex":0}})")
                                 << both << u"0/4"_s << u"0"_s << u"20"_s;
        QTest::newRow("all steps done") << canaryRollout(R"({"status":{"currentStepIndex":4}})")
                                        << both << u"4/4"_s << u"100"_s << u"100"_s;
        QTest::newRow("index unset reads step 0")
            << canaryRollout(R"({"status":{"currentStepIndex":null}})") << both << QString()
            << u"20"_s << u"20"_s;
        QTest::newRow("no steps") << canaryRollout(
                                         R"({"spec":{"strategy":{"canary":{"steps":null}}}})")
                                  << both << QString() << u"100"_s << u"100"_s;
        QTest::newRow("max traffic weight")
            << canaryRollout(
                   R"({"spec":{"strategy":{"canary":{"steps":null,"trafficRouting":{"maxTrafficWeight":1000}}}}})")
            << both << QString() << u"1000"_s << u"1000"_s;
        QTest::newRow("scan back to a setWeight")
            << canaryRollout(R"({"status":{"currentStepIndex":3}})") << both << u"3/4"_s << u"40"_s
            << u"20"_s;
        QTest::newRow("no setWeight before the step")
            << canaryRollout(
                   R"({"spec":{"strategy":{"canary":{"steps":[{"pause":{}},{"setWeight":50}]}}},"status":{"currentStepIndex":0}})")
            << both << u"0/2"_s << u"0"_s << u"20"_s;
        QTest::newRow("no available pods") << canaryRollout(R"({"status":{"availableReplicas":0}})")
                                           << both << u"1/4"_s << u"20"_s << u"0"_s;
        QTest::newRow("integer truncation")
            << canaryRollout(R"({"status":{"availableReplicas":3}})") << both << u"1/4"_s << u"20"_s
            << u"33"_s;
        QTest::newRow("no canary ReplicaSet")
            << canaryRollout() << QList<QJsonObject>{stableRs} << u"1/4"_s << u"20"_s << u"0"_s;
        QTest::newRow("traffic routing weights")
            << canaryRollout(
                   R"({"spec":{"strategy":{"canary":{"trafficRouting":{"smi":{}}}}},"status":{"canary":{"weights":{"canary":{"weight":7}}}}})")
            << both << u"1/4"_s << u"20"_s << u"7"_s;
        QTest::newRow("traffic routing without weights")
            << canaryRollout(R"({"spec":{"strategy":{"canary":{"trafficRouting":{"smi":{}}}}}})")
            << both << u"1/4"_s << u"20"_s << u"20"_s;
    }
    void weights()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(QList<QJsonObject>, replicaSets);
        QFETCH(QString, step);
        QFETCH(QString, setWeight);
        QFETCH(QString, actualWeight);
        ObjectSet objects;
        for (const QJsonObject &rs : replicaSets)
            QVERIFY(objects.add(rs).ok());
        const RolloutInfo info = RolloutInfoBuilder::build(decode<Rollout>(rollout), objects);
        QCOMPARE(info.step, step);
        QCOMPARE(info.setWeight, setWeight);
        QCOMPARE(info.actualWeight, actualWeight);
    }

    void blueGreenHasNoWeights()
    {
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(testdata::blueGreenRollout()), {});
        QCOMPARE(info.strategy, rd::core::Strategy::BlueGreen);
        QVERIFY(info.step.isEmpty());
        QVERIFY(info.setWeight.isEmpty());
        QCOMPARE(info.desired, 3);
    }

    // What views need of a rollout comes typed: labels, spec.paused, pause conditions with their
    // start times, the step details, the phase and the strategy (no view reads the JSON).
    void typedValuesForViews()
    {
        const Rollout ro = decode<Rollout>(canaryRollout(R"({
          "metadata": {"labels": {"team": "shop", "tier": "web"}},
          "spec": {"paused": true, "strategy": {"canary": {"steps": [
            {"analysis": {"templates": [{"templateName": "success-rate"},
                                        {"templateName": "latency"}]}},
            {"experiment": {"duration": "1m30s", "templates": []}},
            {"setCanaryScale": {"replicas": 2}},
            {"setCanaryScale": {"weight": 25}},
            {"plugin": {"name": "example/step"}},
            {"pause": {"duration": "1h"}}]}}},
          "status": {"currentStepIndex": 5, "phase": "Paused",
                     "pauseConditions": [{"reason": "CanaryPauseStep",
                                          "startTime": "2026-01-01T00:10:00Z"}]}})"));
        const RolloutInfo info = RolloutInfoBuilder::build(ro, {});
        QCOMPARE(info.labels.value(u"team"_s), u"shop"_s);
        QCOMPARE(info.labels.size(), 2);
        QVERIFY(info.specPaused);
        QCOMPARE(info.pauseConditions.size(), 1);
        QCOMPARE(info.pauseConditions.first().reason, u"CanaryPauseStep"_s);
        QCOMPARE(info.pauseStartTime(), QDateTime(QDate(2026, 1, 1), QTime(0, 10), Qt::UTC));
        QCOMPARE(info.phase(), rd::core::Phase::Paused);
        QCOMPARE(info.strategy, rd::core::Strategy::Canary);
        QCOMPARE(info.steps.size(), 6);
        QCOMPARE(info.steps[0].analysisTemplates, (QStringList{u"success-rate"_s, u"latency"_s}));
        QCOMPARE(info.steps[1].experimentDuration, u"1m30s"_s);
        QCOMPARE(info.steps[2].canaryScaleReplicas.value_or(-1), 2);
        QVERIFY(!info.steps[2].canaryScaleWeight);
        QCOMPARE(info.steps[3].canaryScaleWeight.value_or(-1), 25);
        QCOMPARE(info.steps[4].pluginName, u"example/step"_s);
        QCOMPARE(info.steps[5].pauseDurationText, u"1h"_s);
        QCOMPARE(info.steps[5].pauseSeconds().value_or(-1), 3600);
        QVERIFY(!info.unreadable());
    }

    // Steps keep no JSON: their texts come from what was read, and two steps are equal exactly
    // when what was read of them is (a step built by hand with other values is not "equal").
    void stepTextsAndEquality()
    {
        const Rollout ro = decode<Rollout>(canaryRollout(R"({
          "spec": {"strategy": {"canary": {"steps": [
            {"setWeight": 20},
            {"pause": {"duration": 10}},
            {"pause": {}},
            {"setCanaryScale": {"weight": "40"}},
            {"setCanaryScale": {"matchTrafficWeight": true}},
            {"setCanaryScale": {"replicas": 3}},
            {"setHeaderRoute": {"name": "header-route"}},
            {"setMirrorRoute": {"name": "mirror-route"}},
            {"plugin": {"name": "example/step"}},
            {"experiment": {"templates": []}},
            {"analysis": {"templates": []}}]}}}})"));
        QStringList texts;
        for (const CanaryStep &step : ro.steps)
            texts << step.text();
        QCOMPARE(texts,
                 (QStringList{u"setWeight: 20"_s, u"pause: 10"_s, u"pause"_s,
                              u"setCanaryScale{weight: 40}"_s,
                              u"setCanaryScale{matchTrafficWeight: true}"_s,
                              u"setCanaryScale{replicas: 3}"_s, u"setHeaderRoute: header-route"_s,
                              u"setMirrorRoute: mirror-route"_s, u"plugin: example/step"_s,
                              u"experiment"_s, u"analysis"_s}));

        CanaryStep a;
        a.kind = CanaryStep::Kind::SetWeight;
        a.weight = 20;
        QCOMPARE(a, ro.steps.at(0));
        CanaryStep b = a;
        b.weight = 40;
        QVERIFY(!(a == b));
        CanaryStep route = ro.steps.at(6);
        QVERIFY(route == ro.steps.at(6));
        route.detail = u"other-route"_s;
        QVERIFY(!(route == ro.steps.at(6)));
        QVERIFY(!(ro.steps.at(4) == ro.steps.at(5)));
    }

    // The one place that names phases and strategies.
    void phaseAndStrategyWords()
    {
        using rd::core::Phase;
        for (const Phase phase :
             {Phase::Progressing, Phase::Paused, Phase::Degraded, Phase::Healthy})
            QCOMPARE(rd::core::phaseFromName(rd::core::phaseName(phase)), phase);
        QCOMPARE(rd::core::phaseName(Phase::Healthy), u"Healthy"_s);
        QCOMPARE(rd::core::phaseFromName(u"ScaledDown"), Phase::Unknown);
        QCOMPARE(rd::core::phaseFromName(u""), Phase::Unknown);
        QCOMPARE(rd::core::strategyName(rd::core::Strategy::BlueGreen), u"BlueGreen"_s);
        QCOMPARE(rd::core::strategyName(rd::core::Strategy::None), QString());
    }

    // An object that fails to parse becomes an info with the message and nothing else.
    void unreadableRolloutKeepsOnlyItsNameAndTheMessage()
    {
        QJsonObject object = canaryRollout(R"({"spec": {"replicas": "five"}})");
        const auto parsed = Rollout::fromJson(object);
        QVERIFY(!parsed.ok());
        const RolloutInfo info = RolloutInfoBuilder::unreadable(object, parsed.errorMessage());
        QVERIFY(info.unreadable());
        QCOMPARE(info.parseError, parsed.errorMessage());
        QVERIFY2(info.parseError.contains(u"spec.replicas"_s), qPrintable(info.parseError));
        QCOMPARE(info.key(), u"ns/demo"_s);
        QVERIFY(info.status.isEmpty());
        QVERIFY(info.steps.isEmpty());
        QVERIFY(info.containers.isEmpty());
        QCOMPARE(info.phase(), rd::core::Phase::Unknown);
    }

    void defaultReplicasAndGeneration()
    {
        const Rollout ro = decode<Rollout>(
            canaryRollout(R"({"spec":{"replicas":null},"status":{"observedGeneration":"7"}})"));
        const RolloutInfo info = RolloutInfoBuilder::build(ro, {});
        QCOMPARE(info.desired, 1);
        QCOMPARE(info.generation, u"7"_s);
        QCOMPARE(info.restartedAt, u"Never"_s);
        const Rollout restarted =
            decode<Rollout>(canaryRollout(R"({"status":{"restartedAt":"2024-01-02T03:04:05Z"}})"));
        QCOMPARE(RolloutInfoBuilder::build(restarted, {}).restartedAt,
                 u"2024-01-02 03:04:05 +0000 UTC"_s);
    }

    // §1.6 health words.
    void replicaSetHealth_data()
    {
        QTest::addColumn<QJsonObject>("rs");
        QTest::addColumn<QString>("health");
        auto rs = [](const char *patch) { return testdata::replicaSet("r", "h", 1, patch); };
        QTest::newRow("healthy") << rs("{}") << u"Healthy"_s;
        QTest::newRow("generation unobserved")
            << rs(R"({"metadata":{"generation":2}})") << u"Progressing"_s;
        QTest::newRow("generation observed ahead")
            << rs(R"({"status":{"observedGeneration":2}})") << u"Healthy"_s;
        QTest::newRow("replica failure")
            << rs(R"({"status":{"conditions":[{"type":"ReplicaFailure","status":"True"}]}})")
            << u"ReplicaFailure"_s;
        QTest::newRow("replica failure false")
            << rs(R"({"status":{"conditions":[{"type":"ReplicaFailure","status":"False"}]}})")
            << u"Healthy"_s;
        QTest::newRow("available below spec")
            << rs(R"({"status":{"availableReplicas":0}})") << u"Progressing"_s;
        QTest::newRow("scaled down")
            << rs(R"({"spec":{"replicas":0},"status":{"availableReplicas":0,"replicas":1}})")
            << u"ScaledDown"_s;
        QTest::newRow("scaled down but unobserved")
            << rs(R"({"metadata":{"generation":3},"spec":{"replicas":0}})") << u"Progressing"_s;
    }
    void replicaSetHealth()
    {
        QFETCH(QJsonObject, rs);
        QFETCH(QString, health);
        QCOMPARE(RolloutInfoBuilder::replicaSetHealth(decode<ReplicaSet>(rs)), health);
    }

    // §1.6 tags.
    void replicaSetTags()
    {
        ObjectSet objects;
        QVERIFY(objects.add(testdata::replicaSet("a-new", "new", 3)).ok());
        QVERIFY(objects.add(testdata::replicaSet("a-old", "old", 2)).ok());
        RolloutInfo info = RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QCOMPARE(info.replicaSets.size(), 2);
        QVERIFY(info.replicaSets[0].canary && !info.replicaSets[0].stable);
        QVERIFY(info.replicaSets[1].stable && !info.replicaSets[1].canary);

        // Both stable and current: only stable.
        info = RolloutInfoBuilder::build(
            decode<Rollout>(canaryRollout(R"({"status":{"stableRS":"new"}})")), objects);
        QVERIFY(info.replicaSets[0].stable && !info.replicaSets[0].canary);

        // Ping-pong follows stablePingPong.
        info = RolloutInfoBuilder::build(
            decode<Rollout>(canaryRollout(
                R"({"spec":{"strategy":{"canary":{"pingPong":{"pingService":"a","pongService":"b"}}}},"status":{"canary":{"stablePingPong":"ping"}}})")),
            objects);
        QVERIFY(info.replicaSets[0].canary && info.replicaSets[0].pong &&
                !info.replicaSets[0].ping);
        QVERIFY(info.replicaSets[1].stable && info.replicaSets[1].ping);

        // Blue-green: stable independent, active before preview.
        ObjectSet bgObjects;
        auto bgRs = [](const char *name, const char *hash) {
            QJsonObject rs = testdata::replicaSet(name, hash, 1);
            return testdata::merged(
                rs, parse(R"({"metadata":{"ownerReferences":[{"uid":"bg-uid"}]}})"));
        };
        QVERIFY(bgObjects.add(bgRs("bg-a", "a")).ok());
        QVERIFY(bgObjects.add(bgRs("bg-b", "b")).ok());
        info = RolloutInfoBuilder::build(
            decode<Rollout>(testdata::blueGreenRollout(
                R"({"status":{"stableRS":"a","blueGreen":{"activeSelector":"a","previewSelector":"b"}}})")),
            bgObjects);
        QVERIFY(info.replicaSets[0].stable && info.replicaSets[0].active &&
                !info.replicaSets[0].preview);
        QVERIFY(info.replicaSets[1].preview && !info.replicaSets[1].stable);
    }

    // §1.1: matching is by owner uid, not labels or the controller flag.
    void ownershipByUid()
    {
        ObjectSet objects;
        QVERIFY(objects.add(testdata::replicaSet("mine", "new", 1)).ok());
        QVERIFY(objects
                    .add(testdata::merged(
                        testdata::replicaSet("other", "new", 1),
                        parse(R"({"metadata":{"ownerReferences":[{"uid":"someone"}]}})")))
                    .ok());
        QVERIFY(
            objects
                .add(testdata::merged(
                    testdata::replicaSet("non-controller", "x", 1),
                    parse(
                        R"({"metadata":{"ownerReferences":[{"uid":"ro-uid","controller":false}]}})")))
                .ok());
        QVERIFY(objects
                    .add(testdata::merged(testdata::replicaSet("other-ns", "x", 1),
                                          parse(R"({"metadata":{"namespace":"elsewhere"}})")))
                    .ok());
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QStringList names;
        for (const ReplicaSetInfo &rs : info.replicaSets)
            names << rs.meta.name;
        QCOMPARE(names, (QStringList{u"mine"_s, u"non-controller"_s}));
    }

    // §1.6/§1.7/§1.11 ordering.
    void ordering()
    {
        ObjectSet objects;
        QVERIFY(objects.add(testdata::replicaSet("b", "x1", 5)).ok());
        QVERIFY(objects.add(testdata::replicaSet("a", "x2", 5)).ok());
        QVERIFY(objects.add(testdata::replicaSet("z", "x3", 7)).ok());
        QVERIFY(objects
                    .add(testdata::replicaSet(
                        "missing", "x4", 0,
                        R"({"metadata":{"annotations":{"rollout.argoproj.io/revision":"x"}}})"))
                    .ok());
        auto addPod = [&](const char *name, const char *created) {
            QJsonObject p = testdata::pod(R"({})");
            p = testdata::merged(p, parse(R"({"metadata":{"ownerReferences":[{"uid":"z-uid"}]}})"));
            QJsonObject meta = p.value(u"metadata").toObject();
            meta.insert(u"name"_s, QString::fromUtf8(name));
            meta.insert(u"creationTimestamp"_s, QString::fromUtf8(created));
            p.insert(u"metadata"_s, meta);
            QVERIFY(objects.add(p).ok());
        };
        addPod("p2", "2026-01-01T00:00:05Z");
        addPod("p3", "2026-01-01T00:00:01Z");
        addPod("p1", "2026-01-01T00:00:05Z");
        auto addRun = [&](const char *name, int revision, const char *created) {
            QJsonObject run = parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"AnalysisRun",
                "metadata":{"namespace":"ns","ownerReferences":[{"uid":"ro-uid"}]},"status":{"phase":"Running"}})");
            QJsonObject meta = run.value(u"metadata").toObject();
            meta.insert(u"name"_s, QString::fromUtf8(name));
            meta.insert(u"creationTimestamp"_s, QString::fromUtf8(created));
            meta.insert(u"annotations"_s, QJsonObject{{u"rollout.argoproj.io/revision"_s,
                                                       QString::number(revision)}});
            run.insert(u"metadata"_s, meta);
            QVERIFY(objects.add(run).ok());
        };
        addRun("run-a", 5, "2026-01-01T00:00:00Z");
        addRun("run-b", 5, "2026-01-01T00:00:00Z");
        addRun("run-c", 5, "2025-01-01T00:00:00Z");
        addRun("run-d", 9, "2026-06-01T00:00:00Z");
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QStringList rs;
        for (const ReplicaSetInfo &r : info.replicaSets)
            rs << r.meta.name + u':' + QString::number(r.revision);
        QCOMPARE(rs, (QStringList{u"z:7"_s, u"a:5"_s, u"b:5"_s, u"missing:0"_s}));
        QStringList pods;
        for (const PodInfo &p : info.replicaSets[0].pods)
            pods << p.meta.name;
        QCOMPARE(pods, (QStringList{u"p3"_s, u"p1"_s, u"p2"_s}));
        QStringList runs;
        for (const AnalysisRunInfo &r : info.analysisRuns)
            runs << r.meta.name;
        QCOMPARE(runs, (QStringList{u"run-d"_s, u"run-c"_s, u"run-b"_s, u"run-a"_s}));
        QCOMPARE(info.revisions(), (QList<qint64>{9, 7, 5, 0}));
    }

    // §1.7: kubectl's STATUS column.
    void podStatus_data()
    {
        QTest::addColumn<QJsonObject>("pod");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<qint64>("restarts");
        auto row = [](const char *name, const char *patch, const char *status, const char *ready,
                      qint64 restarts) {
            QTest::newRow(name) << testdata::pod(patch) << QString::fromUtf8(status)
                                << QString::fromUtf8(ready) << restarts;
        };
        row("running ready",
            R"({"status":{"containerStatuses":[{"name":"c","ready":true,"restartCount":2,"state":{"running":{}}}]}})",
            "Running", "1/1", 2);
        row("running not ready",
            R"({"status":{"containerStatuses":[{"name":"c","ready":false,"state":{"running":{}}}]}})",
            "Running", "0/1", 0);
        row("pod reason wins over phase", R"({"status":{"phase":"Failed","reason":"Evicted"}})",
            "Evicted", "0/1", 0);
        row("waiting reason",
            R"({"status":{"phase":"Pending","containerStatuses":[{"name":"c","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}})",
            "ImagePullBackOff", "0/1", 0);
        row("waiting without reason keeps phase",
            R"({"status":{"phase":"Pending","containerStatuses":[{"name":"c","state":{"waiting":{}}}]}})",
            "Pending", "0/1", 0);
        row("terminated reason",
            R"({"status":{"containerStatuses":[{"name":"c","state":{"terminated":{"reason":"OOMKilled","exitCode":137}}}]}})",
            "OOMKilled", "0/1", 0);
        row("terminated signal",
            R"({"status":{"containerStatuses":[{"name":"c","state":{"terminated":{"signal":9,"exitCode":137}}}]}})",
            "Signal:9", "0/1", 0);
        row("terminated exit code",
            R"({"status":{"containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":3}}}]}})",
            "ExitCode:3", "0/1", 0);
        row("first container wins",
            R"({"spec":{"containers":[{"name":"a"},{"name":"b"}]},"status":{"containerStatuses":[{"name":"a","state":{"waiting":{"reason":"CrashLoopBackOff"}},"restartCount":1},{"name":"b","state":{"waiting":{"reason":"ErrImagePull"}},"restartCount":2}]}})",
            "CrashLoopBackOff", "0/2", 3);
        row("completed with a running container",
            R"({"spec":{"containers":[{"name":"a"},{"name":"b"}]},"status":{"containerStatuses":[{"name":"a","ready":true,"state":{"running":{}}},{"name":"b","state":{"terminated":{"reason":"Completed"}}}]}})",
            "Running", "1/2", 0);
        row("completed alone",
            R"({"status":{"phase":"Succeeded","containerStatuses":[{"name":"c","state":{"terminated":{"reason":"Completed"}}}]}})",
            "Completed", "0/1", 0);
        row("init waiting",
            R"({"spec":{"initContainers":[{"name":"i1"},{"name":"i2"}]},"status":{"phase":"Pending","initContainerStatuses":[{"name":"i1","restartCount":1,"state":{"waiting":{"reason":"PodInitializing"}}}],"containerStatuses":[{"name":"c","restartCount":5,"state":{"waiting":{"reason":"PodInitializing"}}}]}})",
            "Init:0/2", "0/1", 1);
        row("init second of two",
            R"({"spec":{"initContainers":[{"name":"i1"},{"name":"i2"}]},"status":{"initContainerStatuses":[{"name":"i1","state":{"terminated":{"exitCode":0}}},{"name":"i2","state":{"running":{}}}]}})",
            "Init:1/2", "0/1", 0);
        row("init error reason",
            R"({"spec":{"initContainers":[{"name":"i1"}]},"status":{"initContainerStatuses":[{"name":"i1","state":{"terminated":{"reason":"Error","exitCode":1}}}]}})",
            "Init:Error", "0/1", 0);
        row("init exit code",
            R"({"spec":{"initContainers":[{"name":"i1"}]},"status":{"initContainerStatuses":[{"name":"i1","state":{"terminated":{"exitCode":2}}}]}})",
            "Init:ExitCode:2", "0/1", 0);
        row("init signal",
            R"({"spec":{"initContainers":[{"name":"i1"}]},"status":{"initContainerStatuses":[{"name":"i1","state":{"terminated":{"signal":15,"exitCode":2}}}]}})",
            "Init:Signal:15", "0/1", 0);
        row("init waiting reason",
            R"({"spec":{"initContainers":[{"name":"i1"}]},"status":{"initContainerStatuses":[{"name":"i1","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}})",
            "Init:ImagePullBackOff", "0/1", 0);
        row("started sidecar is skipped",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"initContainerStatuses":[{"name":"side","started":true,"ready":true,"restartCount":4,"state":{"running":{}}}],"containerStatuses":[{"name":"c","ready":true,"state":{"running":{}}}]}})",
            "Running", "1/1", 0);
        // Native sidecars (issue 12, §1.7): a started sidecar that is not ready ends the walk
        // without holding the pod in Init:i/n; the regular containers decide.
        row("started sidecar not ready does not hold init",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"},{"name":"migrate"}]},"status":{"phase":"Running","initContainerStatuses":[{"name":"side","started":true,"ready":false,"restartCount":3,"state":{"running":{}}},{"name":"migrate","state":{"waiting":{"reason":"PodInitializing"}}}],"containerStatuses":[{"name":"c","ready":true,"state":{"running":{}}}]}})",
            "Running", "1/1", 0);
        row("started sidecar not ready, regular container waiting",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"phase":"Pending","initContainerStatuses":[{"name":"side","started":true,"ready":false,"state":{"running":{}}}],"containerStatuses":[{"name":"c","state":{"waiting":{"reason":"ContainerCreating"}}}]}})",
            "ContainerCreating", "0/1", 0);
        row("ready sidecar, next init container failing to pull",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"},{"name":"migrate"}]},"status":{"initContainerStatuses":[{"name":"side","started":true,"ready":true,"restartCount":2,"state":{"running":{}}},{"name":"migrate","restartCount":1,"state":{"waiting":{"reason":"ImagePullBackOff"}}}]}})",
            "Init:ImagePullBackOff", "0/1", 3);
        row("ready sidecar, next init container running",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"},{"name":"migrate"}]},"status":{"initContainerStatuses":[{"name":"side","started":true,"ready":true,"state":{"running":{}}},{"name":"migrate","state":{"running":{}}}]}})",
            "Init:1/2", "0/1", 0);
        row("terminated sidecar judged by exit code first",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"phase":"Running","initContainerStatuses":[{"name":"side","started":true,"ready":false,"state":{"terminated":{"exitCode":1}}}],"containerStatuses":[{"name":"c","ready":true,"state":{"running":{}}}]}})",
            "Init:ExitCode:1", "0/1", 0);
        row("sidecar terminated with 0 is finished",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"phase":"Running","initContainerStatuses":[{"name":"side","started":true,"state":{"terminated":{"exitCode":0}}}],"containerStatuses":[{"name":"c","ready":true,"state":{"running":{}}}]}})",
            "Running", "1/1", 0);
        row("sidecar not started yet",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"phase":"Pending","initContainerStatuses":[{"name":"side","started":false,"state":{"waiting":{"reason":"PodInitializing"}}}]}})",
            "Init:0/1", "0/1", 0);
        row("ready sidecar without started flag",
            R"({"spec":{"initContainers":[{"name":"side","restartPolicy":"Always"}]},"status":{"phase":"Pending","initContainerStatuses":[{"name":"side","ready":true,"state":{"running":{}}}]}})",
            "Init:0/1", "0/1", 0);
        row("regular init container that is ready is not a sidecar",
            R"({"spec":{"initContainers":[{"name":"i1"}]},"status":{"phase":"Pending","initContainerStatuses":[{"name":"i1","started":true,"ready":true,"state":{"running":{}}}]}})",
            "Init:0/1", "0/1", 0);
        row("terminating",
            R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"},"status":{"containerStatuses":[{"name":"c","ready":true,"state":{"running":{}}}]}})",
            "Terminating", "1/1", 0);
        row("node lost",
            R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"},"status":{"reason":"NodeLost"}})",
            "Unknown", "0/1", 0);
    }
    void podStatus()
    {
        QFETCH(QJsonObject, pod);
        QFETCH(QString, status);
        QFETCH(QString, ready);
        QFETCH(qint64, restarts);
        const PodStatus st = PodStatus::of(decode<Pod>(pod));
        QCOMPARE(st.status, status);
        QCOMPARE(QString::number(st.readyContainers) + u'/' + QString::number(st.totalContainers),
                 ready);
        QCOMPARE(st.restarts, restarts);
    }

    // §1.8: insertion order for one RS's tags, merged and sorted when an image repeats.
    void images()
    {
        RolloutInfo info;
        ReplicaSetInfo a;
        a.replicas = 1;
        a.stable = true;
        a.active = true;
        a.images = {u"img:b"_s};
        ReplicaSetInfo b;
        b.replicas = 1;
        b.canary = true;
        b.images = {u"img:a"_s, u"img:c"_s};
        ReplicaSetInfo scaledDown;
        scaledDown.replicas = 0;
        scaledDown.images = {u"img:zzz"_s};
        info.replicaSets = {a, b, scaledDown};
        QList<ImageInfo> images = info.images();
        QCOMPARE(images.size(), 3);
        QCOMPARE(images[0], (ImageInfo{u"img:a"_s, {u"canary"_s}}));
        QCOMPARE(images[1], (ImageInfo{u"img:b"_s, {u"stable"_s, u"active"_s}}));
        QCOMPARE(images[2], (ImageInfo{u"img:c"_s, {u"canary"_s}}));

        ReplicaSetInfo again;
        again.replicas = 2;
        again.preview = true;
        again.images = {u"img:b"_s};
        info.replicaSets.append(again);
        images = info.images();
        QCOMPARE(images[1], (ImageInfo{u"img:b"_s, {u"active"_s, u"preview"_s, u"stable"_s}}));

        ExperimentInfo ex;
        ReplicaSetInfo exRs;
        exRs.replicas = 1;
        exRs.templateName = u"baseline"_s;
        exRs.images = {u"img:x"_s};
        ReplicaSetInfo exRsNoTemplate;
        exRsNoTemplate.replicas = 1;
        exRsNoTemplate.images = {u"img:y"_s};
        ex.replicaSets = {exRs, exRsNoTemplate};
        info.experiments = {ex};
        images = info.images();
        QCOMPARE(images.size(), 5);
        QCOMPARE(images[3], (ImageInfo{u"img:x"_s, {u"Σ:baseline"_s}}));
        QCOMPARE(images[4], (ImageInfo{u"img:y"_s, {}}));
    }

    // §1.6 template name must be an annotation, and scale-down delay.
    void replicaSetAnnotations()
    {
        ObjectSet objects;
        QVERIFY(objects
                    .add(testdata::replicaSet(
                        "labelled", "h", 1,
                        R"({"metadata":{"labels":{"experiment.argoproj.io/template-name":"x"}}})"))
                    .ok());
        QVERIFY(
            objects
                .add(testdata::replicaSet(
                    "annotated", "g", 1,
                    R"({"metadata":{"annotations":{"experiment.argoproj.io/template-name":"y","scale-down-deadline":"2026-01-01T04:00:00Z"}}})"))
                .ok());
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QCOMPARE(info.replicaSets.size(), 2);
        const ReplicaSetInfo &annotated = info.replicaSets[0].meta.name == u"annotated"
                                              ? info.replicaSets[0]
                                              : info.replicaSets[1];
        const ReplicaSetInfo &labelled = info.replicaSets[0].meta.name == u"labelled"
                                             ? info.replicaSets[0]
                                             : info.replicaSets[1];
        QCOMPARE(annotated.templateName, u"y"_s);
        QVERIFY(labelled.templateName.isEmpty());
        const QDateTime deadline(QDate(2026, 1, 1), QTime(4, 0), Qt::UTC);
        QCOMPARE(scaleDownDelay(annotated, deadline.addSecs(-(3 * 3600 + 59 * 60))), u"3h59m"_s);
        QCOMPARE(scaleDownDelay(annotated, deadline), u"0s"_s);
        QCOMPARE(scaleDownDelay(annotated, deadline.addSecs(1)), u"passed"_s);
        QCOMPARE(scaleDownDelay(labelled, deadline), QString());
    }

    // §1.11: totals over metric results; job measurements (metadata with job-name), value
    // measurements (no metadata) and measurements with other metadata (ignored).
    void analysisRuns()
    {
        ObjectSet objects;
        QVERIFY(objects
                    .add(parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"AnalysisRun",
            "metadata":{"name":"run","namespace":"ns","uid":"run-uid","ownerReferences":[{"uid":"ro-uid"}],
                        "annotations":{"rollout.argoproj.io/revision":"3"}},
            "spec":{"metrics":[{"name":"m1","successCondition":"result > 0","count":"5","failureLimit":2},
                               {"name":"m2","inconclusiveLimit":1}]},
            "status":{"phase":"Failed","message":"metric failed","metricResults":[
              {"name":"m1","successful":2,"failed":1,"measurements":[
                 {"phase":"Successful","startedAt":"2026-01-01T00:00:00Z","metadata":{"job-name":"j1"}},
                 {"phase":"Failed","metadata":{"job-name":"j2","job-namespace":"jobs"}},
                 {"phase":"Successful","metadata":{"other":"x"}}]},
              {"name":"m2","inconclusive":1,"error":3,"measurements":[
                 {"phase":"Inconclusive","value":"0.5","startedAt":"2026-01-01T00:01:00Z"}]}]}})"))
                    .ok());
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QCOMPARE(info.analysisRuns.size(), 1);
        const AnalysisRunInfo &run = info.analysisRuns.first();
        QCOMPARE(run.revision, 3);
        QCOMPARE(run.status, u"Failed"_s);
        QCOMPARE(run.icon, u"✖"_s);
        QCOMPARE(run.successful, 2);
        QCOMPARE(run.failed, 1);
        QCOMPARE(run.inconclusive, 1);
        QCOMPARE(run.error, 3);
        QCOMPARE(run.jobs.size(), 2);
        QCOMPARE(run.jobs[0].meta.name, u"j1"_s);
        QCOMPARE(run.jobs[0].meta.namespace_, u"ns"_s);
        QCOMPARE(run.jobs[0].metricName, u"m1"_s);
        QCOMPARE(run.jobs[1].meta.namespace_, u"jobs"_s);
        QCOMPARE(run.jobs[1].icon, u"✖"_s);
        QCOMPARE(run.nonJobInfo.size(), 1);
        QCOMPARE(run.nonJobInfo[0].value, u"0.5"_s);
        QCOMPARE(run.nonJobInfo[0].metricName, u"m2"_s);
        QCOMPARE(run.metrics.size(), 2);
        QCOMPARE(run.metrics[0].count, 5);
        QCOMPARE(run.metrics[0].failureLimit, 2);
        QCOMPARE(run.metrics[1].count, 0);
        const QString tree =
            RolloutTextRenderer(QDateTime(QDate(2026, 1, 1), QTime(0, 5), Qt::UTC), false)
                .rolloutTree(info);
        QVERIFY2(tree.contains(QRegularExpression(
                     u"\n   └──α run +AnalysisRun +✖ Failed +292y +✔ 2,✖ 1,\\? 1,⚠ 3\n"_s)),
                 qPrintable(tree));
        QVERIFY(tree.contains(QRegularExpression(u"\n      ├──⊞ j1 +Job +✔ Successful +5m +\n"_s)));
        // A job without a start time is as old as Go's zero time allows.
        QVERIFY(tree.contains(QRegularExpression(u"\n      └──⊞ j2 +Job +✖ Failed +292y +\n"_s)));
    }

    // §1.10: experiments owned by the rollout, with their own ReplicaSets and runs, sorted by
    // revision (descending) then creation.
    void experiments()
    {
        ObjectSet objects;
        auto addExperiment = [&](const char *name, int revision, const char *created) {
            QJsonObject ex = parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Experiment",
                "metadata":{"namespace":"ns","ownerReferences":[{"uid":"ro-uid"}]},
                "status":{"phase":"Running","message":"m"}})");
            QJsonObject meta = ex.value(u"metadata").toObject();
            meta.insert(u"name"_s, QString::fromUtf8(name));
            meta.insert(u"uid"_s, QString(QString::fromUtf8(name) + u"-uid"_s));
            meta.insert(u"creationTimestamp"_s, QString::fromUtf8(created));
            meta.insert(u"annotations"_s, QJsonObject{{u"rollout.argoproj.io/revision"_s,
                                                       QString::number(revision)}});
            ex.insert(u"metadata"_s, meta);
            QVERIFY(objects.add(ex).ok());
        };
        addExperiment("late", 2, "2026-01-02T00:00:00Z");
        addExperiment("early", 2, "2026-01-01T00:00:00Z");
        addExperiment("newest", 5, "2025-01-01T00:00:00Z");
        QVERIFY(
            objects
                .add(testdata::merged(testdata::replicaSet("early-baseline", "b", 0),
                                      parse(R"({"metadata":{"ownerReferences":[{"uid":"early-uid"}],
                                                       "annotations":{"experiment.argoproj.io/template-name":"baseline"}}})")))
                .ok());
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QStringList names;
        for (const ExperimentInfo &ex : info.experiments)
            names << ex.meta.name;
        QCOMPARE(names, (QStringList{u"newest"_s, u"early"_s, u"late"_s}));
        const ExperimentInfo &early = info.experiments[1];
        QCOMPARE(early.icon, u"◌"_s);
        QCOMPARE(early.message, u"m"_s);
        QCOMPARE(early.replicaSets.size(), 1);
        QCOMPARE(early.replicaSets[0].templateName, u"baseline"_s);
        // Experiment ReplicaSets carry no rollout tags, and are not the rollout's own.
        QVERIFY(!early.replicaSets[0].stable && !early.replicaSets[0].canary);
        QVERIFY(info.replicaSets.isEmpty());
        QCOMPARE(info.revisions(), (QList<qint64>{5, 2}));
        QCOMPARE(experimentImages(early), (QList<ImageInfo>{{u"demo:red"_s, {u"Σ:baseline"_s}}}));
    }

    // §1.8: containers come from a workloadRef Deployment when there is one.
    void containers()
    {
        ObjectSet objects;
        QVERIFY(
            objects
                .add(parse(
                    R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"dep","namespace":"ns"},
            "spec":{"template":{"spec":{"initContainers":[{"name":"init","image":"busybox"}],
                                        "containers":[{"name":"web","image":"web:2"}]}}}})"))
                .ok());
        QVERIFY(objects.add(testdata::replicaSet("demo-old", "old", 2)).ok());
        RolloutInfo info = RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        QCOMPARE(info.containers, (QList<ContainerInfo>{{u"demo"_s, u"demo:red"_s}}));
        QCOMPARE(info.stableContainers, (QList<ContainerInfo>{{u"demo"_s, u"demo:red"_s}}));
        info = RolloutInfoBuilder::build(
            decode<Rollout>(canaryRollout(
                R"({"spec":{"template":null,"workloadRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"dep"}}})")),
            objects);
        QCOMPARE(info.containers, (QList<ContainerInfo>{{u"web"_s, u"web:2"_s}}));
        QCOMPARE(info.initContainers, (QList<ContainerInfo>{{u"init"_s, u"busybox"_s}}));
        // A workloadRef that is not a Deployment is not looked up.
        info = RolloutInfoBuilder::build(
            decode<Rollout>(canaryRollout(
                R"({"spec":{"template":null,"workloadRef":{"kind":"ReplicaSet","name":"dep"}}})")),
            objects);
        QVERIFY(info.containers.isEmpty());
    }

    // §2.4: the scale-down delay in INFO, and names coloured by their status.
    void infoColumn()
    {
        ObjectSet objects;
        QVERIFY(
            objects
                .add(testdata::replicaSet(
                    "demo-old", "old", 2,
                    R"({"metadata":{"annotations":{"scale-down-deadline":"2026-01-01T00:30:00Z"}}})"))
                .ok());
        QVERIFY(
            objects
                .add(testdata::replicaSet(
                    "demo-gone", "gone", 1,
                    R"({"metadata":{"annotations":{"scale-down-deadline":"2025-01-01T00:00:00Z"}}})"))
                .ok());
        QVERIFY(objects
                    .add(parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"AnalysisRun",
            "metadata":{"name":"bg-run","namespace":"ns","ownerReferences":[{"uid":"ro-uid"}]},"status":{"phase":"Running"}})"))
                    .ok());
        const RolloutInfo info =
            RolloutInfoBuilder::build(decode<Rollout>(canaryRollout()), objects);
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QString plain = RolloutTextRenderer(now, false).rolloutTree(info);
        QVERIFY2(plain.contains(u"stable,delay:30m\n"_s), qPrintable(plain));
        QVERIFY(plain.contains(u"delay:passed\n"_s));
        const QString colored = RolloutTextRenderer(now, true).rolloutTree(info);
        QVERIFY(colored.contains(u"α \x1b[94mbg-run\x1b[0m"_s));
        QVERIFY(colored.contains(u"\x1b[94m◌\x1b[0m Running"_s));
    }

    // §2.5: Kubernetes' HumanDuration, both sides of every boundary.
    void age_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h, y = 365 * d;
        QTest::newRow("-2s") << -2 * s << u"<invalid>"_s;
        QTest::newRow("-1.9s") << qint64(-1900) << u"0s"_s;
        QTest::newRow("-1s") << -1 * s << u"0s"_s;
        QTest::newRow("0") << 0LL << u"0s"_s;
        QTest::newRow("6s") << 6 * s << u"6s"_s;
        QTest::newRow("119s") << 119 * s << u"119s"_s;
        QTest::newRow("120s") << 120 * s << u"2m"_s;
        QTest::newRow("2m36s") << 156 * s << u"2m36s"_s;
        QTest::newRow("9m59s") << 599 * s << u"9m59s"_s;
        QTest::newRow("10m") << 10 * m << u"10m"_s;
        QTest::newRow("10m59s") << 10 * m + 59 * s << u"10m"_s;
        QTest::newRow("179m") << 179 * m << u"179m"_s;
        QTest::newRow("3h") << 3 * h << u"3h"_s;
        QTest::newRow("3h59m") << 3 * h + 59 * m << u"3h59m"_s;
        QTest::newRow("7h59m") << 8 * h - m << u"7h59m"_s;
        QTest::newRow("8h") << 8 * h << u"8h"_s;
        QTest::newRow("47h") << 47 * h + 59 * m << u"47h"_s;
        QTest::newRow("2d") << 48 * h << u"2d"_s;
        QTest::newRow("2d5h") << 53 * h << u"2d5h"_s;
        QTest::newRow("7d") << 7 * d << u"7d"_s;
        QTest::newRow("7d23h") << 8 * d - h << u"7d23h"_s;
        QTest::newRow("8d") << 8 * d + 5 * h << u"8d"_s;
        QTest::newRow("729d") << 2 * y - d << u"729d"_s;
        QTest::newRow("2y") << 2 * y << u"2y"_s;
        QTest::newRow("2y10d") << 2 * y + 10 * d << u"2y10d"_s;
        QTest::newRow("7y364d") << 8 * y - d << u"7y364d"_s;
        QTest::newRow("8y") << 8 * y + 100 * d << u"8y"_s;
    }
    void age()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(humanDuration(ms), text);
    }

    void goDurations()
    {
        QCOMPARE(parseGoDurationMs(u"10s"_s), std::optional<qint64>(10000));
        QCOMPARE(parseGoDurationMs(u"1m30s"_s), std::optional<qint64>(90000));
        QCOMPARE(parseGoDurationMs(u"1.5h"_s), std::optional<qint64>(5400000));
        QCOMPARE(parseGoDurationMs(u"250ms"_s), std::optional<qint64>(250));
        QCOMPARE(parseGoDurationMs(u"0"_s), std::optional<qint64>(0));
        QVERIFY(!parseGoDurationMs(u"10"_s));
        QVERIFY(!parseGoDurationMs(u"ten s"_s));
        QVERIFY(!parseGoDurationMs(QString()));
        const Rollout ro = decode<Rollout>(canaryRollout(
            R"({"spec":{"strategy":{"canary":{"steps":[{"pause":{"duration":10}},{"pause":{"duration":"20"}},{"pause":{"duration":"1m"}},{"pause":{"duration":"soon"}},{"pause":{}}]}}}})"));
        QCOMPARE(ro.steps[0].pauseSeconds(), std::optional<qint64>(10));
        QCOMPARE(ro.steps[1].pauseSeconds(), std::optional<qint64>(20));
        QCOMPARE(ro.steps[2].pauseSeconds(), std::optional<qint64>(60));
        QCOMPARE(ro.steps[3].pauseSeconds(), std::optional<qint64>(-1));
        QCOMPARE(ro.steps[4].pauseSeconds(), std::nullopt);
        QCOMPARE(ro.steps[0].text(), u"pause: 10"_s);
        QCOMPARE(ro.steps[2].text(), u"pause: 1m"_s);
        QCOMPARE(ro.steps[4].text(), u"pause"_s);
    }

    // §2.6: colour escapes, code 0 for unmapped tokens, widths ignore escapes.
    void colors()
    {
        ObjectSet objects;
        QVERIFY(objects.add(testdata::replicaSet("demo-new", "new", 3)).ok());
        QVERIFY(objects.add(testdata::replicaSet("demo-old", "old", 2)).ok());
        const RolloutInfo info = RolloutInfoBuilder::build(
            decode<Rollout>(
                canaryRollout(R"({"status":{"phase":"Paused","message":"CanaryPauseStep"}})")),
            objects);
        const QDateTime now(QDate(2026, 1, 8), QTime(0, 0), Qt::UTC);
        const QString colored = RolloutTextRenderer(now, true).rollout(info);
        const QString plain = RolloutTextRenderer(now, false).rollout(info);
        QVERIFY(!plain.contains(u'\x1b'));
        QVERIFY(colored.contains(u"Status:          \x1b[0m॥\x1b[0m Paused\n"_s));
        QVERIFY(colored.contains(u"demo:red (\x1b[33mcanary\x1b[0m)"_s) ||
                colored.contains(u"(\x1b[33mcanary\x1b[0m"_s));
        QVERIFY(colored.contains(u"\x1b[33mdemo-new\x1b[0m"_s));
        QVERIFY(colored.contains(u"\x1b[32m✔\x1b[0m Healthy"_s));
        // Stripping the escapes gives exactly the plain text: alignment ignores them.
        QString stripped = colored;
        stripped.remove(QRegularExpression(u"\x1b\\[[0-9;]*m"_s));
        QCOMPARE(stripped, plain);
    }

    void colorFollowsTerm()
    {
        const QByteArray old = qgetenv("TERM");
        qputenv("TERM", "dumb");
        QVERIFY(!RolloutTextRenderer::colorWanted(false));
        qputenv("TERM", "xterm-256color");
        QVERIFY(RolloutTextRenderer::colorWanted(false));
        QVERIFY(!RolloutTextRenderer::colorWanted(true));
        qputenv("TERM", old);
    }

    void tabWriter()
    {
        TabWriter w;
        w.addLine(u"a\tbb\tend"_s);
        w.addLine(u"\x1b[31mccc\x1b[0m\td\t"_s);
        w.addLine(u"no tabs at all"_s);
        w.addLine(u"x\ty"_s);
        QCOMPARE(w.text(), u"a    bb  end\n\x1b[31mccc\x1b[0m  d   \nno tabs at all\nx  y\n"_s);
        QCOMPARE(TabWriter::displayWidth(u"⟳ a\x1b[0m"_s), 3);
    }

    // Decoding: a field of the wrong type names the object, the field and what was expected.
    void wrongTypes_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<QString>("error");
        QTest::newRow("replicas as string")
            << canaryRollout(R"({"spec":{"replicas":"5"}})")
            << u"Rollout \"ns/demo\": field spec.replicas must be an integer, not a string"_s;
        QTest::newRow("fractional step index")
            << canaryRollout(R"({"status":{"currentStepIndex":1.5}})")
            << u"Rollout \"ns/demo\": field status.currentStepIndex must be an integer, not a number"_s;
        QTest::newRow("paused as string")
            << canaryRollout(R"({"spec":{"paused":"yes"}})")
            << u"Rollout \"ns/demo\": field spec.paused must be a boolean, not a string"_s;
        QTest::newRow("steps as object")
            << canaryRollout(R"({"spec":{"strategy":{"canary":{"steps":{"a":1}}}}})")
            << u"Rollout \"ns/demo\": field spec.strategy.canary.steps must be a list, not an object"_s;
        QTest::newRow("step as number")
            << canaryRollout(R"({"spec":{"strategy":{"canary":{"steps":[5]}}}})")
            << u"Rollout \"ns/demo\": field spec.strategy.canary.steps[0] must be an object, not a number"_s;
        QTest::newRow("label value")
            << canaryRollout(R"({"metadata":{"labels":{"a":1}}})")
            << u"Rollout \"ns/demo\": field metadata.labels must be a map of strings (the value of \"a\" is a number)"_s;
        QTest::newRow("bad time")
            << canaryRollout(R"({"status":{"abortedAt":"yesterday"}})")
            << u"Rollout \"ns/demo\": field status.abortedAt must be an RFC 3339 time, not \"yesterday\""_s;
        QTest::newRow("spec as number")
            << canaryRollout(R"({"spec":7})")
            << u"Rollout \"ns/demo\": field spec must be an object, not a number"_s;
        QTest::newRow("no metadata") << canaryRollout(R"({"metadata":null})")
                                     << u"Rollout without a name: it has no metadata"_s;
        QTest::newRow("no name") << canaryRollout(R"({"metadata":{"name":null}})")
                                 << u"Rollout object has no metadata.name"_s;
    }
    void wrongTypes()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(QString, error);
        const auto result = Rollout::fromJson(rollout);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), error);
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("problem");
        using P = ImageReference::Problem;
        auto row = [](const char *name, const QString &ref, P p) {
            QTest::newRow(name) << ref << int(p);
        };
        row("plain", u"nginx"_s, P::None);
        row("tag", u"argoproj/rollouts-demo:yellow"_s, P::None);
        row("registry with port", u"registry.example.com:5000/team/app:1.2"_s, P::None);
        row("digest",
            u"app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s,
            P::None);
        row("tag and digest", u"app:1@sha256:0123456789abcdef0123456789abcdef"_s, P::None);
        row("short digest", u"app@sha256:0123"_s, P::Invalid);
        row("empty", QString(), P::Empty);
        row("space", u"nginx latest"_s, P::Whitespace);
        row("equals", u"a=b"_s, P::Equals);
        row("upper repository", u"Nginx"_s, P::Uppercase);
        row("upper path after registry", u"Registry.example.com/App"_s, P::Invalid);
        row("upper registry is fine", u"Registry.example.com/app"_s, P::None);
        row("tag starting with dash", u"nginx:-x"_s, P::Invalid);
        row("tag of 128", u"nginx:"_s + QString(128, u'a'), P::None);
        row("tag of 129", u"nginx:"_s + QString(129, u'a'), P::Invalid);
        row("too long", QString(500, u'a'), P::TooLong);
        row("double slash", u"a//b"_s, P::Invalid);
    }
    void imageReferences()
    {
        QFETCH(QString, reference);
        QFETCH(int, problem);
        QCOMPARE(int(ImageReference::check(reference)), problem);
    }

    void apiDefaults()
    {
        const Rollout ro = decode<Rollout>(parse(
            R"({"kind":"Rollout","metadata":{"name":"x"},"spec":{"strategy":{"blueGreen":{}}}})"));
        QCOMPARE(ro.desiredReplicas(), 1);
        QCOMPARE(ro.progressDeadlineSeconds, 600);
        QCOMPARE(ro.revisionHistoryLimit, 10);
        QVERIFY(ro.autoPromotionEnabled);
        QVERIFY(!ro.status.currentStepIndex);
        QVERIFY(ro.isBlueGreen());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
