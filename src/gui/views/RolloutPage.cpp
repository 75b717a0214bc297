#include "gui/views/RolloutPage.h"

#include "core/RolloutTextRenderer.h"
#include "core/timeline/WeightSeries.h"
#include "gui/PlainText.h"
#include "gui/StatusIcons.h"
#include "gui/charts/WeightChart.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/AnalysisRunsModel.h"
#include "gui/models/ConditionsModel.h"
#include "gui/models/ContainersModel.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/StepsModel.h"
#include "gui/models/TimelineBook.h"
#include "gui/views/AnalysisBudgetView.h"
#include "gui/views/HistoryView.h"
#include "source/RolloutSource.h"

#include "ui_RolloutPageHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

QTreeView *tableView(QWidget *parent, QAbstractItemModel *model, bool tree)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(tree);
    view->setUniformRowHeights(!tree);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit their text when rows arrive; the user's widths stay after that.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
                     [view, model](const QModelIndex &at) {
                         if (at.isValid())
                             return;
                         for (int c = 0; c + 1 < model->columnCount(); ++c)
                             view->resizeColumnToContents(c);
                     });
    return view;
}

} // namespace

RolloutPage::RolloutPage(WeightHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_header(std::make_unique<Ui::RolloutPageHeader>())
{
    setObjectName(u"rolloutPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = plainLabel(new QLabel(this));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty, 1);

    // The static header comes from ui/views/RolloutPageHeader.ui, set up on the content widget;
    // the tabs go below it in the same layout.
    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    m_header->setupUi(m_content);
    // Names, messages and images come from the cluster: never read as rich text.
    for (QLabel *label : m_content->findChildren<QLabel *>())
        plainLabel(label);
    QVBoxLayout *layout = m_header->headerLayout;
    // Sizes relative to the user's font cannot be written in the form.
    QFont big = m_header->summaryName->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_header->summaryName->setFont(big);
    QFont bold = m_header->summaryStatus->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_header->summaryStatus->setFont(bold);
    // Captions are quieter than values, in whatever palette the user chose.
    for (QLabel *caption :
         {m_header->strategyCaption, m_header->stepCaption, m_header->setWeightCaption,
          m_header->actualWeightCaption, m_header->imagesCaption, m_header->replicasCaption}) {
        QPalette p = caption->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        caption->setPalette(p);
    }
    connect(m_header->setImageBackButton, &QPushButton::clicked, this,
            [this] { Q_EMIT setImageBackRequested(m_key); });

    m_tabs = new QTabWidget(m_content);
    layout->addWidget(m_tabs, 1);

    // Steps
    auto *stepsTab = new QWidget(m_tabs);
    auto *stepsLayout = new QVBoxLayout(stepsTab);
    m_stepsModel = new StepsModel(this);
    m_stepsView = new QListView(stepsTab);
    m_stepsView->setModel(m_stepsModel);
    m_stepsView->setIconSize(QSize(16, 16));
    m_stepsView->setSpacing(1);
    m_stepsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noSteps = plainLabel(new QLabel(stepsTab));
    m_noSteps->setWordWrap(true);
    stepsLayout->addWidget(m_noSteps);
    stepsLayout->addWidget(m_stepsView, 1);
    addTab(Tab::Steps, stepsTab);

    // Weight chart
    auto *chartTab = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(chartTab);
    m_chart = new WeightChart(chartTab);
    chartLayout->addWidget(m_chart, 1);
    auto *chartButtons = new QHBoxLayout;
    m_exportPng = new QPushButton(chartTab);
    m_exportCsv = new QPushButton(chartTab);
    chartButtons->addStretch();
    chartButtons->addWidget(m_exportPng);
    chartButtons->addWidget(m_exportCsv);
    chartLayout->addLayout(chartButtons);
    addTab(Tab::WeightChart, chartTab);
    connect(m_exportPng, &QPushButton::clicked, this, &RolloutPage::exportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &RolloutPage::exportCsv);

    // Revision tree
    auto *treeTab = new QWidget(m_tabs);
    auto *treeLayout = new QVBoxLayout(treeTab);
    m_treeModel = new RevisionTreeModel(this);
    m_tree = new QTreeView(treeTab);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(RevisionTreeModel::NameColumn, 380);
    m_tree->header()->resizeSection(RevisionTreeModel::KindColumn, 100);
    m_tree->header()->resizeSection(RevisionTreeModel::StatusColumn, 170);
    m_tree->header()->resizeSection(RevisionTreeModel::AgeColumn, 60);
    treeLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    m_copyTree = new QPushButton(treeTab);
    treeButtons->addStretch();
    treeButtons->addWidget(m_copyTree);
    treeLayout->addLayout(treeButtons);
    addTab(Tab::Revisions, treeTab);
    connect(m_copyTree, &QPushButton::clicked, this, &RolloutPage::copyTree);
    // New nodes (a new revision, new pods) open expanded, as the plugin prints everything.
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &at, int first, int last) {
                for (int r = first; r <= last; ++r)
                    m_tree->expandRecursively(m_treeModel->index(r, 0, at));
            });
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    // Containers, analysis runs and conditions: models updated in place, never rebuilt.
    m_containersModel = new ContainersModel(this);
    m_containers = tableView(m_tabs, m_containersModel, false);
    addTab(Tab::Containers, m_containers);
    m_analysisModel = new AnalysisRunsModel(this);
    m_analysis = tableView(m_tabs, m_analysisModel, true);
    // Runs open with their metrics, measurements and jobs shown, as the plugin lists them.
    connect(m_analysisModel, &QAbstractItemModel::rowsInserted, m_analysis,
            [this](const QModelIndex &at, int first, int last) {
                if (at.isValid())
                    return;
                for (int r = first; r <= last; ++r)
                    m_analysis->expand(m_analysisModel->index(r, 0));
            });
    // The metrics' failure budgets above the analysis runs.
    auto *analysisSplit = new QSplitter(Qt::Vertical, m_tabs);
    m_budgets = new AnalysisBudgetView(analysisSplit);
    analysisSplit->addWidget(m_budgets);
    analysisSplit->addWidget(m_analysis);
    addTab(Tab::Analysis, analysisSplit);
    m_conditionsModel = new ConditionsModel(this);
    m_conditions = tableView(m_tabs, m_conditionsModel, false);
    m_conditions->setWordWrap(true);
    addTab(Tab::Conditions, m_conditions);
    m_historyTab = new HistoryView(m_tabs);
    addTab(Tab::History, m_historyTab);

    // Countdowns and ages are refreshed when one is due and someone can see them: not without
    // a rollout, not while the page is hidden or its window minimised, not on a fixed tick (an
    // idle window must not wake every second).
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RolloutPage::tick);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RolloutPage::updateTicking);
    connect(m_history, &WeightHistory::updated, this, [this](const QString &key) {
        if (key == m_key)
            updateChart();
    });

    retranslateUi();
    showInfo(nullptr);
}

RolloutPage::~RolloutPage() = default;

QString RolloutPage::tabTitle(Tab tab)
{
    //: Rollout page tabs (also the View menu's entries)
    switch (tab) {
    case Tab::Steps:
        return tr("Ste&ps");
    case Tab::WeightChart:
        return tr("&Weight chart");
    case Tab::Revisions:
        return tr("Re&visions");
    case Tab::Containers:
        return tr("C&ontainers");
    case Tab::Analysis:
        return tr("A&nalysis");
    case Tab::Conditions:
        return tr("Con&ditions");
    case Tab::History:
        //: Rollout page tab: the rollout's story (Events, live changes, actions)
        return tr("Histor&y");
    }
    return {};
}

void RolloutPage::addTab(Tab tab, QWidget *page)
{
    m_tabPages[int(tab)] = page;
    m_tabs->insertTab(int(tab), page, tabTitle(tab));
}

QWidget *RolloutPage::tabPage(Tab tab) const
{
    return m_tabPages[int(tab)];
}

RolloutPage::Tab RolloutPage::currentTab() const
{
    for (int i = 0; i < TabCount; ++i) {
        if (m_tabPages[i] == m_tabs->currentWidget())
            return Tab(i);
    }
    return Tab::Steps;
}

void RolloutPage::showTab(Tab tab)
{
    m_tabs->setCurrentWidget(tabPage(tab));
}

QPushButton *RolloutPage::setImageBackButton() const
{
    return m_header->setImageBackButton;
}

void RolloutPage::retranslateUi()
{
    m_empty->setText(tr("Select a rollout in the board to see its steps, weights and revisions."));
    // The form's own strings: the value labels' accessible descriptions (its context).
    m_header->retranslateUi(m_content);
    //: Summary captions (the plugin's header fields)
    m_header->strategyCaption->setText(tr("Strategy:"));
    m_header->stepCaption->setText(tr("Step:"));
    m_header->setWeightCaption->setText(tr("Set weight:"));
    m_header->actualWeightCaption->setText(tr("Actual weight:"));
    m_header->imagesCaption->setText(tr("Images:"));
    m_header->replicasCaption->setText(tr("Replicas:"));
    m_header->degradedTitle->setText(tr("Why is this rollout Degraded?"));
    //: Title of the notice shown instead of a rollout whose object failed to parse
    m_header->unreadableTitle->setText(tr("This rollout cannot be read"));
    m_header->setImageBackButton->setText(tr("Set image back to the &stable version"));
    m_header->setImageBackButton->setAccessibleName(tr("Set image back to the stable version"));
    for (int i = 0; i < TabCount; ++i)
        m_tabs->setTabText(m_tabs->indexOf(m_tabPages[i]), tabTitle(Tab(i)));
    m_stepsView->setAccessibleName(tr("Steps"));
    m_noSteps->setText(tr("This rollout has no canary steps."));
    m_exportPng->setText(tr("Export &PNG…"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_tree->setAccessibleName(tr("Revision tree"));
    m_copyTree->setText(tr("Copy as &text"));
    m_copyTree->setToolTip(tr("Copy the tree as kubectl argo rollouts get rollout prints it"));
    m_containers->setAccessibleName(tr("Containers"));
    m_analysis->setAccessibleName(tr("Analysis runs"));
    m_conditions->setAccessibleName(tr("Conditions"));
    m_stepsModel->retranslate();
    m_treeModel->retranslate();
    m_containersModel->retranslate();
    m_analysisModel->retranslate();
    m_conditionsModel->retranslate();
    showInfo(m_info.get());
}

void RolloutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RolloutPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Minimising reaches only the window: watch it for that.
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updateTicking();
}

void RolloutPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTicking();
}

bool RolloutPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updateTicking();
    return QWidget::eventFilter(watched, event);
}

bool RolloutPage::isTicking() const
{
    return m_timer->isActive();
}

qint64 RolloutPage::nextTickInMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void RolloutPage::updateTicking()
{
    const bool seen = m_info && isVisible() && !window()->isMinimized();
    const bool wasSeen = m_seen;
    m_seen = seen;
    if (!seen) {
        m_timer->stop();
        return;
    }
    if (!wasSeen) {
        tick(); // what went stale while nobody looked; schedules the next one
        return;
    }
    // A timed pause counts down, and the weight chart and the History tab run up to now: every
    // second while shown. Otherwise only when the revision tree's next age text is due.
    qint64 next = m_treeModel->msUntilNextChange();
    if (m_stepsModel->remainingSeconds() >= 0 || currentTab() == Tab::WeightChart ||
        currentTab() == Tab::History)
        next = next < 0 ? 1000 : std::min<qint64>(next, 1000);
    if (next < 0) {
        m_timer->stop();
        return;
    }
    // Not before a tenth of a second (clock jitter), not after an hour (the clock may be set).
    // Never later than already planned: changes arriving more often than the tick must not
    // hold a countdown back.
    next = std::clamp<qint64>(next, 100, 3600 * 1000);
    if (!m_timer->isActive() || m_timer->remainingTime() > next)
        m_timer->start(int(next));
}

void RolloutPage::setSource(source::RolloutSource *source)
{
    m_source = source;
    m_key.clear();
    m_info.reset();
    m_treeModel->setRollout(nullptr);
    m_stepsModel->clear();
    showInfo(nullptr);
    updateTicking();
}

void RolloutPage::setTimelineBook(TimelineBook *book)
{
    if (m_book)
        m_book->disconnect(this);
    m_book = book;
    m_historyTab->setBook(book);
    if (m_book) {
        connect(m_book, &TimelineBook::updated, this, [this](const QString &key) {
            if (key == m_key)
                updateChart();
        });
    }
    updateChart();
}

void RolloutPage::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_historyTab->setKey(key);
    refresh();
}

void RolloutPage::refresh()
{
    m_info = (m_source && !m_key.isEmpty()) ? m_source->info(m_key) : nullptr;
    showInfo(m_info.get());
    m_historyTab->setRollout(m_info && !m_info->unreadable() ? m_info : nullptr);
    updateChart();
    updateTicking();
}

// The chart draws the story (Events, live transitions, actions) and the actual weights sampled
// while this window watched.
void RolloutPage::updateChart()
{
    QList<core::WeightPoint> actual;
    if (const WeightHistory::Series *live = m_history->series(m_key)) {
        actual.reserve(live->samples.size());
        for (const WeightHistory::Sample &sample : live->samples)
            actual << core::WeightPoint{sample.time, sample.actualWeight};
    }
    const core::RolloutInfo *info = m_info && !m_info->unreadable() ? m_info.get() : nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_chart->setData(core::buildWeightSeries(m_book && !m_key.isEmpty()
                                                 ? m_book->entries(m_key)
                                                 : QList<core::TimelineEntry>(),
                                             info, now, actual),
                     now);
}

bool RolloutPage::degradedPanelShown() const
{
    return !m_header->degradedPanel->isHidden();
}

bool RolloutPage::unreadablePanelShown() const
{
    return !m_header->unreadablePanel->isHidden();
}

QString RolloutPage::unreadableText() const
{
    return m_header->unreadableMessage->text();
}

void RolloutPage::showInfo(const core::RolloutInfo *info)
{
    m_empty->setVisible(!info);
    m_content->setVisible(info);
    // An unreadable rollout shows its message and none of what it showed before.
    const core::RolloutInfo *shown = info && !info->unreadable() ? info : nullptr;
    m_header->unreadablePanel->setVisible(info && info->unreadable());
    m_tabs->setVisible(shown);
    if (info && info->unreadable()) {
        //: Shown instead of a rollout whose object failed to parse; %1 is the parser's message
        m_header->unreadableMessage->setText(
            tr("The rollout's object could not be read, so nothing of it is shown: %1")
                .arg(info->parseError));
    }
    m_treeModel->setRollout(shown);
    m_containersModel->setRollout(shown);
    m_analysisModel->setRollout(shown);
    m_conditionsModel->setRollout(shown);
    m_budgets->setBudgets(shown ? shown->analysisBudgets : QList<core::MetricBudget>());
    if (!shown)
        m_stepsModel->clear();
    if (!info)
        return;
    fillSummary(*info);
    if (!shown)
        return;
    m_stepsModel->setSteps(info->steps, info->currentStepIndex, info->aborted,
                           info->pauseStartTime());
    m_noSteps->setVisible(info->steps.isEmpty());
    m_stepsView->setVisible(!info->steps.isEmpty());
}

void RolloutPage::fillSummary(const core::RolloutInfo &info)
{
    Ui::RolloutPageHeader &h = *m_header;
    const QString none = tr("—");
    h.statusIcon->setPixmap(StatusIcons::forGlyph(info.icon).pixmap(QSize(22, 22)));
    h.summaryName->setText(info.meta.name);
    h.summaryStatus->setText(info.unreadable() ? none : info.status);
    h.summaryMessage->setText(info.message);
    h.summaryMessage->setVisible(!info.message.isEmpty());
    h.summaryStrategy->setText(
        info.strategy == core::Strategy::None ? none : core::strategyName(info.strategy));
    h.summaryStep->setText(info.step.isEmpty() ? none : info.step);
    h.summarySetWeight->setText(info.setWeight.isEmpty() ? none : info.setWeight);
    h.summaryActualWeight->setText(info.actualWeight.isEmpty() ? none : info.actualWeight);
    QStringList images;
    for (const auto &img : info.images()) {
        images << (img.tags.isEmpty() ? img.image
                                      //: Summary image line: image (tags)
                                      : tr("%1 (%2)").arg(img.image, img.tags.join(u", "_s)));
    }
    h.summaryImages->setText(images.join(u'\n'));
    h.summaryReplicas->setText(tr("Desired %1 · Current %2 · Updated %3 · Ready %4 · Available %5")
                                   .arg(info.desired)
                                   .arg(info.current)
                                   .arg(info.updated)
                                   .arg(info.ready)
                                   .arg(info.available));

    const bool showDegraded = info.aborted && info.phase() == core::Phase::Degraded;
    h.degradedPanel->setVisible(showDegraded);
    if (showDegraded) {
        QStringList desired, stable;
        for (const auto &c : info.containers)
            desired << c.image;
        for (const auto &c : info.stableContainers)
            stable << c.image;
        h.degradedExplanation->setText(
            tr("The update was aborted. The Degraded status does not describe the health of "
               "your application: the stable version (%1) is running and receives all traffic. "
               "It only says that the desired version in spec.template (%2) and the running "
               "stable version differ.\n\nTo clear it, set the image back to the stable version: "
               "the rollout skips the analysis and promotion steps and goes straight back to the "
               "stable ReplicaSet. Or use Retry to run the update again.")
                .arg(stable.join(u", "_s), desired.join(u", "_s)));
        const bool readOnly = !m_source || m_source->isReadOnly();
        h.setImageBackButton->setEnabled(!info.stableContainers.isEmpty() && !readOnly);
        h.setImageBackButton->setToolTip(
            plainToolTip(readOnly ? tr("Read-only: actions are switched off.")
                                  : tr("Opens Set Image with the stable version's image: %1")
                                        .arg(stable.join(u", "_s))));
    }
}

void RolloutPage::tick()
{
    if (!m_info)
        return;
    m_stepsModel->tick();
    m_treeModel->refreshAges();
    if (currentTab() == Tab::WeightChart)
        updateChart();
    else if (currentTab() == Tab::History)
        m_historyTab->refreshAttempts();
    updateTicking();
}

QString RolloutPage::treeText() const
{
    if (!m_info || m_info->unreadable())
        return {};
    return core::RolloutTextRenderer(QDateTime::currentDateTimeUtc(), false).rolloutTree(*m_info);
}

void RolloutPage::copyTree()
{
    QApplication::clipboard()->setText(treeText());
}

bool RolloutPage::exportChartPng(const QString &path) const
{
    return m_chart->savePng(path);
}

bool RolloutPage::exportChartCsv(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(m_history->toCsv(m_key).toUtf8());
    return f.commit();
}

void RolloutPage::exportPng()
{
    auto *dialog = new QFileDialog(this, tr("Export weight chart as PNG"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PNG images (*.png)"));
    dialog->setDefaultSuffix(u"png"_s);
    dialog->selectFile(m_info ? m_info->meta.name + u"-weights.png"_s : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportChartPng(path); });
    dialog->open();
}

void RolloutPage::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export weight history as CSV"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(m_info ? m_info->meta.name + u"-weights.csv"_s : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportChartCsv(path); });
    dialog->open();
}

} // namespace rd::gui
