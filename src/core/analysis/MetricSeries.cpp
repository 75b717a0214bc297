#include "core/analysis/MetricSeries.h"

#include "core/AnalysisRun.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

std::optional<double> plainNumber(QStringView text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<double> measurementNumber(const QString &value, int index)
{
    const QStringView v = QStringView(value).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (!v.startsWith(u'[')) {
        // Only element 0 of a scalar: `result[1]` of one is an error in the controller too.
        return index > 0 ? std::nullopt : plainNumber(v);
    }
    if (!v.endsWith(u']'))
        return std::nullopt;
    // The Prometheus provider writes a vector as "[0.97,0.5]"; some providers use spaces.
    const QStringView inner = v.mid(1, v.size() - 2).trimmed();
    QList<QStringView> items;
    for (QStringView item : inner.split(u',')) {
        for (QStringView word : item.split(u' ', Qt::SkipEmptyParts))
            items.append(word);
    }
    if (index < 0) {
        if (items.size() != 1)
            return std::nullopt;
        index = 0;
    }
    if (index >= items.size())
        return std::nullopt;
    return plainNumber(items.at(index));
}

MetricSeries metricSeries(const MetricSpec &spec, const MetricResult *result)
{
    MetricSeries out;
    if (!spec.successCondition.isEmpty())
        out.success = parseSimpleCondition(spec.successCondition);
    if (!spec.failureCondition.isEmpty())
        out.failure = parseSimpleCondition(spec.failureCondition);
    // The value plotted is the one the conditions read; without a drawable condition, the first.
    int index = -1;
    if (out.success)
        index = out.success->resultIndex;
    else if (out.failure)
        index = out.failure->resultIndex;
    if (!result)
        return out;
    for (const Measurement &m : result->measurements) {
        MeasurementPoint p;
        p.time = m.finishedAt.isValid() ? m.finishedAt : m.startedAt;
        if (!p.time.isValid())
            continue; // nowhere on a time axis
        p.phase = m.phase;
        p.value = m.value;
        p.number = measurementNumber(m.value, index);
        out.points.append(p);
    }
    std::stable_sort(
        out.points.begin(), out.points.end(),
        [](const MeasurementPoint &a, const MeasurementPoint &b) { return a.time < b.time; });
    return out;
}

} // namespace rd::core
