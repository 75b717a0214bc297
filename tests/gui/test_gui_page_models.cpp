// The rollout page's Containers, Analysis and Conditions tabs are models updated in place (no
// reset, dataChanged only for the cells and roles that changed), its tabs are named, and a
// rollout whose object fails to parse is shown as such in the board and the page.

#include "FakeRolloutSource.h"

#include "core/Icons.h"
#include "core/RolloutInfoBuilder.h"
#include "gui/charts/WeightHistory.h"
#include "gui/models/AnalysisRunsModel.h"
#include "gui/models/ConditionsModel.h"
#include "gui/models/ContainersModel.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/models/StepsModel.h"
#include "gui/views/RolloutPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using rd::core::RolloutInfo;

namespace {

RolloutInfo sampleRollout()
{
    RolloutInfo info;
    info.meta.name = u"demo"_s;
    info.meta.namespace_ = u"shop"_s;
    info.status = u"Paused"_s;
    info.icon = QString::fromUtf16(rd::core::icons::paused);
    info.containers = {{u"app"_s, u"shop:2"_s}, {u"proxy"_s, u"envoy:1"_s}};
    info.initContainers = {{u"migrate"_s, u"shop-migrate:2"_s}};
    info.stableContainers = {{u"app"_s, u"shop:1"_s}, {u"proxy"_s, u"envoy:1"_s}};
    rd::core::Condition available{u"Available"_s,
                                  u"True"_s,
                                  u"AvailableReason"_s,
                                  u"Rollout has minimum availability"_s,
                                  {},
                                  {}};
    rd::core::Condition progressing{u"Progressing"_s,       u"True"_s, u"RolloutPaused"_s,
                                    u"Rollout is paused"_s, {},        {}};
    info.conditions = {available, progressing};
    rd::core::AnalysisRunInfo run;
    run.meta.name = u"demo-run-1"_s;
    run.status = u"Running"_s;
    run.icon = QString::fromUtf16(rd::core::icons::progressing);
    run.revision = 2;
    run.successful = 2;
    run.inconclusive = 1;
    rd::core::JobInfo job;
    job.meta.name = u"demo-run-1-job-a"_s;
    job.status = u"Successful"_s;
    job.icon = QString::fromUtf16(rd::core::icons::ok);
    run.jobs = {job};
    info.analysisRuns = {run};
    return info;
}

// Every signal a model can send about its rows, to prove which ones an update sent.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    {}
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }
    QSignalSpy reset, inserted, removed, moved, changed;
};

QList<int> rolesOf(const QList<QVariant> &dataChanged)
{
    return dataChanged.at(2).value<QList<int>>();
}

} // namespace

class TestGuiPageModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conditionsUpdateInPlace()
    {
        ConditionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&model);
        RolloutInfo info = sampleRollout();
        model.setRollout(&info);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(model.index(1, ConditionsModel::ReasonColumn).data().toString(),
                 u"RolloutPaused"_s);
        spies.clear();

        // One message changes: one dataChanged for that cell, text roles only.
        info.conditions[1].message = u"Rollout is resumed"_s;
        model.setRollout(&info);
        QCOMPARE(spies.changed.size(), 1);
        const QList<QVariant> change = spies.changed.first();
        QCOMPARE(change.at(0).toModelIndex(), model.index(1, ConditionsModel::MessageColumn));
        QCOMPARE(change.at(1).toModelIndex(), model.index(1, ConditionsModel::MessageColumn));
        QVERIFY(rolesOf(change).contains(Qt::DisplayRole));
        QVERIFY(!rolesOf(change).contains(Qt::DecorationRole));
        QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.moved.size(), 0);

        // The same info again: no signal at all.
        spies.clear();
        model.setRollout(&info);
        QCOMPARE(spies.changed.size(), 0);

        // A condition goes away and another comes: one remove, one insert, never a reset.
        info.conditions.removeFirst();
        info.conditions.append({u"Healthy"_s, u"True"_s, u"RolloutHealthy"_s, {}, {}, {}});
        model.setRollout(&info);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ConditionsModel::TypeColumn).data().toString(), u"Progressing"_s);
        QCOMPARE(model.index(1, ConditionsModel::TypeColumn).data().toString(), u"Healthy"_s);
        QCOMPARE(spies.reset.size(), 0);
    }

    void containersUpdateInPlace()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&model);
        RolloutInfo info = sampleRollout();
        model.setRollout(&info);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ContainersModel::StableImageColumn).data().toString(), u"shop:1"_s);
        QCOMPARE(model.index(2, ContainersModel::NameColumn).data().toString(), u"migrate"_s);
        spies.clear();

        // The update is promoted: the stable image of "app" changes, nothing else.
        info.stableContainers[0].image = u"shop:2"_s;
        model.setRollout(&info);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex(),
                 model.index(0, ContainersModel::StableImageColumn));
        QCOMPARE(model.index(0, ContainersModel::StableImageColumn).data().toString(), u"shop:2"_s);

        // Clearing removes the rows; still no reset.
        model.setRollout(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.reset.size(), 0);
    }

    void analysisRunsUpdateInPlace()
    {
        AnalysisRunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpies spies(&model);
        RolloutInfo info = sampleRollout();
        model.setRollout(&info);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex run = model.index(0, 0);
        QCOMPARE(model.rowCount(run), 1);
        // The counts read as the plugin prints them: "?" is inconclusive.
        QCOMPARE(model.index(0, AnalysisRunsModel::ResultsColumn).data().toString(), u"✔ 2, ? 1"_s);
        spies.clear();

        // The run finishes: its status (text and icon) and counts change; a job is added below.
        info.analysisRuns[0].status = u"Successful"_s;
        info.analysisRuns[0].icon = QString::fromUtf16(rd::core::icons::ok);
        info.analysisRuns[0].successful = 3;
        rd::core::JobInfo job;
        job.meta.name = u"demo-run-1-job-b"_s;
        job.status = u"Successful"_s;
        job.icon = QString::fromUtf16(rd::core::icons::ok);
        info.analysisRuns[0].jobs.append(job);
        model.setRollout(&info);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        bool textChanged = false, iconChanged = false;
        for (const QList<QVariant> &c : spies.changed) {
            QCOMPARE(c.at(0).toModelIndex().parent(), QModelIndex());
            if (rolesOf(c).contains(Qt::DisplayRole))
                textChanged = true;
            if (rolesOf(c) == QList<int>{Qt::DecorationRole}) {
                iconChanged = true;
                QCOMPARE(c.at(0).toModelIndex().column(), int(AnalysisRunsModel::StatusColumn));
            }
        }
        QVERIFY(textChanged);
        QVERIFY(iconChanged);
        QCOMPARE(model.index(0, AnalysisRunsModel::StatusColumn).data().toString(),
                 u"Successful"_s);

        // No runs: one row that says so, which cannot be selected.
        info.analysisRuns.clear();
        model.setRollout(&info);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QCOMPARE(spies.reset.size(), 0);
    }

    void tabsAreNamed()
    {
        WeightHistory history;
        RolloutPage page(&history);
        QCOMPARE(page.tabs()->count(), RolloutPage::TabCount);
        for (int i = 0; i < RolloutPage::TabCount; ++i) {
            const auto tab = RolloutPage::Tab(i);
            const int at = page.tabs()->indexOf(page.tabPage(tab));
            QVERIFY(at >= 0);
            QCOMPARE(page.tabs()->tabText(at), RolloutPage::tabTitle(tab));
            page.showTab(tab);
            QCOMPARE(page.currentTab(), tab);
        }
        // The header comes from the Designer form, with its named parts.
        QVERIFY(page.findChild<QWidget *>(u"degradedPanel"_s));
        QVERIFY(page.findChild<QWidget *>(u"unreadablePanel"_s));
        QCOMPARE(page.setImageBackButton()->objectName(), u"setImageBackButton"_s);
    }

    // A rollout whose object fails to parse: an error row in the board, the parser's message on
    // the page, and nothing of what was shown before.
    void unreadableRolloutIsShownAsSuch()
    {
        FakeRolloutSource source;
        RolloutBoardModel board;
        board.setSource(&source);
        WeightHistory history;
        RolloutPage page(&history);
        page.setSource(&source);

        RolloutInfo good = sampleRollout();
        source.put(good);
        page.setKey(good.key());
        QCOMPARE(board.rowCount(), 1);
        QCOMPARE(page.conditionsModel()->rowCount(), 2);
        QVERIFY(!page.unreadablePanelShown());

        QJsonObject object{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"demo"_s}, {u"namespace"_s, u"shop"_s}}},
            {u"spec"_s, QJsonObject{{u"replicas"_s, u"three"_s}}}};
        const auto parsed = rd::core::Rollout::fromJson(object);
        QVERIFY(!parsed.ok());
        const RolloutInfo bad =
            rd::core::RolloutInfoBuilder::unreadable(object, parsed.errorMessage());
        QCOMPARE(bad.key(), good.key());
        QVERIFY(bad.unreadable());
        QSignalSpy reset(&board, &QAbstractItemModel::modelReset);
        source.put(bad, object);
        page.refresh();

        const QModelIndex status = board.index(0, RolloutBoardModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Unreadable"_s);
        QVERIFY(status.data(RolloutBoardModel::NeedsAttentionRole).toBool());
        const QString message = board.index(0, RolloutBoardModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(parsed.errorMessage()), qPrintable(message));
        QCOMPARE(reset.size(), 0);

        QVERIFY(page.unreadablePanelShown());
        QVERIFY2(page.unreadableText().contains(parsed.errorMessage()),
                 qPrintable(page.unreadableText()));
        QCOMPARE(page.conditionsModel()->rowCount(), 0);
        QCOMPARE(page.containersModel()->rowCount(), 0);
        QCOMPARE(page.treeModel()->rowCount(), 0);
        QVERIFY(page.treeText().isEmpty());

        // Readable again: the page shows it again.
        source.put(good);
        page.refresh();
        QVERIFY(!page.unreadablePanelShown());
        QCOMPARE(page.conditionsModel()->rowCount(), 2);
        QCOMPARE(board.index(0, RolloutBoardModel::StatusColumn).data().toString(), u"Paused"_s);
    }

    // The page refreshes what is due, not on a fixed tick: every second only while a timed pause
    // counts down or the weight chart is open, otherwise when the tree's next age text changes,
    // and nothing while it cannot be seen.
    void pageRefreshesOnlyWhatIsDue()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                                    u"/getting-started/state-d-paused.yaml"_s));
        const QString key = u"default/rollouts-demo"_s;
        QVERIFY(source.info(key));
        WeightHistory history;
        RolloutPage page(&history);
        page.setSource(&source);
        page.setKey(key);
        QVERIFY(!page.isTicking()); // not shown yet
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Paused until promoted: no countdown; the next refresh is the tree's next age text.
        QVERIFY(page.stepsModel()->remainingSeconds() < 0);
        const qint64 tree = page.treeModel()->msUntilNextChange();
        QCOMPARE(page.isTicking(), tree >= 0);
        if (tree > 1200) // a coarse timer fires within 5 % of its interval
            QVERIFY2(page.nextTickInMs() > 1050, qPrintable(QString::number(page.nextTickInMs())));

        // A timed pause (step 4, 10 s) started 3 s ago: the countdown needs every second (a
        // coarse timer, so up to 5 % later).
        RolloutInfo timed = *source.info(key);
        timed.currentStepIndex = 3;
        timed.pauseConditions = {
            {u"CanaryPauseStep"_s, QDateTime::currentDateTimeUtc().addSecs(-3)}};
        source.put(timed);
        page.refresh();
        QVERIFY(page.stepsModel()->remainingSeconds() >= 0);
        QVERIFY(page.isTicking());
        QVERIFY2(page.nextTickInMs() <= 1050, qPrintable(QString::number(page.nextTickInMs())));

        // Hidden, then minimised: nothing planned; back on screen, planned again.
        page.hide();
        QVERIFY(!page.isTicking());
        page.show();
        QVERIFY(page.isTicking());
        page.showMinimized();
        QVERIFY(!page.isTicking());
        page.showNormal();
        QVERIFY(page.isTicking());
        QVERIFY(page.nextTickInMs() <= 1050);

        // No rollout: nothing to refresh.
        page.setKey(QString());
        QVERIFY(!page.isTicking());
    }
};

QTEST_MAIN(TestGuiPageModels)
#include "test_gui_page_models.moc"
