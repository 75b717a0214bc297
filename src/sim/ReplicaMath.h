#pragma once

#include <QJsonValue>

#include <optional>
#include <utility>

namespace rd::sim {

// The replica arithmetic of a basic (replica-based) canary (rollouts-semantics.md §5.3).
class ReplicaMath
{
public:
    struct Fenceposts
    {
        int surge = 0;
        int unavailable = 0;
    };
    // What the maths needs to know about one ReplicaSet.
    struct RsCounts
    {
        int specReplicas = 0;
        int available = 0;
        int statusReplicas = 0;
    };

    // maxSurge / maxUnavailable (int or percent string; "25" means 25 %) for `replicas`.
    static Fenceposts resolve(const QJsonValue &maxSurge, const QJsonValue &maxUnavailable,
                              int replicas);
    // (canary, stable) closest to the weight, possibly using one surge pod.
    static std::pair<int, int> approximateWeighted(int replicas, int weight, int surge);
    // The next (new, stable) spec.replicas for a basic canary.
    static std::pair<int, int> basicCanaryCounts(int replicas, int weight, const Fenceposts &fp,
                                                 const std::optional<RsCounts> &newRs,
                                                 const std::optional<RsCounts> &stableRs,
                                                 bool stableIsNew, int otherSpecReplicas);
};

} // namespace rd::sim
