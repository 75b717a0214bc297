// The Designer forms (ui/dialogs, ui/views): every control has an accessible name, the object
// names tests and the e2e driver look for are kept, and the forms' texts are still translated
// (their strings keep the classes' translation contexts).

#include "FakeRolloutSource.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/i18n/LanguageManager.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/WelcomePage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Kind = rd::source::RolloutAction::Kind;

namespace {
const QString kKey = u"default/rollouts-demo"_s;

QString data(const QString &name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name;
}

// Controls a person operates, except the parts Qt builds inside a combo box (its popup list) or
// a spin box (its line edit: the spin box carries the name); an editable combo box's line edit
// counts.
QStringList unnamedControls(const QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QLineEdit *>(w) || qobject_cast<QListWidget *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        if (!control)
            continue;
        auto *combo = qobject_cast<QComboBox *>(w->parentWidget());
        bool insideCombo = false;
        bool insideSpinBox = false;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            insideCombo = insideCombo || qobject_cast<QComboBox *>(p);
            insideSpinBox = insideSpinBox || qobject_cast<QAbstractSpinBox *>(p);
        }
        if ((insideCombo && !(combo && combo->lineEdit() == w)) || insideSpinBox)
            continue;
        if (w->accessibleName().isEmpty())
            out << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return out;
}

QString labelText(const QWidget *root, const QString &objectName)
{
    const auto *label = root->findChild<QLabel *>(objectName);
    return label ? label->text() : u"<no %1>"_s.arg(objectName);
}
} // namespace

class TestGuiForms : public QObject
{
    Q_OBJECT
    FakeRolloutSource m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_source.loadSnapshot(data(u"state-e-aborted.yaml"_s)));
        QVERIFY(m_source.info(kKey));
    }

    void everyControlHasAnAccessibleName()
    {
        AppSettings settings;
        SettingsDialog settingsDialog(&settings, {u"dev"_s, u"prod"_s});
        QCOMPARE(settingsDialog.objectName(), u"settingsDialog"_s);
        QStringList unnamed = unnamedControls(&settingsDialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        // Production: the typed-name field is part of the form too.
        SetImageDialog setImage(*m_source.info(kKey), {u"demo"_s, u"default"_s, u"rollouts-demo"_s},
                                true);
        QCOMPARE(setImage.objectName(), u"setImageDialog"_s);
        QCOMPARE(setImage.confirmButton()->objectName(), u"confirmButton"_s);
        QCOMPARE(setImage.cancelButton()->objectName(), u"cancelButton"_s);
        QVERIFY(setImage.typedNameEdit());
        QCOMPARE(setImage.imageBox()->lineEdit()->accessibleName(), u"New image"_s);
        unnamed = unnamedControls(&setImage);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        // The action dialog's own form: Restart's delay, Rollback's revision.
        for (const auto kind : {Kind::Restart, Kind::Undo, Kind::Abort}) {
            ActionDialog dialog(kind, *m_source.info(kKey),
                                {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
            QCOMPARE(dialog.objectName(), u"actionDialog"_s);
            QVERIFY(dialog.findChild<QWidget *>(u"actionInputs"_s));
            unnamed = unnamedControls(&dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
            // Only the action's own part of the form is shown.
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.findChild<QWidget *>(u"restartInputs"_s)->isVisible(),
                     kind == Kind::Restart);
            QCOMPARE(dialog.findChild<QWidget *>(u"undoInputs"_s)->isVisible(), kind == Kind::Undo);
        }

        WelcomePage welcome;
        QCOMPARE(welcome.objectName(), u"welcomePage"_s);
        unnamed = unnamedControls(&welcome);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QCOMPARE(welcome.findChildren<QPushButton *>().size(), 3);
    }

    void formsAreTranslated()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"de"_s));
        WelcomePage welcome;
        QCOMPARE(labelText(&welcome, u"title"_s), u"Willkommen bei Rollout Desk"_s);
        SetImageDialog setImage(*m_source.info(kKey), {u"demo"_s, u"default"_s, u"rollouts-demo"_s},
                                false);
        QCOMPARE(labelText(&setImage, u"commandLabel"_s), u"Entsprechender &Befehl:"_s);
        AppSettings settings;
        SettingsDialog settingsDialog(&settings, {});
        QVERIFY(settingsDialog.windowTitle() != u"Settings"_s);
        // The action dialog's form keeps the words it had in code (same context, same source).
        ActionDialog restart(Kind::Restart, *m_source.info(kKey),
                             {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
        auto *now = restart.findChild<QRadioButton *>(u"restartNow"_s);
        QVERIFY(now);
        QCOMPARE(now->text(), u"&Jetzt neu starten"_s);
        ActionDialog undo(Kind::Undo, *m_source.info(kKey),
                          {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
        QCOMPARE(labelText(&undo, u"revisionLabel"_s), u"Rollback auf &Revision:"_s);

        // Back to English while open: the forms retranslate themselves.
        QVERIFY(languages.setLanguage(u"en"_s));
        // (LanguageChange reaches widgets as a posted event.)
        QTRY_COMPARE(labelText(&welcome, u"title"_s), u"Welcome to Rollout Desk"_s);
        QTRY_COMPARE(labelText(&setImage, u"commandLabel"_s), u"Equivalent &command:"_s);
        QTRY_COMPARE(settingsDialog.windowTitle(), u"Settings"_s);
        QTRY_COMPARE(now->text(), u"Restart &now"_s);
        QTRY_COMPARE(labelText(&undo, u"revisionLabel"_s), u"Roll back to &revision:"_s);
    }
};

QTEST_MAIN(TestGuiForms)
#include "test_gui_forms.moc"
