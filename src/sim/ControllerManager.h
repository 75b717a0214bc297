#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTimer>

#include <memory>

#include "sim/ClusterStore.h"

namespace rd::sim {

class EventRecorder;
class RolloutController;
class ReplicaSetController;
class Kubelet;
class AnalysisController;
class ExperimentController;

// Runs the controllers: turns store changes into work items (deduplicated, processed a batch per
// event-loop turn) and scales every simulated delay by the speed.
class ControllerManager : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Rollout, ReplicaSet, Pod, AnalysisRun, Experiment };

    ControllerManager(ClusterStore *store, double speed, QObject *parent = nullptr);
    ~ControllerManager() override;

    void start();
    void stop();
    ClusterStore *store() const { return m_store; }
    EventRecorder *events() const { return m_events.get(); }
    double speed() const { return m_speed; }
    // Real milliseconds for a simulated duration.
    int realMs(double simSeconds) const;
    // Simulated seconds elapsed since an RFC 3339 time.
    double simSecondsSince(const QString &timestamp) const;

    // Events are deleted `seconds` (real time) after their last write (0: kept for ever).
    void setEventTimeToLive(double seconds);

    void enqueue(Kind kind, const QString &ns, const QString &name);
    void enqueueAfter(Kind kind, const QString &ns, const QString &name, int realMilliseconds);

private:
    struct Item
    {
        Kind kind;
        QString ns;
        QString name;
        bool operator==(const Item &o) const
        {
            return kind == o.kind && ns == o.ns && name == o.name;
        }
    };
    friend size_t qHash(const Item &i, size_t seed)
    {
        return qHashMulti(seed, int(i.kind), i.ns, i.name);
    }

    void onStoreChanged(const StoreEventPtr &event);
    void processQueue();

    ClusterStore *m_store;
    double m_speed;
    bool m_running = false;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<RolloutController> m_rollouts;
    std::unique_ptr<ReplicaSetController> m_replicaSets;
    std::unique_ptr<Kubelet> m_kubelet;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<ExperimentController> m_experiments;
    QList<Item> m_queue;
    QSet<Item> m_queued;
    QTimer m_timer;
    QTimer m_eventSweep;
};

} // namespace rd::sim
