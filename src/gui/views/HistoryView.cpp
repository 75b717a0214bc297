#include "gui/views/HistoryView.h"

#include "core/RolloutInfo.h"
#include "core/timeline/Attempts.h"
#include "gui/PlainText.h"
#include "gui/models/AttemptsModel.h"
#include "gui/models/TimelineBook.h"
#include "gui/models/TimelineModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
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
    // Per-attempt summary above the story, in a splitter the user can move.
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *attemptsBox = new QWidget(split);
    auto *attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    m_attemptsCaption = plainLabel(new QLabel(attemptsBox));
    m_attempts = new AttemptsModel(this);
    m_attemptsView = new QTableView(attemptsBox);
    m_attemptsView->setModel(m_attempts);
    m_attemptsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptsView->verticalHeader()->hide();
    m_attemptsView->horizontalHeader()->setStretchLastSection(true);
    m_attemptsCaption->setBuddy(m_attemptsView);
    attemptsLayout->addWidget(m_attemptsCaption);
    attemptsLayout->addWidget(m_attemptsView, 1);
    split->addWidget(attemptsBox);
    split->addWidget(m_view);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    retranslateUi();
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
    m_attempts->setAttempts({});
    reload();
}

void HistoryView::reload()
{
    m_model->setEntries(m_book && !m_key.isEmpty() ? m_book->entries(m_key)
                                                   : QList<core::TimelineEntry>());
    m_view->resizeColumnsToContents();
    refreshAttempts();
}

void HistoryView::setRollout(std::shared_ptr<const core::RolloutInfo> info)
{
    m_info = std::move(info);
    refreshAttempts();
}

void HistoryView::refreshAttempts()
{
    const int before = m_attempts->rowCount();
    const auto *info = m_info && m_info->key() == m_key.section(u'/', -2) ? m_info.get() : nullptr;
    m_attempts->setAttempts(
        m_book && !m_key.isEmpty()
            ? core::buildAttempts(m_book->entries(m_key), info, QDateTime::currentDateTimeUtc())
            : QList<core::Attempt>());
    if (m_attempts->rowCount() != before)
        m_attemptsView->resizeColumnsToContents();
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
    //: History tab: caption of the per-attempt summary table
    m_attemptsCaption->setText(tr("&Attempts"));
    m_attemptsView->setAccessibleName(tr("Attempts"));
    m_attemptsView->setAccessibleDescription(
        tr("One row per update of a revision: started, finished, outcome, time per step and "
           "time waiting for a person"));
    m_attempts->retranslate();
    m_model->retranslate(); // the tab's title is RolloutPage::tabTitle(Tab::History)
}

} // namespace rd::gui
