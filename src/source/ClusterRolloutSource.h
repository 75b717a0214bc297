#pragma once

#include "kube/ObjectCache.h"
#include "source/RolloutInfoWorker.h"
#include "source/RolloutSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace rd::kube {
class KubeClient;
class Reflector;
} // namespace rd::kube

namespace rd::source {

class KubeconfigFollow;
class KubeconfigWatcher;

// Rollouts of a live cluster: one reflector per kind (Rollout, ReplicaSet, Pod, AnalysisRun,
// Experiment, Deployment) feeding a store; a changed object marks the rollout(s) above it dirty
// (by owner uid, as the plugin matches children) and once per event-loop turn their objects go
// to a RolloutInfoWorker, which computes their RolloutInfo on its own thread; the results are
// applied here newest-only, and rolloutChanged is emitted only if the info differs.
class ClusterRolloutSource : public RolloutSource
{
    Q_OBJECT
public:
    // `ns` empty = all namespaces.
    ClusterRolloutSource(std::unique_ptr<kube::KubeClient> client, QString ns,
                         QObject *parent = nullptr);
    ~ClusterRolloutSource() override;

    void start() override;
    QString displayName() const override;
    QString namespaceName() const override { return m_ns; }
    QStringList keys() const override;
    bool contains(const QString &key) const override;
    std::shared_ptr<const core::RolloutInfo> info(const QString &key) const override;
    QJsonObject rolloutObject(const QString &key) const override;
    // Core Events about the rollout (watched too; a user who may not list events gets none).
    QList<QJsonObject> events(const QString &key) const override;
    // One paged list from the server (ClusterEventLister), whether or not the source runs.
    EventsRequest *listEvents(const QString &ns, const QString &name) override;
    bool isReadOnly() const override { return m_readOnly; }
    RolloutAccess accessFor(const QString &key) const override;
    bool tlsVerificationDisabled() const override;
    QString userOf(const QString &key) const override;
    void setReadOnly(bool readOnly) override { m_readOnly = readOnly; }
    QStringList contexts() const override;
    QString contextNamespace() const override;
    // GET /api/v1/namespaces; a user who may not list them is offered the context's namespace.
    void listNamespaces() override;
    ActionRequest *run(const RolloutAction &action) override;

    // Re-reads the kubeconfig whenever its files change (ClusterConnector sets this up): new
    // credentials apply to the next request, everything else is reported (kubeconfigChanged).
    void followKubeconfig(std::unique_ptr<KubeconfigFollow> follow);
    kube::KubeClient *client() const { return m_client.get(); }
    // For tests and diagnostics.
    kube::ObjectCache *store(const QString &kind) const;
    QList<kube::Reflector *> reflectors() const;
    // RolloutInfo computations asked for (a key asked again before its turn counts twice).
    int recomputeCount() const { return m_recomputes; }
    // Of those, asked for before every kind was listed (whole rollouts while pods came in).
    int recomputesBeforeListed() const { return m_recomputesBeforeListed; }
    // Entries of each internal index (tests: a long session stays flat).
    QMap<QString, qsizetype> indexSizes() const;

private:
    struct Kind;
    void askWhoIAm();
    // `refs` of the object as it is now (or was, when removed): no decoding here.
    void onObject(int kind, const QString &key, const kube::ObjectCache::Refs &refs, bool removed);
    void collectRollouts(const QString &uid, QSet<QString> &out, int depth) const;
    void scheduleFlush();
    void flush();
    // Before every kind is listed: computes the rollouts whose objects are all in already.
    void flushWhole();
    // Every kind but pods (and Events) listed, and each ReplicaSet of the rollout (also those of
    // its Experiments) has as many pods as its status counts.
    bool inputsWhole(const QString &rolloutKey) const;
    // The objects a rollout's info is computed from, or nothing when the rollout is gone.
    void recompute(const QString &rolloutKey, QList<RolloutInfoWorker::Input> &out);
    // Stores the newest infos and emits rolloutsAdded, then rolloutAdded or rolloutChanged per
    // key (changed only when the info differs).
    void onComputed(const QList<RolloutInfoWorker::Output> &outputs);
    void emitReadyOnceLoaded();
    void updateConnectionState();
    void reviewAccess(const QString &ns);
    void forgetNamespaceIfEmpty(const QString &ns);
    void onKubeconfigFilesChanged();

    std::unique_ptr<kube::KubeClient> m_client;
    QString m_ns;
    bool m_readOnly = false;
    QString m_reviewedUser; // from SelfSubjectReview; empty until (or unless) answered
    std::vector<std::unique_ptr<kube::ObjectCache>> m_stores;
    std::vector<std::unique_ptr<kube::Reflector>> m_reflectors;

    // The ownership index, from each object's refs. Small lists rather than sets: most owners
    // have one to three children, and a set costs hundreds of bytes even for one.
    struct Node
    {
        QString uid;
        QStringList owners;
    };
    QHash<QString, QPair<int, QString>> m_byUid; // uid -> (kind index, key)
    QHash<QString, Node> m_nodes;                // "kind|key" -> its uid and owner uids
    QHash<QString, QStringList> m_childrenOf;    // owner uid -> "kind|key"
    QHash<QString, QString> m_workloadOf;        // rollout key -> spec.workloadRef.name

    QHash<QString, QSet<QString>> m_eventsOf; // rollout key -> event keys

    QSet<QString> m_dirty;
    bool m_flushScheduled = false;
    bool m_ready = false;        // every kind listed once: computing starts
    bool m_readyEmitted = false; // ...and the infos of that first load were applied
    QSet<QString> m_firstLoad;   // keys of the first load whose info has not come back yet
    // Until then: rollouts touched since flushWhole() last looked, and each ReplicaSet's
    // status.replicas by uid (how many pods it waits for).
    QSet<QString> m_touchedBeforeReady;
    bool m_wholeScanDone = false; // every dirty key looked at once, when the other kinds listed
    QStringList m_wholeQueue;     // keys flushWhole() looks at, from m_wholeNext on
    qsizetype m_wholeNext = 0;
    QHash<QString, qint32> m_podsExpected;
    QElapsedTimer m_loadClock; // diagnostics: how long the first load took, and where
    // A (re)list frees a list's worth of memory: once the lists have settled, it goes back to the
    // system (core::releaseFreeMemory, on the pool). Armed by a list, never periodic.
    QTimer m_releaseMemory;
    quint64 m_generation = 0;
    QHash<QString, quint64> m_computing; // key -> newest generation sent to the worker
    int m_recomputes = 0;
    int m_recomputesBeforeListed = 0;
    QHash<QString, std::shared_ptr<const core::RolloutInfo>> m_infos;
    QHash<QString, RolloutAccess> m_access; // per namespace
    QSet<QString> m_accessAsked;
    std::unique_ptr<KubeconfigFollow> m_follow;
    KubeconfigWatcher *m_watcher = nullptr;
    // Last: destroyed first, so that nothing it delivers meets a half-destroyed source.
    std::unique_ptr<RolloutInfoWorker> m_worker;
};

} // namespace rd::source
