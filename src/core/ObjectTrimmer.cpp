#include "core/ObjectTrimmer.h"

#include "core/TrimRules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

QJsonObject apply(const QJsonObject &from, const TrimRule &rule);

// A field's rule applies to a value of the type it expects; anything else stays as it is.
QJsonValue applyField(const QJsonValue &value, const TrimRule::Field &field)
{
    if (field.object && value.isObject())
        return apply(value.toObject(), *field.object);
    if (field.each && value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(item.isObject() ? QJsonValue(apply(item.toObject(), *field.each)) : item);
        return out;
    }
    return value;
}

QJsonObject apply(const QJsonObject &from, const TrimRule &rule)
{
    QJsonObject out;
    if (rule.keepOthers) {
        for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
            const QByteArray name = it.key().toUtf8();
            const std::string_view view(name.constData(), std::size_t(name.size()));
            if (rule.drops(view))
                continue;
            const TrimRule::Field *field = rule.field(view);
            out.insert(it.key(), field ? applyField(it.value(), *field) : it.value());
        }
        return out;
    }
    for (const TrimRule::Field &field : rule.fields) {
        const QString name = QString::fromUtf8(field.name.data(), qsizetype(field.name.size()));
        const auto it = from.constFind(name);
        if (it != from.constEnd())
            out.insert(name, applyField(*it, field));
    }
    return out;
}

} // namespace

QJsonObject ObjectTrimmer::trim(QJsonObject object, const QString &kind)
{
    return apply(object, TrimRules::forKind(kind));
}

} // namespace rd::core
