// A screen reader reads a widget's accessible name and description aloud, so both must be words a
// person says ("Rollout status"), never an identifier ("summaryStatus"). This walks every widget
// of the main window, the rollout page, the confirmation, set-image, settings and watch-contexts
// dialogs and the welcome page, filled with a real rollout, and fails on any name or description
// that reads as code. The identifiers stay the widgets' object names, where the tests find them.
#include "FakeRolloutSource.h"

#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/charts/WeightHistory.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/dialogs/WatchContextsDialog.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/RolloutPage.h"
#include "gui/views/WelcomePage.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;
using Kind = rd::source::RolloutAction::Kind;

namespace {

QString data(const QString &name)
{
    return qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started/"_s + name;
}
const QString kKey = u"default/rollouts-demo"_s;

// Kubernetes kinds are written in one word with inner capitals, and users read them so.
const QStringList kKindWords{u"ReplicaSet"_s,   u"ReplicaSets"_s,      u"AnalysisRun"_s,
                             u"AnalysisRuns"_s, u"AnalysisTemplate"_s, u"Rollout"_s};

// What a person would not say: camelCase or PascalCase joined words, snake_case, dotted or
// hashed names, or one lower-case token (a label's own words start with a capital).
bool looksLikeIdentifier(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QRegularExpression(u"\\s"_s)))
        return false; // nothing said, or a phrase
    if (kKindWords.contains(t))
        return false;
    static const QRegularExpression joined(u"[a-z0-9][A-Z]|[_#.:/]"_s);
    return joined.match(t).hasMatch() || t.front().isLower();
}

// Every widget under root (root included) whose accessible name or description reads as code.
QStringList identifierTexts(const QWidget *root)
{
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    QStringList found;
    for (const QWidget *w : widgets) {
        const QString where =
            u"%1 '%2'"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (looksLikeIdentifier(w->accessibleName()))
            found << u"%1: accessible name '%2'"_s.arg(where, w->accessibleName());
        if (looksLikeIdentifier(w->accessibleDescription()))
            found << u"%1: accessible description '%2'"_s.arg(where, w->accessibleDescription());
    }
    return found;
}

// The ids the tests (and the end-to-end driver before) used, each on the widget it names.
void expectNamedLabels(const QWidget *root, const QStringList &ids)
{
    for (const QString &id : ids) {
        const auto *label = root->findChild<QLabel *>(id);
        QVERIFY2(label, qPrintable(u"no label named %1"_s.arg(id)));
        // Each still tells a screen reader what its value is, in words.
        QVERIFY2(!label->accessibleDescription().isEmpty(), qPrintable(id));
        QVERIFY2(!looksLikeIdentifier(label->accessibleDescription()),
                 qPrintable(label->accessibleDescription()));
    }
}

// Every string in brackets: what was translated shows at once.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
};

} // namespace

class TestGuiAccessibleWords : public QObject
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

    void identifiersAreToldFromWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("identifier");
        // The descriptions screen readers used to read.
        for (const char *id :
             {"summaryName",         "summaryStatus",      "summaryStep",         "summaryStrategy",
              "summaryReplicas",     "summarySetWeight",   "summaryActualWeight", "summaryImages",
              "summaryMessage",      "confirmConsequence", "confirmTarget",       "currentImage",
              "degradedExplanation", "imageValidation",    "unreadableMessage",   "welcomeReason",
              "productionIndicator", "tlsWarning",         "readOnlyIndicator",   "messageBar",
              "connectionState",     "rolloutCount"})
            QTest::newRow(id) << QString::fromLatin1(id) << true;
        QTest::newRow("lower-case token") << u"status"_s << true;
        QTest::newRow("snake_case") << u"rollout_status"_s << true;
        QTest::newRow("PascalCase") << u"MessageBar"_s << true;
        QTest::newRow("dotted") << u"page.status"_s << true;
        // What they read now, and single words a label may well be.
        QTest::newRow("phrase") << u"Rollout status"_s << false;
        QTest::newRow("phrase with a kind") << u"Why the rollout is Degraded"_s << false;
        QTest::newRow("word") << u"Reason"_s << false;
        QTest::newRow("kind") << u"ReplicaSets"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void identifiersAreToldFromWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, identifier);
        QCOMPARE(looksLikeIdentifier(text), identifier);
    }

    void theWalkFindsAnIdentifierAnywhere()
    {
        // A form like the old ones: the walk reports the nested identifier, and only that.
        QWidget root;
        auto *panel = new QWidget(&root);
        auto *status = new QLabel(u"Healthy"_s, panel);
        status->setObjectName(u"summaryStatus"_s);
        status->setAccessibleDescription(u"summaryStatus"_s);
        auto *step = new QLabel(u"8/8"_s, panel);
        step->setAccessibleDescription(u"Current step"_s);
        auto *button = new QWidget(panel);
        button->setAccessibleName(u"abortButton"_s);
        const QStringList found = identifierTexts(&root);
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).contains(u"'summaryStatus'"_s), qPrintable(found.at(0)));
        QVERIFY2(found.at(1).contains(u"'abortButton'"_s), qPrintable(found.at(1)));
        step->setAccessibleDescription(u"summaryStep"_s);
        QCOMPARE(identifierTexts(&root).size(), 3);
        status->setAccessibleDescription(u"Rollout status"_s);
        button->setAccessibleName(u"Abort"_s);
        step->setAccessibleDescription(u"Current step"_s);
        QVERIFY(identifierTexts(&root).isEmpty());
    }

    void rolloutPage()
    {
        WeightHistory history;
        RolloutPage page(&history);
        page.setSource(&m_source);
        page.setKey(kKey); // aborted: the Degraded panel is filled
        page.show();
        const QStringList found = identifierTexts(&page);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        expectNamedLabels(&page, {u"summaryName"_s, u"summaryStatus"_s, u"summaryStep"_s,
                                  u"summaryStrategy"_s, u"summaryReplicas"_s, u"summarySetWeight"_s,
                                  u"summaryActualWeight"_s, u"summaryImages"_s, u"summaryMessage"_s,
                                  u"degradedExplanation"_s, u"unreadableMessage"_s});
        QCOMPARE(page.findChild<QLabel *>(u"summaryStatus"_s)->text(), u"Degraded"_s);
        QCOMPARE(page.findChild<QLabel *>(u"summaryStatus"_s)->accessibleDescription(),
                 u"Rollout status"_s);
    }

    void confirmationDialogs()
    {
        const auto info = m_source.info(kKey);
        for (Kind kind : {Kind::Abort, Kind::Retry, Kind::Promote, Kind::PromoteFull, Kind::Pause,
                          Kind::Resume, Kind::Restart, Kind::Undo}) {
            // A production context shows every part of the dialog.
            ActionDialog dialog(kind, *info, {u"prod"_s, u"default"_s, u"rollouts-demo"_s}, true);
            const QStringList found = identifierTexts(&dialog);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
            expectNamedLabels(&dialog, {u"confirmTarget"_s, u"confirmConsequence"_s});
        }
    }

    void setImageDialog()
    {
        SetImageDialog dialog(*m_source.info(kKey), {u"prod"_s, u"default"_s, u"rollouts-demo"_s},
                              true);
        dialog.preset(u"rollouts-demo"_s, u"Argoproj/Rollouts Demo"_s); // the validation speaks
        const QStringList found = identifierTexts(&dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        expectNamedLabels(&dialog, {u"confirmTarget"_s, u"confirmConsequence"_s, u"currentImage"_s,
                                    u"imageValidation"_s});
        QVERIFY(!dialog.validationText().isEmpty());
    }

    void otherDialogs()
    {
        // Not asked for by name, but read by the same screen reader.
        AppSettings settings;
        SettingsDialog settingsDialog(&settings, {u"dev"_s, u"prod-east"_s});
        QStringList found = identifierTexts(&settingsDialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        WatchContextsDialog watch({u"dev"_s, u"prod-east"_s}, {u"dev"_s});
        found = identifierTexts(&watch);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void welcomePage()
    {
        WelcomePage page;
        page.setReason(u"No kubeconfig found"_s);
        const QStringList found = identifierTexts(&page);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        expectNamedLabels(&page, {u"welcomeReason"_s});
    }

    void mainWindow()
    {
        // An offline snapshot: the board and page fill, and the read-only banner shows.
        AppSettings settings;
        settings.setProductionContexts({u"snapshot"_s});
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        window.show();
        QString error;
        QVERIFY2(connection.openSnapshot(data(u"state-e-aborted.yaml"_s), &error),
                 qPrintable(error));
        QTRY_VERIFY(!window.page()->key().isEmpty());
        window.showMessage(u"Snapshot opened"_s, false);
        window.showWelcome(u"No kubeconfig found"_s); // the welcome page inside the window
        const QStringList found = identifierTexts(&window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        expectNamedLabels(&window,
                          {u"summaryStatus"_s, u"welcomeReason"_s, u"productionIndicator"_s,
                           u"tlsWarning"_s, u"readOnlyIndicator"_s, u"messageBarText"_s,
                           u"connectionState"_s, u"rolloutCount"_s});
        QVERIFY(window.findChild<QLabel *>(u"readOnlyIndicator"_s)->isVisibleTo(&window));
    }

    void descriptionsFollowTheLanguage()
    {
        // A language switch at run time retranslates the descriptions too, wherever they are set.
        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        WeightHistory history;
        RolloutPage page(&history);
        page.setSource(&m_source);
        page.setKey(kKey);
        const auto info = m_source.info(kKey);
        ActionDialog abort(Kind::Abort, *info, {u"demo"_s, u"default"_s, u"rollouts-demo"_s},
                           false);
        SetImageDialog setImage(*info, {u"demo"_s, u"default"_s, u"rollouts-demo"_s}, false);
        WelcomePage welcome;
        BracketTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::sendPostedEvents(); // the LanguageChange to every widget
        const QList<QPair<const QWidget *, QStringList>> surfaces{
            {&window,
             {u"productionIndicator"_s, u"tlsWarning"_s, u"readOnlyIndicator"_s,
              u"messageBarText"_s, u"connectionState"_s, u"rolloutCount"_s, u"welcomeReason"_s,
              u"summaryStatus"_s}},
            {&page,
             {u"summaryName"_s, u"summaryStatus"_s, u"summaryStep"_s, u"summaryStrategy"_s,
              u"summaryReplicas"_s, u"summarySetWeight"_s, u"summaryActualWeight"_s,
              u"summaryImages"_s, u"summaryMessage"_s, u"degradedExplanation"_s,
              u"unreadableMessage"_s}},
            {&abort, {u"confirmTarget"_s, u"confirmConsequence"_s}},
            {&setImage,
             {u"confirmTarget"_s, u"confirmConsequence"_s, u"currentImage"_s,
              u"imageValidation"_s}},
            {&welcome, {u"welcomeReason"_s}}};
        QStringList untranslated;
        for (const auto &[root, ids] : surfaces) {
            for (const QString &id : ids) {
                const QString description = root->findChild<QLabel *>(id)->accessibleDescription();
                if (!description.startsWith(u"«"_s) || !description.endsWith(u"»"_s))
                    untranslated << u"%1: '%2'"_s.arg(id, description);
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }
};

QTEST_MAIN(TestGuiAccessibleWords)
#include "test_gui_accessible_words.moc"
