#pragma once

#include "core/RolloutInfo.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace rd::source {
class RolloutSource;
}

namespace rd::gui {

class AnalysisBudgetView;
class HistoryView;
class RevisionTreeModel;
class StepsModel;
class WeightChart;
class WeightHistory;

// Everything about the selected rollout: the plugin header's facts, steps with a countdown, the
// weight chart, the revision tree, containers, analysis runs and conditions, and, while an
// aborted rollout is Degraded, why that is and how to get back to stable.
class RolloutPage : public QWidget
{
    Q_OBJECT
public:
    RolloutPage(WeightHistory *history, QWidget *parent = nullptr);
    ~RolloutPage() override;

    void setSource(source::RolloutSource *source);
    void setKey(const QString &key);
    QString key() const { return m_key; }
    // Re-reads the rollout from the source (on rolloutChanged).
    void refresh();

    RevisionTreeModel *treeModel() const { return m_treeModel; }
    StepsModel *stepsModel() const { return m_stepsModel; }
    QTabWidget *tabs() const { return m_tabs; }
    AnalysisBudgetView *analysisBudgets() const { return m_budgets; }
    HistoryView *historyView() const { return m_historyTab; }
    QPushButton *setImageBackButton() const { return m_backToStable; }
    bool degradedPanelShown() const;
    // The plugin's text tree of the shown rollout (what "Copy as text" copies).
    QString treeText() const;
    bool exportChartPng(const QString &path) const;
    bool exportChartCsv(const QString &path) const;

Q_SIGNALS:
    void setImageBackRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showInfo(const core::RolloutInfo *info);
    void fillSummary(const core::RolloutInfo &info);
    void fillTables(const core::RolloutInfo &info);
    void tick();
    void copyTree();
    void exportPng();
    void exportCsv();

    QPointer<source::RolloutSource> m_source;
    WeightHistory *m_history;
    QString m_key;
    std::shared_ptr<const core::RolloutInfo> m_info;

    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_captions;
    QLabel *m_strategy = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_setWeight = nullptr;
    QLabel *m_actualWeight = nullptr;
    QLabel *m_images = nullptr;
    QLabel *m_replicas = nullptr;
    QFrame *m_degradedPanel = nullptr;
    QLabel *m_degradedTitle = nullptr;
    QLabel *m_degradedText = nullptr;
    QPushButton *m_backToStable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_stepsView = nullptr;
    QLabel *m_noSteps = nullptr;
    StepsModel *m_stepsModel = nullptr;
    WeightChart *m_chart = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QTreeView *m_tree = nullptr;
    RevisionTreeModel *m_treeModel = nullptr;
    QPushButton *m_copyTree = nullptr;
    QTreeWidget *m_containers = nullptr;
    QTreeWidget *m_analysis = nullptr;
    QTreeWidget *m_conditions = nullptr;
    AnalysisBudgetView *m_budgets = nullptr;
    HistoryView *m_historyTab = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace rd::gui
