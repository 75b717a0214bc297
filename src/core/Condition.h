#pragma once

#include "JsonReader.h"

#include <QDateTime>
#include <QString>

namespace rd::core {

// An entry of `status.conditions` (Rollout, ReplicaSet, Deployment).
struct Condition
{
    QString type;
    QString status;
    QString reason;
    QString message;
    QDateTime lastUpdateTime;
    QDateTime lastTransitionTime;

    static QList<Condition> readAll(const JsonReader &status);
    bool operator==(const Condition &) const = default;
};

} // namespace rd::core
