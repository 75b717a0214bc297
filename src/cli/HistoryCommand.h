#pragma once

#include "CommandLine.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace rd::source {
class RolloutSource;
}

namespace rd::cli {

// `rolloutdesk-cli history rollout NAME [-o json]`: a rollout's story from its Kubernetes Events
// (an extension: the kubectl plugin has no such command). On a cluster the Events are listed
// once through the source ClusterConnector makes (RolloutSource::listEvents: a fieldSelector on
// the involved Rollout, nothing watched); with --snapshot the snapshot's Event objects.
class HistoryCommand : public QObject
{
    Q_OBJECT
public:
    HistoryCommand(const CommandLine &command, QTextStream &out, QTextStream &err);
    ~HistoryCommand() override;

    static bool handles(const CommandLine &command);

    // Like ClusterCommands::start(): -1 while running (QCoreApplication::exit ends it), else the
    // exit code.
    int start();

private:
    int fail(const QString &message);
    int usage(const QString &message);
    int print(const QList<QJsonObject> &events, const QString &ns);
    int runSnapshot();
    int startCluster();

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_name;
    QString m_ns;
    std::unique_ptr<source::RolloutSource> m_source;
};

} // namespace rd::cli
