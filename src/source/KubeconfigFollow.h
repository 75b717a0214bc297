#pragma once

#include "kube/KubeConfig.h"
#include "source/KubeconfigChange.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace rd::source {

// The kubeconfig a connection was made from, and what a new version of its files means for it.
// Pure logic (reads the files, no watching): KubeconfigWatcher says when to call reload().
class KubeconfigFollow
{
    Q_DECLARE_TR_FUNCTIONS(rd::source::KubeconfigFollow)
public:
    // `explicitFile`: --kubeconfig named one file (read alone, as client-go does); otherwise
    // `files` is the KUBECONFIG list (or ~/.kube/config), merged.
    KubeconfigFollow(QStringList files, bool explicitFile, kube::KubeConfig config,
                     kube::KubeConfig::Resolved resolved);

    struct Step
    {
        KubeconfigChange change;
        QString message; // translated; empty for ContextsChanged and CredentialsRenewed
    };
    struct Outcome
    {
        QList<Step> steps;
        std::optional<kube::KubeUser> renewedUser; // set with CredentialsRenewed
    };
    // Reads the files again and compares them with the last version.
    Outcome reload();

    QStringList files() const { return m_files; }
    QStringList contexts() const { return m_config.contextNames(); }
    const kube::KubeConfig::Resolved &resolved() const { return m_resolved; }

private:
    QStringList m_files;
    bool m_explicitFile;
    kube::KubeConfig m_config;
    kube::KubeConfig::Resolved m_resolved;
};

} // namespace rd::source
