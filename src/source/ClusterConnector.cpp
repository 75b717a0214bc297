#include "source/ClusterConnector.h"

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/ObjectName.h"
#include "source/KubeconfigFollow.h"

#include <QFileInfo>

#include <algorithm>

namespace rd::source {

namespace {
ConnectError failure(ConnectError::Kind kind, const QString &message)
{
    return ConnectError{kind, message};
}
} // namespace

ClusterConnection ClusterConnector::connect(const ClusterTarget &target)
{
    const bool explicitFile = !target.kubeconfig.isEmpty();
    const QStringList files =
        explicitFile ? QStringList{target.kubeconfig} : kube::KubeConfig::defaultFiles();
    core::Result<kube::KubeConfig> config = explicitFile ? kube::KubeConfig::loadFile(files.first())
                                                         : kube::KubeConfig::loadFiles(files);
    if (!config) {
        const bool none = std::none_of(files.cbegin(), files.cend(),
                                       [](const QString &f) { return QFileInfo::exists(f); });
        return failure(none ? ConnectError::Kind::NoKubeconfig
                            : ConnectError::Kind::InvalidKubeconfig,
                       config.errorMessage());
    }
    core::Result<kube::KubeConfig::Resolved> resolved = config->resolve(target.context);
    if (!resolved)
        return failure(ConnectError::Kind::InvalidContext, resolved.errorMessage());
    core::Result<std::unique_ptr<kube::KubeClient>> client = kube::KubeClient::create(*resolved);
    if (!client)
        return failure(ConnectError::Kind::ClientSetup, client.errorMessage());
    const QString ns =
        target.allNamespaces ? QString() : (target.ns.isEmpty() ? resolved->ns : target.ns);
    if (!target.allNamespaces) {
        // Checked here too (the reflectors would refuse it later) so that the error names where
        // the namespace came from before a source exists.
        const QString field =
            target.ns.isEmpty() ? tr("The namespace of context \"%1\"").arg(resolved->context.name)
                                : tr("The namespace");
        const QString invalid = kube::ObjectName::checkNamespace(field, ns);
        if (!invalid.isEmpty())
            return failure(ConnectError::Kind::InvalidNamespace, invalid);
    }
    auto source = std::make_unique<ClusterRolloutSource>(std::move(client).value(), ns);
    source->followKubeconfig(std::make_unique<KubeconfigFollow>(
        files, explicitFile, std::move(config).value(), std::move(resolved).value()));
    return source;
}

} // namespace rd::source
