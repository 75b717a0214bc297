#include "sim/HttpServer.h"

#include "sim/HttpConnection.h"
#include "sim/SimLogging.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, const Tls *tls)
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(tls->certificate);
        conf.setPrivateKey(tls->key);
        conf.setCaCertificates({tls->caCertificate});
        // Ask for a client certificate but do not require one: token users have none. The chain
        // is verified by us (verifyClient), not by the handshake.
        conf.setPeerVerifyMode(QSslSocket::QueryPeer);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        server->setSslConfiguration(conf);
        // A handshake that never finishes holds a socket: it gets the headers' time limit.
        server->setHandshakeTimeout(m_limits.headerTimeoutMs);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [](QSslSocket *, QAbstractSocket::SocketError e) {
                    qCDebug(lcSim) << "TLS socket error" << e;
                });
        m_verifyClient = tls->verifyClient;
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->abort();
    for (HttpConnection *c : connections)
        delete c;
    m_connections.clear();
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_connections.size() >= m_limits.maxConnections) {
            // Over the cap: a short 503 and close, before any of the request is read.
            qCDebug(lcSim) << "refusing a connection: already" << m_connections.size();
            const QByteArray body =
                HttpConnection::statusBody(503, "too many connections to the simulator"_ba);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Content-Length: "_ba +
                          QByteArray::number(body.size()) +
                          "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"_ba + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        QString user;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            const QSslCertificate peer = ssl->peerCertificate();
            if (!peer.isNull() && m_verifyClient)
                user = m_verifyClient(peer.toDer());
        }
        auto *conn = new HttpConnection(socket, user, m_limits, this);
        m_connections.insert(conn);
        connect(conn, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
        connect(conn, &HttpConnection::closed, this, [this](HttpConnection *c) {
            m_connections.remove(c);
            Q_EMIT connectionClosed(c);
            c->deleteLater();
        });
    }
}

} // namespace rd::sim
