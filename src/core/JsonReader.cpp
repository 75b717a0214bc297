#include "JsonReader.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"nothing"_s;
    }
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &subject)
    : m_object(object)
    , m_state(std::make_shared<State>(State{subject, {}}))
{}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<State> state)
    : m_object(object)
    , m_path(path)
    , m_state(std::move(state))
{}

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::typeError(QStringView key, const QString &expected, const QJsonValue &found) const
{
    fail(key, expected + u", not "_s + describe(found));
}

void JsonReader::fail(QStringView key, const QString &expected) const
{
    if (m_state->firstError.isEmpty()) {
        m_state->firstError =
            m_state->subject + u": field "_s + pathOf(key) + u" must be "_s + expected;
    }
}

bool JsonReader::has(QStringView key) const
{
    return !isAbsent(m_object.value(key));
}

QString JsonReader::string(QStringView key, const QString &fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return fallback;
    if (!value.isString()) {
        typeError(key, u"a string"_s, value);
        return fallback;
    }
    return value.toString();
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 9.007e15) {
        typeError(key, u"an integer"_s, value);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

qint64 JsonReader::integer(QStringView key, qint64 fallback) const
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<bool> JsonReader::optionalBoolean(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isBool()) {
        typeError(key, u"a boolean"_s, value);
        return std::nullopt;
    }
    return value.toBool();
}

bool JsonReader::boolean(QStringView key, bool fallback) const
{
    return optionalBoolean(key).value_or(fallback);
}

QDateTime JsonReader::time(QStringView key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseKubeTime(text);
    if (!parsed.isValid())
        fail(key, u"an RFC 3339 time, not \""_s + text + u'"');
    return parsed;
}

QStringList JsonReader::strings(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    QStringList result;
    if (isAbsent(value))
        return result;
    if (!value.isArray()) {
        typeError(key, u"a list of strings"_s, value);
        return result;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            typeError(key, u"a list of strings"_s, item);
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QMap<QString, QString> JsonReader::stringMap(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    QMap<QString, QString> result;
    if (isAbsent(value))
        return result;
    if (!value.isObject()) {
        typeError(key, u"a map of strings"_s, value);
        return result;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            fail(key, u"a map of strings (the value of \""_s + it.key() + u"\" is "_s +
                          describe(it.value()) + u')');
            return {};
        }
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

JsonReader JsonReader::object(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (!isAbsent(value) && !value.isObject())
        typeError(key, u"an object"_s, value);
    return JsonReader(value.toObject(), pathOf(key), m_state);
}

QList<JsonReader> JsonReader::objects(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    QList<JsonReader> result;
    if (isAbsent(value))
        return result;
    if (!value.isArray()) {
        typeError(key, u"a list"_s, value);
        return result;
    }
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            JsonReader(QJsonObject(), m_path, m_state)
                .fail(QString(key + u'[' + QString::number(i) + u']'),
                      u"an object, not "_s + describe(array.at(i)));
            return {};
        }
        result.append(JsonReader(array.at(i).toObject(), itemPath, m_state));
    }
    return result;
}

QDateTime parseKubeTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    // A timestamp without a zone is not RFC 3339.
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        return {};
    return parsed.toUTC();
}

QString formatKubeTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace rd::core
