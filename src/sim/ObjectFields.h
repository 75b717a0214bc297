#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Small accessors for the JSON objects the controllers read and write.
namespace rd::sim::fields {

inline QJsonObject meta(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject();
}
inline QString name(const QJsonObject &o)
{
    return meta(o).value(QLatin1String("name")).toString();
}
inline QString ns(const QJsonObject &o)
{
    return meta(o).value(QLatin1String("namespace")).toString();
}
inline QString uid(const QJsonObject &o)
{
    return meta(o).value(QLatin1String("uid")).toString();
}
inline QJsonObject labels(const QJsonObject &o)
{
    return meta(o).value(QLatin1String("labels")).toObject();
}
inline QString annotation(const QJsonObject &o, const QString &key)
{
    return meta(o).value(QLatin1String("annotations")).toObject().value(key).toString();
}
inline void setAnnotation(QJsonObject &o, const QString &key, const QString &value)
{
    QJsonObject m = meta(o);
    QJsonObject a = m.value(QLatin1String("annotations")).toObject();
    if (value.isNull())
        a.remove(key);
    else
        a.insert(key, value);
    m.insert(QLatin1String("annotations"), a);
    o.insert(QLatin1String("metadata"), m);
}
inline QJsonObject spec(const QJsonObject &o)
{
    return o.value(QLatin1String("spec")).toObject();
}
inline QJsonObject status(const QJsonObject &o)
{
    return o.value(QLatin1String("status")).toObject();
}
inline int specReplicas(const QJsonObject &o, int fallback = 1)
{
    const QJsonValue v = spec(o).value(QLatin1String("replicas"));
    return v.isDouble() ? v.toInt() : fallback;
}
inline int statusInt(const QJsonObject &o, const char *key)
{
    return status(o).value(QLatin1String(key)).toInt();
}
// The controller owner (ownerReferences entry with controller: true) of a kind, or empty.
inline QString ownerName(const QJsonObject &o, const QString &kind)
{
    for (const QJsonValue &r : meta(o).value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject ref = r.toObject();
        if (ref.value(QLatin1String("kind")).toString() == kind)
            return ref.value(QLatin1String("name")).toString();
    }
    return {};
}
inline QJsonObject ownerReference(const QJsonObject &owner)
{
    return QJsonObject{{QLatin1String("apiVersion"), owner.value(QLatin1String("apiVersion"))},
                       {QLatin1String("kind"), owner.value(QLatin1String("kind"))},
                       {QLatin1String("name"), name(owner)},
                       {QLatin1String("uid"), uid(owner)},
                       {QLatin1String("controller"), true},
                       {QLatin1String("blockOwnerDeletion"), true}};
}

} // namespace rd::sim::fields
