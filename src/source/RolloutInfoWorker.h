#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::source {

// Decodes objects and computes RolloutInfo on threads of its own, so that the first load of
// 10,000 rollouts or a burst of watch events never holds up the thread that owns the source (the
// GUI thread). Inputs are independent of each other, so a first load is shared among a few
// threads (one per core, at most kMaxThreads): after the last list arrives, computing every
// rollout is the only work left before the board is whole. Inputs are the objects' packed text as
// the cache keeps it (implicitly shared byte arrays, safe to read from another thread: gathering
// them copies nothing); results come back as values, in batches, on the owner's thread. A key
// submitted again before its turn is computed once, from the newest input: the worker never decodes
// a state already superseded.
class RolloutInfoWorker : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QString key;
        quint64 generation = 0;    // the owner applies only the newest generation of a key
        QByteArray rollout;        // kube::ObjectCache::pack() text
        QList<QByteArray> related; // children by owner uid, the workloadRef's Deployment
    };
    struct Output
    {
        QString key;
        quint64 generation = 0;
        std::shared_ptr<const core::RolloutInfo> info;
    };
    using Deliver = std::function<void(const QList<Output> &)>;

    static constexpr int kMaxThreads = 4;

    // `deliver` runs on the thread that created the worker, never after its destruction, one
    // batch per turn of that thread's event loop (two threads finishing batches together must not
    // add up to one long stall of the GUI). Results of different keys may come in any order; of
    // one key, only the newest generation counts (two generations of a key can be computed at
    // once on two threads).
    explicit RolloutInfoWorker(Deliver deliver, QObject *parent = nullptr);
    RolloutInfoWorker(Deliver deliver, int threads, QObject *parent = nullptr);
    // Drops what is pending and joins the threads: bounded by one RolloutInfo computation.
    ~RolloutInfoWorker() override;

    void submit(QList<Input> inputs);
    // Computations done so far (tests and benchmarks).
    int computedCount() const { return m_computed.load(); }
    int threadCount() const { return int(m_threads.size()); }
    // One per core, within [1, kMaxThreads].
    static int defaultThreadCount();

    // What the worker delivers for an input (on the calling thread; tests compare with it).
    static std::shared_ptr<const core::RolloutInfo> compute(const Input &input);

private:
    struct Lane
    {
        QThread thread;
        std::unique_ptr<QObject> context; // the context of jobs run on `thread`
        bool draining = false;            // guarded by m_mutex
    };

    void drain(Lane *lane);
    // Owner's thread: hands the oldest finished batch to m_deliver, and comes back on the next
    // turn of the event loop while more are waiting.
    void deliverOne();

    Deliver m_deliver;
    std::vector<std::unique_ptr<Lane>> m_threads;
    QMutex m_mutex;
    // Guarded by m_mutex: the inputs waiting, newest per key, in first-submitted order.
    QHash<QString, Input> m_pending;
    QStringList m_order;
    QList<QList<Output>> m_finished; // guarded by m_mutex: batches waiting for deliverOne()
    bool m_deliveryPosted = false;   // guarded by m_mutex
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_computed{0};
};

} // namespace rd::source
