// The weight chart tells the truth (issue 13): opened mid-canary, the chart on the rollout page is
// drawn from the timeline (the source's Events), labels each stretch with its revision and image,
// marks what a colleague did, says the pause's countdown in its accessible description, and the
// History tab lists the attempts.
#include "FakeRolloutSource.h"

#include "gui/charts/WeightChart.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/AttemptsModel.h"
#include "gui/models/TimelineBook.h"
#include "gui/views/HistoryView.h"
#include "gui/views/RolloutPage.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"shop/demo"_s;

class EventfulSource : public FakeRolloutSource
{
public:
    QList<QJsonObject> events(const QString &key) const override { return m_events.value(key); }
    void addEvent(const QString &reason, const QString &message, const QDateTime &time)
    {
        const int rv = int(m_events.value(Key).size()) + 100;
        m_events[Key] << QJsonObject{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"e%1"_s.arg(rv)},
                                        {u"namespace"_s, u"shop"_s},
                                        {u"resourceVersion"_s, QString::number(rv)}}},
            {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
            {u"reason"_s, reason},
            {u"message"_s, message},
            {u"count"_s, 1},
            {u"firstTimestamp"_s, time.toString(Qt::ISODate)},
            {u"lastTimestamp"_s, time.toString(Qt::ISODate)}};
        Q_EMIT eventsChanged(Key);
    }

private:
    QHash<QString, QList<QJsonObject>> m_events;
};

rd::core::CanaryStep weightStep(int w)
{
    rd::core::CanaryStep s;
    s.kind = rd::core::CanaryStep::Kind::SetWeight;
    s.weight = w;
    return s;
}

rd::core::CanaryStep pauseStep(int seconds = -1)
{
    rd::core::CanaryStep s;
    s.kind = rd::core::CanaryStep::Kind::Pause;
    if (seconds >= 0)
        s.pauseDuration = seconds;
    return s;
}

// Revision `revision` (image `image`) on top of the stable revision 1 (blue), at step `index`.
rd::core::RolloutInfo canary(qint64 revision, const QString &image, qint64 index, int weight,
                             const QDateTime &pausedAt = {})
{
    rd::core::RolloutInfo i;
    i.meta.name = u"demo"_s;
    i.meta.namespace_ = u"shop"_s;
    i.strategy = rd::core::Strategy::Canary;
    i.steps = {weightStep(20), pauseStep(),   weightStep(40), pauseStep(60),
               weightStep(60), pauseStep(10), weightStep(80), pauseStep(10)};
    i.currentStepIndex = index;
    i.step = u"%1/8"_s.arg(index);
    i.setWeight = QString::number(weight);
    i.actualWeight = QString::number(weight);
    i.status = pausedAt.isValid() ? u"Paused"_s : u"Progressing"_s;
    if (pausedAt.isValid())
        i.pauseConditions << rd::core::PauseCondition{u"CanaryPauseStep"_s, pausedAt};
    rd::core::ReplicaSetInfo stable;
    stable.revision = 1;
    stable.stable = true;
    stable.images = {u"argoproj/rollouts-demo:blue"_s};
    rd::core::ReplicaSetInfo next;
    next.revision = revision;
    next.canary = true;
    next.images = {image};
    i.replicaSets = {next, stable};
    return i;
}

QString accessibleDescription(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Description) : QString();
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}

} // namespace

class TestGuiWeightStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openedMidCanary()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        EventfulSource source;
        // What happened before the window opened is only in the Events.
        source.addEvent(u"RolloutUpdated"_s, u"Rollout updated to revision 2"_s, now.addSecs(-300));
        source.addEvent(u"RolloutStepCompleted"_s, u"Rollout step 1/8 completed (setWeight: 20)"_s,
                        now.addSecs(-280));
        source.addEvent(u"RolloutPaused"_s, u"Rollout is paused (CanaryPauseStep)"_s,
                        now.addSecs(-280));
        source.put(canary(2, u"argoproj/rollouts-demo:yellow"_s, 1, 20, now.addSecs(-280)));

        rd::gui::TimelineBook book;
        book.setSource(&source);
        rd::gui::WeightHistory weights;
        rd::gui::RolloutPage page(&weights);
        page.resize(900, 600);
        page.setSource(&source);
        page.setTimelineBook(&book);
        page.setKey(Key);
        page.showTab(rd::gui::RolloutPage::Tab::WeightChart);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        rd::gui::WeightChart *chart = page.weightChart();
        QCOMPARE(chart->accessibleName(), u"Weight chart"_s);
        QString description = accessibleDescription(chart);
        QCOMPARE(description, chart->summary());
        QVERIFY2(description.startsWith(u"Canary weight 20 %, revision 2 (image "
                                        "argoproj/rollouts-demo:yellow), paused at step 1/8 "
                                        "until someone promotes it"_s),
                 qPrintable(description));
        // The stretch before the first step is drawn too (weight 0, then 20).
        QVERIFY(chart->setWeightPointCount() >= 4);
        QCOMPARE(chart->segmentLabels(),
                 QStringList{u"Canary: revision 2 (image argoproj/rollouts-demo:yellow)"_s});
        QVERIFY2(chart->markerToolTips().first().contains(u"Updated to revision 2"_s),
                 qPrintable(chart->markerToolTips().join(u" | "_s)));
        QVERIFY(chart->countdownText().contains(u"until someone promotes it"_s));

        // A colleague promotes (the Events say only that the pause ended), the rollout reaches a
        // timed pause: the countdown is drawn and described.
        source.addEvent(u"RolloutResumed"_s, u"Rollout is resumed"_s, now.addSecs(-60));
        source.addEvent(u"RolloutStepCompleted"_s, u"Rollout step 2/8 completed (pause)"_s,
                        now.addSecs(-60));
        source.addEvent(u"RolloutStepCompleted"_s, u"Rollout step 3/8 completed (setWeight: 40)"_s,
                        now.addSecs(-15));
        source.addEvent(u"RolloutPaused"_s, u"Rollout is paused (CanaryPauseStep)"_s,
                        now.addSecs(-15));
        source.put(canary(2, u"argoproj/rollouts-demo:yellow"_s, 3, 40, now.addSecs(-15)));
        page.refresh();
        description = accessibleDescription(chart);
        QVERIFY2(description.startsWith(u"Canary weight 40 %"_s), qPrintable(description));
        QVERIFY2(description.contains(u"paused at step 3/8, resumes in 4"_s),
                 qPrintable(description)); // 45 s, give or take the test's own time
        QVERIFY2(description.contains(u"1 promotion"_s), qPrintable(description));
        const QStringList tips = chart->markerToolTips();
        QVERIFY2(std::any_of(tips.cbegin(), tips.cend(),
                             [](const QString &t) {
                                 return t.contains(u"Promoted (the pause ended before its time"_s);
                             }),
                 qPrintable(tips.join(u" | "_s)));

        // The colleague aborts; then a new image is set: a new attempt of revision 3 (red).
        source.addEvent(u"RolloutAborted"_s, u"Rollout aborted update to revision 2"_s,
                        now.addSecs(-5));
        rd::core::RolloutInfo aborted = canary(2, u"argoproj/rollouts-demo:yellow"_s, 0, 0);
        aborted.aborted = true;
        aborted.status = u"Degraded"_s;
        source.put(aborted);
        page.refresh();
        description = accessibleDescription(chart);
        QVERIFY2(description.startsWith(u"Aborted: canary weight 0 %, revision 2"_s),
                 qPrintable(description));
        QVERIFY2(description.contains(u"1 abort"_s), qPrintable(description));
        // The newest marker is said in words too.
        QVERIFY2(description.contains(u"Latest: "_s) &&
                     description.contains(u"Aborted: all traffic back on the stable version; "
                                          "Rollout aborted update to revision 2"_s),
                 qPrintable(description));

        rd::gui::HistoryView *history = page.historyView();
        rd::gui::AttemptsModel *attempts = history->attemptsModel();
        QAbstractItemModelTester tester(attempts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showTab(rd::gui::RolloutPage::Tab::History);
        QCOMPARE(column(*attempts, rd::gui::AttemptsModel::Outcome), QStringList{u"Aborted"_s});

        source.addEvent(u"RolloutUpdated"_s, u"Rollout updated to revision 3"_s, now.addSecs(-2));
        // Revision 2's ReplicaSet stays (scaled down): its image is still known.
        rd::core::RolloutInfo third = canary(3, u"argoproj/rollouts-demo:red"_s, 0, 0);
        rd::core::ReplicaSetInfo old;
        old.revision = 2;
        old.images = {u"argoproj/rollouts-demo:yellow"_s};
        third.replicaSets.insert(1, old);
        source.put(third);
        page.refresh();
        // (The live sighting of step 3/8 comes after the update to revision 3: it is left out.)
        QCOMPARE(column(*attempts, rd::gui::AttemptsModel::Revision),
                 (QStringList{u"2"_s, u"3"_s}));
        QCOMPARE(column(*attempts, rd::gui::AttemptsModel::Outcome),
                 (QStringList{u"Aborted"_s, u"In progress"_s}));
        QCOMPARE(
            column(*attempts, rd::gui::AttemptsModel::Image),
            (QStringList{u"argoproj/rollouts-demo:yellow"_s, u"argoproj/rollouts-demo:red"_s}));
        // Revision 2 waited 220 s for a person at its pause without duration; three steps ran.
        QCOMPARE(attempts->attempts().first().waitingSeconds, 220);
        QVERIFY2(attempts->index(0, rd::gui::AttemptsModel::Steps)
                     .data()
                     .toString()
                     .startsWith(u"step 1: 20s · step 2: 3m40s · step 3: 45s"_s),
                 qPrintable(attempts->index(0, rd::gui::AttemptsModel::Steps).data().toString()));
        QCOMPARE(attempts->headerData(rd::gui::AttemptsModel::Waiting, Qt::Horizontal).toString(),
                 u"Waiting for a person"_s);
        // The PNG export draws it (ROLLOUTDESK_KEEP_CHART_PNG keeps a copy to look at).
        page.showTab(rd::gui::RolloutPage::Tab::WeightChart);
        const QString png = QDir::temp().filePath(u"rolloutdesk-test-weight-story.png"_s);
        QVERIFY(page.exportChartPng(png));
        QVERIFY(QImage(png).width() > 100);
        if (const QString keep = qEnvironmentVariable("ROLLOUTDESK_KEEP_CHART_PNG");
            !keep.isEmpty())
            QFile::copy(png, keep);
        QFile::remove(png);
        // The chart now labels both revisions.
        QCOMPARE(chart->segmentLabels(),
                 (QStringList{u"Canary: revision 2 (image argoproj/rollouts-demo:yellow)"_s,
                              u"Canary: revision 3 (image argoproj/rollouts-demo:red)"_s}));
    }
};

QTEST_MAIN(TestGuiWeightStory)
#include "test_gui_weight_story.moc"
