#include "sim/FieldSelector.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QStringList supportedFields(const QString &kind)
{
    QStringList f{u"metadata.name"_s, u"metadata.namespace"_s};
    if (kind == u"Event") {
        f << u"involvedObject.kind"_s << u"involvedObject.namespace"_s << u"involvedObject.name"_s
          << u"involvedObject.uid"_s << u"involvedObject.apiVersion"_s
          << u"involvedObject.resourceVersion"_s << u"involvedObject.fieldPath"_s << u"reason"_s
          << u"source"_s << u"type"_s;
    } else if (kind == u"Pod") {
        f << u"status.phase"_s << u"spec.nodeName"_s << u"spec.restartPolicy"_s;
    }
    return f;
}

QString fieldValue(const QJsonObject &object, const QString &field)
{
    if (field == u"source")
        return object.value(u"source"_s).toObject().value(u"component"_s).toString();
    QJsonValue v = object;
    for (const QString &part : field.split(u'.'))
        v = v.toObject().value(part);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

} // namespace

core::Result<FieldSelector> FieldSelector::parse(const QString &text, const QString &kind)
{
    FieldSelector sel;
    const QStringList allowed = supportedFields(kind);
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        Requirement r;
        qsizetype i = part.indexOf(u"!=");
        if (i >= 0) {
            r.equals = false;
            r.field = part.left(i);
            r.value = part.mid(i + 2);
        } else if ((i = part.indexOf(u"==")) >= 0) {
            r.field = part.left(i);
            r.value = part.mid(i + 2);
        } else if ((i = part.indexOf(u'=')) >= 0) {
            r.field = part.left(i);
            r.value = part.mid(i + 1);
        } else {
            return core::Error{u"invalid selector: '%1'; can't understand '%2'"_s.arg(text, part)};
        }
        r.field = r.field.trimmed();
        r.value = r.value.trimmed();
        if (!allowed.contains(r.field)) {
            return core::Error{u"\"%1\" is not a known field selector: only \"%2\""_s.arg(
                r.field, allowed.join(u"\", \""_s))};
        }
        sel.m_requirements.append(r);
    }
    return sel;
}

bool FieldSelector::matches(const QJsonObject &object) const
{
    for (const Requirement &r : m_requirements) {
        if ((fieldValue(object, r.field) == r.value) != r.equals)
            return false;
    }
    return true;
}

} // namespace rd::sim
