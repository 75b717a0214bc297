#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::sim {

struct HttpRequest;

// Who is calling (bearer token or verified client certificate) and what they may do.
// Users: `admin` (everything), `viewer` (get/list/watch only) and `cert-user` (everything,
// authenticated by its client certificate).
class Authorizer
{
public:
    Authorizer();

    QString tokenFor(const QString &user) const { return m_tokens.key(user); }
    void setToken(const QString &user, const QString &token);
    // The user a request without any credentials acts as; empty (the default) means 401.
    void setAnonymousUser(const QString &user) { m_anonymousUser = user; }
    QStringList users() const
    {
        return {QStringLiteral("admin"), QStringLiteral("viewer"), QStringLiteral("cert-user")};
    }

    // The authenticated user, or nullopt (401). Never logs the token.
    std::optional<QString> authenticate(const HttpRequest &request) const;
    bool allowed(const QString &user, const QString &verb, const QString &group,
                 const QString &resource, const QString &subresource, const QString &ns) const;
    QStringList groupsOf(const QString &user) const;

private:
    QHash<QString, QString> m_tokens; // token -> user
    QString m_anonymousUser;
};

} // namespace rd::sim
