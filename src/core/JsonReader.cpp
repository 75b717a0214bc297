#include "JsonReader.h"

#include <simdjson.h>

#include <cstring>
#include <limits>
#include <type_traits>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

static_assert(sizeof(element) <= sizeof(JsonReader::Element::bytes) &&
                  alignof(element) <= alignof(JsonReader::Element) &&
                  std::is_trivially_copyable_v<element>,
              "JsonReader::Element must hold a simdjson element");

JsonReader::Element store(const element &e)
{
    JsonReader::Element out;
    std::memcpy(out.bytes, &e, sizeof e);
    return out;
}

element load(const JsonReader::Element &stored)
{
    element e;
    std::memcpy(&e, stored.bytes, sizeof e);
    return e;
}

// A field's value from either backend, with the JSON type both agree on.
struct Value
{
    enum class Type { Absent, Null, Bool, Number, String, Array, Object };
    Type type = Type::Absent;
    bool parsed = false; // from the text backend: `text` holds it, else `qt`
    QJsonValue qt;
    element text;

    bool absent() const { return type == Type::Absent || type == Type::Null; }
    bool fromText() const { return parsed; }

    static Value of(const QJsonValue &v)
    {
        Value out;
        out.qt = v;
        switch (v.type()) {
        case QJsonValue::Null:
            out.type = Type::Null;
            break;
        case QJsonValue::Bool:
            out.type = Type::Bool;
            break;
        case QJsonValue::Double:
            out.type = Type::Number;
            break;
        case QJsonValue::String:
            out.type = Type::String;
            break;
        case QJsonValue::Array:
            out.type = Type::Array;
            break;
        case QJsonValue::Object:
            out.type = Type::Object;
            break;
        case QJsonValue::Undefined:
            break;
        }
        return out;
    }

    static Value of(const element &e)
    {
        Value out;
        out.parsed = true;
        out.text = e;
        switch (e.type()) {
        case element_type::NULL_VALUE:
            out.type = Type::Null;
            break;
        case element_type::BOOL:
            out.type = Type::Bool;
            break;
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE:
            out.type = Type::Number;
            break;
        case element_type::STRING:
            out.type = Type::String;
            break;
        case element_type::ARRAY:
            out.type = Type::Array;
            break;
        case element_type::OBJECT:
            out.type = Type::Object;
            break;
        }
        return out;
    }

    QString toString() const
    {
        if (!fromText())
            return qt.toString();
        const std::string_view sv = text.get_string().value_unsafe();
        return QString::fromUtf8(sv.data(), qsizetype(sv.size()));
    }

    double toDouble() const
    {
        if (!fromText())
            return qt.toDouble();
        switch (text.type()) {
        case element_type::INT64:
            return double(text.get_int64().value_unsafe());
        case element_type::UINT64:
            return double(text.get_uint64().value_unsafe());
        default:
            return text.get_double().value_unsafe();
        }
    }

    bool toBool() const { return fromText() ? text.get_bool().value_unsafe() : qt.toBool(); }
};

QJsonValue toQt(const element &e);

QJsonObject toQtObject(simdjson::dom::object o)
{
    QJsonObject out;
    for (const simdjson::dom::key_value_pair field : o)
        out.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                   toQt(field.value));
    return out;
}

// As QJsonDocument would have read the same text.
QJsonValue toQt(const element &e)
{
    switch (e.type()) {
    case element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case element_type::BOOL:
        return e.get_bool().value_unsafe();
    case element_type::INT64:
        return qint64(e.get_int64().value_unsafe());
    case element_type::UINT64: {
        const quint64 n = e.get_uint64().value_unsafe();
        if (n <= quint64(std::numeric_limits<qint64>::max()))
            return qint64(n);
        return double(n);
    }
    case element_type::DOUBLE:
        return e.get_double().value_unsafe();
    case element_type::STRING: {
        const std::string_view sv = e.get_string().value_unsafe();
        return QString::fromUtf8(sv.data(), qsizetype(sv.size()));
    }
    case element_type::ARRAY: {
        QJsonArray out;
        for (const element item : simdjson::dom::array(e))
            out.append(toQt(item));
        return out;
    }
    case element_type::OBJECT:
        return toQtObject(simdjson::dom::object(e));
    }
    return {};
}

QJsonValue toQt(const Value &v)
{
    if (v.type == Value::Type::Absent)
        return QJsonValue(QJsonValue::Undefined);
    return v.fromText() ? toQt(v.text) : v.qt;
}

QString describe(const Value &value)
{
    switch (value.type) {
    case Value::Type::Bool:
        return u"a boolean"_s;
    case Value::Type::Number:
        return u"a number"_s;
    case Value::Type::String:
        return u"a string"_s;
    case Value::Type::Array:
        return u"a list"_s;
    case Value::Type::Object:
        return u"an object"_s;
    default:
        return u"nothing"_s;
    }
}

// Field names are ASCII; compared as bytes against the parsed keys. The last of equal keys wins,
// as in QJsonDocument.
bool findField(simdjson::dom::object o, QStringView key, element &out)
{
    constexpr qsizetype kMax = 128;
    char ascii[kMax];
    if (key.size() > kMax)
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        if (c > 0x7f)
            return false; // no field this program reads has such a name
        ascii[i] = char(c);
    }
    const std::string_view wanted(ascii, std::size_t(key.size()));
    bool found = false;
    for (const simdjson::dom::key_value_pair field : o) {
        if (field.key == wanted) {
            out = field.value;
            found = true;
        }
    }
    return found;
}

} // namespace

namespace {
// One parser a thread, reused: a parser allocates buffers for the largest text it has read, and
// the RolloutInfo worker parses thousands of small texts in a row. A ParsedJson made while
// another is alive on the thread gets a parser of its own.
thread_local std::unique_ptr<simdjson::dom::parser> t_spareParser;
} // namespace

struct ParsedJson::Impl
{
    std::unique_ptr<simdjson::dom::parser> parser;
    element root;
    bool parsed = false;
};

ParsedJson::ParsedJson(QByteArrayView text)
    : d(std::make_unique<Impl>())
{
    d->parser =
        t_spareParser ? std::move(t_spareParser) : std::make_unique<simdjson::dom::parser>();
    // parse() copies the text into a padded buffer of its own: the caller's need not be.
    auto result = d->parser->parse(reinterpret_cast<const uint8_t *>(text.data()),
                                   std::size_t(text.size()), true);
    if (result.error() == simdjson::SUCCESS) {
        d->root = result.value_unsafe();
        d->parsed = true;
    }
}

ParsedJson::~ParsedJson()
{
    // Texts of every size pass here; a parser grown by a huge one is not kept.
    constexpr std::size_t kKeepCapacity = 1 << 20;
    if (!t_spareParser && d->parser->capacity() <= kKeepCapacity)
        t_spareParser = std::move(d->parser);
}

bool ParsedJson::isObject() const
{
    return d->parsed && d->root.type() == element_type::OBJECT;
}

QString ParsedJson::topLevelString(QStringView key) const
{
    element e;
    if (!isObject() || !findField(simdjson::dom::object(d->root), key, e) ||
        e.type() != element_type::STRING)
        return {};
    return Value::of(e).toString();
}

bool ParsedJson::hasTopLevel(QStringView key) const
{
    element e;
    return isObject() && findField(simdjson::dom::object(d->root), key, e);
}

QString ParsedJson::describe(const QString &kind) const
{
    QString name;
    QString ns;
    element metadata;
    if (isObject() && findField(simdjson::dom::object(d->root), u"metadata", metadata) &&
        metadata.type() == element_type::OBJECT) {
        element e;
        if (findField(simdjson::dom::object(metadata), u"name", e) &&
            e.type() == element_type::STRING)
            name = Value::of(e).toString();
        if (findField(simdjson::dom::object(metadata), u"namespace", e) &&
            e.type() == element_type::STRING)
            ns = Value::of(e).toString();
    }
    if (name.isEmpty())
        return kind + u" without a name"_s;
    return kind + u" \""_s + (ns.isEmpty() ? name : ns + u'/' + name) + u'"';
}

JsonReader::JsonReader(const QJsonObject &object, const QString &subject)
    : m_object(object)
    , m_state(std::make_shared<State>(State{subject, {}}))
{}

JsonReader::JsonReader(const ParsedJson &parsed, const QString &subject)
    : m_backend(parsed.isObject() ? Backend::Text : Backend::Empty)
    , m_state(std::make_shared<State>(State{subject, {}}))
{
    if (parsed.isObject())
        m_element = store(parsed.d->root);
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<State> state)
    : m_object(object)
    , m_path(path)
    , m_state(std::move(state))
{}

JsonReader::JsonReader(const Element &element, const QString &path, std::shared_ptr<State> state)
    : m_backend(Backend::Text)
    , m_element(element)
    , m_path(path)
    , m_state(std::move(state))
{}

namespace {

Value lookUp(JsonReader::Element stored, bool text, const QJsonObject &object, QStringView key)
{
    if (!text)
        return Value::of(object.value(key));
    element e;
    if (!findField(simdjson::dom::object(load(stored)), key, e))
        return {};
    return Value::of(e);
}

} // namespace

#define RD_FIELD(key) lookUp(m_element, m_backend == Backend::Text, m_object, key)

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::fail(QStringView key, const QString &expected) const
{
    if (m_state->firstError.isEmpty()) {
        m_state->firstError =
            m_state->subject + u": field "_s + pathOf(key) + u" must be "_s + expected;
    }
}

QJsonValue JsonReader::raw(QStringView key) const
{
    return toQt(RD_FIELD(key));
}

QJsonObject JsonReader::json() const
{
    if (m_backend == Backend::Text)
        return toQtObject(simdjson::dom::object(load(m_element)));
    return m_object;
}

bool JsonReader::has(QStringView key) const
{
    return !RD_FIELD(key).absent();
}

QString JsonReader::string(QStringView key, const QString &fallback) const
{
    const Value value = RD_FIELD(key);
    if (value.absent())
        return fallback;
    if (value.type != Value::Type::String) {
        fail(key, u"a string, not "_s + describe(value));
        return fallback;
    }
    return value.toString();
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key) const
{
    const Value value = RD_FIELD(key);
    if (value.absent())
        return std::nullopt;
    const double number = value.type == Value::Type::Number ? value.toDouble() : 0;
    if (value.type != Value::Type::Number || std::floor(number) != number ||
        std::abs(number) > 9.007e15) {
        fail(key, u"an integer, not "_s + describe(value));
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
    const Value value = RD_FIELD(key);
    if (value.absent())
        return std::nullopt;
    if (value.type != Value::Type::Bool) {
        fail(key, u"a boolean, not "_s + describe(value));
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

namespace {

// Calls f(Value) for each item of an array value.
template <typename F> void forEachItem(const Value &array, F &&f)
{
    if (array.fromText()) {
        for (const element item : simdjson::dom::array(array.text)) {
            if (!f(Value::of(item)))
                return;
        }
        return;
    }
    for (const QJsonValue &item : array.qt.toArray()) {
        if (!f(Value::of(item)))
            return;
    }
}

} // namespace

QStringList JsonReader::strings(QStringView key) const
{
    const Value value = RD_FIELD(key);
    QStringList result;
    if (value.absent())
        return result;
    if (value.type != Value::Type::Array) {
        fail(key, u"a list of strings, not "_s + describe(value));
        return result;
    }
    bool ok = true;
    forEachItem(value, [&](const Value &item) {
        if (item.type != Value::Type::String) {
            fail(key, u"a list of strings, not "_s + describe(item));
            ok = false;
            return false;
        }
        result.append(item.toString());
        return true;
    });
    return ok ? result : QStringList();
}

QMap<QString, QString> JsonReader::stringMap(QStringView key) const
{
    const Value value = RD_FIELD(key);
    QMap<QString, QString> result;
    if (value.absent())
        return result;
    if (value.type != Value::Type::Object) {
        fail(key, u"a map of strings, not "_s + describe(value));
        return result;
    }
    auto add = [&](const QString &name, const Value &item) {
        if (item.type != Value::Type::String) {
            fail(key, u"a map of strings (the value of \""_s + name + u"\" is "_s + describe(item) +
                          u')');
            return false;
        }
        result.insert(name, item.toString());
        return true;
    };
    if (value.fromText()) {
        // In key order, as QJsonObject iterates (it keeps its keys sorted): the first value that
        // is not a string is the one named, whichever backend read it. Equal keys: the last.
        QMap<QString, Value> fields;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(value.text))
            fields.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                          Value::of(field.value));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (!add(it.key(), it.value()))
                return {};
        }
        return result;
    }
    const QJsonObject object = value.qt.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!add(it.key(), Value::of(it.value())))
            return {};
    }
    return result;
}

JsonReader JsonReader::object(QStringView key) const
{
    const Value value = RD_FIELD(key);
    if (!value.absent() && value.type != Value::Type::Object)
        fail(key, u"an object, not "_s + describe(value));
    if (value.fromText() && value.type == Value::Type::Object)
        return JsonReader(store(value.text), pathOf(key), m_state);
    return JsonReader(value.qt.toObject(), pathOf(key), m_state);
}

QList<JsonReader> JsonReader::objects(QStringView key) const
{
    const Value value = RD_FIELD(key);
    QList<JsonReader> result;
    if (value.absent())
        return result;
    if (value.type != Value::Type::Array) {
        fail(key, u"a list, not "_s + describe(value));
        return result;
    }
    qsizetype i = 0;
    bool ok = true;
    forEachItem(value, [&](const Value &item) {
        if (item.type != Value::Type::Object) {
            JsonReader(QJsonObject(), m_path, m_state)
                .fail(QString(key + u'[' + QString::number(i) + u']'),
                      u"an object, not "_s + describe(item));
            ok = false;
            return false;
        }
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        if (item.fromText())
            result.append(JsonReader(store(item.text), itemPath, m_state));
        else
            result.append(JsonReader(item.qt.toObject(), itemPath, m_state));
        ++i;
        return true;
    });
    return ok ? result : QList<JsonReader>();
}

#undef RD_FIELD

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
