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
    QDateTime first;
    QDateTime last;
    TimelineEntry entry; // at `first`
};

std::optional<RolloutEvent> readRolloutEvent(const QJsonObject &event);

} // namespace rd::core
