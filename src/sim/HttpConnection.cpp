#include "sim/HttpConnection.h"

#include "sim/HttpRequestParser.h"
#include "sim/SimLogging.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

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
    HttpRequestParser::Outcome parsed = HttpRequestParser::parse(m_buffer);
    switch (parsed.status) {
    case HttpRequestParser::Outcome::Status::Error:
        fail(parsed.errorCode, parsed.errorMessage);
        return;
    case HttpRequestParser::Outcome::Status::NeedMore:
        if (parsed.expectsContinue && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
        }
        return;
    case HttpRequestParser::Outcome::Status::Complete:
        break;
    }
    m_continueSent = false;
    m_buffer.remove(0, parsed.consumed);
    m_closeAfterResponse = parsed.closeAfterResponse;
    HttpRequest &req = parsed.request;
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
