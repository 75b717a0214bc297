#pragma once

#include <QJsonObject>
#include <QString>

namespace rd::sim {

// A failed API call, rendered as a Kubernetes `Status` object (k8s-client.md §4.5).
struct ApiError
{
    int code = 500;
    QString reason;
    QString message;
    QJsonObject details;

    QJsonObject toStatus() const;

    static ApiError notFound(const QString &resource, const QString &group, const QString &name);
    static ApiError alreadyExists(const QString &resource, const QString &group,
                                  const QString &name);
    static ApiError conflict(const QString &resource, const QString &group, const QString &name);
    static ApiError badRequest(const QString &message);
    static ApiError invalid(const QString &message);
    static ApiError requestEntityTooLarge(const QString &message);
    static ApiError unauthorized();
    static ApiError forbidden(const QString &user, const QString &verb, const QString &resource,
                              const QString &group, const QString &ns, const QString &name);
    static ApiError methodNotAllowed(const QString &message);
    static ApiError unsupportedMediaType(const QString &contentType, const QStringList &accepted);
    static ApiError expired(const QString &message);
    static ApiError tooManyRequests(int retryAfterSeconds);
    static ApiError internal(const QString &message);
    static ApiError serviceUnavailable(const QString &message);
};

} // namespace rd::sim
