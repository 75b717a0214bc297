#pragma once

#include "ObjectMeta.h"
#include "PodTemplate.h"
#include "Result.h"

namespace rd::core {

// A typed, read-only view of an apps/v1 Deployment (a rollout's workloadRef).
struct Deployment
{
    ObjectMeta meta;
    QJsonObject json;
    PodTemplate podTemplate;

    static Result<Deployment> fromJson(const QJsonObject &object);
};

} // namespace rd::core
