#pragma once

#include <QByteArray>

namespace rd::core {

// The three candidate bodies of `promote` (rollouts-semantics.md §3.4). Empty = not sent.
// The status patch goes to /status first; if that answers NotFound the spec patch is replaced by
// the unified body; then the spec patch (if any) goes to the main resource.
struct PromotePlan
{
    QByteArray specPatch;
    QByteArray statusPatch;
    QByteArray unifiedPatch;
};

} // namespace rd::core
