#pragma once

// Starts an in-process rolloutdesk-sim and turns its kubeconfig into resolved contexts.

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "sim/SimCluster.h"

#include <QTemporaryDir>

#include <memory>

namespace rd::test {

struct SimFixture
{
    std::unique_ptr<sim::SimCluster> cluster;
    QTemporaryDir dir;
    QString kubeconfigPath;
    std::optional<kube::KubeConfig> config;
    QString error;

    bool start(bool tls = true, const QString &faults = {}, double speed = 1.0,
               const QString &scenario = QStringLiteral("rollouts-demo"))
    {
        sim::SimCluster::Options o;
        o.tls = tls;
        o.faults = faults;
        o.speed = speed;
        o.scenario = scenario;
        cluster = std::make_unique<sim::SimCluster>(o);
        if (cluster->start(&error).isEmpty())
            return false;
        kubeconfigPath = dir.filePath(QStringLiteral("kubeconfig"));
        if (!cluster->writeKubeconfig(kubeconfigPath, &error))
            return false;
        config = kube::KubeConfig::loadFile(kubeconfigPath, &error);
        return config.has_value();
    }

    std::optional<kube::KubeConfig::Resolved> resolve(const QString &context)
    {
        return config->resolve(context, &error);
    }

    std::unique_ptr<kube::KubeClient> client(const QString &context)
    {
        auto r = resolve(context);
        if (!r)
            return nullptr;
        return kube::KubeClient::create(*r, &error);
    }
};

} // namespace rd::test
