#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace rd::core {
struct ObjectSet;
}

namespace rd::cli {

// Runs the read-only commands against objects read from `--snapshot`. A snapshot behaves as a
// cluster that never changes: `status` waits (until its --timeout) for a change that never
// comes, and `list rollouts -w` prints the table and then nothing more.
class SnapshotCommands : public QObject
{
    Q_OBJECT
public:
    SnapshotCommands(const CommandLine &command, QTextStream &out, QTextStream &err)
        : m_command(command)
        , m_out(out)
        , m_err(err)
    {}

    // Exit code: 0 success, 1 error (printed as "Error: …"), 2 usage error; -1 when the command
    // keeps waiting (it then ends the application with QCoreApplication::exit).
    int run();

private:
    int fail(const QString &message);
    int usage(const QString &message);
    int status(const core::ObjectSet &objects);
    int list(const core::ObjectSet &objects);
    // Keeps the process alive until the timeout, then exits with `code` after printing `error`.
    int waitThenFail(qint64 timeoutMs, const QString &error);

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QTimer m_deadline;
};

} // namespace rd::cli
