#include "kube/ObjectCache.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

ObjectCache::ObjectCache(QString kind, QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
{}

ObjectCache::~ObjectCache() = default;

QString ObjectCache::keyOf(const QJsonObject &object)
{
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    return meta.value(u"namespace"_s).toString() + u'/' + meta.value(u"name"_s).toString();
}

void ObjectCache::upsert(const QJsonObject &object)
{
    const QString key = keyOf(object);
    auto it = m_objects.find(key);
    if (it == m_objects.end()) {
        m_objects.insert(key, object);
        Q_EMIT objectAdded(key);
        return;
    }
    if (it.value() == object)
        return;
    const QJsonObject previous = std::exchange(it.value(), object);
    Q_EMIT objectModified(key, previous);
}

void ObjectCache::remove(const QJsonObject &object)
{
    const QString key = keyOf(object);
    auto it = m_objects.find(key);
    if (it == m_objects.end())
        return;
    const QJsonObject last = it.value();
    m_objects.erase(it);
    Q_EMIT objectRemoved(key, last);
}

void ObjectCache::replaceAll(const QList<QJsonObject> &objects)
{
    QSet<QString> present;
    for (const auto &o : objects)
        present.insert(keyOf(o));
    const auto existing = m_objects.keys();
    for (const QString &key : existing) {
        if (!present.contains(key))
            remove(m_objects.value(key));
    }
    for (const auto &o : objects)
        upsert(o);
}

} // namespace rd::kube
