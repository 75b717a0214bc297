#include "gui/views/AnalysisBudgetView.h"

#include "gui/PlainText.h"

#include "gui/charts/MetricChart.h"
#include "gui/models/MetricBudgetModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::gui {

AnalysisBudgetView::AnalysisBudgetView(QWidget *parent)
    : QWidget(parent)
    , m_caption(plainLabel(new QLabel(this)))
    , m_view(new QTableView(this))
    , m_model(new MetricBudgetModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_view->setParent(split);
    split->addWidget(m_view);
    m_chart = new MetricChart(split);
    split->addWidget(m_chart);
    // A short window may fold the chart away, never the table.
    split->setCollapsible(0, false);
    split->setCollapsible(1, true);
    layout->addWidget(split);
    m_caption->setBuddy(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // The table is the chart's metric selector; rows move in place, so the current row follows
    // its metric through a refresh.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnalysisBudgetView::showChartOfCurrentRow);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &AnalysisBudgetView::showChartOfCurrentRow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            &AnalysisBudgetView::showChartOfCurrentRow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &AnalysisBudgetView::showChartOfCurrentRow);
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            &AnalysisBudgetView::showChartOfCurrentRow);
    retranslateUi();
}

void AnalysisBudgetView::showChartOfCurrentRow()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (row < m_model->rowCount())
        m_chart->setMetric(m_model->budgets().at(row));
    else
        m_chart->setMetric(std::nullopt);
}

void AnalysisBudgetView::setBudgets(const QList<core::MetricBudget> &budgets)
{
    m_model->setBudgets(budgets);
    m_view->resizeColumnsToContents();
}

void AnalysisBudgetView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnalysisBudgetView::retranslateUi()
{
    m_caption->setText(tr("&Metrics of the current analysis, riskiest first:"));
    m_view->setAccessibleName(tr("Analysis metrics"));
    m_model->retranslate();
}

} // namespace rd::gui
