#include "kube/CredentialMask.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {
const QString kMask = u"***"_s;
} // namespace

QString CredentialMask::url(const QUrl &url)
{
    QUrl shown = url;
    if (!shown.password().isEmpty())
        shown.setPassword(kMask);
    return text(shown.toString());
}

QString CredentialMask::url(const QString &url)
{
    // Not parsed with QUrl: an address QUrl refuses must still be masked.
    return text(url);
}

QString CredentialMask::text(const QString &text)
{
    // scheme "://" user ":" password "@". The password runs to the last '@' of the authority, so
    // that an unencoded '@' in it (which some tools accept) leaks nothing either.
    static const QRegularExpression re(u"([A-Za-z][A-Za-z0-9+.\\-]*://[^\\s/?#@:]*):[^\\s/?#]*@"_s);
    QString out = text;
    out.replace(re, u"\\1:"_s + kMask + u'@');
    return out;
}

} // namespace rd::kube
