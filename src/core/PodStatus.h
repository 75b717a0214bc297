#pragma once

#include "Pod.h"

namespace rd::core {

// kubectl's STATUS, READY and RESTARTS columns of a pod (rollouts-semantics.md §1.7).
struct PodStatus
{
    QString status;
    qint64 readyContainers = 0;
    qint64 totalContainers = 0;
    qint64 restarts = 0;

    static PodStatus of(const Pod &pod);
};

} // namespace rd::core
