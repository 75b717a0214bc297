#pragma once

#include "CommandLine.h"

#include "core/ListRows.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

#include <QHash>

#include <memory>

namespace rd::core {
struct ObjectSet;
}
namespace rd::source {
class ClusterRolloutSource;
}

namespace rd::cli {

// rolloutdesk-cli against a cluster: kubeconfig, context and namespace as kubectl picks them,
// then get/list/status through a ClusterRolloutSource and every action through its requests.
// Asynchronous: start() returns, and the application exits with the command's code.
class ClusterCommands : public QObject
{
    Q_OBJECT
public:
    ClusterCommands(const CommandLine &command, QTextStream &out, QTextStream &err);
    ~ClusterCommands() override;

    // Starts the command; when done it calls QCoreApplication::exit(code). Returns -1 when the
    // command is running, or an exit code if it finished (or failed) right away.
    int start();

private:
    int fail(const QString &message);
    int usage(const QString &message);
    void finish(int code);
    int startRead();
    int startAction();
    int startObjectAction();
    void onReady();
    void listRollouts();
    void listExperiments();
    void onListedRollout(const QString &key);
    void flushListLines();
    void render();
    void runNextAction();
    void runNextObjectAction();
    core::ObjectSet objects() const;
    QString rolloutKey(const QString &name) const;

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_ns;
    std::unique_ptr<source::ClusterRolloutSource> m_source;
    QStringList m_pending; // names still to act on
    QTimer m_ticker;
    QTimer m_deadline;
    QElapsedTimer m_sinceRender;
    bool m_rendered = false;
    bool m_done = false;
    QString m_lastStatusLine;
    // list rollouts --watch: the last row printed per rollout, and lines waiting for the writer.
    QHash<QString, core::RolloutListRow> m_listed;
    QStringList m_listLines;
    QTimer m_listFlush;
};

} // namespace rd::cli
