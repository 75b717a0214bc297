#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace rd::cli {

// The commands that need neither a cluster nor a snapshot: `version`, `completion SHELL` and
// `lint -f FILE`.
class OfflineCommands
{
public:
    OfflineCommands(const CommandLine &command, QTextStream &out, QTextStream &err)
        : m_command(command)
        , m_out(out)
        , m_err(err)
    {}

    static bool handles(const QString &verb);
    // Exit code: 0 success, 1 error (printed as "Error: …"), 2 usage error.
    int run();

    // The completion script for `shell` (bash, zsh, fish, powershell); empty for another shell.
    static QString completionScript(const QString &shell);

private:
    int version();
    int completion();
    int lint();
    int fail(const QString &message);
    int usage(const QString &message);

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rd::cli
