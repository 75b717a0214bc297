// Analysis budgets (issue 13): `used / limit` per metric with the controller's defaults, riskiest
// first, the next measurement time; on the vendored upstream run and on an aborted run written
// in tests/data/analysis like the example (metric `web`: Failed `1 / 0`).
#include "core/AnalysisRun.h"
#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"
#include "core/analysis/AnalysisBudget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::MetricBudget;

namespace {

rd::core::AnalysisRun run(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    auto parsed = rd::core::AnalysisRun::fromJson(o);
    if (!parsed)
        qFatal("not an AnalysisRun: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

// An aborted canary's background run: `web` failed once with the default failureLimit 0,
// `latency` is still fine, `errors` has erred three times in a row (limit 4 by default).
QByteArray abortedRun()
{
    QFile f(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/analysis/aborted-web-run.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("ROLLOUTDESK_TEST_DATA must point at tests/data");
    return f.readAll();
}

} // namespace

class TestAnalysisBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetArithmetic_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("risk");
        QTest::addColumn<bool>("exceeded");
        QTest::newRow("unused") << qint64(0) << qint64(0) << u"0 / 0"_s << 0.0 << false;
        QTest::newRow("first failure with limit 0")
            << qint64(1) << qint64(0) << u"1 / 0"_s << 1.0 << true;
        QTest::newRow("half") << qint64(2) << qint64(3) << u"2 / 3"_s << 0.5 << false;
        QTest::newRow("at the limit") << qint64(4) << qint64(4) << u"4 / 4"_s << 0.8 << false;
        QTest::newRow("no limit") << qint64(7) << qint64(-1) << u"7 / -"_s << 0.0 << false;
    }
    void budgetArithmetic()
    {
        QFETCH(qint64, used);
        QFETCH(qint64, limit);
        const rd::core::Budget b{used, limit};
        QTEST(b.text(), "text");
        QTEST(b.risk(), "risk");
        QTEST(b.exceeded(), "exceeded");
    }

    void abortedRunRiskiestFirst()
    {
        const QList<MetricBudget> budgets = rd::core::metricBudgets({run(abortedRun())});
        QCOMPARE(budgets.size(), 3);
        const MetricBudget &web = budgets.at(0);
        QCOMPARE(web.metric, u"web"_s);
        QCOMPARE(web.phase, u"Failed"_s);
        QCOMPARE(web.failed.text(), u"1 / 0"_s);
        QCOMPARE(web.inconclusive.text(), u"0 / 0"_s);
        QCOMPARE(web.errors.text(), u"0 / 4"_s);
        QCOMPARE(web.lastValue, u"false"_s);
        QCOMPARE(web.successCondition, u"result.ok == true"_s);
        QVERIFY(!web.nextMeasurement.isValid());     // the run has failed: nothing more is measured
        QCOMPARE(budgets.at(1).metric, u"errors"_s); // 3 of 5 allowed consecutive errors
        QCOMPARE(budgets.at(1).errors.text(), u"3 / 4"_s);
        QCOMPARE(budgets.at(1).failureCondition, u"result[0] > 10"_s);
        QCOMPARE(budgets.at(2).metric, u"latency"_s);
        QCOMPARE(budgets.at(2).failed.text(), u"0 / 3"_s);
        QCOMPARE(budgets.at(2).lastValue, u"[320]"_s);
        QVERIFY(!budgets.at(2).budgetTouched());
    }

    void nextMeasurementWhileRunning()
    {
        QByteArray running = abortedRun();
        running.replace("\"phase\": \"Failed\",\n    \"message\"",
                        "\"phase\": \"Running\",\n    \"message\"");
        QVERIFY(running != abortedRun());
        const QList<MetricBudget> budgets = rd::core::metricBudgets({run(running)});
        const auto latency = std::find_if(budgets.begin(), budgets.end(),
                                          [](const auto &b) { return b.metric == u"latency"; });
        QCOMPARE(latency->nextMeasurement,
                 QDateTime::fromString(u"2026-11-27T10:01:01Z"_s, Qt::ISODate));
        QVERIFY(latency->runRunning);
    }

    // The vendored upstream run (experiment-analysis): Inconclusive, failed 4 of limit 5,
    // inconclusive 1 of limit 1, job measurements without values.
    void vendoredUpstreamRun()
    {
        const QString dir = qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                            u"/argo-rollouts/experiment-analysis/canary-analysis.yaml"_s;
        auto loaded = rd::core::SnapshotLoader::load(dir);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().analysisRuns.size(), 1);
        const QList<MetricBudget> budgets = rd::core::metricBudgets(loaded.value().analysisRuns);
        QCOMPARE(budgets.size(), 1);
        QCOMPARE(budgets.at(0).metric, u"random-fail"_s);
        QCOMPARE(budgets.at(0).phase, u"Inconclusive"_s);
        QCOMPARE(budgets.at(0).failed.text(), u"4 / 5"_s);
        QCOMPARE(budgets.at(0).inconclusive.text(), u"1 / 1"_s);
        QCOMPARE(budgets.at(0).errors.text(), u"0 / 4"_s);
        QCOMPARE(budgets.at(0).lastValue, QString());
        QVERIFY(!budgets.at(0).nextMeasurement.isValid());
    }

    // RolloutInfo carries the budgets of the current revision's runs only.
    void rolloutInfoKeepsTheCurrentRevision()
    {
        rd::core::ObjectSet set;
        const QJsonObject rollout{
            {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
            {u"kind"_s, u"Rollout"_s},
            {u"metadata"_s,
             QJsonObject{
                 {u"name"_s, u"demo"_s},
                 {u"namespace"_s, u"shop"_s},
                 {u"uid"_s, u"ro-1"_s},
                 {u"annotations"_s, QJsonObject{{u"rollout.argoproj.io/revision"_s, u"3"_s}}}}},
            {u"spec"_s, QJsonObject{{u"replicas"_s, 1},
                                    {u"strategy"_s, QJsonObject{{u"canary"_s, QJsonObject()}}}}}};
        QVERIFY(set.add(rollout));
        QVERIFY(set.add(QJsonDocument::fromJson(abortedRun()).object()));
        QByteArray old = abortedRun();
        old.replace("\"demo-6f646bf7b7-3\"", "\"demo-old-2\"");
        old.replace("\"rollout.argoproj.io/revision\": \"3\"",
                    "\"rollout.argoproj.io/revision\": \"2\"");
        QVERIFY(set.add(QJsonDocument::fromJson(old).object()));
        const auto info = rd::core::RolloutInfoBuilder::build(set.rollouts.first(), set);
        QCOMPARE(info.analysisBudgets.size(), 3);
        for (const MetricBudget &b : info.analysisBudgets)
            QCOMPARE(b.run, u"demo-6f646bf7b7-3"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisBudget)
#include "test_analysis_budget.moc"
