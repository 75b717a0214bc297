// A watch that breaks is followed by a new connection, over TLS a new handshake. Under a server
// that drops watches often (a busy API server, a load balancer with short idle limits) that is
// hundreds of connections an hour for as long as the window is open: none of them may leave
// anything behind in the client. Before this test, each left its TLS session (the server's
// certificate chain and keys, about 13 KB) in the OpenSSL context that Qt keeps for the life of
// a manager's connection to the host: 4 MB over the 300 reconnections below.
//
// The simulator runs as a separate process, so the heap measured here is the client's alone.

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace

class TestTlsReconnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString kubeconfig = m_dir.filePath(u"kubeconfig"_s);
        m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim.start(
            QStringLiteral(ROLLOUTDESK_SIM_PATH),
            {u"--tls"_s, u"--scenario"_s, u"rollouts-demo"_s, u"--kubeconfig-out"_s, kubeconfig});
        QVERIFY2(m_sim.waitForReadyRead(60000), "rolloutdesk-sim did not start");
        auto config = rd::kube::KubeConfig::loadFile(kubeconfig);
        QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
        auto resolved = config->resolve({});
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
        auto client = rd::kube::KubeClient::create(*resolved);
        QVERIFY2(client.ok(), qPrintable(client.errorMessage()));
        m_client = std::move(client).value();
        QVERIFY(m_client->server().scheme() == u"https"_s);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sim.kill();
        m_sim.waitForFinished(10000);
    }

    // Each round opens a watch on a fresh connection, reads its first events and breaks it off,
    // as a dropped watch ends. After a warm-up (Qt's and OpenSSL's one-time state), 300 more
    // connections may not raise the heap by more than a tenth of what 300 retained sessions took
    // (the managers' bounded share of sessions is less than that).
    void brokenWatchesLeaveNoTlsStateBehind()
    {
        const auto round = [this] {
            rd::kube::KubeRequest req;
            req.path = u"/apis/argoproj.io/v1alpha1/rollouts"_s;
            req.query.addQueryItem(u"watch"_s, u"1"_s);
            req.stream = true;
            rd::kube::KubeReply *reply = m_client->send(req);
            QSignalSpy data(reply, &rd::kube::KubeReply::streamData);
            QSignalSpy finished(reply, &rd::kube::KubeReply::finished);
            const bool gotData = data.wait(10000);
            reply->abort(); // closes the connection: the stream was not read to its end
            reply->deleteLater();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return gotData && finished.isEmpty();
        };
        for (int i = 0; i < 40; ++i)
            QVERIFY(round());
        malloc_trim(0);
        const qint64 before = heapInUse();
        constexpr int kRounds = 300;
        for (int i = 0; i < kRounds; ++i)
            QVERIFY2(round(), qPrintable(u"round %1 read no event"_s.arg(i)));
        malloc_trim(0);
        const qint64 growth = heapInUse() - before;
        qInfo("heap after %d reconnections: %+lld bytes (%lld a connection)", kRounds, growth,
              growth / kRounds);
        QVERIFY2(growth < 400 * 1024,
                 qPrintable(
                     u"the heap grew by %1 bytes over %2 connections"_s.arg(growth).arg(kRounds)));
        const rd::kube::KubeClient::Alive alive = m_client->alive();
        QVERIFY2(alive.replies <= 1, "replies stayed alive");
        // One manager for requests, at most two for streams: retired ones went.
        QVERIFY2(alive.managers <= 3, qPrintable(u"%1 managers alive"_s.arg(alive.managers)));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    std::unique_ptr<rd::kube::KubeClient> m_client;
};

QTEST_GUILESS_MAIN(TestTlsReconnections)
#include "test_tls_reconnections.moc"
