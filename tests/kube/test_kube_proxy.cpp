// The client through an HTTP CONNECT proxy (proxy-url), and the raw request headers it sends
// (impersonation, no credentials over plain http, Warning handling), seen by small real servers.

#include "SimFixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::kube;

namespace {

// A minimal HTTP CONNECT proxy: records the CONNECT line, then pipes bytes both ways.
class ConnectProxy : public QObject
{
public:
    QTcpServer server;
    QStringList connects;

    ConnectProxy()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(in, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(in, &QTcpSocket::readyRead, this, [this, in, buffer] {
                    if (in->property("piped").toBool())
                        return;
                    *buffer += in->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                    connects << QString::fromLatin1(line);
                    const QList<QByteArray> parts = line.split(' ');
                    const QByteArray target = parts.value(1);
                    auto *out = new QTcpSocket(in);
                    const qsizetype colon = target.lastIndexOf(':');
                    out->connectToHost(QString::fromLatin1(target.left(colon)),
                                       quint16(target.mid(colon + 1).toUInt()));
                    const QByteArray rest = buffer->mid(end + 4);
                    in->setProperty("piped", true);
                    connect(out, &QTcpSocket::connected, in, [in, out, rest] {
                        in->write("HTTP/1.1 200 Connection established\r\n\r\n");
                        if (!rest.isEmpty())
                            out->write(rest);
                        connect(in, &QTcpSocket::readyRead, out,
                                [in, out] { out->write(in->readAll()); });
                        connect(out, &QTcpSocket::readyRead, in,
                                [in, out] { in->write(out->readAll()); });
                        connect(out, &QTcpSocket::disconnected, in,
                                &QTcpSocket::disconnectFromHost);
                        connect(in, &QTcpSocket::disconnected, out,
                                &QTcpSocket::disconnectFromHost);
                    });
                });
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            }
        });
    }
};

// A minimal SOCKS5 proxy (no authentication, CONNECT only) that records the target.
class Socks5Proxy : public QObject
{
public:
    QTcpServer server;
    QStringList targets;

    Socks5Proxy()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(in, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(in, &QTcpSocket::readyRead, this, [this, in, buffer] {
                    if (in->property("piped").toBool())
                        return;
                    *buffer += in->readAll();
                    if (!in->property("greeted").toBool()) {
                        if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                            return;
                        buffer->remove(0, 2 + quint8(buffer->at(1)));
                        in->setProperty("greeted", true);
                        in->write(QByteArray("\x05\x00", 2));
                    }
                    // VER CMD RSV ATYP ADDR PORT
                    if (buffer->size() < 5)
                        return;
                    QString host;
                    qsizetype at = 4;
                    const char atyp = buffer->at(3);
                    if (atyp == 1) {
                        if (buffer->size() < 10)
                            return;
                        host = u"%1.%2.%3.%4"_s.arg(quint8(buffer->at(4)))
                                   .arg(quint8(buffer->at(5)))
                                   .arg(quint8(buffer->at(6)))
                                   .arg(quint8(buffer->at(7)));
                        at = 8;
                    } else if (atyp == 3) {
                        const int len = quint8(buffer->at(4));
                        if (buffer->size() < 5 + len + 2)
                            return;
                        host = QString::fromLatin1(buffer->mid(5, len));
                        at = 5 + len;
                    } else {
                        in->abort();
                        return;
                    }
                    const quint16 port =
                        quint16((quint8(buffer->at(at)) << 8) | quint8(buffer->at(at + 1)));
                    targets << host + u':' + QString::number(port);
                    in->setProperty("piped", true);
                    auto *out = new QTcpSocket(in);
                    out->connectToHost(host, port);
                    connect(out, &QTcpSocket::connected, in, [in, out] {
                        in->write(QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                        connect(in, &QTcpSocket::readyRead, out,
                                [in, out] { out->write(in->readAll()); });
                        connect(out, &QTcpSocket::readyRead, in,
                                [in, out] { in->write(out->readAll()); });
                        connect(out, &QTcpSocket::disconnected, in,
                                &QTcpSocket::disconnectFromHost);
                        connect(in, &QTcpSocket::disconnected, out,
                                &QTcpSocket::disconnectFromHost);
                    });
                });
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            }
        });
    }
};

// A one-shot plain HTTP server that records the request head and answers `response`.
class RecordingServer : public QObject
{
public:
    QTcpServer server;
    QList<QByteArray> heads;
    QByteArray response;

    RecordingServer()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    heads << buffer->left(end);
                    buffer->remove(0, end + 4);
                    s->write(response);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

bool wait(KubeReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(20000);
}

} // namespace

class TestKubeProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throughHttpConnectProxy()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"empty"_s), qPrintable(sim.error));
        ConnectProxy proxy;
        auto r = sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->cluster.proxyUrl = u"http://127.0.0.1:%1"_s.arg(proxy.server.serverPort());
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        KubeRequest req;
        req.path = u"/api/v1/namespaces/spring-petclinic/pods"_s;
        auto *reply = c->send(req);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        QCOMPARE(proxy.connects.size(), 1);
        QVERIFY2(proxy.connects.first().startsWith(
                     u"CONNECT 127.0.0.1:%1 "_s.arg(QUrl(r->cluster.server).port())),
                 qPrintable(proxy.connects.first()));
        delete reply;
    }

    void throughSocks5Proxy()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"empty"_s), qPrintable(sim.error));
        Socks5Proxy proxy;
        auto r = sim.resolve(u"admin"_s);
        QVERIFY(r);
        r->cluster.proxyUrl = u"socks5://127.0.0.1:%1"_s.arg(proxy.server.serverPort());
        QString err;
        auto cMade = KubeClient::create(*r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        KubeRequest req;
        req.path = u"/api/v1/namespaces/spring-petclinic/pods"_s;
        auto *reply = c->send(req);
        QVERIFY(wait(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        QCOMPARE(proxy.targets.size(), 1);
        QVERIFY2(proxy.targets.first().endsWith(u":%1"_s.arg(QUrl(r->cluster.server).port())),
                 qPrintable(proxy.targets.first()));
        delete reply;
    }

    void unsupportedProxySchemeIsAnError()
    {
        KubeConfig::Resolved r;
        r.cluster.name = u"c"_s;
        r.cluster.server = u"https://k.example"_s;
        r.cluster.proxyUrl = u"https://proxy.example:3128"_s;
        QString err;
        {
            const auto failed = KubeClient::create(r);
            QVERIFY(!failed);
            err = failed.errorMessage();
        }
        QVERIFY2(err.contains(u"https"_s), qPrintable(err));
    }

    void impersonationHeadersAndNoCredentialsOverHttp()
    {
        RecordingServer server;
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Warning: 299 - \"argoproj.io/v1alpha1 Foo is deprecated\"\r\n"
                          "Content-Length: 2\r\n\r\n{}"_ba;
        KubeConfig::Resolved r;
        r.context.name = u"ctx"_s;
        r.cluster.name = u"plain"_s;
        r.cluster.server = u"http://127.0.0.1:%1/prefix/"_s.arg(server.server.serverPort());
        r.user.token = u"secret-token"_s;
        r.user.as = u"jane"_s;
        r.user.asGroups = {u"devs"_s};
        r.user.asUserExtra = {{u"scopes"_s, {u"view"_s}}};
        QString err;
        auto cMade = KubeClient::create(r);
        err = cMade.errorMessage();
        auto c = std::move(cMade).valueOr(nullptr);
        QVERIFY2(c, qPrintable(err));
        QSignalSpy warnings(c.get(), &KubeClient::warning);
        for (int i = 0; i < 2; ++i) {
            KubeRequest req;
            req.path = u"/api/v1/namespaces"_s;
            auto *reply = c->send(req);
            QVERIFY(wait(reply));
            QVERIFY2(reply->ok(), qPrintable(reply->error().message));
            QCOMPARE(reply->warnings(), QStringList{u"argoproj.io/v1alpha1 Foo is deprecated"_s});
            delete reply;
        }
        QCOMPARE(warnings.size(), 1); // reported once per distinct text
        QCOMPARE(server.heads.size(), 2);
        const QByteArray head = server.heads.first();
        QVERIFY2(head.startsWith("GET /prefix/api/v1/namespaces HTTP/1.1"), head.constData());
        QVERIFY(head.contains("\r\nImpersonate-User: jane"));
        QVERIFY(head.contains("\r\nImpersonate-Group: devs"));
        QVERIFY(head.contains("\r\nImpersonate-Extra-scopes: view"));
        QVERIFY(!head.contains("secret-token")); // client-go sends credentials only over TLS
        QVERIFY(!head.toLower().contains("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestKubeProxy)
#include "test_kube_proxy.moc"
