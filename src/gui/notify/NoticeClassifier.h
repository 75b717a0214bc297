#pragma once

#include "gui/notify/AttentionState.h"
#include "gui/notify/Notice.h"

#include <QCoreApplication>

#include <optional>

namespace rd::gui {

// Decides whether a change of one rollout is a transition a person must hear about, and words it.
// One change gives at most one notice, the most important: an abort and the Degraded it causes
// are one transition (Aborted), not two.
class NoticeClassifier
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::NoticeClassifier)

public:
    static std::optional<Notice> classify(const QString &context, const QString &key,
                                          const AttentionState &before,
                                          const AttentionState &after);
};

} // namespace rd::gui
