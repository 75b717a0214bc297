#include "core/actions/RolloutActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using rd::core::PatchRequest;
using rd::core::RolloutActions;
using Mode = rd::core::RolloutActions::PromoteMode;

namespace {
QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject canary(int steps, int index, bool paused, bool pauseConditions)
{
    QJsonArray s;
    for (int k = 0; k < steps; ++k)
        s.append(QJsonObject{{u"setWeight"_s, 20}});
    QJsonObject status{
        {u"currentStepIndex"_s, index}, {u"currentPodHash"_s, u"new"_s}, {u"stableRS"_s, u"old"_s}};
    if (pauseConditions)
        status.insert(u"pauseConditions"_s,
                      QJsonArray{QJsonObject{{u"reason"_s, u"CanaryPauseStep"_s}}});
    return QJsonObject{
        {u"spec"_s,
         QJsonObject{{u"paused"_s, paused},
                     {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, s}}}}}}},
        {u"status"_s, status}};
}
} // namespace

class TestRolloutActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simpleBodies()
    {
        auto a = RolloutActions::abort();
        QCOMPARE(a.body, R"({"status":{"abort":true}})"_ba);
        QCOMPARE(a.target, PatchRequest::Target::Status);
        QCOMPARE(a.contentType, "application/merge-patch+json"_ba);
        QCOMPARE(a.verb, "PATCH"_ba);
        auto r = RolloutActions::retry();
        QCOMPARE(r.body, R"({"status":{"abort":false}})"_ba);
        QCOMPARE(r.target, PatchRequest::Target::Status);
        auto p = RolloutActions::pause();
        QCOMPARE(p.body, R"({"spec":{"paused":true}})"_ba);
        QCOMPARE(p.target, PatchRequest::Target::Main);
        QCOMPARE(RolloutActions::resume().body, R"({"spec":{"paused":false}})"_ba);
        const QDateTime at(QDate(2026, 8, 17), QTime(12, 0, 0, 789), QTimeZone(3600 * 2));
        QCOMPARE(RolloutActions::restart(at).body,
                 R"({"spec":{"restartAt":"2026-08-17T10:00:00Z"}})"_ba);
    }

    void promoteTable_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("unified");

        QTest::newRow("paused step, pause conditions")
            << canary(8, 1, false, true) << int(Mode::Default) << QByteArray()
            << R"({"status":{"pauseConditions":null}})"_ba
            << R"({"spec":{"paused":false},"status":{"pauseConditions":null}})"_ba;
        QTest::newRow("spec.paused and conditions")
            << canary(8, 1, true, true) << int(Mode::Default) << R"({"spec":{"paused":false}})"_ba
            << R"({"status":{"pauseConditions":null}})"_ba
            << R"({"spec":{"paused":false},"status":{"pauseConditions":null}})"_ba;
        QTest::newRow("not paused: skips the running step")
            << canary(8, 2, false, false) << int(Mode::Default) << QByteArray()
            << R"({"status":{"pauseConditions":null, "currentStepIndex":3}})"_ba
            << R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":3}})"_ba;
        QTest::newRow("at the end, next stays")
            << canary(8, 8, false, false) << int(Mode::Default) << QByteArray()
            << R"({"status":{"pauseConditions":null, "currentStepIndex":8}})"_ba
            << R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":8}})"_ba;
        QTest::newRow("canary without steps") << canary(0, 0, false, false) << int(Mode::Default)
                                              << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("full") << canary(8, 1, true, true) << int(Mode::Full)
                              << R"({"spec":{"paused":false}})"_ba
                              << R"({"status":{"promoteFull":true}})"_ba
                              << R"({"spec":{"paused":false},"status":{"promoteFull":true}})"_ba;
        QJsonObject stable = canary(8, 8, false, false);
        QJsonObject st = stable[u"status"_s].toObject();
        st[u"currentPodHash"_s] = u"old"_s;
        stable[u"status"_s] = st;
        QTest::newRow("full when already stable")
            << stable << int(Mode::Full) << QByteArray() << QByteArray()
            << R"({"spec":{"paused":false},"status":{"promoteFull":true}})"_ba;
        QJsonObject inc = canary(8, 3, false, true);
        QJsonObject is = inc[u"status"_s].toObject();
        is[u"controllerPause"_s] = true;
        is[u"canary"_s] = QJsonObject{
            {u"currentStepAnalysisRunStatus"_s, QJsonObject{{u"status"_s, u"Inconclusive"_s}}}};
        inc[u"status"_s] = is;
        QTest::newRow("inconclusive analysis")
            << inc << int(Mode::Default) << QByteArray()
            << R"({"status":{"pauseConditions":null, "controllerPause":false, "currentStepIndex":4}})"_ba
            << R"({"spec":{"paused":false},"status":{"pauseConditions":null}})"_ba;
        QTest::newRow("skip all") << canary(8, 1, false, false) << int(Mode::SkipAllSteps)
                                  << QByteArray() << R"({"status":{"currentStepIndex":8}})"_ba
                                  << R"({"status":{"currentStepIndex":8}})"_ba;
    }

    void promoteTable()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(int, mode);
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, unified);
        auto plan = RolloutActions::promote(rollout, Mode(mode));
        QVERIFY(plan.ok());
        QCOMPARE(plan->specPatch, spec);
        QCOMPARE(plan->statusPatch, status);
        QCOMPARE(plan->unifiedPatch, unified);
    }

    void promoteSkipErrors()
    {
        QJsonObject bg{{u"spec"_s, QJsonObject{{u"strategy"_s,
                                                QJsonObject{{u"blueGreen"_s, QJsonObject{}}}}}}};
        QCOMPARE(RolloutActions::promote(bg, Mode::SkipCurrentStep).errorMessage(),
                 u"Cannot skip steps of a bluegreen rollout. Run without a flags"_s);
        QCOMPARE(
            RolloutActions::promote(canary(0, 0, false, false), Mode::SkipAllSteps).errorMessage(),
            u"Cannot skip steps of a rollout without steps"_s);
    }

    void setImage()
    {
        QJsonObject ro = parse(R"({"kind":"Rollout","spec":{"template":{"spec":{
            "initContainers":[{"name":"init","image":"busybox"}],
            "containers":[{"name":"app","image":"a:1"},{"name":"side","image":"s:1"}],
            "ephemeralContainers":[{"name":"app","image":"dbg"}]}}}})"_ba);
        auto n = RolloutActions::setImage(ro, u"app"_s, u"a:2"_s);
        QVERIFY(n.ok());
        QCOMPARE(*n, 2);
        const QJsonObject ps = ro[u"spec"_s][u"template"_s][u"spec"_s].toObject();
        QCOMPARE(ps[u"containers"_s][0][u"image"_s].toString(), u"a:2"_s);
        QCOMPARE(ps[u"containers"_s][1][u"image"_s].toString(), u"s:1"_s);
        QCOMPARE(ps[u"ephemeralContainers"_s][0][u"image"_s].toString(), u"a:2"_s);
        QCOMPARE(ps[u"initContainers"_s][0][u"image"_s].toString(), u"busybox"_s);
        QCOMPARE(*RolloutActions::setImage(ro, u"*"_s, u"x:9"_s), 4);
        QCOMPARE(RolloutActions::setImage(ro, u"nope"_s, u"x"_s).errorMessage(),
                 u"unable to find container named \"nope\""_s);
    }

    void undo()
    {
        auto rs = [](int rev, const QString &image, const QString &owner) {
            return QJsonObject{
                {u"metadata"_s,
                 QJsonObject{
                     {u"name"_s, u"rs%1"_s.arg(rev)},
                     {u"annotations"_s,
                      QJsonObject{{u"rollout.argoproj.io/revision"_s, QString::number(rev)}}},
                     {u"ownerReferences"_s,
                      QJsonArray{QJsonObject{{u"uid"_s, owner}, {u"controller"_s, true}}}}}},
                {u"spec"_s,
                 QJsonObject{
                     {u"template"_s,
                      QJsonObject{
                          {u"metadata"_s,
                           QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, u"demo"_s},
                                                                 {u"rollouts-pod-template-hash"_s,
                                                                  u"abc%1"_s.arg(rev)}}}}},
                          {u"spec"_s,
                           QJsonObject{{u"containers"_s,
                                        QJsonArray{QJsonObject{{u"name"_s, u"app"_s},
                                                               {u"image"_s, image}}}}}}}}}}};
        };
        const QList<QJsonObject> sets{rs(1, u"blue"_s, u"u1"_s), rs(2, u"yellow"_s, u"u1"_s),
                                      rs(3, u"red"_s, u"u1"_s), rs(9, u"other"_s, u"u2"_s)};
        QJsonObject ro = parse(R"({"metadata":{"name":"demo","uid":"u1"},"spec":{"template":{
            "metadata":{"labels":{"app":"demo"}},
            "spec":{"containers":[{"name":"app","image":"red"}]}}}})"_ba);
        auto prev = RolloutActions::undo(ro, sets, 0);
        QVERIFY2(prev.ok(), qPrintable(prev.errorMessage()));
        QVERIFY(!prev->skip);
        QCOMPARE(prev->revision, 2);
        QCOMPARE(prev->message, u"rollout 'demo' undo"_s);
        const QJsonArray patch = QJsonDocument::fromJson(prev->body).array();
        QCOMPARE(patch.size(), 1);
        QCOMPARE(patch[0][u"op"_s].toString(), u"replace"_s);
        QCOMPARE(patch[0][u"path"_s].toString(), u"/spec/template"_s);
        const QJsonObject v = patch[0][u"value"_s].toObject();
        QCOMPARE(v[u"spec"_s][u"containers"_s][0][u"image"_s].toString(), u"yellow"_s);
        QVERIFY(
            !v[u"metadata"_s][u"labels"_s].toObject().contains(u"rollouts-pod-template-hash"_s));

        auto same = RolloutActions::undo(ro, sets, 3);
        QVERIFY(same.ok());
        QVERIFY(same->skip);
        QCOMPARE(same->message,
                 u"skipped rollback (current template already matches revision 3)"_s);
        QCOMPARE(RolloutActions::undo(ro, sets, 9).errorMessage(),
                 u"unable to find specified revision 9 in history"_s);
        QCOMPARE(RolloutActions::undo(ro, {sets[0]}, 0).errorMessage(),
                 u"no revision found for rollout \"demo\""_s);
    }
};

QTEST_GUILESS_MAIN(TestRolloutActions)
#include "test_rollout_actions.moc"
