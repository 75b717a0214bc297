#include "kube/ListPageDecoder.h"

#include "core/TrimRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

std::string_view stringOr(element e, std::string_view fallback = {})
{
    std::string_view s;
    return e.get_string().get(s) == simdjson::SUCCESS ? s : fallback;
}

QString qstring(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The value of `name` in `o` as QJsonObject reads it: the last of repeated keys.
bool lastField(object o, std::string_view name, element &out)
{
    bool found = false;
    for (const auto field : o) {
        if (field.key == name) {
            out = field.value;
            found = true;
        }
    }
    return found;
}

// Writes JSON text as QJsonDocument::toJson(Compact) does.
class CompactWriter
{
public:
    explicit CompactWriter(QByteArray &out)
        : m_out(out)
    {}

    void string(std::string_view s)
    {
        m_out += '"';
        // Runs that need no escape (nearly all of a Kubernetes object) go in one append.
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto u = static_cast<unsigned char>(s[i]);
            if (u >= 0x20 && u != '"' && u != '\\')
                continue;
            m_out.append(s.data() + run, qsizetype(i - run));
            run = i + 1;
            switch (u) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                m_out.append(escaped, 6);
            }
            }
        }
        m_out.append(s.data() + run, qsizetype(s.size() - run));
        m_out += '"';
    }

    // A value as it is, objects with their keys sorted (as QJsonObject keeps them).
    void value(element e)
    {
        switch (e.type()) {
        case element_type::OBJECT: {
            std::vector<Entry> entries = sortedFields(object(e));
            writeObject(entries, nullptr);
            break;
        }
        case element_type::ARRAY: {
            m_out += '[';
            bool first = true;
            for (const element item : simdjson::dom::array(e)) {
                if (!first)
                    m_out += ',';
                first = false;
                value(item);
            }
            m_out += ']';
            break;
        }
        case element_type::STRING:
            string(stringOr(e));
            break;
        case element_type::INT64:
            m_out += QByteArray::number(qint64(int64_t(e)));
            break;
        case element_type::UINT64: // beyond qint64: QJsonDocument reads it as a double
            number(double(uint64_t(e)));
            break;
        case element_type::DOUBLE:
            number(double(e));
            break;
        case element_type::BOOL:
            m_out += bool(e) ? "true" : "false";
            break;
        case element_type::NULL_VALUE:
            m_out += "null";
            break;
        }
    }

    // `o` trimmed by `rule`. A non-empty `kind` replaces the object's own `kind` (lists omit
    // it on items; the typed views expect it).
    void trimmed(object o, const core::TrimRule &rule, std::string_view kind = {})
    {
        std::vector<Entry> entries;
        if (rule.keepOthers) {
            entries = sortedFields(o);
            entries.erase(std::remove_if(entries.begin(), entries.end(),
                                         [&](const Entry &en) {
                                             return rule.drops(en.key) ||
                                                    (!kind.empty() && en.key == "kind");
                                         }),
                          entries.end());
            if (!kind.empty() && !rule.drops("kind"))
                entries.push_back({"kind", {}, kind});
        } else {
            for (const core::TrimRule::Field &f : rule.fields) {
                element v;
                if (!kind.empty() && f.name == "kind")
                    entries.push_back({f.name, {}, kind});
                else if (lastField(o, f.name, v))
                    entries.push_back({f.name, v});
            }
        }
        sortByKey(entries);
        writeObject(entries, &rule);
    }

private:
    struct Entry
    {
        std::string_view key;
        element value;
        std::string_view literal = {}; // a string written in place of `value`
    };

    // QJsonObject orders keys by UTF-16 code units, in which characters beyond U+FFFF (surrogate
    // pairs) come before U+E000..U+FFFF; UTF-8 bytes order them the other way round.
    static bool utf16Less(std::string_view a, std::string_view b)
    {
        const std::size_t n = std::min(a.size(), b.size());
        std::size_t i = 0;
        while (i < n && a[i] == b[i])
            ++i;
        if (i == n)
            return a.size() < b.size();
        while (i > 0 && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80)
            --i; // back to the start of the character that differs
        return utf16Weight(a.substr(i)) < utf16Weight(b.substr(i));
    }

    // The character at the start of `s` (valid UTF-8: simdjson checked it), weighed so that
    // numbers compare as UTF-16 code units do.
    static char32_t utf16Weight(std::string_view s)
    {
        const auto byte = [&s](std::size_t k) {
            return char32_t(static_cast<unsigned char>(s[k]));
        };
        char32_t cp = byte(0);
        if (cp >= 0xF0 && s.size() >= 4)
            cp = ((cp & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
                 (byte(3) & 0x3F);
        else if (cp >= 0xE0 && s.size() >= 3)
            cp = ((cp & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        else if (cp >= 0xC0 && s.size() >= 2)
            cp = ((cp & 0x1F) << 6) | (byte(1) & 0x3F);
        if (cp >= 0x10000)
            return 0xD800 + (cp - 0x10000); // a surrogate pair: 0xD800..0x10D7FF
        if (cp >= 0xE000)
            return cp + 0x100000; // above every pair
        return cp;
    }

    static void sortByKey(std::vector<Entry> &entries)
    {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &a, const Entry &b) { return utf16Less(a.key, b.key); });
    }

    // The fields of an object, sorted, a repeated key keeping its last value (as QJsonObject).
    static std::vector<Entry> sortedFields(object o)
    {
        std::vector<Entry> entries;
        entries.reserve(o.size());
        for (const auto field : o)
            entries.push_back({field.key, field.value});
        sortByKey(entries);
        // Stable sort: of equal keys the last in the text comes last; keep that one.
        std::vector<Entry> unique;
        unique.reserve(entries.size());
        for (const Entry &en : entries) {
            if (!unique.empty() && unique.back().key == en.key)
                unique.back() = en;
            else
                unique.push_back(en);
        }
        return unique;
    }

    void writeObject(const std::vector<Entry> &entries, const core::TrimRule *rule)
    {
        m_out += '{';
        bool first = true;
        for (const Entry &en : entries) {
            if (!first)
                m_out += ',';
            first = false;
            string(en.key);
            m_out += ':';
            const core::TrimRule::Field *field = rule ? rule->field(en.key) : nullptr;
            if (!en.literal.empty()) {
                string(en.literal);
            } else if (field && field->object && en.value.is_object()) {
                trimmed(object(en.value), *field->object);
            } else if (field && field->each && en.value.is_array()) {
                m_out += '[';
                bool firstItem = true;
                for (const element item : simdjson::dom::array(en.value)) {
                    if (!firstItem)
                        m_out += ',';
                    firstItem = false;
                    if (item.is_object())
                        trimmed(object(item), *field->each);
                    else
                        value(item);
                }
                m_out += ']';
            } else {
                value(en.value);
            }
        }
        m_out += '}';
    }

    // Doubles are rare in Kubernetes objects: QJsonDocument formats them, so the text matches.
    void number(double d)
    {
        const QByteArray text = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
        m_out += QByteArrayView(text).sliced(1, text.size() - 2);
    }

    QByteArray &m_out;
};

// QJsonDocument refuses a number that is not zero but rounds to zero (1e-400), which simdjson
// reads as 0. Such a literal has a long negative exponent or hundreds of leading zeros; where the
// body may hold one (checked cheaply, erring towards yes), QJsonDocument decides.
bool mayHoldUnderflow(QByteArrayView body)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const char *p = body.data();
    const qsizetype n = body.size();
    qsizetype zeros = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        zeros = c == '0' ? zeros + 1 : 0;
        if (zeros >= 300)
            return true;
        if ((c != 'e' && c != 'E') || i == 0 || i + 4 >= n || p[i + 1] != '-')
            continue;
        if (!digit(p[i - 1]) && p[i - 1] != '.')
            continue;
        qsizetype j = i + 2;
        while (j < n && digit(p[j]))
            ++j;
        // A number ends at , } ] or white space (a UID's "3e-1234-" does not).
        if (j - (i + 2) >= 3 && (j == n || p[j] == ',' || p[j] == '}' || p[j] == ']' ||
                                 p[j] == ' ' || p[j] == '\t' || p[j] == '\n' || p[j] == '\r'))
            return true;
    }
    return false;
}

// As QJsonValue::toInteger(): an integer, or a double with no fraction within qint64's range.
qint32 wholeNumberOr(element v, qint32 otherwise)
{
    if (v.is_int64())
        return qint32(int64_t(v));
    if (!v.is_double() || v.is_uint64())
        return otherwise;
    const double d = double(v);
    // 2^63 is exact as a double; qint64's range is [-2^63, 2^63).
    if (d != std::trunc(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
        return otherwise;
    return qint32(qint64(d));
}

// What ObjectCache::refsOf() reads, from the trimmed view of the object.
ObjectCache::Refs refsOf(object item, bool picksFields, bool keepsReplicas)
{
    ObjectCache::Refs refs;
    refs.read = true;
    element meta;
    if (lastField(item, "metadata", meta) && meta.is_object()) {
        element v;
        if (lastField(object(meta), "uid", v))
            refs.uid = qstring(stringOr(v));
        element owners;
        if (lastField(object(meta), "ownerReferences", owners) && owners.is_array()) {
            for (const element owner : simdjson::dom::array(owners)) {
                element uid;
                if (!owner.is_object() || !lastField(object(owner), "uid", uid))
                    continue;
                const QString text = qstring(stringOr(uid));
                if (!text.isEmpty() && !refs.ownerUids.contains(text))
                    refs.ownerUids << text;
            }
        }
    }
    element status;
    element replicas;
    if (keepsReplicas && lastField(item, "status", status) && status.is_object() &&
        lastField(object(status), "replicas", replicas))
        refs.replicas = wholeNumberOr(replicas, -1);
    if (picksFields)
        return refs; // a Pod or ReplicaSet keeps neither involvedObject nor spec.workloadRef
    element involved;
    if (lastField(item, "involvedObject", involved) && involved.is_object()) {
        element v;
        if (lastField(object(involved), "kind", v))
            refs.involvedKind = qstring(stringOr(v));
        if (lastField(object(involved), "namespace", v))
            refs.involvedNamespace = qstring(stringOr(v));
        if (lastField(object(involved), "name", v))
            refs.involvedName = qstring(stringOr(v));
    }
    element spec;
    element workloadRef;
    element name;
    if (lastField(item, "spec", spec) && spec.is_object() &&
        lastField(object(spec), "workloadRef", workloadRef) && workloadRef.is_object() &&
        lastField(object(workloadRef), "name", name))
        refs.workloadRef = qstring(stringOr(name));
    return refs;
}

} // namespace

ListPageDecoder::Page ListPageDecoder::decode(const QByteArray &body, const QString &kind)
{
    Page page;
    simdjson::dom::parser parser; // per page: a whole-list answer must not keep its capacity
    element root;
    if (parser.parse(body.constData(), std::size_t(body.size())).get(root) != simdjson::SUCCESS ||
        !root.is_object())
        return page;
    if (mayHoldUnderflow(body)) {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return page;
    }
    element meta;
    if (lastField(object(root), "metadata", meta) && meta.is_object()) {
        element v;
        if (lastField(object(meta), "resourceVersion", v))
            page.resourceVersion = qstring(stringOr(v));
        if (lastField(object(meta), "continue", v))
            page.continueToken = qstring(stringOr(v));
    }
    element items;
    const bool hasItems = lastField(object(root), "items", items);
    if (!hasItems || (!items.is_array() && !items.is_null()) || page.resourceVersion.isEmpty())
        return page;
    if (items.is_null()) {
        page.readable = true;
        return page;
    }
    const QByteArray kindUtf8 = kind.toUtf8();
    const std::string_view kindView(kindUtf8.constData(), std::size_t(kindUtf8.size()));
    const core::TrimRule &rule = core::TrimRules::forKind(kind);
    const bool picksFields = core::TrimRules::picksFields(kind);
    // The trimmed view keeps status.replicas of every kind but a Pod (whose picked status
    // fields do not include it): refs are what refsOf() reads from that view.
    const bool keepsReplicas = kind != u"Pod";
    const simdjson::dom::array array(items);
    page.items.reserve(qsizetype(array.size()));
    QByteArray scratch;
    scratch.reserve(4096);
    for (const element item : array) {
        if (!item.is_object()) {
            page.items.clear();
            return page;
        }
        const object o(item);
        element v;
        const std::string_view itemKind =
            lastField(o, "kind", v) ? stringOr(v) : std::string_view();
        element itemMeta;
        element name;
        const bool named = lastField(o, "metadata", itemMeta) && itemMeta.is_object() &&
                           lastField(object(itemMeta), "name", name) && !stringOr(name).empty();
        if ((!itemKind.empty() && itemKind != kindView) || !named) {
            page.items.clear();
            return page;
        }
        element ns;
        const std::string_view nsText =
            lastField(object(itemMeta), "namespace", ns) ? stringOr(ns) : std::string_view();

        ObjectCache::Packed packed;
        packed.key = qstring(nsText) + u'/' + qstring(stringOr(name));
        packed.refs = refsOf(o, picksFields, keepsReplicas);
        scratch.resize(0); // keeps its capacity from the items before
        CompactWriter writer(scratch);
        writer.trimmed(o, rule, itemKind.empty() ? kindView : std::string_view());
        // Kept for the object's lifetime: exactly its size, one allocation.
        packed.text = QByteArray(scratch.constData(), scratch.size());
        page.items << std::move(packed);
    }
    page.readable = true;
    return page;
}

} // namespace rd::kube
