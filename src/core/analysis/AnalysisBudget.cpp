#include "core/analysis/AnalysisBudget.h"

#include "core/AnalysisRun.h"
#include "core/Duration.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// An int-or-string field; `fallback` when absent or unreadable.
qint64 intField(const QJsonObject &o, const QString &key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : fallback;
}

QJsonObject byName(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

bool finishedPhase(const QString &phase)
{
    return phase == u"Successful" || phase == u"Failed" || phase == u"Error" ||
           phase == u"Inconclusive";
}

} // namespace

double Budget::risk() const
{
    if (unlimited() || used <= 0)
        return 0;
    return std::min(1.0, double(used) / double(limit + 1));
}

QString Budget::text() const
{
    return QString::number(used) + u" / "_s + (unlimited() ? u"-"_s : QString::number(limit));
}

double MetricBudget::risk() const
{
    return std::max({failed.risk(), inconclusive.risk(), errors.risk()});
}

bool MetricBudget::budgetTouched() const
{
    return failed.used > 0 || inconclusive.used > 0 || errors.used > 0;
}

QList<MetricBudget> metricBudgets(const QList<AnalysisRun> &runs)
{
    QList<MetricBudget> out;
    for (const AnalysisRun &run : runs) {
        const QJsonObject spec = run.json.value(u"spec"_s).toObject();
        const QJsonArray specMetrics = spec.value(u"metrics"_s).toArray();
        const QJsonArray results =
            run.json.value(u"status"_s).toObject().value(u"metricResults"_s).toArray();
        const bool runFinished = finishedPhase(run.phase);
        for (const MetricSpec &m : run.metrics) {
            MetricBudget b;
            b.run = run.meta.name;
            b.metric = m.name;
            b.runRunning = run.phase == u"Running";
            b.successCondition = m.successCondition;
            b.failureCondition = m.failureCondition;
            const QJsonObject specJson = byName(specMetrics, m.name);
            b.failed.limit = m.failureLimit;
            b.inconclusive.limit = m.inconclusiveLimit;
            b.errors.limit =
                intField(specJson, u"consecutiveErrorLimit"_s, DefaultConsecutiveErrorLimit);
            const QJsonObject resultJson = byName(results, m.name);
            b.errors.used = intField(resultJson, u"consecutiveError"_s, 0);
            const MetricResult *result = nullptr;
            for (const MetricResult &r : run.metricResults) {
                if (r.name != m.name)
                    continue;
                result = &r;
                b.phase = r.phase;
                b.failed.used = r.failed;
                b.inconclusive.used = r.inconclusive;
                if (!r.measurements.isEmpty()) {
                    const Measurement &last = r.measurements.constLast();
                    b.lastValue = last.value;
                    // The next measurement is due one interval after the last one finished,
                    // until `count` measurements were taken or the metric/run has finished.
                    const auto interval = parseGoDurationMs(m.interval);
                    const bool more = m.count == 0 || r.count < m.count;
                    if (!runFinished && !finishedPhase(r.phase) && more && interval &&
                        last.finishedAt.isValid())
                        b.nextMeasurement = last.finishedAt.addMSecs(*interval);
                }
            }
            b.series = metricSeries(m, result);
            if (b.phase.isEmpty())
                b.phase = runFinished ? run.phase : u"Pending"_s;
            out.append(b);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const MetricBudget &a, const MetricBudget &b) {
        return a.risk() > b.risk();
    });
    return out;
}

} // namespace rd::core
