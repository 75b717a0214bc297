// Action availability, the confirmation dialogs and the one-request-per-confirmation rule,
// with a recording RolloutSource fed from the getting-started snapshots.

#include "FakeRolloutSource.h"

#include "gui/ActionController.h"
#include "gui/ActionPolicy.h"
#include "gui/charts/WeightHistory.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/dialogs/ImageVerdictText.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/notify/NotificationSettings.h"
#include "gui/settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Kind = rd::source::RolloutAction::Kind;

namespace {
QString data(const QString &name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name;
}
const QString kKey = u"default/rollouts-demo"_s;
} // namespace

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void availabilityFollowsStateReadOnlyAndAccess()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        const auto paused = source.info(kKey);
        const rd::source::RolloutAccess unknown;
        QVERIFY(ActionPolicy::availability(Kind::Abort, paused.get(), false, unknown).enabled);
        QVERIFY(ActionPolicy::availability(Kind::Promote, paused.get(), false, unknown).enabled);
        const auto retry = ActionPolicy::availability(Kind::Retry, paused.get(), false, unknown);
        QVERIFY(!retry.enabled);
        QVERIFY(retry.reason.contains(u"aborted"_s));
        const auto ro = ActionPolicy::availability(Kind::Abort, paused.get(), true, unknown);
        QVERIFY(!ro.enabled);
        QVERIFY(ro.reason.contains(u"Read-only"_s));
        rd::source::RolloutAccess viewer{true, true, false};
        const auto rbac = ActionPolicy::availability(Kind::Abort, paused.get(), false, viewer);
        QVERIFY(!rbac.enabled);
        QVERIFY(rbac.reason.contains(u"rollouts/status"_s));
        QVERIFY(ActionPolicy::availability(Kind::Pause, paused.get(), false, viewer).enabled);

        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        const auto aborted = source.info(kKey);
        QVERIFY(aborted->aborted);
        QVERIFY(ActionPolicy::availability(Kind::Retry, aborted.get(), false, unknown).enabled);
        QVERIFY(!ActionPolicy::availability(Kind::Abort, aborted.get(), false, unknown).enabled);
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        const auto healthy = source.info(kKey);
        const auto promote =
            ActionPolicy::availability(Kind::Promote, healthy.get(), false, unknown);
        QVERIFY(!promote.enabled);
        QVERIFY(!promote.reason.isEmpty());
        QVERIFY(ActionPolicy::availability(Kind::Undo, healthy.get(), false, unknown).enabled);
    }

    void commandPreview()
    {
        const ActionTarget target{u"prod-east"_s, u"default"_s, u"rollouts-demo"_s};
        rd::source::RolloutAction a;
        a.kind = Kind::Abort;
        QCOMPARE(ActionPolicy::command(a, target),
                 u"kubectl argo rollouts abort rollouts-demo -n default --context prod-east"_s);
        a.kind = Kind::SetImage;
        a.container = u"rollouts-demo"_s;
        a.image = u"argoproj/rollouts-demo:red"_s;
        QCOMPARE(ActionPolicy::command(a, target),
                 u"kubectl argo rollouts set image rollouts-demo "
                 "rollouts-demo=argoproj/rollouts-demo:red -n default --context prod-east"_s);
        a.kind = Kind::Restart;
        a.delaySecs = 300;
        QCOMPARE(ActionPolicy::command(a, {u"my ctx"_s, u"ns"_s, u"x"_s}),
                 u"kubectl argo rollouts restart x --in 300s -n ns --context 'my ctx'"_s);
        a.kind = Kind::Undo;
        a.revision = 2;
        QCOMPARE(ActionPolicy::command(a, {QString(), u"ns"_s, u"x"_s}),
                 u"kubectl argo rollouts undo x --to-revision 2 -n ns"_s);
    }

    void abortDialogDefaultsToCancelAndSaysWhatHappens()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        ActionDialog dialog(Kind::Abort, *source.info(kKey),
                            {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.confirmButton()->isDefault());
        QVERIFY(!dialog.confirmButton()->autoDefault());
        QVERIFY(!dialog.confirmButton()->styleSheet().isEmpty()); // destructive styling
        QVERIFY(dialog.consequenceText().contains(u"scaled to 0 replicas"_s));
        QVERIFY(dialog.consequenceText().contains(u"stable version"_s));
        QVERIFY(dialog.consequenceText().contains(u"traffic"_s));
        QCOMPARE(dialog.commandText(),
                 u"kubectl argo rollouts abort rollouts-demo -n default --context demo"_s);
        QVERIFY(dialog.findChildren<QLabel *>().size() > 0);
        // Return lands on Cancel: nothing is confirmed.
        QSignalSpy confirmed(&dialog, &ConfirmDialog::confirmed);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(confirmed.count(), 0);
    }

    void cancelSendsNothingConfirmSendsOnce()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        AppSettings settings;
        WeightHistory history;
        QWidget parent;
        ActionController controller(&settings, &history, &parent);
        controller.setSource(&source, u"demo"_s);
        controller.setCurrentKey(kKey);
        QVERIFY(controller.action(Kind::Abort)->isEnabled());

        auto *dialog = controller.open(Kind::Abort);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!controller.currentDialog());
        QCOMPARE(source.sent.size(), 0);

        QSignalSpy messages(&controller, &ActionController::message);
        dialog = controller.open(Kind::Abort);
        QVERIFY(dialog);
        QPushButton *confirm = dialog->confirmButton();
        QTest::mouseClick(confirm, Qt::LeftButton);
        // A second click (double-click, impatient user) sends nothing more.
        if (controller.currentDialog())
            QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(source.sent.size(), 1);
        QCOMPARE(source.sent.first().kind, Kind::Abort);
        QCOMPARE(source.sent.first().key, kKey);
        // While the request is in flight the action is off, with the reason.
        QVERIFY(!controller.action(Kind::Abort)->isEnabled());
        QVERIFY(controller.action(Kind::Abort)->toolTip().contains(u"still being sent"_s));
        QVERIFY(!controller.open(Kind::Abort));
        QCOMPARE(source.sent.size(), 1);

        source.pending.first()->finish(false,
                                       u"rollouts.argoproj.io \"rollouts-demo\" is forbidden"_s);
        QTRY_VERIFY(!controller.inFlight(kKey));
        bool sawError = false;
        for (const auto &m : messages)
            sawError |= m.at(1).toBool() && m.at(0).toString().contains(u"forbidden"_s);
        QVERIFY(sawError);
        QVERIFY(controller.action(Kind::Abort)->isEnabled());
        QCOMPARE(source.sent.size(), 1); // a failure is not retried behind the user's back
    }

    void typedNameOnProductionContexts()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        AppSettings settings;
        settings.setProductionContexts({u"prod-east"_s});
        WeightHistory history;
        QWidget parent;
        ActionController controller(&settings, &history, &parent);
        controller.setSource(&source, u"prod-east"_s);
        controller.setCurrentKey(kKey);
        auto *dialog = controller.open(Kind::Promote);
        QVERIFY(dialog);
        QVERIFY(dialog->requiresTypedName());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->typedNameEdit()->setText(u"rollouts-dem"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->typedNameEdit()->setText(u"rollouts-demo"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QCOMPARE(source.sent.size(), 1);
        QCOMPARE(source.sent.first().kind, Kind::Promote);

        // Not production: no typed name.
        ActionController other(&settings, &history, &parent);
        other.setSource(&source, u"staging"_s);
        other.setCurrentKey(kKey);
        source.pending.first()->finish(true, u"rollout 'rollouts-demo' promoted"_s);
        QTRY_VERIFY(!controller.inFlight(kKey));
        auto *plain = other.open(Kind::Pause);
        QVERIFY(plain);
        QVERIFY(!plain->requiresTypedName());
        QVERIFY(plain->confirmButton()->isEnabled());
    }

    void setImageValidationShowsBeforeTheProductionName()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        SetImageDialog dialog(*source.info(kKey), {u"prod"_s, u"default"_s, u"rollouts-demo"_s},
                              true);
        dialog.preset(u"rollouts-demo"_s, u"Argoproj/Rollouts Demo"_s);
        QVERIFY(dialog.typedNameEdit()->text().isEmpty());
        QVERIFY(!dialog.validationText().isEmpty());
        QVERIFY(!dialog.confirmButton()->isEnabled());
        dialog.typedNameEdit()->setText(u"rollouts-demo"_s); // the name alone is not enough
        QVERIFY(!dialog.confirmButton()->isEnabled());
        dialog.preset(u"rollouts-demo"_s, u"argoproj/rollouts-demo:yellow"_s);
        QVERIFY(dialog.validationText().isEmpty());
        QVERIFY(dialog.confirmButton()->isEnabled());
    }

    void setImageForecastAndValidation()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        const ActionTarget target{u"demo"_s, u"default"_s, u"rollouts-demo"_s};
        SetImageDialog dialog(*source.info(kKey), target, false);
        QCOMPARE(dialog.containerBox()->count(), 1);
        QCOMPARE(dialog.currentImage(), u"argoproj/rollouts-demo:red"_s);
        // Images the rollout ran before are offered.
        QStringList offered;
        for (int i = 0; i < dialog.imageBox()->count(); ++i)
            offered << dialog.imageBox()->itemText(i);
        QVERIFY(offered.contains(u"argoproj/rollouts-demo:yellow"_s));
        QVERIFY(offered.contains(u"argoproj/rollouts-demo:blue"_s));

        dialog.preset(u"rollouts-demo"_s, u"argoproj/rollouts-demo:yellow"_s);
        QCOMPARE(dialog.forecast(), SetImageDialog::Forecast::BackToStable);
        QVERIFY(dialog.consequenceText().contains(u"stable image"_s));
        QVERIFY(dialog.consequenceText().contains(u"skips the analysis and promotion steps"_s));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QCOMPARE(dialog.commandText(),
                 u"kubectl argo rollouts set image rollouts-demo "
                 "rollouts-demo=argoproj/rollouts-demo:yellow -n default --context demo"_s);

        dialog.preset(u"rollouts-demo"_s, u"argoproj/rollouts-demo:red"_s);
        QCOMPARE(dialog.forecast(), SetImageDialog::Forecast::Unchanged);
        QVERIFY(!dialog.confirmButton()->isEnabled());

        dialog.preset(u"rollouts-demo"_s, u"Argoproj/Rollouts Demo"_s);
        QCOMPARE(dialog.forecast(), SetImageDialog::Forecast::Invalid);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY(!dialog.validationText().isEmpty());

        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        SetImageDialog healthy(*source.info(kKey), target, false);
        healthy.preset(u"rollouts-demo"_s, u"argoproj/rollouts-demo:green"_s);
        QCOMPARE(healthy.forecast(), SetImageDialog::Forecast::NewCanary);
        QVERIFY2(healthy.consequenceText().contains(u"follow 8 step"_s),
                 qPrintable(healthy.consequenceText()));
        QSignalSpy confirmed(&healthy, &ConfirmDialog::confirmed);
        QTest::mouseClick(healthy.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.count(), 1);
        const auto action = confirmed.first().at(0).value<rd::source::RolloutAction>();
        QCOMPARE(action.kind, Kind::SetImage);
        QCOMPARE(action.container, u"rollouts-demo"_s);
        QCOMPARE(action.image, u"argoproj/rollouts-demo:green"_s);
    }

    void restartLaterAndRollbackRevision()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        const ActionTarget target{u"demo"_s, u"default"_s, u"rollouts-demo"_s};
        ActionDialog restart(Kind::Restart, *source.info(kKey), target, false);
        QCOMPARE(restart.action().delaySecs, 0);
        QCOMPARE(restart.commandText(),
                 u"kubectl argo rollouts restart rollouts-demo -n default --context demo"_s);
        const auto radios = restart.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios.at(1)->setChecked(true); // later
        restart.findChild<QSpinBox *>()->setValue(10);
        QCOMPARE(restart.action().delaySecs, 600);
        QVERIFY(restart.commandText().contains(u"--in 600s"_s));
        QVERIFY(restart.consequenceText().contains(u"600"_s));

        ActionDialog undo(Kind::Undo, *source.info(kKey), target, false);
        auto *revisions = undo.findChild<QComboBox *>();
        QVERIFY(revisions);
        // Revisions 3 and 1 (4 is the one running).
        QCOMPARE(revisions->count(), 2);
        QCOMPARE(undo.action().revision, 3);
        revisions->setCurrentIndex(1);
        QCOMPARE(undo.action().revision, 1);
        QCOMPARE(undo.commandText(), u"kubectl argo rollouts undo rollouts-demo --to-revision 1 "
                                     "-n default --context demo"_s);
        QVERIFY(revisions->itemText(1).contains(u"argoproj/rollouts-demo:blue"_s));
    }

    void settingsAreSavedTyped()
    {
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::changed);
        SettingsDialog dialog(&settings, {u"dev"_s, u"prod-east"_s});
        auto *contexts = dialog.findChild<QListWidget *>();
        QVERIFY(contexts);
        QCOMPARE(contexts->count(), 2);
        contexts->item(1)->setCheckState(Qt::Checked);
        auto box = [&dialog](const char *name) {
            return dialog.findChild<QCheckBox *>(QString::fromLatin1(name));
        };
        QCOMPARE(dialog.findChildren<QCheckBox *>().size(), 9);
        box("readOnly")->setChecked(true);
        QVERIFY(box("keepHistory")->isChecked()); // on unless switched off
        QCOMPARE(box("keepHistory")->accessibleName(), box("keepHistory")->text().remove(u'&'));
        box("keepHistory")->setChecked(false);
        // The kinds of notification follow the master switch.
        QVERIFY(box("notifyAborted")->isEnabled() == box("notifications")->isChecked());
        box("notifyCompleted")->setChecked(false);
        box("notifyFavouritesOnly")->setChecked(true);
        box("notifications")->setChecked(false);
        QVERIFY(!box("notifyAborted")->isEnabled());
        const auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        combos.at(1)->setCurrentIndex(combos.at(1)->findData(u"dark"_s));
        dialog.save();
        QVERIFY(changed.count() > 0);
        QCOMPARE(settings.productionContexts(), QStringList{u"prod-east"_s});
        QVERIFY(settings.isProductionContext(u"prod-east"_s));
        QVERIFY(!settings.isProductionContext(u"dev"_s));
        QVERIFY(settings.readOnly());
        QVERIFY(!settings.keepHistory());
        QVERIFY(!settings.notifications());
        QVERIFY(!NotificationSettings::kindEnabled(Notice::Kind::Completed));
        QVERIFY(NotificationSettings::kindEnabled(Notice::Kind::Aborted));
        QVERIFY(NotificationSettings::favouritesOnly());
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        // Stored by name, under the component's group; no secrets anywhere.
        QCOMPARE(QSettings().value(u"Preferences/Theme"_s).toString(), u"dark"_s);
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(!key.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(key));

        // A read-only setting turns every action off, with the reason.
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-d-paused.yaml"_s)));
        WeightHistory history;
        QWidget parent;
        ActionController controller(&settings, &history, &parent);
        controller.setSource(&source, u"dev"_s);
        controller.setCurrentKey(kKey);
        for (QAction *a : controller.actions()) {
            QVERIFY(!a->isEnabled());
            QVERIFY(a->toolTip().contains(u"Read-only"_s));
        }
    }

    void setImageAllContainers()
    {
        FakeRolloutSource source;
        QVERIFY(source.loadSnapshot(data(u"state-f-healthy-rev4.yaml"_s)));
        rd::core::RolloutInfo info = *source.info(kKey);
        info.containers << rd::core::ContainerInfo{u"sidecar"_s, u"envoy:1.30"_s};
        info.initContainers << rd::core::ContainerInfo{u"migrate"_s, u"flyway:10"_s};
        SetImageDialog dialog(info, {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
        QCOMPARE(dialog.containerBox()->count(), 4); // 2 containers, 1 init container, "*"
        QVERIFY(dialog.containerBox()->itemText(2).contains(u"init container"_s));
        dialog.containerBox()->setCurrentIndex(3);
        QCOMPARE(dialog.containerBox()->currentData().toString(), u"*"_s);
        QCOMPARE(dialog.currentImage(), QString()); // they differ
        dialog.preset(u"*"_s, u"registry.example.com/all:2"_s);
        QCOMPARE(dialog.forecast(), SetImageDialog::Forecast::NewCanary);
        QVERIFY(dialog.commandText().contains(u" '*=registry.example.com/all:2' "_s));
        QCOMPARE(dialog.action().container, u"*"_s);
        // The init container alone.
        dialog.preset(u"migrate"_s, u"flyway:11"_s);
        QCOMPARE(dialog.currentImage(), u"flyway:10"_s);
        QCOMPARE(dialog.forecast(), SetImageDialog::Forecast::NewCanary);
        QCOMPARE(dialog.action().container, u"migrate"_s);
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("valid");
        QTest::newRow("tag") << u"argoproj/rollouts-demo:red"_s << true;
        QTest::newRow("registry port") << u"registry.example.com:5000/team/app:1.2"_s << true;
        QTest::newRow("digest")
            << u"nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s
            << true;
        QTest::newRow("plain") << u"nginx"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"nginx latest"_s << false;
        QTest::newRow("upper") << u"Nginx"_s << false;
        QTest::newRow("equals") << u"a=b"_s << false;
        QTest::newRow("bad tag") << u"nginx:-x"_s << false;
    }

    void imageReferences()
    {
        QFETCH(QString, reference);
        QFETCH(bool, valid);
        QCOMPARE(ImageVerdictText::isValid(reference), valid);
    }
};

QTEST_MAIN(TestGuiDialogs)
#include "test_gui_dialogs.moc"
