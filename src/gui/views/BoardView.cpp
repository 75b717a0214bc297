#include "gui/views/BoardView.h"

#include "gui/models/RolloutBoardModel.h"
#include "gui/views/StepProgressDelegate.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>

#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Chip = RolloutFilterModel::Chip;

namespace {
const QList<Chip> kChips{Chip::All,     Chip::WaitingOnMe, Chip::NeedsAttention,
                         Chip::Paused,  Chip::Progressing, Chip::Degraded,
                         Chip::Healthy, Chip::Favourites};
}

BoardView::BoardView(RolloutBoardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RolloutFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_contextBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chips(new QButtonGroup(this))
    , m_countTimer(new QTimer(this))
{
    setObjectName(u"boardView"_s);
    m_proxy->setSourceModel(model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    for (Chip chip : kChips) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setStyleSheet(
            u"QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
            " padding: 2px 10px; }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"_s);
        m_chips->addButton(b, int(chip));
        m_chipButtons << b;
        bar->addWidget(b);
    }
    m_chipButtons.first()->setChecked(true);
    m_counts = QList<int>(kChips.size(), 0);
    bar->addStretch();
    m_contextBox->setObjectName(u"contextFilter"_s);
    m_contextBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextBox->hide();
    bar->addWidget(m_contextBox);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search);
    layout->addLayout(bar);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RolloutBoardModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setItemDelegateForColumn(RolloutBoardModel::StepColumn,
                                      new StepProgressDelegate(m_table));
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(RolloutBoardModel::FavouriteColumn, QHeaderView::Fixed);
    h->resizeSection(RolloutBoardModel::FavouriteColumn, 28);
    h->resizeSection(RolloutBoardModel::NameColumn, 170);
    h->resizeSection(RolloutBoardModel::NamespaceColumn, 130);
    h->resizeSection(RolloutBoardModel::StatusColumn, 110);
    h->resizeSection(RolloutBoardModel::StrategyColumn, 80);
    h->resizeSection(RolloutBoardModel::StepColumn, 70);
    h->resizeSection(RolloutBoardModel::WeightColumn, 75);
    h->resizeSection(RolloutBoardModel::ReadyColumn, 60);
    h->resizeSection(RolloutBoardModel::ImagesColumn, 320);
    h->resizeSection(RolloutBoardModel::AgeColumn, 60);
    h->resizeSection(RolloutBoardModel::ContextColumn, 120);
    // The Context column reads first (after the star) when several contexts are watched.
    h->moveSection(h->visualIndex(RolloutBoardModel::ContextColumn), 1);
    h->setSectionHidden(RolloutBoardModel::ContextColumn, true);
    h->setStretchLastSection(true);
    h->setSectionsMovable(true);
    layout->addWidget(m_table, 1);

    connect(m_chips, &QButtonGroup::idClicked, this,
            [this](int id) { m_proxy->setChip(Chip(id)); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RolloutFilterModel::setSearchText);
    connect(m_contextBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setContextFilter(m_contextBox->currentData().toString()); });
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::updateContexts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BoardView::onCurrentChanged);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == RolloutBoardModel::FavouriteColumn)
            m_model->toggleFavourite(index.data(RolloutBoardModel::KeyRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(RolloutBoardModel::KeyRole).toString());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        Q_EMIT contextMenuRequested(index.data(RolloutBoardModel::KeyRole).toString(),
                                    m_table->viewport()->mapToGlobal(pos));
    });

    // Counts follow every model change, coalesced to once per event-loop turn.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &BoardView::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardView::scheduleCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::scheduleCounts);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(RolloutBoardModel::PhaseRole) ||
                    roles.contains(RolloutBoardModel::FavouriteRole))
                    scheduleCounts();
            });
    // A selected row that is filtered out or removed: tell the page.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BoardView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BoardView::onCurrentChanged);
    retranslateUi();
    updateCounts();
}

QString BoardView::chipName(Chip chip)
{
    switch (chip) {
    case Chip::All:
        //: Filter chip
        return tr("All");
    case Chip::NeedsAttention:
        //: Filter chip: paused, degraded or aborted rollouts
        return tr("Needs attention");
    case Chip::Paused:
        //: Filter chip (rollout status)
        return tr("Paused");
    case Chip::Progressing:
        //: Filter chip (rollout status)
        return tr("Progressing");
    case Chip::Degraded:
        //: Filter chip (rollout status)
        return tr("Degraded");
    case Chip::Healthy:
        //: Filter chip (rollout status)
        return tr("Healthy");
    case Chip::Favourites:
        //: Filter chip
        return tr("Favourites");
    case Chip::WaitingOnMe:
        //: Filter chip: rollouts paused until a person acts, or Degraded, in every watched context
        return tr("Waiting on me");
    }
    return {};
}

void BoardView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search names or label:value  (Ctrl+F)"));
    // Wide enough for the whole hint in every language, with room for the clear button.
    m_search->setMinimumWidth(
        std::max(220, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40));
    m_search->setAccessibleName(tr("Search rollouts"));
    m_table->setAccessibleName(tr("Rollouts"));
    m_contextBox->setAccessibleName(tr("Show context"));
    m_contextBox->setToolTip(tr("Show the rollouts of one context, or of all watched contexts"));
    if (m_contextBox->count() > 0)
        //: Context filter entry
        m_contextBox->setItemText(0, tr("All contexts"));
    for (int i = 0; i < kChips.size(); ++i) {
        //: Filter chip with its count, e.g. "Paused (2)"
        m_chipButtons[i]->setText(tr("%1 (%2)").arg(chipName(kChips[i])).arg(m_counts[i]));
        m_chipButtons[i]->setAccessibleName(chipName(kChips[i]));
        m_chipButtons[i]->setToolTip(
            tr("Show: %1 — %n rollout(s)", nullptr, m_counts[i]).arg(chipName(kChips[i])));
    }
    m_model->retranslate();
}

void BoardView::updateContexts()
{
    const bool multi = m_model->multiContext();
    m_table->horizontalHeader()->setSectionHidden(RolloutBoardModel::ContextColumn, !multi);
    const QString shown = m_contextBox->currentData().toString();
    const QSignalBlocker block(m_contextBox);
    m_contextBox->clear();
    if (multi) {
        m_contextBox->addItem(tr("All contexts"), QString());
        for (const QString &context : m_model->source()->watchedContexts())
            m_contextBox->addItem(context, context);
    }
    const int keep = m_contextBox->findData(shown);
    m_contextBox->setCurrentIndex(keep < 0 ? 0 : keep);
    m_proxy->setContextFilter(keep < 0 ? QString() : shown);
    m_contextBox->setVisible(multi);
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BoardView::scheduleCounts()
{
    m_countTimer->start();
}

void BoardView::updateCounts()
{
    for (int i = 0; i < kChips.size(); ++i)
        m_counts[i] = 0;
    // Once per turn with changes, over every row: the facts are read once per row, from the row.
    const int rows = m_model->rowCount();
    for (int r = 0; r < rows; ++r) {
        const RolloutBoardModel::RowFacts facts = m_model->factsAt(r);
        for (int i = 0; i < kChips.size(); ++i) {
            if (RolloutFilterModel::inChip(facts, kChips[i]))
                ++m_counts[i];
        }
    }
    for (int i = 0; i < kChips.size(); ++i)
        m_chipButtons[i]->setText(tr("%1 (%2)").arg(chipName(kChips[i])).arg(m_counts[i]));
}

int BoardView::chipCount(Chip chip) const
{
    return m_counts.value(int(kChips.indexOf(chip)));
}

QToolButton *BoardView::chipButton(Chip chip) const
{
    return m_chipButtons.value(int(kChips.indexOf(chip)));
}

void BoardView::setChip(Chip chip)
{
    if (auto *b = chipButton(chip))
        b->setChecked(true);
    m_proxy->setChip(chip);
}

QString BoardView::currentKey() const
{
    return m_table->currentIndex().data(RolloutBoardModel::KeyRole).toString();
}

void BoardView::selectKey(const QString &key)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, RolloutBoardModel::NameColumn);
        if (idx.data(RolloutBoardModel::KeyRole).toString() == key) {
            m_table->setCurrentIndex(idx);
            m_table->scrollTo(idx);
            return;
        }
    }
}

void BoardView::onCurrentChanged()
{
    const QString key = currentKey();
    if (key != m_lastKey) {
        m_lastKey = key;
        Q_EMIT currentKeyChanged(key);
    }
}

} // namespace rd::gui
