// Pipelined list paging against real servers on loopback: a scripted plain-HTTP server
// (HostileApiServer, its own request log) and the simulated cluster over TLS. Proves that the
// next page is asked for while an earlier page is still being decoded, that pages are applied in
// list order whatever order their decodes finish in, that a first list goes into its empty store
// page by page while a relist goes in whole, that an expired continue token leads to one
// list without `limit`, that a failed continuation page is asked for again, and that a list with
// an unreadable page is still refused whole.

#include "HostileApiServer.h"
#include "SimFixture.h"

#include "kube/ObjectCache.h"
#include "kube/Reflector.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;
using rd::test::HostileApiServer;
using Request = HostileApiServer::Request;
using H = HostileApiServer;

namespace {

QJsonObject pod(const QString &name)
{
    return {{u"metadata"_s, QJsonObject{{u"name"_s, name},
                                        {u"namespace"_s, u"demo"_s},
                                        {u"uid"_s, QString(u"uid-"_s + name)},
                                        {u"resourceVersion"_s, u"10"_s}}}};
}

QString podName(int page, int i)
{
    return u"p%1-%2"_s.arg(page).arg(i, 3, 10, QChar(u'0'));
}

// Page `page` of `pages`, `perPage` pods each; the continue token of page n is "n+1".
QJsonObject page(int page, int pages, int perPage)
{
    QJsonArray items;
    for (int i = 0; i < perPage; ++i)
        items << pod(podName(page, i));
    return H::list(u"10"_s, items, page + 1 < pages ? QString::number(page + 1) : QString());
}

// Every pod of the list, in the server's order.
QStringList listOrder(int pages, int perPage)
{
    QStringList out;
    for (int p = 0; p < pages; ++p) {
        for (int i = 0; i < perPage; ++i)
            out << u"demo/"_s + podName(p, i);
    }
    return out;
}

// The page a list request asks for (0 = the first).
int pageAsked(const Request &r)
{
    return r.value(u"continue"_s).toInt();
}

QStringList listRequests(const HostileApiServer &server)
{
    QStringList out;
    for (const Request &r : server.log()) {
        if (!r.isWatch())
            out << u"limit=%1 continue=%2"_s.arg(r.value(u"limit"_s), r.value(u"continue"_s));
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

QStringList keys(const ObjectCache &store)
{
    QStringList out;
    for (const QJsonObject &o : store.values())
        out << ObjectCache::keyOf(o);
    out.sort();
    return out;
}

QList<QJsonObject> serverPods(rd::sim::SimCluster &sim)
{
    const auto *type = rd::sim::ApiResource::findByKind(u"Pod"_s);
    return sim.store()->list(type->key(), u"spring-petclinic"_s);
}

QStringList serverKeys(rd::sim::SimCluster &sim)
{
    const auto *type = rd::sim::ApiResource::findByKind(u"Pod"_s);
    QStringList out;
    for (const QJsonObject &o : sim.store()->list(type->key(), u"spring-petclinic"_s))
        out << ObjectCache::keyOf(o);
    out.sort();
    return out;
}

// Answers a watch by keeping it open (the test ends it).
bool keepWatchOpen(const Request &r, QTcpSocket *s)
{
    if (!r.isWatch())
        return false;
    H::startStream(s);
    return true;
}

} // namespace

class TestListPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A decode held by a test must not leave the other pages without a thread, whatever
        // the machine's core count.
        QThreadPool::globalInstance()->setMaxThreadCount(
            qMax(4, QThreadPool::globalInstance()->maxThreadCount()));
    }

    void nextPageIsAskedForBeforeThePreviousIsDecoded()
    {
        constexpr int kPages = 4;
        constexpr int kPerPage = 50;
        HostileApiServer server;
        QVERIFY(server.listen());
        QSemaphore lastPageAsked;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            if (pageAsked(r) == kPages - 1)
                lastPageAsked.release();
            H::respondJson(s, 200, page(pageAsked(r), kPages, kPerPage));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        QStringList applied;
        connect(&pods, &ObjectCache::objectAdded, this,
                [&](const QString &key) { applied << key; });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        // Page 0's decode waits (on its pool thread) until the server has been asked for the
        // last page: only a reflector that asks before decoding gets there. So pages 1..3 are
        // decoded before page 0, and the store must still get them in list order.
        std::atomic<bool> askedWhileDecoding{false};
        r.setPageDecodeHook([&](int index) {
            if (index == 0)
                askedWhileDecoding = lastPageAsked.tryAcquire(1, 20000);
        });
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(30000));
        QVERIFY2(askedWhileDecoding, "the next pages waited for page 0's decode");
        QCOMPARE(applied, listOrder(kPages, kPerPage));
        QCOMPARE(listRequests(server),
                 (QStringList{u"limit=2000 continue="_s, u"limit=2000 continue=1"_s,
                              u"limit=2000 continue=2"_s, u"limit=2000 continue=3"_s}));
        QCOMPARE(r.listCount(), 1);
        QCOMPARE(r.lastResourceVersion(), u"10"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.watches(), 1, 20000);
        r.stop();
    }

    void firstListGoesInPageByPage()
    {
        // Into the empty store of a first list, each page goes in once it and the pages before
        // it are decoded, while the last page has not even been answered; the store is synced
        // only with the whole list, in list order.
        constexpr int kPages = 4;
        constexpr int kPerPage = 50;
        HostileApiServer server;
        QVERIFY(server.listen());
        QTcpSocket *lastPage = nullptr;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            if (pageAsked(r) == kPages - 1) {
                lastPage = s; // answered by the test
                return;
            }
            H::respondJson(s, 200, page(pageAsked(r), kPages, kPerPage));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        QStringList applied;
        connect(&pods, &ObjectCache::objectAdded, this,
                [&](const QString &key) { applied << key; });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(lastPage != nullptr, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pods.size(), (kPages - 1) * kPerPage, 20000);
        QCOMPARE(applied, listOrder(kPages - 1, kPerPage));
        QCOMPARE(synced.size(), 0);
        QVERIFY(!r.hasSynced());
        H::respondJson(lastPage, 200, page(kPages - 1, kPages, kPerPage));
        QVERIFY(synced.wait(20000));
        QCOMPARE(applied, listOrder(kPages, kPerPage));
        QCOMPARE(synced.size(), 1);
        r.stop();
    }

    void firstListFillYieldsToTheEventLoop()
    {
        // A page goes into the empty store a slice (kApplySliceMs) at a time, as the final
        // apply does: a zero timer started by the first object added fires before the page's
        // last object is in. Each object added costs its receiver 20 µs here (the cluster
        // source's index costs about that), so a page of 2,000 applied in one go would hold
        // the thread for 40 ms.
        constexpr int kPerPage = 2000;
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s) || pageAsked(r) == 1)
                return; // page 1 never answers: page 0 can only go in by the fill
            H::respondJson(s, 200, page(0, 2, kPerPage));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        qsizetype heldWhenTimerFired = -1;
        QTimer probe;
        probe.setSingleShot(true);
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, this, [&] { heldWhenTimerFired = pods.size(); });
        connect(&pods, &ObjectCache::objectAdded, this, [&] {
            if (heldWhenTimerFired < 0 && !probe.isActive())
                probe.start();
            QElapsedTimer busy;
            busy.start();
            while (busy.nsecsElapsed() < 20000) {
            }
        });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.start();
        QTRY_COMPARE_WITH_TIMEOUT(pods.size(), kPerPage, 30000);
        QVERIFY2(heldWhenTimerFired > 0 && heldWhenTimerFired < kPerPage,
                 qPrintable(QString::number(heldWhenTimerFired)));
        QVERIFY(!r.hasSynced());
        r.stop();
    }

    void relistWaitsForItsWholeList()
    {
        // After the first sync a relist goes in only whole, even into an empty store: the first
        // list finds nothing, the relist (after a 410 on the watch) has two pages, and its first
        // page must not show while the second is unanswered.
        HostileApiServer server;
        QVERIFY(server.listen());
        int lists = 0;
        QTcpSocket *secondPage = nullptr;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (r.isWatch()) {
                H::respondJson(s, 410, H::status(410, u"Expired"_s, u"too old resource version"_s));
                return;
            }
            if (pageAsked(r) == 0 && ++lists == 1) {
                H::respondJson(s, 200, H::list(u"10"_s, {}));
                return;
            }
            if (pageAsked(r) == 1) {
                secondPage = s; // answered by the test
                return;
            }
            H::respondJson(s, 200, page(pageAsked(r), 2, 5));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(secondPage != nullptr, 20000);
        QCOMPARE(synced.size(), 1); // the empty first list
        QTest::qWait(300);          // time enough to decode and apply the relist's first page
        QCOMPARE(pods.size(), 0);
        H::respondJson(secondPage, 200, page(1, 2, 5));
        QVERIFY(synced.wait(20000));
        QCOMPARE(pods.size(), 10);
        r.stop();
    }

    void pagesAheadAreBounded()
    {
        // While page 0 cannot be decoded, at most kMaxPagesAhead pages wait undecoded: the next
        // request goes out only once a decode makes room.
        constexpr int kPages = Reflector::kMaxPagesAhead + 4;
        HostileApiServer server;
        QVERIFY(server.listen());
        QSemaphore release;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            H::respondJson(s, 200, page(pageAsked(r), kPages, 3));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        // Every decode waits for the test: nothing is decoded until it says so.
        r.setPageDecodeHook([&](int) { release.tryAcquire(1, 20000); });
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.lists(), Reflector::kMaxPagesAhead, 20000);
        // Give a wrong implementation the chance to ask for more.
        QTest::qWait(300);
        QCOMPARE(server.lists(), Reflector::kMaxPagesAhead);
        release.release(kPages);
        QVERIFY(synced.wait(30000));
        QCOMPARE(server.lists(), kPages);
        QCOMPARE(pods.size(), kPages * 3);
        r.stop();
    }

    void restartDropsPagesStillDecoding()
    {
        // A restart (new credentials, say) while a page of the old list is still decoding: that
        // page must never reach the store, whatever it holds.
        HostileApiServer server;
        QVERIFY(server.listen());
        int lists = 0;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            const QString prefix = ++lists == 1 ? u"old"_s : u"new"_s;
            H::respondJson(s, 200,
                           H::list(u"10"_s, {pod(prefix + u"-a"_s), pod(prefix + u"-b"_s)}));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        QSemaphore holdFirst;
        QSemaphore firstStarted;
        std::atomic<bool> first{true};
        // The old page's decode is held until the new list's page is being decoded; then the
        // old one finishes first, while the new list waits for its page 0.
        r.setPageDecodeHook([&](int) {
            if (first.exchange(false)) {
                firstStarted.release();
                holdFirst.tryAcquire(1, 20000);
            } else {
                holdFirst.release();
                QThread::msleep(300);
            }
        });
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(firstStarted.available() == 1, 20000);
        r.start(); // the old list's page is still being decoded
        QVERIFY(synced.wait(20000));
        QCOMPARE(pods.keys().size(), 2);
        QVERIFY(pods.contains(u"demo/new-a"_s));
        QVERIFY(pods.contains(u"demo/new-b"_s));
        QCOMPARE(synced.size(), 1);
        QCOMPARE(r.listCount(), 2);
        r.stop();
    }

    void expiredContinueTokenFallsBackToOneWholeList()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        int expired = 0;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            if (!r.value(u"continue"_s).isEmpty()) {
                ++expired;
                H::respondJson(s, 410,
                               H::status(410, u"Expired"_s,
                                         u"The provided continue parameter is too old to display a "
                                         "consistent list result. You can start a new list "
                                         "without the continue parameter."_s));
                return;
            }
            if (r.value(u"limit"_s).isEmpty()) {
                // The whole list at once, newer than the first page was (pod 3 came meanwhile).
                QJsonArray items;
                for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
                    items << pod(name);
                H::respondJson(s, 200, H::list(u"20"_s, items));
                return;
            }
            H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s), pod(u"b"_s)}, u"tok"_s));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods); // default backoff
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(20000));
        QCOMPARE(listRequests(server),
                 (QStringList{u"limit=2000 continue="_s, u"limit=2000 continue=tok"_s,
                              u"limit= continue="_s}));
        QCOMPARE(expired, 1);
        QCOMPARE(r.listCount(), 1); // one attempt, no backoff in between
        QCOMPARE(r.lastResourceVersion(), u"20"_s);
        QCOMPARE(pods.size(), 4);
        QVERIFY(pods.contains(u"demo/d"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.watches(), 1, 20000);
        QCOMPARE(server.log().last().value(u"resourceVersion"_s), u"20"_s);
        r.stop();
    }

    void expiredAgainInTheSameAttemptBacksOff()
    {
        // The fallback is once per attempt: a server whose whole list pages anyway and expires
        // again gets the ordinary backoff, and the store is never half-filled.
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (!r.value(u"continue"_s).isEmpty()) {
                H::respondJson(s, 410, H::status(410, u"Expired"_s, u"too old"_s));
                return;
            }
            H::respondJson(s, 200, H::list(u"10"_s, {pod(u"a"_s)}, u"tok"_s));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods); // default backoff
        r.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.lists(), 4, 20000);
        QCOMPARE(listRequests(server),
                 (QStringList{u"limit=2000 continue="_s, u"limit=2000 continue=tok"_s,
                              u"limit= continue="_s, u"limit= continue=tok"_s}));
        QTest::qWait(200); // the next attempt is at least 800 ms away
        QCOMPARE(server.lists(), 4);
        QCOMPARE(r.state(), Reflector::State::Listing); // a routine relist after the backoff
        QVERIFY(r.lastError().isExpired());
        QCOMPARE(pods.size(), 0);
        QVERIFY(!r.hasSynced());
        r.stop();
    }

    void failedContinuationPageIsAskedForAgain_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("503") << u"503"_s;
        QTest::newRow("429 without Retry-After") << u"429"_s;
        QTest::newRow("connection closed") << u"closed"_s;
    }

    void failedContinuationPageIsAskedForAgain()
    {
        QFETCH(QString, failure);
        constexpr int kPages = 3;
        HostileApiServer server;
        QVERIFY(server.listen());
        int page1Asked = 0;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (keepWatchOpen(r, s))
                return;
            if (pageAsked(r) == 1 && ++page1Asked <= 2) {
                if (failure == u"503"_s)
                    H::respondJson(s, 503,
                                   H::status(503, u"ServiceUnavailable"_s, u"etcd is sad"_s));
                else if (failure == u"429"_s)
                    H::respondJson(s, 429, H::status(429, u"TooManyRequests"_s, u"slow down"_s));
                else
                    s->abort();
                return;
            }
            H::respondJson(s, 200, page(pageAsked(r), kPages, 20));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        QStringList applied;
        connect(&pods, &ObjectCache::objectAdded, this,
                [&](const QString &key) { applied << key; });
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(30000));
        // The same page, with the same token, until it came; the list was never restarted.
        QVERIFY2(page1Asked >= 3, qPrintable(QString::number(page1Asked)));
        const QStringList requests = listRequests(server);
        QCOMPARE(requests.count(u"limit=2000 continue="_s), 1);
        QCOMPARE(requests.count(u"limit=2000 continue=2"_s), 1);
        QCOMPARE(requests.last(), u"limit=2000 continue=2"_s);
        QCOMPARE(r.listCount(), 1);
        QCOMPARE(applied, listOrder(kPages, 20));
        r.stop();
    }

    void pageThatKeepsFailingRestartsTheList()
    {
        HostileApiServer server;
        QVERIFY(server.listen());
        int firstPages = 0;
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (pageAsked(r) == 1) {
                H::respondJson(s, 503, H::status(503, u"ServiceUnavailable"_s, u"etcd is sad"_s));
                return;
            }
            // The second attempt's first page never answers: the store then shows what the
            // failed attempt left (its page 0 went into the empty store, and must come out).
            if (++firstPages > 1)
                return;
            H::respondJson(s, 200, page(pageAsked(r), 2, 5));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods);
        r.setBackoffPolicy(fastPolicy());
        r.start();
        // 1 + kMaxPageRetries attempts of page 1, then the list starts over from page 0.
        QStringList firstAttempt{u"limit=2000 continue="_s};
        for (int i = 0; i <= Reflector::kMaxPageRetries; ++i)
            firstAttempt << u"limit=2000 continue=1"_s;
        firstAttempt << u"limit=2000 continue="_s;
        QTRY_VERIFY_WITH_TIMEOUT(server.lists() >= firstAttempt.size(), 20000);
        const QStringList requests = listRequests(server);
        QCOMPARE(requests.mid(0, firstAttempt.size()), firstAttempt);
        QVERIFY(r.lastError().message.contains(u"etcd is sad"_s));
        QCOMPARE(pods.size(), 0); // never a partial list
        QVERIFY(!r.hasSynced());
        r.stop();
    }

    void unreadablePageRefusesTheWholeList_data()
    {
        QTest::addColumn<QByteArray>("body");
        // The scan refuses it as soon as it arrives.
        QTest::newRow("not JSON") << "<html>502 Bad Gateway</html>"_ba;
        QTest::newRow("truncated")
            << "{\"metadata\":{\"resourceVersion\":\"10\",\"continue\":\"2\"},\"items\":[{\"metadata\":"_ba;
        // The metadata reads well (the next page is asked for), the items do not.
        QTest::newRow("item of another kind")
            << "{\"metadata\":{\"resourceVersion\":\"10\",\"continue\":\"2\"},\"items\":[{\"kind\":\"Secret\",\"metadata\":{\"name\":\"s\"}}]}"_ba;
        QTest::newRow("item without a name")
            << "{\"metadata\":{\"resourceVersion\":\"10\",\"continue\":\"2\"},\"items\":[{\"metadata\":{}}]}"_ba;
        QTest::newRow("a damaged number")
            << "{\"metadata\":{\"resourceVersion\":\"10\",\"continue\":\"2\"},\"items\":[{\"metadata\":{\"name\":\"x\",\"generation\":1e}}]}"_ba;
    }

    void unreadablePageRefusesTheWholeList()
    {
        QFETCH(QByteArray, body);
        HostileApiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r, QTcpSocket *s) {
            if (pageAsked(r) == 1) {
                H::respond(s, 200, body);
                return;
            }
            // Page 2 (and later) never answers: a refusal must not wait for it.
            if (pageAsked(r) >= 2)
                return;
            H::respondJson(s, 200, page(0, 3, 5));
        });
        auto client = server.client();
        QVERIFY(client);
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"demo"_s, &pods); // default backoff
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(r.lastError().message == u"The list of pods could not be read."_s,
                                 20000);
        QCOMPARE(r.state(), Reflector::State::Backoff);
        QCOMPARE(pods.size(), 0);
        QVERIFY(!r.hasSynced());
        r.stop();
    }

    void compactedHistoryOnTheSimulatorEndsInTheServerState()
    {
        // No injected fault: the simulator keeps one change of history, and two changes land
        // between the first page and the request for the second, so the continue token is
        // older than anything the server keeps and it answers 410 Expired for real.
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 20.0, u"scale:800"_s), qPrintable(sim.error));
        sim.cluster->store()->setHistoryLimit(1);
        auto client = sim.client(u"admin"_s);
        QVERIFY(client);
        const auto *type = rd::sim::ApiResource::findByKind(u"Pod"_s);
        QStringList requests;
        connect(client.get(), &KubeClient::requestStarted, this,
                [&](const QByteArray &, const QUrl &url) {
                    if (!url.path().endsWith(u"/pods"_s) || url.query().contains(u"watch"_s))
                        return;
                    requests << url.query();
                    if (requests.size() != 2)
                        return;
                    // The simulator runs on this thread: these land before it reads the request.
                    for (const QString &value : {u"x"_s, u"y"_s}) {
                        QJsonObject o = serverPods(*sim.cluster).first();
                        QJsonObject meta = o[u"metadata"_s].toObject();
                        QJsonObject labels = meta[u"labels"_s].toObject();
                        labels[u"test-touch"_s] = value;
                        meta[u"labels"_s] = labels;
                        o[u"metadata"_s] = meta;
                        QVERIFY(sim.cluster->store()
                                    ->update(*type, o, rd::sim::ClusterStore::Scope::Main, false)
                                    .ok());
                    }
                });
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"spring-petclinic"_s, &pods);
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(60000));
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.at(1).contains(u"continue="_s));
        QCOMPARE(requests.at(2), QString());
        QVERIFY(r.lastError().isExpired());
        QCOMPARE(r.listCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(keys(pods), serverKeys(*sim.cluster), 30000);
        const QJsonObject touched =
            pods.value(ObjectCache::keyOf(serverPods(*sim.cluster).first()));
        QCOMPARE(touched[u"metadata"_s][u"labels"_s][u"test-touch"_s].toString(), u"y"_s);
        r.stop();
    }

    void expiredTokenOnTheSimulatorEndsInTheServerState()
    {
        // Over TLS, against the simulator: every continuation is 410 Expired there, so the
        // 2,400 pods of scale:800 (more than one page) come from one list without limit.
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, u"expire-continue=1"_s, 20.0, u"scale:800"_s),
                 qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY(client);
        QStringList requests;
        connect(client.get(), &KubeClient::requestStarted, this,
                [&](const QByteArray &, const QUrl &url) {
                    if (url.path().endsWith(u"/pods"_s) && !url.query().contains(u"watch"_s))
                        requests << url.query();
                });
        ObjectCache pods(u"Pod"_s);
        Reflector r(client.get(), ResourceKind::pods(), u"spring-petclinic"_s, &pods);
        QSignalSpy synced(&r, &Reflector::synced);
        r.start();
        QVERIFY(synced.wait(60000));
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0), u"limit=2000"_s);
        QVERIFY(requests.at(1).startsWith(u"limit=2000&continue="_s));
        QCOMPARE(requests.at(2), QString());
        QCOMPARE(r.listCount(), 1);
        QVERIFY(pods.size() > Reflector::kPageLimit);
        QTRY_COMPARE_WITH_TIMEOUT(keys(pods), serverKeys(*sim.cluster), 30000);
        r.stop();
    }
};

QTEST_GUILESS_MAIN(TestListPaging)
#include "test_list_paging.moc"
