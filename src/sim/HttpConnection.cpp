#include "sim/HttpConnection.h"

#include "sim/SimLogging.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

HttpConnection::HttpConnection(QTcpSocket *socket, const QString &clientCertificateUser,
                               const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_clientCertificateUser(clientCertificateUser)
    , m_limits(limits)
    , m_parser(limits)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_deadline.stop();
        if (!m_closedEmitted) {
            m_closedEmitted = true;
            Q_EMIT closed(this);
        }
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    m_deadline.start(m_limits.idleTimeoutMs);
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
    case 408:
        return "Request Timeout"_ba;
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
    case 431:
        return "Request Header Fields Too Large"_ba;
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

QByteArray HttpConnection::statusBody(int code, const QByteArray &message)
{
    QByteArray reason = reasonPhrase(code);
    reason.replace(' ', "");
    return R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":")"_ba +
           message + R"(","reason":")"_ba + reason + R"(","code":)"_ba + QByteArray::number(code) +
           "}\n"_ba;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_failed) {
        m_socket->readAll(); // what follows a refused request is dropped while we linger
        return;
    }
    m_parser.append(m_socket->readAll());
    processBuffer();
    // While a response is being written (a watch can last minutes) the client may send more;
    // what one request may hold is the most that may wait.
    if (!m_failed && m_parser.buffered() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes +
                                               HttpRequestParser::MaxChunkLine) {
        qCDebug(lcSim) << "dropping a connection that sent more than it may";
        abort();
    }
}

void HttpConnection::fail(int code, const QByteArray &message)
{
    m_deadline.stop();
    m_closeAfterResponse = true;
    m_failed = true;
    m_busy = true;
    sendResponse(code, "application/json"_ba, statusBody(code, message));
}

void HttpConnection::onDeadline()
{
    if (m_busy || !m_socket)
        return;
    if (m_parser.stage() == HttpRequestParser::Stage::Idle) {
        m_socket->disconnectFromHost(); // idle keep-alive: close quietly, as Go's server does
        return;
    }
    qCDebug(lcSim) << "request not received in time";
    fail(408, "the request was not received in time"_ba);
}

void HttpConnection::processBuffer()
{
    using Stage = HttpRequestParser::Stage;
    using Status = HttpRequestParser::Outcome::Status;
    while (!m_busy && !m_failed && m_socket) {
        const Stage before = m_parser.stage();
        HttpRequestParser::Outcome out = m_parser.next();
        switch (out.status) {
        case Status::Error:
            qCDebug(lcSim) << "refusing a request:" << out.errorCode << out.errorMessage;
            fail(out.errorCode, out.errorMessage);
            return;
        case Status::Complete:
            dispatch(std::move(out));
            continue; // a response written at once lets the next pipelined request through
        case Status::NeedMore:
            break;
        }
        const Stage now = m_parser.stage();
        if (before == Stage::Idle && now == Stage::Headers)
            m_deadline.start(m_limits.headerTimeoutMs); // from the request's first byte
        else if ((before == Stage::Idle || before == Stage::Headers) &&
                 (now == Stage::Body || now == Stage::Chunks))
            m_deadline.start(m_limits.requestTimeoutMs); // from the end of its headers
        if (out.sendContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
        return;
    }
}

void HttpConnection::dispatch(HttpRequestParser::Outcome &&outcome)
{
    m_deadline.stop();
    m_closeAfterResponse = outcome.closeAfterResponse;
    HttpRequest request = std::move(outcome.request);
    request.clientCertificateUser = m_clientCertificateUser;
    m_busy = true;
    Q_EMIT requestReceived(this, request);
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
        m_deadline.stop();
        if (!m_socket)
            return;
        m_socket->flush();
        if (m_failed) {
            // The client may still be sending the request we refused. Closing with unread input
            // resets the connection, which can destroy our answer before the client reads it; so,
            // as Go's server does, read and drop for a moment before closing.
            QTimer::singleShot(500, m_socket,
                               [socket = m_socket] { socket->disconnectFromHost(); });
            return;
        }
        m_socket->disconnectFromHost();
        return;
    }
    m_deadline.start(m_limits.idleTimeoutMs);
    if (m_parser.buffered() > 0)
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

} // namespace rd::sim
