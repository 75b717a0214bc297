#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QByteArray>
#include <QList>

namespace rd::core {

// `rolloutdesk-cli history rollout`: the columns TIME REVISION EVENT WEIGHT MESSAGE (TIME in
// RFC 3339 UTC, WEIGHT the set weight after the entry or "-"), oldest first; always English.
QString timelineTable(const QList<TimelineEntry> &entries);
// The same rows for scripts: {"namespace", "rollout", "items": [{time, revision, event, weight,
// message}]}; an unknown revision or weight is null.
QByteArray timelineJson(const QString &ns, const QString &name,
                        const QList<TimelineEntry> &entries);

} // namespace rd::core
