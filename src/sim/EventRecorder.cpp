#include "sim/EventRecorder.h"

#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

EventRecorder::EventRecorder(ClusterStore *store)
    : m_store(store)
{
    m_clock.start();
}

int EventRecorder::expire()
{
    if (m_ttlMs <= 0)
        return 0;
    const ApiResource *events = ApiResource::find(QString(), u"events"_s);
    const qint64 now = m_clock.elapsed();
    int deleted = 0;
    for (auto it = m_expiresAt.begin(); it != m_expiresAt.end();) {
        if (it.value() > now) {
            ++it;
            continue;
        }
        const qsizetype slash = it.key().indexOf(u'/');
        // Gone already (deleted by a client) is fine too.
        (void)m_store->remove(*events, it.key().left(slash), it.key().mid(slash + 1));
        it = m_expiresAt.erase(it);
        ++deleted;
    }
    return deleted;
}

void EventRecorder::record(const QJsonObject &involved, const QString &type, const QString &reason,
                           const QString &message, const QString &component)
{
    const ApiResource *events = ApiResource::find(QString(), u"events"_s);
    const QJsonObject meta = involved.value(u"metadata"_s).toObject();
    const QString ns = meta.value(u"namespace"_s).toString();
    if (ns.isEmpty())
        return;
    // One event object per (object, reason, message): repeats bump count, as the recorder does.
    const QByteArray id = QCryptographicHash::hash(
        (meta.value(u"uid"_s).toString() % reason % message).toUtf8(), QCryptographicHash::Sha1);
    const QString name =
        meta.value(u"name"_s).toString() % u'.' % QString::fromLatin1(id.toHex().left(16));
    const QString now = ClusterStore::now();
    if (m_ttlMs > 0)
        m_expiresAt.insert(ns % u'/' % name, m_clock.elapsed() + m_ttlMs);
    if (auto existing = m_store->get(events->key(), ns, name)) {
        QJsonObject e = *existing;
        e.insert(u"count"_s, e.value(u"count"_s).toInt(1) + 1);
        e.insert(u"lastTimestamp"_s, now);
        m_store->update(*events, e, ClusterStore::Scope::Everything, false);
        return;
    }
    QJsonObject e{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
                  {u"involvedObject"_s,
                   QJsonObject{{u"kind"_s, involved.value(u"kind"_s)},
                               {u"namespace"_s, ns},
                               {u"name"_s, meta.value(u"name"_s)},
                               {u"uid"_s, meta.value(u"uid"_s)},
                               {u"apiVersion"_s, involved.value(u"apiVersion"_s)},
                               {u"resourceVersion"_s, meta.value(u"resourceVersion"_s)}}},
                  {u"reason"_s, reason},
                  {u"message"_s, message},
                  {u"type"_s, type},
                  {u"source"_s, QJsonObject{{u"component"_s, component}}},
                  {u"reportingComponent"_s, component},
                  {u"firstTimestamp"_s, now},
                  {u"lastTimestamp"_s, now},
                  {u"count"_s, 1}};
    m_store->create(*events, e);
}

} // namespace rd::sim
