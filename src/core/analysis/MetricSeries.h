#pragma once

#include "core/analysis/MetricCondition.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rd::core {

struct MetricResult;
struct MetricSpec;

// One measurement of a metric as its chart shows it.
struct MeasurementPoint
{
    QDateTime time;               // finishedAt, or startedAt while running
    QString phase;                // Successful, Failed, Inconclusive, Error, Running
    QString value;                // as the provider wrote it ("[0.97]", "0.97", "false", empty)
    std::optional<double> number; // the plotted number; none when the value is not one

    bool operator==(const MeasurementPoint &) const = default;
};

// A metric's measured values over time with its conditions where they are simple comparisons.
struct MetricSeries
{
    QList<MeasurementPoint> points;         // oldest first
    std::optional<SimpleCondition> success; // none: no condition, or not a simple comparison
    std::optional<SimpleCondition> failure;

    bool operator==(const MetricSeries &) const = default;
};

// The number in a measurement's value: "0.97" or element `index` of "[0.97,0.5]" (element 0 when
// `index` is -1 and the list has one element). None for anything else, NaN and infinities.
std::optional<double> measurementNumber(const QString &value, int index);

// The series of `spec`'s measurements in `result` (may be null: none taken yet).
MetricSeries metricSeries(const MetricSpec &spec, const MetricResult *result);

} // namespace rd::core
