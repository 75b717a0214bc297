#pragma once

#include "core/Result.h"
#include "kube/KubeConfigTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::kube {

// A loaded, merged kubeconfig. Loading follows client-go (k8s-client.md §1.5-1.7): KUBECONFIG is
// a path list (first file defining a name wins, first non-empty current-context wins, missing
// files skipped), otherwise ~/.kube/config; an explicit file must exist and is not merged.
class KubeConfig
{
public:
    // The files the default rules name: KUBECONFIG split by the OS list separator (duplicates and
    // empty entries dropped), else $HOME/.kube/config.
    static QStringList defaultFiles();

    // Loads one explicitly named file (--kubeconfig). Errors carry a translated message: NotFound
    // (no such file), Io (unreadable) or Parse (not a valid kubeconfig).
    static core::Result<KubeConfig> loadFile(const QString &path);
    // Loads and merges a KUBECONFIG-style list. Missing files are skipped; if all are missing the
    // result is an error (the UI shows the welcome page).
    static core::Result<KubeConfig> loadFiles(const QStringList &paths);
    // defaultFiles() through loadFiles().
    static core::Result<KubeConfig> loadDefault();
    // Parses one file's contents; `path` gives relative paths their base and errors their name.
    static core::Result<KubeConfig> parse(const QByteArray &yaml, const QString &path);

    QString currentContext() const { return m_currentContext; }
    QStringList files() const { return m_files; }
    const QMap<QString, KubeCluster> &clusters() const { return m_clusters; }
    const QMap<QString, KubeUser> &users() const { return m_users; }
    const QMap<QString, KubeContext> &contexts() const { return m_contexts; }
    QStringList contextNames() const { return m_contexts.keys(); }

    // Merges `later` into this config with first-wins rules.
    void mergeFrom(const KubeConfig &later);

    struct Resolved
    {
        KubeContext context;
        KubeCluster cluster;
        KubeUser user;
        QString ns; // never empty: "default" when the context names none
    };
    // Resolves a context (empty = current-context) and validates it as client-go does
    // (missing context/cluster/user/server, conflicting auth methods). Messages are translated;
    // NotFound for a missing context, cluster or user, Invalid for the rest.
    core::Result<Resolved> resolve(const QString &contextName) const;

private:
    QString m_currentContext;
    QStringList m_files;
    QMap<QString, KubeCluster> m_clusters;
    QMap<QString, KubeUser> m_users;
    QMap<QString, KubeContext> m_contexts;
};

} // namespace rd::kube
