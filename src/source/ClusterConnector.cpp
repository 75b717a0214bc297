#include "source/ClusterConnector.h"

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "source/KubeconfigFollow.h"

#include <QFileInfo>

#include <algorithm>

namespace rd::source {

namespace {
ClusterConnection failure(ConnectError::Kind kind, const QString &message)
{
    ClusterConnection c;
    c.error = ConnectError{kind, message};
    return c;
}
} // namespace

ClusterConnection ClusterConnector::connect(const ClusterTarget &target)
{
    const bool explicitFile = !target.kubeconfig.isEmpty();
    const QStringList files =
        explicitFile ? QStringList{target.kubeconfig} : kube::KubeConfig::defaultFiles();
    QString error;
    std::optional<kube::KubeConfig> config = explicitFile
                                                 ? kube::KubeConfig::loadFile(files.first(), &error)
                                                 : kube::KubeConfig::loadFiles(files, &error);
    if (!config) {
        const bool none = std::none_of(files.cbegin(), files.cend(),
                                       [](const QString &f) { return QFileInfo::exists(f); });
        return failure(
            none ? ConnectError::Kind::NoKubeconfig : ConnectError::Kind::InvalidKubeconfig, error);
    }
    std::optional<kube::KubeConfig::Resolved> resolved = config->resolve(target.context, &error);
    if (!resolved)
        return failure(ConnectError::Kind::InvalidContext, error);
    std::unique_ptr<kube::KubeClient> client = kube::KubeClient::create(*resolved, &error);
    if (!client)
        return failure(ConnectError::Kind::ClientSetup, error);
    const QString ns =
        target.allNamespaces ? QString() : (target.ns.isEmpty() ? resolved->ns : target.ns);
    ClusterConnection c;
    c.source = std::make_unique<ClusterRolloutSource>(std::move(client), ns);
    c.source->followKubeconfig(std::make_unique<KubeconfigFollow>(
        files, explicitFile, std::move(*config), std::move(*resolved)));
    return c;
}

} // namespace rd::source
