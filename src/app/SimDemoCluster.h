#pragma once

#include "source/DemoCluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace rd::sim {
class SimCluster;
}

namespace rd::app {

// The demo cluster of `rolloutdesk --demo` and "Start the demo cluster": the simulator in this
// process, over TLS like a real cluster (client-go sends tokens over TLS only), with its
// kubeconfig in a private temporary folder.
class SimDemoCluster : public source::DemoCluster
{
    Q_DECLARE_TR_FUNCTIONS(rd::app::SimDemoCluster)
public:
    SimDemoCluster();
    ~SimDemoCluster() override;

    core::Result<QString> start(double speed, const QString &scenario) override;
    void stop() override;

    sim::SimCluster *cluster() const { return m_sim.get(); }

private:
    std::unique_ptr<sim::SimCluster> m_sim;
    QTemporaryDir m_dir;
};

} // namespace rd::app
