#pragma once

#include "sim/HttpRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace rd::sim {

// One client connection: parses HTTP/1.1 requests (keep-alive, Content-Length or chunked bodies)
// and writes responses, either whole or as a chunked stream (watches). One request at a time.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QTcpSocket *socket, const QString &clientCertificateUser,
                            QObject *parent = nullptr);
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

Q_SIGNALS:
    void requestReceived(rd::sim::HttpConnection *connection, const rd::sim::HttpRequest &request);
    void closed(rd::sim::HttpConnection *connection);

private:
    void onReadyRead();
    void processBuffer();
    void finishResponse();
    void fail(int code, const QByteArray &message);

    QPointer<QTcpSocket> m_socket;
    QString m_clientCertificateUser;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered
    bool m_streaming = false;
    bool m_closeAfterResponse = false;
    bool m_closedEmitted = false;
    bool m_continueSent = false;
};

} // namespace rd::sim
