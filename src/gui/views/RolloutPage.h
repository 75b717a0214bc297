#pragma once

#include "core/RolloutInfo.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace rd::source {
class RolloutSource;
}

namespace rd::gui {

namespace Ui {
class RolloutPageHeader;
}

class AnalysisBudgetView;
class AnalysisRunsModel;
class HistoryView;
class ConditionsModel;
class ContainersModel;
class RevisionTreeModel;
class StepsModel;
class TimelineBook;
class WeightChart;
class WeightHistory;

// Everything about the selected rollout: the plugin header's facts, steps with a countdown, the
// weight chart, the revision tree, containers, analysis runs and conditions, and, while an
// aborted rollout is Degraded, why that is and how to get back to stable. A rollout whose object
// cannot be read shows the parser's message and nothing of its old state. The header's layout is
// the Designer form ui/views/RolloutPageHeader.ui.
class RolloutPage : public QWidget
{
    Q_OBJECT
public:
    // The tabs, in their order on screen. Code names a tab, never its index.
    enum class Tab { Steps, WeightChart, Revisions, Containers, Analysis, Conditions, History };
    static constexpr int TabCount = 7;
    // The one source of each tab's title (with its mnemonic).
    static QString tabTitle(Tab tab);

    RolloutPage(WeightHistory *history, QWidget *parent = nullptr);
    ~RolloutPage() override;

    void setSource(source::RolloutSource *source);
    // The rollouts' stories: the History tab lists them, the weight chart draws them.
    void setTimelineBook(TimelineBook *book);
    void setKey(const QString &key);
    QString key() const { return m_key; }
    // Re-reads the rollout from the source (on rolloutChanged).
    void refresh();

    RevisionTreeModel *treeModel() const { return m_treeModel; }
    StepsModel *stepsModel() const { return m_stepsModel; }
    ContainersModel *containersModel() const { return m_containersModel; }
    AnalysisRunsModel *analysisModel() const { return m_analysisModel; }
    ConditionsModel *conditionsModel() const { return m_conditionsModel; }
    QTabWidget *tabs() const { return m_tabs; }
    Tab currentTab() const;
    void showTab(Tab tab);
    QWidget *tabPage(Tab tab) const;
    QPushButton *setImageBackButton() const;
    AnalysisBudgetView *analysisBudgets() const { return m_budgets; }
    HistoryView *historyView() const { return m_historyTab; }
    WeightChart *weightChart() const { return m_chart; }
    bool degradedPanelShown() const;
    // The shown rollout's object could not be read: the page shows the parser's message.
    bool unreadablePanelShown() const;
    QString unreadableText() const;
    // The plugin's text tree of the shown rollout (what "Copy as text" copies).
    QString treeText() const;
    bool exportChartPng(const QString &path) const;
    bool exportChartCsv(const QString &path) const;
    // A refresh of countdowns and ages is scheduled: a rollout is shown, can be seen, and shows
    // something that changes with the time; nextTickInMs() says when (-1: none).
    bool isTicking() const;
    qint64 nextTickInMs() const;

Q_SIGNALS:
    void setImageBackRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void showInfo(const core::RolloutInfo *info);
    void fillSummary(const core::RolloutInfo &info);
    void addTab(Tab tab, QWidget *page);
    void tick();
    void updateTicking();
    void updateChart();
    void copyTree();
    void exportPng();
    void exportCsv();

    QPointer<source::RolloutSource> m_source;
    QPointer<TimelineBook> m_book;
    WeightHistory *m_history;
    QString m_key;
    std::shared_ptr<const core::RolloutInfo> m_info;

    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    std::unique_ptr<Ui::RolloutPageHeader> m_header;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_tabPages[TabCount] = {};
    QListView *m_stepsView = nullptr;
    QLabel *m_noSteps = nullptr;
    StepsModel *m_stepsModel = nullptr;
    WeightChart *m_chart = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QTreeView *m_tree = nullptr;
    RevisionTreeModel *m_treeModel = nullptr;
    QPushButton *m_copyTree = nullptr;
    QTreeView *m_containers = nullptr;
    ContainersModel *m_containersModel = nullptr;
    QTreeView *m_analysis = nullptr;
    AnalysisRunsModel *m_analysisModel = nullptr;
    QTreeView *m_conditions = nullptr;
    ConditionsModel *m_conditionsModel = nullptr;
    AnalysisBudgetView *m_budgets = nullptr;
    HistoryView *m_historyTab = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QWidget> m_watchedWindow; // its minimising stops the tick
    bool m_seen = false;               // a rollout was shown where it could be seen
};

} // namespace rd::gui
