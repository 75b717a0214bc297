#include "kube/ObjectName.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

namespace {

constexpr int kShownLength = 100;

bool matches(const QRegularExpression &re, const QString &value)
{
    return re.match(value).hasMatch();
}

} // namespace

QStringList ObjectName::pathSegmentErrors(const QString &value)
{
    QStringList out;
    if (value.isEmpty())
        out << tr("must not be empty");
    if (value == u"."_s)
        out << tr("may not be '.'");
    if (value == u".."_s)
        out << tr("may not be '..'");
    if (value.contains(u'/'))
        out << tr("may not contain '/'");
    if (value.contains(u'%'))
        out << tr("may not contain '%'");
    return out;
}

QStringList ObjectName::dns1123LabelErrors(const QString &value)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s));
    QStringList out;
    if (value.size() > kLabelMaxLength)
        out << tr("must be no more than %1 characters").arg(kLabelMaxLength);
    if (!matches(re, value))
        out << tr("a lowercase RFC 1123 label must consist of lower case alphanumeric characters "
                  "or '-', and must start and end with an alphanumeric character (e.g. "
                  "'my-name', or '123-abc')");
    return out;
}

QStringList ObjectName::dns1123SubdomainErrors(const QString &value)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        u"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"_s));
    QStringList out;
    if (value.size() > kSubdomainMaxLength)
        out << tr("must be no more than %1 characters").arg(kSubdomainMaxLength);
    if (!matches(re, value))
        out << tr("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                  "characters, '-' or '.', and must start and end with an alphanumeric "
                  "character (e.g. 'example.com')");
    return out;
}

QStringList ObjectName::errors(Rule rule, const QString &value)
{
    // The path rules first: for "../x" they say more than the character rules do.
    QStringList out = pathSegmentErrors(value);
    out += rule == Rule::Dns1123Label ? dns1123LabelErrors(value) : dns1123SubdomainErrors(value);
    return out;
}

QString ObjectName::checkName(const QString &field, const QString &value, const QString &kind,
                              Rule rule)
{
    const QStringList why = errors(rule, value);
    if (why.isEmpty())
        return {};
    return tr("%1 %2 is not a valid %3 name: %4")
        .arg(field, quoted(value), kind, why.join(u"; "_s));
}

QString ObjectName::checkNamespace(const QString &field, const QString &value)
{
    const QStringList why = errors(Rule::Dns1123Label, value);
    if (why.isEmpty())
        return {};
    return tr("%1 %2 is not a valid namespace name: %3")
        .arg(field, quoted(value), why.join(u"; "_s));
}

QString ObjectName::quoted(const QString &value)
{
    QString out = u"\""_s;
    const QString shown = value.size() > kShownLength ? value.left(kShownLength) : value;
    for (const QChar c : shown) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (!c.isPrint() || c.category() == QChar::Other_Format) {
            // Control and bidi characters would rewrite the terminal or the message around them.
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    if (value.size() > kShownLength)
        out += tr("… (%n characters)", nullptr, int(value.size()));
    return out;
}

} // namespace rd::kube
