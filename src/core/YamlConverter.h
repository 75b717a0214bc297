#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace rd::core {

// Converts YAML documents to the JSON a Kubernetes API server would hold, so one decoder serves
// both. Plain scalars resolve as YAML 1.1 does for Kubernetes (null, booleans, numbers, else
// strings); quoted scalars stay strings.
class YamlConverter
{
public:
    // Every document of a (possibly multi-document) YAML text; empty documents are skipped.
    // `sourceName` names the file in errors, which carry the line and column.
    static Result<QList<QJsonValue>> documents(const QByteArray &yaml, const QString &sourceName);
};

} // namespace rd::core
