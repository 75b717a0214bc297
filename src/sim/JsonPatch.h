#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::sim {

// RFC 7386 merge patches and RFC 6902 JSON patches over Qt's JSON values.
class JsonPatch
{
public:
    struct Outcome
    {
        bool ok = false;
        QJsonValue value;
        QString error; // why the patch could not be applied (when !ok)
    };

    // RFC 7386: objects merge recursively, null deletes a key, anything else replaces wholesale.
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

    // RFC 6902: add, remove, replace, move, copy, test; all or nothing.
    static Outcome apply(const QJsonValue &document, const QJsonArray &operations);

    // RFC 6901 pointer -> reference tokens ("~1" is "/", "~0" is "~"); nullopt when malformed.
    static std::optional<QStringList> parsePointer(const QString &pointer);
};

} // namespace rd::sim
