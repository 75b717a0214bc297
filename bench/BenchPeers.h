#pragma once

// The peers the benchmarks compare with on the same simulated cluster: kubectl fetching rollouts,
// ReplicaSets and pods as JSON, and the physical floor (curl fetching the same three lists).

#include "kube/KubeConfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

// What curl needs to reach the simulator: its address, the CA file written to `dir`, the token.
struct CurlTarget
{
    QString base;
    QString caFile;
    QString token;
    bool ok = false;

    QStringList arguments(const QString &path) const
    {
        return {QStringLiteral("-sS"),
                QStringLiteral("--fail"),
                QStringLiteral("--cacert"),
                caFile,
                QStringLiteral("-H"),
                QStringLiteral("Authorization: Bearer ") + token,
                base + path};
    }
};

inline CurlTarget curlTarget(const QString &kubeconfig, const QString &dir)
{
    CurlTarget target;
    auto config = rd::kube::KubeConfig::loadFile(kubeconfig);
    QString error = config.errorMessage();
    const auto resolved = config ? config->resolve(QString())
                                 : rd::core::Result<rd::kube::KubeConfig::Resolved>(config.error());
    if (!resolved) {
        if (config)
            error = resolved.errorMessage();
        QTextStream(stderr) << "curl: " << error << Qt::endl;
        return target;
    }
    target.caFile = dir + QStringLiteral("/ca.pem");
    QFile caFile(target.caFile);
    if (!caFile.open(QIODevice::WriteOnly) ||
        caFile.write(resolved->cluster.certificateAuthorityData) < 0)
        return target;
    caFile.close();
    target.base = resolved->cluster.server;
    target.token = resolved->user.token;
    target.ok = true;
    return target;
}

// The physical floor: curl fetching the same three lists in parallel (one process each, the
// server's own list format, no decoding), median of `runs`.
inline double timeCurlFloor(const QString &kubeconfig, const QString &dir, int runs)
{
    const CurlTarget target = curlTarget(kubeconfig, dir);
    if (!target.ok)
        return -1;
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
            p->start(QStringLiteral("curl"), target.arguments(path));
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

struct PagingTiming
{
    int pages = 0;
    double pagedMs = -1; // the pages' times added up
    double wholeMs = -1;
};

// The simulator's paging against its whole list: curl fetching the pods page by page (`limit`,
// then each `continue` token) and then at once. Each time is curl's own time_total for its
// request, so process starts and reading the tokens here do not count.
inline PagingTiming timeCurlPaging(const QString &kubeconfig, const QString &dir, int limit)
{
    PagingTiming timing;
    const CurlTarget target = curlTarget(kubeconfig, dir);
    if (!target.ok)
        return timing;
    const QString path = QStringLiteral("/api/v1/namespaces/spring-petclinic/pods");
    const QString pageFile = dir + QStringLiteral("/page.json");
    const auto fetch = [&](const QString &url) -> double {
        QProcess p;
        QStringList args = target.arguments(url);
        args << QStringLiteral("-o") << pageFile << QStringLiteral("-w")
             << QStringLiteral("%{time_total}");
        p.start(QStringLiteral("curl"), args);
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            QTextStream(stderr) << "curl failed: " << p.readAllStandardError() << Qt::endl;
            return -1;
        }
        return p.readAllStandardOutput().trimmed().toDouble() * 1000.0;
    };
    QString token;
    double paged = 0;
    do {
        QString url = path + QStringLiteral("?limit=") + QString::number(limit);
        if (!token.isEmpty())
            url += QStringLiteral("&continue=") + token;
        const double ms = fetch(url);
        if (ms < 0)
            return timing;
        paged += ms;
        ++timing.pages;
        QFile page(pageFile);
        if (!page.open(QIODevice::ReadOnly))
            return timing;
        token = QJsonDocument::fromJson(page.readAll())
                    .object()
                    .value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("continue"))
                    .toString();
    } while (!token.isEmpty());
    timing.pagedMs = paged;
    timing.wholeMs = fetch(path);
    return timing;
}

} // namespace rd::bench
