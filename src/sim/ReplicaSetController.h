#pragma once

#include <QString>

namespace rd::sim {

class ControllerManager;

// The ReplicaSet controller: creates and deletes pods to match spec.replicas and keeps the
// ReplicaSet's status counters (replicas, ready, available, observedGeneration).
class ReplicaSetController
{
public:
    explicit ReplicaSetController(ControllerManager *manager)
        : m_manager(manager)
    {}
    void reconcile(const QString &ns, const QString &name);

private:
    ControllerManager *m_manager;
};

} // namespace rd::sim
