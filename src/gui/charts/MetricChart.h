#pragma once

#include "core/analysis/AnalysisBudget.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace rd::gui {

class MetricChartPrivate;

// One analysis metric's measured values over time (issue 13): points coloured by the
// measurement's phase, the success/failure condition drawn as labelled threshold lines where it
// is a simple comparison, and the time of the next measurement. Its accessible description says
// the same in words. Like WeightChart, the only place that touches Qt Charts for it.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget *parent = nullptr);
    ~MetricChart() override;

    // Nothing: an empty chart ("no metric").
    void setMetric(const std::optional<core::MetricBudget> &metric);

    // The legend names of the threshold lines drawn ("Success when ≥ 0.95", tests).
    QStringList thresholdNames() const;
    // Measurements drawn with a numeric value / along the bottom without one (tests).
    int valuePointCount() const;
    int noValuePointCount() const;
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString summary() const;
    QString conditionWords(const core::SimpleCondition &condition) const;

    std::optional<core::MetricBudget> m_metric;
    std::unique_ptr<MetricChartPrivate> d;
    QLabel *m_note = nullptr;
};

} // namespace rd::gui
