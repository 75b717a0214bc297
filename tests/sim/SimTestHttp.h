#pragma once

// Small HTTP helpers for the sim tests: real requests over loopback (QNetworkAccessManager),
// awaited with QSignalSpy and a timeout, and a watch-stream reader.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QUrl>

#include <memory>

namespace simtest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

class Client
{
public:
    Client(const QUrl &base, const QString &token, const QByteArray &caPem = {})
        : m_base(base)
        , m_token(token)
    {
        if (!caPem.isEmpty()) {
            m_ssl = QSslConfiguration::defaultConfiguration();
            m_ssl.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
        }
    }
    void setClientCertificate(const QByteArray &certPem, const QByteArray &keyPem)
    {
        m_ssl.setLocalCertificate(QSslCertificate(certPem, QSsl::Pem));
        m_ssl.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    }
    void setToken(const QString &token) { m_token = token; }
    void setAccept(const QByteArray &accept) { m_accept = accept; }

    QNetworkRequest makeRequest(const QString &pathAndQuery,
                                const QByteArray &contentType = {}) const
    {
        QNetworkRequest req(QUrl(m_base.toString() + pathAndQuery));
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setRawHeader("Accept", m_accept);
        if (m_base.scheme() == QLatin1String("https"))
            req.setSslConfiguration(m_ssl);
        return req;
    }

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = {}, int timeoutMs = 15000)
    {
        QNetworkRequest req = makeRequest(path, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(timeoutMs))
            qWarning("request %s %s timed out", method.constData(), qPrintable(path));
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path) { return request("GET", path); }
    Reply patch(const QString &path, const QByteArray &body,
                const QByteArray &type = "application/merge-patch+json")
    {
        return request("PATCH", path, body, type);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QString m_token;
    QSslConfiguration m_ssl;
    QByteArray m_accept = "application/json";
    QNetworkAccessManager m_nam;
};

// Reads a watch response: events split on newlines as they arrive.
class Watch : public QObject
{
public:
    Watch(Client &client, const QString &path)
    {
        m_reply.reset(client.nam().get(client.makeRequest(path)));
        QObject::connect(m_reply.get(), &QNetworkReply::readyRead, this, [this] { read(); });
        QObject::connect(m_reply.get(), &QNetworkReply::finished, this, [this] {
            read();
            m_finished = true;
        });
    }
    ~Watch() override
    {
        if (m_reply && !m_reply->isFinished()) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
    }
    bool waitForEvents(int count, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (events.size() < count && !m_finished && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return events.size() >= count;
    }
    bool waitForFinished(int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_finished && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return m_finished;
    }
    // Waits for an event matching `pred`; returns it (or an empty object on timeout).
    template <typename Pred> QJsonObject waitFor(Pred pred, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        qsizetype seen = 0;
        while (t.elapsed() < timeoutMs) {
            for (; seen < events.size(); ++seen) {
                if (pred(events.at(seen)))
                    return events.at(seen);
            }
            if (m_finished)
                break;
            QTest::qWait(10);
        }
        return {};
    }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    bool finished() const { return m_finished; }

    QList<QJsonObject> events;

private:
    void read()
    {
        m_buffer += m_reply->readAll();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (!line.trimmed().isEmpty())
                events.append(QJsonDocument::fromJson(line).object());
        }
    }
    std::unique_ptr<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_finished = false;
};

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace simtest
