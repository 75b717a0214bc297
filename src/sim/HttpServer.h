#pragma once

#include "sim/HttpConnection.h"
#include "sim/HttpRequest.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>

class QTcpServer;

namespace rd::sim {

// Accepts HTTP/1.1 connections on a QTcpServer, or on a QSslServer when TLS is on.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Tls
    {
        QSslCertificate certificate;
        QSslKey key;
        QSslCertificate caCertificate; // client certificates are checked against this CA
        // Returns the user name of a client certificate (DER) or empty when it is not trusted.
        std::function<QString(const QByteArray &der)> verifyClient;
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Applies to connections accepted from now on.
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    // Starts listening; false and errorString() on failure. tls == nullptr serves plain HTTP.
    bool listen(const QHostAddress &address, quint16 port, const Tls *tls);
    void close();
    quint16 port() const;
    QString errorString() const { return m_error; }
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void requestReceived(rd::sim::HttpConnection *connection, const rd::sim::HttpRequest &request);
    void connectionClosed(rd::sim::HttpConnection *connection);

private:
    void acceptPending();

    std::unique_ptr<QTcpServer> m_server;
    std::function<QString(const QByteArray &der)> m_verifyClient;
    QSet<HttpConnection *> m_connections;
    HttpLimits m_limits;
    QString m_error;
};

} // namespace rd::sim
