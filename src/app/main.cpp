// rolloutdesk: parses the command line (product.md §1), then wires settings, the demo cluster,
// the connection and the main window.
#include "app/SimDemoCluster.h"
#include "core/AllocatorTuning.h"
#include "core/ProcessExit.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/StatusIcons.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/Appearance.h"
#include "i18n/Catalogues.h"
#include "sim/SimCluster.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <QTranslator>

#include <algorithm>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    bool demo = false;
    double demoSpeed = 1.0;
    QString demoScenario;
    QString kubeconfig;
    QString context;
    QStringList contexts; // --contexts a,b: one board over several contexts
    QString ns;
    bool allNamespaces = false;
    QString snapshot;
    bool readOnly = false;
    QString lang;
    int quitAfterMs = -1;
};

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// QCommandLineParser::helpText() asks QCoreApplication::translate, which needs an application;
// this is the same layout with our (already translated) words.
QString helpText(const QString &usage, const QString &description, const QString &optionsTitle,
                 const QList<QCommandLineOption> &options)
{
    QStringList names;
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        QStringList spelled;
        for (const QString &name : option.names())
            spelled << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString line = spelled.join(u", "_s);
        if (!option.valueName().isEmpty())
            line += u" <"_s + option.valueName() + u'>';
        width = std::max(width, line.size());
        names << line;
    }
    QString text =
        usage.arg(u"rolloutdesk"_s) + u'\n' + description + u"\n\n"_s + optionsTitle + u'\n';
    for (qsizetype i = 0; i < options.size(); ++i)
        text += u"  "_s + names[i].leftJustified(width + 2) + options[i].description() + u'\n';
    return text;
}

// Returns the exit code to stop with, or -1 to go on.
int parse(const QStringList &args, Options &o)
{
    // --help speaks the window's language (--lang, else the settings', else the system's) before
    // the application exists, so the catalogue is asked directly, not QCoreApplication::translate.
    QString requested = rd::i18n::Catalogues::languageArgument(args);
    if (requested.isEmpty())
        requested = rd::gui::AppSettings().language();
    const std::unique_ptr<QTranslator> catalogue =
        rd::i18n::Catalogues::load(rd::i18n::Catalogues::resolveLanguage(requested));
    auto say = [&](const char *source) {
        return rd::i18n::Catalogues::translate(catalogue.get(), "rd::app::Help", source);
    };
    QCommandLineParser p;
    // "-platform xcb" and friends are Qt's own options: parse words after one dash as long options.
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        {u"h"_s, u"help"_s}, say(QT_TRANSLATE_NOOP("rd::app::Help", "Show this help and exit.")));
    const QCommandLineOption version(
        u"version"_s, say(QT_TRANSLATE_NOOP("rd::app::Help", "Show the version and exit.")));
    const QCommandLineOption demo(
        u"demo"_s, say(QT_TRANSLATE_NOOP("rd::app::Help",
                                         "Start the simulated cluster in this process (scenario "
                                         "rollouts-demo) and connect to it.")));
    const QCommandLineOption demoSpeed(
        u"demo-speed"_s,
        say(QT_TRANSLATE_NOOP("rd::app::Help",
                              "Time multiplier of the demo cluster (default 1; also "
                              "ROLLOUTDESK_DEMO_SPEED).")),
        u"X"_s);
    const QCommandLineOption demoScenario(
        u"demo-scenario"_s,
        say(QT_TRANSLATE_NOOP("rd::app::Help", "Scenario of the demo cluster: rollouts-demo "
                                               "(default), showcase or scale:N.")),
        u"NAME"_s);
    const QCommandLineOption kubeconfig(
        u"kubeconfig"_s, say(QT_TRANSLATE_NOOP("rd::app::Help", "Use this kubeconfig file.")),
        u"FILE"_s);
    const QCommandLineOption context(
        u"context"_s, say(QT_TRANSLATE_NOOP("rd::app::Help", "Use this kubeconfig context.")),
        u"NAME"_s);
    const QCommandLineOption contexts(
        u"contexts"_s,
        say(QT_TRANSLATE_NOOP("rd::app::Help",
                              "Watch these kubeconfig contexts (comma-separated) on one board.")),
        u"A,B"_s);
    const QCommandLineOption ns({u"n"_s, u"namespace"_s},
                                say(QT_TRANSLATE_NOOP("rd::app::Help", "Show this namespace.")),
                                u"NS"_s);
    const QCommandLineOption all({u"A"_s, u"all-namespaces"_s},
                                 say(QT_TRANSLATE_NOOP("rd::app::Help", "Show all namespaces.")));
    const QCommandLineOption snapshot(
        u"snapshot"_s,
        say(QT_TRANSLATE_NOOP(
            "rd::app::Help", "Open a snapshot (YAML/JSON file or folder), offline and read-only.")),
        u"PATH"_s);
    const QCommandLineOption readOnly(
        u"read-only"_s, say(QT_TRANSLATE_NOOP("rd::app::Help", "Switch every action off.")));
    const QCommandLineOption lang(
        u"lang"_s,
        say(QT_TRANSLATE_NOOP("rd::app::Help",
                              "User interface language, e.g. ja (default: the language chosen in "
                              "the settings, else the system's).")),
        u"CODE"_s);
    const QCommandLineOption quitAfter(
        u"quit-after-ms"_s,
        say(QT_TRANSLATE_NOOP("rd::app::Help", "Quit N ms after rollouts are shown (tests; also "
                                               "ROLLOUTDESK_QUIT_AFTER_MS).")),
        u"N"_s);
    const QList<QCommandLineOption> shown{help,       version,  demo,     demoSpeed, demoScenario,
                                          kubeconfig, context,  contexts, ns,        all,
                                          snapshot,   readOnly, lang,     quitAfter};
    p.addOptions(shown);
    // Qt's own command-line options, accepted so they reach QApplication.
    for (const QString &qtOption :
         {u"platform"_s, u"style"_s, u"stylesheet"_s, u"qwindowgeometry"_s, u"qwindowtitle"_s,
          u"qwindowicon"_s, u"display"_s, u"session"_s, u"platformtheme"_s, u"plugin"_s}) {
        QCommandLineOption option(qtOption, QString(), u"VALUE"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(option);
    }
    for (const QString &qtFlag : {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s}) {
        QCommandLineOption option(qtFlag);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(option);
    }
    if (!p.parse(args)) {
        print(stderr, u"rolloutdesk: %1\nRun 'rolloutdesk --help' to see the options.\n"_s.arg(
                          p.errorText()));
        return 2;
    }
    if (p.isSet(help)) {
        print(stdout,
              helpText(say(QT_TRANSLATE_NOOP("rd::app::Help", "Usage: %1 [options]")),
                       say(QT_TRANSLATE_NOOP("rd::app::Help",
                                             "Rollout Desk: a desktop client for Argo Rollouts.")),
                       say(QT_TRANSLATE_NOOP("rd::app::Help", "Options:")), shown));
        return 0;
    }
    if (p.isSet(version)) {
        print(stdout, u"rolloutdesk %1\n"_s.arg(QStringLiteral(ROLLOUTDESK_VERSION)));
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        print(stderr, u"rolloutdesk: unexpected argument '%1'\nRun 'rolloutdesk --help' to see "
                      "the options.\n"_s.arg(p.positionalArguments().first()));
        return 2;
    }
    o.demo = p.isSet(demo);
    o.demoScenario = p.value(demoScenario);
    if (o.demoScenario.isEmpty())
        o.demoScenario = u"rollouts-demo"_s;
    if (!rd::sim::SimCluster::isValidScenario(o.demoScenario) || o.demoScenario.isEmpty()) {
        print(stderr, u"rolloutdesk: unknown demo scenario '%1'\n"_s.arg(o.demoScenario));
        return 2;
    }
    o.kubeconfig = p.value(kubeconfig);
    o.context = p.value(context);
    for (const QString &name : p.value(contexts).split(u',', Qt::SkipEmptyParts)) {
        if (!o.contexts.contains(name.trimmed()))
            o.contexts << name.trimmed();
    }
    o.ns = p.value(ns);
    o.allNamespaces = p.isSet(all);
    o.snapshot = p.value(snapshot);
    o.readOnly = p.isSet(readOnly);
    o.lang = p.value(lang);
    if (!o.contexts.isEmpty() && (!o.context.isEmpty() || o.demo || !o.snapshot.isEmpty())) {
        print(stderr,
              u"rolloutdesk: --contexts cannot be used with --context, --demo or --snapshot\n"_s);
        return 2;
    }
    if (o.demo && !o.snapshot.isEmpty()) {
        print(stderr, u"rolloutdesk: --demo and --snapshot cannot be used together\n"_s);
        return 2;
    }
    bool ok = true;
    const QString speed =
        p.isSet(demoSpeed) ? p.value(demoSpeed) : qEnvironmentVariable("ROLLOUTDESK_DEMO_SPEED");
    if (!speed.isEmpty()) {
        o.demoSpeed = speed.toDouble(&ok);
        if (!ok || o.demoSpeed <= 0) {
            print(stderr, u"rolloutdesk: invalid demo speed '%1'\n"_s.arg(speed));
            return 2;
        }
    }
    const QString quit =
        p.isSet(quitAfter) ? p.value(quitAfter) : qEnvironmentVariable("ROLLOUTDESK_QUIT_AFTER_MS");
    if (!quit.isEmpty()) {
        o.quitAfterMs = quit.toInt(&ok);
        if (!ok || o.quitAfterMs < 0) {
            print(stderr, u"rolloutdesk: invalid --quit-after-ms value '%1'\n"_s.arg(quit));
            return 2;
        }
    }
    return -1;
}

// For smoke tests and benchmarks (--quit-after-ms): says when the first complete load is on
// the board and quits `quitAfterMs` later; gives up with an error a minute after that.
void quitOnceShown(rd::gui::MainWindow &window, int quitAfterMs, const QElapsedTimer &sinceStart)
{
    auto shown = [&window, quitAfterMs, &sinceStart] {
        print(stdout, u"rolloutdesk: %1 rollout(s) shown, %2 ms after start\n"_s
                          .arg(window.boardModel()->rowCount())
                          .arg(sinceStart.elapsed()));
        QTimer::singleShot(quitAfterMs, qApp, [&sinceStart] {
            // Benchmarks time the exit from this line to the end of the process.
            print(stdout,
                  u"rolloutdesk: quitting, %1 ms after start\n"_s.arg(sinceStart.elapsed()));
            QCoreApplication::quit();
        });
    };
    // A snapshot may have loaded before the window adopted it.
    if (window.hasShownRollouts())
        shown();
    else
        QObject::connect(&window, &rd::gui::MainWindow::rolloutsShown, qApp, shown);
    QTimer::singleShot(quitAfterMs + 60000, qApp, [] {
        print(stderr, u"rolloutdesk: no rollout was shown in time\n"_s);
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    rd::core::limitAllocatorArenas();
    rd::core::fixLargeBlockThreshold();
    QCoreApplication::setOrganizationName(u"RolloutDesk"_s);
    QCoreApplication::setOrganizationDomain(u"rolloutdesk.dev"_s);
    QCoreApplication::setApplicationName(u"rolloutdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLOUTDESK_VERSION));

    // Parse before QApplication exists so --help, --version and usage errors need no display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    Options o;
    if (const int code = parse(args, o); code >= 0)
        return code;

    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"dev.rolloutdesk.RolloutDesk"_s);
    QApplication::setWindowIcon(rd::gui::StatusIcons::appIcon());

    rd::gui::AppSettings settings;
    rd::gui::Appearance::applyTheme(settings.theme());
    const QString language = o.lang.isEmpty() ? settings.language() : o.lang;
    if (!rd::gui::Appearance::applyLanguage(language)) {
        print(stderr,
              u"rolloutdesk: language '%1' is not available; using the system language\n"_s.arg(
                  language));
        rd::gui::Appearance::applyLanguage(QString());
    }

    // Declared before the connection, so it stops after every source talking to it is gone.
    rd::app::SimDemoCluster demoCluster;
    rd::gui::ConnectionManager connection(&demoCluster);
    connection.setReadOnly(settings.readOnly());
    connection.setForcedReadOnly(o.readOnly);
    QString error;
    bool connected = true;
    if (!o.snapshot.isEmpty()) {
        connected = connection.openSnapshot(o.snapshot, &error);
    } else if (o.demo) {
        connected = connection.startDemo(o.demoSpeed, &error, o.demoScenario);
        if (connected && (o.allNamespaces || !o.ns.isEmpty()))
            connected = connection.switchNamespace(o.ns, o.allNamespaces, &error);
    } else if (!o.contexts.isEmpty()) {
        connected =
            connection.openContexts(o.kubeconfig, o.contexts, o.ns, o.allNamespaces, &error);
        if (connected)
            settings.setWatchedContexts(o.contexts);
    } else if (o.context.isEmpty() && settings.watchedContexts().size() > 1) {
        // The contexts watched together last time (File > Watch Several Contexts…).
        connected = connection.openContexts(o.kubeconfig, settings.watchedContexts(), o.ns,
                                            o.allNamespaces, &error);
    } else {
        connected =
            connection.openKubeconfig(o.kubeconfig, o.context, o.ns, o.allNamespaces, &error);
    }

    // The window is built on the event loop's first turn, after the source's requests have gone
    // out (Qt sends them from the loop): the cluster answers while the window is being made, and
    // the window adopts the source as it finds it.
    std::unique_ptr<rd::gui::MainWindow> window;
    QMetaObject::invokeMethod(
        &app,
        [&] {
            window = std::make_unique<rd::gui::MainWindow>(&settings, &connection);
            window->setDemoSpeed(o.demoSpeed);
            window->setDemoScenario(o.demoScenario);
            if (o.quitAfterMs >= 0)
                quitOnceShown(*window, o.quitAfterMs, sinceStart);
            if (!connected) {
                // No kubeconfig at all is the normal first start: the welcome page says what to
                // do.
                window->showWelcome(error);
                print(stderr, u"rolloutdesk: %1\n"_s.arg(error));
                if (o.quitAfterMs >= 0) // a smoke test with nothing to show fails fast
                    QTimer::singleShot(o.quitAfterMs, &app, [] { QCoreApplication::exit(1); });
            }
            window->show();
        },
        Qt::QueuedConnection);
    const int code = app.exec();
    // The window is closed (Quit, its close button, the session ending: Qt closes every window
    // before the loop returns) and saved what it keeps. From here on the process only ends: the
    // destructors below stop threads and watches and write what must be written, but large
    // containers are left to the kernel instead of being freed block by block.
    rd::core::ProcessExit::begin();
    return code;
}
