#include "gui/views/AnalysisBudgetView.h"

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
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new MetricBudgetModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view);
    m_caption->setBuddy(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    retranslateUi();
}

AnalysisBudgetView *AnalysisBudgetView::attachAbove(QTabWidget *tabs, QWidget *runs)
{
    const int index = tabs->indexOf(runs);
    if (index < 0)
        return nullptr;
    const QString text = tabs->tabText(index);
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *budgets = new AnalysisBudgetView(splitter);
    tabs->removeTab(index);
    splitter->addWidget(budgets);
    splitter->addWidget(runs);
    tabs->insertTab(index, splitter, text);
    return budgets;
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
