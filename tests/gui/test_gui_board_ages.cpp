// The board's Age column: a young rollout's age ticks every second and reaches the view; a board
// of hour-old rollouts is not looked at again for most of a minute (idle CPU), yet its ages still
// change on the minute; a rollout added later is looked at within a second.

#include "FakeRolloutSource.h"

#include "gui/models/RolloutBoardModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::RolloutBoardModel;

// A second as a coarse QTimer counts it: up to 5 % later.
constexpr qint64 kSecond = 1050;

class TestGuiBoardAges : public QObject
{
    Q_OBJECT

    static rd::core::RolloutInfo rollout(const QString &name, qint64 ageMs)
    {
        rd::core::RolloutInfo r;
        r.meta.name = name;
        r.meta.namespace_ = u"ages"_s;
        r.meta.creationTimestamp = QDateTime::currentDateTimeUtc().addMSecs(-ageMs);
        r.status = u"Healthy"_s;
        r.strategy = rd::core::Strategy::Canary;
        return r;
    }

    static QString age(const RolloutBoardModel &model, int row)
    {
        return model.index(row, RolloutBoardModel::AgeColumn).data().toString();
    }

private Q_SLOTS:
    void youngAgeTicksIntoTheNextBranch()
    {
        FakeRolloutSource source;
        RolloutBoardModel model;
        QAbstractItemModelTester tester(&model);
        model.setSource(&source);
        // 118.6 s: "118s" now, "119s" within a second, "2m" within two.
        source.put(rollout(u"young"_s, 118600));
        QCOMPARE(age(model, 0), u"118s"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_COMPARE_WITH_TIMEOUT(age(model, 0), u"2m"_s, 10000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().column(),
                 int(RolloutBoardModel::AgeColumn));
        // In the "XmYs" branch the next look is at most a second away.
        QVERIFY(model.nextAgeRefreshInMs() >= 0);
        QVERIFY(model.nextAgeRefreshInMs() <= kSecond);
    }

    void oldRolloutsAreLookedAtOnTheMinute()
    {
        FakeRolloutSource source;
        RolloutBoardModel model;
        model.setSource(&source);
        // One hour and 30.5 seconds old: "60m" until one hour and one minute.
        for (int i = 0; i < 200; ++i)
            source.put(rollout(u"old-%1"_s.arg(i), 3600 * 1000 + 30500));
        QCOMPARE(age(model, 0), u"60m"_s);
        // The first look comes within a second of the rows arriving...
        QVERIFY2(model.nextAgeRefreshInMs() <= kSecond,
                 qPrintable(QString::number(model.nextAgeRefreshInMs())));
        QTRY_VERIFY_WITH_TIMEOUT(model.nextAgeRefreshInMs() > kSecond, 5000);
        // ...and after it the next is close to the minute's end, not a second away.
        QVERIFY2(model.nextAgeRefreshInMs() > 20000,
                 qPrintable(QString::number(model.nextAgeRefreshInMs())));
        QVERIFY(model.nextAgeRefreshInMs() <= 30000);

        // A young rollout added now is looked at within a second again.
        source.put(rollout(u"new"_s, 5000));
        QVERIFY(model.nextAgeRefreshInMs() <= kSecond);
        const int newRow = model.indexOfKey(u"ages/new"_s).row();
        const QString before = age(model, newRow);
        QTRY_VERIFY_WITH_TIMEOUT(age(model, newRow) != before, 5000);
    }

    void withoutRowsNothingWakes()
    {
        FakeRolloutSource source;
        RolloutBoardModel model;
        model.setSource(&source);
        source.put(rollout(u"gone"_s, 1000));
        source.remove(u"ages/gone"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.nextAgeRefreshInMs(), qint64(-1), 5000);
    }
};

QTEST_MAIN(TestGuiBoardAges)
#include "test_gui_board_ages.moc"
