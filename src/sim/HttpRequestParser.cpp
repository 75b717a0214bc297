#include "sim/HttpRequestParser.h"

#include <QList>
#include <QUrl>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

// A chunk size: 1 to 16 hex digits, nothing else (no sign, no "0x"); -1 when malformed.
qint64 chunkSize(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
    if (digits.isEmpty() || digits.size() > 16)
        return -1;
    quint64 value = 0;
    for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return -1;
        value = value * 16 + quint64(d);
    }
    // 16 digits fit in 64 bits; the top half of the range is not a size either.
    return value > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(value);
}

QByteArray bodyTooLarge(qsizetype limit)
{
    return "request body too large: limit is "_ba + QByteArray::number(limit) + " bytes"_ba;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (m_errorCode == 0)
        m_buffer.append(bytes);
}

HttpRequestParser::Outcome HttpRequestParser::next()
{
    Outcome out;
    for (;;) {
        if (m_errorCode != 0) {
            out.status = Outcome::Status::Error;
            out.errorCode = m_errorCode;
            out.errorMessage = m_errorMessage;
            return out;
        }
        switch (m_stage) {
        case Stage::Idle:
            if (m_buffer.isEmpty())
                return out;
            m_stage = Stage::Headers;
            m_scanned = 0;
            m_dropped = 0;
            break;
        case Stage::Headers:
            if (!readHeaders(out))
                return out;
            break;
        case Stage::Body:
            readBody(out);
            return out;
        case Stage::Chunks:
            readChunks(out);
            return out;
        }
    }
}

bool HttpRequestParser::fail(Outcome &out, int code, const QByteArray &message)
{
    m_errorCode = code;
    m_errorMessage = message;
    m_buffer.clear();
    out.status = Outcome::Status::Error;
    out.errorCode = code;
    out.errorMessage = message;
    return false;
}

// Parses the request line and headers once they are all there; false while waiting (or failed).
bool HttpRequestParser::readHeaders(Outcome &out)
{
    // Only the new bytes (and three before them, which may start the "\r\n\r\n") are searched.
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
    if (headerEnd < 0) {
        m_scanned = m_buffer.size();
        // The end may still start in the last three bytes; beyond that the limit is passed,
        // so the answer is the same however the bytes were split into reads.
        if (m_buffer.size() - 3 > m_limits.maxHeaderBytes)
            return fail(out, 431, "request header too large"_ba);
        return false;
    }
    if (headerEnd > m_limits.maxHeaderBytes)
        return fail(out, 431, "request header too large"_ba);
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(out, 400, "malformed request line"_ba);
    HttpRequest req;
    req.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    req.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0) {
        // As Go's url.ParseQuery: pairs split on '&', key and value on the first '=', '+' is a
        // space, then percent-decoding (so "%3D" and "%26" are data, never delimiters).
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const auto decode = [](QByteArray part) {
                return QUrl::fromPercentEncoding(part.replace('+', ' '));
            };
            const QString key = decode(eq < 0 ? pair : pair.left(eq));
            if (!req.query.contains(key))
                req.query.insert(key, eq < 0 ? QString() : decode(pair.mid(eq + 1)));
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (req.headers.contains(name))
            req.headers[name] += ", "_ba + value;
        else
            req.headers.insert(name, value);
    }
    m_http10 = requestLine.at(2) == "HTTP/1.0";
    m_request = std::move(req);
    m_pos = headerEnd + 4;
    if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
        m_stage = Stage::Chunks;
        return true;
    }
    const QByteArray cl = m_request.header("content-length");
    bool allDigits = true;
    for (const char c : cl)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (!allDigits)
        return fail(out, 400, "malformed content length"_ba);
    // More digits than any allowed size has is "too large" (and would not fit in 64 bits).
    if (cl.size() > 18)
        return fail(out, 413, bodyTooLarge(m_limits.maxBodyBytes));
    m_bodyLength = cl.isEmpty() ? 0 : cl.toLongLong();
    if (m_bodyLength > m_limits.maxBodyBytes)
        return fail(out, 413, bodyTooLarge(m_limits.maxBodyBytes));
    m_stage = Stage::Body;
    return true;
}

bool HttpRequestParser::readBody(Outcome &out)
{
    if (m_buffer.size() - m_pos < m_bodyLength) {
        // curl waits for this before sending a large body.
        if (!m_continueSent && m_request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            out.sendContinue = true;
        }
        return false;
    }
    m_request.body = m_buffer.mid(m_pos, m_bodyLength);
    out = complete(m_pos + m_bodyLength);
    return true;
}

// Decoded chunks leave the buffer once per call, so each byte is copied a bounded number of
// times however small the chunks are.
void HttpRequestParser::dropParsed()
{
    m_buffer.remove(0, m_pos);
    m_dropped += m_pos;
    m_pos = 0;
}

bool HttpRequestParser::readChunks(Outcome &out)
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_pos);
        // Without a CRLF yet, the line ends at the last byte at the earliest.
        if ((lineEnd < 0 ? m_buffer.size() - 1 : lineEnd) - m_pos > MaxChunkLine)
            return fail(out, 400, "malformed chunked body: chunk-size line too long"_ba);
        if (lineEnd < 0) {
            dropParsed();
            return false;
        }
        const qint64 size = chunkSize(QByteArrayView(m_buffer).sliced(m_pos, lineEnd - m_pos));
        if (size < 0)
            return fail(out, 400, "malformed chunked body: bad chunk size"_ba);
        if (size > m_limits.maxBodyBytes - m_request.body.size())
            return fail(out, 413, bodyTooLarge(m_limits.maxBodyBytes));
        const qsizetype dataStart = lineEnd + 2;
        if (size == 0) {
            // Trailer fields (ignored) up to an empty line, at most MaxChunkLine bytes.
            qsizetype pos = dataStart;
            for (;;) {
                const qsizetype end = m_buffer.indexOf("\r\n", pos);
                if ((end < 0 ? m_buffer.size() - 1 : end) - dataStart > MaxChunkLine)
                    return fail(out, 431, "request trailer too large"_ba);
                if (end < 0) {
                    dropParsed();
                    return false;
                }
                if (end == pos) {
                    out = complete(end + 2);
                    return true;
                }
                pos = end + 2;
            }
        }
        if (m_buffer.size() - dataStart < size + 2) {
            dropParsed();
            return false;
        }
        if (m_buffer.at(dataStart + size) != '\r' || m_buffer.at(dataStart + size + 1) != '\n')
            return fail(out, 400, "malformed chunked body: chunk data not followed by CRLF"_ba);
        m_request.body.append(m_buffer.constData() + dataStart, qsizetype(size));
        m_pos = dataStart + size + 2;
    }
}

HttpRequestParser::Outcome HttpRequestParser::complete(qsizetype end)
{
    Outcome out;
    out.status = Outcome::Status::Complete;
    out.consumed = m_dropped + end;
    out.closeAfterResponse = m_request.header("connection").toLower() == "close" || m_http10;
    out.request = std::move(m_request);
    m_request = {};
    m_buffer.remove(0, end);
    m_stage = Stage::Idle;
    m_pos = 0;
    m_dropped = 0;
    m_scanned = 0;
    m_continueSent = false;
    return out;
}

} // namespace rd::sim
