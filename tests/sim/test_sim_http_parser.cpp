// The simulator's HTTP request parser as a pure function (sim/HttpRequestParser): complete,
// incomplete and refused requests, including the inputs fuzz_http_request found.

#include "sim/HttpRequestParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::HttpRequestParser;
using Status = HttpRequestParser::Outcome::Status;

class TestSimHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeRequestWithQuery()
    {
        const QByteArray in = "GET /api/v1/pods?labelSelector=a+in+(x,y) HTTP/1.1\r\n"
                              "Accept: a\r\naccept: b\r\n\r\nGET /next HTTP/1.1\r\n\r\n"_ba;
        const auto out = HttpRequestParser::parse(in);
        QCOMPARE(out.status, Status::Complete);
        QCOMPARE(out.request.method, "GET"_ba);
        QCOMPARE(out.request.path, u"/api/v1/pods"_s);
        QCOMPARE(out.request.queryValue(u"labelSelector"_s), u"a in (x,y)"_s);
        QCOMPARE(out.request.header("accept"), "a, b"_ba);
        QCOMPARE(in.mid(out.consumed), "GET /next HTTP/1.1\r\n\r\n"_ba);
        QVERIFY(!out.closeAfterResponse);
    }

    void chunkedBody()
    {
        const auto out =
            HttpRequestParser::parse("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "3;x=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"_ba);
        QCOMPARE(out.status, Status::Complete);
        QCOMPARE(out.request.body, "abcde"_ba);
        QVERIFY(out.closeAfterResponse);
    }

    void waitsForMore()
    {
        QCOMPARE(HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: x\r\n"_ba).status,
                 Status::NeedMore);
        const auto out = HttpRequestParser::parse(
            "PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\nabc"_ba);
        QCOMPARE(out.status, Status::NeedMore);
        QVERIFY(out.expectsContinue);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::newRow("request line") << "GET /\r\n\r\n"_ba << 400;
        QTest::newRow("huge length")
            << "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"_ba << 413;
        QTest::newRow("bad chunk")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << 400;
        QTest::newRow("header too large")
            << QByteArray(HttpRequestParser::MaxHeaderBytes + 1, 'a') << 431;
        // A chunk size near 2^63 after a first chunk overflowed the size arithmetic.
        QFile regression(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                         u"/fuzz/http_request/regressions/chunk-size-overflow"_s);
        QVERIFY(regression.open(QIODevice::ReadOnly));
        QTest::newRow("chunk size overflow") << regression.readAll() << 400;
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        const auto out = HttpRequestParser::parse(input);
        QCOMPARE(out.status, Status::Error);
        QCOMPARE(out.errorCode, code);
    }
};

QTEST_GUILESS_MAIN(TestSimHttpParser)
#include "test_sim_http_parser.moc"
