#pragma once

#include "sim/HttpRequest.h"
#include "sim/HttpRequestParser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace rd::sim {

// One client connection: reads HTTP/1.1 requests with an HttpRequestParser (keep-alive, pipelining)
// and writes responses, either whole or as a chunked stream (watches). One request at a time.
// The parser decides what a request is and what is refused; this class adds the socket, the
// timeouts (by the parser's stage), "100 Continue" and the answers to refused requests.
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
    void onReadyRead();
    void processBuffer();
    void dispatch(HttpRequestParser::Outcome &&outcome);
    void finishResponse();
    void fail(int code, const QByteArray &message);
    void onDeadline();

    QPointer<QTcpSocket> m_socket;
    QString m_clientCertificateUser;
    HttpLimits m_limits;
    HttpRequestParser m_parser; // holds the bytes received and not yet part of a request
    QTimer m_deadline;          // idle, header or request timeout, by the parser's stage
    bool m_busy = false;        // a request is being answered
    bool m_streaming = false;
    bool m_closeAfterResponse = false;
    bool m_failed = false; // a request was refused: input is dropped until the connection closes
    bool m_closedEmitted = false;
};

} // namespace rd::sim
