#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// Plain data of a kubeconfig (k8s-client.md §1). Paths are already absolute: relative ones were
// resolved against the directory of the file that defined the entry (`origin`).
namespace rd::kube {

struct ExecConfig
{
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never / IfAvailable / Always; empty when not given

    friend bool operator==(const ExecConfig &, const ExecConfig &) = default;
};

struct AuthProviderConfig
{
    QString name;
    QMap<QString, QString> config;

    friend bool operator==(const AuthProviderConfig &, const AuthProviderConfig &) = default;
};

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority;        // file
    QByteArray certificateAuthorityData; // PEM (decoded from base64)
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    QJsonValue execExtension; // extension "client.authentication.k8s.io/exec"
    QString origin;           // file that defined it

    // Whole-entry comparison: a kubeconfig reloaded from disk tells what changed.
    friend bool operator==(const KubeCluster &, const KubeCluster &) = default;
};

struct KubeUser
{
    QString name;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString username;
    QString password;
    QString as;
    QString asUid;
    QStringList asGroups;
    QMap<QString, QStringList> asUserExtra;
    std::optional<AuthProviderConfig> authProvider;
    std::optional<ExecConfig> exec;
    QString origin;

    friend bool operator==(const KubeUser &, const KubeUser &) = default;
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns; // "namespace"; empty means default
    QString origin;

    friend bool operator==(const KubeContext &, const KubeContext &) = default;
};

} // namespace rd::kube
