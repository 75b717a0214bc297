#pragma once

#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace rd::kube {

class CredentialProvider;
struct Credentials;

// The one network client for a cluster: owns the QNetworkAccessManagers and applies
// authentication, TLS, impersonation, timeouts, Status decoding, Warning headers and retries.
// Watches use their own managers so that long-lived streams never starve HTTP/1.1 requests
// (Qt 6.4 allows six connections per host and manager).
class KubeClient : public QObject
{
    Q_OBJECT
public:
    // Builds a client for a resolved context. Fails (translated message) on an invalid server URL,
    // unreadable CA or client certificate files (Io), bad PEM (Parse), or an unsupported proxy.
    static core::Result<std::unique_ptr<KubeClient>> create(const KubeConfig::Resolved &resolved,
                                                            QObject *parent = nullptr);
    ~KubeClient() override;

    static constexpr int kStreamsPerManager = 6;
    static constexpr int kHandshakesPerManager = 16;

    KubeReply *send(const KubeRequest &request);

    QString contextName() const { return m_contextName; }
    // The context's user entry in the kubeconfig (who this client acts as, as the user named it).
    QString userName() const { return m_userName; }
    QString defaultNamespace() const { return m_namespace; }
    QUrl server() const { return m_server; }
    // The kubeconfig disabled TLS verification: the UI must warn.
    bool tlsVerificationDisabled() const { return m_insecure; }
    CredentialProvider *credentials() const { return m_creds.get(); }
    // New token, token file, basic auth, exec or auth-provider settings for the same user (the
    // kubeconfig changed on disk): used from the next request on. Client certificates and
    // impersonation are fixed at create(); a change there needs a new client.
    void updateCredentials(const KubeUser &user);

    // Tests: shortens Retry-After waits (milliseconds per announced second).
    void setRetryUnitMs(int ms) { m_retryUnitMs = ms; }
    // The largest response body read (a whole list, or an error body); a larger one ends the
    // request with a clear error instead of filling memory. Watch streams are capped per event
    // by their reader.
    static constexpr qint64 kDefaultMaxResponseBytes = 256LL * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Distinct warning texts remembered for de-duplication (tests: the bound holds).
    static constexpr qsizetype kMaxSeenWarnings = 256;
    qsizetype seenWarningCount() const { return m_seenWarnings.size(); }

    // Requests alive now (diagnostics; the soak run checks they stay few): this client's replies
    // and the network replies of its managers, streams included.
    struct Alive
    {
        qsizetype replies = 0;
        qsizetype networkReplies = 0;
        qsizetype managers = 0;
    };
    Alive alive() const;

    // Splits a Warning header value into its texts (k8s-client.md §5).
    static QStringList parseWarnings(const QByteArray &header);

Q_SIGNALS:
    // A server Warning (code 299), once per distinct text.
    void warning(const QString &text);
    // Every attempt as it goes on the wire (no credentials): for tests and a debug log.
    void requestStarted(const QByteArray &verb, const QUrl &url, const QByteArray &contentType,
                        const QByteArray &body);

private:
    explicit KubeClient(QObject *parent);
    void dispatch(KubeReply *reply);
    void start(KubeReply *reply, const Credentials &creds);
    void onNetworkFinished(KubeReply *reply, QNetworkReply *nr);
    void finish(KubeReply *reply);
    void decodeError(KubeReply *reply, QNetworkReply *nr);
    void readBody(KubeReply *reply, QNetworkReply *nr);
    QNetworkAccessManager *streamManager();
    // A request of `nam` made a new TLS connection: a manager with kHandshakesPerManager of them
    // takes no new requests (retired).
    void countHandshake(QNetworkAccessManager *nam);
    // A request of `nam` ended: a retired manager with none left goes.
    void requestEnded(QNetworkAccessManager *nam);
    QNetworkAccessManager *newManager() const;

    QString m_contextName;
    QString m_userName;
    QString m_namespace;
    QUrl m_server;
    bool m_insecure = false;
    bool m_disableCompression = false;
    QString m_tlsServerName;
    QSslConfiguration m_ssl;
    std::optional<QNetworkProxy> m_proxy;
    QList<QPair<QByteArray, QByteArray>> m_impersonation;
    std::unique_ptr<CredentialProvider> m_creds;
    // Requests in flight and TLS handshakes made, per manager. Declared before the managers:
    // their replies update it while being destroyed.
    struct ManagerUse
    {
        int inFlight = 0;
        int handshakes = 0;
    };
    QHash<QNetworkAccessManager *, ManagerUse> m_use;
    bool m_closing = false; // in the destructor: the managers are going
    std::unique_ptr<QNetworkAccessManager> m_nam;
    // Streams are spread over managers so none holds more than six (Qt's per-host limit).
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_streamNams;
    // Managers that made kHandshakesPerManager TLS connections: they finish what they have and
    // go. Qt keeps the TLS context of a connection's first handshake for as long as the manager's
    // connection object to the host lives, and OpenSSL keeps every later connection's session
    // tickets in it (about 13 KB each, none let go); under watches that break often, or a
    // network that drops connections, one manager grew without end.
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_retiredNams;
    int m_retryUnitMs = 1000;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    QSet<QString> m_seenWarnings;
};

} // namespace rd::kube
