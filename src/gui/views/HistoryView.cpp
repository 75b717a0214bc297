#include "gui/views/HistoryView.h"

#include "gui/models/TimelineBook.h"
#include "gui/models/TimelineModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::gui {

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_model(new TimelineModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    retranslateUi();
}

HistoryView *HistoryView::addTo(QTabWidget *tabs)
{
    auto *view = new HistoryView(tabs);
    tabs->addTab(view, QString());
    view->retranslateUi();
    return view;
}

void HistoryView::setBook(TimelineBook *book)
{
    if (m_book)
        m_book->disconnect(this);
    m_book = book;
    if (m_book)
        connect(m_book, &TimelineBook::updated, this, [this](const QString &key) {
            if (key == m_key)
                reload();
        });
    reload();
}

void HistoryView::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_model->setEntries({});
    reload();
}

void HistoryView::reload()
{
    m_model->setEntries(m_book && !m_key.isEmpty() ? m_book->entries(m_key)
                                                   : QList<core::TimelineEntry>());
    m_view->resizeColumnsToContents();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryView::retranslateUi()
{
    m_view->setAccessibleName(tr("Rollout history"));
    m_model->retranslate();
    // The tab is ours to name, wherever it ended up.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            const int index = tabs->indexOf(this);
            if (index >= 0)
                //: Rollout page tab: the rollout's story (Events, live changes, actions)
                tabs->setTabText(index, tr("Histor&y"));
            break;
        }
    }
}

} // namespace rd::gui
