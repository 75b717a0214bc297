#pragma once

#include "CommandLine.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace rd::kube {
class KubeClient;
}

namespace rd::cli {

// `rolloutdesk-cli history rollout NAME [-o json]`: a rollout's story from its Kubernetes Events
// (an extension: the kubectl plugin has no such command). On a cluster the Events are listed
// once (fieldSelector on the involved Rollout); with --snapshot the snapshot's Event objects.
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
    void listPage(const QString &continueToken);

    const CommandLine &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_name;
    QString m_ns;
    QString m_eventsPath; // the namespace checked once, before anything is sent
    std::unique_ptr<kube::KubeClient> m_client;
    QList<QJsonObject> m_events;
    int m_pages = 0;
};

} // namespace rd::cli
