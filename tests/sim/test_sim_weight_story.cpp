// The weight chart's data and the attempts from the simulator's real Events (issue 13): a canary
// is updated, promoted by "a colleague" (a status patch, as the plugin sends it), aborted, updated
// again and fully promoted; then a client that never watched reads only the Events and rebuilds
// the story: weights per revision, the inferred promotions, the abort, the attempts.
#include "core/timeline/Attempts.h"
#include "core/timeline/RolloutEventReader.h"
#include "core/timeline/Timeline.h"
#include "core/timeline/WeightSeries.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/JsonPatch.h"
#include "sim/Scenario.h"
#include "sim/SimCluster.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::ApiResource;
using rd::sim::ClusterStore;

namespace {

constexpr int Timeout = 30000;
const QString NS = u"spring-petclinic"_s;
const QString Name = u"story"_s;

QJsonObject status(const QJsonObject &o)
{
    return o.value(u"status"_s).toObject();
}

} // namespace

class TestSimWeightStory : public QObject
{
    Q_OBJECT

    std::unique_ptr<rd::sim::SimCluster> m_cluster;

    ClusterStore *store() { return m_cluster->store(); }
    const ApiResource &rollouts() { return *ApiResource::find(u"argoproj.io"_s, u"rollouts"_s); }
    QJsonObject rollout()
    {
        return store()->get(rollouts().key(), NS, Name).value_or(QJsonObject());
    }
    QString phase() { return status(rollout()).value(u"phase"_s).toString(); }
    int stepIndex() { return status(rollout()).value(u"currentStepIndex"_s).toInt(-1); }
    void merge(const QJsonObject &patch, ClusterStore::Scope scope)
    {
        const QJsonObject merged = rd::sim::JsonPatch::mergePatch(rollout(), patch).toObject();
        QVERIFY(store()->update(rollouts(), merged, scope, false).ok());
    }
    void setImage(const QString &image)
    {
        QJsonObject spec = rollout().value(u"spec"_s).toObject();
        spec.insert(u"template"_s, rd::sim::Scenario::podTemplate(Name, image));
        merge(QJsonObject{{u"spec"_s, spec}}, ClusterStore::Scope::Main);
    }
    // Events carry whole seconds: a pause of the wall clock keeps the story's times apart.
    static void nextSecond() { QTest::qWait(1100); }

private Q_SLOTS:
    void storyFromEventsOnly()
    {
        rd::sim::SimCluster::Options o;
        o.scenario = u"empty"_s;
        o.speed = 50;
        m_cluster = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_cluster->start();
        error = started.errorMessage();
        QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));

        // Pauses without duration: only a person ends them, so the test decides the timing.
        const QJsonArray steps{
            QJsonObject{{u"setWeight"_s, 20}}, QJsonObject{{u"pause"_s, QJsonObject{}}},
            QJsonObject{{u"setWeight"_s, 50}}, QJsonObject{{u"pause"_s, QJsonObject{}}}};
        QVERIFY(
            store()
                ->create(
                    rollouts(),
                    QJsonObject{
                        {u"metadata"_s, QJsonObject{{u"name"_s, Name}, {u"namespace"_s, NS}}},
                        {u"spec"_s,
                         QJsonObject{
                             {u"replicas"_s, 2},
                             {u"selector"_s,
                              QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, Name}}}}},
                             {u"template"_s, rd::sim::Scenario::podTemplate(Name, u"demo:blue"_s)},
                             {u"strategy"_s,
                              QJsonObject{{u"canary"_s, QJsonObject{{u"steps"_s, steps}}}}}}}})
                .ok());
        QTRY_COMPARE_WITH_TIMEOUT(phase(), u"Healthy"_s, Timeout);
        nextSecond();

        // Revision 2: paused at 1/4, promoted by a colleague, paused at 3/4, aborted.
        setImage(u"demo:yellow"_s);
        QTRY_VERIFY_WITH_TIMEOUT(phase() == u"Paused"_s && stepIndex() == 1, Timeout);
        nextSecond();
        merge(QJsonObject{{u"status"_s, QJsonObject{{u"pauseConditions"_s, QJsonValue::Null}}}},
              ClusterStore::Scope::Status);
        QTRY_VERIFY_WITH_TIMEOUT(phase() == u"Paused"_s && stepIndex() == 3, Timeout);
        nextSecond();
        merge(QJsonObject{{u"status"_s, QJsonObject{{u"abort"_s, true}}}},
              ClusterStore::Scope::Status);
        QTRY_COMPARE_WITH_TIMEOUT(phase(), u"Degraded"_s, Timeout);
        nextSecond();

        // Revision 3: a new image, paused at 1/4, then fully promoted.
        setImage(u"demo:red"_s);
        QTRY_VERIFY_WITH_TIMEOUT(phase() == u"Paused"_s && stepIndex() == 1, Timeout);
        nextSecond();
        merge(QJsonObject{{u"status"_s, QJsonObject{{u"promoteFull"_s, true}}}},
              ClusterStore::Scope::Status);
        QTRY_VERIFY_WITH_TIMEOUT(phase() == u"Healthy"_s && stepIndex() == 4, Timeout);

        // A client that never watched: the Events alone, in whatever order the list gives them.
        rd::core::Timeline timeline;
        QList<QJsonObject> events = store()->list(u"events"_s, NS);
        std::reverse(events.begin(), events.end());
        for (const QJsonObject &e : std::as_const(events)) {
            if (rd::core::isEventOfRollout(e, NS, Name))
                timeline.addEvent(e);
        }
        const QList<rd::core::TimelineEntry> entries = timeline.entries();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const rd::core::WeightSeries series = rd::core::buildWeightSeries(entries, nullptr, now);

        QStringList weights; // "revision:weight[a|s]" per segment
        for (const rd::core::WeightSegment &s : series.segments)
            weights << u"%1:%2%3"_s.arg(s.revision)
                           .arg(s.setWeight)
                           .arg(s.aborted ? u"a"_s : (s.stable ? u"s"_s : QString()));
        QStringList marks;
        for (const rd::core::WeightMarker &m : series.markers)
            marks << u"%1:%2%3"_s.arg(m.revision)
                         .arg(int(m.kind))
                         .arg(m.inferred ? u"?"_s : QString());
        const QString story = weights.join(u' ') + u" | "_s + marks.join(u' ');
        using K = rd::core::WeightMarkerKind;
        const auto mark = [](qint64 revision, K kind, bool inferred = false) {
            return u"%1:%2%3"_s.arg(revision).arg(int(kind)).arg(inferred ? u"?"_s : QString());
        };
        // Revision 2's weights in order, then the abort, then revision 3 stable at 100.
        const qsizetype w20 = weights.indexOf(u"2:20"_s), w50 = weights.indexOf(u"2:50"_s),
                        ab = weights.indexOf(u"2:0a"_s), s3 = weights.indexOf(u"3:100s"_s);
        QVERIFY2(w20 >= 0 && w20 < w50 && w50 < ab && ab < s3 && s3 == weights.size() - 1,
                 qPrintable(story));
        // The colleague's promotion is read from the Events; the full promotion from the
        // completion's reason.
        QVERIFY2(marks.contains(mark(2, K::Promoted, true)), qPrintable(story));
        QVERIFY2(marks.contains(mark(2, K::Aborted)), qPrintable(story));
        QVERIFY2(marks.contains(mark(3, K::PromotedFull, true)), qPrintable(story));
        QVERIFY2(marks.contains(mark(3, K::Completed)), qPrintable(story));
        QVERIFY2(marks.indexOf(mark(2, K::Promoted, true)) < marks.indexOf(mark(2, K::Aborted)),
                 qPrintable(story));

        const QList<rd::core::Attempt> attempts = rd::core::buildAttempts(entries, nullptr, now);
        QStringList summary;
        for (const rd::core::Attempt &a : attempts)
            summary << u"%1:%2"_s.arg(a.revision).arg(rd::core::attemptOutcomeName(a.outcome));
        QCOMPARE(summary, (QStringList{u"1:Completed"_s, u"2:Aborted"_s, u"3:Completed"_s}));
        const rd::core::Attempt &second = attempts.at(1);
        // Steps 1/4, 2/4 (the promoted pause) and 3/4 completed before the abort.
        QCOMPARE(second.steps.size(), 3);
        QCOMPARE(second.steps.at(1).step, 2);
        // It waited for a person at both pauses (at least the seconds the test slept each time).
        QVERIFY2(second.waitingSeconds >= 1, qPrintable(rd::core::attemptsTable(attempts)));
        QVERIFY(second.finished > second.started);
    }
};

QTEST_GUILESS_MAIN(TestSimWeightStory)
#include "test_sim_weight_story.moc"
