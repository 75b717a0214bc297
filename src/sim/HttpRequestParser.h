#pragma once

#include "sim/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rd::sim {

// What one client may cost the server: bounded buffers, bounded time to send a request, bounded
// idleness, bounded connections. A request over a limit is answered (413, 431, 408) and its
// connection closed. The parser uses the byte limits; HttpConnection and HttpServer the rest.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 32 * 1024 * 1024;
    int headerTimeoutMs = 10'000;  // from a request's first byte to the end of its headers
    int requestTimeoutMs = 60'000; // from the end of a request's headers to the end of its body
    int idleTimeoutMs = 120'000;   // a kept-alive connection with no request
    int maxConnections = 256;
};

// Reads the HTTP/1.1 requests of one connection from bytes as they arrive: request line and
// headers, then a Content-Length or chunked body, within HttpLimits and with strict framing.
// No socket and no timer, so that the fuzzer in fuzz/ drives exactly what HttpConnection runs.
// Parsing resumes where the previous call stopped, so a dribbled request costs linear time.
// Bytes after a complete request stay buffered for next() (pipelining).
class HttpRequestParser
{
public:
    // The longest chunk-size line accepted (the size and extensions), and the longest trailer.
    static constexpr qsizetype MaxChunkLine = 4096;

    enum class Stage { Idle, Headers, Body, Chunks };

    struct Outcome
    {
        enum class Status { NeedMore, Complete, Error };
        Status status = Status::NeedMore;
        HttpRequest request;             // when Complete
        qsizetype consumed = 0;          // when Complete: the bytes the request took (all of it)
        bool closeAfterResponse = false; // when Complete: "Connection: close" or HTTP/1.0
        // NeedMore for a body the client sends after "100 Continue"; set once per request.
        bool sendContinue = false;
        int errorCode = 0; // when Error: 400, 413 or 431
        QByteArray errorMessage;
    };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    // Buffers bytes without parsing (while a response to the previous request is written).
    void append(QByteArrayView bytes);
    // Parses what is buffered: the next request, or how far it got. After an Error the parser
    // stays failed and returns that error again.
    Outcome next();
    Outcome feed(QByteArrayView bytes)
    {
        append(bytes);
        return next();
    }

    Stage stage() const { return m_stage; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    bool readHeaders(Outcome &out);
    bool readBody(Outcome &out);
    bool readChunks(Outcome &out);
    Outcome complete(qsizetype end);
    bool fail(Outcome &out, int code, const QByteArray &message);
    void dropParsed();

    HttpLimits m_limits;
    QByteArray m_buffer;
    Stage m_stage = Stage::Idle;
    qsizetype m_scanned = 0; // bytes of m_buffer already searched for the end of the headers
    qsizetype m_pos = 0;     // where the body (or the next chunk) starts in m_buffer
    qsizetype m_dropped = 0; // bytes of this request already removed from m_buffer
    qsizetype m_bodyLength = 0;
    HttpRequest m_request; // the request being read, headers parsed
    bool m_http10 = false;
    bool m_continueSent = false;
    int m_errorCode = 0; // a refused request: the parser stays failed
    QByteArray m_errorMessage;
};

} // namespace rd::sim
