#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace rd::sim {

class ClusterStore;

// Writes core/v1 Events about an object, as controllers do (repeats bump `count`), and deletes
// them once they have not been written for their time to live, as the API server's one-hour
// event TTL does: without it a cluster under churn would hold ever more Events, and so would
// every client watching them.
class EventRecorder
{
public:
    explicit EventRecorder(ClusterStore *store);
    void record(const QJsonObject &involved, const QString &type, const QString &reason,
                const QString &message,
                const QString &component = QStringLiteral("rollouts-controller"));

    // Real milliseconds an Event lives after its last write; 0 keeps Events for ever.
    void setTimeToLiveMs(qint64 ms) { m_ttlMs = ms; }
    qint64 timeToLiveMs() const { return m_ttlMs; }
    // Deletes the recorded Events whose time is up; returns how many.
    int expire();

private:
    ClusterStore *m_store;
    qint64 m_ttlMs = 0;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_expiresAt; // "namespace/name" -> m_clock time
};

} // namespace rd::sim
