#pragma once

#include <QObject>
#include <QString>

namespace rd::kube {

class KubeClient;

// Asks the server whether the current user may do one thing (SelfSubjectAccessReview,
// k8s-client.md §4.9). Deletes itself after answered().
class AccessReview : public QObject
{
    Q_OBJECT
public:
    // e.g. verb "patch", group "argoproj.io", resource "rollouts", subresource "status".
    static AccessReview *ask(KubeClient *client, const QString &ns, const QString &verb,
                             const QString &group, const QString &resource,
                             const QString &subresource = {}, const QString &name = {});

Q_SIGNALS:
    // `known` is false when the review itself failed (then `allowed` is false too).
    void answered(bool known, bool allowed, const QString &reason);

private:
    using QObject::QObject;
};

} // namespace rd::kube
