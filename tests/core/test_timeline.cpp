// The timeline merge (issue 13), data-driven: each row feeds Events (E), live transitions (L) and
// the program's actions (A) in the order written and compares the resulting story line by line.
// Times are seconds after 10:00:00Z; expected lines are "time|revision|kind|weight|sources|actor"
// with sources as letters (E = Event, L = live, A = action) and "-" for an unknown weight.
#include "core/RolloutInfo.h"
#include "core/timeline/Timeline.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::Timeline;
using rd::core::TimelineEntry;
using rd::core::TimelineKind;

namespace {

const QDateTime Base = QDateTime::fromString(u"2026-11-27T10:00:00Z"_s, Qt::ISODate);

QDateTime at(const QString &seconds)
{
    return Base.addSecs(seconds.toInt());
}

// "E|t|Reason|message[|count=N][|last=t][|id=X]"
QJsonObject kubeEvent(const QStringList &f)
{
    QString id = f.value(2) + f.value(3);
    int count = 1;
    QString last = f.value(1);
    QString rv;
    for (qsizetype i = 4; i < f.size(); ++i) {
        const QString k = f.at(i).section(u'=', 0, 0), v = f.at(i).section(u'=', 1);
        if (k == u"count")
            count = v.toInt();
        else if (k == u"last")
            last = v;
        else if (k == u"id")
            id = v;
        else if (k == u"rv")
            rv = v;
    }
    return QJsonObject{
        {u"metadata"_s,
         QJsonObject{{u"name"_s, id}, {u"namespace"_s, u"ns"_s}, {u"resourceVersion"_s, rv}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
        {u"reason"_s, f.value(2)},
        {u"message"_s, f.value(3)},
        {u"count"_s, count},
        {u"firstTimestamp"_s, at(f.value(1)).toString(Qt::ISODate)},
        {u"lastTimestamp"_s, at(last).toString(Qt::ISODate)}};
}

// "rev=3,idx=1,status=Paused,w=20,aborted"
rd::core::RolloutInfo info(const QString &text)
{
    rd::core::RolloutInfo i;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString k = part.section(u'=', 0, 0), v = part.section(u'=', 1);
        if (k == u"rev") {
            rd::core::ReplicaSetInfo rs;
            rs.revision = v.toLongLong();
            i.replicaSets.append(rs);
        } else if (k == u"idx") {
            i.currentStepIndex = v.toLongLong();
        } else if (k == u"status") {
            i.status = v;
        } else if (k == u"w") {
            i.setWeight = v;
        } else if (k == u"aborted") {
            i.aborted = true;
        }
    }
    return i;
}

QString line(const TimelineEntry &e)
{
    QString sources;
    if (e.sources & rd::core::FromEvent)
        sources += u'E';
    if (e.sources & rd::core::FromLive)
        sources += u'L';
    if (e.sources & rd::core::FromAction)
        sources += u'A';
    return QStringList{QString::number(Base.secsTo(e.time)),
                       QString::number(e.revision),
                       rd::core::timelineKindName(e.kind),
                       e.weight ? QString::number(*e.weight) : u"-"_s,
                       sources,
                       e.actor}
        .join(u'|');
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("events of a canary, weights carried forward")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 3"_s,
                           u"E|1|NewReplicaSetCreated|Created ReplicaSet demo-abc (revision 3)"_s,
                           u"E|2|ScalingReplicaSet|Scaled down ReplicaSet demo-old (revision 2) from 5 to 4"_s,
                           u"E|3|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)"_s,
                           u"E|3|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"E|60|RolloutStepCompleted|Rollout step 2/8 completed (pause)"_s}
            << QStringList{u"0|3|Updated|-|E|"_s, u"2|2|Scaled|-|E|"_s,
                           u"3|3|StepCompleted|20|E|"_s, u"3|3|Paused|20|E|"_s,
                           u"60|3|StepCompleted|20|E|"_s};

        QTest::newRow("out-of-order events are placed by time, ties keep arrival order")
            << QStringList{u"E|30|RolloutAborted|Rollout aborted update to revision 3"_s,
                           u"E|10|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)"_s,
                           u"E|0|RolloutUpdated|Rollout updated to revision 3"_s,
                           u"E|10|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s}
            << QStringList{u"0|3|Updated|-|E|"_s, u"10|3|StepCompleted|20|E|"_s,
                           u"10|3|Paused|20|E|"_s, u"30|3|Aborted|0|E|"_s};

        QTest::newRow("within one second Events follow their resourceVersion")
            << QStringList{u"E|7|RolloutPaused|Rollout is paused (CanaryPauseStep)|rv=120"_s,
                           u"E|7|RolloutAborted|Rollout aborted update to revision 3|rv=130"_s,
                           u"A|7|Aborted|carol|rev=3"_s,
                           u"E|7|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)|rv=110"_s,
                           u"E|7|RolloutUpdated|Rollout updated to revision 3|rv=100"_s}
            << QStringList{u"7|3|Updated|-|E|"_s, u"7|3|StepCompleted|20|E|"_s,
                           u"7|3|Paused|20|E|"_s, u"7|3|Aborted|0|EA|carol"_s};

        QTest::newRow("an abort seen as action, live and Event is one entry")
            << QStringList{u"A|20|Aborted|alice|rev=3"_s,
                           u"L|22|rev=3,idx=1,status=Paused,w=20|rev=3,idx=0,status=Degraded,w=0,aborted"_s,
                           u"E|21|RolloutAborted|Rollout aborted update to revision 3"_s}
            << QStringList{u"21|3|Aborted|0|ELA|alice"_s};

        QTest::newRow("the same kind far apart stays two entries")
            << QStringList{u"E|0|RolloutPaused|Rollout is paused (CanaryPauseStep)|id=p1"_s,
                           u"L|40|rev=3,idx=3,status=Progressing|rev=3,idx=3,status=Paused"_s}
            << QStringList{u"0|0|Paused|-|E|"_s, u"40|3|Paused|-|L|"_s};

        QTest::newRow("steps with different indexes never merge")
            << QStringList{u"E|5|RolloutStepCompleted|Rollout step 3/8 completed (setWeight: 40)"_s,
                           u"L|6|rev=3,idx=1,status=Paused,w=20|rev=3,idx=2,status=Progressing,w=40"_s}
            << QStringList{u"5|0|StepCompleted|40|E|"_s, u"6|3|StepCompleted|40|L|"_s,
                           u"6|3|Resumed|40|L|"_s};

        QTest::newRow("an Event repeated (count) adds its latest occurrence")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 2"_s,
                           u"E|10|RolloutPaused|Rollout is paused (CanaryPauseStep)|count=3|last=50|id=p"_s}
            << QStringList{u"0|2|Updated|-|E|"_s, u"10|2|Paused|-|E|"_s, u"50|2|Paused|-|E|"_s};

        QTest::newRow("the same Event read again (a relist, a restart) adds nothing")
            << QStringList{u"E|0|RolloutPaused|Rollout is paused (CanaryPauseStep)|id=p"_s,
                           u"E|0|RolloutPaused|Rollout is paused (CanaryPauseStep)|id=p"_s,
                           u"E|0|RolloutPaused|Rollout is paused (CanaryPauseStep)|count=2|last=90|id=p"_s,
                           u"E|0|RolloutPaused|Rollout is paused (CanaryPauseStep)|count=2|last=90|id=p"_s}
            << QStringList{u"0|0|Paused|-|E|"_s, u"90|0|Paused|-|E|"_s};

        QTest::newRow("back to the stable image: a new revision, completed at 100")
            << QStringList{u"E|0|RolloutAborted|Rollout aborted update to revision 3"_s,
                           u"E|30|RolloutUpdated|Rollout updated to revision 4"_s,
                           u"E|31|RolloutCompleted|Rollout completed update to revision 4 (abc123): Rollback within window"_s}
            << QStringList{u"0|3|Aborted|0|E|"_s, u"30|4|Updated|-|E|"_s,
                           u"31|4|Completed|100|E|"_s};

        QTest::newRow("analysis failure, retry and a promotion by this program")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 5"_s,
                           u"E|40|AnalysisRunFailed|Background Analysis Run 'x' Status New: 'Failed' Previous: 'Running'"_s,
                           u"E|41|RolloutAborted|Rollout aborted update to revision 5: Metric \"web\" failed"_s,
                           u"A|100|Retried|bob|rev=5"_s,
                           u"E|101|RolloutRetry|Retrying Rollout after abort"_s,
                           u"A|200|Promoted|bob|rev=5"_s}
            << QStringList{u"0|5|Updated|-|E|"_s, u"40|5|AnalysisFailed|-|E|"_s,
                           u"41|5|Aborted|0|E|"_s, u"101|5|Retried|0|EA|bob"_s,
                           u"200|5|Promoted|0|A|bob"_s};

        // TrafficWeightUpdated (only with a traffic router) is a Scaled line of the rollout's
        // current revision, written just before the step it completes; the weight it names is
        // the router's, so the set weight is carried as for any scaling.
        QTest::newRow("traffic weight updates")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 2|rv=1"_s,
                           u"E|5|ScalingReplicaSet|Scaled up ReplicaSet demo-abc (revision 2) from 0 to 1|rv=2"_s,
                           u"E|10|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)|rv=4"_s,
                           u"E|10|TrafficWeightUpdated|Traffic weight updated from 0 to 20|rv=3"_s,
                           u"E|12|RolloutPaused|Rollout is paused (CanaryPauseStep)|rv=5"_s,
                           u"E|40|TrafficWeightUpdated|Traffic weight updated from 20 to 50|rv=6"_s}
            << QStringList{u"0|2|Updated|-|E|"_s,  u"5|2|Scaled|-|E|"_s,
                           u"10|2|Scaled|-|E|"_s,  u"10|2|StepCompleted|20|E|"_s,
                           u"12|2|Paused|20|E|"_s, u"40|2|Scaled|20|E|"_s};

        QTest::newRow("unrelated reasons are left out")
            << QStringList{u"E|0|RolloutNotCompleted|Rollout not completed, started update to revision 3 (h)"_s,
                           u"E|0|SkipSteps|Rollback to stable ReplicaSets"_s}
            << QStringList{};
    }

    void merge()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, expected);
        Timeline timeline;
        for (const QString &input : std::as_const(inputs)) {
            const QStringList f = input.split(u'|');
            if (f.first() == u"E") {
                timeline.addEvent(kubeEvent(f));
            } else if (f.first() == u"L") {
                timeline.addTransition(info(f.value(2)), info(f.value(3)), at(f.value(1)));
            } else {
                timeline.addAction(*rd::core::timelineKindFromName(f.value(2)), at(f.value(1)),
                                   f.value(4).section(u'=', 1).toLongLong(), f.value(3), QString());
            }
        }
        QStringList got;
        for (const TimelineEntry &e : timeline.entries())
            got << line(e);
        QCOMPARE(got, expected);
    }

    void repeatCountIsShownWhenOccurrencesWereMissed()
    {
        Timeline timeline;
        timeline.addEvent(kubeEvent(QStringList{u"E"_s, u"0"_s, u"RolloutPaused"_s,
                                                u"Rollout is paused (CanaryPauseStep)"_s,
                                                u"count=4"_s, u"last=90"_s}));
        const auto entries = timeline.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).message, u"Rollout is paused (CanaryPauseStep) (×3)"_s);
    }

    // A rollout that changes all day: the story keeps its newest MaxEntries, forgets the Events
    // behind them, and what is older than what it let go does not come back.
    void aStoryKeepsItsNewestEntries()
    {
        Timeline timeline;
        const int total = 3 * int(Timeline::MaxEntries);
        const auto update = [](int minute, const QStringList &more = {}) {
            return kubeEvent(QStringList{u"E"_s, QString::number(minute * 60), u"RolloutUpdated"_s,
                                         u"Rollout updated to revision %1"_s.arg(minute + 1)} +
                             more);
        };
        for (int minute = 0; minute < total; ++minute)
            timeline.addEvent(update(minute));
        auto entries = timeline.entries();
        QCOMPARE(entries.size(), Timeline::MaxEntries);
        QCOMPARE(timeline.size(), Timeline::MaxEntries);
        const int firstKept = total - int(Timeline::MaxEntries);
        QCOMPARE(Base.secsTo(entries.first().time), firstKept * 60);
        QCOMPARE(Base.secsTo(entries.last().time), (total - 1) * 60);
        QVERIFY2(timeline.rememberedEvents() <= 2 * Timeline::MaxEntries,
                 qPrintable(QString::number(timeline.rememberedEvents())));

        // The cluster still lists an old Event: read again, it stays out.
        timeline.addEvent(update(0));
        timeline.addTransition(info(u"rev=1,idx=0,status=Paused"_s),
                               info(u"rev=1,idx=1,status=Paused"_s), at(u"0"_s));
        QCOMPARE(Base.secsTo(timeline.entries().first().time), firstKept * 60);
        QCOMPARE(timeline.size(), Timeline::MaxEntries);

        // A new occurrence of a forgotten Event is news: it comes in, the oldest entry goes.
        timeline.addEvent(update(0, {u"count=2"_s, u"last=%1"_s.arg(total * 60)}));
        entries = timeline.entries();
        QCOMPARE(entries.size(), Timeline::MaxEntries);
        QCOMPARE(Base.secsTo(entries.first().time), (firstKept + 1) * 60);
        QCOMPARE(Base.secsTo(entries.last().time), total * 60);
        QCOMPARE(entries.last().message, u"Rollout updated to revision 1"_s);
    }

    void kindNamesRoundTrip()
    {
        for (int k = 0; k <= int(TimelineKind::Scaled); ++k) {
            const auto kind = static_cast<TimelineKind>(k);
            QCOMPARE(rd::core::timelineKindFromName(rd::core::timelineKindName(kind)), kind);
        }
        QVERIFY(!rd::core::timelineKindFromName(u"Nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "test_timeline.moc"
