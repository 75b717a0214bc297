#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace rd::kube {

// One API request. `path` is relative to the server URL's own path prefix.
struct KubeRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // e.g. application/merge-patch+json
    bool stream = false;    // a watch: data is delivered as it arrives
    int timeoutMs = 30000;  // transfer (idle) timeout; for streams a read-idle timeout
};

} // namespace rd::kube
