#pragma once

#include "Rollout.h"

namespace rd::core {

struct PhaseMessage
{
    QString phase;
    QString message;
    bool operator==(const PhaseMessage &) const = default;
};

// The status a client shows (GetRolloutPhase): the client-side gates first, then the
// controller's `status.phase`, then the computation below (rollouts-semantics.md §1.3).
PhaseMessage rolloutPhase(const Rollout &rollout);

// CalculateRolloutPhase: the phase the controller derives from spec and status alone.
PhaseMessage calculateRolloutPhase(const Rollout &rollout);

} // namespace rd::core
