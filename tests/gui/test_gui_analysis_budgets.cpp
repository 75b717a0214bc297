// The Analysis tab's metrics table and the board's risk mark (issue 13): the model passes
// QAbstractItemModelTester through updates that reorder, add, change and drop metrics without a
// reset; the page shows it in the Analysis tab; the board marks a rollout whose running analysis
// has used part of a budget.
#include "FakeRolloutSource.h"

#include "gui/charts/WeightHistory.h"
#include "gui/models/MetricBudgetModel.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/views/AnalysisBudgetView.h"
#include "gui/views/RolloutPage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::core::MetricBudget;
using rd::gui::MetricBudgetModel;

namespace {

MetricBudget metric(const QString &name, qint64 failed, qint64 failureLimit, bool running = true)
{
    MetricBudget b;
    b.run = u"demo-abc-3"_s;
    b.metric = name;
    b.phase = running ? u"Running"_s : u"Failed"_s;
    b.runRunning = running;
    b.successCondition = u"result[0] >= 0.95"_s;
    b.failed = {failed, failureLimit};
    b.inconclusive = {0, 0};
    b.errors = {0, rd::core::DefaultConsecutiveErrorLimit};
    return b;
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}

rd::core::RolloutInfo rollout(const QString &name, const QList<MetricBudget> &budgets)
{
    rd::core::RolloutInfo info;
    info.meta.name = name;
    info.meta.namespace_ = u"shop"_s;
    info.status = u"Progressing"_s;
    info.analysisBudgets = budgets;
    return info;
}

} // namespace

class TestGuiAnalysisBudgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUpdatesInPlace()
    {
        MetricBudgetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QCOMPARE(model.columnCount(), 7);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Metric"_s, u"Phase"_s, u"Last value"_s, u"Condition"_s,
                                       u"Failed"_s, u"Inconclusive"_s, u"Errors"_s}));

        model.setBudgets({metric(u"latency"_s, 0, 3), metric(u"web"_s, 0, 0)});
        QCOMPARE(column(model, MetricBudgetModel::Metric), (QStringList{u"latency"_s, u"web"_s}));
        QCOMPARE(column(model, MetricBudgetModel::Failed), (QStringList{u"0 / 3"_s, u"0 / 0"_s}));
        QCOMPARE(column(model, MetricBudgetModel::Errors), (QStringList{u"0 / 4"_s, u"0 / 4"_s}));

        // web fails once: it becomes the riskiest and moves up; a new metric arrives.
        QPersistentModelIndex latency = model.index(0, 0);
        model.setBudgets(
            {metric(u"web"_s, 1, 0, false), metric(u"latency"_s, 1, 3), metric(u"cpu"_s, 0, 1)});
        QCOMPARE(column(model, MetricBudgetModel::Metric),
                 (QStringList{u"web"_s, u"latency"_s, u"cpu"_s}));
        QCOMPARE(column(model, MetricBudgetModel::Failed),
                 (QStringList{u"1 / 0"_s, u"1 / 3"_s, u"0 / 1"_s}));
        QCOMPARE(latency.row(), 1); // followed its row, no reset
        QVERIFY(moves.count() >= 1);
        QVERIFY(changes.count() >= 2);
        QVERIFY(model.index(0, MetricBudgetModel::Failed)
                    .data(MetricBudgetModel::ExceededRole)
                    .toBool());
        QVERIFY(!model.index(0, MetricBudgetModel::Failed)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(model.index(1, MetricBudgetModel::Failed)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"3"_s));

        // The same list again changes nothing; a dropped metric is removed alone.
        changes.clear();
        model.setBudgets(
            {metric(u"web"_s, 1, 0, false), metric(u"latency"_s, 1, 3), metric(u"cpu"_s, 0, 1)});
        QCOMPARE(changes.count(), 0);
        model.setBudgets({metric(u"web"_s, 1, 0, false), metric(u"cpu"_s, 0, 1)});
        QCOMPARE(column(model, MetricBudgetModel::Metric), (QStringList{u"web"_s, u"cpu"_s}));
        model.setBudgets({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void conditionColumn()
    {
        MetricBudgetModel model;
        MetricBudget onlyFailure = metric(u"errors"_s, 0, 0);
        onlyFailure.successCondition.clear();
        onlyFailure.failureCondition = u"result[0] > 10"_s;
        model.setBudgets({metric(u"web"_s, 0, 0), onlyFailure});
        QCOMPARE(column(model, MetricBudgetModel::Condition),
                 (QStringList{u"result[0] >= 0.95"_s, u"fails if result[0] > 10"_s}));
    }

    void pageShowsTheTableInTheAnalysisTab()
    {
        FakeRolloutSource source;
        rd::gui::WeightHistory history;
        rd::gui::RolloutPage page(&history);
        page.setSource(&source);
        source.put(rollout(u"demo"_s, {metric(u"latency"_s, 0, 3), metric(u"web"_s, 1, 0)}));
        page.setKey(u"shop/demo"_s);
        rd::gui::AnalysisBudgetView *view = page.analysisBudgets();
        QVERIFY(view);
        // It sits in the Analysis tab, which kept its place and title.
        int tab = -1;
        for (int i = 0; i < page.tabs()->count(); ++i) {
            if (page.tabs()->widget(i)->isAncestorOf(view))
                tab = i;
        }
        QCOMPARE(tab, 4);
        QCOMPARE(page.tabs()->tabText(tab), u"A&nalysis"_s);
        QVERIFY(!view->view()->accessibleName().isEmpty());
        QCOMPARE(column(*view->model(), MetricBudgetModel::Metric),
                 (QStringList{u"latency"_s, u"web"_s}));
        source.put(rollout(u"demo"_s, {metric(u"web"_s, 1, 0), metric(u"latency"_s, 0, 3)}));
        page.refresh();
        QCOMPARE(column(*view->model(), MetricBudgetModel::Metric),
                 (QStringList{u"web"_s, u"latency"_s}));
    }

    void boardRiskMark()
    {
        FakeRolloutSource source;
        source.put(rollout(u"calm"_s, {metric(u"web"_s, 0, 2)}));
        source.put(rollout(u"finished"_s, {metric(u"web"_s, 1, 0, false)}));
        source.put(rollout(u"risky"_s, {metric(u"web"_s, 1, 2)}));
        rd::gui::RolloutBoardModel board;
        QAbstractItemModelTester tester(&board,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setSource(&source);
        const auto nameIndex = [&](const QString &key) {
            for (int r = 0; r < board.rowCount(); ++r) {
                if (board.index(r, 0).data(rd::gui::RolloutBoardModel::KeyRole) == key)
                    return board.index(r, rd::gui::RolloutBoardModel::NameColumn);
            }
            return QModelIndex();
        };
        QVERIFY(nameIndex(u"shop/calm"_s).data(Qt::DecorationRole).isNull());
        QVERIFY(nameIndex(u"shop/finished"_s).data(Qt::DecorationRole).isNull());
        QVERIFY(!nameIndex(u"shop/risky"_s).data(Qt::DecorationRole).isNull());
        QCOMPARE(nameIndex(u"shop/risky"_s).data(Qt::ToolTipRole).toString(),
                 u"Running analysis at risk: metric web has used 1 / 2 of its allowed failed "
                 "measurements."_s);

        // The calm one uses a budget: its name cell announces the new mark.
        QSignalSpy changes(&board, &QAbstractItemModel::dataChanged);
        source.put(rollout(u"calm"_s, {metric(u"web"_s, 1, 2)}));
        bool announced = false;
        for (const auto &args : std::as_const(changes)) {
            const auto from = args.at(0).toModelIndex();
            announced |= from == nameIndex(u"shop/calm"_s) &&
                         args.at(2).value<QList<int>>().contains(Qt::DecorationRole);
        }
        QVERIFY(announced);
        QVERIFY(!nameIndex(u"shop/calm"_s).data(Qt::DecorationRole).isNull());
    }
};

QTEST_MAIN(TestGuiAnalysisBudgets)
#include "test_gui_analysis_budgets.moc"
