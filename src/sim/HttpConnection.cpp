#include "sim/HttpConnection.h"

#include "sim/SimLogging.h"

#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const QString &clientCertificateUser,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_clientCertificateUser(clientCertificateUser)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closedEmitted) {
            m_closedEmitted = true;
            Q_EMIT closed(this);
        }
    });
    QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpConnection::reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 202:
        return "Accepted"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 406:
        return "Not Acceptable"_ba;
    case 409:
        return "Conflict"_ba;
    case 410:
        return "Gone"_ba;
    case 413:
        return "Request Entity Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::fail(int code, const QByteArray &message)
{
    m_closeAfterResponse = true;
    m_busy = true;
    sendResponse(code, "text/plain"_ba, message);
}

void HttpConnection::processBuffer()
{
    if (m_busy || !m_socket)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(431, "request header too large"_ba);
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "malformed request line"_ba);
        return;
    }
    HttpRequest req;
    req.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    req.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0) {
        // Go decodes '+' in a query as a space; QUrlQuery does not, so translate first.
        QByteArray query = target.mid(q + 1);
        query.replace('+', "%20");
        req.query.setQuery(QString::fromLatin1(query));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (req.headers.contains(name))
            req.headers[name] += ", "_ba + value;
        else
            req.headers.insert(name, value);
    }
    qsizetype consumed = headerEnd + 4;
    if (req.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = consumed;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return; // wait for more
            bool ok = false;
            const qsizetype size =
                m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > MaxBodyBytes) {
                fail(400, "malformed chunked body"_ba);
                return;
            }
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return;
                pos = trailerEnd + 2;
                break;
            }
            if (m_buffer.size() < pos + size + 2)
                return;
            body.append(m_buffer.mid(pos, size));
            pos += size + 2;
        }
        req.body = body;
        consumed = pos;
    } else {
        bool ok = true;
        const QByteArray cl = req.header("content-length");
        const qsizetype length = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes) {
            fail(ok ? 413 : 400, "bad content length"_ba);
            return;
        }
        if (m_buffer.size() < consumed + length) {
            // curl waits for this before sending a large body.
            if (!m_continueSent && req.header("expect").toLower() == "100-continue") {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            }
            return;
        }
        m_continueSent = false;
        req.body = m_buffer.mid(consumed, length);
        consumed += length;
    }
    m_buffer.remove(0, consumed);
    m_closeAfterResponse =
        req.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    req.clientCertificateUser = m_clientCertificateUser;
    m_busy = true;
    Q_EMIT requestReceived(this, req);
}

void HttpConnection::sendResponse(int code, const QByteArray &contentType, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(code) + ' ' + reasonPhrase(code) +
                     "\r\nContent-Type: "_ba + contentType + "\r\nContent-Length: "_ba +
                     QByteArray::number(body.size()) +
                     "\r\nCache-Control: no-cache, private\r\n"_ba;
    for (const auto &h : extraHeaders)
        out += h.first + ": "_ba + h.second + "\r\n"_ba;
    if (m_closeAfterResponse)
        out += "Connection: close\r\n"_ba;
    out += "\r\n"_ba;
    out += body;
    m_socket->write(out);
    finishResponse();
}

void HttpConnection::beginStream(int code, const QByteArray &contentType)
{
    if (!m_socket)
        return;
    m_streaming = true;
    QByteArray out =
        "HTTP/1.1 "_ba + QByteArray::number(code) + ' ' + reasonPhrase(code) +
        "\r\nContent-Type: "_ba + contentType +
        "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache, private\r\n\r\n"_ba;
    m_socket->write(out);
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || !m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n"_ba + data + "\r\n"_ba);
}

void HttpConnection::endStream()
{
    if (!m_socket || !m_streaming)
        return;
    m_streaming = false;
    m_socket->write("0\r\n\r\n"_ba);
    finishResponse();
}

void HttpConnection::abort()
{
    m_streaming = false;
    if (m_socket)
        m_socket->abort();
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed(this);
    }
}

void HttpConnection::cutOff()
{
    m_streaming = false;
    m_closeAfterResponse = true;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (m_closeAfterResponse) {
        if (m_socket) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        }
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

} // namespace rd::sim
