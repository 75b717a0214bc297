#pragma once

#include "core/Result.h"
#include "kube/ObjectName.h"

#include <QString>

namespace rd::kube {

// Where a kind lives in the API (k8s-client.md §4.1). Paths are only built from names that pass
// the API server's own rules (ObjectName): a namespace or name from the server, a file or the
// command line never becomes a path that points elsewhere.
struct ResourceKind
{
    QString kind;      // "Rollout"
    QString apiPrefix; // "/apis/argoproj.io/v1alpha1" or "/api/v1"
    QString plural;    // "rollouts"

    // The collection across all namespaces.
    QString allNamespacesPath() const { return QString(apiPrefix + QLatin1Char('/') + plural); }

    // The collection in one namespace; `nsField` names where the namespace came from in the
    // error (e.g. "metadata.namespace", "--namespace").
    core::Result<QString>
    collectionPath(const QString &ns,
                   const QString &nsField = QStringLiteral("metadata.namespace")) const
    {
        const QString error = ObjectName::checkNamespace(nsField, ns);
        if (!error.isEmpty())
            return core::Error{error};
        return QString(apiPrefix + QLatin1String("/namespaces/") + ns + QLatin1Char('/') + plural);
    }
    core::Result<QString>
    objectPath(const QString &ns, const QString &name,
               const QString &nameField = QStringLiteral("metadata.name"),
               const QString &nsField = QStringLiteral("metadata.namespace")) const
    {
        auto collection = collectionPath(ns, nsField);
        if (!collection)
            return collection;
        const QString error = ObjectName::checkName(nameField, name, kind);
        if (!error.isEmpty())
            return core::Error{error};
        return QString(*collection + QLatin1Char('/') + name);
    }

    static ResourceKind rollouts()
    {
        return {QStringLiteral("Rollout"), QStringLiteral("/apis/argoproj.io/v1alpha1"),
                QStringLiteral("rollouts")};
    }
    static ResourceKind replicaSets()
    {
        return {QStringLiteral("ReplicaSet"), QStringLiteral("/apis/apps/v1"),
                QStringLiteral("replicasets")};
    }
    static ResourceKind pods()
    {
        return {QStringLiteral("Pod"), QStringLiteral("/api/v1"), QStringLiteral("pods")};
    }
    static ResourceKind analysisRuns()
    {
        return {QStringLiteral("AnalysisRun"), QStringLiteral("/apis/argoproj.io/v1alpha1"),
                QStringLiteral("analysisruns")};
    }
    static ResourceKind experiments()
    {
        return {QStringLiteral("Experiment"), QStringLiteral("/apis/argoproj.io/v1alpha1"),
                QStringLiteral("experiments")};
    }
    static ResourceKind events()
    {
        return {QStringLiteral("Event"), QStringLiteral("/api/v1"), QStringLiteral("events")};
    }
    static ResourceKind deployments()
    {
        return {QStringLiteral("Deployment"), QStringLiteral("/apis/apps/v1"),
                QStringLiteral("deployments")};
    }
    static ResourceKind podTemplates()
    {
        return {QStringLiteral("PodTemplate"), QStringLiteral("/api/v1"),
                QStringLiteral("podtemplates")};
    }
};

} // namespace rd::kube
