#pragma once

#include "core/Result.h"

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
    // The API server's bounds: at most 10,000 operations (413), and "copy" operations together
    // may add at most this many bytes of JSON (422), so a patch that doubles an array sixty times
    // stops after a few steps instead of exhausting memory.
    static constexpr qsizetype MaxOperations = 10000;
    static constexpr qint64 MaxCopiedBytes = 3 * 1024 * 1024;

    // RFC 7386: objects merge recursively, null deletes a key, anything else replaces wholesale.
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

    // RFC 6902: add, remove, replace, move, copy, test; all or nothing, within the bounds above.
    // A refused patch is an Invalid error whose httpStatus is the API server's answer: 422, or
    // 413 when it has too many operations.
    static core::Result<QJsonValue> apply(const QJsonValue &document, const QJsonArray &operations);

    // RFC 6901 pointer -> reference tokens ("~1" is "/", "~0" is "~"); nullopt when malformed.
    static std::optional<QStringList> parsePointer(const QString &pointer);
};

} // namespace rd::sim
