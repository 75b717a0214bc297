#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace rd::cli {

// Runs the read-only commands against objects read from `--snapshot`.
class SnapshotCommands
{
public:
    SnapshotCommands(const CommandLine &command, QTextStream &out, QTextStream &err)
        : m_command(command)
        , m_out(out)
        , m_err(err)
    {}

    // Exit code: 0 success, 1 error (printed as "Error: …"), 2 usage error.
    int run();

private:
    int fail(const QString &message);
    int usage(const QString &message);

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rd::cli
