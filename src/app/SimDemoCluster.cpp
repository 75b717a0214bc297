#include "app/SimDemoCluster.h"

#include "sim/SimCluster.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::app {

SimDemoCluster::SimDemoCluster() = default;

SimDemoCluster::~SimDemoCluster() = default;

core::Result<QString> SimDemoCluster::start(double speed, const QString &scenario)
{
    m_sim.reset();
    if (!m_dir.isValid())
        return core::Error{
            tr("no temporary folder for its kubeconfig: %1").arg(m_dir.errorString())};
    sim::SimCluster::Options options;
    options.scenario = scenario;
    options.tls = true;
    options.speed = speed;
    m_sim = std::make_unique<sim::SimCluster>(options);
    if (const core::Result<QUrl> started = m_sim->start(); !started) {
        m_sim.reset();
        return started.error();
    }
    const QString path = m_dir.filePath(u"demo-kubeconfig"_s);
    if (const core::Status written = m_sim->writeKubeconfig(path); !written) {
        m_sim.reset();
        return written.error();
    }
    return path;
}

void SimDemoCluster::stop()
{
    if (m_sim)
        m_sim->stop();
}

} // namespace rd::app
