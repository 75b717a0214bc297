#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace rd::source {
class MultiContextSource;
}

namespace rd::cli {

// `list rollouts --contexts a,b`: one board over several contexts, a CONTEXT column first and
// otherwise the plugin's list format. The plugin has no such flag: this is Rollout Desk's
// extension (issue 14). A context that cannot be reached is named on stderr (exit code 1) while
// the rows of the others are still printed.
class MultiContextList : public QObject
{
    Q_OBJECT
public:
    MultiContextList(const CommandLine &command, QTextStream &out, QTextStream &err);
    ~MultiContextList() override;

    // Like ClusterCommands::start(): -1 while running (QCoreApplication::exit(code) follows),
    // or an exit code when done right away.
    int start();

private:
    void onReady();
    int usage(const QString &message);

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<source::MultiContextSource> m_source;
};

} // namespace rd::cli
