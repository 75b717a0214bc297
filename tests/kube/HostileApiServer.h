#pragma once

// A deliberately misbehaving Kubernetes API server for tests: plain HTTP/1.1 on 127.0.0.1, one
// request per connection. Every request is logged; a handler decides the answer (a whole body,
// a chunked watch stream that may stay open, garbage). Used to count how hard the client
// hammers a struggling server and how it reads hostile answers.

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

namespace rd::test {

class HostileApiServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        qint64 atMs = 0; // since the server started

        bool isWatch() const { return query.queryItemValue(QStringLiteral("watch")) == u"1"; }
        QString value(const QString &key) const { return query.queryItemValue(key); }
    };
    // Answers one request on `socket` (now or later, through the helpers below).
    using Handler = std::function<void(const Request &request, QTcpSocket *socket)>;

    HostileApiServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
        m_clock.start();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    int count(const std::function<bool(const Request &)> &pred) const
    {
        return int(std::count_if(m_log.cbegin(), m_log.cend(), pred));
    }
    int lists() const
    {
        return count([](const Request &r) { return !r.isWatch(); });
    }
    int watches() const
    {
        return count([](const Request &r) { return r.isWatch(); });
    }

    // A kubeconfig (no credentials: plain HTTP never carries any) pointing at this server.
    QString writeKubeconfig(const QString &path, const QString &ns) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\n"
                               "clusters:\n- name: hostile\n  cluster:\n    server: %1\n"
                               "users:\n- name: nobody\n  user: {}\n"
                               "contexts:\n- name: hostile\n  context:\n    cluster: hostile\n"
                               "    user: nobody\n    namespace: %2\n"
                               "current-context: hostile\n")
                    .arg(url(), ns)
                    .toUtf8());
        return path;
    }

    std::unique_ptr<kube::KubeClient> client(const QString &ns = QStringLiteral("demo"))
    {
        const QString path = writeKubeconfig(m_dir.filePath(QStringLiteral("kubeconfig")), ns);
        QString error;
        auto config = kube::KubeConfig::loadFile(path);
        error = config.errorMessage();
        if (!config)
            return nullptr;
        auto resolved = config->resolve({});
        error = resolved.errorMessage();
        if (!resolved)
            return nullptr;
        return kube::KubeClient::create(*resolved).valueOr(nullptr);
    }

    // --- answers ---

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 410:
            return "Gone";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        default:
            return "Status";
        }
    }

    static void respond(QTcpSocket *s, int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : headers)
            head += name + ": " + value + "\r\n";
        s->write(head + "\r\n" + body);
        s->disconnectFromHost();
    }
    static void respondJson(QTcpSocket *s, int status, const QJsonObject &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        respond(s, status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    static void startStream(QTcpSocket *s, int status = 200)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                 "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                 "Connection: close\r\n\r\n");
    }
    static void sendChunk(QTcpSocket *s, const QByteArray &data)
    {
        if (s && s->state() == QAbstractSocket::ConnectedState && !data.isEmpty())
            s->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    static void endStream(QTcpSocket *s)
    {
        if (s && s->state() == QAbstractSocket::ConnectedState) {
            s->write("0\r\n\r\n");
            s->disconnectFromHost();
        }
    }
    static QByteArray event(const QString &type, const QJsonObject &object)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), object}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    }
    static QJsonObject list(const QString &rv, const QJsonArray &items = {},
                            const QString &continueToken = {})
    {
        QJsonObject meta{{QStringLiteral("resourceVersion"), rv}};
        if (!continueToken.isEmpty())
            meta.insert(QStringLiteral("continue"), continueToken);
        return {{QStringLiteral("kind"), QStringLiteral("List")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("metadata"), meta},
                {QStringLiteral("items"), items}};
    }
    static QJsonObject status(int code, const QString &reason, const QString &message)
    {
        return {{QStringLiteral("kind"), QStringLiteral("Status")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("metadata"), QJsonObject{}},
                {QStringLiteral("status"), QStringLiteral("Failure")},
                {QStringLiteral("message"), message},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("code"), code}};
    }

private:
    void accept(QTcpSocket *s)
    {
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer, answered] {
            if (*answered) {
                s->readAll();
                return;
            }
            *buffer += s->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
            buffer->clear();
            *answered = true;
            Request r;
            r.method = line.value(0);
            const QUrl target(QString::fromLatin1(line.value(1)));
            r.path = target.path();
            r.query = QUrlQuery(target);
            r.atMs = m_clock.elapsed();
            m_log << r;
            if (m_handler)
                m_handler(r, s);
            else
                respondJson(s, 404, status(404, QStringLiteral("NotFound"), QStringLiteral("no")));
        });
    }

    QTcpServer m_server;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<Request> m_log;
};

} // namespace rd::test
