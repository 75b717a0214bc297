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
        QString error;  // why the patch could not be applied (when !ok)
        int code = 422; // the HTTP status of a failure: 413 when the patch has too many operations
    };

    // The API server's bounds: at most 10,000 operations (413), and "copy" operations together
    // may add at most this many bytes of JSON (422), so a patch that doubles an array sixty times
    // stops after a few steps instead of exhausting memory.
    static constexpr qsizetype MaxOperations = 10000;
    static constexpr qint64 MaxCopiedBytes = 3 * 1024 * 1024;

    // RFC 7386: objects merge recursively, null deletes a key, anything else replaces wholesale.
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

    // RFC 6902: add, remove, replace, move, copy, test; all or nothing, within the bounds above.
    static Outcome apply(const QJsonValue &document, const QJsonArray &operations);

    // RFC 6901 pointer -> reference tokens ("~1" is "/", "~0" is "~"); nullopt when malformed.
    static std::optional<QStringList> parsePointer(const QString &pointer);
};

} // namespace rd::sim
