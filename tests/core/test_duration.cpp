// One Go-duration parser for everybody (core/Duration): the CLI's flags, a pause step's
// duration, the simulator's pauses and experiments all read durations through it.

#include "core/Duration.h"
#include "core/Rollout.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: not a duration
        QTest::newRow("1m30s") << u"1m30s"_s << qint64(90000);
        QTest::newRow("1h") << u"1h"_s << qint64(3600000);
        QTest::newRow("90s") << u"90s"_s << qint64(90000);
        QTest::newRow("500ms") << u"500ms"_s << qint64(500);
        QTest::newRow("1.5h") << u"1.5h"_s << qint64(5400000);
        QTest::newRow("2h45m10s") << u"2h45m10s"_s << qint64(9910000);
        QTest::newRow("0") << u"0"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("no unit") << u"90"_s << qint64(-1);
        QTest::newRow("bad unit") << u"10x"_s << qint64(-1);
        QTest::newRow("words") << u"soon"_s << qint64(-1);
        QTest::newRow("unit only") << u"m"_s << qint64(-1);
    }
    void goDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = rd::core::parseGoDurationMs(text);
        if (ms < 0) {
            QVERIFY2(!parsed, qPrintable(u"parsed as %1"_s.arg(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, ms);
        }
    }

    // Argo's duration fields: a number of seconds, a string of seconds, or a Go duration.
    void stepDurations()
    {
        using rd::core::parseStepDurationMs;
        QCOMPARE(parseStepDurationMs(QJsonValue(30)).value_or(-1), 30000);
        QCOMPARE(parseStepDurationMs(QJsonValue(u"30"_s)).value_or(-1), 30000);
        QCOMPARE(parseStepDurationMs(QJsonValue(u"1m30s"_s)).value_or(-1), 90000);
        QCOMPARE(parseStepDurationMs(QJsonValue(u"1h"_s)).value_or(-1), 3600000);
        QCOMPARE(parseStepDurationMs(QJsonValue(u"500ms"_s)).value_or(-1), 500);
        QVERIFY(!parseStepDurationMs(QJsonValue(u"1m30"_s)));
        QVERIFY(!parseStepDurationMs(QJsonValue(u"later"_s)));
        QVERIFY(!parseStepDurationMs(QJsonValue()));
        QVERIFY(!parseStepDurationMs(QJsonValue(QJsonValue::Undefined)));
        // Beyond Go's int64 nanoseconds: no duration, and no overflow (found by fuzz_duration).
        QVERIFY(!parseStepDurationMs(QJsonValue(u"74777750077777277"_s)));
        QVERIFY(!parseStepDurationMs(QJsonValue(1e300)));
        QVERIFY(!rd::core::parseGoDurationMs(u"1e30h"_s));
        QVERIFY(!rd::core::parseGoDurationMs(u"9999999999999999999h"_s));
        QCOMPARE(parseStepDurationMs(QJsonValue(u"9223372036"_s)).value_or(-1), 9223372036000);
    }

    // A pause step reads its duration through the same parser.
    void pauseStepSeconds()
    {
        rd::core::CanaryStep step;
        step.kind = rd::core::CanaryStep::Kind::Pause;
        step.pauseDuration = u"1m30s"_s;
        QCOMPARE(step.pauseSeconds().value_or(-2), 90);
        step.pauseDuration = u"nonsense"_s;
        QCOMPARE(step.pauseSeconds().value_or(-2), -1);
        step.pauseDuration = QJsonValue(QJsonValue::Undefined);
        QVERIFY(!step.pauseSeconds());
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "test_duration.moc"
