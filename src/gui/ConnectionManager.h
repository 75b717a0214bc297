#pragma once

#include "kube/KubeConfig.h"
#include "source/RolloutSource.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace rd::sim {
class SimCluster;
}

namespace rd::gui {

// Owns what the window is connected to: a cluster from a kubeconfig (context and namespace),
// a snapshot, or the in-process demo cluster. Replacing the connection emits sourceChanged();
// the old source is deleted afterwards.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    enum class Mode { None, Cluster, Snapshot, Demo };

    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Empty path = KUBECONFIG or ~/.kube/config. Empty context = current context. Empty `ns`
    // = the context's namespace unless `allNamespaces`.
    bool openKubeconfig(const QString &path, const QString &context, const QString &ns,
                        bool allNamespaces, QString *error);
    bool openSnapshot(const QString &path, QString *error);
    // Starts the simulated cluster in this process and connects to it.
    bool startDemo(double speed, QString *error,
                   const QString &scenario = QStringLiteral("rollouts-demo"));

    bool switchContext(const QString &context, QString *error);
    bool switchNamespace(const QString &ns, bool allNamespaces, QString *error);
    // Asks the cluster for its namespaces; answers with namespacesListed().
    void listNamespaces();

    // Read-only from Settings; `--read-only` forces it for the whole session.
    void setReadOnly(bool readOnly);
    void setForcedReadOnly(bool forced);
    bool readOnly() const { return m_readOnly || m_forcedReadOnly; }

    Mode mode() const { return m_mode; }
    source::RolloutSource *source() const { return m_source.get(); }
    QStringList contexts() const;
    QString currentContext() const { return m_context; }
    // The namespace shown; empty when all namespaces are shown.
    QString namespaceName() const { return m_allNamespaces ? QString() : m_ns; }
    QString contextNamespace() const { return m_contextNs; }
    bool allNamespaces() const { return m_allNamespaces; }
    // The in-process demo cluster, or null (tests stop it to see the window reconnect).
    sim::SimCluster *demoCluster() const { return m_sim.get(); }
    // A name for titles and dialogs: the context, or the snapshot path.
    QString targetName() const;

Q_SIGNALS:
    void sourceChanged(rd::source::RolloutSource *source);
    void namespacesListed(const QStringList &namespaces);

private:
    bool connectCluster(QString *error);
    void replaceSource(std::unique_ptr<source::RolloutSource> source);

    Mode m_mode = Mode::None;
    std::unique_ptr<source::RolloutSource> m_source;
    std::optional<kube::KubeConfig> m_config;
    QString m_kubeconfigPath;
    QString m_context;
    QString m_ns;
    QString m_contextNs;
    bool m_allNamespaces = false;
    bool m_readOnly = false;
    bool m_forcedReadOnly = false;
    QString m_snapshotPath;
    std::unique_ptr<sim::SimCluster> m_sim;
    std::unique_ptr<QTemporaryDir> m_simDir;
};

} // namespace rd::gui
