#include "sim/ClusterStore.h"

#include "core/ProcessExit.h"
#include "sim/ApiResource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QJsonObject withoutKeys(QJsonObject o, std::initializer_list<QString> keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

QString randomSuffix(int n)
{
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return s;
}

bool validName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"_s);
    return name.size() <= 253 && re.match(name).hasMatch();
}

} // namespace

ClusterStore::ClusterStore(QObject *parent)
    : QObject(parent)
{}

ClusterStore::~ClusterStore()
{
    // The demo cluster lives in the window's process: when that ends, its objects (tens of
    // thousands of JSON trees at scale:10000) go with it rather than being freed one by one.
    core::ProcessExit::release(m_objects);
    core::ProcessExit::release(m_owned);
    core::ProcessExit::release(m_history);
}

namespace {
// Timestamps are written with second precision (metav1.Time), but at a high --speed a truncated
// second is many simulated seconds. So we remember when each written second was first used.
QMutex g_instantsMutex;
QHash<QString, qint64> g_instants;
} // namespace

QString ClusterStore::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const QString text = t.toString(Qt::ISODate);
    QMutexLocker lock(&g_instantsMutex);
    if (!g_instants.contains(text)) {
        if (g_instants.size() > 4096)
            g_instants.clear();
        g_instants.insert(text, t.toMSecsSinceEpoch());
    }
    return text;
}

qint64 ClusterStore::preciseMSecs(const QString &timestamp)
{
    {
        QMutexLocker lock(&g_instantsMutex);
        const auto it = g_instants.constFind(timestamp);
        if (it != g_instants.constEnd())
            return *it;
    }
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QString ClusterStore::objectKey(const QString &ns, const QString &name)
{
    return ns % u'/' % name;
}

qint64 ClusterStore::oldestResumableVersion() const
{
    return m_historyBase;
}

std::optional<QJsonObject> ClusterStore::get(const QString &resourceKey, const QString &ns,
                                             const QString &name) const
{
    const auto t = m_objects.constFind(resourceKey);
    if (t == m_objects.constEnd())
        return std::nullopt;
    const auto it = t->constFind(objectKey(ns, name));
    if (it == t->constEnd())
        return std::nullopt;
    return it.value();
}

QList<QJsonObject> ClusterStore::list(const QString &resourceKey, const QString &ns) const
{
    QList<QJsonObject> out;
    const auto t = m_objects.constFind(resourceKey);
    if (t == m_objects.constEnd())
        return out;
    if (ns.isEmpty()) {
        out.reserve(t->size());
        for (const QJsonObject &o : *t)
            out.append(o);
        return out;
    }
    const QString prefix = ns % u'/';
    for (auto it = t->lowerBound(prefix); it != t->constEnd() && it.key().startsWith(prefix); ++it)
        out.append(it.value());
    return out;
}

QList<QJsonObject> ClusterStore::ownedBy(const QString &resourceKey, const QString &ownerUid) const
{
    QList<QJsonObject> out;
    const auto it = m_owned.constFind(ownerUid);
    if (it == m_owned.constEnd())
        return out;
    const QString prefix = resourceKey % u'|';
    for (const QString &ref : *it) {
        if (!ref.startsWith(prefix))
            continue;
        const auto t = m_objects.constFind(resourceKey);
        if (t == m_objects.constEnd())
            continue;
        const auto o = t->constFind(ref.mid(prefix.size()));
        if (o != t->constEnd())
            out.append(o.value());
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"metadata"_s).toObject().value(u"name"_s).toString() <
               b.value(u"metadata"_s).toObject().value(u"name"_s).toString();
    });
    return out;
}

qsizetype ClusterStore::count(const QString &resourceKey) const
{
    return m_objects.value(resourceKey).size();
}

void ClusterStore::indexOwners(const QString &resourceKey, const QJsonObject &object, bool add)
{
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    const QString ref =
        resourceKey % u'|' %
        objectKey(meta.value(u"namespace"_s).toString(), meta.value(u"name"_s).toString());
    for (const QJsonValue &o : meta.value(u"ownerReferences"_s).toArray()) {
        const QString uid = o.toObject().value(u"uid"_s).toString();
        if (add) {
            m_owned[uid].insert(ref);
        } else {
            auto it = m_owned.find(uid);
            if (it != m_owned.end()) {
                it->remove(ref);
                if (it->isEmpty())
                    m_owned.erase(it);
            }
        }
    }
}

void ClusterStore::record(const QString &type, const QString &resourceKey,
                          const QJsonObject &object, const QJsonObject &previous)
{
    auto ev = std::make_shared<StoreEvent>();
    ev->type = type;
    ev->resourceKey = resourceKey;
    ev->ns = object.value(u"metadata"_s).toObject().value(u"namespace"_s).toString();
    ev->object = object;
    ev->previous = previous;
    ev->resourceVersion = m_rv;
    m_history.push_back(ev);
    while (int(m_history.size()) > m_historyLimit) {
        m_historyBase = m_history.front()->resourceVersion;
        m_history.pop_front();
    }
    Q_EMIT changed(ev);
}

std::optional<QList<StoreEventPtr>> ClusterStore::eventsSince(qint64 resourceVersion) const
{
    if (resourceVersion < m_historyBase)
        return std::nullopt;
    QList<StoreEventPtr> out;
    // History is ordered by version: binary search for the first newer event.
    auto it =
        std::upper_bound(m_history.begin(), m_history.end(), resourceVersion,
                         [](qint64 v, const StoreEventPtr &e) { return v < e->resourceVersion; });
    for (; it != m_history.end(); ++it)
        out.append(*it);
    return out;
}

ClusterStore::Result ClusterStore::create(const ApiResource &type, QJsonObject object)
{
    QJsonObject meta = object.value(u"metadata"_s).toObject();
    QString name = meta.value(u"name"_s).toString();
    if (name.isEmpty() && meta.contains(u"generateName"_s)) {
        const QString base = meta.value(u"generateName"_s).toString();
        do {
            name = base % randomSuffix(5);
        } while (get(type.key(), meta.value(u"namespace"_s).toString(), name));
    }
    if (name.isEmpty())
        return FailureStatus::invalid(
            u"%1 \"\" is invalid: metadata.name: Required value: name or generateName is required"_s
                .arg(type.kind));
    if (!validName(name))
        return FailureStatus::invalid(
            u"%1 \"%2\" is invalid: metadata.name: Invalid value: \"%2\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'"_s
                .arg(type.kind, name));
    const QString ns = type.namespaced ? meta.value(u"namespace"_s).toString() : QString();
    if (type.namespaced && ns.isEmpty())
        return FailureStatus::badRequest(u"the namespace of the object is required"_s);
    if (type.namespaced && !get(u"namespaces"_s, QString(), ns))
        return FailureStatus::notFound(u"namespaces"_s, QString(), ns);
    if (get(type.key(), ns, name))
        return FailureStatus::alreadyExists(type.resource, type.group, name);

    ++m_rv;
    meta.insert(u"name"_s, name);
    if (type.namespaced)
        meta.insert(u"namespace"_s, ns);
    else
        meta.remove(u"namespace"_s);
    meta.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    meta.insert(u"resourceVersion"_s, QString::number(m_rv));
    meta.insert(u"generation"_s, 1);
    if (!meta.contains(u"creationTimestamp"_s) || meta.value(u"creationTimestamp"_s).isNull())
        meta.insert(u"creationTimestamp"_s, now());
    meta.remove(u"deletionTimestamp"_s);
    object.insert(u"metadata"_s, meta);
    object.insert(u"apiVersion"_s, type.apiVersion());
    object.insert(u"kind"_s, type.kind);
    m_objects[type.key()].insert(objectKey(ns, name), object);
    indexOwners(type.key(), object, true);
    record(u"ADDED"_s, type.key(), object, {});
    return object;
}

ClusterStore::Result ClusterStore::update(const ApiResource &type, QJsonObject object, Scope scope,
                                          bool checkVersion)
{
    const QJsonObject newMeta = object.value(u"metadata"_s).toObject();
    const QString name = newMeta.value(u"name"_s).toString();
    const QString ns = type.namespaced ? newMeta.value(u"namespace"_s).toString() : QString();
    const auto current = get(type.key(), ns, name);
    if (!current)
        return FailureStatus::notFound(type.resource, type.group, name);
    const QJsonObject oldMeta = current->value(u"metadata"_s).toObject();
    if (checkVersion && newMeta.contains(u"resourceVersion"_s) &&
        newMeta.value(u"resourceVersion"_s).toString() !=
            oldMeta.value(u"resourceVersion"_s).toString()) {
        return FailureStatus::conflict(type.resource, type.group, name);
    }

    QJsonObject result;
    if (scope == Scope::Status) {
        result = *current;
        if (object.contains(u"status"_s))
            result.insert(u"status"_s, object.value(u"status"_s));
        else
            result.remove(u"status"_s);
    } else {
        result = object;
        if (scope == Scope::Main && type.statusSubresource) {
            if (current->contains(u"status"_s))
                result.insert(u"status"_s, current->value(u"status"_s));
            else
                result.remove(u"status"_s);
        }
        // Server-managed metadata survives any client write.
        QJsonObject meta = newMeta;
        for (const QString &k : {u"uid"_s, u"creationTimestamp"_s, u"generation"_s, u"namespace"_s,
                                 u"deletionTimestamp"_s}) {
            if (oldMeta.contains(k))
                meta.insert(k, oldMeta.value(k));
            else
                meta.remove(k);
        }
        meta.insert(u"resourceVersion"_s, oldMeta.value(u"resourceVersion"_s));
        result.insert(u"metadata"_s, meta);
    }
    result.insert(u"apiVersion"_s, type.apiVersion());
    result.insert(u"kind"_s, type.kind);

    if (result == *current)
        return result; // a no-op write does not bump the version (as the API server)

    // Spec changes (everything but metadata and, with a status subresource, status) bump
    // generation.
    QJsonObject meta = result.value(u"metadata"_s).toObject();
    const auto specOf = [&](const QJsonObject &o) {
        return type.statusSubresource
                   ? withoutKeys(o, {u"metadata"_s, u"status"_s, u"apiVersion"_s, u"kind"_s})
                   : withoutKeys(o, {u"metadata"_s, u"apiVersion"_s, u"kind"_s});
    };
    if (scope != Scope::Status && specOf(result) != specOf(*current))
        meta.insert(u"generation"_s, oldMeta.value(u"generation"_s).toInteger(1) + 1);
    ++m_rv;
    meta.insert(u"resourceVersion"_s, QString::number(m_rv));
    result.insert(u"metadata"_s, meta);

    indexOwners(type.key(), *current, false);
    m_objects[type.key()].insert(objectKey(ns, name), result);
    indexOwners(type.key(), result, true);
    record(u"MODIFIED"_s, type.key(), result, *current);
    return result;
}

ClusterStore::Result ClusterStore::beginDeletion(const ApiResource &type, const QString &ns,
                                                 const QString &name, int gracePeriodSeconds)
{
    const QString effectiveNs = type.namespaced ? ns : QString();
    const auto current = get(type.key(), effectiveNs, name);
    if (!current)
        return FailureStatus::notFound(type.resource, type.group, name);
    QJsonObject object = *current;
    QJsonObject meta = object.value(u"metadata"_s).toObject();
    if (meta.contains(u"deletionTimestamp"_s))
        return object;
    ++m_rv;
    meta.insert(u"deletionTimestamp"_s, now());
    meta.insert(u"deletionGracePeriodSeconds"_s, gracePeriodSeconds);
    meta.insert(u"resourceVersion"_s, QString::number(m_rv));
    object.insert(u"metadata"_s, meta);
    m_objects[type.key()].insert(objectKey(effectiveNs, name), object);
    record(u"MODIFIED"_s, type.key(), object, *current);
    return object;
}

ClusterStore::Result ClusterStore::remove(const ApiResource &type, const QString &ns,
                                          const QString &name)
{
    const QString effectiveNs = type.namespaced ? ns : QString();
    const auto current = get(type.key(), effectiveNs, name);
    if (!current)
        return FailureStatus::notFound(type.resource, type.group, name);
    m_objects[type.key()].remove(objectKey(effectiveNs, name));
    indexOwners(type.key(), *current, false);
    ++m_rv;
    QJsonObject last = *current;
    QJsonObject meta = last.value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(m_rv));
    last.insert(u"metadata"_s, meta);
    record(u"DELETED"_s, type.key(), last, {});

    // Garbage collection: what the object owned goes with it (foreground, at once).
    const QString uid = meta.value(u"uid"_s).toString();
    for (const ApiResource &child : ApiResource::all()) {
        if (!child.storable)
            continue;
        for (const QJsonObject &o : ownedBy(child.key(), uid)) {
            const QJsonObject m = o.value(u"metadata"_s).toObject();
            remove(child, m.value(u"namespace"_s).toString(), m.value(u"name"_s).toString());
        }
    }
    // Deleting a namespace deletes its content.
    if (type.resource == u"namespaces" && type.group.isEmpty()) {
        for (const ApiResource &child : ApiResource::all()) {
            if (!child.storable || !child.namespaced)
                continue;
            for (const QJsonObject &o : list(child.key(), name))
                remove(child, name, o.value(u"metadata"_s).toObject().value(u"name"_s).toString());
        }
    }
    return last;
}

} // namespace rd::sim
