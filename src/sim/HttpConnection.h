#pragma once

#include "sim/HttpRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace rd::sim {

// What one client may cost the server: bounded buffers, bounded time to send a request, bounded
// idleness, bounded connections. A request over a limit is answered (413, 431, 408) and its
// connection closed.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 32 * 1024 * 1024;
    int headerTimeoutMs = 10'000;  // from a request's first byte to the end of its headers
    int requestTimeoutMs = 60'000; // from the end of a request's headers to the end of its body
    int idleTimeoutMs = 120'000;   // a kept-alive connection with no request
    int maxConnections = 256;
};

// One client connection: parses HTTP/1.1 requests (keep-alive, Content-Length or chunked bodies)
// and writes responses, either whole or as a chunked stream (watches). One request at a time.
// Parsing resumes where the previous read stopped: bytes are looked at once, not on every read.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QTcpSocket *socket, const QString &clientCertificateUser,
                            const HttpLimits &limits = {}, QObject *parent = nullptr);
    ~HttpConnection() override;

    void sendResponse(int code, const QByteArray &contentType, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void beginStream(int code, const QByteArray &contentType);
    void writeChunk(const QByteArray &data);
    void endStream();
    // Drops the connection without finishing the response (fault injection, shutdown).
    void abort();
    // Closes the connection once what was written is sent, leaving the response unfinished.
    void cutOff();
    bool isStreaming() const { return m_streaming; }
    bool isOpen() const;

    static QByteArray reasonPhrase(int code);
    // A Kubernetes Status object for an error found below the API (bad framing, limits).
    static QByteArray statusBody(int code, const QByteArray &message);

Q_SIGNALS:
    void requestReceived(rd::sim::HttpConnection *connection, const rd::sim::HttpRequest &request);
    void closed(rd::sim::HttpConnection *connection);

private:
    enum class Stage { Idle, Headers, Body, Chunks };

    void onReadyRead();
    void processBuffer();
    bool readHeaders();
    bool readBody();
    bool readChunks();
    void dispatch();
    void finishResponse();
    void fail(int code, const QByteArray &message);
    void onDeadline();

    QPointer<QTcpSocket> m_socket;
    QString m_clientCertificateUser;
    HttpLimits m_limits;
    QByteArray m_buffer;
    Stage m_stage = Stage::Idle;
    qsizetype m_scanned = 0; // bytes of m_buffer already searched for the end of the headers
    qsizetype m_pos = 0;     // where the body (or the next chunk) starts in m_buffer
    qsizetype m_bodyLength = 0;
    HttpRequest m_request; // the request being read, headers parsed
    bool m_http10 = false;
    QTimer m_deadline;   // idle, header or request timeout, by m_stage
    bool m_busy = false; // a request is being answered
    bool m_streaming = false;
    bool m_closeAfterResponse = false;
    bool m_failed = false; // a request was refused: input is dropped until the connection closes
    bool m_closedEmitted = false;
    bool m_continueSent = false;
};

} // namespace rd::sim
