#include "sim/HttpRequestParser.h"

#include <QList>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

HttpRequestParser::Outcome failure(int code, const QByteArray &message)
{
    HttpRequestParser::Outcome out;
    out.status = HttpRequestParser::Outcome::Status::Error;
    out.errorCode = code;
    out.errorMessage = message;
    return out;
}

} // namespace

HttpRequestParser::Outcome HttpRequestParser::parse(const QByteArray &buffer)
{
    Outcome out;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            return failure(431, "request header too large"_ba);
        return out;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return failure(400, "malformed request line"_ba);
    HttpRequest &req = out.request;
    req.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    req.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0) {
        // Go decodes '+' in a query as a space; QUrlQuery does not, so translate first.
        QByteArray query = target.mid(q + 1);
        query.replace('+', "%20");
        req.query.setQuery(QString::fromLatin1(query));
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
    qsizetype consumed = headerEnd + 4;
    if (req.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = consumed;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return out; // wait for more
            bool ok = false;
            const qsizetype size =
                buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            // Compared without adding: a size near 2^63 made `body.size() + size` overflow
            // (found by fuzz_http_request; see tests/data/fuzz/http_request/regressions/).
            if (!ok || size < 0 || size > MaxBodyBytes - body.size())
                return failure(400, "malformed chunked body"_ba);
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return out;
                pos = trailerEnd + 2;
                break;
            }
            if (buffer.size() - pos < size + 2)
                return out;
            body.append(buffer.mid(pos, size));
            pos += size + 2;
        }
        req.body = body;
        consumed = pos;
    } else {
        bool ok = true;
        const QByteArray cl = req.header("content-length");
        const qsizetype length = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes)
            return failure(ok ? 413 : 400, "bad content length"_ba);
        if (buffer.size() < consumed + length) {
            // curl waits for this before sending a large body.
            out.expectsContinue = req.header("expect").toLower() == "100-continue";
            return out;
        }
        req.body = buffer.mid(consumed, length);
        consumed += length;
    }
    out.status = Outcome::Status::Complete;
    out.consumed = consumed;
    out.closeAfterResponse =
        req.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    return out;
}

} // namespace rd::sim
