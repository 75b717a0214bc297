#pragma once

#include "source/ClusterConnector.h"
#include "source/RolloutSource.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace rd::source {
class DemoCluster;
}

namespace rd::gui {

// What the window is connected to: a cluster from a kubeconfig (context and namespace), a
// snapshot, or the demo cluster the application hands in. Connecting itself is
// source::ClusterConnector's; this class keeps the choice, switches it and replaces the source
// (sourceChanged(); the old source is deleted afterwards).
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    enum class Mode { None, Cluster, Snapshot, Demo };

    // `demo` (may be null: no demo available) is owned by the caller and outlives this.
    explicit ConnectionManager(source::DemoCluster *demo = nullptr, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Empty path = KUBECONFIG or ~/.kube/config. Empty context = current context. Empty `ns`
    // = the context's namespace unless `allNamespaces`.
    bool openKubeconfig(const QString &path, const QString &context, const QString &ns,
                        bool allNamespaces, QString *error);
    // Several contexts of one kubeconfig on one board (MultiContextSource); a context that
    // cannot connect is shown failing in its own rows, so this only fails without contexts.
    bool openContexts(const QString &path, const QStringList &contexts, const QString &ns,
                      bool allNamespaces, QString *error);
    // The same kubeconfig, now these contexts (one context: switchContext).
    bool watchContexts(const QStringList &contexts, QString *error);
    // The contexts on the board: several, or empty when one context is watched.
    QStringList watchedContexts() const { return m_watched; }
    bool openSnapshot(const QString &path, QString *error);
    // Starts the demo cluster and connects to it.
    bool startDemo(double speed, QString *error,
                   const QString &scenario = QStringLiteral("rollouts-demo"));

    bool switchContext(const QString &context, QString *error);
    bool switchNamespace(const QString &ns, bool allNamespaces, QString *error);
    // Asks the source for its namespaces; answers with namespacesListed().
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
    QString namespaceName() const { return m_target.allNamespaces ? QString() : m_target.ns; }
    QString contextNamespace() const;
    bool allNamespaces() const { return m_target.allNamespaces; }
    // The demo cluster handed in, or null (tests stop it to see the window reconnect).
    source::DemoCluster *demoCluster() const { return m_demo; }
    // A name for titles and dialogs: the context, or the snapshot path.
    QString targetName() const;
    // Why the last connection attempt failed (Kind::None after a success).
    const source::ConnectError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void sourceChanged(rd::source::RolloutSource *source);
    void namespacesListed(const QStringList &namespaces);
    // The kubeconfig's contexts changed on disk (the pickers refresh).
    void contextsChanged();
    // Something the user should read (the kubeconfig changed under the connection).
    void notice(const QString &text, bool error);

private:
    bool connectCluster(QString *error);
    bool switchFromSeveral(const QString &context, QString *error);
    void replaceSource(std::unique_ptr<source::RolloutSource> source);
    void dropSource();
    void onKubeconfigChanged(source::KubeconfigChange change, const QString &message);

    source::DemoCluster *m_demo;
    Mode m_mode = Mode::None;
    std::unique_ptr<source::RolloutSource> m_source;
    source::ClusterTarget m_target;
    source::ConnectError m_lastError;
    QString m_context;
    QStringList m_watched; // more than one: a MultiContextSource
    bool m_readOnly = false;
    bool m_forcedReadOnly = false;
    QString m_snapshotPath;
};

} // namespace rd::gui
