#pragma once

#include "core/Result.h"
#include "sim/FailureStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>

#include <deque>
#include <memory>
#include <optional>

namespace rd::sim {

struct ApiResource;

// One change in the store, as a watch stream reports it.
struct StoreEvent
{
    QString type; // ADDED, MODIFIED, DELETED
    QString resourceKey;
    QString ns;
    QJsonObject object;
    QJsonObject previous; // the object before a MODIFIED (for selector transitions)
    qint64 resourceVersion = 0;
};
using StoreEventPtr = std::shared_ptr<const StoreEvent>;

// The simulated server's etcd + registry (the client's cache is kube::ObjectCache): objects by
// type, one global resourceVersion, a bounded history of changes for watch resumption, and the
// storage rules of the API server (status subresource, generation, optimistic concurrency, owner
// cascade).
class ClusterStore : public QObject
{
    Q_OBJECT

public:
    enum class Scope {
        Main,      // a write to the resource itself: status is kept as stored
        Status,    // a write to /status: only status is taken
        Everything // an internal write that sets both (scenario setup)
    };
    // The object as stored, or the Status the API server would answer.
    using Result = core::Result<QJsonObject, FailureStatus>;

    explicit ClusterStore(QObject *parent = nullptr);
    ~ClusterStore() override;

    qint64 resourceVersion() const { return m_rv; }
    // The oldest version a watch may resume from; older ones get 410 Expired.
    qint64 oldestResumableVersion() const;
    void setHistoryLimit(int events) { m_historyLimit = events; }

    std::optional<QJsonObject> get(const QString &resourceKey, const QString &ns,
                                   const QString &name) const;
    // Sorted by namespace and name; empty ns = every namespace.
    QList<QJsonObject> list(const QString &resourceKey, const QString &ns = {}) const;
    // Objects of a type whose ownerReferences name the uid.
    QList<QJsonObject> ownedBy(const QString &resourceKey, const QString &ownerUid) const;
    qsizetype count(const QString &resourceKey) const;

    Result create(const ApiResource &type, QJsonObject object);
    // Replaces an object. With checkVersion, metadata.resourceVersion must match (409 otherwise).
    Result update(const ApiResource &type, QJsonObject object, Scope scope, bool checkVersion);
    Result remove(const ApiResource &type, const QString &ns, const QString &name);
    // Graceful deletion: sets metadata.deletionTimestamp (a kubelet removes the object later).
    Result beginDeletion(const ApiResource &type, const QString &ns, const QString &name,
                         int gracePeriodSeconds);

    // The events after `resourceVersion`, or nullopt when that version is no longer retained.
    std::optional<QList<StoreEventPtr>> eventsSince(qint64 resourceVersion) const;

    // RFC 3339 UTC with second precision, as metav1.Time.
    static QString now();
    // The instant (ms since epoch) a timestamp written by now() stood for, to the millisecond;
    // other timestamps are parsed. -1 when unparsable.
    static qint64 preciseMSecs(const QString &timestamp);

Q_SIGNALS:
    void changed(const rd::sim::StoreEventPtr &event);

private:
    static QString objectKey(const QString &ns, const QString &name);
    void record(const QString &type, const QString &resourceKey, const QJsonObject &object,
                const QJsonObject &previous);
    void indexOwners(const QString &resourceKey, const QJsonObject &object, bool add);

    qint64 m_rv = 100;
    int m_historyLimit = 20000;
    qint64 m_uidCounter = 0;
    QHash<QString, QMap<QString, QJsonObject>> m_objects;
    // owner uid -> "resourceKey|ns/name"
    QHash<QString, QSet<QString>> m_owned;
    std::deque<StoreEventPtr> m_history;
    qint64 m_historyBase = 100; // the store's version before the oldest retained event
};

} // namespace rd::sim
