#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rd::kube {

// The API server's rules for names that become request path segments
// (k8s.io/apimachinery/pkg/util/validation and api/validation/path). A value that breaks them is
// never joined into a path: names come from the server, files and colleagues' objects, and an
// HTTP layer that normalises ".." would send the request elsewhere.
class ObjectName
{
    Q_DECLARE_TR_FUNCTIONS(rd::kube::ObjectName)
public:
    // Namespaces are DNS-1123 labels; every other kind this program requests (Rollout,
    // ReplicaSet, Pod, Deployment, PodTemplate, AnalysisRun, Experiment, Event) names its
    // objects with DNS-1123 subdomains.
    enum class Rule { Dns1123Label, Dns1123Subdomain };

    static constexpr int kLabelMaxLength = 63;
    static constexpr int kSubdomainMaxLength = 253;

    // Each returns the reasons `value` is refused (translated), empty when it is valid.
    static QStringList pathSegmentErrors(const QString &value);
    static QStringList dns1123LabelErrors(const QString &value);
    static QStringList dns1123SubdomainErrors(const QString &value);
    static QStringList errors(Rule rule, const QString &value);

    // A ready sentence naming the field, or empty when valid, e.g.
    // `spec.workloadRef.name "a/b" is not a valid Deployment name: may not contain '/'; ...`.
    static QString checkName(const QString &field, const QString &value, const QString &kind,
                             Rule rule = Rule::Dns1123Subdomain);
    static QString checkNamespace(const QString &field, const QString &value);

    // `value` for a message: quoted, control characters escaped, long values shortened.
    static QString quoted(const QString &value);
};

} // namespace rd::kube
