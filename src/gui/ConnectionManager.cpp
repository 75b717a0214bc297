#include "gui/ConnectionManager.h"

#include "source/DemoCluster.h"
#include "source/MultiContextSource.h"
#include "source/SnapshotRolloutSource.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ConnectionManager::ConnectionManager(source::DemoCluster *demo, QObject *parent)
    : QObject(parent)
    , m_demo(demo)
{}

ConnectionManager::~ConnectionManager()
{
    // The source may talk to the demo cluster, which the caller stops after this.
    m_source.reset();
}

QStringList ConnectionManager::contexts() const
{
    return m_source && m_mode != Mode::Snapshot ? m_source->contexts() : QStringList();
}

QString ConnectionManager::contextNamespace() const
{
    return m_source ? m_source->contextNamespace() : QString();
}

QString ConnectionManager::targetName() const
{
    if (m_mode == Mode::Snapshot)
        return QFileInfo(m_snapshotPath).fileName();
    return m_context;
}

void ConnectionManager::replaceSource(std::unique_ptr<source::RolloutSource> source)
{
    std::unique_ptr<source::RolloutSource> old = std::move(m_source);
    m_source = std::move(source);
    if (m_source) {
        m_source->setReadOnly(readOnly());
        connect(m_source.get(), &source::RolloutSource::namespacesListed, this,
                &ConnectionManager::namespacesListed);
        connect(m_source.get(), &source::RolloutSource::kubeconfigChanged, this,
                &ConnectionManager::onKubeconfigChanged);
    }
    Q_EMIT sourceChanged(m_source.get());
    // The old source may be in the middle of emitting the signal that led here.
    if (old) {
        old->disconnect(this);
        old.release()->deleteLater();
    }
    if (m_source)
        m_source->start();
}

void ConnectionManager::dropSource()
{
    if (!m_source)
        return;
    std::unique_ptr<source::RolloutSource> old = std::move(m_source);
    Q_EMIT sourceChanged(nullptr);
    old.reset();
}

bool ConnectionManager::openKubeconfig(const QString &path, const QString &context,
                                       const QString &ns, bool allNamespaces, QString *error)
{
    const source::ClusterTarget previous = m_target;
    const QStringList watched = std::exchange(m_watched, {});
    m_target = source::ClusterTarget{path, context, ns, allNamespaces};
    // Set before the new source is announced: the window decides by it what to keep on disk.
    const Mode previousMode = std::exchange(m_mode, Mode::Cluster);
    if (!connectCluster(error)) {
        m_target = previous;
        m_watched = watched;
        m_mode = previousMode;
        return false;
    }
    return true;
}

bool ConnectionManager::openContexts(const QString &path, const QStringList &contexts,
                                     const QString &ns, bool allNamespaces, QString *error)
{
    if (contexts.size() <= 1)
        return openKubeconfig(path, contexts.value(0), ns, allNamespaces, error);
    m_target = source::ClusterTarget{path, {}, ns, allNamespaces};
    m_watched = contexts;
    const Mode previousMode = std::exchange(m_mode, Mode::Cluster);
    if (!connectCluster(error)) {
        m_mode = previousMode;
        return false;
    }
    return true;
}

bool ConnectionManager::watchContexts(const QStringList &contexts, QString *error)
{
    if (m_mode == Mode::None || m_mode == Mode::Snapshot) {
        if (error)
            *error = tr("Open a kubeconfig first to watch several contexts.");
        return false;
    }
    if (contexts.isEmpty()) {
        if (error)
            *error = tr("Choose at least one context.");
        return false;
    }
    if (contexts.size() == 1)
        return m_watched.isEmpty() ? switchContext(contexts.first(), error)
                                   : switchFromSeveral(contexts.first(), error);
    if (contexts == m_watched)
        return true;
    const QStringList previous = std::exchange(m_watched, contexts);
    const source::ClusterTarget target = m_target;
    m_target.context.clear();
    if (!m_target.allNamespaces)
        m_target.ns.clear(); // each context's own namespace
    if (!connectCluster(error)) {
        m_watched = previous;
        m_target = target;
        return false;
    }
    return true;
}

bool ConnectionManager::connectCluster(QString *error)
{
    if (m_watched.size() > 1) {
        std::unique_ptr<source::MultiContextSource> multi =
            source::MultiContextSource::connect(m_target, m_watched);
        m_lastError = {};
        m_context = multi->displayName();
        replaceSource(std::move(multi));
        return true;
    }
    source::ClusterConnection connection = source::ClusterConnector::connect(m_target);
    m_lastError = connection.ok() ? source::ConnectError{} : connection.error();
    if (!connection.ok()) {
        if (error)
            *error = connection.error().message;
        return false;
    }
    m_context = connection.value()->displayName();
    // Later switches keep the namespace actually shown, and the context actually used.
    m_target.context = m_context;
    if (!m_target.allNamespaces)
        m_target.ns = connection.value()->namespaceName();
    else if (m_target.ns.isEmpty())
        m_target.ns = connection.value()->contextNamespace();
    replaceSource(std::move(connection).value());
    return true;
}

bool ConnectionManager::openSnapshot(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("The snapshot %1 does not exist.").arg(path);
        return false;
    }
    m_mode = Mode::Snapshot;
    m_watched.clear();
    m_snapshotPath = path;
    m_target = source::ClusterTarget{};
    m_target.allNamespaces = true;
    m_context.clear();
    replaceSource(std::make_unique<source::SnapshotRolloutSource>(path));
    return true;
}

bool ConnectionManager::startDemo(double speed, QString *error, const QString &scenario)
{
    if (!m_demo) {
        if (error)
            *error = tr("The demo cluster is not available in this program.");
        return false;
    }
    // The running demo cluster goes away: no source may still talk to it.
    dropSource();
    m_watched.clear();
    const core::Result<QString> kubeconfig = m_demo->start(speed > 0 ? speed : 1.0, scenario);
    if (!kubeconfig) {
        if (error)
            *error = tr("The demo cluster could not start: %1").arg(kubeconfig.errorMessage());
        return false;
    }
    m_target = source::ClusterTarget{*kubeconfig, {}, {}, false};
    m_mode = Mode::Demo; // before the new source is announced, as in openKubeconfig()
    return connectCluster(error);
}

bool ConnectionManager::switchContext(const QString &context, QString *error)
{
    if (m_mode == Mode::None || m_mode == Mode::Snapshot || context == m_context)
        return true;
    const QStringList watched = std::exchange(m_watched, {}); // one context again
    const source::ClusterTarget previous = m_target;
    m_target.context = context;
    m_target.ns.clear(); // the new context's own namespace
    if (!connectCluster(error)) {
        m_target = previous;
        m_watched = watched;
        return false;
    }
    return true;
}

bool ConnectionManager::switchFromSeveral(const QString &context, QString *error)
{
    const QString shown = std::exchange(m_context, {}); // "a, b" is no context name
    if (switchContext(context, error))
        return true;
    m_context = shown;
    return false;
}

bool ConnectionManager::switchNamespace(const QString &ns, bool allNamespaces, QString *error)
{
    if (m_mode == Mode::None || m_mode == Mode::Snapshot)
        return true;
    if (allNamespaces == m_target.allNamespaces && (allNamespaces || ns == m_target.ns))
        return true;
    const source::ClusterTarget previous = m_target;
    m_target.allNamespaces = allNamespaces;
    if (!allNamespaces)
        m_target.ns = ns;
    if (!connectCluster(error)) {
        m_target = previous;
        return false;
    }
    return true;
}

void ConnectionManager::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_source)
        m_source->setReadOnly(this->readOnly());
}

void ConnectionManager::setForcedReadOnly(bool forced)
{
    m_forcedReadOnly = forced;
    setReadOnly(m_readOnly);
}

void ConnectionManager::listNamespaces()
{
    if (m_source)
        m_source->listNamespaces();
    else
        Q_EMIT namespacesListed({});
}

void ConnectionManager::onKubeconfigChanged(source::KubeconfigChange change, const QString &message)
{
    using source::KubeconfigChange;
    switch (change) {
    case KubeconfigChange::CredentialsRenewed:
        return; // already in use; rotation every few minutes needs no message
    case KubeconfigChange::ContextsChanged:
        Q_EMIT contextsChanged();
        return;
    case KubeconfigChange::ClusterChanged:
        Q_EMIT notice(message, false);
        // Not from inside the old source's signal: it is replaced (and deleted) by this.
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (m_mode != Mode::Snapshot && !connectCluster(&error))
                Q_EMIT notice(error, true);
        });
        return;
    case KubeconfigChange::CurrentContextChanged:
        Q_EMIT notice(message, false);
        return;
    case KubeconfigChange::ContextRemoved:
    case KubeconfigChange::Unreadable:
        Q_EMIT notice(message, true);
        return;
    }
}

} // namespace rd::gui
