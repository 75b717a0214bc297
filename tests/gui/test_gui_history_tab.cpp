// The History tab (issue 13): TimelineBook keeps each rollout's story from the source's Events,
// live transitions and accepted actions; the page's History tab lists it with new rows inserted.
#include "FakeRolloutSource.h"

#include "gui/charts/WeightHistory.h"
#include "gui/models/TimelineBook.h"
#include "gui/models/TimelineModel.h"
#include "gui/views/HistoryView.h"
#include "gui/views/RolloutPage.h"
#include "source/RolloutAction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A source whose rollouts also have Events.
class EventfulSource : public FakeRolloutSource
{
public:
    QList<QJsonObject> events(const QString &key) const override { return m_events.value(key); }
    void addEvent(const QString &key, const QString &reason, const QString &message,
                  const QString &time, int rv)
    {
        m_events[key] << QJsonObject{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"e%1"_s.arg(rv)},
                                        {u"namespace"_s, u"shop"_s},
                                        {u"resourceVersion"_s, QString::number(rv)}}},
            {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"name"_s, u"demo"_s}}},
            {u"reason"_s, reason},
            {u"message"_s, message},
            {u"count"_s, 1},
            {u"firstTimestamp"_s, time},
            {u"lastTimestamp"_s, time}};
        Q_EMIT eventsChanged(key);
    }

private:
    QHash<QString, QList<QJsonObject>> m_events;
};

rd::core::RolloutInfo info(qint64 step, const QString &status, bool aborted = false)
{
    rd::core::RolloutInfo i;
    i.meta.name = u"demo"_s;
    i.meta.namespace_ = u"shop"_s;
    i.status = status;
    i.currentStepIndex = step;
    i.aborted = aborted;
    i.setWeight = aborted ? u"0"_s : u"20"_s;
    rd::core::ReplicaSetInfo rs;
    rs.revision = 3;
    i.replicaSets = {rs};
    return i;
}

QStringList events(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, rd::gui::TimelineModel::Event).data().toString() + u' ' +
                   m.index(r, rd::gui::TimelineModel::Revision).data().toString();
    return out;
}

} // namespace

class TestGuiHistoryTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bookAndTab()
    {
        EventfulSource source;
        source.put(info(0, u"Progressing"_s));
        rd::gui::TimelineBook book;
        book.setSource(&source);
        rd::gui::WeightHistory weights;
        rd::gui::RolloutPage page(&weights);
        page.setSource(&source);
        rd::gui::HistoryView *history = page.historyView();
        QVERIFY(history);
        QCOMPARE(page.tabs()->tabText(page.tabs()->indexOf(history)), u"Histor&y"_s);
        history->setBook(&book);
        page.setKey(u"shop/demo"_s);
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        source.addEvent(u"shop/demo"_s, u"RolloutUpdated"_s, u"Rollout updated to revision 3"_s,
                        u"2026-11-27T10:00:00Z"_s, 10);
        QCOMPARE(events(*history->model()), QStringList{u"Updated 3"_s});

        // Live: the step completes and the rollout pauses; then this window aborts it.
        QSignalSpy inserted(history->model(), &QAbstractItemModel::rowsInserted);
        source.put(info(1, u"Paused"_s));
        QVERIFY(inserted.count() >= 1);
        rd::source::RolloutAction abort;
        abort.kind = rd::source::RolloutAction::Kind::Abort;
        abort.key = u"shop/demo"_s;
        book.recordAction(abort, u"alice"_s);
        source.put(info(0, u"Degraded"_s, true));
        const QStringList got = events(*history->model());
        QCOMPARE(got.mid(0, 3), (QStringList{u"Updated 3"_s, u"StepCompleted 3"_s, u"Paused 3"_s}));
        // The action and the live abort are one row, with who did it.
        QCOMPARE(got.count(u"Aborted 3"_s), 1);
        const int row = int(got.indexOf(u"Aborted 3"_s));
        QCOMPARE(history->model()->index(row, rd::gui::TimelineModel::Actor).data().toString(),
                 u"alice"_s);
        QCOMPARE(history->model()->index(row, rd::gui::TimelineModel::Weight).data().toString(),
                 u"0"_s);
    }
};

QTEST_MAIN(TestGuiHistoryTab)
#include "test_gui_history_tab.moc"
