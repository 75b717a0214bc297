#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rd::kube {

// What an exec plugin returned (k8s-client.md §2.3): a token and/or a PEM client cert and key.
struct ExecCredential
{
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiry; // invalid = no expiry: valid until a 401

    bool isExpired(const QDateTime &now) const { return expiry.isValid() && now > expiry; }
};

} // namespace rd::kube
