#include "gui/views/RolloutPage.h"

#include "core/RolloutTextRenderer.h"
#include "gui/PlainText.h"
#include "gui/StatusIcons.h"
#include "gui/charts/WeightChart.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/StepsModel.h"
#include "gui/views/AnalysisBudgetView.h"
#include "gui/views/HistoryView.h"
#include "source/RolloutSource.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &id)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A stable id for screen-reader tests: a QLabel's accessible name is its text.
    l->setAccessibleDescription(id);
    return l;
}
} // namespace

RolloutPage::RolloutPage(WeightHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    setObjectName(u"rolloutPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = plainLabel(new QLabel(this));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty, 1);

    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 6, 6, 0);

    // Title row: icon, name, status word and message.
    auto *title = new QHBoxLayout;
    m_statusIcon = new QLabel(m_content);
    m_statusIcon->setFixedSize(24, 24);
    title->addWidget(m_statusIcon);
    m_name = valueLabel(m_content, u"summaryName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    title->addWidget(m_name);
    m_status = valueLabel(m_content, u"summaryStatus"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    title->addSpacing(8);
    title->addWidget(m_status);
    title->addStretch();
    layout->addLayout(title);
    m_message = valueLabel(m_content, u"summaryMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    m_strategy = valueLabel(m_content, u"summaryStrategy"_s);
    m_step = valueLabel(m_content, u"summaryStep"_s);
    m_setWeight = valueLabel(m_content, u"summarySetWeight"_s);
    m_actualWeight = valueLabel(m_content, u"summaryActualWeight"_s);
    m_images = valueLabel(m_content, u"summaryImages"_s);
    m_replicas = valueLabel(m_content, u"summaryReplicas"_s);
    const QList<QLabel *> values{m_strategy,     m_step,   m_setWeight,
                                 m_actualWeight, m_images, m_replicas};
    for (int i = 0; i < values.size(); ++i) {
        auto *caption = plainLabel(new QLabel(m_content));
        caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
        caption->setBuddy(values[i]);
        QPalette p = caption->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        caption->setPalette(p);
        m_captions << caption;
        // Two columns of facts: strategy/step/weights left, images (two rows, for canary and
        // stable) and replicas right.
        if (i < 4) {
            grid->addWidget(caption, i, 0);
            grid->addWidget(values[i], i, 1);
        } else if (values[i] == m_images) {
            grid->addWidget(caption, 0, 2, 2, 1);
            grid->addWidget(values[i], 0, 3, 2, 1);
        } else {
            grid->addWidget(caption, 2, 2);
            grid->addWidget(values[i], 2, 3);
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 3);
    layout->addLayout(grid);

    // While an aborted rollout is Degraded: why, and the way back to stable.
    m_degradedPanel = new QFrame(m_content);
    m_degradedPanel->setObjectName(u"degradedPanel"_s);
    m_degradedPanel->setStyleSheet(u"QFrame#degradedPanel { background: #fff4ce; color: #3b2f00;"
                                   " border: 1px solid #e8a317; border-radius: 4px; }"
                                   "QFrame#degradedPanel QLabel { color: #3b2f00; }"_s);
    auto *panel = new QVBoxLayout(m_degradedPanel);
    m_degradedTitle = plainLabel(new QLabel(m_degradedPanel));
    m_degradedTitle->setStyleSheet(u"font-weight: bold;"_s);
    m_degradedText = valueLabel(m_degradedPanel, u"degradedExplanation"_s);
    m_degradedText->setWordWrap(true);
    m_backToStable = new QPushButton(m_degradedPanel);
    m_backToStable->setObjectName(u"setImageBackButton"_s);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_backToStable);
    buttonRow->addStretch();
    panel->addWidget(m_degradedTitle);
    panel->addWidget(m_degradedText);
    panel->addLayout(buttonRow);
    layout->addWidget(m_degradedPanel);
    connect(m_backToStable, &QPushButton::clicked, this,
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
    m_tabs->addTab(stepsTab, QString());

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
    m_tabs->addTab(chartTab, QString());
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
    m_tabs->addTab(treeTab, QString());
    connect(m_copyTree, &QPushButton::clicked, this, &RolloutPage::copyTree);
    // New nodes (a new revision, new pods) open expanded, as the plugin prints everything.
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &at, int first, int last) {
                for (int r = first; r <= last; ++r)
                    m_tree->expandRecursively(m_treeModel->index(r, 0, at));
            });
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    m_containers = new QTreeWidget(m_tabs);
    m_containers->setRootIsDecorated(false);
    m_containers->setColumnCount(4);
    m_tabs->addTab(m_containers, QString());
    m_analysis = new QTreeWidget(m_tabs);
    m_analysis->setColumnCount(5);
    m_tabs->addTab(m_analysis, QString());
    m_conditions = new QTreeWidget(m_tabs);
    m_conditions->setRootIsDecorated(false);
    m_conditions->setColumnCount(5);
    m_conditions->setWordWrap(true);
    m_tabs->addTab(m_conditions, QString());

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RolloutPage::tick);
    m_timer->start();
    connect(m_history, &WeightHistory::updated, this, [this](const QString &key) {
        if (key == m_key)
            m_chart->setSeries(m_history->series(key));
    });

    // Issue 13: the metrics' failure budgets above the analysis runs.
    m_budgets = AnalysisBudgetView::attachAbove(m_tabs, m_analysis);
    m_historyTab = HistoryView::addTo(m_tabs);

    retranslateUi();
    showInfo(nullptr);
}

RolloutPage::~RolloutPage() = default;

void RolloutPage::retranslateUi()
{
    m_empty->setText(tr("Select a rollout in the board to see its steps, weights and revisions."));
    //: Summary captions (the plugin's header fields)
    const QStringList captions{tr("Strategy:"),      tr("Step:"),   tr("Set weight:"),
                               tr("Actual weight:"), tr("Images:"), tr("Replicas:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions.value(i));
    m_degradedTitle->setText(tr("Why is this rollout Degraded?"));
    m_backToStable->setText(tr("Set image back to the &stable version"));
    m_backToStable->setAccessibleName(tr("Set image back to the stable version"));
    //: Rollout page tabs
    m_tabs->setTabText(0, tr("Ste&ps"));
    m_tabs->setTabText(1, tr("&Weight chart"));
    m_tabs->setTabText(2, tr("Re&visions"));
    m_tabs->setTabText(3, tr("C&ontainers"));
    m_tabs->setTabText(4, tr("A&nalysis"));
    m_tabs->setTabText(5, tr("Con&ditions"));
    m_stepsView->setAccessibleName(tr("Steps"));
    m_noSteps->setText(tr("This rollout has no canary steps."));
    m_exportPng->setText(tr("Export &PNG…"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_tree->setAccessibleName(tr("Revision tree"));
    m_copyTree->setText(tr("Copy as &text"));
    m_copyTree->setToolTip(tr("Copy the tree as kubectl argo rollouts get rollout prints it"));
    m_containers->setAccessibleName(tr("Containers"));
    m_containers->setHeaderLabels(
        {tr("Container"), tr("Type"), tr("Image (desired)"), tr("Stable image")});
    m_analysis->setAccessibleName(tr("Analysis runs"));
    m_analysis->setHeaderLabels(
        {tr("Analysis run / metric"), tr("Status"), tr("Revision"), tr("Results"), tr("Message")});
    m_conditions->setAccessibleName(tr("Conditions"));
    m_conditions->setHeaderLabels(
        {tr("Type"), tr("Status"), tr("Reason"), tr("Message"), tr("Last update")});
    m_stepsModel->retranslate();
    m_treeModel->retranslate();
    showInfo(m_info.get());
}

void RolloutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RolloutPage::setSource(source::RolloutSource *source)
{
    m_source = source;
    m_key.clear();
    m_info.reset();
    m_treeModel->setRollout(nullptr);
    m_stepsModel->clear();
    showInfo(nullptr);
}

void RolloutPage::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_chart->setSeries(m_history->series(key));
    m_historyTab->setKey(key);
    refresh();
}

void RolloutPage::refresh()
{
    m_info = (m_source && !m_key.isEmpty()) ? m_source->info(m_key) : nullptr;
    showInfo(m_info.get());
}

bool RolloutPage::degradedPanelShown() const
{
    return !m_degradedPanel->isHidden();
}

void RolloutPage::showInfo(const core::RolloutInfo *info)
{
    m_empty->setVisible(!info);
    m_content->setVisible(info);
    if (!info) {
        m_treeModel->setRollout(nullptr);
        m_stepsModel->clear();
        return;
    }
    fillSummary(*info);
    QDateTime pauseStart;
    const QJsonArray pauses = m_source ? m_source->rolloutObject(m_key)
                                             .value(u"status"_s)
                                             .toObject()
                                             .value(u"pauseConditions"_s)
                                             .toArray()
                                       : QJsonArray();
    if (!pauses.isEmpty())
        pauseStart = QDateTime::fromString(
            pauses.first().toObject().value(u"startTime"_s).toString(), Qt::ISODate);
    m_stepsModel->setSteps(info->steps, info->currentStepIndex, info->aborted, pauseStart);
    m_noSteps->setVisible(info->steps.isEmpty());
    m_stepsView->setVisible(!info->steps.isEmpty());
    m_treeModel->setRollout(info);
    fillTables(*info);
}

void RolloutPage::fillSummary(const core::RolloutInfo &info)
{
    m_statusIcon->setPixmap(StatusIcons::forStatus(info.status).pixmap(QSize(22, 22)));
    m_name->setText(info.meta.name);
    m_status->setText(info.status);
    m_message->setText(info.message);
    m_message->setVisible(!info.message.isEmpty());
    m_strategy->setText(info.strategy);
    m_step->setText(info.step.isEmpty() ? tr("—") : info.step);
    m_setWeight->setText(info.setWeight.isEmpty() ? tr("—") : info.setWeight);
    m_actualWeight->setText(info.actualWeight.isEmpty() ? tr("—") : info.actualWeight);
    QStringList images;
    for (const auto &img : info.images()) {
        images << (img.tags.isEmpty() ? img.image
                                      //: Summary image line: image (tags)
                                      : tr("%1 (%2)").arg(img.image, img.tags.join(u", "_s)));
    }
    m_images->setText(images.join(u'\n'));
    m_replicas->setText(tr("Desired %1 · Current %2 · Updated %3 · Ready %4 · Available %5")
                            .arg(info.desired)
                            .arg(info.current)
                            .arg(info.updated)
                            .arg(info.ready)
                            .arg(info.available));

    const bool showDegraded = info.aborted && info.status == u"Degraded";
    m_degradedPanel->setVisible(showDegraded);
    if (showDegraded) {
        QStringList desired, stable;
        for (const auto &c : info.containers)
            desired << c.image;
        for (const auto &c : info.stableContainers)
            stable << c.image;
        m_degradedText->setText(
            tr("The update was aborted. The Degraded status does not describe the health of "
               "your application: the stable version (%1) is running and receives all traffic. "
               "It only says that the desired version in spec.template (%2) and the running "
               "stable version differ.\n\nTo clear it, set the image back to the stable version: "
               "the rollout skips the analysis and promotion steps and goes straight back to the "
               "stable ReplicaSet. Or use Retry to run the update again.")
                .arg(stable.join(u", "_s), desired.join(u", "_s)));
        const bool readOnly = !m_source || m_source->isReadOnly();
        m_backToStable->setEnabled(!info.stableContainers.isEmpty() && !readOnly);
        m_backToStable->setToolTip(
            plainToolTip(readOnly ? tr("Read-only: actions are switched off.")
                                  : tr("Opens Set Image with the stable version's image: %1")
                                        .arg(stable.join(u", "_s))));
    }
}

void RolloutPage::fillTables(const core::RolloutInfo &info)
{
    if (m_budgets)
        m_budgets->setBudgets(info.analysisBudgets);
    m_containers->clear();
    auto stableOf = [&](const QString &name) {
        for (const auto &c : info.stableContainers) {
            if (c.name == name)
                return c.image;
        }
        return QString();
    };
    for (const auto &c : info.containers)
        new QTreeWidgetItem(m_containers, {c.name, tr("container"), c.image, stableOf(c.name)});
    for (const auto &c : info.initContainers)
        new QTreeWidgetItem(m_containers, {c.name, tr("init container"), c.image, QString()});
    for (int i = 0; i < 4; ++i)
        m_containers->resizeColumnToContents(i);

    m_analysis->clear();
    QList<core::AnalysisRunInfo> runs = info.analysisRuns;
    for (const auto &ex : info.experiments)
        runs += ex.analysisRuns;
    for (const auto &run : runs) {
        auto *item = new QTreeWidgetItem(m_analysis,
                                         {run.meta.name, run.status, QString::number(run.revision),
                                          tr("✔ %1  ✖ %2  ⚠ %3  error %4")
                                              .arg(run.successful)
                                              .arg(run.failed)
                                              .arg(run.inconclusive)
                                              .arg(run.error),
                                          run.message});
        item->setIcon(1, StatusIcons::forGlyph(run.icon));
        for (const auto &metric : run.metrics) {
            new QTreeWidgetItem(
                item,
                {metric.name, QString(), QString(),
                 tr("measurements %1, condition %2").arg(metric.count).arg(metric.successCondition),
                 QString()});
        }
        for (const auto &m : run.nonJobInfo) {
            new QTreeWidgetItem(
                item, {m.metricName, m.status, QString(), m.value,
                       QLocale().toString(m.startedAt.toLocalTime(), QLocale::ShortFormat)});
        }
        for (const auto &job : run.jobs)
            new QTreeWidgetItem(item, {job.meta.name, job.status, QString(), job.metricName, {}});
    }
    if (runs.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_analysis, {tr("No analysis runs.")});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_analysis->expandAll();
    m_analysis->resizeColumnToContents(0);

    m_conditions->clear();
    for (const auto &c : info.conditions) {
        new QTreeWidgetItem(m_conditions, {c.type, c.status, c.reason, c.message,
                                           QLocale().toString(c.lastUpdateTime.toLocalTime(),
                                                              QLocale::ShortFormat)});
    }
    for (int i = 0; i < 3; ++i)
        m_conditions->resizeColumnToContents(i);
}

void RolloutPage::tick()
{
    if (!m_info)
        return;
    m_stepsModel->tick();
    m_treeModel->refreshAges();
    if (m_tabs->currentIndex() == 1)
        m_chart->setSeries(m_history->series(m_key));
}

QString RolloutPage::treeText() const
{
    if (!m_info)
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
