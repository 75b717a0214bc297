#include "sim/ListSnapshots.h"

#include <algorithm>

namespace rd::sim {

quint64 ListSnapshots::add(qint64 resourceVersion, QList<QJsonObject> items)
{
    expire();
    while (m_snapshots.size() >= std::size_t(maxSnapshots))
        m_snapshots.pop_front();
    Snapshot snapshot;
    snapshot.id = m_nextId++;
    snapshot.resourceVersion = resourceVersion;
    snapshot.items = std::move(items);
    snapshot.age.start();
    m_snapshots.push_back(std::move(snapshot));
    return m_snapshots.back().id;
}

const ListSnapshots::Snapshot *ListSnapshots::find(quint64 id)
{
    expire();
    const auto it = std::find_if(m_snapshots.cbegin(), m_snapshots.cend(),
                                 [id](const Snapshot &s) { return s.id == id; });
    return it == m_snapshots.cend() ? nullptr : &*it;
}

void ListSnapshots::remove(quint64 id)
{
    const auto it = std::find_if(m_snapshots.cbegin(), m_snapshots.cend(),
                                 [id](const Snapshot &s) { return s.id == id; });
    if (it != m_snapshots.cend())
        m_snapshots.erase(it);
}

void ListSnapshots::expire()
{
    while (!m_snapshots.empty() && m_snapshots.front().age.elapsed() > maxAgeMs)
        m_snapshots.pop_front();
}

} // namespace rd::sim
