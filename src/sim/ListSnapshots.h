#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

namespace rd::sim {

// The objects of one paginated list, frozen when its first page was served, so that every later
// page costs O(page) instead of O(whole list) and all pages show one resourceVersion (as the API
// server's watch cache serves a paginated list from one snapshot). Bounded in count and age: a
// client that never comes back for the next page costs nothing for long.
class ListSnapshots
{
public:
    struct Snapshot
    {
        quint64 id = 0;
        qint64 resourceVersion = 0;
        QList<QJsonObject> items; // matching the list's selectors, in list order
        QElapsedTimer age;
    };

    static constexpr int maxSnapshots = 16;
    static constexpr qint64 maxAgeMs = 120'000;

    // Keeps `items` and returns the new snapshot's id.
    quint64 add(qint64 resourceVersion, QList<QJsonObject> items);
    // The snapshot, or nullptr when it expired or was never made.
    const Snapshot *find(quint64 id);
    void remove(quint64 id);
    int size() const { return int(m_snapshots.size()); }

private:
    void expire();

    std::deque<Snapshot> m_snapshots; // oldest first
    quint64 m_nextId = 1;
};

} // namespace rd::sim
