// libFuzzer target: any bytes as what a client sends the simulator on one connection, read by
// sim/HttpRequestParser (the parser HttpConnection owns), request after request (pipelining).
// The bytes are fed whole, one at a time and in uneven pieces, under the default limits and
// under small ones (so that short inputs reach 413 and 431): how the bytes were split into reads
// must not change the requests read or the error.

#include "FuzzSupport.h"
#include "sim/HttpRequestParser.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>

using rd::sim::HttpLimits;
using rd::sim::HttpRequestParser;
using Status = HttpRequestParser::Outcome::Status;

namespace {

struct Trace
{
    QList<QByteArray> requests; // each complete request, printed
    int errorCode = 0;          // the error that ended the input, if any
    bool operator==(const Trace &) const = default;
};

QByteArray describe(const HttpRequestParser::Outcome &out)
{
    const rd::sim::HttpRequest &req = out.request;
    QByteArray text = req.method + ' ' + req.path.toUtf8() + '?';
    QStringList keys = req.query.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        text += key.toUtf8() + '=' + req.query.value(key).toUtf8() + '&';
    text += '\n';
    QList<QByteArray> names = req.headers.keys();
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names))
        text += name + ": " + req.headers.value(name) + '\n';
    text += QByteArray::number(req.body.size()) + ' ' + req.body + ' ' +
            QByteArray::number(out.consumed) + (out.closeAfterResponse ? " close" : " keep");
    (void)req.queryValue(QStringLiteral("labelSelector"));
    return text;
}

// Feeds the input in pieces of piece(i) bytes and records what the parser made of it.
Trace run(const QByteArray &input, const HttpLimits &limits,
          const std::function<qsizetype(qsizetype)> &piece)
{
    HttpRequestParser parser(limits);
    Trace trace;
    qsizetype fed = 0;
    qsizetype consumed = 0;
    qsizetype index = 0;
    do {
        const qsizetype n = std::min(piece(index++), input.size() - fed);
        HttpRequestParser::Outcome out = parser.feed(QByteArrayView(input).sliced(fed, n));
        fed += n;
        while (out.status == Status::Complete) {
            // A request uses at least its blank line and never more than was received.
            FUZZ_CHECK(out.consumed >= 4);
            consumed += out.consumed;
            FUZZ_CHECK(consumed <= fed);
            FUZZ_CHECK(out.request.body.size() <= limits.maxBodyBytes);
            trace.requests << describe(out);
            if (trace.requests.size() >= 64)
                return trace;
            out = parser.next();
        }
        if (out.status == Status::Error) {
            FUZZ_CHECK(out.errorCode == 400 || out.errorCode == 413 || out.errorCode == 431);
            FUZZ_CHECK(!out.errorMessage.isEmpty());
            // A failed parser stays failed.
            FUZZ_CHECK(parser.feed("GET / HTTP/1.1\r\n\r\n").status == Status::Error);
            trace.errorCode = out.errorCode;
            return trace;
        }
        FUZZ_CHECK(parser.buffered() <= fed - consumed);
    } while (fed < input.size());
    return trace;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = rd::fuzz::bytes(data, size);
    HttpLimits small;
    small.maxHeaderBytes = 1024;
    small.maxBodyBytes = 4096;
    const auto whole = [&](qsizetype) { return input.size(); };
    const auto single = [](qsizetype) { return qsizetype(1); };
    // 1 to 16 bytes at a time, chosen by the input itself.
    const auto uneven = [&](qsizetype i) {
        return input.isEmpty() ? 1 : 1 + qsizetype(uchar(input.at(i % input.size())) % 16);
    };
    for (const HttpLimits &limits : {HttpLimits{}, small}) {
        const Trace expected = run(input, limits, whole);
        FUZZ_CHECK(run(input, limits, single) == expected);
        FUZZ_CHECK(run(input, limits, uneven) == expected);
    }
    return 0;
}
