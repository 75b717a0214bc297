#include "sim/ReplicaMath.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rd::sim {

namespace {

// Resolves an int-or-percent; percent values round up for surge and down for unavailable.
int scaled(const QJsonValue &v, int replicas, bool roundUp, int defaultPercent)
{
    if (v.isDouble())
        return v.toInt();
    QString s = v.isString() ? v.toString().trimmed() : QString::number(defaultPercent);
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    bool ok = false;
    const double pct = s.toDouble(&ok);
    if (!ok)
        return 0;
    const double exact = pct * replicas / 100.0;
    return int(roundUp ? std::ceil(exact - 1e-9) : std::floor(exact + 1e-9));
}

int replicasForScaleDown(const std::optional<ReplicaMath::RsCounts> &rs, bool ignoreAvailability)
{
    if (!rs)
        return 0;
    if (rs->specReplicas < rs->available)
        return rs->specReplicas;
    return ignoreAvailability ? rs->specReplicas : rs->available;
}

int scaleDownCount(const std::optional<ReplicaMath::RsCounts> &rs, int desired, int scaleDown,
                   int updated)
{
    if (rs && rs->specReplicas > desired) {
        const int count = std::max(desired, rs->specReplicas - scaleDown);
        if (updated > count)
            return count;
    }
    return updated;
}

// Keeps a scale-down from taking availability below the minimum and the pair within the total.
std::pair<int, int> adjustWithinLimits(const std::optional<ReplicaMath::RsCounts> &down,
                                       const std::optional<ReplicaMath::RsCounts> &up,
                                       int downCount, int upCount, int maxTotal, int minAvailable)
{
    const int upAvailable = up ? std::min(up->available, upCount) : 0;
    const int minDown = std::max(0, minAvailable - upAvailable);
    if (down)
        downCount = std::max(downCount, std::min(minDown, down->specReplicas));
    upCount = std::min(upCount, std::max(0, maxTotal - downCount));
    return {downCount, upCount};
}

} // namespace

ReplicaMath::Fenceposts ReplicaMath::resolve(const QJsonValue &maxSurge,
                                             const QJsonValue &maxUnavailable, int replicas)
{
    Fenceposts f;
    f.surge = scaled(maxSurge, replicas, true, 25);
    f.unavailable = scaled(maxUnavailable, replicas, false, 25);
    if (f.surge == 0 && f.unavailable == 0)
        f.unavailable = 1;
    f.unavailable = std::min(f.unavailable, replicas);
    return f;
}

std::pair<int, int> ReplicaMath::approximateWeighted(int replicas, int weight, int surge)
{
    const int R = replicas;
    const int W = weight;
    constexpr int M = 100;
    if (R == 0)
        return {0, 0};
    const double exact = double(R) * W / M;
    const int ceilV = int(std::ceil(exact - 1e-9));
    const int floorV = int(std::floor(exact + 1e-9));
    const bool tied = std::abs((exact - std::floor(exact)) - 0.5) < 1e-9;
    const bool zeroAllowed = W == M || W == 0 || (R == 1 && surge == 0);
    std::vector<std::pair<int, int>> candidates; // (canary, total)
    if (ceilV < R || zeroAllowed)
        candidates.emplace_back(ceilV, R);
    if (!tied && (floorV != 0 || zeroAllowed))
        candidates.emplace_back(floorV, R);
    if (surge > 0) {
        candidates.emplace_back(ceilV, R + 1);
        const double exact1 = double(R + 1) * W / M;
        const bool tied1 = std::abs((exact1 - std::floor(exact1)) - 0.5) < 1e-9;
        if (!tied1 && (floorV != 0 || zeroAllowed))
            candidates.emplace_back(floorV, R + 1);
    }
    if (candidates.empty())
        return {ceilV, R - ceilV};
    auto best = candidates.front();
    double bestDistance = std::abs(double(best.first) * M / best.second - W);
    for (const auto &c : candidates) {
        const double d = std::abs(double(c.first) * M / c.second - W);
        if (d < bestDistance - 1e-9) {
            best = c;
            bestDistance = d;
        }
    }
    return {best.first, best.second - best.first};
}

std::pair<int, int> ReplicaMath::basicCanaryCounts(int replicas, int weight, const Fenceposts &fp,
                                                   const std::optional<RsCounts> &newRs,
                                                   const std::optional<RsCounts> &stableRs,
                                                   bool stableIsNew, int otherSpecReplicas)
{
    auto [desiredNew, desiredStable] = approximateWeighted(replicas, weight, fp.surge);
    int newCount = newRs ? newRs->specReplicas : 0;
    int stableCount = stableRs ? stableRs->specReplicas : 0;
    if (!stableRs || stableIsNew) {
        desiredNew = replicas;
        desiredStable = 0;
    }
    if (stableIsNew)
        return {replicas, replicas};
    const int maxTotal = replicas + fp.surge;
    int scaleUp = maxTotal - (otherSpecReplicas + newCount + stableCount);
    if (stableRs && stableCount < desiredStable && scaleUp > 0) {
        const int add = std::min(desiredStable - stableCount, scaleUp);
        stableCount += add;
        scaleUp -= add;
    }
    if (newCount < desiredNew && scaleUp > 0)
        newCount += std::min(desiredNew - newCount, scaleUp);
    if (otherSpecReplicas > 0)
        return {newCount, stableCount};

    const int minAvailable = replicas - fp.unavailable;
    const bool increasing = !newRs || desiredNew >= newRs->specReplicas;
    const int base =
        replicasForScaleDown(newRs, !increasing) + replicasForScaleDown(stableRs, increasing);
    if (base <= minAvailable)
        return {newCount, stableCount};
    const int scaleDown = base - minAvailable;
    if (!increasing) {
        newCount = scaleDownCount(newRs, desiredNew, scaleDown, newCount);
        std::tie(newCount, stableCount) =
            adjustWithinLimits(newRs, stableRs, newCount, stableCount, maxTotal, minAvailable);
    } else if (stableRs) {
        stableCount = scaleDownCount(stableRs, desiredStable, scaleDown, stableCount);
        std::tie(stableCount, newCount) =
            adjustWithinLimits(stableRs, newRs, stableCount, newCount, maxTotal, minAvailable);
    }
    return {newCount, stableCount};
}

} // namespace rd::sim
