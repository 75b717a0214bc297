#include "sim/SimCluster.h"

#include "sim/Authorizer.h"
#include "sim/CertificateAuthority.h"
#include "sim/ClusterStore.h"
#include "sim/ControllerManager.h"
#include "sim/FaultInjector.h"
#include "sim/HttpConnection.h"
#include "sim/HttpServer.h"
#include "sim/KubeApi.h"
#include "sim/Scenario.h"
#include "sim/SimLogging.h"

#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QByteArray b64(const QByteArray &pem)
{
    return pem.toBase64();
}

} // namespace

SimCluster::SimCluster(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

SimCluster::~SimCluster()
{
    stop();
}

bool SimCluster::isValidScenario(const QString &scenario)
{
    if (scenario.isEmpty() || scenario == u"empty" || scenario == u"rollouts-demo" ||
        scenario == u"showcase")
        return true;
    return Scenario::parseScale(scenario).ok();
}

core::Result<QUrl> SimCluster::start()
{
    if (isRunning())
        return m_url;
    if (!m_options.allowRemote && !m_options.address.isLoopback()) {
        return core::Error{
            u"refusing to listen on %1: not a loopback address (use --allow-remote)"_s.arg(
                m_options.address.toString())};
    }
    // Other machines get TLS and credentials or nothing: the simulator holds a kubeconfig's worth
    // of power over itself, and anonymous requests act as admin only on loopback.
    if (!m_options.address.isLoopback() && !m_options.tls) {
        return core::Error{
            u"refusing to listen on %1 without TLS: other machines would send tokens in clear text (add --tls)"_s
                .arg(m_options.address.toString())};
    }
    if (!m_options.address.isLoopback() && !m_options.anonymousUser.isEmpty()) {
        return core::Error{
            u"refusing to listen on %1 with anonymous access: anyone who can reach it would act as %2 (add --require-auth)"_s
                .arg(m_options.address.toString(), m_options.anonymousUser)};
    }
    auto faults = FaultInjector::parse(m_options.faults);
    if (!faults)
        return faults.error();
    m_faults = std::make_unique<FaultInjector>(*faults);
    m_store = std::make_unique<ClusterStore>();
    m_authorizer = std::make_unique<Authorizer>();
    m_authorizer->setAnonymousUser(m_options.anonymousUser);
    Scenario *scenario = new Scenario(m_store.get(), this);
    if (const core::Status built = scenario->build(m_options.scenario); !built) {
        delete scenario;
        m_store.reset();
        return built.error();
    }
    std::unique_ptr<HttpServer::Tls> tls;
    if (m_options.tls) {
        m_ca = std::make_unique<CertificateAuthority>();
        QStringList hosts;
        if (!m_options.address.isLoopback() && !m_options.address.isNull() &&
            m_options.address != QHostAddress::Any && m_options.address != QHostAddress::AnyIPv6)
            hosts.append(m_options.address.toString());
        if (!m_ca->generate(u"cert-user"_s, hosts)) {
            return core::Error{m_ca->errorString()};
        }
        tls = std::make_unique<HttpServer::Tls>();
        tls->certificate = QSslCertificate(m_ca->serverCertificatePem(), QSsl::Pem);
        tls->key = QSslKey(m_ca->serverKeyPem(), QSsl::Ec, QSsl::Pem);
        tls->caCertificate = QSslCertificate(m_ca->caCertificatePem(), QSsl::Pem);
        CertificateAuthority *ca = m_ca.get();
        tls->verifyClient = [ca](const QByteArray &der) { return ca->verifiedCommonName(der); };
        if (tls->key.isNull() || tls->certificate.isNull()) {
            return core::Error{
                u"the generated TLS certificate could not be loaded (is Qt's OpenSSL backend available?)"_s};
        }
    }
    m_api = std::make_unique<KubeApi>(m_store.get(), m_authorizer.get(), m_faults.get());
    m_api->setBookmarkInterval(m_options.bookmarkIntervalMs);
    m_server = std::make_unique<HttpServer>();
    m_server->setLimits(m_options.http);
    connect(m_server.get(), &HttpServer::requestReceived, m_api.get(), &KubeApi::handle);
    connect(m_server.get(), &HttpServer::connectionClosed, m_api.get(), &KubeApi::connectionClosed);
    if (!m_server->listen(m_options.address, m_options.port, tls.get())) {
        const QString message = u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                                    .arg(m_options.port)
                                    .arg(m_server->errorString());
        m_server.reset();
        m_api.reset();
        return core::Error{message, core::ErrorKind::Io};
    }
    m_controllers = std::make_unique<ControllerManager>(m_store.get(), m_options.speed);
    m_controllers->setEventTimeToLive(m_options.eventTtlSeconds);
    if (m_options.controllers)
        m_controllers->start();

    QString host = m_options.address.toString();
    if (m_options.address == QHostAddress::Any || m_options.address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' % host % u']';
    m_url = QUrl(
        u"%1://%2:%3"_s.arg(m_options.tls ? u"https"_s : u"http"_s, host).arg(m_server->port()));
    qCInfo(lcSim) << "serving" << m_url.toString();
    return m_url;
}

bool SimCluster::isRunning() const
{
    return m_server != nullptr;
}

void SimCluster::stop()
{
    if (!m_server)
        return;
    if (m_controllers)
        m_controllers->stop();
    if (m_api)
        m_api->endAllWatches();
    m_server->close();
    m_server.reset();
    m_controllers.reset();
    m_api.reset();
    Q_EMIT stopped();
}

QString SimCluster::token(const QString &user) const
{
    return m_authorizer ? m_authorizer->tokenFor(user) : QString();
}

QByteArray SimCluster::caCertificatePem() const
{
    return m_ca ? m_ca->caCertificatePem() : QByteArray();
}

QByteArray SimCluster::clientCertificatePem() const
{
    return m_ca ? m_ca->clientCertificatePem() : QByteArray();
}

QByteArray SimCluster::clientKeyPem() const
{
    return m_ca ? m_ca->clientKeyPem() : QByteArray();
}

QByteArray SimCluster::kubeconfigYaml() const
{
    const QByteArray server = m_url.toString().toUtf8();
    QByteArray y =
        "apiVersion: v1\nkind: Config\nclusters:\n- name: rolloutdesk-sim\n  cluster:\n    server: "_ba +
        server + '\n';
    if (m_options.tls)
        y += "    certificate-authority-data: "_ba + b64(caCertificatePem()) + '\n';
    QStringList users{u"admin"_s, u"viewer"_s};
    if (m_options.tls)
        users.append(u"cert-user"_s);
    y += "users:\n"_ba;
    for (const QString &u : users) {
        y += "- name: "_ba + u.toUtf8() + "\n  user:\n"_ba;
        if (u == u"cert-user") {
            y += "    client-certificate-data: "_ba + b64(clientCertificatePem()) + '\n';
            y += "    client-key-data: "_ba + b64(clientKeyPem()) + '\n';
        } else {
            y += "    token: "_ba + token(u).toUtf8() + '\n';
        }
    }
    y += "contexts:\n"_ba;
    for (const QString &u : users) {
        y += "- name: "_ba + u.toUtf8() +
             "\n  context:\n    cluster: rolloutdesk-sim\n    user: "_ba + u.toUtf8() +
             "\n    namespace: spring-petclinic\n"_ba;
    }
    y += "current-context: admin\npreferences: {}\n"_ba;
    return y;
}

core::Status SimCluster::writeKubeconfig(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return core::Error{u"cannot write %1: %2"_s.arg(path, f.errorString()),
                           core::ErrorKind::Io};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds credentials
    f.write(kubeconfigYaml());
    if (!f.commit())
        return core::Error{u"cannot write %1: %2"_s.arg(path, f.errorString()),
                           core::ErrorKind::Io};
    return {};
}

} // namespace rd::sim
