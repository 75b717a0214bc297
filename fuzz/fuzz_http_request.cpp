// libFuzzer target: any bytes as what a client sends the simulator on one connection, parsed
// request after request (pipelining) as HttpConnection does.

#include "FuzzSupport.h"
#include "sim/HttpRequestParser.h"

using rd::sim::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer = rd::fuzz::bytes(data, size);
    for (int requests = 0; requests < 64; ++requests) {
        const HttpRequestParser::Outcome out = HttpRequestParser::parse(buffer);
        if (out.status == HttpRequestParser::Outcome::Status::Error) {
            FUZZ_CHECK(out.errorCode >= 400 && !out.errorMessage.isEmpty());
            break;
        }
        if (out.status == HttpRequestParser::Outcome::Status::NeedMore)
            break;
        // A request uses at least its blank line and never more than was received.
        FUZZ_CHECK(out.consumed >= 4 && out.consumed <= buffer.size());
        FUZZ_CHECK(out.request.body.size() <= HttpRequestParser::MaxBodyBytes);
        (void)out.request.queryValue(QStringLiteral("labelSelector"));
        buffer.remove(0, out.consumed);
    }
    return 0;
}
