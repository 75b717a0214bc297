#pragma once

#include "ObjectMeta.h"
#include "Result.h"

namespace rd::core {

// A typed, read-only view of an argoproj.io/v1alpha1 Experiment.
struct Experiment
{
    ObjectMeta meta;
    QJsonObject json;
    QString phase;
    QString message;
    // spec.duration as written (a Go duration such as "1h"); empty when unset or not a string.
    QString duration;
    QDateTime availableAt; // status.availableAt

    qint64 revision() const;
    static Result<Experiment> fromJson(const QJsonObject &object);
};

} // namespace rd::core
