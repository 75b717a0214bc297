#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rd::core {

class ParsedJson;

// Reads fields of a decoded Kubernetes object with the API's defaults for missing values, and
// remembers the first field that had the wrong type so the caller can name the object, the
// field and what was expected.
//
// It reads either a QJsonObject or an object parsed from text by ParsedJson (simdjson), with
// the same results: the typed decoders (Rollout, Pod, ReplicaSet, …) are written once against
// this class. The second is for the stores' packed texts, read in bulk when RolloutInfos are
// computed: there, building a QJsonObject tree and looking fields up in it was two thirds of
// the work.
class JsonReader
{
public:
    // `subject` names the object in errors, e.g. `Rollout "jesse-test/canary-demo"`.
    JsonReader(const QJsonObject &object, const QString &subject);
    // The root object of `parsed`, which must outlive this reader and every reader made from it
    // (values read out are copies).
    JsonReader(const ParsedJson &parsed, const QString &subject);

    QString subject() const { return m_state->subject; }
    bool has(QStringView key) const;
    // A field as a QJsonValue (undefined when missing).
    QJsonValue raw(QStringView key) const;
    // The whole object as a QJsonObject (a copy, built when read from text).
    QJsonObject json() const;

    QString string(QStringView key, const QString &fallback = {}) const;
    qint64 integer(QStringView key, qint64 fallback = 0) const;
    std::optional<qint64> optionalInteger(QStringView key) const;
    bool boolean(QStringView key, bool fallback = false) const;
    std::optional<bool> optionalBoolean(QStringView key) const;
    // An RFC 3339 timestamp; invalid (null) when missing.
    QDateTime time(QStringView key) const;
    QStringList strings(QStringView key) const;
    QMap<QString, QString> stringMap(QStringView key) const;

    // A nested object; a missing or null one reads as empty.
    JsonReader object(QStringView key) const;
    // An array of objects; a missing or null one reads as empty.
    QList<JsonReader> objects(QStringView key) const;

    // Records an error about `key` (for checks beyond the JSON type).
    void fail(QStringView key, const QString &expected) const;

    bool failed() const { return !m_state->firstError.isEmpty(); }
    QString errorMessage() const { return m_state->firstError; }

    // A simdjson element, kept as its bytes so that this header need not include simdjson.
    struct Element
    {
        alignas(void *) unsigned char bytes[2 * sizeof(void *)] = {};
    };

private:
    struct State
    {
        QString subject;
        QString firstError;
    };
    enum class Backend : quint8 { Qt, Text, Empty };
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<State> state);
    JsonReader(const Element &element, const QString &path, std::shared_ptr<State> state);
    QString pathOf(QStringView key) const;

    Backend m_backend = Backend::Qt;
    QJsonObject m_object;
    Element m_element; // Backend::Text: an object of the parsed document
    QString m_path;
    std::shared_ptr<State> m_state;
};

// A JSON object parsed from text with simdjson, for JsonReader. Parsing is strict RFC 8259 (no
// integers beyond 64 bits, valid UTF-8): meant for the text the stores keep
// (kube::ObjectCache::pack, kube::ListPageDecoder), which is always that. Duplicate keys read
// as the last one, as QJsonDocument keeps them.
class ParsedJson
{
public:
    explicit ParsedJson(QByteArrayView text);
    ~ParsedJson();
    ParsedJson(const ParsedJson &) = delete;
    ParsedJson &operator=(const ParsedJson &) = delete;

    // Parsed, and the top level is an object.
    bool isObject() const;
    // A top-level string field; null when missing or not a string.
    QString topLevelString(QStringView key) const;
    bool hasTopLevel(QStringView key) const;
    // `Kind "namespace/name"` from metadata, as describeObject() words it.
    QString describe(const QString &kind) const;

private:
    friend class JsonReader;
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Parses an RFC 3339 timestamp exactly as Go's time.Parse(time.RFC3339) does; invalid when it
// is not one (no dates without times, no times without zones).
QDateTime parseKubeTime(const QString &text);
// Go's strconv.ParseInt(text, 10, 64) / Atoi: an optional sign and decimal digits, nothing else.
std::optional<qint64> parseGoInt(QStringView text);
// Formats a time as Kubernetes does (RFC 3339, UTC, whole seconds).
QString formatKubeTime(const QDateTime &time);

} // namespace rd::core
