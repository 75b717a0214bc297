#pragma once

#include <QJsonObject>
#include <QString>

namespace rd::sim {

// What the simulated API server answers to a failed call: a Kubernetes `Status` object with
// status "Failure" (k8s-client.md §4.5). (The client's view of a failed request is
// kube::RequestError.)
struct FailureStatus
{
    int code = 500;
    QString reason;
    QString message;
    QJsonObject details;

    QJsonObject toStatus() const;

    static FailureStatus notFound(const QString &resource, const QString &group,
                                  const QString &name);
    static FailureStatus alreadyExists(const QString &resource, const QString &group,
                                       const QString &name);
    static FailureStatus conflict(const QString &resource, const QString &group,
                                  const QString &name);
    static FailureStatus badRequest(const QString &message);
    static FailureStatus invalid(const QString &message);
    static FailureStatus requestEntityTooLarge(const QString &message);
    static FailureStatus unauthorized();
    static FailureStatus forbidden(const QString &user, const QString &verb,
                                   const QString &resource, const QString &group, const QString &ns,
                                   const QString &name);
    static FailureStatus methodNotAllowed(const QString &message);
    static FailureStatus unsupportedMediaType(const QString &contentType,
                                              const QStringList &accepted);
    static FailureStatus expired(const QString &message);
    static FailureStatus tooManyRequests(int retryAfterSeconds);
    static FailureStatus internal(const QString &message);
    static FailureStatus serviceUnavailable(const QString &message);
};

} // namespace rd::sim
