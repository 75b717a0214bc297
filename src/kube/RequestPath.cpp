#include "kube/RequestPath.h"

#include "kube/ObjectName.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

bool plainSegment(const QString &s)
{
    if (s.isEmpty() || s == u"."_s || s == u".."_s)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString RequestPath::check(const QString &path)
{
    auto refuse = [&path](const QString &why) {
        return tr("The request to %1 was not sent: %2").arg(ObjectName::quoted(path), why);
    };
    if (!path.startsWith(u'/'))
        return refuse(tr("the path must start with '/'"));
    const QStringList segments = path.mid(1).split(u'/');
    for (const QString &s : segments) {
        if (!plainSegment(s))
            return refuse(tr("the path segment %1 is not allowed").arg(ObjectName::quoted(s)));
    }
    // Where the resource part starts: after /api/VERSION or /apis/GROUP/VERSION. Other paths
    // (/version, /healthz) hold no names.
    qsizetype at = 0;
    if (segments.value(0) == u"api"_s)
        at = 2;
    else if (segments.value(0) == u"apis"_s)
        at = 3;
    else
        return {};
    if (segments.size() <= at)
        return {}; // discovery: /api, /apis/GROUP, /apis/GROUP/VERSION
    QStringList rest = segments.mid(at);
    if (rest.value(0) == u"namespaces"_s && rest.size() >= 2) {
        const QString nsError = ObjectName::checkNamespace(tr("the namespace"), rest.at(1));
        if (!nsError.isEmpty())
            return refuse(nsError);
        rest = rest.mid(2);
        if (rest.isEmpty())
            return {};
    }
    // RESOURCE[/NAME[/SUBRESOURCE]]: anything longer would let a name carry its own path.
    if (rest.size() > 3)
        return refuse(tr("it has more segments than RESOURCE/NAME/SUBRESOURCE"));
    if (rest.size() >= 2) {
        const QString nameError = ObjectName::checkName(tr("the name"), rest.at(1), rest.at(0));
        if (!nameError.isEmpty())
            return refuse(nameError);
    }
    return {};
}

} // namespace rd::kube
