#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QJsonObject>

#include <optional>

namespace rd::core {

// Reads one Kubernetes Event of a rollout (the Argo Rollouts controller's reasons and messages,
// rollouts-semantics.md 5.x) into a timeline entry. Events that tell no part of the story
// (NewReplicaSetCreated, RolloutNotCompleted, ...) give nothing.
struct RolloutEvent
{
    QString id; // metadata.uid, or namespace/name
    int count = 1;
    // metadata.resourceVersion when it is a number (etcd's revision): the only order of Events
    // written within the same second, as their timestamps have whole seconds. 0 = none.
    qint64 resourceVersion = 0;
    QDateTime first;
    QDateTime last;
    TimelineEntry entry; // at `first`
};

std::optional<RolloutEvent> readRolloutEvent(const QJsonObject &event);

// Whether `event` is about the Rollout `name` in `ns` (core/v1 involvedObject or
// events.k8s.io regarding).
bool isEventOfRollout(const QJsonObject &event, const QString &ns, const QString &name);

} // namespace rd::core
