// The weight chart's data and the per-attempt summary (issue 13), computed from a timeline:
// Events (E), this program's actions (A) and the live rollout ("info"). Times are seconds after
// 10:00:00Z. Each row compares segments, markers and attempts written as lines:
//   segment "start-end|revision|weight|flags|image" (flags: a = aborted, s = stable, ? = weight
//           not known; end "now" = the last one),
//   marker  "time|Kind|weight|actor" (+ "|inferred"),
//   attempt "started|finished|revision|Outcome|steps|waiting" (started "<t" = began before the
//           story; finished "-" = in progress; steps "n=seconds" with "+" for the running one).
#include "core/RolloutInfo.h"
#include "core/timeline/Attempts.h"
#include "core/timeline/Timeline.h"
#include "core/timeline/WeightSeries.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::core;

namespace {

const QDateTime Base = QDateTime::fromString(u"2026-11-27T10:00:00Z"_s, Qt::ISODate);

QDateTime at(const QString &seconds)
{
    return Base.addSecs(seconds.toInt());
}

// "E|t|Reason|message[|rv=N]"
QJsonObject kubeEvent(const QStringList &f, int n)
{
    QString rv;
    for (qsizetype i = 4; i < f.size(); ++i) {
        if (f.at(i).startsWith(u"rv="_s))
            rv = f.at(i).mid(3);
    }
    return QJsonObject{
        {u"metadata"_s, QJsonObject{{u"name"_s, u"e%1"_s.arg(n)},
                                    {u"namespace"_s, u"ns"_s},
                                    {u"resourceVersion"_s, rv}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
        {u"reason"_s, f.value(2)},
        {u"message"_s, f.value(3)},
        {u"count"_s, 1},
        {u"firstTimestamp"_s, at(f.value(1)).toString(Qt::ISODate)},
        {u"lastTimestamp"_s, at(f.value(1)).toString(Qt::ISODate)}};
}

// "rev=3:image,old=2:image,stable=2,idx=1,step=1/8,w=20,aw=20,steps=20;p;40;p10,
//  pause=CanaryPauseStep@100,aborted,manual"
RolloutInfo info(const QString &text)
{
    RolloutInfo i;
    i.strategy = Strategy::Canary;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString k = part.section(u'=', 0, 0), v = part.section(u'=', 1);
        if (k == u"rev" || k == u"old") {
            ReplicaSetInfo rs;
            rs.revision = v.section(u':', 0, 0).toLongLong();
            rs.images = QStringList{v.section(u':', 1)};
            i.replicaSets.append(rs);
        } else if (k == u"stable") {
            for (ReplicaSetInfo &rs : i.replicaSets)
                rs.stable = rs.revision == v.toLongLong();
        } else if (k == u"idx") {
            i.currentStepIndex = v.toLongLong();
        } else if (k == u"step") {
            i.step = v;
        } else if (k == u"w") {
            i.setWeight = v;
        } else if (k == u"aw") {
            i.actualWeight = v;
        } else if (k == u"steps") {
            for (const QString &s : v.split(u';')) {
                CanaryStep step;
                if (s.startsWith(u'p')) {
                    step.kind = CanaryStep::Kind::Pause;
                    if (s.size() > 1)
                        step.pauseDuration = s.mid(1).toInt();
                } else {
                    step.kind = CanaryStep::Kind::SetWeight;
                    step.weight = s.toInt();
                }
                i.steps << step;
            }
        } else if (k == u"pause") {
            i.pauseConditions << PauseCondition{v.section(u'@', 0, 0), at(v.section(u'@', 1))};
        } else if (k == u"aborted") {
            i.aborted = true;
        } else if (k == u"manual") {
            i.specPaused = true;
        }
    }
    return i;
}

// Events written in the given order get increasing resourceVersions, as the API server gives.
QStringList withVersions(QStringList inputs)
{
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).startsWith(u"E|"_s) && !inputs.at(i).contains(u"|rv="_s))
            inputs[i] += u"|rv=%1"_s.arg(100 + i);
    }
    return inputs;
}

QList<TimelineEntry> story(const QStringList &inputs)
{
    Timeline timeline;
    int n = 0;
    for (const QString &input : inputs) {
        const QStringList f = input.split(u'|');
        if (f.first() == u"E") {
            timeline.addEvent(kubeEvent(f, n++));
        } else if (f.first() == u"L") { // "L|t|Kind|stepIndex|weight": a live sighting
            TimelineEntry e;
            e.time = at(f.value(1));
            e.kind = *timelineKindFromName(f.value(2));
            e.stepIndex = f.value(3).toInt();
            e.weight = f.value(4).toInt();
            e.sources = FromLive;
            timeline.add(e);
        } else // "A|t|Kind|actor|rev"
            timeline.addAction(*timelineKindFromName(f.value(2)), at(f.value(1)),
                               f.value(4).toLongLong(), f.value(3), QString());
    }
    return timeline.entries();
}

QString secs(const QDateTime &t, const QDateTime &now)
{
    return t == now ? u"now"_s : QString::number(Base.secsTo(t));
}

QStringList segmentLines(const WeightSeries &s, const QDateTime &now)
{
    QStringList out;
    for (const WeightSegment &g : s.segments) {
        const QString flags = QString(g.aborted ? u"a"_s : QString()) +
                              (g.stable ? u"s"_s : QString()) +
                              (g.weightKnown ? QString() : u"?"_s);
        out << secs(g.start, now) + u'-' + secs(g.end, now) + u'|' + QString::number(g.revision) +
                   u'|' + QString::number(g.setWeight) + u'|' + flags + u'|' + g.image;
    }
    return out;
}

const char *const MarkerNames[] = {"Updated",      "Paused",  "Resumed", "Promoted",
                                   "PromotedFull", "Aborted", "Retried", "Completed"};

QStringList markerLines(const WeightSeries &s)
{
    QStringList out;
    for (const WeightMarker &m : s.markers) {
        out << QString::number(Base.secsTo(m.time)) + u'|' +
                   QLatin1StringView(MarkerNames[int(m.kind)]) + u'|' + QString::number(m.weight) +
                   u'|' + m.actor + (m.inferred ? u"|inferred"_s : QString());
    }
    return out;
}

QStringList attemptLines(const QList<Attempt> &attempts)
{
    QStringList out;
    for (const Attempt &a : attempts) {
        QStringList steps;
        for (const StepTime &t : a.steps)
            steps << QString::number(t.step) + u'=' + QString::number(t.seconds) +
                         (t.finished ? QString() : u"+"_s);
        out << (a.startSeen ? QString() : u"<"_s) + QString::number(Base.secsTo(a.started)) + u'|' +
                   (a.finished.isValid() ? QString::number(Base.secsTo(a.finished)) : u"-"_s) +
                   u'|' + QString::number(a.revision) + u'|' + attemptOutcomeName(a.outcome) +
                   u'|' + steps.join(u',') + u'|' + QString::number(a.waitingSeconds);
    }
    return out;
}

// The simulator's and the controller's messages, as the getting-started canary writes them.
QStringList gettingStartedStory()
{
    return {
        u"E|0|RolloutUpdated|Rollout updated to revision 2|rv=10"_s,
        u"E|0|NewReplicaSetCreated|Created ReplicaSet demo-2 (revision 2)|rv=9"_s,
        u"E|2|ScalingReplicaSet|Scaled down ReplicaSet demo-1 (revision 1) from 5 to 4|rv=11"_s,
        u"E|5|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)|rv=12"_s,
        u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)|rv=13"_s,
        u"E|65|RolloutResumed|Rollout is resumed|rv=20"_s,
        u"E|65|RolloutStepCompleted|Rollout step 2/8 completed (pause)|rv=21"_s,
        u"E|70|RolloutStepCompleted|Rollout step 3/8 completed (setWeight: 40)|rv=22"_s,
        u"E|70|RolloutPaused|Rollout is paused (CanaryPauseStep)|rv=23"_s,
        u"E|80|RolloutStepCompleted|Rollout step 4/8 completed (pause: 10)|rv=24"_s,
        u"E|81|RolloutResumed|Rollout is resumed|rv=25"_s,
        u"E|90|RolloutStepCompleted|Rollout step 5/8 completed (setWeight: 60)|rv=26"_s,
        u"E|120|RolloutCompleted|Rollout completed update to revision 2 (abc): Completed all 8 canary steps|rv=30"_s};
}

} // namespace

class TestWeightSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void story_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QString>("live"); // empty: no live rollout
        QTest::addColumn<int>("now");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QStringList>("markers");
        QTest::addColumn<QStringList>("attempts");

        QTest::newRow("getting started: promoted by someone, timed pause resumed by itself")
            << gettingStartedStory()
            << u"rev=2:demo:yellow,old=1:demo:blue,stable=2,idx=8,step=8/8,w=100,aw=100"_s << 200
            << QStringList{u"0-5|2|0||demo:yellow"_s, u"5-70|2|20||demo:yellow"_s,
                           u"70-90|2|40||demo:yellow"_s, u"90-120|2|60||demo:yellow"_s,
                           u"120-now|2|100|s|demo:yellow"_s}
            << QStringList{u"0|Updated|0|"_s,  u"5|Paused|20|"_s,   u"65|Promoted|20||inferred"_s,
                           u"70|Paused|40|"_s, u"81|Resumed|40|"_s, u"120|Completed|100|"_s}
            << QStringList{u"0|120|2|Completed|1=5,2=60,3=5,4=10,5=10|60"_s};

        QTest::newRow("opened mid-canary: only the pause is left in the Events")
            << QStringList{u"E|100|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s}
            << u"rev=3:demo:red,old=2:demo:yellow,stable=2,idx=1,step=1/8,w=20,aw=20,"
               "steps=20;p;40;p10,pause=CanaryPauseStep@100"_s
            << 160 << QStringList{u"100-now|3|20||demo:red"_s} << QStringList{u"100|Paused|20|"_s}
            << QStringList{u"<100|-|3|InProgress||60"_s};

        QTest::newRow("abort by this program, then the stable image again (a new revision)")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 3"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"A|30|Aborted|alice|3"_s,
                           u"E|31|RolloutAborted|Rollout aborted update to revision 3"_s,
                           u"E|60|RolloutUpdated|Rollout updated to revision 4"_s,
                           u"E|61|RolloutCompleted|Rollout completed update to revision 4 (y): Rollback within window"_s}
            << u"rev=4:demo:yellow,old=3:demo:red,stable=4,idx=8,step=8/8,w=100,aw=100,"
               "steps=20;p;40;p10"_s
            << 100
            << QStringList{u"0-5|3|0||demo:red"_s, u"5-31|3|20||demo:red"_s,
                           u"31-60|3|0|a|demo:red"_s, u"60-61|4|0||demo:yellow"_s,
                           u"61-now|4|100|s|demo:yellow"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s, u"31|Aborted|0|alice"_s,
                           u"60|Updated|0|"_s, u"61|Completed|100|"_s}
            << QStringList{u"0|31|3|Aborted|1=5|26"_s, u"60|61|4|Completed||0"_s};

        QTest::newRow("a failed analysis aborts, a colleague retries")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 5"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)"_s,
                           u"E|40|AnalysisRunFailed|Analysis Run 'demo-5-1' Status New: 'Failed' Previous: 'Running'"_s,
                           u"E|41|RolloutAborted|Rollout aborted update to revision 5: Metric \"web\" assessed Failed"_s,
                           u"E|101|RolloutRetry|Retrying Rollout after abort"_s,
                           u"E|110|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)"_s}
            << u"rev=5:demo:green,old=4:demo:blue,stable=4,idx=1,step=1/4,w=20,aw=20,"
               "steps=20;analysis;60;p"_s
            << 130
            << QStringList{u"0-5|5|0||demo:green"_s, u"5-41|5|20||demo:green"_s,
                           u"41-101|5|0|a|demo:green"_s, u"101-110|5|0||demo:green"_s,
                           u"110-now|5|20||demo:green"_s}
            << QStringList{u"0|Updated|0|"_s, u"41|Aborted|0|"_s, u"101|Retried|0|"_s}
            << QStringList{u"0|41|5|Aborted|1=5|0"_s, u"101|-|5|InProgress|1=9,2=20+|0"_s};

        QTest::newRow("promote full from this window; the resume is not a second promotion")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 2"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"A|20|PromotedFull|bob|2"_s,
                           u"E|21|RolloutResumed|Rollout is resumed"_s,
                           u"E|40|RolloutCompleted|Rollout completed update to revision 2 (h): Full promotion requested"_s}
            << QString() << 50
            << QStringList{u"0-5|2|0||"_s, u"5-40|2|20||"_s, u"40-now|2|100|s|"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s, u"20|PromotedFull|20|bob"_s,
                           u"21|Resumed|20|"_s, u"40|Completed|100|"_s}
            // Nothing tells whether that pause had a duration: not counted as waiting.
            << QStringList{u"0|40|2|Completed|1=5|0"_s};

        QTest::newRow("promote full by a colleague: read from the completion's reason")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 2"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/8 completed (setWeight: 20)"_s,
                           u"E|40|RolloutCompleted|Rollout completed update to revision 2 (h): Full promotion requested"_s}
            << QString() << 50
            << QStringList{u"0-5|2|0||"_s, u"5-40|2|20||"_s, u"40-now|2|100|s|"_s}
            << QStringList{u"0|Updated|0|"_s, u"40|PromotedFull|20||inferred"_s,
                           u"40|Completed|100|"_s}
            << QStringList{u"0|40|2|Completed|1=5|0"_s};

        QTest::newRow("promote from this window: one promotion with who, no inference")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 7"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"A|50|Promoted|carol|7"_s,
                           u"E|51|RolloutResumed|Rollout is resumed"_s,
                           u"E|51|RolloutStepCompleted|Rollout step 2/4 completed (pause)"_s}
            << u"rev=7:demo:purple,idx=2,step=2/4,w=20,aw=20,steps=20;p;60;p"_s << 60
            << QStringList{u"0-5|7|0||demo:purple"_s, u"5-now|7|20||demo:purple"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s, u"50|Promoted|20|carol"_s}
            << QStringList{u"0|-|7|InProgress|1=5,2=46,3=9+|45"_s};

        QTest::newRow("a timed pause ended early was promoted; a manual pause was resumed")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 8"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"E|15|RolloutResumed|Rollout is resumed"_s,
                           u"E|15|RolloutStepCompleted|Rollout step 2/4 completed (pause: 1m)"_s,
                           u"E|20|RolloutStepCompleted|Rollout step 3/4 completed (setWeight: 60)"_s}
            << u"rev=8:demo:red,idx=3,step=3/4,w=60,aw=60,steps=20;p60;60;p,manual"_s << 80
            << QStringList{u"0-5|8|0||demo:red"_s, u"5-20|8|20||demo:red"_s,
                           u"20-now|8|60||demo:red"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s, u"15|Promoted|20||inferred"_s}
            << QStringList{u"0|-|8|InProgress|1=5,2=10,3=5,4=60+|0"_s};

        QTest::newRow("a step seen live too late to merge does not end the next pause")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 3"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/2 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"L|20|StepCompleted|1|20"_s}
            << u"rev=3:demo:red,idx=1,step=1/2,w=20,aw=20,steps=20;p60,"
               "pause=CanaryPauseStep@5"_s
            << 30 << QStringList{u"0-5|3|0||demo:red"_s, u"5-now|3|20||demo:red"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s}
            << QStringList{u"0|-|3|InProgress|1=5,2=25+|0"_s};

        QTest::newRow("a colleague promotes, then aborts soon after: both marked")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 2"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/4 completed (setWeight: 20)"_s,
                           u"E|5|RolloutPaused|Rollout is paused (CanaryPauseStep)"_s,
                           u"E|30|RolloutResumed|Rollout is resumed"_s,
                           u"E|30|RolloutStepCompleted|Rollout step 2/4 completed (pause)"_s,
                           u"E|31|RolloutStepCompleted|Rollout step 3/4 completed (setWeight: 50)"_s,
                           u"E|33|RolloutAborted|Rollout aborted update to revision 2"_s}
            << QString() << 40
            << QStringList{u"0-5|2|0||"_s, u"5-31|2|20||"_s, u"31-33|2|50||"_s, u"33-now|2|0|a|"_s}
            << QStringList{u"0|Updated|0|"_s, u"5|Paused|20|"_s, u"30|Promoted|20||inferred"_s,
                           u"33|Aborted|0|"_s}
            << QStringList{u"0|33|2|Aborted|1=5,2=25,3=1|25"_s};

        QTest::newRow("an older revision's live sighting after a newer update is left out")
            << QStringList{u"E|0|RolloutUpdated|Rollout updated to revision 3"_s,
                           u"E|5|RolloutStepCompleted|Rollout step 1/2 completed (setWeight: 20)"_s,
                           u"E|8|RolloutUpdated|Rollout updated to revision 4"_s,
                           u"A|30|StepCompleted||3"_s}
            << u"rev=4:demo:blue,old=3:demo:red,idx=0,step=0/2,w=0,aw=0,steps=20;p60"_s << 40
            << QStringList{u"0-5|3|0||demo:red"_s, u"5-8|3|20||demo:red"_s,
                           u"8-now|4|0||demo:blue"_s}
            << QStringList{u"0|Updated|0|"_s, u"8|Updated|0|"_s}
            << QStringList{u"0|8|3|Superseded|1=5|0"_s, u"8|-|4|InProgress|1=32+|0"_s};
    }

    void story()
    {
        QFETCH(QStringList, given);
        const QStringList inputs = withVersions(given);
        QFETCH(QString, live);
        QFETCH(int, now);
        QFETCH(QStringList, segments);
        QFETCH(QStringList, markers);
        QFETCH(QStringList, attempts);
        const QDateTime when = Base.addSecs(now);
        const RolloutInfo rollout = info(live);
        const RolloutInfo *i = live.isEmpty() ? nullptr : &rollout;
        const QList<TimelineEntry> entries = ::story(inputs);
        const WeightSeries series = buildWeightSeries(entries, i, when);
        QCOMPARE(segmentLines(series, when), segments);
        QCOMPARE(markerLines(series), markers);
        QCOMPARE(attemptLines(buildAttempts(entries, i, when)), attempts);

        // Events arriving in another order (a relist, a late watch) tell the same story.
        QStringList shuffled = inputs;
        QRandomGenerator random(42);
        for (qsizetype k = shuffled.size() - 1; k > 0; --k)
            shuffled.swapItemsAt(k, random.bounded(int(k) + 1));
        const QList<TimelineEntry> again = ::story(shuffled);
        QCOMPARE(segmentLines(buildWeightSeries(again, i, when), when), segments);
        QCOMPARE(attemptLines(buildAttempts(again, i, when)), attempts);
    }

    void countdown_data()
    {
        QTest::addColumn<QString>("live");
        QTest::addColumn<int>("now");
        QTest::addColumn<int>("wait");      // PauseWait
        QTest::addColumn<int>("remaining"); // -1: none
        QTest::addColumn<QString>("step");

        QTest::newRow("timed pause step") << u"rev=3:x,idx=3,step=3/8,steps=20;p;40;p10,"
                                             "pause=CanaryPauseStep@100"_s
                                          << 104 << int(PauseWait::Timed) << 6 << u"3/8"_s;
        QTest::newRow("overdue timed pause says 0")
            << u"rev=3:x,idx=3,step=3/8,steps=20;p;40;p10,pause=CanaryPauseStep@100"_s << 130
            << int(PauseWait::Timed) << 0 << u"3/8"_s;
        QTest::newRow("indefinite pause step")
            << u"rev=3:x,idx=1,step=1/8,steps=20;p;40;p10,pause=CanaryPauseStep@100"_s << 104
            << int(PauseWait::UntilPromoted) << -1 << u"1/8"_s;
        QTest::newRow("inconclusive analysis")
            << u"rev=3:x,idx=1,step=1/8,steps=20;analysis,pause=InconclusiveAnalysisRun@100"_s
            << 104 << int(PauseWait::UntilPromoted) << -1 << u"1/8"_s;
        QTest::newRow("manual pause") << u"rev=3:x,idx=3,step=3/8,steps=20;p;40;p10,manual"_s << 104
                                      << int(PauseWait::UntilResumed) << -1 << u"3/8"_s;
        QTest::newRow("blue-green: not claimed") << u"rev=3:x,pause=BlueGreenPause@100"_s << 104
                                                 << int(PauseWait::Unknown) << -1 << QString();
    }

    void countdown()
    {
        QFETCH(QString, live);
        QFETCH(int, now);
        QFETCH(int, wait);
        QFETCH(int, remaining);
        QFETCH(QString, step);
        const auto c = pauseCountdown(info(live));
        QVERIFY(c);
        QCOMPARE(int(c->wait), wait);
        QCOMPARE(c->remainingSeconds(Base.addSecs(now)).value_or(-1), remaining);
        QCOMPARE(c->step, step);
        // Not paused, or aborted: no countdown.
        QVERIFY(!pauseCountdown(info(u"rev=3:x,idx=3,steps=20;p;40;p10"_s)));
        QVERIFY(!pauseCountdown(info(live + u",aborted"_s)));
    }

    void actualWeightWhereKnown()
    {
        const QList<TimelineEntry> entries = ::story(gettingStartedStory());
        const RolloutInfo rollout = info(u"rev=2:y,idx=1,step=1/8,w=20,aw=17"_s);
        const WeightSeries s = buildWeightSeries(entries, &rollout, Base.addSecs(30),
                                                 {{Base.addSecs(6), 10}, {Base.addSecs(9), 20}});
        QCOMPARE(s.actual.size(), 3);
        QCOMPARE(s.actual.last().weight, 17);
        QCOMPARE(s.actual.last().time, Base.addSecs(30));
    }

    void tableForTheCli()
    {
        const QList<TimelineEntry> entries = ::story(gettingStartedStory());
        const QString table = attemptsTable(buildAttempts(entries, nullptr, Base.addSecs(200)));
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"STARTED"_s), qPrintable(table));
        QVERIFY2(lines.at(1).contains(u"2026-11-27T10:00:00Z"_s) &&
                     lines.at(1).contains(u"2026-11-27T10:02:00Z"_s) &&
                     lines.at(1).contains(u"Completed"_s) && lines.at(1).contains(u"2=60s"_s),
                 qPrintable(table));
    }
};

QTEST_GUILESS_MAIN(TestWeightSeries)
#include "test_weight_series.moc"
