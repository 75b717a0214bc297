// The Analysis tab's metric charts (issue 13): which conditions are simple comparisons (and so
// are drawn as threshold lines), what they mean on both sides of each threshold, which are refused,
// and the measured series read from the vendored upstream run and from tests/data/analysis.
#include "core/AnalysisRun.h"
#include "core/SnapshotLoader.h"
#include "core/analysis/AnalysisBudget.h"
#include "core/analysis/MetricCondition.h"
#include "core/analysis/MetricSeries.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::CompareOp;
using rd::core::parseSimpleCondition;

namespace {

QString dataPath(const QString &relative)
{
    const QString root = qEnvironmentVariable("ROLLOUTDESK_TEST_DATA");
    if (root.isEmpty())
        qFatal("ROLLOUTDESK_TEST_DATA must point at tests/data");
    return root + u'/' + relative;
}

rd::core::AnalysisRun runFromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    auto parsed = rd::core::AnalysisRun::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    if (!parsed)
        qFatal("not an AnalysisRun: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

const rd::core::MetricBudget *byMetric(const QList<rd::core::MetricBudget> &budgets,
                                       const QString &metric)
{
    for (const auto &b : budgets) {
        if (b.metric == metric)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestMetricSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsSimpleComparisons_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("op");
        QTest::addColumn<double>("threshold");
        QTest::newRow("result[0] >= 0.95")
            << u"result[0] >= 0.95"_s << 0 << int(CompareOp::GreaterEqual) << 0.95;
        QTest::newRow("result < 5") << u"result < 5"_s << -1 << int(CompareOp::Less) << 5.0;
        QTest::newRow("no spaces") << u"result[1]>-2.5"_s << 1 << int(CompareOp::Greater) << -2.5;
        QTest::newRow("number first is mirrored")
            << u"0.95 <= result[0]"_s << 0 << int(CompareOp::GreaterEqual) << 0.95;
        QTest::newRow("exponent") << u"result[0] <= 1e-3"_s << 0 << int(CompareOp::LessEqual)
                                  << 0.001;
        QTest::newRow("equal") << u"result == 1"_s << -1 << int(CompareOp::Equal) << 1.0;
        QTest::newRow("not equal") << u"result[0] != 0"_s << 0 << int(CompareOp::NotEqual) << 0.0;
        QTest::newRow("spaces inside the index")
            << u"  result[ 2 ]   >   10  "_s << 2 << int(CompareOp::Greater) << 10.0;
    }
    void acceptsSimpleComparisons()
    {
        QFETCH(QString, expression);
        const auto c = parseSimpleCondition(expression);
        QVERIFY2(c, qPrintable(expression));
        QTEST(c->resultIndex, "index");
        QCOMPARE(c->comparisons.size(), 1);
        QTEST(int(c->comparisons.first().op), "op");
        QTEST(c->comparisons.first().threshold, "threshold");
    }

    void conjunctionOnOneOperand()
    {
        const auto c = parseSimpleCondition(u"result[0] <= 0.01 && result[0] >= 0"_s);
        QVERIFY(c);
        QCOMPARE(c->resultIndex, 0);
        QCOMPARE(c->comparisons.size(), 2);
        QCOMPARE(c->comparisons.at(0), (rd::core::Comparison{CompareOp::LessEqual, 0.01}));
        QCOMPARE(c->comparisons.at(1), (rd::core::Comparison{CompareOp::GreaterEqual, 0}));
        const auto words = parseSimpleCondition(u"result > 1 and 3 > result"_s);
        QVERIFY(words);
        QCOMPARE(words->comparisons.at(1), (rd::core::Comparison{CompareOp::Less, 3}));
        // Inside the band it holds, on either edge's far side it does not.
        QVERIFY(c->holds(0.005));
        QVERIFY(c->holds(0.01));
        QVERIFY(!c->holds(0.0100001));
        QVERIFY(c->holds(0));
        QVERIFY(!c->holds(-0.0000001));
    }

    // Both sides of each boundary, and the boundary itself.
    void holdsAroundTheThreshold_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("below");
        QTest::addColumn<bool>("at");
        QTest::addColumn<bool>("above");
        QTest::newRow("<") << u"result < 5"_s << true << false << false;
        QTest::newRow("<=") << u"result <= 5"_s << true << true << false;
        QTest::newRow(">") << u"result > 5"_s << false << false << true;
        QTest::newRow(">=") << u"result >= 5"_s << false << true << true;
        QTest::newRow("==") << u"result == 5"_s << false << true << false;
        QTest::newRow("!=") << u"result != 5"_s << true << false << true;
        QTest::newRow("mirrored <") << u"5 < result"_s << false << false << true;
        QTest::newRow("mirrored >=") << u"5 >= result"_s << true << true << false;
    }
    void holdsAroundTheThreshold()
    {
        QFETCH(QString, expression);
        const auto c = parseSimpleCondition(expression);
        QVERIFY(c);
        QTEST(c->holds(4.999), "below");
        QTEST(c->holds(5.0), "at");
        QTEST(c->holds(5.001), "above");
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString();
        QTest::newRow("or") << u"result[0] >= 0.95 || result[0] < 0"_s;
        QTest::newRow("or word") << u"result > 1 or result < 0"_s;
        QTest::newRow("function call") << u"len(result) > 0"_s;
        QTest::newRow("isNaN") << u"isNaN(result[0])"_s;
        QTest::newRow("asFloat wrapper") << u"asFloat(result) > 0.5"_s;
        QTest::newRow("parentheses") << u"(result[0] >= 0.95)"_s;
        QTest::newRow("nested") << u"result[0] > 1 && (result[0] < 2 || result[0] == 5)"_s;
        QTest::newRow("negation") << u"!(result < 5)"_s;
        QTest::newRow("not word") << u"not result < 5"_s;
        QTest::newRow("arithmetic") << u"result[0] * 100 > 5"_s;
        QTest::newRow("subtraction") << u"result - 1 > 5"_s;
        QTest::newRow("field") << u"result.ok == true"_s;
        QTest::newRow("boolean") << u"result == true"_s;
        QTest::newRow("string") << u"result == \"ok\""_s;
        QTest::newRow("two operands") << u"result[0] > 1 && result[1] < 2"_s;
        QTest::newRow("result vs result") << u"result[0] > result[1]"_s;
        QTest::newRow("number vs number") << u"1 < 2"_s;
        QTest::newRow("dangling and") << u"result > 1 &&"_s;
        QTest::newRow("no threshold") << u"result >"_s;
        QTest::newRow("bare result") << u"result"_s;
        QTest::newRow("chained") << u"1 < result < 2"_s;
        QTest::newRow("negative index") << u"result[-1] > 0"_s;
        QTest::newRow("index by name") << u"result[i] > 0"_s;
        QTest::newRow("underscore number") << u"result > 1_000"_s;
        QTest::newRow("hex") << u"result > 0x10"_s;
        QTest::newRow("other name") << u"results > 1"_s;
        QTest::newRow("ternary") << u"result > 1 ? true : false"_s;
        QTest::newRow("huge exponent") << u"result > 1e999"_s;
        QTest::newRow("long") << (u"result > 1"_s + u" && result > 1"_s.repeated(60));
    }
    void refusesAnythingElse()
    {
        QFETCH(QString, expression);
        QVERIFY2(!parseSimpleCondition(expression), qPrintable(expression));
    }

    void measurementNumbers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("number");
        QTest::newRow("vector of one") << u"[0.97]"_s << 0 << true << 0.97;
        QTest::newRow("vector of one, plain result") << u"[0.97]"_s << -1 << true << 0.97;
        QTest::newRow("scalar") << u"0.97"_s << -1 << true << 0.97;
        QTest::newRow("scalar as [0]") << u" 12 "_s << 0 << true << 12.0;
        QTest::newRow("scalar as [1]") << u"12"_s << 1 << false << 0.0;
        QTest::newRow("second element") << u"[0.97,0.5]"_s << 1 << true << 0.5;
        QTest::newRow("spaces") << u"[1 2 3]"_s << 2 << true << 3.0;
        QTest::newRow("past the end") << u"[0.97]"_s << 1 << false << 0.0;
        QTest::newRow("two, plain result") << u"[1,2]"_s << -1 << false << 0.0;
        QTest::newRow("empty") << QString() << -1 << false << 0.0;
        QTest::newRow("boolean") << u"false"_s << -1 << false << 0.0;
        QTest::newRow("json") << u"{\"ok\":true}"_s << -1 << false << 0.0;
        QTest::newRow("NaN") << u"[NaN]"_s << 0 << false << 0.0;
        QTest::newRow("Inf") << u"+Inf"_s << -1 << false << 0.0;
        QTest::newRow("unclosed") << u"[0.97"_s << 0 << false << 0.0;
    }
    void measurementNumbers()
    {
        QFETCH(QString, value);
        QFETCH(int, index);
        QFETCH(bool, present);
        const auto n = rd::core::measurementNumber(value, index);
        QCOMPARE(n.has_value(), present);
        if (present)
            QTEST(*n, "number");
    }

    // tests/data/analysis: `latency` has two numeric measurements and a drawable success
    // condition; `web` compares a field (not drawable) and measured "false"; `errors` only has
    // a failure condition and one Error measurement without a value.
    void seriesOfTheAbortedRun()
    {
        const auto run = runFromJsonFile(dataPath(u"analysis/aborted-web-run.json"_s));
        const auto budgets = rd::core::metricBudgets({run});
        const auto *latency = byMetric(budgets, u"latency"_s);
        QVERIFY(latency);
        const rd::core::MetricSeries &s = latency->series;
        QCOMPARE(s.points.size(), 2);
        QCOMPARE(s.points.at(0).number, std::optional<double>(310));
        QCOMPARE(s.points.at(1).number, std::optional<double>(320));
        QCOMPARE(s.points.at(0).phase, u"Successful"_s);
        QCOMPARE(s.points.at(1).time, QDateTime(QDate(2026, 11, 27), QTime(10, 0, 31), Qt::UTC));
        QVERIFY(s.success);
        QCOMPARE(s.success->comparisons.first(), (rd::core::Comparison{CompareOp::Less, 500}));
        QVERIFY(!s.failure);

        const auto *web = byMetric(budgets, u"web"_s);
        QVERIFY(web);
        QVERIFY(!web->series.success); // `result.ok == true`
        QCOMPARE(web->series.points.size(), 1);
        QCOMPARE(web->series.points.first().value, u"false"_s);
        QVERIFY(!web->series.points.first().number);
        QCOMPARE(web->series.points.first().phase, u"Failed"_s);

        const auto *errors = byMetric(budgets, u"errors"_s);
        QVERIFY(errors);
        QVERIFY(!errors->series.success);
        QVERIFY(errors->series.failure);
        QCOMPARE(errors->series.failure->resultIndex, 0);
        QCOMPARE(errors->series.failure->comparisons.first(),
                 (rd::core::Comparison{CompareOp::Greater, 10}));
        QCOMPARE(errors->series.points.size(), 1);
        QCOMPARE(errors->series.points.first().phase, u"Error"_s);
        QVERIFY(!errors->series.points.first().number);
    }

    // The vendored upstream run (a job metric, no conditions): eight measurements in time order
    // with their phases and no numbers (jobs measure no value).
    void seriesOfTheUpstreamJobRun()
    {
        const auto loaded = rd::core::SnapshotLoader::load(
            dataPath(u"argo-rollouts/experiment-analysis/canary-analysis.yaml"_s));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->analysisRuns.size(), 1);
        const auto budgets = rd::core::metricBudgets(loaded->analysisRuns);
        QCOMPARE(budgets.size(), 1);
        const rd::core::MetricSeries &s = budgets.first().series;
        QVERIFY(!s.success);
        QVERIFY(!s.failure);
        QCOMPARE(s.points.size(), 8);
        QStringList phases;
        for (const auto &p : s.points) {
            phases << p.phase;
            QVERIFY(!p.number);
        }
        QCOMPARE(phases, (QStringList{u"Failed"_s, u"Successful"_s, u"Successful"_s, u"Failed"_s,
                                      u"Failed"_s, u"Successful"_s, u"Failed"_s, u"Successful"_s}));
        QCOMPARE(s.points.first().time, QDateTime(QDate(2019, 10, 30), QTime(7, 28, 40), Qt::UTC));
        QCOMPARE(s.points.last().time, QDateTime(QDate(2019, 10, 30), QTime(16, 13, 40), Qt::UTC));
    }

    // A measurement still running has no finishedAt: it sits at its start; points come out in
    // time order whatever order the status lists them in.
    void runningMeasurementAndOrder()
    {
        rd::core::MetricSpec spec;
        spec.name = u"success-rate"_s;
        spec.successCondition = u"result[0] >= 0.95"_s;
        rd::core::MetricResult result;
        result.name = spec.name;
        const QDateTime t0(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        rd::core::Measurement late;
        late.phase = u"Running"_s;
        late.startedAt = t0.addSecs(60);
        rd::core::Measurement early;
        early.phase = u"Successful"_s;
        early.value = u"[0.97]"_s;
        early.startedAt = t0;
        early.finishedAt = t0.addSecs(2);
        rd::core::Measurement timeless;
        timeless.phase = u"Successful"_s;
        timeless.value = u"[0.5]"_s;
        result.measurements = {late, early, timeless};
        const auto s = rd::core::metricSeries(spec, &result);
        QCOMPARE(s.points.size(), 2); // no time, no place on the axis
        QCOMPARE(s.points.at(0).time, t0.addSecs(2));
        QCOMPARE(s.points.at(0).number, std::optional<double>(0.97));
        QCOMPARE(s.points.at(1).time, t0.addSecs(60));
        QCOMPARE(s.points.at(1).phase, u"Running"_s);
        QVERIFY(!s.points.at(1).number);
        QVERIFY(rd::core::metricSeries(spec, nullptr).points.isEmpty());
        QVERIFY(rd::core::metricSeries(spec, nullptr).success);
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "test_metric_series.moc"
