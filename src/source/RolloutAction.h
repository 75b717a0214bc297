#pragma once

#include <QString>

namespace rd::source {

// One user action on one rollout, as the GUI or CLI asks for it. The source turns it into the
// plugin's exact request(s) (rollouts-semantics.md §3).
struct RolloutAction
{
    enum class Kind {
        Abort,
        Retry,
        Promote,
        PromoteFull,
        Pause,
        Resume,
        Restart,
        SetImage,
        Undo,
    };

    Kind kind = Kind::Abort;
    QString key;          // "namespace/name"
    QString container;    // SetImage: container name or "*"
    QString image;        // SetImage
    qint64 revision = 0;  // Undo: 0 = previous revision
    qint64 delaySecs = 0; // Restart: restart after this many seconds (0 = now)
    QString reason;       // typed in the confirmation dialog: kept in the local history, never sent
};

} // namespace rd::source
