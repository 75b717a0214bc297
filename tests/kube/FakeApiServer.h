#pragma once

// A plain-HTTP Kubernetes API server on 127.0.0.1 for the hostile-input tests. It answers from a
// table the test fills (path -> JSON) and keeps its own log of every request exactly as it
// arrived on the wire, so that a test can prove where requests went (and that none went at all).
// Written here rather than borrowed from the simulator: the log must not depend on the code
// under test.

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace rd::test {

class FakeApiServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: percent-encoding and all
        QByteArray body;

        // The decoded path without the query: what the API server would route on.
        QString path() const
        {
            const QByteArray raw =
                target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
            return QUrl::fromPercentEncoding(raw);
        }
        QString line() const
        {
            return QString::fromLatin1(method) + u' ' + QString::fromLatin1(target);
        }
    };

    FakeApiServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

    ~FakeApiServer()
    {
        // The sockets die with the server, after the members their handlers use.
        for (QTcpSocket *s : m_server.findChildren<QTcpSocket *>())
            s->disconnect();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    // GET answers with `object`; PATCH and PUT on the same path answer with it too. A Status
    // object is answered with its `code`.
    void set(const QString &path, const QJsonObject &object) { m_objects.insert(path, object); }

    QList<Request> log;

    QStringList lines() const
    {
        QStringList out;
        for (const Request &r : log)
            out << r.line();
        return out;
    }
    QStringList writes() const
    {
        QStringList out;
        for (const Request &r : log) {
            if (r.method != "GET")
                out << r.line();
        }
        return out;
    }
    // Requests that leave namespace `ns`: a path not of the form /api[s]/.../namespaces/NS/...,
    // or one whose wire path (before the query) still holds '%' or '..'. A SelfSubjectAccessReview
    // (cluster-scoped, it names the namespace in its body) is not counted.
    QStringList outside(const QString &ns) const
    {
        QStringList out;
        for (const Request &r : log) {
            const QString path = r.path();
            // Cluster-wide questions about the caller: access reviews and who am I.
            if (r.method == "POST" && (path.endsWith(u"/selfsubjectaccessreviews") ||
                                       path.endsWith(u"/selfsubjectreviews")))
                continue;
            const QStringList seg = path.split(u'/');
            const qsizetype at = seg.indexOf(QStringLiteral("namespaces"));
            const bool inside = at > 0 && seg.value(at + 1) == ns && seg.size() > at + 2;
            const qsizetype query = r.target.indexOf('?');
            const QByteArray wirePath = query < 0 ? r.target : r.target.left(query);
            if (!inside || wirePath.contains('%') || wirePath.contains(".."))
                out << r.line();
        }
        return out;
    }

    // A kubeconfig with one context "fake" pointing here.
    QByteArray kubeconfig(const QString &ns = QStringLiteral("default"),
                          const QString &server = {}) const
    {
        const QString s = server.isEmpty() ? url() : server;
        return QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: fake\n"
                              "clusters:\n- name: fake\n  cluster:\n    server: \"%1\"\n"
                              "users:\n- name: fake\n  user: {}\n"
                              "contexts:\n- name: fake\n  context:\n    cluster: fake\n"
                              "    user: fake\n    namespace: \"%2\"\n")
            .arg(s, ns)
            .toUtf8();
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &l : lines.mid(1)) {
                const qsizetype colon = l.indexOf(':');
                if (colon > 0 && l.left(colon).trimmed().toLower() == "content-length")
                    length = l.mid(colon + 1).trimmed().toLongLong();
            }
            if (buf.size() < end + 4 + length)
                return;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            Request r{first.value(0), first.value(1), buf.mid(end + 4, length)};
            buf.remove(0, end + 4 + length);
            log << r;
            answer(s, r);
        }
    }

    void answer(QTcpSocket *s, const Request &r)
    {
        int code = 200;
        QJsonObject body;
        const QString path = r.path();
        if (r.method == "POST" && path.endsWith(u"/selfsubjectaccessreviews")) {
            code = 201;
            body = QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                {QStringLiteral("status"), QJsonObject{{QStringLiteral("allowed"), true}}}};
        } else if (m_objects.contains(path) &&
                   (r.method == "GET" || r.method == "PATCH" || r.method == "PUT")) {
            body = m_objects.value(path);
            // A stored Status is an error answer with its own code.
            if (body.value(QStringLiteral("kind")).toString() == QStringLiteral("Status"))
                code = body.value(QStringLiteral("code")).toInt();
        } else {
            code = 404;
            body = QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                               {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("status"), QStringLiteral("Failure")},
                               {QStringLiteral("reason"), QStringLiteral("NotFound")},
                               {QStringLiteral("code"), 404},
                               {QStringLiteral("message"), QStringLiteral("not found")}};
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        s->write("HTTP/1.1 " + QByteArray::number(code) +
                 " X\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(json.size()) + "\r\n\r\n" + json);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QJsonObject> m_objects;
};

} // namespace rd::test
