// One board across contexts, offscreen, against two in-process simulated clusters named by one
// kubeconfig: the window starts on one context, "Watch Several Contexts…" adds the other (and is
// remembered), the board gains its Context column and filter, "Waiting on me" counts across
// contexts, a dialog names the row's own context and its action reaches only that cluster, and a
// stopped cluster marks only its own rows.

#include "gui/ActionController.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/WatchContextsDialog.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/BoardView.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "sim/SimCluster.h"
#include "source/ActionRequest.h"
#include "source/RolloutSource.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Chip = RolloutFilterModel::Chip;
using Kind = rd::source::RolloutAction::Kind;

namespace {
const QString kInner = u"spring-petclinic/rollouts-demo"_s;
const QString kKeyA = u"a/spring-petclinic/rollouts-demo"_s;
const QString kKeyB = u"b/spring-petclinic/rollouts-demo"_s;
constexpr int kTimeout = 60000;

std::unique_ptr<rd::sim::SimCluster> startSim(QString *error)
{
    rd::sim::SimCluster::Options o;
    o.tls = true;
    o.speed = 10.0;
    auto sim = std::make_unique<rd::sim::SimCluster>(o);
    const auto started = sim->start();
    if (!started) {
        *error = started.errorMessage();
        return nullptr;
    }
    return sim;
}

QJsonObject serverRollout(const rd::sim::SimCluster &sim)
{
    const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
    return sim.store()
        ->get(t->key(), u"spring-petclinic"_s, u"rollouts-demo"_s)
        .value_or(QJsonObject());
}

QString image(const QJsonObject &rollout)
{
    return rollout[u"spec"_s][u"template"_s][u"spec"_s][u"containers"_s][0][u"image"_s].toString();
}
} // namespace

class TestGuiMultiContext : public QObject
{
    Q_OBJECT
    std::unique_ptr<rd::sim::SimCluster> m_a;
    std::unique_ptr<rd::sim::SimCluster> m_b;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_a = startSim(&error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = startSim(&error);
        QVERIFY2(m_b, qPrintable(error));
        QByteArray y = "apiVersion: v1\nkind: Config\nclusters:\n"_ba;
        for (const auto &[name, sim] :
             {std::pair{"sim-a", m_a.get()}, std::pair{"sim-b", m_b.get()}})
            y += "- name: "_ba + name + "\n  cluster:\n    server: "_ba +
                 sim->url().toString().toUtf8() + "\n    certificate-authority-data: "_ba +
                 sim->caCertificatePem().toBase64() + '\n';
        y += "users:\n- name: admin-a\n  user:\n    token: "_ba + m_a->token(u"admin"_s).toUtf8() +
             "\n- name: admin-b\n  user:\n    token: "_ba + m_b->token(u"admin"_s).toUtf8() + '\n';
        y += "contexts:\n"
             "- name: a\n  context:\n    cluster: sim-a\n    user: admin-a\n"
             "    namespace: spring-petclinic\n"
             "- name: b\n  context:\n    cluster: sim-b\n    user: admin-b\n"
             "    namespace: spring-petclinic\n"
             "current-context: a\n"_ba;
        m_kubeconfig = m_dir.filePath(u"config"_s);
        QFile f(m_kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(y) == y.size());
    }

    void oneBoardAcrossContexts()
    {
        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        window.show();
        QString error;
        QVERIFY2(connection.openKubeconfig(m_kubeconfig, u"a"_s, {}, false, &error),
                 qPrintable(error));
        RolloutBoardModel *model = window.boardModel();
        QTableView *table = window.board()->table();
        QComboBox *filter = window.board()->contextFilter();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfKey(kInner).isValid(), kTimeout);
        // One context: no Context column, no context filter.
        QVERIFY(table->isColumnHidden(RolloutBoardModel::ContextColumn));
        QVERIFY(!filter->isVisibleTo(&window));

        // File > Watch Several Contexts…: a checkable list, the current context checked.
        auto *watch = window.findChild<QAction *>(u"watchContextsAction"_s);
        QVERIFY(watch);
        QVERIFY(watch->isEnabled());
        watch->trigger();
        auto *dialog = window.findChild<WatchContextsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 2);
        QCOMPARE(dialog->checkedContexts(), QStringList({u"a"_s}));
        dialog->list()->item(1)->setCheckState(Qt::Checked);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(connection.watchedContexts(), QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(settings.watchedContexts(), QStringList({u"a"_s, u"b"_s})); // remembered

        QTRY_VERIFY_WITH_TIMEOUT(
            model->indexOfKey(kKeyA).isValid() && model->indexOfKey(kKeyB).isValid(), kTimeout);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!table->isColumnHidden(RolloutBoardModel::ContextColumn));
        QCOMPARE(table->horizontalHeader()->visualIndex(RolloutBoardModel::ContextColumn), 1);
        QCOMPARE(model->indexOfKey(kKeyB, RolloutBoardModel::ContextColumn).data().toString(),
                 u"b"_s);
        QVERIFY(filter->isVisibleTo(&window));
        QCOMPARE(filter->count(), 3);
        QVERIFY(!filter->accessibleName().isEmpty());
        filter->setCurrentIndex(filter->findData(u"b"_s));
        QCOMPARE(window.board()->proxy()->rowCount(), 1);
        QCOMPARE(window.board()->proxy()->index(0, 0).data(RolloutBoardModel::KeyRole).toString(),
                 kKeyB);
        filter->setCurrentIndex(0);
        QCOMPARE(window.board()->proxy()->rowCount(), 2);

        // "Waiting on me": B's new image stops at the canary's indefinite pause.
        QCOMPARE(window.board()->chipCount(Chip::WaitingOnMe), 0);
        rd::source::ActionRequest *set = connection.source()->setImage(
            kKeyB, u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QSignalSpy setDone(set, &rd::source::ActionRequest::finished);
        QVERIFY(setDone.wait(kTimeout));
        QVERIFY2(setDone.first().at(0).toBool(), qPrintable(setDone.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->indexOfKey(kKeyB).data(RolloutBoardModel::WaitingOnMeRole).toBool(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(window.board()->chipCount(Chip::WaitingOnMe), 1, kTimeout);
        QVERIFY(!model->indexOfKey(kKeyA).data(RolloutBoardModel::WaitingOnMeRole).toBool());
        window.board()->setChip(Chip::WaitingOnMe);
        QCOMPARE(window.board()->proxy()->rowCount(), 1);
        window.board()->setChip(Chip::All);

        // A's dialog names a; B's names b, and confirming it promotes only cluster B.
        window.board()->selectKey(kKeyA);
        QCOMPARE(window.actions()->currentKey(), kKeyA);
        QTRY_VERIFY_WITH_TIMEOUT(window.actions()->action(Kind::Pause)->isEnabled(), kTimeout);
        ConfirmDialog *pause = window.actions()->open(Kind::Pause);
        QVERIFY(pause);
        QCOMPARE(pause->target().context, u"a"_s);
        QVERIFY2(pause->commandText().contains(u"--context a"_s), qPrintable(pause->commandText()));
        pause->close();

        const QString imageA = image(serverRollout(*m_a));
        const qint64 stepA = serverRollout(*m_a)[u"status"_s][u"currentStepIndex"_s].toInteger(-1);
        const qint64 stepB = serverRollout(*m_b)[u"status"_s][u"currentStepIndex"_s].toInteger(-1);
        window.board()->selectKey(kKeyB);
        QCOMPARE(window.actions()->currentKey(), kKeyB);
        QTRY_VERIFY_WITH_TIMEOUT(window.actions()->action(Kind::Promote)->isEnabled(), kTimeout);
        ConfirmDialog *promote = window.actions()->open(Kind::Promote);
        QVERIFY(promote);
        QCOMPARE(promote->target().context, u"b"_s);
        QCOMPARE(promote->target().ns, u"spring-petclinic"_s);
        QCOMPARE(promote->target().name, u"rollouts-demo"_s);
        QVERIFY2(promote->commandText().contains(u"--context b"_s),
                 qPrintable(promote->commandText()));
        QSignalSpy messages(window.actions(), &ActionController::message);
        promote->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kTimeout);
        QVERIFY2(!messages.first().at(1).toBool(), qPrintable(messages.first().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            serverRollout(*m_b)[u"status"_s][u"currentStepIndex"_s].toInteger(-1) > stepB,
            kTimeout);
        QCOMPARE(image(serverRollout(*m_a)), imageA);
        QCOMPARE(serverRollout(*m_a)[u"status"_s][u"currentStepIndex"_s].toInteger(-1), stepA);

        // Cluster B goes away: only B's rows say so, A's carry on.
        m_b->stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->indexOfKey(kKeyB, RolloutBoardModel::ContextColumn).data().toString() != u"b"_s,
            kTimeout);
        QVERIFY(model->indexOfKey(kKeyB, RolloutBoardModel::ContextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"b: "_s));
        QCOMPARE(model->indexOfKey(kKeyA, RolloutBoardModel::ContextColumn).data().toString(),
                 u"a"_s);
        QVERIFY(model->indexOfKey(kKeyB).isValid()); // its last rows stay on the board

        // A production context among those watched raises the banner, naming it.
        auto *banner = window.findChild<QLabel *>(u"productionIndicator"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisibleTo(&window));
        settings.setProductionContexts({u"b"_s});
        QTRY_VERIFY(banner->isVisibleTo(&window));
        QVERIFY2(banner->text().contains(u"b"_s), qPrintable(banner->text()));

        // One context again: the column and the filter go.
        QVERIFY2(connection.watchContexts({u"a"_s}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfKey(kInner).isValid(), kTimeout);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(table->isColumnHidden(RolloutBoardModel::ContextColumn));
        QVERIFY(!filter->isVisibleTo(&window));
        QVERIFY(!banner->isVisibleTo(&window)); // "a" is not a production context
    }
};

QTEST_MAIN(TestGuiMultiContext)
#include "test_gui_multi_context.moc"
