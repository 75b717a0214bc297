#include "source/KubeconfigFollow.h"

namespace rd::source {

namespace {
// The user entry without what CredentialProvider reads on every request.
kube::KubeUser withoutCredentials(kube::KubeUser user)
{
    user.token.clear();
    user.tokenFile.clear();
    user.username.clear();
    user.password.clear();
    user.exec.reset();
    user.authProvider.reset();
    return user;
}
} // namespace

KubeconfigFollow::KubeconfigFollow(QStringList files, bool explicitFile, kube::KubeConfig config,
                                   kube::KubeConfig::Resolved resolved)
    : m_files(std::move(files))
    , m_explicitFile(explicitFile)
    , m_config(std::move(config))
    , m_resolved(std::move(resolved))
{}

KubeconfigFollow::Outcome KubeconfigFollow::reload()
{
    Outcome out;
    core::Result<kube::KubeConfig> config = m_explicitFile
                                                ? kube::KubeConfig::loadFile(m_files.value(0))
                                                : kube::KubeConfig::loadFiles(m_files);
    const QString mine = m_resolved.context.name;
    if (!config) {
        out.steps << Step{KubeconfigChange::Unreadable,
                          tr("The kubeconfig cannot be read any more (%1); the connection to %2 "
                             "keeps its last settings.")
                              .arg(config.errorMessage(), mine)};
        return out;
    }
    if (config->contextNames() != m_config.contextNames())
        out.steps << Step{KubeconfigChange::ContextsChanged, {}};
    if (config->currentContext() != m_config.currentContext() && config->currentContext() != mine &&
        !config->currentContext().isEmpty())
        out.steps << Step{KubeconfigChange::CurrentContextChanged,
                          //: %1 new current-context of the kubeconfig, %2 context shown
                          tr("The kubeconfig's current context is now %1; this window stays on "
                             "%2 until you choose another context.")
                              .arg(config->currentContext(), mine)};
    m_config = std::move(*config);
    if (!m_config.contexts().contains(mine)) {
        out.steps << Step{KubeconfigChange::ContextRemoved,
                          tr("The context %1 is no longer in the kubeconfig; the connection "
                             "keeps its last settings until you choose another context.")
                              .arg(mine)};
        return out;
    }
    core::Result<kube::KubeConfig::Resolved> resolved = m_config.resolve(mine);
    if (!resolved) {
        out.steps << Step{KubeconfigChange::Unreadable,
                          tr("The context %1 in the kubeconfig is no longer usable (%2); the "
                             "connection keeps its last settings.")
                              .arg(mine, resolved.errorMessage())};
        return out;
    }
    if (!(resolved->cluster == m_resolved.cluster) ||
        !(withoutCredentials(resolved->user) == withoutCredentials(m_resolved.user))) {
        out.steps << Step{KubeconfigChange::ClusterChanged,
                          tr("The kubeconfig changed the cluster or client certificate of "
                             "context %1: connecting again.")
                              .arg(mine)};
        return out;
    }
    if (!(resolved->user == m_resolved.user)) {
        out.steps << Step{KubeconfigChange::CredentialsRenewed, {}};
        out.renewedUser = resolved->user;
    }
    m_resolved = std::move(*resolved);
    return out;
}

} // namespace rd::source
