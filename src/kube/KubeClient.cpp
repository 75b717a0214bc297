#include "kube/KubeClient.h"

#include "kube/CredentialMask.h"
#include "kube/CredentialProvider.h"
#include "kube/KubeLogging.h"
#include "kube/RequestPath.h"
#include "kube/RetryAfter.h"
#include "kube/TlsLibraryExit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

constexpr int kMaxRetries = 10; // client-go's limit for 429/5xx with Retry-After

core::Result<QByteArray> readPemFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error{
            KubeClient::tr("Cannot read the %1 file \"%2\": %3").arg(what, path, f.errorString()),
            core::ErrorKind::Io};
    return f.readAll();
}

QSslKey parseKey(const QByteArray &pem)
{
    for (auto alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey k(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!k.isNull())
            return k;
    }
    return {};
}

} // namespace

KubeReply::KubeReply(KubeRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{}

KubeReply::~KubeReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

QJsonObject KubeReply::json() const
{
    return QJsonDocument::fromJson(m_body).object();
}

void KubeReply::abort(bool silent)
{
    if (m_finished)
        return;
    m_aborted = true;
    if (silent)
        m_finished = true;
    if (m_network)
        m_network->abort();
}

KubeClient::KubeClient(QObject *parent)
    : QObject(parent)
{}

KubeClient::~KubeClient()
{
    // The managers' replies report their end as the managers go: nothing is counted any more.
    m_closing = true;
    m_retiredNams.clear();
    m_streamNams.clear();
    m_nam.reset();
}

core::Result<std::unique_ptr<KubeClient>> KubeClient::create(const KubeConfig::Resolved &r,
                                                             QObject *parent)
{
    std::unique_ptr<KubeClient> c(new KubeClient(parent));
    c->m_contextName = r.context.name;
    c->m_userName = r.context.user;
    c->m_namespace = r.ns;
    // Query and fragment are dropped; a path prefix (Rancher, proxies) is kept.
    QUrl server(r.cluster.server);
    if (!server.isValid() || server.host().isEmpty()) {
        return core::Error{tr("The server address \"%1\" of cluster \"%2\" is not a valid URL.")
                               .arg(CredentialMask::url(r.cluster.server), r.cluster.name)};
    }
    server.setQuery(QString());
    server.setFragment(QString());
    QString prefix = server.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    server.setPath(prefix);
    c->m_server = server;
    c->m_insecure = r.cluster.insecureSkipTlsVerify;
    c->m_tlsServerName = r.cluster.tlsServerName;
    c->m_disableCompression = r.cluster.disableCompression;

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    QByteArray caPem = r.cluster.certificateAuthorityData;
    if (caPem.isEmpty() && !r.cluster.certificateAuthority.isEmpty()) {
        auto pem = readPemFile(r.cluster.certificateAuthority, tr("certificate authority"));
        if (!pem)
            return pem.error();
        caPem = *pem;
    }
    if (!caPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            return core::Error{
                tr("The certificate authority of cluster \"%1\" holds no PEM certificate.")
                    .arg(r.cluster.name),
                core::ErrorKind::Parse};
        }
        ssl.setCaCertificates(cas); // only these are trusted, as client-go does
    }
    if (c->m_insecure)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    const KubeUser &u = r.user;
    QByteArray certPem = u.clientCertificateData;
    if (certPem.isEmpty() && !u.clientCertificate.isEmpty()) {
        auto pem = readPemFile(u.clientCertificate, tr("client certificate"));
        if (!pem)
            return pem.error();
        certPem = *pem;
    }
    QByteArray keyPem = u.clientKeyData;
    if (keyPem.isEmpty() && !u.clientKey.isEmpty()) {
        auto pem = readPemFile(u.clientKey, tr("client key"));
        if (!pem)
            return pem.error();
        keyPem = *pem;
    }
    if (!certPem.isEmpty()) {
        const auto chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QSslKey key = parseKey(keyPem);
        if (chain.isEmpty() || key.isNull()) {
            return core::Error{
                tr("The client certificate or key of user \"%1\" cannot be read.").arg(u.name),
                core::ErrorKind::Parse};
        }
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
    }
    c->m_ssl = ssl;

    if (!r.cluster.proxyUrl.isEmpty()) {
        const QUrl p(r.cluster.proxyUrl);
        QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
        if (p.scheme() == u"socks5"_s) {
            type = QNetworkProxy::Socks5Proxy;
        } else if (p.scheme() != u"http"_s) {
            // Qt's HTTP proxy support speaks plain HTTP to the proxy only.
            return core::Error{tr("The proxy \"%1\" uses the scheme \"%2\", which is not supported "
                                  "here; use http or socks5.")
                                   .arg(CredentialMask::url(r.cluster.proxyUrl), p.scheme())};
        }
        c->m_proxy = QNetworkProxy(type, p.host(),
                                   quint16(p.port(type == QNetworkProxy::Socks5Proxy ? 1080 : 80)),
                                   p.userName(), p.password());
    }

    if (!u.as.isEmpty()) {
        c->m_impersonation.append({"Impersonate-User"_ba, u.as.toUtf8()});
        if (!u.asUid.isEmpty())
            c->m_impersonation.append({"Impersonate-Uid"_ba, u.asUid.toUtf8()});
        // Qt 6.4 cannot send repeated header lines, and the apiserver reads each line as one
        // group; so only the first group is sent (reported in the log).
        if (!u.asGroups.isEmpty()) {
            c->m_impersonation.append({"Impersonate-Group"_ba, u.asGroups.first().toUtf8()});
            if (u.asGroups.size() > 1)
                qCWarning(lcKube) << "only the first of" << u.asGroups.size()
                                  << "impersonation groups is sent";
        }
        for (auto it = u.asUserExtra.cbegin(); it != u.asUserExtra.cend(); ++it) {
            if (!it.value().isEmpty())
                c->m_impersonation.append(
                    {"Impersonate-Extra-"_ba + QUrl::toPercentEncoding(it.key()),
                     it.value().first().toUtf8()});
        }
    }

    c->m_creds = std::make_unique<CredentialProvider>(u, r.cluster);
    c->m_nam.reset(c->newManager());
    return c;
}

void KubeClient::updateCredentials(const KubeUser &user)
{
    m_creds->setUser(user);
}

KubeClient::Alive KubeClient::alive() const
{
    Alive a;
    a.replies = findChildren<KubeReply *>(Qt::FindDirectChildrenOnly).size();
    a.managers = qsizetype(m_streamNams.size() + m_retiredNams.size()) + 1;
    a.networkReplies = m_nam->findChildren<QNetworkReply *>().size();
    for (const auto &nam : m_streamNams)
        a.networkReplies += nam->findChildren<QNetworkReply *>().size();
    for (const auto &nam : m_retiredNams)
        a.networkReplies += nam->findChildren<QNetworkReply *>().size();
    return a;
}

QNetworkAccessManager *KubeClient::newManager() const
{
    auto *nam = new QNetworkAccessManager;
    if (m_proxy)
        nam->setProxy(*m_proxy);
    nam->setAutoDeleteReplies(false);
    return nam;
}

QNetworkAccessManager *KubeClient::streamManager()
{
    for (const auto &nam : m_streamNams) {
        if (m_use.value(nam.get()).inFlight < kStreamsPerManager)
            return nam.get();
    }
    m_streamNams.emplace_back(newManager());
    return m_streamNams.back().get();
}

void KubeClient::countHandshake(QNetworkAccessManager *nam)
{
    if (m_closing)
        return;
    const auto use = m_use.find(nam);
    if (use == m_use.end() || ++use->handshakes < kHandshakesPerManager)
        return;
    // Retired: requests in flight finish on it; new ones go to another manager.
    if (m_nam.get() == nam) {
        m_retiredNams.push_back(std::move(m_nam));
        m_nam.reset(newManager());
        return;
    }
    const auto it = std::find_if(m_streamNams.begin(), m_streamNams.end(),
                                 [nam](const auto &owned) { return owned.get() == nam; });
    if (it != m_streamNams.end()) {
        m_retiredNams.push_back(std::move(*it));
        m_streamNams.erase(it);
    }
}

void KubeClient::requestEnded(QNetworkAccessManager *nam)
{
    if (m_closing)
        return;
    const auto use = m_use.find(nam);
    if (use == m_use.end() || --use->inFlight > 0)
        return;
    const auto it = std::find_if(m_retiredNams.begin(), m_retiredNams.end(),
                                 [nam](const auto &owned) { return owned.get() == nam; });
    if (it == m_retiredNams.end())
        return;
    // This runs while the manager's last reply is being destroyed: the manager goes on the next
    // turn (or with this client, whichever comes first).
    QNetworkAccessManager *retired = it->release();
    m_retiredNams.erase(it);
    m_use.erase(use);
    retired->setParent(this);
    retired->deleteLater();
}

KubeReply *KubeClient::send(const KubeRequest &request)
{
    auto *reply = new KubeReply(request, this);
    // Every request passes here: a path that could leave its namespace is never sent.
    const QString refused = RequestPath::check(request.path);
    if (!refused.isEmpty()) {
        qCWarning(lcKube).noquote() << refused;
        reply->m_error.refused = true;
        reply->m_error.message = refused;
        // finished() on the next turn, as for a sent request: callers connect after send().
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
        return reply;
    }
    dispatch(reply);
    return reply;
}

void KubeClient::dispatch(KubeReply *reply)
{
    m_creds->acquire(reply, [this, reply](const core::Result<Credentials> &creds) {
        if (reply->m_finished)
            return;
        if (!creds) {
            reply->m_error = RequestError{};
            reply->m_error.reason = u"Unauthorized"_s;
            reply->m_error.message = creds.error().message;
            reply->m_httpStatus = 0;
            finish(reply);
            return;
        }
        start(reply, *creds);
    });
}

QByteArray QueryItems::encoded() const
{
    // '+' is encoded too: the API server (Go) reads a bare '+' in a query as a space.
    QByteArray out;
    for (const auto &[key, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void KubeClient::start(KubeReply *reply, const Credentials &creds)
{
    const KubeRequest &kr = reply->m_request;
    QUrl url = m_server;
    url.setPath(m_server.path() + kr.path);
    if (!kr.query.isEmpty())
        url.setQuery(QString::fromLatin1(kr.query.encoded()), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "rolloutdesk/" ROLLOUTDESK_VERSION);
    if (m_disableCompression)
        req.setRawHeader("Accept-Encoding", "identity");
    if (!kr.contentType.isEmpty())
        req.setRawHeader("Content-Type", kr.contentType);
    // client-go only sends user credentials over TLS.
    const bool tls = url.scheme() == u"https"_s;
    if (tls && !creds.authorization.isEmpty())
        req.setRawHeader("Authorization", creds.authorization);
    for (const auto &[name, value] : m_impersonation)
        req.setRawHeader(name, value);
    if (tls) {
        QSslConfiguration ssl = m_ssl;
        if (!creds.clientCertificatePem.isEmpty()) {
            ssl.setLocalCertificateChain(QSslCertificate::fromData(creds.clientCertificatePem));
            ssl.setPrivateKey(parseKey(creds.clientKeyPem));
        }
        req.setSslConfiguration(ssl);
        if (!m_tlsServerName.isEmpty())
            req.setPeerVerifyName(m_tlsServerName);
    }
    req.setTransferTimeout(kr.timeoutMs);

    QNetworkAccessManager *nam = kr.stream ? streamManager() : m_nam.get();
    ++reply->m_attempts;
    QUrl shown = url;
    if (!shown.password().isEmpty())
        shown.setPassword(u"***"_s);
    Q_EMIT requestStarted(kr.verb, shown, kr.contentType, kr.body);
    reply->m_body.clear();
    reply->m_sslErrors.clear();
    QNetworkReply *nr = kr.body.isEmpty() && kr.verb == "GET"
                            ? nam->get(req)
                            : nam->sendCustomRequest(req, kr.verb, kr.body);
    reply->m_network = nr;
    ++m_use[nam].inFlight;
    connect(nr, &QObject::destroyed, this, [this, nam] { requestEnded(nam); });
    connect(nr, &QNetworkReply::encrypted, this, [this, nam] { countHandshake(nam); });
    connect(nr, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        for (const auto &e : errors)
            reply->m_sslErrors << e.errorString();
    });
    // Bodies are drained as they arrive so that none grows past the cap in Qt's buffer either.
    connect(nr, &QNetworkReply::metaDataChanged, reply, [this, reply, nr] {
        bool known = false;
        const qint64 length = nr->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > m_maxResponseBytes && !reply->m_tooLarge) {
            reply->m_tooLarge = true;
            // Not from inside this signal: Qt is still setting up the reply (and its error).
            QMetaObject::invokeMethod(nr, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    });
    connect(nr, &QNetworkReply::readyRead, reply, [this, reply, nr] { readBody(reply, nr); });
    connect(nr, &QNetworkReply::finished, reply,
            [this, reply, nr] { onNetworkFinished(reply, nr); });
}

void KubeClient::onNetworkFinished(KubeReply *reply, QNetworkReply *nr)
{
    nr->deleteLater();
    reply->m_network = nullptr;
    if (reply->m_finished)
        return;
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (nr->isOpen())
        readBody(reply, nr);
    if (reply->m_finished)
        return; // the stream's reader stopped it
    reply->m_httpStatus = status;
    if (reply->m_tooLarge) {
        // Not retried: the same answer would be as large again.
        reply->m_httpStatus = 0;
        reply->m_body.clear();
        decodeError(reply, nr);
        finish(reply);
        return;
    }

    for (const QString &w : parseWarnings(nr->rawHeader("Warning"))) {
        reply->m_warnings << w;
        if (!m_seenWarnings.contains(w)) {
            // A server that words every warning differently must not grow this for ever; past
            // the bound a text may be reported twice, which is harmless.
            if (m_seenWarnings.size() >= kMaxSeenWarnings)
                m_seenWarnings.clear();
            m_seenWarnings.insert(w);
            Q_EMIT warning(w);
        }
    }

    // A 401 with refreshable credentials: re-run the plugin / re-read the file, retry once.
    if (status == 401 && !reply->m_authRetried && m_creds->invalidate()) {
        reply->m_authRetried = true;
        qCInfo(lcKube) << "401, refreshing credentials and retrying once";
        dispatch(reply);
        return;
    }

    const std::optional<int> retryAfter = parseRetryAfter(nr->rawHeader("Retry-After"));
    const bool idempotent = reply->m_request.verb == "GET" && !reply->m_request.stream;
    if ((status == 429 || status >= 500) && retryAfter && idempotent &&
        reply->m_retries < kMaxRetries) {
        ++reply->m_retries;
        // At least a second (client-go's rate limiter would space them too): "Retry-After: 0"
        // must not turn into ten requests at once. Capped, so the product cannot overflow.
        QTimer::singleShot(qMax(1, *retryAfter) * m_retryUnitMs, reply, [this, reply] {
            if (!reply->m_finished)
                dispatch(reply);
        });
        return;
    }

    if (status >= 200 && status < 300 && nr->error() != QNetworkReply::NoError) {
        // The connection broke after a 2xx header: the body (or watch stream) is incomplete,
        // not a success.
        reply->m_httpStatus = 0;
    }
    if (reply->m_httpStatus < 200 || reply->m_httpStatus >= 300)
        decodeError(reply, nr);
    finish(reply);
}

void KubeClient::readBody(KubeReply *reply, QNetworkReply *nr)
{
    if (reply->m_tooLarge)
        return;
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->m_request.stream && status >= 200 && status < 300) {
        reply->m_httpStatus = status;
        Q_EMIT reply->streamData(nr->readAll());
        return;
    }
    // What has arrived, at most one byte past the cap: read(n) allocates n bytes whatever is there
    // (the cap is hundreds of MiB).
    const QByteArray chunk =
        nr->read(qMin(m_maxResponseBytes - reply->m_body.size() + 1, nr->bytesAvailable()));
    reply->m_body += chunk;
    if (reply->m_body.size() > m_maxResponseBytes) {
        reply->m_tooLarge = true;
        reply->m_body.clear();
        nr->abort();
    }
}

void KubeClient::decodeError(KubeReply *reply, QNetworkReply *nr)
{
    RequestError &e = reply->m_error;
    e = RequestError{};
    e.httpStatus = reply->m_httpStatus;
    e.retryAfterSecs = parseRetryAfter(nr->rawHeader("Retry-After")).value_or(-1);
    if (e.httpStatus == 0) {
        if (reply->m_tooLarge) {
            e.tooLarge = true;
            e.message = tr("The answer from %1 is larger than %2 MiB; it was not read.")
                            .arg(m_server.host())
                            .arg(double(m_maxResponseBytes) / (1024.0 * 1024.0), 0, 'g', 3);
        } else if (reply->m_aborted) {
            e.message = tr("The request was cancelled.");
        } else if (!reply->m_sslErrors.isEmpty() ||
                   nr->error() == QNetworkReply::SslHandshakeFailedError) {
            e.tls = true;
            const QString why =
                reply->m_sslErrors.isEmpty() ? nr->errorString() : reply->m_sslErrors.join(u"; "_s);
            e.message = tr("TLS connection to %1 failed: %2").arg(m_server.host(), why);
        } else if (nr->error() == QNetworkReply::OperationCanceledError) {
            e.message = tr("No answer from %1 in time.").arg(m_server.host());
        } else {
            e.message =
                tr("Cannot reach %1: %2").arg(CredentialMask::url(m_server), nr->errorString());
        }
        return;
    }
    const QJsonObject st = QJsonDocument::fromJson(reply->m_body).object();
    if (st.value(u"kind"_s).toString() == u"Status"_s || st.contains(u"reason"_s)) {
        e.status = st;
        e.reason = st.value(u"reason"_s).toString();
        e.message = st.value(u"message"_s).toString();
        const int ras = capRetryAfterSecsJson(
            st.value(u"details"_s).toObject().value(u"retryAfterSeconds"_s).toDouble(-1));
        if (e.retryAfterSecs < 0 && ras >= 0)
            e.retryAfterSecs = ras;
    }
    if (e.httpStatus == 401 && (e.message.isEmpty() || e.message == u"Unauthorized"_s)) {
        e.reason = u"Unauthorized"_s;
        e.message = tr("The server rejected the credentials of context \"%1\" (401 Unauthorized). "
                       "Log in again or check the token.")
                        .arg(m_contextName);
    } else if (e.message.isEmpty()) {
        const QString text = QString::fromUtf8(reply->m_body.left(300)).trimmed();
        e.message = text.isEmpty() || text.startsWith(u'<')
                        ? tr("The server answered HTTP %1.").arg(e.httpStatus)
                        : tr("The server answered HTTP %1: %2").arg(e.httpStatus).arg(text);
    }
}

void KubeClient::finish(KubeReply *reply)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    // Qt's and the server's texts may quote the address, with its password.
    reply->m_error.message = CredentialMask::text(reply->m_error.message);
    if (!reply->ok())
        qCDebug(lcKube) << reply->m_request.verb << reply->m_request.path << "->"
                        << reply->m_httpStatus << reply->m_error.reason;
    Q_EMIT reply->finished();
}

QStringList KubeClient::parseWarnings(const QByteArray &header)
{
    // Format: 299 - "text", 299 - "other \"quoted\" text"; only code 299 is reported.
    QStringList out;
    const QString h = QString::fromUtf8(header);
    qsizetype i = 0;
    while (i < h.size()) {
        const qsizetype q = h.indexOf(u'"', i);
        if (q < 0)
            break;
        const QString prefix = h.mid(i, q - i).trimmed();
        QString text;
        qsizetype j = q + 1;
        for (; j < h.size(); ++j) {
            if (h[j] == u'\\' && j + 1 < h.size()) {
                text += h[++j];
            } else if (h[j] == u'"') {
                break;
            } else {
                text += h[j];
            }
        }
        QString code = prefix;
        if (code.startsWith(u','))
            code.remove(0, 1);
        if (code.trimmed().startsWith(u"299"_s) && !text.isEmpty() && !out.contains(text))
            out << text;
        i = j + 1;
        // Skip an optional quoted date after the text, up to the next comma.
        const qsizetype comma = h.indexOf(u',', i);
        if (comma < 0)
            break;
        i = comma + 1;
    }
    return out;
}

} // namespace rd::kube

namespace {
// Before anything can load Qt's TLS backend (see TlsLibraryExit.h for the race it prevents).
void keepTlsLibraryAtStartup()
{
    rd::kube::keepTlsLibraryUntilExit();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(keepTlsLibraryAtStartup)
