#pragma once

#include "core/analysis/AnalysisBudget.h"

#include <QAbstractTableModel>

namespace rd::gui {

// The Analysis tab's metrics table (issue 13): one row per metric of the current analysis runs,
// riskiest first, with the failure budgets as "used / limit". Updates move, insert, remove and
// change rows in place (no reset), so the selection and scroll position survive a refresh.
class MetricBudgetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Metric, Phase, LastValue, Condition, Failed, Inconclusive, Errors, ColumnCount };
    enum Role { RiskRole = Qt::UserRole + 1, ExceededRole };

    explicit MetricBudgetModel(QObject *parent = nullptr);

    void setBudgets(const QList<core::MetricBudget> &budgets);
    const QList<core::MetricBudget> &budgets() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(const core::MetricBudget &b) { return b.run + u'/' + b.metric; }
    const core::Budget *budgetAt(const core::MetricBudget &row, int column) const;
    QString conditionText(const core::MetricBudget &row) const;

    QList<core::MetricBudget> m_rows;
};

} // namespace rd::gui
