#pragma once

#include <QJsonObject>
#include <QString>

namespace rd::sim {

class ClusterStore;

// Writes core/v1 Events about an object, as controllers do (repeats bump `count`).
class EventRecorder
{
public:
    explicit EventRecorder(ClusterStore *store)
        : m_store(store)
    {}
    void record(const QJsonObject &involved, const QString &type, const QString &reason,
                const QString &message,
                const QString &component = QStringLiteral("rollouts-controller"));

private:
    ClusterStore *m_store;
};

} // namespace rd::sim
