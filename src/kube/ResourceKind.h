#pragma once

#include <QString>

namespace rd::kube {

// Where a kind lives in the API (k8s-client.md §4.1).
struct ResourceKind
{
    QString kind;      // "Rollout"
    QString apiPrefix; // "/apis/argoproj.io/v1alpha1" or "/api/v1"
    QString plural;    // "rollouts"

    // Collection path in a namespace, or across all namespaces when `ns` is empty.
    QString collectionPath(const QString &ns) const
    {
        if (ns.isEmpty())
            return apiPrefix + QLatin1Char('/') + plural;
        return apiPrefix + QLatin1String("/namespaces/") + ns + QLatin1Char('/') + plural;
    }
    QString objectPath(const QString &ns, const QString &name) const
    {
        return collectionPath(ns) + QLatin1Char('/') + name;
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
};

} // namespace rd::kube
