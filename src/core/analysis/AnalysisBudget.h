#pragma once

#include "core/analysis/MetricSeries.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd::core {

struct AnalysisRun;

// How much of one failure budget a metric has used. A metric fails once `used` exceeds `limit`
// (failed > failureLimit, inconclusive > inconclusiveLimit, consecutiveError >
// consecutiveErrorLimit); a negative limit means no limit.
struct Budget
{
    qint64 used = 0;
    qint64 limit = 0;

    bool unlimited() const { return limit < 0; }
    bool exceeded() const { return !unlimited() && used > limit; }
    // 0 (nothing used) .. 1 (exceeded): the share of the allowance used, where the allowance is
    // limit + 1 occurrences (the one that fails the metric included).
    double risk() const;
    // "1 / 0"; "2 / -" without a limit.
    QString text() const;
    bool operator==(const Budget &) const = default;
};

// One metric of a current AnalysisRun, as the Analysis tab's metrics table shows it.
struct MetricBudget
{
    QString run;
    QString metric;
    QString phase; // the metric's phase (Running, Successful, Failed, Error, Inconclusive)
    bool runRunning = false;
    QString lastValue; // the newest measurement's value (empty for jobs or none yet)
    QString successCondition;
    QString failureCondition;
    Budget failed;
    Budget inconclusive;
    Budget errors;             // consecutive errors against consecutiveErrorLimit
    QDateTime nextMeasurement; // invalid when no further measurement is due
    MetricSeries series;       // the measured values over time (the Analysis tab's chart)

    double risk() const;
    // Whether any budget is partly used (the board's risk mark).
    bool budgetTouched() const;
    bool operator==(const MetricBudget &) const = default;
};

// The controller's defaults (rollouts-semantics.md: failureLimit and inconclusiveLimit 0;
// consecutiveErrorLimit 4, utils/defaults).
inline constexpr qint64 DefaultConsecutiveErrorLimit = 4;

// The metrics of `runs`, riskiest first (ties: run, then metric as listed).
QList<MetricBudget> metricBudgets(const QList<AnalysisRun> &runs);

} // namespace rd::core
