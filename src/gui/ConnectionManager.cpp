#include "gui/ConnectionManager.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "kube/Reflector.h"
#include "sim/SimCluster.h"
#include "source/ClusterRolloutSource.h"
#include "source/SnapshotRolloutSource.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
{}

namespace {
// Deletes a source safely. Workaround: ~ClusterRolloutSource stops its reflectors, whose
// stateChanged reaches the half-destroyed source; cut those connections first.
void dispose(std::unique_ptr<source::RolloutSource> source, bool later)
{
    if (!source)
        return;
    if (auto *cluster = qobject_cast<source::ClusterRolloutSource *>(source.get())) {
        for (QObject *reflector : cluster->reflectors())
            QObject::disconnect(reflector, nullptr, cluster, nullptr);
    }
    if (later)
        source.release()->deleteLater();
}
} // namespace

ConnectionManager::~ConnectionManager()
{
    // The source talks to the simulated cluster: stop it first.
    dispose(std::move(m_source), false);
    m_sim.reset();
}

QStringList ConnectionManager::contexts() const
{
    return m_config ? m_config->contextNames() : QStringList();
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
    Q_EMIT sourceChanged(m_source.get());
    dispose(std::move(old), true);
    if (m_source)
        m_source->start();
}

bool ConnectionManager::openKubeconfig(const QString &path, const QString &context,
                                       const QString &ns, bool allNamespaces, QString *error)
{
    std::optional<kube::KubeConfig> config = path.isEmpty()
                                                 ? kube::KubeConfig::loadDefault(error)
                                                 : kube::KubeConfig::loadFile(path, error);
    if (!config)
        return false;
    m_config = std::move(config);
    m_kubeconfigPath = path;
    m_context = context.isEmpty() ? m_config->currentContext() : context;
    m_ns = ns;
    m_allNamespaces = allNamespaces;
    if (m_mode != Mode::Demo || path.isEmpty() || !m_simDir || !path.startsWith(m_simDir->path()))
        m_mode = Mode::Cluster;
    return connectCluster(error);
}

bool ConnectionManager::connectCluster(QString *error)
{
    auto resolved = m_config->resolve(m_context, error);
    if (!resolved)
        return false;
    auto client = kube::KubeClient::create(*resolved, error);
    if (!client)
        return false;
    m_context = resolved->context.name;
    m_contextNs = resolved->ns;
    if (m_ns.isEmpty())
        m_ns = resolved->ns;
    auto source = std::make_unique<source::ClusterRolloutSource>(
        std::move(client), m_allNamespaces ? QString() : m_ns);
    source->setReadOnly(readOnly());
    replaceSource(std::move(source));
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
    m_snapshotPath = path;
    m_config.reset();
    m_context.clear();
    m_ns.clear();
    m_allNamespaces = true;
    replaceSource(std::make_unique<source::SnapshotRolloutSource>(path));
    return true;
}

bool ConnectionManager::startDemo(double speed, QString *error, const QString &scenario)
{
    if (m_source) {
        std::unique_ptr<source::RolloutSource> old = std::move(m_source);
        Q_EMIT sourceChanged(nullptr);
        dispose(std::move(old), false);
    }
    m_sim.reset();
    sim::SimCluster::Options options;
    options.scenario = scenario;
    // TLS like a real cluster (and client-go sends tokens over TLS only).
    options.tls = true;
    options.speed = speed > 0 ? speed : 1.0;
    m_sim = std::make_unique<sim::SimCluster>(options);
    QString simError;
    if (m_sim->start(&simError).isEmpty()) {
        if (error)
            *error = tr("The demo cluster could not start: %1").arg(simError);
        m_sim.reset();
        return false;
    }
    m_simDir = std::make_unique<QTemporaryDir>();
    const QString path = m_simDir->filePath(u"demo-kubeconfig"_s);
    if (!m_sim->writeKubeconfig(path, &simError)) {
        if (error)
            *error = tr("The demo cluster could not start: %1").arg(simError);
        return false;
    }
    m_mode = Mode::Demo;
    return openKubeconfig(path, QString(), QString(), false, error);
}

bool ConnectionManager::switchContext(const QString &context, QString *error)
{
    if (!m_config || context == m_context)
        return true;
    m_context = context;
    m_ns.clear(); // the new context's own namespace
    return connectCluster(error);
}

bool ConnectionManager::switchNamespace(const QString &ns, bool allNamespaces, QString *error)
{
    if (!m_config)
        return true;
    if (allNamespaces == m_allNamespaces && (allNamespaces || ns == m_ns))
        return true;
    m_allNamespaces = allNamespaces;
    if (!allNamespaces)
        m_ns = ns;
    return connectCluster(error);
}

void ConnectionManager::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (auto *cluster = qobject_cast<source::ClusterRolloutSource *>(m_source.get()))
        cluster->setReadOnly(this->readOnly());
}

void ConnectionManager::setForcedReadOnly(bool forced)
{
    m_forcedReadOnly = forced;
    setReadOnly(m_readOnly);
}

void ConnectionManager::listNamespaces()
{
    auto *cluster = qobject_cast<source::ClusterRolloutSource *>(m_source.get());
    if (!cluster) {
        Q_EMIT namespacesListed({});
        return;
    }
    kube::KubeRequest request;
    request.path = u"/api/v1/namespaces"_s;
    kube::KubeReply *reply = cluster->client()->send(request);
    QPointer<source::ClusterRolloutSource> guard(cluster);
    connect(reply, &kube::KubeReply::finished, this, [this, reply, guard] {
        QStringList names;
        // Users who may not list namespaces keep the context's namespace (the fallback).
        if (guard && reply->ok()) {
            const QJsonArray items = reply->json().value(u"items"_s).toArray();
            for (const auto &item : items)
                names
                    << item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        }
        if (!m_contextNs.isEmpty() && !names.contains(m_contextNs))
            names << m_contextNs;
        names.sort();
        reply->deleteLater();
        Q_EMIT namespacesListed(names);
    });
}

} // namespace rd::gui
