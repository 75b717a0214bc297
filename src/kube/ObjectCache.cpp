#include "kube/ObjectCache.h"

#include "core/ProcessExit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd::kube {

ObjectCache::ObjectCache(QString kind, QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
{}

ObjectCache::~ObjectCache()
{
    // One packed text per object: at the end of the process they go with it (core::ProcessExit).
    core::ProcessExit::release(m_objects);
}

QString ObjectCache::keyOf(const QJsonObject &object)
{
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    return meta.value(u"namespace"_s).toString() + u'/' + meta.value(u"name"_s).toString();
}

namespace {
thread_local qint64 t_unpacks = 0;
thread_local qint64 t_packs = 0;
} // namespace

QByteArray ObjectCache::pack(const QJsonObject &object)
{
    ++t_packs;
    QByteArray packed = QJsonDocument(object).toJson(QJsonDocument::Compact);
    packed.squeeze(); // kept for the object's lifetime: no spare capacity
    return packed;
}

QJsonObject ObjectCache::unpack(const QByteArray &packed)
{
    ++t_unpacks;
    return QJsonDocument::fromJson(packed).object();
}

qint64 ObjectCache::unpacksOnThisThread()
{
    return t_unpacks;
}

qint64 ObjectCache::packsOnThisThread()
{
    return t_packs;
}

ObjectCache::Refs ObjectCache::refsOf(const QJsonObject &object)
{
    Refs refs;
    refs.read = true;
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    refs.uid = meta.value(u"uid"_s).toString();
    const QJsonArray owners = meta.value(u"ownerReferences"_s).toArray();
    for (const auto &owner : owners) {
        const QString uid = owner.toObject().value(u"uid"_s).toString();
        if (!uid.isEmpty() && !refs.ownerUids.contains(uid))
            refs.ownerUids << uid;
    }
    const QJsonValue involved = object.value(u"involvedObject"_s);
    if (involved.isObject()) {
        const QJsonObject o = involved.toObject();
        refs.involvedKind = o.value(u"kind"_s).toString();
        refs.involvedNamespace = o.value(u"namespace"_s).toString();
        refs.involvedName = o.value(u"name"_s).toString();
    }
    refs.workloadRef = object.value(u"spec"_s)
                           .toObject()
                           .value(u"workloadRef"_s)
                           .toObject()
                           .value(u"name"_s)
                           .toString();
    const QJsonValue replicas = object.value(u"status"_s).toObject().value(u"replicas"_s);
    refs.replicas = qint32(replicas.toInteger(-1));
    return refs;
}

ObjectCache::Refs ObjectCache::refs(const QString &key) const
{
    if (!m_recentRefsKey.isNull() && key == m_recentRefsKey)
        return m_recentRefs;
    const auto it = m_objects.constFind(key);
    return it == m_objects.constEnd() ? Refs() : refsOf(unpack(*it));
}

QJsonObject ObjectCache::value(const QString &key) const
{
    if (!m_recentKey.isNull() && key == m_recentKey)
        return m_recent;
    const auto it = m_objects.constFind(key);
    return it == m_objects.constEnd() ? QJsonObject() : unpack(*it);
}

QList<QJsonObject> ObjectCache::values() const
{
    QList<QJsonObject> out;
    out.reserve(m_objects.size());
    for (const QByteArray &packed : m_objects)
        out << unpack(packed);
    return out;
}

ObjectCache::Packed ObjectCache::packWithKey(const QJsonObject &object)
{
    return Packed{keyOf(object), pack(object), refsOf(object)};
}

void ObjectCache::upsert(const QJsonObject &object)
{
    store(keyOf(object), pack(object), object, refsOf(object));
}

void ObjectCache::upsert(const Packed &packed)
{
    // A Packed put together by hand (not packWithKey) has no refs: read them here, or the
    // receivers would index the object as having no uid and no owners.
    store(packed.key, packed.text, QJsonObject(),
          packed.refs.read ? packed.refs : refsOf(unpack(packed.text)));
}

void ObjectCache::upsert(const Packed &packed, const QJsonObject &decoded)
{
    store(packed.key, packed.text, decoded, packed.refs.read ? packed.refs : refsOf(decoded));
}

// `decoded` is the object when the caller has it decoded, else empty (receivers then decode).
void ObjectCache::store(const QString &key, QByteArray packed, const QJsonObject &decoded,
                        Refs refs)
{
    auto it = m_objects.find(key);
    if (it != m_objects.end() && it.value() == packed)
        return; // equal objects have equal text: QJsonObject keeps its keys sorted
    m_recentKey = decoded.isEmpty() ? QString() : key;
    m_recent = decoded;
    m_recentRefsKey = key;
    m_recentRefs = std::move(refs);
    if (it == m_objects.end()) {
        m_packedBytes += packed.size();
        m_objects.insert(key, std::move(packed));
        Q_EMIT objectAdded(key);
        return;
    }
    m_packedBytes += packed.size() - it->size();
    const QByteArray previous = std::exchange(it.value(), std::move(packed));
    Q_EMIT objectReplaced(key);
    // Decoding the previous text costs as much as the new one: only for someone who reads it.
    static const QMetaMethod modified = QMetaMethod::fromSignal(&ObjectCache::objectModified);
    if (isSignalConnected(modified))
        Q_EMIT objectModified(key, unpack(previous));
}

void ObjectCache::remove(const QJsonObject &object)
{
    const QString key = keyOf(object);
    auto it = m_objects.find(key);
    if (it == m_objects.end())
        return;
    const QJsonObject last = unpack(it.value());
    m_packedBytes -= it->size();
    m_objects.erase(it);
    if (key == m_recentKey) {
        m_recentKey = QString();
        m_recent = QJsonObject();
    }
    if (key == m_recentRefsKey) {
        m_recentRefsKey = QString();
        m_recentRefs = Refs();
    }
    Q_EMIT objectRemoved(key, last);
}

void ObjectCache::replaceAll(const QList<QJsonObject> &objects)
{
    QList<Packed> packed;
    packed.reserve(objects.size());
    for (const QJsonObject &o : objects)
        packed << packWithKey(o);
    replaceAll(packed);
}

void ObjectCache::replaceAll(const QList<Packed> &objects)
{
    QSet<QString> present;
    for (const Packed &o : objects)
        present.insert(o.key);
    const auto existing = m_objects.keys();
    for (const QString &key : existing) {
        if (!present.contains(key))
            remove(unpack(m_objects.value(key)));
    }
    for (const Packed &o : objects)
        upsert(o);
}

} // namespace rd::kube
