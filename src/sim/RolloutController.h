#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rd::sim {

class ControllerManager;

// The Argo Rollouts controller for basic (replica-based) canary and blue-green rollouts,
// following rollouts-semantics.md §5: one ReplicaSet resize per reconcile, status persisted by a
// write to the status subresource, steps, pauses, abort/retry, promotion, analysis runs,
// experiments, restart, progress deadline and revision history. A canary with `trafficRouting`
// is scaled like a basic one, but also records the weight its (imagined) router sends to the
// canary in status.canary.weights, with TrafficWeightUpdated Events.
class RolloutController
{
public:
    explicit RolloutController(ControllerManager *manager)
        : m_manager(manager)
    {}
    void reconcile(const QString &ns, const QString &name);

    // Phase and message from spec and status (CalculateRolloutPhase, §1.3 / §5.12).
    static std::pair<QString, QString> calculatePhase(const QJsonObject &spec,
                                                      const QJsonObject &status);

private:
    struct Context
    {
        QJsonObject rollout;
        QJsonObject spec;
        QJsonObject status;    // as stored
        QJsonObject newStatus; // being built
        QList<QJsonObject> replicaSets;
        std::optional<QJsonObject> newRs;
        std::optional<QJsonObject> stableRs;
        QList<QJsonObject> others; // neither new nor stable
        QString hash;
        int replicas = 1;
        bool canary = true;
        QJsonArray steps;
        QString abortDetail; // a controller-initiated abort's detail
    };

    bool createNewReplicaSet(Context &ctx);
    bool syncRevision(Context &ctx);
    bool cleanupHistory(Context &ctx);
    bool reconcileRestart(Context &ctx);
    bool reconcileAnalysis(Context &ctx);
    bool reconcileExperiment(Context &ctx);
    bool checkPausedConditions(Context &ctx);
    void reconcileCanary(Context &ctx);
    void reconcileBlueGreen(Context &ctx);
    bool scaleReplicaSet(Context &ctx, const QJsonObject &rs, int replicas);
    bool stepComplete(Context &ctx, int index, int desiredNew, int desiredStable);
    void reconcileTrafficRouting(Context &ctx, int desiredNew);
    int currentSetWeight(const Context &ctx) const;
    void persist(Context &ctx);
    void updateCounters(Context &ctx);
    void pointService(const Context &ctx, const QString &service, const QString &hash);
    void calculateConditions(Context &ctx);
    void requeueAfterSimSeconds(const Context &ctx, double seconds);
    QString revisionOf(const QJsonObject &o) const;

    ControllerManager *m_manager;
};

} // namespace rd::sim
