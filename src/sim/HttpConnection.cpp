#include "sim/HttpConnection.h"

#include "sim/SimLogging.h"

#include <QTimer>
#include <QUrl>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

// The longest chunk-size line accepted (the size, extensions and CRLF).
constexpr qsizetype MaxChunkLine = 4096;

// A chunk size: 1 to 16 hex digits, nothing else (no sign, no "0x"); -1 when malformed.
qint64 chunkSize(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
    if (digits.isEmpty() || digits.size() > 16)
        return -1;
    quint64 value = 0;
    for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return -1;
        value = value * 16 + quint64(d);
    }
    // 16 digits fit in 64 bits; the top half of the range is not a size either.
    return value > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(value);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const QString &clientCertificateUser,
                               const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_clientCertificateUser(clientCertificateUser)
    , m_limits(limits)
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
    m_buffer.append(m_socket->readAll());
    processBuffer();
    // While a response is being written (a watch can last minutes) the client may send more;
    // what one request may hold is the most that may wait.
    if (!m_failed &&
        m_buffer.size() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes + MaxChunkLine) {
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
    m_buffer.clear();
    sendResponse(code, "application/json"_ba, statusBody(code, message));
}

void HttpConnection::onDeadline()
{
    if (m_busy || !m_socket)
        return;
    if (m_stage == Stage::Idle) {
        m_socket->disconnectFromHost(); // idle keep-alive: close quietly, as Go's server does
        return;
    }
    qCDebug(lcSim) << "request not received in time";
    fail(408, "the request was not received in time"_ba);
}

void HttpConnection::processBuffer()
{
    while (!m_busy && m_socket) {
        if (m_stage == Stage::Idle) {
            if (m_buffer.isEmpty())
                return;
            m_stage = Stage::Headers;
            m_scanned = 0;
            m_deadline.start(m_limits.headerTimeoutMs);
        }
        bool complete = false;
        switch (m_stage) {
        case Stage::Idle:
            return;
        case Stage::Headers:
            complete = readHeaders();
            break;
        case Stage::Body:
            complete = readBody();
            break;
        case Stage::Chunks:
            complete = readChunks();
            break;
        }
        if (!complete)
            return;
    }
}

// Parses the request line and headers once they are all there; false while waiting (or failed).
bool HttpConnection::readHeaders()
{
    // Only the new bytes (and three before them, which may start the "\r\n\r\n") are searched.
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
    if (headerEnd < 0) {
        m_scanned = m_buffer.size();
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            fail(431, "request header too large"_ba);
        return false;
    }
    if (headerEnd > m_limits.maxHeaderBytes) {
        fail(431, "request header too large"_ba);
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "malformed request line"_ba);
        return false;
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
    m_http10 = requestLine.at(2) == "HTTP/1.0";
    m_request = std::move(req);
    m_pos = headerEnd + 4;
    m_deadline.start(m_limits.requestTimeoutMs);
    if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
        m_stage = Stage::Chunks;
        return true;
    }
    const QByteArray cl = m_request.header("content-length");
    bool digits = !cl.isEmpty() && cl.size() <= 18;
    for (const char c : cl)
        digits = digits && c >= '0' && c <= '9';
    if (!cl.isEmpty() && !digits) {
        // Too many digits for any allowed size is "too large", anything else malformed.
        bool allDigits = true;
        for (const char c : cl)
            allDigits = allDigits && c >= '0' && c <= '9';
        fail(allDigits ? 413 : 400,
             allDigits ? "request body too large"_ba : "malformed content length"_ba);
        return false;
    }
    m_bodyLength = cl.isEmpty() ? 0 : cl.toLongLong();
    if (m_bodyLength > m_limits.maxBodyBytes) {
        fail(413, "request body too large: limit is "_ba +
                      QByteArray::number(m_limits.maxBodyBytes) + " bytes"_ba);
        return false;
    }
    m_stage = Stage::Body;
    return true;
}

bool HttpConnection::readBody()
{
    if (m_buffer.size() < m_pos + m_bodyLength) {
        // curl waits for this before sending a large body.
        if (!m_continueSent && m_request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
        }
        return false;
    }
    m_request.body = m_buffer.mid(m_pos, m_bodyLength);
    m_buffer.remove(0, m_pos + m_bodyLength);
    dispatch();
    return true;
}

// Decodes the chunks that have arrived. Decoded bytes leave the buffer once per read, so each byte
// is copied a bounded number of times however small the chunks are.
bool HttpConnection::readChunks()
{
    const auto wait = [this] {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        return false;
    };
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_pos);
        if (lineEnd < 0) {
            if (m_buffer.size() - m_pos > MaxChunkLine) {
                fail(400, "malformed chunked body: chunk-size line too long"_ba);
                return false;
            }
            return wait();
        }
        if (lineEnd - m_pos > MaxChunkLine) {
            fail(400, "malformed chunked body: chunk-size line too long"_ba);
            return false;
        }
        const qint64 size = chunkSize(QByteArrayView(m_buffer).sliced(m_pos, lineEnd - m_pos));
        if (size < 0) {
            fail(400, "malformed chunked body: bad chunk size"_ba);
            return false;
        }
        if (size > m_limits.maxBodyBytes - m_request.body.size()) {
            fail(413, "request body too large: limit is "_ba +
                          QByteArray::number(m_limits.maxBodyBytes) + " bytes"_ba);
            return false;
        }
        const qsizetype dataStart = lineEnd + 2;
        if (size == 0) {
            // Trailer fields (ignored) up to an empty line.
            qsizetype pos = dataStart;
            for (;;) {
                const qsizetype end = m_buffer.indexOf("\r\n", pos);
                if (end < 0) {
                    if (m_buffer.size() - dataStart > MaxChunkLine) {
                        fail(431, "request trailer too large"_ba);
                        return false;
                    }
                    return wait();
                }
                if (end == pos) {
                    m_buffer.remove(0, end + 2);
                    m_pos = 0;
                    dispatch();
                    return true;
                }
                pos = end + 2;
            }
        }
        if (m_buffer.size() - dataStart < size + 2)
            return wait();
        if (m_buffer.at(dataStart + size) != '\r' || m_buffer.at(dataStart + size + 1) != '\n') {
            fail(400, "malformed chunked body: chunk data not followed by CRLF"_ba);
            return false;
        }
        m_request.body.append(m_buffer.constData() + dataStart, qsizetype(size));
        m_pos = dataStart + size + 2;
    }
}

void HttpConnection::dispatch()
{
    m_deadline.stop();
    m_continueSent = false;
    m_stage = Stage::Idle;
    m_closeAfterResponse = m_request.header("connection").toLower() == "close" || m_http10;
    m_request.clientCertificateUser = m_clientCertificateUser;
    m_busy = true;
    const HttpRequest request = std::move(m_request);
    m_request = {};
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
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

} // namespace rd::sim
