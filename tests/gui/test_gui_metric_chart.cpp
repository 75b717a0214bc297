// The Analysis tab's metric chart (issue 13), offscreen: what its accessible description says
// (through the accessibility layer), which threshold lines it draws for simple conditions and
// which it refuses, where valueless measurements go, and that the metrics table selects the
// charted metric and keeps it through a reordering refresh.
#include "gui/charts/MetricChart.h"
#include "gui/i18n/LocaleFormat.h"
#include "gui/models/MetricBudgetModel.h"
#include "gui/views/AnalysisBudgetView.h"

#include "core/AnalysisRun.h"

#include <QAccessible>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::MetricBudget;
using rd::gui::MetricChart;

namespace {

const QDateTime T0(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

rd::core::MeasurementPoint point(int seconds, const QString &phase, std::optional<double> n,
                                 const QString &value = QString())
{
    rd::core::MeasurementPoint p;
    p.time = T0.addSecs(seconds);
    p.phase = phase;
    p.number = n;
    p.value = value.isEmpty() && n ? u"[%1]"_s.arg(*n) : value;
    return p;
}

MetricBudget successRate()
{
    MetricBudget b;
    b.run = u"demo-abc-3"_s;
    b.metric = u"success-rate"_s;
    b.phase = u"Running"_s;
    b.runRunning = true;
    b.successCondition = u"result[0] >= 0.95"_s;
    b.failed = {1, 2};
    b.errors = {0, 4};
    b.series.success = rd::core::parseSimpleCondition(b.successCondition);
    b.series.points = {point(0, u"Successful"_s, 0.99), point(60, u"Failed"_s, 0.91),
                       point(120, u"Successful"_s, 0.96), point(180, u"Successful"_s, 0.98),
                       point(240, u"Successful"_s, 0.97)};
    return b;
}

// Through the accessibility layer, as a screen reader reads it. English plurals come from
// rolloutdesk_en.ts, which the translation pass fills for new strings; until then Qt leaves
// "measurement(s)", read here as the plural it will become.
QString description(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    QString text = iface ? iface->text(QAccessible::Description) : QString();
    static const QRegularExpression one(uR"(\b1 measurement\(s\))"_s);
    text.replace(one, u"1 measurement"_s);
    return text.replace(u"measurement(s)"_s, u"measurements"_s);
}

QList<MetricBudget> abortedRunBudgets()
{
    QFile f(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/analysis/aborted-web-run.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("ROLLOUTDESK_TEST_DATA must point at tests/data");
    auto run = rd::core::AnalysisRun::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    if (!run)
        qFatal("not an AnalysisRun");
    return rd::core::metricBudgets({run.value()});
}

} // namespace

class TestGuiMetricChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void describesTheMetricInWords()
    {
        MetricChart chart;
        chart.resize(500, 300);
        chart.show();
        QCOMPARE(description(&chart), u"No metric selected."_s);
        chart.setMetric(successRate());
        QCOMPARE(description(&chart), u"Metric success-rate: 5 measurements, last 0.97, success "
                                      "when ≥ 0.95"_s);
        QCOMPARE(chart.accessibleName(), u"Chart of metric success-rate"_s);
        QCOMPARE(chart.thresholdNames(), QStringList{u"Success when ≥ 0.95"_s});
        QCOMPARE(chart.valuePointCount(), 5);
        QCOMPARE(chart.noValuePointCount(), 0);
        QVERIFY(!chart.grab().isNull()); // paints offscreen
    }

    void failureConditionAndNextMeasurement()
    {
        MetricBudget b = successRate();
        b.failureCondition = u"result[0] < 0.9"_s;
        b.series.failure = rd::core::parseSimpleCondition(b.failureCondition);
        b.nextMeasurement = T0.addSecs(300);
        MetricChart chart;
        chart.setMetric(b);
        QCOMPARE(chart.thresholdNames(),
                 (QStringList{u"Success when ≥ 0.95"_s, u"Failure when < 0.9"_s}));
        const QString next = QLocale().toString(b.nextMeasurement.toLocalTime().time(),
                                                rd::gui::LocaleFormat::timeFormatWithSeconds());
        QCOMPARE(description(&chart), u"Metric success-rate: 5 measurements, last 0.97, success "
                                      "when ≥ 0.95, fails when < 0.9, next measurement at "_s +
                                          next);
        QVERIFY2(chart.noteText().contains(u"Next measurement at "_s + next),
                 qPrintable(chart.noteText()));
    }

    void bandDrawsTwoLines()
    {
        MetricBudget b = successRate();
        b.successCondition = u"result[0] >= 0.9 && result[0] <= 1"_s;
        b.series.success = rd::core::parseSimpleCondition(b.successCondition);
        MetricChart chart;
        chart.setMetric(b);
        QCOMPARE(chart.thresholdNames(),
                 (QStringList{u"Success when ≥ 0.9"_s, u"Success when ≤ 1"_s}));
        QVERIFY(description(&chart).endsWith(u"success when ≥ 0.9 and ≤ 1"_s));
    }

    // From the aborted run in tests/data/analysis, through core: `latency` is drawn with its
    // line, `web`'s field comparison is refused and said so, `errors` has a failure line and an
    // Error measurement without a value.
    void metricsOfTheAbortedRun()
    {
        const QList<MetricBudget> budgets = abortedRunBudgets();
        const auto find = [&](const QString &name) {
            for (const MetricBudget &b : budgets) {
                if (b.metric == name)
                    return b;
            }
            qFatal("metric missing");
        };
        MetricChart chart;
        chart.setMetric(find(u"latency"_s));
        QCOMPARE(chart.thresholdNames(), QStringList{u"Success when < 500"_s});
        QVERIFY2(description(&chart).startsWith(
                     u"Metric latency: 2 measurements, last 320, success when < 500"_s),
                 qPrintable(description(&chart)));

        chart.setMetric(find(u"web"_s));
        QVERIFY(chart.thresholdNames().isEmpty());
        QCOMPARE(chart.noValuePointCount(), 1);
        QVERIFY2(chart.noteText().contains(
                     u"The success condition “result.ok == true” is not a simple comparison"_s),
                 qPrintable(chart.noteText()));
        QCOMPARE(description(&chart), u"Metric web: 1 measurement, last false, success when "
                                      "result.ok == true (not drawn)"_s);

        chart.setMetric(find(u"errors"_s));
        QCOMPARE(chart.thresholdNames(), QStringList{u"Failure when > 10"_s});
        QCOMPARE(chart.valuePointCount(), 0);
        QCOMPARE(chart.noValuePointCount(), 1);
        QVERIFY2(
            description(&chart).startsWith(
                u"Metric errors: 1 measurement, last without a value (Error), fails when > 10"_s),
            qPrintable(description(&chart)));
    }

    // The table picks the charted metric: the riskiest by default, the selected row otherwise,
    // and the selection follows its metric when a refresh reorders the rows.
    void tableSelectsTheChartedMetric()
    {
        rd::gui::AnalysisBudgetView view;
        view.resize(700, 600);
        view.show();
        MetricBudget calm = successRate();
        calm.metric = u"latency"_s;
        calm.failed = {0, 2};
        MetricBudget risky = successRate();
        risky.failed = {2, 2};
        view.setBudgets({risky, calm});
        QCOMPARE(view.chart()->accessibleName(), u"Chart of metric success-rate"_s);
        view.view()->setCurrentIndex(view.model()->index(1, 0));
        QCOMPARE(view.chart()->accessibleName(), u"Chart of metric latency"_s);
        // latency becomes the riskiest: it moves to row 0 and stays charted, with its new data.
        calm.failed = {3, 2};
        calm.series.points.append(point(300, u"Failed"_s, 0.5));
        risky.failed = {0, 2};
        view.setBudgets({calm, risky});
        QCOMPARE(view.view()->currentIndex().row(), 0);
        QCOMPARE(view.chart()->accessibleName(), u"Chart of metric latency"_s);
        QVERIFY(
            description(view.chart()).startsWith(u"Metric latency: 6 measurements, last 0.5"_s));
        view.setBudgets({});
        QCOMPARE(description(view.chart()), u"No metric selected."_s);
    }
};

QTEST_MAIN(TestGuiMetricChart)
#include "test_gui_metric_chart.moc"
