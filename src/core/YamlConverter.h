#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <optional>

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

    // The most nodes that aliases may add to one document. yaml-cpp shares an aliased node, so a
    // few hundred bytes of nested aliases ("billion laughs") load cheaply and explode only when
    // walked; the API server's YAML decoder refuses such documents too.
    static constexpr qint64 MaxAliasedNodes = 1'000'000;

    // Why the first document of `yaml` must not be walked: its aliases add more than
    // MaxAliasedNodes nodes, or an alias names a node that contains it (a cycle). Counted on the
    // parser's events, so it costs time linear in the text. Syntax errors are left to the loader.
    static std::optional<Error> aliasError(const QByteArray &yaml, const QString &sourceName);
};

} // namespace rd::core
