// humanDurationNextChange names the next moment an age's text changes: the text stays the same
// until then (no change is missed) and, below eight years, differs right then (no idle wake-ups).

#include "core/Duration.h"

#include <QTest>

using rd::core::humanDuration;
using rd::core::humanDurationNextChange;

class TestDurationNextChange : public QObject
{
    Q_OBJECT

    static void check(qint64 age, bool tight)
    {
        const qint64 next = humanDurationNextChange(age);
        const QString text = humanDuration(age);
        QVERIFY2(next > age, qPrintable(QString::number(age)));
        // Unchanged over [age, next): at the ends and at a few points between.
        for (const qint64 t : {age, next - 1, age + (next - age) / 2, age + (next - age) / 3})
            QVERIFY2(humanDuration(t) == text,
                     qPrintable(QStringLiteral("%1 vs %2 at %3").arg(age).arg(next).arg(t)));
        if (tight)
            QVERIFY2(humanDuration(next) != text,
                     qPrintable(QStringLiteral("%1: %2 still at %3").arg(age).arg(text).arg(next)));
    }

private Q_SLOTS:
    void everyBranch()
    {
        constexpr qint64 s = 1000;
        constexpr qint64 day = 24 * 3600 * s;
        for (qint64 age = -5 * s; age < 0; age += 37)
            check(age, age > -2000); // "<invalid>" turns into "0s", which lasts to 1 s
        for (qint64 age = 0; age < 20 * 60 * s; age += 271)
            check(age, true);
        for (qint64 age = 20 * 60 * s; age < 9 * 3600 * s; age += 7013)
            check(age, true);
        for (qint64 age = 9 * 3600 * s; age < 10 * day; age += 97 * s + 3)
            check(age, true);
        for (qint64 age = 10 * day; age < 8 * 365 * day; age += 3331 * s + 7)
            check(age, true);
        // Beyond eight years only whole years are shown: looked at daily, changed yearly.
        for (qint64 age = 8 * 365 * day; age < 12 * 365 * day; age += 5 * day + 11)
            check(age, false);
    }

    void branchEdges()
    {
        constexpr qint64 s = 1000;
        for (const qint64 edge : {120 * s, 600 * s, 3 * 3600 * s, 8 * 3600 * s, 48 * 3600 * s,
                                  8 * 24 * 3600 * s, 2 * 365 * 24 * 3600 * s}) {
            check(edge - 1, true);
            check(edge, true);
            QCOMPARE(humanDurationNextChange(edge - 1), edge);
        }
    }
};

QTEST_GUILESS_MAIN(TestDurationNextChange)
#include "test_duration_next_change.moc"
