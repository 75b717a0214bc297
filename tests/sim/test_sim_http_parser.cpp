// The simulator's HTTP request parser (sim/HttpRequestParser, the one HttpConnection runs) without
// a socket: complete, incomplete and refused requests, pipelining, requests dribbled byte by byte,
// the limits at their edges, and the inputs fuzz_http_request found.

#include "sim/HttpRequestParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::HttpLimits;
using rd::sim::HttpRequestParser;
using Status = HttpRequestParser::Outcome::Status;

namespace {

// Feeds the bytes one at a time, as a slow client would send them, until the parser decides.
HttpRequestParser::Outcome dribble(HttpRequestParser &parser, const QByteArray &input)
{
    HttpRequestParser::Outcome out;
    for (const char c : input) {
        out = parser.feed(QByteArrayView(&c, 1));
        if (out.status != Status::NeedMore)
            break;
    }
    return out;
}

// A request whose header block (up to the blank line) is exactly `headerBytes` long.
QByteArray requestWithHeaderBytes(qsizetype headerBytes)
{
    QByteArray head = "GET / HTTP/1.1\r\nX-Pad: "_ba;
    head += QByteArray(headerBytes - head.size(), 'p');
    return head + "\r\n\r\n"_ba;
}

} // namespace

class TestSimHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeRequestWithQuery()
    {
        const QByteArray in = "GET /api/v1/pods?labelSelector=a+in+(x,y) HTTP/1.1\r\n"
                              "Accept: a\r\naccept: b\r\n\r\nGET /next HTTP/1.1\r\n\r\n"_ba;
        HttpRequestParser parser;
        const auto out = parser.feed(in);
        QCOMPARE(out.status, Status::Complete);
        QCOMPARE(out.request.method, "GET"_ba);
        QCOMPARE(out.request.path, u"/api/v1/pods"_s);
        QCOMPARE(out.request.queryValue(u"labelSelector"_s), u"a in (x,y)"_s);
        QCOMPARE(out.request.header("accept"), "a, b"_ba);
        QCOMPARE(in.mid(out.consumed), "GET /next HTTP/1.1\r\n\r\n"_ba);
        QVERIFY(!out.closeAfterResponse);
        // The pipelined request stays buffered for the next call.
        QCOMPARE(parser.buffered(), in.size() - out.consumed);
        const auto second = parser.next();
        QCOMPARE(second.status, Status::Complete);
        QCOMPARE(second.request.path, u"/next"_s);
        QCOMPARE(parser.next().status, Status::NeedMore);
        QCOMPARE(parser.stage(), HttpRequestParser::Stage::Idle);
    }

    void queryDecodedAsGoDoes()
    {
        // kubectl sends "labelSelector=app%3Ddemo"; an encoded '&', '=' or '+' is data, a bare
        // '+' a space, the first of two values wins, a key without '=' has an empty value.
        HttpRequestParser parser;
        const auto out = parser.feed("GET /x?labelSelector=app%3Ddemo&continue=a%2Bb%26c+d"
                                     "&limit=5&limit=7&watch&%6Bey=%41 HTTP/1.1\r\n\r\n"_ba);
        QCOMPARE(out.status, Status::Complete);
        QCOMPARE(out.request.queryValue(u"labelSelector"_s), u"app=demo"_s);
        QCOMPARE(out.request.queryValue(u"continue"_s), u"a+b&c d"_s);
        QCOMPARE(out.request.queryValue(u"limit"_s), u"5"_s);
        QVERIFY(out.request.hasQuery(u"watch"_s));
        QCOMPARE(out.request.queryValue(u"watch"_s), QString());
        QCOMPARE(out.request.queryValue(u"key"_s), u"A"_s);
        QVERIFY(!out.request.hasQuery(u"c d"_s));
    }

    void chunkedBody()
    {
        const QByteArray in = "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n"_ba;
        HttpRequestParser whole;
        const auto out = whole.feed(in);
        QCOMPARE(out.status, Status::Complete);
        QCOMPARE(out.request.body, "abcde"_ba);
        QCOMPARE(out.consumed, in.size());
        QVERIFY(out.closeAfterResponse);
        // Decoded chunks leave the buffer as they arrive; what the request took is still counted.
        HttpRequestParser slow;
        const auto dribbled = dribble(slow, in);
        QCOMPARE(dribbled.status, Status::Complete);
        QCOMPARE(dribbled.request.body, "abcde"_ba);
        QCOMPARE(dribbled.consumed, in.size());
        QCOMPARE(slow.buffered(), 0);
    }

    void waitsForMore()
    {
        HttpRequestParser headers;
        QCOMPARE(headers.feed("GET / HTTP/1.1\r\nHost: x\r\n"_ba).status, Status::NeedMore);
        QCOMPARE(headers.stage(), HttpRequestParser::Stage::Headers);

        HttpRequestParser body;
        const auto out =
            body.feed("PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\nabc"_ba);
        QCOMPARE(out.status, Status::NeedMore);
        QCOMPARE(body.stage(), HttpRequestParser::Stage::Body);
        QVERIFY(out.sendContinue);
        // "100 Continue" is sent once per request.
        QVERIFY(!body.feed("defg"_ba).sendContinue);
        const auto done = body.feed("hij"_ba);
        QCOMPARE(done.status, Status::Complete);
        QCOMPARE(done.request.body, "abcdefghij"_ba);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::newRow("request line") << "GET /\r\n\r\n"_ba << 400;
        QTest::newRow("huge length")
            << "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"_ba << 413;
        QTest::newRow("length of 19 digits")
            << "POST / HTTP/1.1\r\nContent-Length: 0000000000000000001\r\n\r\n"_ba << 413;
        QTest::newRow("signed length")
            << "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx"_ba << 400;
        QTest::newRow("bad chunk")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << 400;
        QTest::newRow("0x chunk")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n0\r\n\r\n"_ba
            << 400;
        QTest::newRow("chunk without CRLF")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n"_ba
            << 400;
        QTest::newRow("chunk size beyond 2^63")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8000000000000000\r\n"_ba
            << 400;
        QTest::newRow("header too large")
            << QByteArray(HttpLimits{}.maxHeaderBytes + 4, 'a') << 431;
        // A chunk size of 2^63 - 1 after a first chunk overflowed the old parser's arithmetic;
        // it is a valid size, but over the body limit.
        QFile regression(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                         u"/fuzz/http_request/regressions/chunk-size-overflow"_s);
        QVERIFY(regression.open(QIODevice::ReadOnly));
        QTest::newRow("chunk size overflow") << regression.readAll() << 413;
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        HttpRequestParser parser;
        const auto out = parser.feed(input);
        QCOMPARE(out.status, Status::Error);
        QCOMPARE(out.errorCode, code);
        QVERIFY(!out.errorMessage.isEmpty());
        // The same answer when the bytes come one at a time.
        HttpRequestParser slow;
        QCOMPARE(dribble(slow, input).errorCode, code);
        // A refused connection reads no further request.
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"_ba).status, Status::Error);
    }

    // The limits hold at their edges whether the bytes come at once or one at a time.
    void limitEdges()
    {
        HttpLimits limits;
        limits.maxHeaderBytes = 100;
        limits.maxBodyBytes = 8;
        for (const bool slowly : {false, true}) {
            HttpRequestParser atLimit(limits);
            const QByteArray fits = requestWithHeaderBytes(100);
            QCOMPARE((slowly ? dribble(atLimit, fits) : atLimit.feed(fits)).status,
                     Status::Complete);
            HttpRequestParser over(limits);
            const QByteArray tooLong = requestWithHeaderBytes(101);
            QCOMPARE((slowly ? dribble(over, tooLong) : over.feed(tooLong)).errorCode, 431);

            const QByteArray chunks = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                      "5\r\nabcde\r\n3\r\nfgh\r\n"_ba;
            const QByteArray eightBytes = chunks + "0\r\n\r\n"_ba;
            HttpRequestParser full(limits);
            const auto eight = slowly ? dribble(full, eightBytes) : full.feed(eightBytes);
            QCOMPARE(eight.request.body, "abcdefgh"_ba);
            HttpRequestParser nine(limits);
            const QByteArray oneMore = chunks + "1\r\ni\r\n0\r\n\r\n"_ba;
            QCOMPARE((slowly ? dribble(nine, oneMore) : nine.feed(oneMore)).errorCode, 413);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimHttpParser)
#include "test_sim_http_parser.moc"
