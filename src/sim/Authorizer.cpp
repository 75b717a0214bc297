#include "sim/Authorizer.h"

#include "sim/HttpRequest.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QString randomToken(const QString &user)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"sim-"_s % user % u'-' %
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Authorizer::Authorizer()
{
    for (const QString &user : {u"admin"_s, u"viewer"_s})
        m_tokens.insert(randomToken(user), user);
}

void Authorizer::setToken(const QString &user, const QString &token)
{
    m_tokens.remove(m_tokens.key(user));
    m_tokens.insert(token, user);
}

std::optional<QString> Authorizer::authenticate(const HttpRequest &request) const
{
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Bearer ")) {
        const auto it = m_tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
        if (it != m_tokens.constEnd())
            return it.value();
        return std::nullopt; // a wrong token is refused even with a certificate
    }
    if (!request.clientCertificateUser.isEmpty())
        return request.clientCertificateUser;
    if (!m_anonymousUser.isEmpty())
        return m_anonymousUser;
    return std::nullopt;
}

bool Authorizer::allowed(const QString &user, const QString &verb, const QString &group,
                         const QString &resource, const QString &subresource,
                         const QString &ns) const
{
    Q_UNUSED(ns)
    Q_UNUSED(subresource)
    // system:basic-user: every authenticated user may review their own access.
    if (verb == u"create" &&
        ((group == u"authorization.k8s.io" &&
          (resource == u"selfsubjectaccessreviews" || resource == u"selfsubjectrulesreviews")) ||
         (group == u"authentication.k8s.io" && resource == u"selfsubjectreviews")))
        return true;
    if (user == u"admin" || user == u"cert-user")
        return true;
    if (user == u"viewer")
        return verb == u"get" || verb == u"list" || verb == u"watch";
    return false;
}

QStringList Authorizer::groupsOf(const QString &user) const
{
    QStringList g{u"system:authenticated"_s};
    if (user == u"admin" || user == u"cert-user")
        g.prepend(u"system:masters"_s);
    return g;
}

} // namespace rd::sim
