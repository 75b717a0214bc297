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
    std::optional<kube::KubeConfig> config; // the sim's kubeconfig, once start() succeeded
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
        const auto started = cluster->start();
        error = started.errorMessage();
        if (started.valueOr(QUrl()).isEmpty())
            return false;
        kubeconfigPath = dir.filePath(QStringLiteral("kubeconfig"));
        const auto written = cluster->writeKubeconfig(kubeconfigPath);
        error = written.errorMessage();
        if (!written.ok())
            return false;
        auto loaded = kube::KubeConfig::loadFile(kubeconfigPath);
        error = loaded.errorMessage();
        if (loaded)
            config = std::move(loaded).value();
        return config.has_value();
    }

    // Tests edit the resolved context before creating a client: a plain optional they can change.
    std::optional<kube::KubeConfig::Resolved> resolve(const QString &context)
    {
        auto r = config->resolve(context);
        error = r.errorMessage();
        if (!r)
            return std::nullopt;
        return std::move(r).value();
    }

    std::unique_ptr<kube::KubeClient> client(const QString &context)
    {
        auto r = resolve(context);
        if (!r)
            return nullptr;
        auto c = kube::KubeClient::create(*r);
        error = c.errorMessage();
        return std::move(c).valueOr(nullptr);
    }
};

} // namespace rd::test
