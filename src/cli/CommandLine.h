#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::cli {

// The parsed command line of rolloutdesk-cli: the plugin's words and flags.
struct CommandLine
{
    QStringList words; // e.g. {"get", "rollout", "rollouts-demo"}
    QString kubeconfig;
    QString context;
    QStringList contexts; // list rollouts --contexts a,b (Rollout Desk's extension)
    QString namespace_;
    bool allNamespaces = false;
    QString snapshot;
    QDateTime asOf; // invalid: now
    bool noColor = false;
    bool verbose = false; // -v: print the client's diagnostics (retries, reconnects) on stderr
    bool watch = false;
    qint64 timeoutSeconds = 0;
    bool full = false;
    QString restartIn;
    qint64 toRevision = 0;
    QString statusTimeout;
    std::optional<bool> statusWatch;
    QString nameFilter;        // list rollouts --name
    bool timestamps = false;   // list rollouts --timestamps
    QString filename;          // lint -f/--filename
    bool shortVersion = false; // version --short
    QString output;            // -o: "json" for `history` (empty = the table)

    QDateTime now() const { return asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc(); }
};

// Why parsing stopped: a usage error (exit 2), or --help/--version already printed (exit 0).
struct ParseOutcome
{
    enum class Kind { Run, Exit, UsageError } kind = Kind::Run;
    QString message;
    int exitCode = 0;
};

ParseOutcome parseCommandLine(const QStringList &arguments, CommandLine &out);
// The --help text in `language` (a --lang code; empty = the system's UI language). Only the
// help is translated: commands, errors and output stay English, as scripts expect.
QString usageText(const QString &language = {});

} // namespace rd::cli
