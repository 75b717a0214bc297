#pragma once

// What the benchmarks share to talk to the simulator themselves: a client for a kubeconfig, and
// the child mode that sends a burst of changes from another process.

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace rd::bench {

// A client for the kubeconfig's current context, or null with *error set (bench output only).
inline std::unique_ptr<kube::KubeClient> clientFor(const QString &kubeconfig, QString *error)
{
    auto config = kube::KubeConfig::loadFile(kubeconfig);
    if (!config) {
        *error = config.errorMessage();
        return nullptr;
    }
    auto resolved = config->resolve(QString());
    if (!resolved) {
        *error = resolved.errorMessage();
        return nullptr;
    }
    auto client = kube::KubeClient::create(*resolved);
    if (!client) {
        *error = client.errorMessage();
        return nullptr;
    }
    return std::move(client).value();
}

// Child mode: one merge patch to each of `count` rollouts app-0000.. (one watch event each), all
// at once, annotated with `annotation`; exits 0 when every patch was accepted.
inline int runBurst(const QString &kubeconfig, int count, int rollouts,
                    const QByteArray &annotation)
{
    QString error;
    auto client = clientFor(kubeconfig, &error);
    if (!client) {
        QTextStream(stderr) << "burst: " << error << Qt::endl;
        return 1;
    }
    int pending = count;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        kube::KubeRequest request;
        request.verb = "PATCH";
        request.path =
            QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/spring-petclinic/rollouts/app-%1")
                .arg(i % rollouts, 4, 10, QLatin1Char('0'));
        request.contentType = "application/merge-patch+json";
        request.body = "{\"metadata\":{\"annotations\":{\"" + annotation + "\":\"" +
                       QByteArray::number(i) + "\"}}}";
        kube::KubeReply *reply = client->send(request);
        QObject::connect(reply, &kube::KubeReply::finished, reply, [reply, &pending, &failed] {
            if (!reply->ok())
                ++failed;
            reply->deleteLater();
            if (--pending == 0)
                QCoreApplication::exit(failed == 0 ? 0 : 1);
        });
    }
    return QCoreApplication::exec();
}

} // namespace rd::bench
