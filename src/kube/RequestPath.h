#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd::kube {

// The last check before a request goes on the wire (KubeClient::send): the path is read with the
// API's URL grammar, /api/VERSION or /apis/GROUP/VERSION, then [namespaces/NAMESPACE/]RESOURCE
// [/NAME[/SUBRESOURCE]], and refused unless every segment is plain (no empty segment, no '.' or
// '..', only letters, digits, '.', '-' and '_'), the namespace is a DNS-1123 label and the name a
// DNS-1123 subdomain. Callers check their names earlier to say which field was wrong; this check
// makes sure no path built anywhere can leave its namespace.
class RequestPath
{
    Q_DECLARE_TR_FUNCTIONS(rd::kube::RequestPath)
public:
    // Empty when `path` may be sent; otherwise a translated sentence saying why not.
    static QString check(const QString &path);
};

} // namespace rd::kube
