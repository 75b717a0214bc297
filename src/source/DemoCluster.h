#pragma once

#include "core/Result.h"

#include <QString>

namespace rd::source {

// The in-process demo cluster as the window sees it: something that starts and hands back a
// kubeconfig to connect to. The application creates the simulator behind it (app/), so the
// window's library never links the simulator.
class DemoCluster
{
public:
    virtual ~DemoCluster() = default;

    // Starts a fresh cluster (a running one is stopped first) with `scenario` at `speed`, and
    // returns the path of a kubeconfig for it.
    virtual core::Result<QString> start(double speed, const QString &scenario) = 0;
    // Stops serving (connections then fail and reconnect, as with a real cluster going away).
    virtual void stop() = 0;
};

} // namespace rd::source
