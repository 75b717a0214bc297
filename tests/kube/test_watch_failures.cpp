// A broken or hostile API server (HostileApiServer, real HTTP on loopback) against the kube
// layer: every failure backs off (request counts over a few seconds, never times), malformed
// events resume from the last good resourceVersion, Retry-After is capped, and bodies, watch
// events and pagination are bounded.

#include "HostileApiServer.h"

#include "kube/Backoff.h"
#include "kube/ObjectCache.h"
#include "kube/Reflector.h"
#include "kube/RetryAfter.h"
#include "kube/WatchDecoder.h"

#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;
using rd::test::HostileApiServer;
using Request = HostileApiServer::Request;

namespace {
constexpr int kWindowMs = 5000;

QJsonObject pod(const QString &name, const QString &rv, int version)
{
    return {{u"kind"_s, u"Pod"_s},
            {u"apiVersion"_s, u"v1"_s},
            {u"metadata"_s,
             QJsonObject{{u"name"_s, name},
                         {u"namespace"_s, u"demo"_s},
                         {u"uid"_s, QString(u"uid-"_s + name)},
                         {u"resourceVersion"_s, rv},
                         {u"labels"_s, QJsonObject{{u"v"_s, QString::number(version)}}}}}};
}

int versionOf(const ObjectCache &store, const QString &name)
{
    const QJsonObject o = store.value(u"demo/"_s + name);
    return o.isEmpty() ? -1 : o[u"metadata"_s][u"labels"_s][u"v"_s].toString().toInt();
}

QStringList watchVersions(const HostileApiServer &server)
{
    QStringList out;
    for (const Request &r : server.log()) {
        if (r.isWatch())
            out << r.value(u"resourceVersion"_s);
    }
    return out;
}

Backoff::Policy fastPolicy()
{
    Backoff::Policy p;
    p.initialMs = 50;
    p.capMs = 200;
    return p;
}
} // namespace

class TestWatchFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the policy itself, with a fake clock and random source ---

    void backoffDoublesToTheCapWithJitter()
    {
        qint64 now = 0;
        double random = 0.0;
        Backoff b(
            {}, [&] { return now; }, [&] { return random; });
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i) {
            delays << b.next();
            now += 1000;
        }
        QCOMPARE(delays, (QList<qint64>{800, 1600, 3200, 6400, 12800, 25600, 30000, 30000}));
        // Jitter adds up to one base on top.
        random = 0.5;
        QCOMPARE(b.next(), 45000);
        random = 0.999999;
        QVERIFY(b.next() < 60000);
        // A watch that ran well starts the sequence over...
        b.reset();
        random = 0;
        QCOMPARE(b.next(), 800);
        QCOMPARE(b.next(), 1600);
        // ...and so do two minutes without a failure (client-go), but not less.
        now += 119000;
        QCOMPARE(b.next(), 3200);
        now += 120001;
        QCOMPARE(b.next(), 800);
    }

    void backoffPolicyIsClamped()
    {
        Backoff::Policy p;
        p.initialMs = -5;
        p.capMs = std::numeric_limits<qint64>::max();
        p.factor = 1e300;
        p.jitter = 7;
        qint64 now = 0;
        Backoff b(
            p, [&] { return now; }, [] { return 0.999; });
        qint64 last = 0;
        for (int i = 0; i < 100; ++i) {
            last = b.next();
            QVERIFY(last > 0);
            QVERIFY(last <= 2LL * 24 * 3600 * 1000);
        }
        QVERIFY(last >= 24LL * 3600 * 1000);
    }

    // --- Retry-After ---

    void retryAfterIsCappedAndOverflowSafe_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1 = no Retry-After
        QTest::newRow("seconds") << "5"_ba << 5;
        QTest::newRow("spaces") << "  7 "_ba << 7;
        QTest::newRow("zero") << "0"_ba << 0;
        QTest::newRow("cap") << "60"_ba << 60;
        QTest::newRow("over cap") << "61"_ba << 60;
        QTest::newRow("int overflow") << "2147483648"_ba << 60;
        QTest::newRow("huge") << "999999999999999999999999999999999999"_ba << 60;
        QTest::newRow("leading zeros") << "0000000000000000000000003"_ba << 3;
        QTest::newRow("negative") << "-5"_ba << -1;
        QTest::newRow("plus") << "+5"_ba << -1;
        QTest::newRow("fraction") << "1.5"_ba << -1;
        QTest::newRow("empty") << ""_ba << -1;
        QTest::newRow("garbage") << "soon"_ba << -1;
        QTest::newRow("past date") << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << 0;
        QTest::newRow("far date") << "Fri, 31 Dec 9999 23:59:59 GMT"_ba << 60;
    }

    void retryAfterIsCappedAndOverflowSafe()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const std::optional<int> got = parseRetryAfter(value);
        QCOMPARE(got.value_or(-1), expected);
    }

    void retryAfterHttpDateCountsFromNow()
    {
        const QDateTime now = QDateTime::fromString(u"2026-03-04T05:06:07Z"_s, Qt::ISODate);
        QCOMPARE(parseRetryAfter("Wed, 04 Mar 2026 05:06:37 GMT"_ba, now).value_or(-1), 30);
        QCOMPARE(capRetryAfterSecs(std::numeric_limits<qint64>::max()), 60);
        QCOMPARE(capRetryAfterSecs(-3), -1);
        // Status details.retryAfterSeconds is a JSON number: any double.
        QCOMPARE(capRetryAfterSecsJson(1e300), 60);
        QCOMPARE(capRetryAfterSecsJson(-1e300), -1);
        QCOMPARE(capRetryAfterSecsJson(std::numeric_limits<double>::quiet_NaN()), -1);
        QCOMPARE(capRetryAfterSecsJson(7.9), 7);
    }

    void clientRetriesWithCappedRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("attempts");
        // Before: toInt() failed on the huge value and the 429 reached the caller unretried.
        QTest::newRow("huge") << "99999999999999999999"_ba << 2;
        QTest::newRow("http-date") << QLocale::c()
                                          .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                                    u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                          .toLatin1()
                                   << 2;
        QTest::newRow("negative") << "-1"_ba << 1;
    }

    void clientRetriesWithCappedRetryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, attempts);
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &, QTcpSocket *s) {
            if (server.log().size() == 1)
                HostileApiServer::respondJson(
                    s, 429, HostileApiServer::status(429, u"TooManyRequests"_s, u"slow down"_s),
                    {{"Retry-After"_ba, retryAfter}});
            else
                HostileApiServer::respondJson(s, 200, HostileApiServer::list(u"1"_s));
        });
        auto client = server.client();
        QVERIFY(client);
        client->setRetryUnitMs(5); // 60 s capped = 300 ms here
        KubeRequest req;
        req.path = u"/api/v1/namespaces/demo/pods"_s;
        std::unique_ptr<KubeReply> reply(client->send(req));
        QSignalSpy done(reply.get(), &KubeReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attempts(), attempts);
        QCOMPARE(reply->ok(), attempts == 2);
        if (attempts == 1)
            QCOMPARE(reply->error().retryAfterSecs, -1);
    }

    // --- the watch stream decoder ---

    void decoderStopsAtStrayBytesAndOversizedEvents()
    {
        WatchDecoder d;
        const auto first = d.feed("{\"type\":\"ADDED\"}\n  \r\n{\"a\":[1,{\"b\":\"}\"}]}"_ba);
        QCOMPARE(first.size(), 2);
        QCOMPARE(d.error(), WatchDecoder::Error::None);
        const auto second = d.feed("{\"x\":1}\nnot json\n{\"y\":2}"_ba);
        QCOMPARE(second.size(), 1); // the one before the garbage, never the one after
        QCOMPARE(d.error(), WatchDecoder::Error::StrayBytes);
        QVERIFY(d.feed("{\"z\":3}"_ba).isEmpty());

        WatchDecoder big;
        big.setMaxObjectBytes(1024);
        const QByteArray fits = "{\"v\":\"" + QByteArray(1024 - 8, 'a') + "\"}";
        QCOMPARE(fits.size(), 1024);
        QCOMPARE(big.feed(fits).size(), 1);
        // An event that never ends is refused once past the cap, without keeping its bytes.
        big.feed("{\"v\":\"");
        for (int i = 0; i < 10 && big.error() == WatchDecoder::Error::None; ++i)
            big.feed(QByteArray(200, 'a'));
        QCOMPARE(big.error(), WatchDecoder::Error::TooLarge);
        QCOMPARE(big.pending(), 0);
        big.reset();
        QCOMPARE(big.feed("{}"_ba).size(), 1);
    }

    // --- a struggling server is not hammered ---

    void everyFailureBacksOff_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("relists");
        QTest::newRow("ERROR event 500") << u"error500"_s << false;
        QTest::newRow("410 after every relist") << u"expired"_s << true;
        QTest::newRow("watch answered 500") << u"watch500"_s << false;
        QTest::newRow("list 500, Retry-After 0") << u"list500"_s << false;
        QTest::newRow("watch closed at once") << u"closed"_s << false;
        QTest::newRow("bookmark, then closed") << u"bookmark"_s << false;
        QTest::newRow("garbage instead of events") << u"garbage"_s << false;
    }

    void everyFailureBacksOff()
    {
        QFETCH(QString, failure);
        QFETCH(bool, relists);
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (!r.isWatch()) {
                if (failure == u"list500"_s)
                    H::respondJson(s, 500, H::status(500, u"InternalError"_s, u"etcd is sad"_s),
                                   {{"Retry-After"_ba, "0"_ba}});
                else
                    H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, u"10"_s, 0)}));
                return;
            }
            if (failure == u"watch500"_s) {
                H::respondJson(s, 500, H::status(500, u"InternalError"_s, u"etcd is sad"_s));
                return;
            }
            H::startStream(s);
            if (failure == u"error500"_s) {
                H::sendChunk(
                    s, H::event(u"ERROR"_s, H::status(500, u"InternalError"_s, u"etcd is sad"_s)));
            } else if (failure == u"expired"_s) {
                H::sendChunk(s, H::event(u"ERROR"_s, H::status(410, u"Expired"_s,
                                                               u"too old resource version"_s)));
            } else if (failure == u"closed"_s) {
                H::endStream(s);
            } else if (failure == u"bookmark"_s) {
                H::sendChunk(s, H::event(u"BOOKMARK"_s, pod(QString(), u"11"_s, 0)));
                H::endStream(s);
            } else if (failure == u"garbage"_s) {
                H::sendChunk(s, "<html>502 Bad Gateway</html>\n"_ba);
            }
            // Otherwise the stream stays open: the client must be the one to end it.
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods); // default policy
        r.start();
        QTest::qWait(kWindowMs);
        const int lists = server.lists();
        const int watches = server.watches();
        qInfo("%s: %d lists and %d watches in %d ms", qPrintable(failure), lists, watches,
              kWindowMs);
        QVERIFY2(lists + watches <= 10,
                 qPrintable(u"%1 lists, %2 watches"_s.arg(lists).arg(watches)));
        QVERIFY2(lists + watches >= 2, "the client gave up instead of retrying");
        if (relists)
            QVERIFY(lists >= 2);
        else if (failure != u"list500"_s)
            QCOMPARE(lists, 1);      // a failed watch resumes; only 410 relists
        if (failure != u"list500"_s) // there the client is still retrying the first list
            QVERIFY(!r.lastError().message.isEmpty());
        r.stop();
    }

    // --- a busy watch that breaks now and then is not a failing server ---

    void watchThatMadeProgressResumesWithoutGrowingBackoff_data()
    {
        QTest::addColumn<bool>("garbage"); // else the connection is dropped
        QTest::newRow("dropped after an event") << false;
        QTest::newRow("garbage after an event") << true;
    }

    // A watch from N gets the change N+1, then breaks. Each break follows progress, so each
    // waits the initial 50 ms; were the backoff to grow (x16: 50 ms, 0.8 s, 12.8 s, 60 s) a few
    // watches would take minutes. Counts over a window, as above; the margin is wide both ways.
    void watchThatMadeProgressResumesWithoutGrowingBackoff()
    {
        QFETCH(bool, garbage);
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, u"10"_s, 10)}));
                return;
            }
            const int from = r.value(u"resourceVersion"_s).toInt();
            H::startStream(s);
            H::sendChunk(s,
                         H::event(u"MODIFIED"_s, pod(u"a"_s, QString::number(from + 1), from + 1)));
            if (garbage) {
                H::sendChunk(s, "<html>502 Bad Gateway</html>\n"_ba);
            } else {
                s->flush();
                s->abort();
            }
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        Backoff::Policy steep;
        steep.initialMs = 50;
        steep.factor = 16;
        steep.capMs = 60000;
        r.setBackoffPolicy(steep);
        r.start();
        QTest::qWait(kWindowMs);
        const QStringList from = watchVersions(server);
        qInfo("%lld watches in %d ms", qlonglong(from.size()), kWindowMs);
        QVERIFY2(from.size() >= 8, qPrintable(from.join(u' ')));
        // Each resumed where the last one got to: no change skipped, none asked twice, no relist.
        for (qsizetype i = 0; i < from.size(); ++i)
            QCOMPARE(from.at(i), QString::number(10 + i));
        QCOMPARE(server.lists(), 1);
        QVERIFY(versionOf(pods, u"a"_s) >= 10 + int(from.size()) - 1);
        r.stop();
    }

    // --- malformed events are never skipped ---

    void malformedEventResumesFromLastGoodVersion_data()
    {
        QTest::addColumn<QByteArray>("garbled");
        QTest::addColumn<bool>("thenClose"); // the server ends the stream right after it
        const QByteArray good = HostileApiServer::event(u"MODIFIED"_s, pod(u"b"_s, u"12"_s, 2));
        QJsonObject wrongKind = pod(u"b"_s, u"12"_s, 2);
        wrongKind[u"kind"_s] = u"Secret"_s;
        QJsonObject noMeta = pod(u"b"_s, u"12"_s, 2);
        noMeta.remove(u"metadata"_s);
        QJsonObject noRv = pod(u"b"_s, u"12"_s, 2);
        QJsonObject meta = noRv[u"metadata"_s].toObject();
        meta.remove(u"resourceVersion"_s);
        noRv[u"metadata"_s] = meta;
        QTest::newRow("undecodable JSON")
            << "{\"type\":\"MODIFIED\",\"object\":{\"kind\":]}\n"_ba << false;
        QTest::newRow("text line") << "this is not an event\n"_ba << false;
        QTest::newRow("half an event, then the end") << good.left(good.size() / 2) << true;
        QTest::newRow("wrong kind") << HostileApiServer::event(u"MODIFIED"_s, wrongKind) << false;
        QTest::newRow("no metadata") << HostileApiServer::event(u"MODIFIED"_s, noMeta) << false;
        QTest::newRow("no resourceVersion")
            << HostileApiServer::event(u"MODIFIED"_s, noRv) << false;
        QTest::newRow("unknown type")
            << HostileApiServer::event(u"CHANGED"_s, pod(u"b"_s, u"12"_s, 2)) << false;
    }

    void malformedEventResumesFromLastGoodVersion()
    {
        QFETCH(QByteArray, garbled);
        QFETCH(bool, thenClose);
        HostileApiServer server;
        QVERIFY(server.listen());
        // History: rv11 changes a, rv12 changes b (garbled on the first stream), rv13 changes a.
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (!r.isWatch()) {
                H::respondJson(
                    s, 200, H::list(u"10"_s, {pod(u"a"_s, u"10"_s, 0), pod(u"b"_s, u"10"_s, 0)}));
                return;
            }
            H::startStream(s);
            const QString from = r.value(u"resourceVersion"_s);
            if (from == u"10"_s && thenClose) {
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"a"_s, u"11"_s, 1)) + garbled);
                H::endStream(s);
            } else if (from == u"10"_s) {
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"a"_s, u"11"_s, 1)) + garbled +
                                    H::event(u"MODIFIED"_s, pod(u"a"_s, u"13"_s, 3)));
            } else if (from == u"11"_s) {
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"b"_s, u"12"_s, 2)) +
                                    H::event(u"MODIFIED"_s, pod(u"a"_s, u"13"_s, 3)));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        r.start();
        // The change the garbled event carried arrives (skipping it would lose it until the
        // next relist), and so does its successor's.
        QTRY_COMPARE_WITH_TIMEOUT(versionOf(pods, u"b"_s), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(versionOf(pods, u"a"_s), 3, 20000);
        QCOMPARE(watchVersions(server).mid(0, 2), (QStringList{u"10"_s, u"11"_s}));
        QCOMPARE(server.lists(), 1);
        QCOMPARE(r.lastResourceVersion(), u"13"_s);
        QVERIFY2(r.lastError().message.contains(u"could not be read"_s) ||
                     r.lastError().message.contains(u"middle of an event"_s),
                 qPrintable(r.lastError().message));
        r.stop();
    }

    // --- size caps ---

    void oversizedWatchEventEndsTheWatch()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, u"10"_s, 0)}));
                return;
            }
            H::startStream(s);
            if (r.value(u"resourceVersion"_s) == u"10"_s) {
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"a"_s, u"11"_s, 1)));
                // One "line" that never ends: 1 MiB and counting.
                H::sendChunk(s, "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"big\","
                                "\"resourceVersion\":\"12\",\"annotations\":{\"x\":\""_ba);
                for (int i = 0; i < 16; ++i)
                    H::sendChunk(s, QByteArray(64 * 1024, 'a'));
            } else if (r.value(u"resourceVersion"_s) == u"11"_s) {
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"a"_s, u"13"_s, 3)));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        r.setMaxEventBytes(64 * 1024);
        r.start();
        QTRY_COMPARE_WITH_TIMEOUT(versionOf(pods, u"a"_s), 3, 20000);
        QVERIFY(!pods.contains(u"demo/big"_s));
        QCOMPARE(watchVersions(server).mid(0, 2), (QStringList{u"10"_s, u"11"_s}));
        QVERIFY2(r.lastError().message.contains(u"larger than"_s),
                 qPrintable(r.lastError().message));
        r.stop();
    }

    void responseBodiesAreCapped_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::newRow("small") << u"/small"_s << true;
        QTest::newRow("Content-Length over the cap") << u"/length"_s << false;
        QTest::newRow("chunked, never ending") << u"/endless"_s << false;
        QTest::newRow("huge error body") << u"/error"_s << false;
    }

    void responseBodiesAreCapped()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        constexpr qint64 kCap = 1024 * 1024;
        HostileApiServer server;
        QVERIFY(server.listen());
        QPointer<QTcpSocket> endless;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            const QByteArray big = "{\"items\":[\"" + QByteArray(2 * kCap, 'x') + "\"]}";
            if (r.path == u"/small"_s) {
                H::respondJson(s, 200, H::list(u"1"_s));
            } else if (r.path == u"/length"_s) {
                H::respond(s, 200, big);
            } else if (r.path == u"/error"_s) {
                H::respond(s, 500, big);
            } else {
                endless = s;
                H::startStream(s);
                for (int i = 0; i < 64; ++i)
                    H::sendChunk(s, QByteArray(64 * 1024, 'x'));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        client->setMaxResponseBytes(kCap);
        KubeRequest req;
        req.path = path;
        std::unique_ptr<KubeReply> reply(client->send(req));
        QSignalSpy done(reply.get(), &KubeReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->ok(), ok);
        QVERIFY(reply->body().size() <= kCap);
        if (!ok) {
            QCOMPARE(reply->httpStatus(), 0);
            QCOMPARE(reply->attempts(), 1);
            QVERIFY2(reply->error().message.contains(u"larger than 1 MiB"_s),
                     qPrintable(reply->error().message));
        }
        if (path == u"/endless"_s) // the client hung up
            QTRY_VERIFY_WITH_TIMEOUT(
                !endless || endless->state() != QAbstractSocket::ConnectedState, 10000);
    }

    void distinctWarningsStayBounded()
    {
        // Every answer carries a warning worded differently: de-duplication must not keep them
        // all for the rest of the session.
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &, QTcpSocket *s) {
            HostileApiServer::respondJson(
                s, 200, HostileApiServer::list(u"1"_s),
                {{"Warning"_ba,
                  "299 - \"deprecated, call " + QByteArray::number(server.log().size()) + "\""}});
        });
        auto client = server.client();
        QVERIFY(client);
        QSignalSpy warnings(client.get(), &KubeClient::warning);
        const int requests = int(KubeClient::kMaxSeenWarnings) + 44;
        for (int i = 0; i < requests; ++i) {
            KubeRequest req;
            req.path = u"/api/v1/namespaces/demo/pods"_s;
            std::unique_ptr<KubeReply> reply(client->send(req));
            QSignalSpy done(reply.get(), &KubeReply::finished);
            QVERIFY(done.wait(20000));
            QVERIFY(reply->ok());
        }
        QCOMPARE(warnings.count(), requests); // each one was new, and reported
        QVERIFY(client->seenWarningCount() <= KubeClient::kMaxSeenWarnings);
    }

    // What a soak counts as requests alive: a request in flight is one reply and one network
    // reply; whole, failed, cut-off and abandoned requests leave none behind.
    void requestsAliveAreOnlyThoseInFlight()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        QList<QTcpSocket *> held;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (r.path.contains(u"hold"_s)) {
                held << s; // answered never: the client gives up
            } else if (r.path.contains(u"cut"_s)) {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 400\r\n\r\n{\"kind\":\"PodList\",\"items\":[");
                s->disconnectFromHost();
            } else if (r.path.contains(u"missing"_s)) {
                HostileApiServer::respondJson(s, 404, QJsonObject{{u"kind"_s, u"Status"_s}});
            } else {
                HostileApiServer::respondJson(s, 200, HostileApiServer::list(u"1"_s));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        for (const QString &ns : {u"whole"_s, u"cut"_s, u"missing"_s, u"whole"_s, u"cut"_s}) {
            KubeRequest req;
            req.path = u"/api/v1/namespaces/%1/pods"_s.arg(ns);
            std::unique_ptr<KubeReply> reply(client->send(req));
            QSignalSpy done(reply.get(), &KubeReply::finished);
            QVERIFY(done.wait(20000));
        }
        QTRY_COMPARE(client->alive().networkReplies, 0);
        QCOMPARE(client->alive().replies, 0);

        KubeRequest req;
        req.path = u"/api/v1/namespaces/hold/pods"_s;
        req.stream = true;
        KubeReply *waiting = client->send(req);
        QTRY_COMPARE(held.size(), 1);
        QCOMPARE(client->alive().replies, 1);
        QCOMPARE(client->alive().networkReplies, 1);
        waiting->abort();
        waiting->deleteLater();
        QTRY_COMPARE(client->alive().networkReplies, 0);
        QTRY_COMPARE(client->alive().replies, 0);
    }

    void failedLaterPageIsAskedAgain_data()
    {
        QTest::addColumn<int>("failure");    // what the first answer to page two is
        QTest::addColumn<int>("firstPages"); // how often page one is asked for
        QTest::newRow("500: that page again") << 500 << 1;
        QTest::newRow("410, token expired: one list without limit") << 410 << 2;
    }

    // Page one (a, b) arrives, page two fails once. A 500 costs only page two: the pages before
    // it stay and the list ends after one more request. An expired token cannot be asked again:
    // within the same attempt the list is asked for whole, without `limit` (this server pages
    // anyway, which is followed).
    void failedLaterPageIsAskedAgain()
    {
        QFETCH(int, failure);
        QFETCH(int, firstPages);
        HostileApiServer server;
        QVERIFY(server.listen());
        bool failed = false;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            if (r.isWatch()) {
                H::startStream(s); // stays open
                return;
            }
            if (r.value(u"continue"_s).isEmpty()) {
                H::respondJson(
                    s, 200,
                    H::list(u"10"_s, {pod(u"a"_s, u"10"_s, 0), pod(u"b"_s, u"10"_s, 0)}, u"2"_s));
            } else if (!failed) {
                failed = true;
                H::respondJson(s, failure,
                               failure == 410
                                   ? H::status(410, u"Expired"_s, u"continue token too old"_s)
                                   : H::status(500, u"InternalError"_s, u"etcd is sad"_s));
            } else {
                H::respondJson(
                    s, 200, H::list(u"10"_s, {pod(u"c"_s, u"10"_s, 0), pod(u"d"_s, u"10"_s, 0)}));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(20000));
        QCOMPARE(pods.size(), 4);
        QCOMPARE(server.count([](const Request &q) {
            return !q.isWatch() && q.value(u"continue"_s).isEmpty();
        }),
                 firstPages);
        QCOMPARE(server.count([](const Request &q) { return q.value(u"continue"_s) == u"2"_s; }),
                 2); // the failed answer and the good one
        QCOMPARE(r.listCount(), 1);
        QCOMPARE(server.count([](const Request &q) {
            return !q.isWatch() && !q.query.hasQueryItem(u"limit"_s);
        }),
                 failure == 410 ? 2 : 0);
        r.stop();
    }

    void listsLargerThanTheCapAreRefused()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            using H = HostileApiServer;
            QJsonArray items;
            for (int i = 0; i < 400; ++i)
                items << pod(u"p%1"_s.arg(i), u"10"_s, 0);
            // Pages under the cap each, more than the cap together.
            const int page = r.value(u"continue"_s).toInt();
            H::respondJson(
                s, 200, H::list(u"10"_s, items, page < 50 ? QString::number(page + 1) : QString()));
        });
        auto client = server.client();
        QVERIFY(client);
        client->setMaxResponseBytes(256 * 1024);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(r.lastError().message.contains(u"larger than"_s), 20000);
        QVERIFY(!r.hasSynced());
        QCOMPARE(pods.size(), 0);
        r.stop();
    }

    void paginationThatNeverEndsIsBounded_data()
    {
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<QString>("message");
        QTest::newRow("repeated token") << true << u"repeated a continue token"_s;
        QTest::newRow("endless tokens") << false << u"did not end after 20 pages"_s;
    }

    void paginationThatNeverEndsIsBounded()
    {
        QFETCH(bool, repeat);
        QFETCH(QString, message);
        HostileApiServer server;
        QVERIFY(server.listen());
        int served = 0;
        server.setHandler([&](const Request &, QTcpSocket *s) {
            ++served;
            const QString token = repeat ? u"same"_s : u"page-%1"_s.arg(served);
            HostileApiServer::respondJson(
                s, 200,
                HostileApiServer::list(u"10"_s, {pod(u"p%1"_s.arg(served), u"10"_s, 0)}, token));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setMaxListPages(20);
        r.start(); // default backoff: the next attempt is at least 800 ms away
        QTRY_VERIFY_WITH_TIMEOUT(r.lastError().message.contains(message), 20000);
        QVERIFY2(served <= (repeat ? 2 : 20), qPrintable(QString::number(served)));
        QCOMPARE(pods.size(), 0); // never a partial list
        QVERIFY(!r.hasSynced());
        QCOMPARE(r.state(), Reflector::State::Backoff);
        r.stop();
    }
};

QTEST_GUILESS_MAIN(TestWatchFailures)
#include "test_watch_failures.moc"
