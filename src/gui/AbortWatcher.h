#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace rd::core {
struct RolloutInfo;
}
namespace rd::source {
class RolloutSource;
}

namespace rd::gui {

// Confirms an abort by its result (issue 13): after an abort sent from the window it follows that
// rollout's changes until the canary weight is 0 and the stable ReplicaSet is fully available,
// then reports how long it took; if that has not happened within min(progressDeadlineSeconds,
// 2 minutes) it warns and names what still serves the canary.
class AbortWatcher : public QObject
{
    Q_OBJECT
public:
    explicit AbortWatcher(QObject *parent = nullptr);
    ~AbortWatcher() override;

    void setSource(source::RolloutSource *source);
    // Starts following `key` (an abort of it was just accepted).
    void watch(const QString &key);
    bool isWatching(const QString &key) const { return m_watched.contains(key); }
    // For tests: a shorter upper bound than 2 minutes.
    void setMaximumWaitMs(qint64 ms) { m_maximumWaitMs = ms; }

    // Whether all traffic is on the stable version again.
    static bool backOnStable(const core::RolloutInfo &info);
    // What still serves the canary, in words ("ReplicaSet x (revision 3): 1 available pod").
    static QString stillServing(const core::RolloutInfo &info);

Q_SIGNALS:
    // For the message bar; `warning` when the deadline passed first.
    void message(const QString &text, bool warning);

private:
    struct Watch
    {
        QElapsedTimer since;
        QTimer *deadline = nullptr; // child of the watcher
    };
    void check(const QString &key);
    void expire(const QString &key);
    // Stops following `key`; returns how long it was followed, in ms.
    qint64 stop(const QString &key);

    QPointer<source::RolloutSource> m_source;
    QHash<QString, Watch> m_watched;
    qint64 m_maximumWaitMs = 120'000;
};

} // namespace rd::gui
