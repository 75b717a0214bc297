#pragma once

#include "kube/KubeRequest.h"
#include "kube/RequestError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace rd::kube {

class KubeClient;

// The answer to one KubeRequest. Created and driven by KubeClient; the caller owns it once
// finished() fired (deleteLater it). Retries (401 re-auth, 429/5xx with Retry-After) happen
// inside, so finished() fires once with the final outcome.
class KubeReply : public QObject
{
    Q_OBJECT
public:
    ~KubeReply() override;

    const KubeRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_httpStatus >= 200 && m_httpStatus < 300; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonObject json() const;
    const RequestError &error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    int attempts() const { return m_attempts; }

    // Stops the request; finished() still fires (with an error) unless `silent`.
    void abort(bool silent = true);

Q_SIGNALS:
    // Streams only: bytes of a 2xx body as they arrive.
    void streamData(const QByteArray &data);
    void finished();

private:
    friend class KubeClient;
    KubeReply(KubeRequest request, QObject *parent);

    KubeRequest m_request;
    QPointer<QNetworkReply> m_network;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_authRetried = false;
    bool m_tooLarge = false; // the body passed KubeClient::maxResponseBytes()
    int m_retries = 0;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    RequestError m_error;
    QStringList m_warnings;
    QStringList m_sslErrors;
};

} // namespace rd::kube
