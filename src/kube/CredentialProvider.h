#pragma once

#include "core/Result.h"
#include "kube/Credentials.h"
#include "kube/ExecCredential.h"
#include "kube/KubeConfigTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace rd::kube {

class ExecPluginRunner;

// Turns a kubeconfig user into per-request credentials (k8s-client.md §1.3, §1.8, §2): static
// token, tokenFile (wins over token as in client-go; re-read every minute and after a 401),
// basic auth, an exec plugin (cached process-wide until expiry, re-run after a 401) or the
// legacy oidc provider's id-token.
class CredentialProvider : public QObject
{
    Q_OBJECT
public:
    // The credentials, or why there are none (a translated message; Unauthorized, or NotFound /
    // Timeout / Parse from an exec plugin).
    using Callback = std::function<void(const core::Result<Credentials> &creds)>;

    CredentialProvider(KubeUser user, KubeCluster cluster, QObject *parent = nullptr);
    ~CredentialProvider() override;

    // Calls `cb` (maybe synchronously) with credentials; `context` guards the callback's lifetime.
    void acquire(QObject *context, Callback cb);
    // After a 401: forget cached credentials. Returns true if asking again may give different
    // ones (exec plugin or token file), i.e. the request is worth retrying once.
    bool invalidate();
    // The kubeconfig on disk gave this user new credentials (token rotation): the next
    // acquire() uses them; cached tokens of the old entry are forgotten.
    void setUser(const KubeUser &user);

    void setExecTimeoutMs(int ms) { m_execTimeoutMs = ms; }
    // How many times the exec plugin ran (tests check caching with it).
    int execRuns() const { return m_execRuns; }

    // Drops the process-wide exec credential cache (tests).
    static void clearExecCache();

private:
    void runExec();
    void deliverExec(const core::Result<ExecCredential> &cred);
    QString execCacheKey() const;

    KubeUser m_user;
    KubeCluster m_cluster;
    int m_execTimeoutMs = 60000;
    int m_execRuns = 0;
    QString m_fileToken;
    QDateTime m_fileTokenRead;
    std::unique_ptr<ExecPluginRunner> m_runner;
    std::vector<std::pair<QPointer<QObject>, Callback>> m_waiters;
};

} // namespace rd::kube
