#include "kube/CredentialProvider.h"

#include "kube/ExecPluginRunner.h"
#include "kube/KubeLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {
QHash<QString, ExecCredential> &execCache()
{
    static QHash<QString, ExecCredential> cache;
    return cache;
}

QByteArray bearer(const QString &token)
{
    return "Bearer "_ba + token.toUtf8();
}
} // namespace

CredentialProvider::CredentialProvider(KubeUser user, KubeCluster cluster, QObject *parent)
    : QObject(parent)
    , m_user(std::move(user))
    , m_cluster(std::move(cluster))
{}

CredentialProvider::~CredentialProvider() = default;

void CredentialProvider::clearExecCache()
{
    execCache().clear();
}

QString CredentialProvider::execCacheKey() const
{
    const ExecConfig &e = *m_user.exec;
    QStringList parts{e.command, e.apiVersion, m_cluster.server};
    parts += e.args;
    for (const auto &[n, v] : e.env)
        parts << n + u'=' + v;
    return parts.join(QChar(0));
}

void CredentialProvider::acquire(QObject *context, Callback cb)
{
    Credentials c;
    if (m_user.exec) {
        const auto it = execCache().constFind(execCacheKey());
        if (it != execCache().constEnd() && !it->isExpired(QDateTime::currentDateTimeUtc())) {
            if (!it->token.isEmpty())
                c.authorization = bearer(it->token);
            c.clientCertificatePem = it->clientCertificatePem;
            c.clientKeyPem = it->clientKeyPem;
            cb(c);
            return;
        }
        // A desktop application has no terminal on stdin: "Always" plugins cannot run.
        if (m_user.exec->interactiveMode == u"Always"_s) {
            cb(core::Error{
                tr("exec plugin cannot support interactive mode: standard input is not a "
                   "terminal (user \"%1\")")
                    .arg(m_user.name),
                core::ErrorKind::Unauthorized});
            return;
        }
        m_waiters.emplace_back(context, std::move(cb));
        if (!m_runner)
            runExec();
        return;
    }
    if (m_user.authProvider) {
        const auto &p = *m_user.authProvider;
        if (p.name == u"oidc"_s) {
            const QString idToken = p.config.value(u"id-token"_s);
            if (idToken.isEmpty()) {
                cb(core::Error{tr("The oidc auth provider has no id-token; log in again."),
                               core::ErrorKind::Unauthorized});
                return;
            }
            // Refreshing through the issuer is not implemented: an expired id-token gives a 401.
            c.authorization = bearer(idToken);
        } else if (p.name == u"gcp"_s) {
            cb(core::Error{tr("The gcp auth plugin has been removed. Use gke-gcloud-auth-plugin "
                              "(gcloud components install gke-gcloud-auth-plugin)."),
                           core::ErrorKind::Unauthorized});
            return;
        } else if (p.name == u"azure"_s) {
            cb(core::Error{tr("The azure auth plugin has been removed. Use kubelogin."),
                           core::ErrorKind::Unauthorized});
            return;
        } else {
            cb(core::Error{tr("The auth provider \"%1\" is not supported.").arg(p.name),
                           core::ErrorKind::Unauthorized});
            return;
        }
        cb(c);
        return;
    }
    if (!m_user.tokenFile.isEmpty()) {
        // client-go: the file wins over `token` whenever it can be read (it is how rotated
        // service-account tokens arrive); `token` only stands in while it cannot.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_fileToken.isEmpty() || !m_fileTokenRead.isValid() ||
            m_fileTokenRead.secsTo(now) > 60) {
            QFile f(m_user.tokenFile);
            if (!f.open(QIODevice::ReadOnly)) {
                if (m_fileToken.isEmpty() && m_user.token.isEmpty()) {
                    cb(core::Error{tr("cannot read token file \"%1\": %2")
                                       .arg(m_user.tokenFile, f.errorString()),
                                   core::ErrorKind::Unauthorized});
                    return;
                }
            } else {
                const QString t = QString::fromUtf8(f.readAll()).trimmed();
                if (t.isEmpty() && m_user.token.isEmpty()) {
                    cb(core::Error{tr("the token file \"%1\" is empty").arg(m_user.tokenFile),
                                   core::ErrorKind::Unauthorized});
                    return;
                }
                if (!t.isEmpty())
                    m_fileToken = t;
                m_fileTokenRead = now;
            }
        }
        c.authorization = bearer(m_fileToken.isEmpty() ? m_user.token : m_fileToken);
    } else if (!m_user.token.isEmpty()) {
        c.authorization = bearer(m_user.token);
    } else if (!m_user.username.isEmpty() || !m_user.password.isEmpty()) {
        c.authorization =
            "Basic "_ba + (m_user.username + u':' + m_user.password).toUtf8().toBase64();
    }
    cb(c);
}

bool CredentialProvider::invalidate()
{
    if (m_user.exec) {
        execCache().remove(execCacheKey());
        return true;
    }
    if (!m_user.tokenFile.isEmpty()) {
        m_fileTokenRead = {};
        return true;
    }
    return false;
}

void CredentialProvider::setUser(const KubeUser &user)
{
    m_user = user;
    m_fileToken.clear();
    m_fileTokenRead = {};
}

void CredentialProvider::runExec()
{
    QJsonObject cluster{{u"server"_s, m_cluster.server}};
    if (!m_cluster.tlsServerName.isEmpty())
        cluster.insert(u"tls-server-name"_s, m_cluster.tlsServerName);
    if (m_cluster.insecureSkipTlsVerify)
        cluster.insert(u"insecure-skip-tls-verify"_s, true);
    QByteArray ca = m_cluster.certificateAuthorityData;
    if (ca.isEmpty() && !m_cluster.certificateAuthority.isEmpty()) {
        QFile f(m_cluster.certificateAuthority);
        if (f.open(QIODevice::ReadOnly))
            ca = f.readAll();
    }
    if (!ca.isEmpty())
        cluster.insert(u"certificate-authority-data"_s, QString::fromLatin1(ca.toBase64()));
    if (!m_cluster.proxyUrl.isEmpty())
        cluster.insert(u"proxy-url"_s, m_cluster.proxyUrl);
    if (!m_cluster.execExtension.isUndefined() && !m_cluster.execExtension.isNull())
        cluster.insert(u"config"_s, m_cluster.execExtension);

    ++m_execRuns;
    m_runner = std::make_unique<ExecPluginRunner>(*m_user.exec, cluster, m_execTimeoutMs);
    connect(m_runner.get(), &ExecPluginRunner::finished, this,
            [this](const core::Result<ExecCredential> &cred) {
                // The runner is still on the stack: delete it later.
                m_runner.release()->deleteLater();
                deliverExec(cred);
            });
    m_runner->start();
}

void CredentialProvider::deliverExec(const core::Result<ExecCredential> &cred)
{
    const core::Result<Credentials> result = cred.map([](const ExecCredential &e) {
        Credentials c;
        if (!e.token.isEmpty())
            c.authorization = bearer(e.token);
        c.clientCertificatePem = e.clientCertificatePem;
        c.clientKeyPem = e.clientKeyPem;
        return c;
    });
    if (cred)
        execCache().insert(execCacheKey(), *cred);
    else
        qCWarning(lcKube) << "exec plugin failed for user" << m_user.name;
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto &[ctx, cb] : waiters) {
        if (ctx)
            cb(result);
    }
}

} // namespace rd::kube
