#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rd::core {

// Reads fields of a decoded Kubernetes object with the API's defaults for missing values, and
// remembers the first field that had the wrong type so the caller can name the object, the
// field and what was expected.
class JsonReader
{
public:
    // `subject` names the object in errors, e.g. `Rollout "jesse-test/canary-demo"`.
    JsonReader(const QJsonObject &object, const QString &subject);

    bool has(QStringView key) const;
    QJsonValue raw(QStringView key) const { return m_object.value(key); }
    const QJsonObject &json() const { return m_object; }

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

private:
    struct State
    {
        QString subject;
        QString firstError;
    };
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<State> state);
    QString pathOf(QStringView key) const;
    void typeError(QStringView key, const QString &expected, const QJsonValue &found) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

// Parses an RFC 3339 timestamp exactly as Go's time.Parse(time.RFC3339) does; invalid when it
// is not one (no dates without times, no times without zones).
QDateTime parseKubeTime(const QString &text);
// Go's strconv.ParseInt(text, 10, 64) / Atoi: an optional sign and decimal digits, nothing else.
std::optional<qint64> parseGoInt(QStringView text);
// Formats a time as Kubernetes does (RFC 3339, UTC, whole seconds).
QString formatKubeTime(const QDateTime &time);

} // namespace rd::core
