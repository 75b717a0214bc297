#include "kube/ListMetadataScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

// One pass over the bytes; every method either advances or fails, so nothing can loop.
class Cursor
{
public:
    explicit Cursor(QByteArrayView bytes)
        : m_begin(bytes.data())
        , m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {}

    qsizetype pos() const { return m_p - m_begin; }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return *m_p; }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipWhitespace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // At an opening quote: moves past the closing one. A quote is escaped exactly when an odd
    // run of backslashes precedes it; each run is looked at once, so this stays linear.
    bool skipString()
    {
        const char *start = m_p + 1;
        const char *q = start;
        for (;;) {
            q = static_cast<const char *>(std::memchr(q, '"', std::size_t(m_end - q)));
            if (!q)
                return false;
            const char *run = q;
            while (run > start && run[-1] == '\\')
                --run;
            if ((q - run) % 2 == 0) {
                m_p = q + 1;
                return true;
            }
            ++q;
        }
    }

    // Numbers, true, false, null: their characters only (the full decode checks their form).
    bool skipScalar()
    {
        const char *start = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            const bool scalar = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                (c >= 'A' && c <= 'Z') || c == '+' || c == '-' || c == '.';
            if (!scalar)
                break;
            ++m_p;
        }
        return m_p > start;
    }

    // A member's key and its colon.
    bool skipKey()
    {
        skipWhitespace();
        if (atEnd() || *m_p != '"' || !skipString())
            return false;
        return consume(':');
    }

    // One value of a container at `depth` (the top-level object is depth 1). Iterative: a deeply
    // nested value cannot exhaust the stack, and depth is capped as QJsonDocument caps it.
    bool skipValue(int depth)
    {
        std::vector<char> closers;
        for (;;) {
            skipWhitespace();
            if (atEnd())
                return false;
            const char c = *m_p;
            if (c == '{' || c == '[') {
                if (depth + int(closers.size()) + 1 > ListMetadataScanner::kMaxDepth)
                    return false;
                closers.push_back(c == '{' ? '}' : ']');
                ++m_p;
                skipWhitespace();
                if (atEnd())
                    return false;
                if (*m_p != closers.back()) {
                    if (c == '{' && !skipKey())
                        return false;
                    continue; // the container's first value
                }
                ++m_p;
                closers.pop_back();
            } else if (c == '"') {
                if (!skipString())
                    return false;
            } else if (!skipScalar()) {
                return false;
            }
            // After a value: close containers until a comma asks for the next value.
            for (;;) {
                if (closers.empty())
                    return true;
                skipWhitespace();
                if (atEnd())
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    if (closers.back() == '}' && !skipKey())
                        return false;
                    break;
                }
                if (*m_p != closers.back())
                    return false;
                ++m_p;
                closers.pop_back();
            }
        }
    }

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

// A key as QJsonDocument reads it: escapes (rare in keys) are decoded by QJsonDocument itself.
bool keyIs(QByteArrayView raw, QByteArrayView wanted)
{
    if (!raw.contains('\\'))
        return raw == wanted;
    const QByteArray quoted = "[\"" + raw.toByteArray() + "\"]";
    const QJsonDocument doc = QJsonDocument::fromJson(quoted);
    return doc.isArray() && doc.array().at(0).toString() == QString::fromUtf8(wanted);
}

} // namespace

std::optional<ListMetadataScanner::Metadata> ListMetadataScanner::scan(QByteArrayView body)
{
    Cursor c(body);
    if (!c.consume('{'))
        return std::nullopt;
    QByteArrayView metadata;
    bool haveMetadata = false;
    c.skipWhitespace();
    if (c.atEnd())
        return std::nullopt;
    if (c.peek() == '}') {
        c.consume('}');
    } else {
        for (;;) {
            c.skipWhitespace();
            if (c.atEnd() || c.peek() != '"')
                return std::nullopt;
            const qsizetype keyStart = c.pos() + 1;
            if (!c.skipString())
                return std::nullopt;
            const QByteArrayView key = body.sliced(keyStart, c.pos() - 1 - keyStart);
            if (!c.consume(':'))
                return std::nullopt;
            c.skipWhitespace();
            const qsizetype valueStart = c.pos();
            if (!c.skipValue(1))
                return std::nullopt;
            if (keyIs(key, "metadata")) {
                // The last one counts, as in the full decode.
                metadata = body.sliced(valueStart, c.pos() - valueStart);
                haveMetadata = true;
            }
            if (c.consume(','))
                continue;
            if (c.consume('}'))
                break;
            return std::nullopt;
        }
    }
    c.skipWhitespace();
    if (!c.atEnd() || !haveMetadata)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(metadata.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject meta = doc.object();
    Metadata out;
    out.resourceVersion = meta.value(u"resourceVersion"_s).toString();
    out.continueToken = meta.value(u"continue"_s).toString();
    if (out.resourceVersion.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace rd::kube
