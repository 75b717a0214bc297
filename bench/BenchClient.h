#pragma once

// What the benchmarks share to talk to the simulator themselves: a client for a kubeconfig, the
// child mode that sends a burst of changes from another process, and the count of rollouts the
// board can show.

#include "core/RolloutInfo.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "source/RolloutSource.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

#include <functional>
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

// The rollouts whose RolloutInfo has its ReplicaSets (what the board needs to show one), kept
// from the source's signals: one lookup per signal. Walking every key on each of N signals would
// make a load of N rollouts cost the benchmark O(N^2) and measure itself.
class ShownRollouts
{
public:
    // `changed` runs after every update (the caller checks whether its goal is reached).
    ShownRollouts(source::RolloutSource *source, std::function<void()> changed)
        : m_source(source)
        , m_changed(std::move(changed))
    {
        using S = source::RolloutSource;
        QObject::connect(source, &S::rolloutAdded, &m_context,
                         [this](const QString &key) { update(key); });
        QObject::connect(source, &S::rolloutChanged, &m_context,
                         [this](const QString &key) { update(key); });
        QObject::connect(source, &S::rolloutRemoved, &m_context, [this](const QString &key) {
            m_shown.remove(key);
            m_changed();
        });
    }

    qsizetype count() const { return m_shown.size(); }

private:
    void update(const QString &key)
    {
        const auto info = m_source->info(key);
        if (info && !info->replicaSets.isEmpty())
            m_shown.insert(key);
        else
            m_shown.remove(key);
        m_changed();
    }

    source::RolloutSource *m_source;
    std::function<void()> m_changed;
    QObject m_context; // disconnects the lambdas when this goes
    QSet<QString> m_shown;
};

} // namespace rd::bench
