#pragma once

#include "core/analysis/AnalysisBudget.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace rd::gui {

class MetricBudgetModel;

// The metrics table of the Analysis tab: how close each metric of the current analysis runs is
// to failing (issue 13). Shown above the tab's list of runs.
class AnalysisBudgetView : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisBudgetView(QWidget *parent = nullptr);

    // Puts a budget view above `runs` (the Analysis tab's page) in the same tab of `tabs`.
    static AnalysisBudgetView *attachAbove(QTabWidget *tabs, QWidget *runs);

    void setBudgets(const QList<core::MetricBudget> &budgets);
    MetricBudgetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_caption = nullptr;
    QTableView *m_view = nullptr;
    MetricBudgetModel *m_model = nullptr;
};

} // namespace rd::gui
