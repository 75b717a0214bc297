#pragma once

#include "sim/HttpRequest.h"

#include <QByteArray>

namespace rd::sim {

// Parses one HTTP/1.1 request from the front of a connection's buffer (Content-Length or chunked
// body). Pure, so that the fuzzer in fuzz/ can drive it without a socket; HttpConnection calls it.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;

    struct Outcome
    {
        enum class Status { NeedMore, Complete, Error };
        Status status = Status::NeedMore;
        HttpRequest request;    // when Complete (headers also when NeedMore waits for a body)
        qsizetype consumed = 0; // bytes of the buffer the request used (when Complete)
        bool closeAfterResponse = false;
        bool expectsContinue = false; // NeedMore for a body the client sends after 100 Continue
        int errorCode = 0;            // when Error
        QByteArray errorMessage;
    };

    static Outcome parse(const QByteArray &buffer);
};

} // namespace rd::sim
