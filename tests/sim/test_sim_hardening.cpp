// The simulator left running (issue 10 §4): remote listening needs TLS and credentials, JSON
// patches are bounded, and a client cannot hold the HTTP server with slow, large, malformed or
// many connections. Everything runs against the real server over loopback.
#include "SimTestHttp.h"

#include "sim/SimCluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using simtest::Client;

namespace {

const QString Demo =
    u"/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts/rollouts-demo"_s;

// A raw connection, for what QNetworkAccessManager will not send.
class Raw
{
public:
    explicit Raw(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    bool connected()
    {
        for (int i = 0; i < 250 && m_socket.state() != QAbstractSocket::ConnectedState; ++i)
            QTest::qWait(20);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    // Waits (the event loop runs) until the server closes, or `ms` pass.
    bool waitClosed(int ms = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (!isClosed() && t.elapsed() < ms)
            QTest::qWait(20);
        return isClosed();
    }
    // The first whole response (headers and Content-Length body), taken out of what was
    // received; empty when none arrives in time.
    QByteArray takeResponse(int ms = 15000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            const qsizetype end = m_received.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_received.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length: ");
                const qsizetype eol = head.indexOf("\r\n", cl);
                const qsizetype length =
                    cl < 0
                        ? 0
                        : head.mid(cl + 16, (eol < 0 ? head.size() : eol) - cl - 16).toLongLong();
                if (m_received.size() >= end + 4 + length) {
                    const QByteArray response = m_received.left(end + 4 + length);
                    m_received.remove(0, end + 4 + length);
                    return response;
                }
            }
            if (t.elapsed() > ms)
                return {};
            QTest::qWait(20);
        }
    }
    QByteArray received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class TestSimHardening : public QObject
{
    Q_OBJECT

    std::unique_ptr<rd::sim::SimCluster> m_cluster;
    QUrl m_url;

    void startCluster(const rd::sim::HttpLimits &limits)
    {
        rd::sim::SimCluster::Options o;
        o.controllers = false;
        o.http = limits;
        m_cluster = std::make_unique<rd::sim::SimCluster>(o);
        QString error;
        const auto started = m_cluster->start();
        error = started.errorMessage();
        m_url = started.valueOr(QUrl());
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }
    quint16 port() const { return quint16(m_url.port()); }
    QByteArray bearer() const
    {
        return "Authorization: Bearer "_ba + m_cluster->token(u"admin"_s).toUtf8() + "\r\n";
    }

private Q_SLOTS:
    void cleanup() { m_cluster.reset(); }

    void remoteNeedsTlsAndCredentials()
    {
        rd::sim::SimCluster::Options o;
        o.address = QHostAddress(u"10.1.2.3"_s); // refused before anything is bound
        o.allowRemote = true;
        o.controllers = false;
        QString error;
        const auto started2 = rd::sim::SimCluster(o).start();
        error = started2.errorMessage();
        QVERIFY(started2.valueOr(QUrl()).isEmpty());
        QVERIFY2(error.contains(u"without TLS"_s), qPrintable(error));

        o.tls = true;
        o.anonymousUser = u"admin"_s;
        error.clear();
        const auto started3 = rd::sim::SimCluster(o).start();
        error = started3.errorMessage();
        QVERIFY(started3.valueOr(QUrl()).isEmpty());
        QVERIFY2(error.contains(u"anonymous access"_s) && error.contains(u"admin"_s),
                 qPrintable(error));

        // The program says why and exits 2 before listening, even on loopback.
        for (const QStringList &flags :
             {QStringList{u"--allow-remote"_s}, QStringList{u"--allow-remote"_s, u"--tls"_s},
              QStringList{u"--allow-remote"_s, u"--require-auth"_s}}) {
            QProcess sim;
            sim.start(QStringLiteral(ROLLOUTDESK_SIM_BINARY),
                      QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + flags);
            QVERIFY(sim.waitForFinished(30000));
            QCOMPARE(sim.exitCode(), 2);
            const QString err = QString::fromUtf8(sim.readAllStandardError());
            QVERIFY2(err.contains(u"--allow-remote needs --tls and --require-auth"_s),
                     qPrintable(err));
        }
    }

    void slowHeadersAreCutOff()
    {
        rd::sim::HttpLimits limits;
        limits.headerTimeoutMs = 400;
        startCluster(limits);
        Raw raw(port());
        QVERIFY(raw.connected());
        QElapsedTimer timer;
        timer.start();
        raw.send("GET /version HTTP/1.1\r\nHost: x\r\n");
        // A header line every 100 ms for six seconds, never the blank line that ends them.
        int sent = 0;
        for (; sent < 60 && !raw.isClosed(); ++sent) {
            raw.send("X-Dribble: "_ba + QByteArray::number(sent) + "\r\n");
            QTest::qWait(100);
        }
        QVERIFY(raw.waitClosed());
        qInfo("header dribble closed after %lld ms, %d header lines", qlonglong(timer.elapsed()),
              sent);
        QVERIFY2(sent < 60, "the server waited for the whole dribble");
        QVERIFY2(raw.received().startsWith("HTTP/1.1 408 "), raw.received().constData());
    }

    void idleConnectionsAreClosed()
    {
        rd::sim::HttpLimits limits;
        limits.idleTimeoutMs = 300;
        startCluster(limits);
        Raw raw(port());
        QVERIFY(raw.connected());
        // One request on a kept-alive connection, then silence.
        raw.send("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(raw.takeResponse().startsWith("HTTP/1.1 200 "));
        QVERIFY(raw.waitClosed());
    }

    void oversizeBodiesGet413()
    {
        rd::sim::HttpLimits limits;
        limits.maxBodyBytes = 1024;
        startCluster(limits);
        const QList<QByteArray> requests = {
            // Refused from the header, before the body is read.
            "PATCH "_ba + Demo.toUtf8() + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n",
            "PATCH "_ba + Demo.toUtf8() +
                " HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
            // Chunks that add up to more than the limit.
            "PATCH "_ba + Demo.toUtf8() +
                " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n"_ba +
                QByteArray(1024, 'x') + "\r\n1\r\nx\r\n",
            "PATCH "_ba + Demo.toUtf8() +
                " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n",
        };
        for (const QByteArray &request : requests) {
            Raw raw(port());
            QVERIFY(raw.connected());
            raw.send(request);
            QVERIFY(raw.waitClosed());
            const QByteArray r = raw.received();
            QVERIFY2(r.startsWith("HTTP/1.1 413 "), r.constData());
            const QJsonObject status =
                QJsonDocument::fromJson(r.mid(r.indexOf("\r\n\r\n") + 4)).object();
            QCOMPARE(status.value(u"kind"_s).toString(), u"Status"_s);
            QCOMPARE(status.value(u"code"_s).toInt(), 413);
            QCOMPARE(status.value(u"reason"_s).toString(), u"RequestEntityTooLarge"_s);
        }
        // Headers past their limit get 431.
        Raw raw(port());
        QVERIFY(raw.connected());
        raw.send("GET /version HTTP/1.1\r\nX-Big: "_ba + QByteArray(70 * 1024, 'a'));
        QVERIFY(raw.waitClosed());
        QVERIFY2(raw.received().startsWith("HTTP/1.1 431 "), raw.received().left(200).constData());
    }

    void badChunkSizesGet400_data()
    {
        QTest::addColumn<QByteArray>("chunks");
        QTest::newRow("not hex") << "zz\r\nx\r\n0\r\n\r\n"_ba;
        QTest::newRow("negative") << "-1\r\nx\r\n0\r\n\r\n"_ba;
        QTest::newRow("0x prefix") << "0x1\r\nx\r\n0\r\n\r\n"_ba;
        QTest::newRow("plus sign") << "+1\r\nx\r\n0\r\n\r\n"_ba;
        QTest::newRow("empty") << "\r\nx\r\n0\r\n\r\n"_ba;
        QTest::newRow("17 digits") << "10000000000000001\r\nx\r\n"_ba;
        QTest::newRow("over int64") << "ffffffffffffffff\r\nx\r\n"_ba;
        QTest::newRow("no CRLF after data") << "1\r\nxy\r\n0\r\n\r\n"_ba;
        QTest::newRow("endless size line") << QByteArray(8192, '1');
        QTest::newRow("bad content length") << QByteArray();
    }

    void badChunkSizesGet400()
    {
        QFETCH(QByteArray, chunks);
        startCluster({});
        Raw raw(port());
        QVERIFY(raw.connected());
        if (chunks.isEmpty())
            raw.send("PATCH "_ba + Demo.toUtf8() +
                     " HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n");
        else
            raw.send("PATCH "_ba + Demo.toUtf8() +
                     " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"_ba + chunks);
        QVERIFY(raw.waitClosed());
        QVERIFY2(raw.received().startsWith("HTTP/1.1 400 "), raw.received().constData());
        QVERIFY(raw.received().contains(R"("kind":"Status")"));
    }

    void chunksArrivingByteByByteAreDecoded()
    {
        startCluster({});
        Raw raw(port());
        QVERIFY(raw.connected());
        const QByteArray body = R"({"metadata":{"labels":{"sent":"in-chunks"}}})";
        QByteArray request = "PATCH "_ba + Demo.toUtf8() + " HTTP/1.1\r\nHost: x\r\n"_ba +
                             bearer() +
                             "Content-Type: application/merge-patch+json\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n";
        for (const char c : body)
            request += "1;ext=ignored\r\n"_ba + c + "\r\n";
        request += "0\r\nX-Trailer: ignored\r\n\r\n";
        // Two requests in a row on the connection, the second sent with the first's last byte.
        request += "GET /version HTTP/1.1\r\nHost: x\r\n\r\n";
        for (qsizetype i = 0; i < request.size(); i += 7) {
            raw.send(request.mid(i, 7));
            QTest::qWait(1);
        }
        const QByteArray first = raw.takeResponse();
        QVERIFY2(first.startsWith("HTTP/1.1 200 "), first.constData());
        QVERIFY(first.contains("in-chunks"));
        const QByteArray second = raw.takeResponse();
        QVERIFY2(second.startsWith("HTTP/1.1 200 ") && second.contains("gitVersion"),
                 second.constData());
        QVERIFY(!raw.isClosed());
    }

    void connectionsAreCapped()
    {
        rd::sim::HttpLimits limits;
        limits.maxConnections = 4;
        startCluster(limits);
        std::vector<std::unique_ptr<Raw>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(std::make_unique<Raw>(port()));
            QVERIFY(open.back()->connected());
            open.back()->send("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(!open.back()->takeResponse().isEmpty()); // accepted and counted
        }
        Raw fifth(port()); // answered and closed at once, maybe before we see it connected
        QVERIFY(fifth.waitClosed());
        QVERIFY2(fifth.received().startsWith("HTTP/1.1 503 "), fifth.received().constData());
        QVERIFY(fifth.received().contains("too many connections"));
        // A cap, not a ban: once one closes, a new connection is served.
        open.pop_back();
        QTest::qWait(200);
        Raw again(port());
        QVERIFY(again.connected());
        again.send("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(again.takeResponse().startsWith("HTTP/1.1 200 "));
    }

    void doublingPatchIsRefused()
    {
        startCluster({});
        Client admin(m_url, m_cluster->token(u"admin"_s));
        // An array copied into itself sixty times would hold 2^60 strings.
        QJsonArray ops{QJsonObject{{u"op"_s, u"add"_s},
                                   {u"path"_s, u"/spec/bomb"_s},
                                   {u"value"_s, QJsonArray{u"0123456789abcdef"_s}}}};
        for (int i = 0; i < 60; ++i)
            ops.append(QJsonObject{{u"op"_s, u"copy"_s},
                                   {u"from"_s, u"/spec/bomb"_s},
                                   {u"path"_s, u"/spec/bomb/-"_s}});
        QElapsedTimer timer;
        timer.start();
        const auto r =
            admin.patch(Demo, QJsonDocument(ops).toJson(), "application/json-patch+json");
        qInfo("the 2^60 patch was answered %d in %lld ms", r.status, qlonglong(timer.elapsed()));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"Status"_s);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(u"accumulated size"_s),
                 r.body.constData());
        // Nothing changed, and the server still answers.
        QVERIFY(!admin.get(Demo).json.value(u"spec"_s).toObject().contains(u"bomb"_s));

        // More operations than the API server allows: 413.
        QJsonArray many;
        for (int i = 0; i <= 10000; ++i)
            many.append(QJsonObject{
                {u"op"_s, u"test"_s}, {u"path"_s, u"/kind"_s}, {u"value"_s, u"Rollout"_s}});
        const auto tooMany = admin.patch(Demo, QJsonDocument(many).toJson(QJsonDocument::Compact),
                                         "application/json-patch+json");
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.json.value(u"reason"_s).toString(), u"RequestEntityTooLarge"_s);
        QVERIFY2(tooMany.json.value(u"message"_s).toString().contains(u"10000"_s),
                 tooMany.body.constData());
    }
};

QTEST_MAIN(TestSimHardening)
#include "test_sim_hardening.moc"
