#include "ClusterCommands.h"
#include "CommandLine.h"
#include "HistoryCommand.h"
#include "MultiContextList.h"
#include "OfflineCommands.h"
#include "SnapshotCommands.h"
#include "TerminalOutput.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rolloutdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLOUTDESK_VERSION));

    // Both streams pass through the terminal filter (no raw control sequences from the cluster).
    rd::cli::TerminalOutput stdoutDevice(stdout);
    rd::cli::TerminalOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    rd::cli::CommandLine command;
    const rd::cli::ParseOutcome parsed = rd::cli::parseCommandLine(app.arguments(), command);
    if (parsed.kind == rd::cli::ParseOutcome::Kind::Exit) {
        out << parsed.message;
        return parsed.exitCode;
    }
    if (parsed.kind == rd::cli::ParseOutcome::Kind::UsageError) {
        err << "Error: " << parsed.message << "\nRun 'rolloutdesk-cli --help' for usage."
            << Qt::endl;
        return parsed.exitCode;
    }
    // The client's log lines (reflector retries, relists, malformed events) are diagnostics:
    // like the plugin, print none unless asked. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(command.verbose ? u"rd.*.debug=false\nrd.*.info=true"_s
                                                     : u"rd.*=false"_s);
    // An extension of the plugin's commands, in its own class (cluster and snapshot).
    if (rd::cli::HistoryCommand::handles(command)) {
        rd::cli::HistoryCommand history(command, out, err);
        const int code = history.start();
        return code >= 0 ? code : app.exec();
    }
    if (rd::cli::OfflineCommands::handles(command.words.value(0)))
        return rd::cli::OfflineCommands(command, out, err).run();
    if (!command.snapshot.isEmpty()) {
        rd::cli::SnapshotCommands snapshot(command, out, err);
        const int code = snapshot.run();
        return code >= 0 ? code : app.exec();
    }

    if (!command.contexts.isEmpty()) {
        rd::cli::MultiContextList list(command, out, err);
        const int code = list.start();
        return code >= 0 ? code : app.exec();
    }
    rd::cli::ClusterCommands cluster(command, out, err);
    const int code = cluster.start();
    return code >= 0 ? code : app.exec();
}
