#pragma once

#include <QJsonObject>
#include <QString>

namespace rd::kube {

// The client's view of a failed request: the server's Status (k8s-client.md §4.5) or a transport
// problem. (What the simulated server answers is sim::FailureStatus.)
struct RequestError
{
    int httpStatus = 0;      // 0 = no HTTP response (refused, TLS, timeout)
    QString reason;          // Status.reason, e.g. "NotFound", "Forbidden", "Expired"
    QString message;         // ready for the user (server text, or translated client text)
    QJsonObject status;      // the decoded Status object, if there was one
    int retryAfterSecs = -1; // Retry-After header / details.retryAfterSeconds
    bool tls = false;        // a TLS verification or handshake failure
    bool refused = false;    // never sent: the path held a name the API's rules refuse
    bool tooLarge = false;   // the body passed the client's cap (asking again cannot help)

    bool isNotFound() const { return httpStatus == 404; }
    bool isConflict() const { return httpStatus == 409; }
    bool isExpired() const
    {
        return httpStatus == 410 || reason == QLatin1String("Expired") ||
               reason == QLatin1String("Gone");
    }
};

} // namespace rd::kube
