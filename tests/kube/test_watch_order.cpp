// Watch events are decoded on the pool, not on the reflector's thread, and still applied in the
// order the server sent them; a stream that ends while its events are being decoded is acted on
// only after they are applied, so the next watch resumes from the last of them. A scripted
// plain-HTTP server on loopback (HostileApiServer) sends the streams.

#include "HostileApiServer.h"

#include "kube/ObjectCache.h"
#include "kube/Reflector.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;
using rd::test::HostileApiServer;
using Request = HostileApiServer::Request;
using H = HostileApiServer;

namespace {

QJsonObject pod(const QString &name, int version)
{
    return {{u"metadata"_s,
             QJsonObject{{u"name"_s, name},
                         {u"namespace"_s, u"demo"_s},
                         {u"uid"_s, QString(u"uid-"_s + name)},
                         {u"resourceVersion"_s, QString::number(10 + version)},
                         {u"labels"_s, QJsonObject{{u"v"_s, QString::number(version)}}}}}};
}

int versionOf(const QJsonObject &o)
{
    return o[u"metadata"_s][u"labels"_s][u"v"_s].toString().toInt();
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
    p.initialMs = 20;
    p.capMs = 100;
    return p;
}

} // namespace

class TestWatchOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsAreDecodedOnThePoolAndAppliedInOrder()
    {
        constexpr int kEvents = 300;
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, 0)}));
                return;
            }
            H::startStream(s);
            if (r.value(u"resourceVersion"_s) != u"10"_s)
                return; // later watches stay open and quiet
            // Events split across chunks at odd places: many reads, many batches.
            QByteArray all;
            for (int v = 1; v <= kEvents; ++v)
                all += H::event(u"MODIFIED"_s, pod(u"a"_s, v));
            for (qsizetype at = 0; at < all.size(); at += 997)
                H::sendChunk(s, all.mid(at, 997));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        QList<int> seen;
        connect(&pods, &ObjectCache::objectModified, this,
                [&](const QString &key) { seen << versionOf(pods.value(key)); });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        QThread *const reflectorThread = QThread::currentThread();
        std::atomic<int> decodedHere{0};
        std::atomic<int> decodedElsewhere{0};
        std::atomic<int> count{0};
        r.setEventDecodeHook([&] {
            (QThread::currentThread() == reflectorThread ? decodedHere : decodedElsewhere)++;
            // Uneven decode times, so that reads pile up behind a slow batch.
            if (++count % 37 == 0)
                QThread::msleep(15);
        });
        r.start();
        QTRY_COMPARE_WITH_TIMEOUT(r.lastResourceVersion(), QString::number(10 + kEvents), 30000);
        QList<int> expected;
        for (int v = 1; v <= kEvents; ++v)
            expected << v;
        QCOMPARE(seen, expected);
        QCOMPARE(decodedHere.load(), 0);
        QCOMPARE(decodedElsewhere.load(), kEvents);
        QCOMPARE(versionOf(pods.value(u"demo/a"_s)), kEvents);
        QCOMPARE(watchVersions(server), QStringList{u"10"_s});
        r.stop();
    }

    void streamEndWaitsForItsEvents()
    {
        // The stream ends while its first event is still being decoded: the reflector must not
        // act on the end (and watch again) before the events are in, or it would resume from an
        // older version and see them twice, or from the list's and lose the order.
        constexpr int kEvents = 50;
        HostileApiServer server;
        QVERIFY(server.listen());
        QSemaphore nextWatch;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, 0)}));
                return;
            }
            H::startStream(s);
            if (r.value(u"resourceVersion"_s) != u"10"_s) {
                nextWatch.release();
                return;
            }
            QByteArray all;
            for (int v = 1; v <= kEvents; ++v)
                all += H::event(u"MODIFIED"_s, pod(u"a"_s, v));
            H::sendChunk(s, all);
            H::endStream(s);
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        std::atomic<bool> first{true};
        // Hold the first decode until a second watch was asked for, or long enough for the end
        // of the stream to have reached the reflector; a correct reflector asks only after.
        r.setEventDecodeHook([&] {
            if (first.exchange(false))
                nextWatch.tryAcquire(1, 1500);
        });
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(watchVersions(server).size() >= 2, 30000);
        QCOMPARE(watchVersions(server).at(1), QString::number(10 + kEvents));
        QCOMPARE(versionOf(pods.value(u"demo/a"_s)), kEvents);
        r.stop();
    }

    void eventsAfterAMalformedOneAreNotApplied()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (!r.isWatch()) {
                H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s, 0)}));
                return;
            }
            H::startStream(s);
            if (r.value(u"resourceVersion"_s) == u"10"_s) {
                // One read: a good event, a bad one, then one that must wait for the next watch.
                H::sendChunk(s, H::event(u"MODIFIED"_s, pod(u"a"_s, 1)) +
                                    "{\"type\":\"MODIFIED\",\"object\":{\"kind\":]}\n"_ba +
                                    H::event(u"MODIFIED"_s, pod(u"a"_s, 3)));
            }
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        QList<int> seen;
        connect(&pods, &ObjectCache::objectModified, this,
                [&](const QString &key) { seen << versionOf(pods.value(key)); });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(watchVersions(server).size() >= 2, 30000);
        QCOMPARE(watchVersions(server).at(1), u"11"_s);
        QCOMPARE(seen, QList<int>{1});
        QVERIFY2(r.lastError().message.contains(u"could not be read"_s),
                 qPrintable(r.lastError().message));
        r.stop();
    }
};

QTEST_GUILESS_MAIN(TestWatchOrder)
#include "test_watch_order.moc"
