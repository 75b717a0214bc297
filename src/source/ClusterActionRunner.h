#pragma once

#include "core/Result.h"
#include "source/RolloutAction.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rd::kube {
class KubeClient;
class KubeReply;
struct KubeRequest;
} // namespace rd::kube

namespace rd::source {

class ActionRequest;

// Sends one action's requests exactly as the plugin does (rollouts-semantics.md §3): status
// subresource first with the main-resource fallback on NotFound, promote's table, set image's
// GET + PUT retried on 409, undo's JSON patch. Deletes itself when done.
class ClusterActionRunner : public QObject
{
    Q_OBJECT
public:
    ClusterActionRunner(kube::KubeClient *client, ActionRequest *request);
    ~ClusterActionRunner() override;

    void start();

    // "30s", "1m30s", "1h0m0s": Go's time.Duration text for whole seconds.
    static QString goDuration(qint64 secs);

private:
    using Handler = std::function<void(kube::KubeReply *)>;
    void call(const kube::KubeRequest &request, Handler handler);
    void patch(const QString &path, const QByteArray &contentType, const QByteArray &body,
               Handler handler);
    void statusThenMain(const QByteArray &body, const QString &okMessage);
    void promote(bool full);
    void setImage(int attempt);
    void undo();
    void done(const QString &message);
    void fail(const QString &message);

    QString rolloutPath(const QString &subresource = {}) const;
    // Undo's target: the rollout, or its checked workloadRef; empty for an unsupported kind.
    core::Result<QString> workloadPath(const QJsonObject &rollout) const;

    kube::KubeClient *m_client;
    QPointer<ActionRequest> m_request;
    RolloutAction m_action;
    QString m_ns;
    QString m_name;
    QString m_rolloutPath; // built in start() from the checked namespace and name
};

} // namespace rd::source
