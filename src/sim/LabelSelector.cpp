#include "sim/LabelSelector.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

bool validToken(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$"_s);
    return re.match(s).hasMatch();
}

bool validValue(const QString &s)
{
    return s.isEmpty() || validToken(s);
}

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector sel;
    // Split on commas outside parentheses.
    QStringList parts;
    QString cur;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(cur);
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    if (depth != 0)
        return std::nullopt;
    parts.append(cur);
    static const QRegularExpression setRe(
        u"^\\s*([^\\s!=]+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*$"_s);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty()) {
            if (parts.size() == 1)
                break;
            return std::nullopt;
        }
        Requirement r;
        if (const auto m = setRe.match(part); m.hasMatch()) {
            r.key = m.captured(1);
            r.op = m.captured(2) == u"in" ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(u','))
                r.values.append(v.trimmed());
        } else if (part.contains(u"!=")) {
            const auto i = part.indexOf(u"!=");
            r.key = part.left(i).trimmed();
            r.op = Op::NotEquals;
            r.values = {part.mid(i + 2).trimmed()};
        } else if (part.contains(u"==")) {
            const auto i = part.indexOf(u"==");
            r.key = part.left(i).trimmed();
            r.op = Op::Equals;
            r.values = {part.mid(i + 2).trimmed()};
        } else if (part.contains(u'=')) {
            const auto i = part.indexOf(u'=');
            r.key = part.left(i).trimmed();
            r.op = Op::Equals;
            r.values = {part.mid(i + 1).trimmed()};
        } else if (part.startsWith(u'!')) {
            r.key = part.mid(1).trimmed();
            r.op = Op::DoesNotExist;
        } else {
            r.key = part;
            r.op = Op::Exists;
        }
        if (!validToken(r.key))
            return std::nullopt;
        for (const QString &v : std::as_const(r.values)) {
            if (!validValue(v))
                return std::nullopt;
        }
        sel.m_requirements.append(r);
    }
    return sel;
}

LabelSelector LabelSelector::fromObject(const QJsonObject &selector)
{
    LabelSelector sel;
    const QJsonObject ml = selector.value(u"matchLabels"_s).toObject();
    for (auto it = ml.constBegin(); it != ml.constEnd(); ++it)
        sel.m_requirements.append({it.key(), Op::Equals, {it.value().toString()}});
    const QJsonArray exprs = selector.value(u"matchExpressions"_s).toArray();
    for (const QJsonValue &e : exprs) {
        const QJsonObject o = e.toObject();
        Requirement r;
        r.key = o.value(u"key"_s).toString();
        const QString op = o.value(u"operator"_s).toString();
        r.op = op == u"In"       ? Op::In
               : op == u"NotIn"  ? Op::NotIn
               : op == u"Exists" ? Op::Exists
                                 : Op::DoesNotExist;
        for (const QJsonValue &v : o.value(u"values"_s).toArray())
            r.values.append(v.toString());
        sel.m_requirements.append(r);
    }
    return sel;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString v = labels.value(r.key).toString();
        switch (r.op) {
        case Op::Equals:
            if (!has || v != r.values.value(0))
                return false;
            break;
        case Op::NotEquals:
            if (has && v == r.values.value(0))
                return false;
            break;
        case Op::In:
            if (!has || !r.values.contains(v))
                return false;
            break;
        case Op::NotIn:
            if (has && r.values.contains(v))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

QString LabelSelector::toString() const
{
    QStringList out;
    for (const Requirement &r : m_requirements) {
        switch (r.op) {
        case Op::Equals:
            out.append(r.key % u'=' % r.values.value(0));
            break;
        case Op::NotEquals:
            out.append(r.key % u"!=" % r.values.value(0));
            break;
        case Op::In:
            out.append(r.key % u" in (" % r.values.join(u',') % u')');
            break;
        case Op::NotIn:
            out.append(r.key % u" notin (" % r.values.join(u',') % u')');
            break;
        case Op::Exists:
            out.append(r.key);
            break;
        case Op::DoesNotExist:
            out.append(u'!' % r.key);
            break;
        }
    }
    return out.join(u',');
}

} // namespace rd::sim
