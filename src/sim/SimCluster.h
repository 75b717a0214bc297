#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include "sim/HttpConnection.h"

#include <memory>

namespace rd::sim {

class ClusterStore;
class Authorizer;
class CertificateAuthority;
class FaultInjector;
class HttpServer;
class KubeApi;
class ControllerManager;

// The whole simulated cluster in one object: store, HTTP(S) API, controllers and a scenario.
// It lives in the caller's thread and is driven by that thread's event loop; nothing blocks, so
// the desktop application can run it in-process for `rolloutdesk --demo`.
class SimCluster : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString scenario =
            QStringLiteral("rollouts-demo"); // rollouts-demo | showcase | scale:N[,...] | empty
        double speed = 1.0;                  // time multiplier for every delay
        bool tls = false;
        QString faults; // FaultInjector spec; empty = none
        // Seconds (real time) an Event lives after its last write (the API server's default TTL
        // is one hour); 0 keeps Events for ever.
        double eventTtlSeconds = 3600;
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        bool allowRemote = false;
        int bookmarkIntervalMs = 15000;
        bool controllers = true; // false: a bare API server (tests of REST semantics)
        // Who a request without credentials acts as; empty = 401. kubectl sends no bearer token
        // over plain HTTP, so the program serves anonymous requests as admin unless --tls.
        // Never honoured on a non-loopback address: start() refuses that combination.
        QString anonymousUser;
        HttpLimits http; // buffer, time and connection limits of the HTTP server
    };

    explicit SimCluster(const Options &options, QObject *parent = nullptr);
    ~SimCluster() override;

    // Builds the scenario, starts the controllers and listens. Returns the URL, or the error.
    core::Result<QUrl> start();
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }

    // A kubeconfig with one context per user (admin, viewer, and cert-user with --tls), the
    // current context admin's, namespace spring-petclinic.
    QByteArray kubeconfigYaml() const;
    core::Status writeKubeconfig(const QString &path) const;

    QString token(const QString &user) const;
    QByteArray caCertificatePem() const;
    QByteArray clientCertificatePem() const;
    QByteArray clientKeyPem() const;

    ClusterStore *store() const { return m_store.get(); }
    const Options &options() const { return m_options; }

    // Valid scenario names: rollouts-demo, showcase, scale:N[,...] (Scenario::parseScale), empty.
    static bool isValidScenario(const QString &scenario);

Q_SIGNALS:
    void stopped();

private:
    Options m_options;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<Authorizer> m_authorizer;
    std::unique_ptr<CertificateAuthority> m_ca;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<KubeApi> m_api;
    std::unique_ptr<ControllerManager> m_controllers;
    QUrl m_url;
};

} // namespace rd::sim
