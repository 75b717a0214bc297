// Abort confirmed by the result (issue 13): AbortWatcher follows a rollout after an abort, fed by
// the source's rolloutChanged, and reports once traffic is back on the stable version, or warns
// at the deadline (min(progressDeadlineSeconds, its maximum)) naming what still serves the canary.
#include "FakeRolloutSource.h"

#include "gui/AbortWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::RolloutInfo;

namespace {

// A 5-replica canary of revision 3 over stable revision 2.
RolloutInfo state(qint64 canaryAvailable, qint64 stableAvailable, const QString &actualWeight,
                  const QString &strategy = u"Canary"_s)
{
    RolloutInfo info;
    info.meta.name = u"demo"_s;
    info.meta.namespace_ = u"shop"_s;
    info.strategy = strategy;
    info.desired = 5;
    info.setWeight = u"0"_s;
    info.actualWeight = actualWeight;
    rd::core::ReplicaSetInfo canary;
    canary.meta.name = u"demo-red"_s;
    canary.revision = 3;
    canary.canary = true;
    canary.available = canaryAvailable;
    rd::core::ReplicaSetInfo stable;
    stable.meta.name = u"demo-yellow"_s;
    stable.revision = 2;
    stable.stable = true;
    stable.active = strategy == u"BlueGreen";
    stable.available = stableAvailable;
    info.replicaSets = {canary, stable};
    return info;
}

QJsonObject withDeadline(int seconds)
{
    return QJsonObject{{u"spec"_s, QJsonObject{{u"progressDeadlineSeconds"_s, seconds}}}};
}

} // namespace

class TestGuiAbortWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backOnStable_data()
    {
        QTest::addColumn<RolloutInfo>("info");
        QTest::addColumn<bool>("back");
        QTest::newRow("canary still has weight") << state(1, 5, u"20"_s) << false;
        QTest::newRow("weight 0, stable not fully available") << state(0, 4, u"0"_s) << false;
        QTest::newRow("weight 0, stable fully available") << state(0, 5, u"0"_s) << true;
        QTest::newRow("traffic routed: weight 0, canary pods kept for a while")
            << state(1, 5, u"0"_s) << true;
        QTest::newRow("blue-green: active stable, fully available")
            << state(3, 5, QString(), u"BlueGreen"_s) << true;
    }
    void backOnStable()
    {
        QFETCH(RolloutInfo, info);
        QTEST(rd::gui::AbortWatcher::backOnStable(info), "back");
    }

    void reportsWhenTrafficIsBack()
    {
        FakeRolloutSource source;
        source.put(state(1, 4, u"20"_s), withDeadline(600));
        rd::gui::AbortWatcher watcher;
        watcher.setSource(&source);
        QSignalSpy messages(&watcher, &rd::gui::AbortWatcher::message);
        watcher.watch(u"shop/demo"_s);
        QVERIFY(watcher.isWatching(u"shop/demo"_s));
        // The stable is scaled up first, then the canary goes: not back until both happened.
        source.put(state(1, 5, u"20"_s), withDeadline(600));
        QCOMPARE(messages.count(), 0);
        source.put(state(0, 5, u"0"_s), withDeadline(600));
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().at(0).toString();
        QVERIFY2(
            QRegularExpression(
                u"^All traffic is back on the stable version \\(\\d+ s after the abort\\)\\.$"_s)
                .match(text)
                .hasMatch(),
            qPrintable(text));
        QCOMPARE(messages.first().at(1).toBool(), false);
        QVERIFY(!watcher.isWatching(u"shop/demo"_s));
        // Later changes say nothing more.
        source.put(state(0, 5, u"0"_s), withDeadline(601));
        QCOMPARE(messages.count(), 1);
    }

    void alreadyBackWhenWatched()
    {
        FakeRolloutSource source;
        source.put(state(0, 5, u"0"_s));
        rd::gui::AbortWatcher watcher;
        watcher.setSource(&source);
        QSignalSpy messages(&watcher, &rd::gui::AbortWatcher::message);
        watcher.watch(u"shop/demo"_s);
        QCOMPARE(messages.count(), 1);
    }

    // The rollout's own progress deadline (1 s) is shorter than the maximum: it decides, and the
    // warning names the ReplicaSet and the traffic still on the canary.
    void warnsAtTheProgressDeadline()
    {
        FakeRolloutSource source;
        source.put(state(1, 5, u"20"_s), withDeadline(1));
        rd::gui::AbortWatcher watcher;
        watcher.setMaximumWaitMs(600'000);
        watcher.setSource(&source);
        QSignalSpy messages(&watcher, &rd::gui::AbortWatcher::message);
        watcher.watch(u"shop/demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 30000);
        const QString text = messages.first().at(0).toString();
        QVERIFY2(text.startsWith(u"demo: "_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"s after the abort the canary is still serving: ReplicaSet demo-red "
                          "(revision 3) with 1 available pod(s); 20 % of the traffic."_s),
            qPrintable(text));
        QCOMPARE(messages.first().at(1).toBool(), true);
        QVERIFY(!watcher.isWatching(u"shop/demo"_s));
    }

    // Without a progress deadline (600 s by default) the maximum wait applies.
    void warnsAtTheMaximumWait()
    {
        FakeRolloutSource source;
        source.put(state(0, 3, u"0"_s));
        rd::gui::AbortWatcher watcher;
        watcher.setMaximumWaitMs(100);
        watcher.setSource(&source);
        QSignalSpy messages(&watcher, &rd::gui::AbortWatcher::message);
        watcher.watch(u"shop/demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 30000);
        QVERIFY(messages.first().at(0).toString().contains(
            u"the stable version is still not fully available"_s));
    }

    void anotherSourceForgetsTheWatch()
    {
        FakeRolloutSource source;
        source.put(state(1, 4, u"20"_s));
        rd::gui::AbortWatcher watcher;
        watcher.setMaximumWaitMs(100);
        watcher.setSource(&source);
        QSignalSpy messages(&watcher, &rd::gui::AbortWatcher::message);
        watcher.watch(u"shop/demo"_s);
        watcher.setSource(nullptr);
        QVERIFY(!watcher.isWatching(u"shop/demo"_s));
        QTest::qWait(300);
        QCOMPARE(messages.count(), 0);
    }
};

QTEST_MAIN(TestGuiAbortWatcher)
#include "test_gui_abort_watcher.moc"
