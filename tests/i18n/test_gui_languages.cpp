// The desktop application in Japanese and German, offscreen: the main window (menus, the
// rollout page's Degraded explanation) and the Abort dialog show the translated texts, the
// switch happens live, no label or button is cut off, and screenshots rendered with Noto Sans
// CJK JP are kept in the build tree (tests/i18n/artifacts/) for a human to look at.
#include "gui/ActionController.h"
#include "gui/ActionPolicy.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/i18n/LanguageManager.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/BoardView.h"
#include "gui/views/RolloutPage.h"
#include "source/RolloutSource.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Kind = rd::source::RolloutAction::Kind;

namespace {

const QString kKey = u"default/rollouts-demo"_s;
const QString kJapaneseFont = u"Noto Sans CJK JP"_s;
const QString kLongContext = u"arn:aws:eks:eu-west-1:123456789012:cluster/production-payments"_s;

QString snapshot(const QString &name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name;
}

bool hasJapanese(const QString &text)
{
    static const QRegularExpression re(u"[\\x{3041}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"_s);
    return re.match(text).hasMatch();
}

// Visible labels and push buttons whose text needs more room than the layout gave them.
QStringList truncatedTexts(QWidget *root)
{
    QStringList problems;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->width() <= 0)
            continue;
        const QSize hint = label->sizeHint();
        const bool cut =
            label->wordWrap()
                ? label->heightForWidth(label->width()) > label->height() + 1
                : hint.width() > label->width() + 1 || hint.height() > label->height() + 1;
        if (cut)
            problems.append(
                u"QLabel \"%1\": needs %2x%3, has %4x%5"_s.arg(label->text().left(60))
                    .arg(hint.width())
                    .arg(label->wordWrap() ? label->heightForWidth(label->width()) : hint.height())
                    .arg(label->width())
                    .arg(label->height()));
    }
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + 1 || hint.height() > button->height() + 1)
            problems.append(u"QPushButton \"%1\": needs %2x%3, has %4x%5"_s.arg(button->text())
                                .arg(hint.width())
                                .arg(hint.height())
                                .arg(button->width())
                                .arg(button->height()));
    }
    // Placeholder texts are the only hint some fields give (the board's search syntax).
    const auto edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->isVisibleTo(root) || edit->placeholderText().isEmpty() ||
            !edit->text().isEmpty())
            continue;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QStyleOptionFrame option;
        option.initFrom(edit);
        const QRect room =
            edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        if (needed > room.width() - 4) // QLineEdit's horizontal text margin is 2 px a side
            problems.append(
                u"QLineEdit placeholder \"%1\": needs %2 px, has %3"_s.arg(edit->placeholderText())
                    .arg(needed)
                    .arg(room.width() - 4));
    }
    return problems;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// Every item of every menu, submenus included.
QStringList menuItems(QMainWindow &window)
{
    QStringList items;
    QList<QMenu *> menus;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                menus.append(action->menu());
            items.append(action->text());
        }
    }
    return items;
}

void settle(QWidget &widget)
{
    // Layouts run on posted LayoutRequest events; let them and the LanguageChange events through.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (widget.layout())
            widget.layout()->activate();
    }
}

QString artifactPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(ROLLOUTDESK_ARTIFACT_DIR));
    return QStringLiteral(ROLLOUTDESK_ARTIFACT_DIR) + u'/' + name;
}

} // namespace

class TestGuiLanguages : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ConnectionManager> m_connection;
    std::unique_ptr<MainWindow> m_window;
    QFont m_defaultFont;

    std::unique_ptr<ActionDialog> abortDialog()
    {
        const auto info = m_connection->source()->info(kKey);
        if (!info)
            return nullptr;
        auto dialog = std::make_unique<ActionDialog>(
            Kind::Abort, *info, ActionTarget{u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false,
            m_window.get());
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_defaultFont = QApplication::font();
        QVERIFY2(
            QFontDatabase::families().contains(kJapaneseFont),
            "Noto Sans CJK JP is not installed (fonts-noto-cjk, scripts/install-deps.sh --test)");

        QVERIFY(m_languages.setLanguage(u"ja"_s));
        QApplication::setFont(QFont(kJapaneseFont, 10));
        m_settings = std::make_unique<AppSettings>();
        m_connection = std::make_unique<ConnectionManager>();
        m_window = std::make_unique<MainWindow>(m_settings.get(), m_connection.get());
        QString error;
        // The aborted rollout: the page shows the Degraded explanation and "back to stable".
        QVERIFY2(m_connection->openSnapshot(snapshot(u"state-e-aborted.yaml"_s), &error),
                 qPrintable(error));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->source()->contains(kKey), 30000);
        m_window->board()->selectKey(kKey);
        settle(*m_window);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_connection.reset();
        QApplication::setFont(m_defaultFont);
        m_languages.setLanguage(u"en"_s);
    }

    void japaneseMainWindow()
    {
        QCOMPARE(QFontInfo(m_window->font()).family(), kJapaneseFont);
        QCOMPARE(menuTitles(*m_window).value(0), u"ファイル(&F)"_s);
        for (const QString &title : menuTitles(*m_window))
            QVERIFY2(hasJapanese(title) && title.contains(QRegularExpression(u"\\(&[A-Z]\\)$"_s)),
                     qPrintable(title));
        const QStringList items = menuItems(*m_window);
        QVERIFY(items.size() > 5);
        for (const QString &item : items)
            QVERIFY2(hasJapanese(item), qPrintable(u"menu item not in Japanese: "_s + item));

        // The Degraded explanation of the aborted rollout, in the glossary's words.
        QStringList pageTexts;
        for (QLabel *label : m_window->page()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(m_window.get()))
                pageTexts.append(label->text());
        }
        const QString page = pageTexts.join(u'\n');
        QVERIFY2(page.contains(u"Degraded ステータス"_s) && page.contains(u"希望のバージョン"_s),
                 qPrintable(page));
        QVERIFY2(page.contains(u"このロールアウトが Degraded なのはなぜですか？"_s),
                 qPrintable(page));

        QVERIFY(m_window->grab().save(artifactPath(u"main-window-ja.png"_s)));
    }

    void japaneseAbortDialog()
    {
        auto dialog = abortDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        settle(*dialog);
        QCOMPARE(dialog->windowTitle(), u"ロールアウトを中止: rollouts-demo"_s);
        QCOMPARE(dialog->confirmButton()->text(), u"ロールアウトを中止"_s);
        QCOMPARE(dialog->cancelButton()->text(), u"キャンセル"_s);
        const QString consequence = dialog->consequenceText();
        for (const QString &word : {u"中止"_s, u"カナリアバージョン"_s, u"安定バージョン"_s,
                                    u"復元"_s, u"トラフィック"_s})
            QVERIFY2(consequence.contains(word),
                     qPrintable(word + u" missing in: "_s + consequence));
        // Everything the dialog shows is Japanese, except names and the kubectl command.
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString text = label->text();
            if (!label->isVisibleTo(dialog.get()) || text.isEmpty() || text.contains(u"kubectl"_s))
                continue;
            QVERIFY2(hasJapanese(text), qPrintable(u"not Japanese: "_s + text));
        }
        QVERIFY(dialog->grab().save(artifactPath(u"abort-dialog-ja.png"_s)));
        const QStringList cut = truncatedTexts(dialog.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void japaneseNothingTruncated()
    {
        const QStringList cut = truncatedTexts(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void germanLive()
    {
        // Same window, no restart: every widget retranslates on QEvent::LanguageChange.
        QApplication::setFont(m_defaultFont);
        QVERIFY(m_languages.setLanguage(u"de"_s));
        settle(*m_window);
        QTRY_COMPARE(menuTitles(*m_window).value(0), u"&Datei"_s);
        for (const QString &item : menuItems(*m_window))
            QVERIFY2(!hasJapanese(item), qPrintable(u"still Japanese after the switch: "_s + item));
        QVERIFY(m_window->grab().save(artifactPath(u"main-window-de.png"_s)));
        const QStringList cut = truncatedTexts(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        auto dialog = abortDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        settle(*dialog);
        QCOMPARE(dialog->confirmButton()->text(), u"Abbruch ausführen"_s);
        QCOMPARE(dialog->cancelButton()->text(), u"Abbrechen"_s);
        QVERIFY(dialog->grab().save(artifactPath(u"abort-dialog-de.png"_s)));
        const QStringList dialogCut = truncatedTexts(dialog.get());
        QVERIFY2(dialogCut.isEmpty(), qPrintable(dialogCut.join(u'\n')));
    }

    // At 1280 px the toolbar shows every action: no overflow button (») in any language. The
    // destructive Abort dialog's buttons never read alike.
    void toolbarFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
    void toolbarFits()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        QApplication::setFont(language == u"ja"_s ? QFont(kJapaneseFont, 10) : m_defaultFont);
        m_window->resize(1280, 800);
        settle(*m_window);
        auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar);
        QCOMPARE(toolbar->width(), 1280);
        // An EKS context name is long: the pickers must not push the actions out.
        const auto pickers = toolbar->findChildren<QComboBox *>();
        QCOMPARE(pickers.size(), 2);
        QComboBox *contextPicker = pickers.first();
        if (contextPicker->findText(kLongContext) < 0)
            contextPicker->addItem(kLongContext);
        contextPicker->setCurrentIndex(contextPicker->findText(kLongContext));
        settle(*m_window);
        // QToolBarLayout's overflow button (Qt 6 names it so; it is shown when actions do not fit).
        auto *extension = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        QVERIFY(extension);
        QStringList texts;
        for (QAction *action : toolbar->actions()) {
            if (!action->text().isEmpty())
                texts << action->text();
        }
        QVERIFY(m_window->grab().save(artifactPath(u"toolbar-%1.png"_s.arg(language))));
        int minimum = 0;
        for (QAction *action : toolbar->actions()) {
            if (QWidget *w = toolbar->widgetForAction(action))
                minimum += w->minimumSizeHint().width() + toolbar->layout()->spacing();
        }
        // Printed, not asserted: what each language leaves for longer words.
        qInfo("%s: the toolbar would like %d px, needs at least %d", qPrintable(language),
              toolbar->sizeHint().width(), minimum);
        QVERIFY2(!extension->isVisible(),
                 qPrintable(u"toolbar needs %1 px at 1280: "_s.arg(toolbar->sizeHint().width()) +
                            texts.join(u" | "_s)));

        auto dialog = abortDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        settle(*dialog);
        const QString confirm = dialog->confirmButton()->text().toCaseFolded();
        const QString cancel = dialog->cancelButton()->text().toCaseFolded();
        QVERIFY2(!confirm.contains(cancel) && !cancel.contains(confirm),
                 qPrintable(confirm + u" / "_s + cancel));
    }

    // The board's ages and their tooltips follow the language; the revision tree's "Copy as
    // text" reproduces the plugin and reads the same in every language.
    void agesFollowTheLanguage()
    {
        QApplication::setFont(m_defaultFont);
        QVERIFY(m_languages.setLanguage(u"en"_s));
        settle(*m_window);
        const QString pluginText = m_window->page()->treeText();
        QVERIFY2(pluginText.contains(QRegularExpression(u"\\b\\d+d\\b"_s)), qPrintable(pluginText));
        auto *board = m_window->boardModel();
        const QModelIndex age = board->index(0, RolloutBoardModel::AgeColumn);
        QVERIFY2(QRegularExpression(u"^\\d+d$"_s).match(age.data().toString()).hasMatch(),
                 qPrintable(age.data().toString()));

        QVERIFY(m_languages.setLanguage(u"de"_s));
        settle(*m_window);
        QVERIFY2(QRegularExpression(u"^\\d+ d$"_s).match(age.data().toString()).hasMatch(),
                 qPrintable(age.data().toString()));
        const QString tip = age.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"Erstellt am "_s) && tip.contains(u" d)"_s), qPrintable(tip));
        QCOMPARE(m_window->page()->treeText(), pluginText);

        QVERIFY(m_languages.setLanguage(u"ja"_s));
        settle(*m_window);
        QVERIFY2(QRegularExpression(u"^\\d+ 日$"_s).match(age.data().toString()).hasMatch(),
                 qPrintable(age.data().toString()));
        QCOMPARE(m_window->page()->treeText(), pluginText);
    }

    // The other dialogs and the welcome page, in both languages: nothing cut off.
    void otherWindows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void otherWindows()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        QApplication::setFont(language == u"ja"_s ? QFont(kJapaneseFont, 10) : m_defaultFont);
        const auto info = m_connection->source()->info(kKey);
        QVERIFY(info);

        SetImageDialog setImage(*info, ActionTarget{u"demo"_s, u"default"_s, u"rollouts-demo"_s},
                                false, m_window.get());
        setImage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setImage));
        settle(setImage);
        QVERIFY(setImage.grab().save(artifactPath(u"set-image-dialog-%1.png"_s.arg(language))));
        QStringList cut = truncatedTexts(&setImage);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        SettingsDialog settings(m_settings.get(), {u"demo"_s, u"prod-eu"_s}, m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settle(settings);
        if (language == u"ja"_s)
            QCOMPARE(settings.windowTitle(), u"設定"_s);
        QVERIFY(settings.grab().save(artifactPath(u"settings-dialog-%1.png"_s.arg(language))));
        cut = truncatedTexts(&settings);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void welcomePage()
    {
        QVERIFY(m_languages.setLanguage(u"ja"_s));
        QApplication::setFont(QFont(kJapaneseFont, 10));
        m_window->showWelcome();
        settle(*m_window);
        QVERIFY(m_window->grab().save(artifactPath(u"welcome-ja.png"_s)));
        QStringList cut = truncatedTexts(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        QVERIFY(m_languages.setLanguage(u"de"_s));
        QApplication::setFont(m_defaultFont);
        settle(*m_window);
        cut = truncatedTexts(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }
};

QTEST_MAIN(TestGuiLanguages)
#include "test_gui_languages.moc"
