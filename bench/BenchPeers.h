#pragma once

// The peers the benchmarks compare with on the same simulated cluster: kubectl fetching rollouts,
// ReplicaSets and pods as JSON, and the physical floor (curl fetching the same three lists).

#include "kube/KubeConfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

namespace rd::bench {

struct KubectlTiming
{
    double firstMs = -1;
    double medianMs = -1;
    qint64 bytes = 0;
};

inline KubectlTiming timeKubectl(const QString &kubectl, const QString &kubeconfig,
                                 const QString &home, int runs)
{
    KubectlTiming timing;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        p.setProcessEnvironment(env);
        // To a file: read into this process, kubectl's output would count in the source's peak.
        const QString output = home + QStringLiteral("/kubectl.json");
        p.setStandardOutputFile(output);
        QElapsedTimer t;
        t.start();
        p.start(kubectl,
                {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"),
                 QStringLiteral("rollouts,replicasets,pods"), QStringLiteral("-n"),
                 QStringLiteral("spring-petclinic"), QStringLiteral("-o"), QStringLiteral("json")});
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            QTextStream(stderr) << "kubectl failed: " << p.readAllStandardError() << Qt::endl;
            return timing;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        timing.bytes = QFileInfo(output).size();
        if (i == 0)
            timing.firstMs = ms;
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    timing.medianMs = times.at(times.size() / 2);
    return timing;
}

// The physical floor: curl fetching the same three lists in parallel (one process each, the
// server's own list format, no decoding), median of `runs`.
inline double timeCurlFloor(const QString &kubeconfig, const QString &dir, int runs)
{
    QString error;
    auto config = rd::kube::KubeConfig::loadFile(kubeconfig);
    error = config.errorMessage();
    const auto resolved = config ? config->resolve(QString())
                                 : rd::core::Result<rd::kube::KubeConfig::Resolved>(config.error());
    if (!resolved) {
        if (config)
            error = resolved.errorMessage();
        QTextStream(stderr) << "curl floor: " << error << Qt::endl;
        return -1;
    }
    const QString ca = dir + QStringLiteral("/ca.pem");
    QFile caFile(ca);
    if (!caFile.open(QIODevice::WriteOnly) ||
        caFile.write(resolved->cluster.certificateAuthorityData) < 0)
        return -1;
    caFile.close();
    const QString base = resolved->cluster.server;
    const QStringList paths = {
        QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts"),
        QStringLiteral("/apis/apps/v1/namespaces/spring-petclinic/replicasets"),
        QStringLiteral("/api/v1/namespaces/spring-petclinic/pods")};
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<QProcess>> curls;
        for (const QString &path : paths) {
            auto p = std::make_unique<QProcess>();
            p->setStandardOutputFile(QProcess::nullDevice());
            p->start(QStringLiteral("curl"),
                     {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"),
                      ca, QStringLiteral("-H"),
                      QStringLiteral("Authorization: Bearer ") + resolved->user.token,
                      base + path});
            curls.push_back(std::move(p));
        }
        for (auto &p : curls) {
            if (!p->waitForFinished(300000) || p->exitCode() != 0) {
                QTextStream(stderr) << "curl failed: " << p->readAllStandardError() << Qt::endl;
                return -1;
            }
        }
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace rd::bench
