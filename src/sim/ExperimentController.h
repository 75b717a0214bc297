#pragma once

#include <QString>

namespace rd::sim {

class ControllerManager;

// Runs Experiments: one ReplicaSet per template, analyses as AnalysisRuns, Running once the
// ReplicaSets are available, Successful after `duration` (then scaled down), Failed when an
// analysis fails.
class ExperimentController
{
public:
    explicit ExperimentController(ControllerManager *manager)
        : m_manager(manager)
    {}
    void reconcile(const QString &ns, const QString &name);

private:
    ControllerManager *m_manager;
};

} // namespace rd::sim
