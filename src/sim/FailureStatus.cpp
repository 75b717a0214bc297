#include "sim/FailureStatus.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

// "rollouts.argoproj.io" or, for the core group, "pods".
QString qualified(const QString &resource, const QString &group)
{
    return group.isEmpty() ? resource : resource % u'.' % group;
}

QJsonObject detailsFor(const QString &resource, const QString &group, const QString &name)
{
    QJsonObject d;
    if (!name.isEmpty())
        d.insert(u"name"_s, name);
    d.insert(u"group"_s, group);
    d.insert(u"kind"_s, resource);
    return d;
}

} // namespace

QJsonObject FailureStatus::toStatus() const
{
    QJsonObject s{{u"kind"_s, u"Status"_s},
                  {u"apiVersion"_s, u"v1"_s},
                  {u"metadata"_s, QJsonObject()},
                  {u"status"_s, u"Failure"_s},
                  {u"message"_s, message},
                  {u"reason"_s, reason},
                  {u"code"_s, code}};
    if (!details.isEmpty())
        s.insert(u"details"_s, details);
    return s;
}

FailureStatus FailureStatus::notFound(const QString &resource, const QString &group,
                                      const QString &name)
{
    return {404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(qualified(resource, group), name),
            detailsFor(resource, group, name)};
}

FailureStatus FailureStatus::alreadyExists(const QString &resource, const QString &group,
                                           const QString &name)
{
    return {409, u"AlreadyExists"_s,
            u"%1 \"%2\" already exists"_s.arg(qualified(resource, group), name),
            detailsFor(resource, group, name)};
}

FailureStatus FailureStatus::conflict(const QString &resource, const QString &group,
                                      const QString &name)
{
    return {409, u"Conflict"_s,
            u"Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please "
            u"apply your changes to the latest version and try again"_s.arg(
                qualified(resource, group), name),
            detailsFor(resource, group, name)};
}

FailureStatus FailureStatus::badRequest(const QString &message)
{
    return {400, u"BadRequest"_s, message, {}};
}

FailureStatus FailureStatus::invalid(const QString &message)
{
    return {422, u"Invalid"_s, message, {}};
}

FailureStatus FailureStatus::requestEntityTooLarge(const QString &message)
{
    return {413, u"RequestEntityTooLarge"_s, message, {}};
}

FailureStatus FailureStatus::unauthorized()
{
    return {401, u"Unauthorized"_s, u"Unauthorized"_s, {}};
}

FailureStatus FailureStatus::forbidden(const QString &user, const QString &verb,
                                       const QString &resource, const QString &group,
                                       const QString &ns, const QString &name)
{
    const QString prefix =
        name.isEmpty() ? u"%1 is forbidden: "_s.arg(qualified(resource, group))
                       : u"%1 \"%2\" is forbidden: "_s.arg(qualified(resource, group), name);
    const QString scope =
        ns.isEmpty() ? u"at the cluster scope"_s : u"in the namespace \"%1\""_s.arg(ns);
    return {403, u"Forbidden"_s,
            prefix % u"User \"%1\" cannot %2 resource \"%3\" in API group \"%4\" %5"_s.arg(
                         user, verb, resource, group, scope),
            detailsFor(resource, group, name)};
}

FailureStatus FailureStatus::methodNotAllowed(const QString &message)
{
    return {405, u"MethodNotAllowed"_s, message, {}};
}

FailureStatus FailureStatus::unsupportedMediaType(const QString &contentType,
                                                  const QStringList &accepted)
{
    Q_UNUSED(contentType)
    return {415,
            u"UnsupportedMediaType"_s,
            u"the body of the request was in an unknown format - accepted media types include: "_s %
                accepted.join(u", "_s),
            {}};
}

FailureStatus FailureStatus::expired(const QString &message)
{
    return {410, u"Expired"_s, message, {}};
}

FailureStatus FailureStatus::tooManyRequests(int retryAfterSeconds)
{
    return {429, u"TooManyRequests"_s, u"Too many requests, please try again later."_s,
            QJsonObject{{u"retryAfterSeconds"_s, retryAfterSeconds}}};
}

FailureStatus FailureStatus::internal(const QString &message)
{
    return {500, u"InternalError"_s, u"Internal error occurred: "_s % message, {}};
}

FailureStatus FailureStatus::serviceUnavailable(const QString &message)
{
    return {503, u"ServiceUnavailable"_s, message, {}};
}

} // namespace rd::sim
