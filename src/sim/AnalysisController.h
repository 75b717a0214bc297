#pragma once

#include <QString>

namespace rd::sim {

class ControllerManager;

// Runs AnalysisRuns. Results are decided by the scenario through annotations copied from the
// AnalysisTemplate: `sim.rolloutdesk.io/result` (Successful, Failed, Inconclusive or Error;
// default Successful) after `sim.rolloutdesk.io/after-seconds` simulated seconds (default 3).
class AnalysisController
{
public:
    explicit AnalysisController(ControllerManager *manager)
        : m_manager(manager)
    {}
    void reconcile(const QString &ns, const QString &name);

private:
    ControllerManager *m_manager;
};

} // namespace rd::sim
