#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd::sim {

// A throw-away certificate authority made at start with OpenSSL's libcrypto: the CA, a server
// certificate for 127.0.0.1/localhost and a client certificate for one user (CN = user name).
class CertificateAuthority
{
public:
    CertificateAuthority();
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority &) = delete;
    CertificateAuthority &operator=(const CertificateAuthority &) = delete;

    // Generates everything; false (and errorString) when OpenSSL fails.
    bool generate(const QString &clientUser, const QStringList &extraHosts = {});
    QString errorString() const { return m_error; }

    QByteArray caCertificatePem() const { return m_caPem; }
    QByteArray serverCertificatePem() const { return m_serverCertPem; }
    QByteArray serverKeyPem() const { return m_serverKeyPem; }
    QByteArray clientCertificatePem() const { return m_clientCertPem; }
    QByteArray clientKeyPem() const { return m_clientKeyPem; }

    // The common name of a PEM or DER certificate signed by this CA and valid now; empty otherwise.
    QString verifiedCommonName(const QByteArray &certificateDer) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QString m_error;
    QByteArray m_caPem;
    QByteArray m_serverCertPem;
    QByteArray m_serverKeyPem;
    QByteArray m_clientCertPem;
    QByteArray m_clientKeyPem;
};

} // namespace rd::sim
