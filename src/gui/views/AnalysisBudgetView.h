#pragma once

#include "core/analysis/AnalysisBudget.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace rd::gui {

class MetricBudgetModel;
class MetricChart;

// The metrics table of the Analysis tab: how close each metric of the current analysis runs is
// to failing (issue 13), and under it the chart of the selected metric's values (the riskiest
// when none is selected). Shown above the tab's list of runs.
class AnalysisBudgetView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisBudgetView(QWidget *parent = nullptr);

    void setBudgets(const QList<core::MetricBudget> &budgets);
    MetricBudgetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MetricChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChartOfCurrentRow();

    QLabel *m_caption = nullptr;
    QTableView *m_view = nullptr;
    MetricBudgetModel *m_model = nullptr;
    MetricChart *m_chart = nullptr;
};

} // namespace rd::gui
