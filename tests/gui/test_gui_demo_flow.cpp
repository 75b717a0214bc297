// The main flow of product.md §5 against the in-process simulated cluster, offscreen, through
// the real window: set image red -> Paused 1/8; Abort -> Degraded with the abort message and
// the explanation; set image back to stable -> Healthy 8/8.

#include "app/SimDemoCluster.h"
#include "gui/ActionController.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/models/AnalysisRunsModel.h"
#include "gui/models/ConditionsModel.h"
#include "gui/models/ContainersModel.h"
#include "gui/models/RevisionTreeModel.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/notify/NotificationCenter.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/BoardView.h"
#include "gui/views/RolloutPage.h"
#include "sim/SimCluster.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Kind = rd::source::RolloutAction::Kind;

namespace {
const QString kKey = u"spring-petclinic/rollouts-demo"_s;
constexpr int kTimeout = 60000;

// Labels are found by object name, their stable id (the accessible description is for people).
QString labelText(const QWidget *root, const QString &id)
{
    if (const auto *l = root->findChild<QLabel *>(id))
        return l->text();
    return u"<no label %1>"_s.arg(id);
}
} // namespace

class TestGuiDemoFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void manualAbortThroughTheWindow()
    {
        AppSettings settings;
        rd::app::SimDemoCluster demo;
        ConnectionManager connection(&demo);
        MainWindow window(&settings, &connection);
        QAbstractItemModelTester boardTester(
            window.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(window.page()->treeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The page's other tabs are models too, checked through the whole live flow.
        QAbstractItemModelTester containersTester(
            window.page()->containersModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester analysisTester(
            window.page()->analysisModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conditionsTester(
            window.page()->conditionsModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QSignalSpy shown(&window, &MainWindow::rolloutsShown);
        QString error;
        QVERIFY2(connection.startDemo(10.0, &error), qPrintable(error));
        QVERIFY(shown.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(window.page()->key(), kKey, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStatus"_s), u"Healthy"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(u"Connected"_s), kTimeout);

        // From here on the board must never be reset: only row updates.
        QSignalSpy boardReset(window.boardModel(), &QAbstractItemModel::modelReset);
        // One desktop notice per transition: waiting, aborted (with its Degraded), completed.
        QSignalSpy notices(window.notices(), &NotificationCenter::noticeShown);
        QSignalSpy treeReset(window.page()->treeModel(), &QAbstractItemModel::modelReset);
        QSignalSpy conditionsReset(window.page()->conditionsModel(),
                                   &QAbstractItemModel::modelReset);
        QSignalSpy conditionsChanged(window.page()->conditionsModel(),
                                     &QAbstractItemModel::dataChanged);
        QSignalSpy containersReset(window.page()->containersModel(),
                                   &QAbstractItemModel::modelReset);
        QSignalSpy containersChanged(window.page()->containersModel(),
                                     &QAbstractItemModel::dataChanged);

        // 1. Set image red.
        auto *dialog = qobject_cast<SetImageDialog *>(window.actions()->open(Kind::SetImage));
        QVERIFY(dialog);
        dialog->preset(u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QCOMPARE(dialog->forecast(), SetImageDialog::Forecast::NewCanary);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QCOMPARE(window.actions()->requestsSent(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStatus"_s), u"Paused"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStep"_s), u"1/8"_s, kTimeout);
        QCOMPARE(labelText(&window, u"summaryMessage"_s), u"CanaryPauseStep"_s);
        QCOMPARE(labelText(&window, u"summarySetWeight"_s), u"20"_s);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryActualWeight"_s), u"20"_s, kTimeout);
        QVERIFY(labelText(&window, u"summaryImages"_s)
                    .contains(u"argoproj/rollouts-demo:red (canary)"_s));
        QVERIFY(!window.page()->degradedPanelShown());
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, kTimeout);
        QCOMPARE(notices.at(0).at(0).value<Notice>().kind, Notice::Kind::WaitingForPerson);
        // The notice's Promote goes through the usual confirmation; cancelling sends nothing.
        Q_EMIT window.notices()->promoteRequested(connection.targetName(), kKey);
        QVERIFY(window.actions()->currentDialog());
        QTest::mouseClick(window.actions()->currentDialog()->cancelButton(), Qt::LeftButton);
        QCOMPARE(window.actions()->requestsSent(), 1);

        // 2. Abort, confirmed.
        auto *abort = window.actions()->open(Kind::Abort);
        QVERIFY(abort);
        QVERIFY(abort->cancelButton()->isDefault());
        QTest::mouseClick(abort->confirmButton(), Qt::LeftButton);
        QCOMPARE(window.actions()->requestsSent(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStatus"_s), u"Degraded"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryMessage"_s),
                                  u"RolloutAborted: Rollout aborted update to revision 3"_s,
                                  kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStep"_s), u"0/8"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.page()->degradedPanelShown(), kTimeout);
        QVERIFY(labelText(&window, u"degradedExplanation"_s).contains(u"spec.template"_s));
        QVERIFY(window.messageText().contains(u"aborted"_s));
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 2, kTimeout);
        QCOMPARE(notices.at(1).at(0).value<Notice>().kind, Notice::Kind::Aborted);

        // 3. Set the image back to the stable version from the explanation panel.
        QTRY_VERIFY(window.page()->setImageBackButton()->isEnabled());
        QTest::mouseClick(window.page()->setImageBackButton(), Qt::LeftButton);
        auto *back = qobject_cast<SetImageDialog *>(window.actions()->currentDialog());
        QVERIFY(back);
        QCOMPARE(back->forecast(), SetImageDialog::Forecast::BackToStable);
        QTest::mouseClick(back->confirmButton(), Qt::LeftButton);
        QCOMPARE(window.actions()->requestsSent(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStatus"_s), u"Healthy"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, u"summaryStep"_s), u"8/8"_s, kTimeout);
        QVERIFY(!window.page()->degradedPanelShown());
        QVERIFY(window.page()->treeText().contains(u"revision:4"_s));
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 3, kTimeout);
        QCOMPARE(notices.at(2).at(0).value<Notice>().kind, Notice::Kind::Completed);
        QCOMPARE(boardReset.count(), 0);
        QCOMPARE(treeReset.count(), 0);
        // Conditions and the stable image changed in place (red, aborted, back to stable).
        QCOMPARE(conditionsReset.count(), 0);
        QCOMPARE(containersReset.count(), 0);
        QVERIFY(!conditionsChanged.isEmpty());
        QVERIFY(!containersChanged.isEmpty());
        const QModelIndex status =
            window.boardModel()->indexOfKey(kKey, RolloutBoardModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Healthy"_s);
        QCOMPARE(boardReset.count(), 0);

        // All namespaces, then back to one.
        QVERIFY2(connection.switchNamespace(QString(), true, &error), qPrintable(error));
        QCOMPARE(connection.namespaceName(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(window.boardModel()->indexOfKey(kKey).isValid(), kTimeout);
        QVERIFY2(connection.switchNamespace(u"spring-petclinic"_s, false, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.boardModel()->indexOfKey(kKey).isValid(), kTimeout);

        // The viewer context may read but not patch: actions say so (SelfSubjectAccessReview).
        QVERIFY2(connection.switchContext(u"viewer"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.page()->key(), kKey, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.actions()->action(Kind::Pause)->toolTip().contains(u"may not patch rollouts"_s),
            kTimeout);
        QVERIFY(!window.actions()->action(Kind::Pause)->isEnabled());
        QVERIFY(!window.actions()->action(Kind::SetImage)->isEnabled());
        QVERIFY(!window.actions()->open(Kind::SetImage));
        QCOMPARE(window.actions()->requestsSent(), 3); // nothing more was sent
        const QModelIndex viewerStatus =
            window.boardModel()->indexOfKey(kKey, RolloutBoardModel::StatusColumn);

        // The cluster goes away: the window says it reconnects and keeps the last data.
        QCOMPARE(connection.demoCluster(), &demo);
        demo.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(u"Reconnecting"_s), kTimeout);
        QCOMPARE(window.boardModel()->rowCount(), 1);
        QCOMPARE(viewerStatus.data().toString(), u"Healthy"_s);
        QCOMPARE(labelText(&window, u"summaryStatus"_s), u"Healthy"_s);
    }

    void insecureContextShowsTheTlsWarning()
    {
        // The demo cluster's kubeconfig with verification switched off instead of its CA.
        rd::sim::SimCluster::Options options;
        options.tls = true;
        rd::sim::SimCluster cluster(options);
        QString error;
        const auto started = cluster.start();
        error = started.errorMessage();
        QVERIFY2(!started.valueOr(QUrl()).isEmpty(), qPrintable(error));
        QByteArray yaml = cluster.kubeconfigYaml();
        const qsizetype ca = yaml.indexOf("    certificate-authority-data:");
        QVERIFY(ca > 0);
        const qsizetype end = yaml.indexOf('\n', ca);
        yaml.replace(ca, end - ca, "    insecure-skip-tls-verify: true");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"insecure"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();

        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        window.show();
        QVERIFY2(connection.openKubeconfig(path, {}, {}, false, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.page()->key(), kKey, kTimeout);
        auto *banner = window.findChild<QLabel *>(u"tlsWarning"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"TLS verification is off"_s));

        // Marking the context as production shows it at once, in red, above everything.
        auto *production = window.findChild<QLabel *>(u"productionIndicator"_s);
        QVERIFY(production);
        QVERIFY(!production->isVisible());
        settings.setProductionContexts({u"admin"_s});
        QTRY_VERIFY(production->isVisible());
        QVERIFY(production->text().contains(u"admin"_s));
        QCOMPARE(labelText(&window, u"summaryStatus"_s), u"Healthy"_s);
    }
};

QTEST_MAIN(TestGuiDemoFlow)
#include "test_gui_demo_flow.moc"
