#include "JsonReader.h"

#include <limits>

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

namespace {

// Digits of text[from, from+count) as a number, or -1 when any is not an ASCII digit.
int fixedDigits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

// As strict as Go's time.Parse(time.RFC3339, …), which metav1.Time uses: the exact layout
// "2006-01-02T15:04:05[.frac](Z|±hh:mm)", upper-case T and Z, fields in range, no guessing
// of dates without times or times without zones. (Stricter than spec §1 asks; issue 12.)
QDateTime parseKubeTime(const QString &text)
{
    const QStringView s(text);
    if (s.size() < 20)
        return {};
    const int year = fixedDigits(s, 0, 4);
    const int month = fixedDigits(s, 5, 2);
    const int day = fixedDigits(s, 8, 2);
    const int hour = fixedDigits(s, 11, 2);
    const int minute = fixedDigits(s, 14, 2);
    const int second = fixedDigits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59)
        return {};
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':')
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    qsizetype at = 19;
    int millis = 0;
    // Go reads a fraction after '.' or ',' of any length; milliseconds are kept, the rest cut.
    if (at + 1 < s.size() && (s[at] == u'.' || s[at] == u',') && s[at + 1].unicode() >= u'0' &&
        s[at + 1].unicode() <= u'9') {
        ++at;
        int scale = 100;
        while (at < s.size() && s[at].unicode() >= u'0' && s[at].unicode() <= u'9') {
            millis += (s[at].unicode() - u'0') * scale;
            scale /= 10;
            ++at;
        }
    }
    const QStringView zone = s.mid(at);
    int offsetSeconds = 0;
    if (zone != u"Z") {
        if (zone.size() != 6 || (zone[0] != u'+' && zone[0] != u'-') || zone[3] != u':')
            return {};
        const int zh = fixedDigits(zone, 1, 2);
        const int zm = fixedDigits(zone, 4, 2);
        if (zh < 0 || zh > 23 || zm < 0 || zm > 59)
            return {};
        offsetSeconds = (zh * 3600 + zm * 60) * (zone[0] == u'-' ? -1 : 1);
    }
    const QDateTime local(date, QTime(hour, minute, second, millis), Qt::UTC);
    return local.addSecs(-offsetSeconds);
}

std::optional<qint64> parseGoInt(QStringView text)
{
    QStringView digits = text;
    bool negative = false;
    if (!digits.isEmpty() && (digits.front() == u'+' || digits.front() == u'-')) {
        negative = digits.front() == u'-';
        digits = digits.mid(1);
    }
    if (digits.isEmpty())
        return std::nullopt;
    // Accumulate negatively so that the minimum int64 fits.
    qint64 value = 0;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        const int d = c.unicode() - u'0';
        if (value < (std::numeric_limits<qint64>::min() + d) / 10)
            return std::nullopt;
        value = value * 10 - d;
    }
    if (!negative) {
        if (value == std::numeric_limits<qint64>::min())
            return std::nullopt;
        value = -value;
    }
    return value;
}

QString formatKubeTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace rd::core
