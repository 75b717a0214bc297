#pragma once

#include <QByteArray>

namespace rd::kube {

// What one request needs to authenticate: an Authorization header value and, from an exec
// plugin, a client certificate and key (PEM).
struct Credentials
{
    QByteArray authorization;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
};

} // namespace rd::kube
