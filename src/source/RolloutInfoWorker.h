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

namespace rd::core {
struct RolloutInfo;
}

namespace rd::source {

// Decodes objects and computes RolloutInfo on a thread of its own, so that the first load of
// 10,000 rollouts or a burst of watch events never holds up the thread that owns the source (the
// GUI thread). Inputs are the objects' packed text as the cache keeps it (implicitly shared byte
// arrays, safe to read from another thread: gathering them copies nothing); results come back
// as values, in batches, on the owner's thread. A key submitted again before its turn is
// computed once, from the newest input: the worker never decodes a state already superseded.
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

    // `deliver` runs on the thread that created the worker, never after its destruction.
    explicit RolloutInfoWorker(Deliver deliver, QObject *parent = nullptr);
    // Drops what is pending and joins the thread: bounded by one RolloutInfo computation.
    ~RolloutInfoWorker() override;

    void submit(QList<Input> inputs);
    // Computations done so far (tests and benchmarks).
    int computedCount() const { return m_computed.load(); }

    // What the worker delivers for an input (on the calling thread; tests compare with it).
    static std::shared_ptr<const core::RolloutInfo> compute(const Input &input);

private:
    void drain();

    Deliver m_deliver;
    QThread m_thread;
    std::unique_ptr<QObject> m_inThread; // the context of jobs run on m_thread
    QMutex m_mutex;
    // Guarded by m_mutex: the inputs waiting, newest per key, in first-submitted order.
    QHash<QString, Input> m_pending;
    QStringList m_order;
    bool m_draining = false;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_computed{0};
};

} // namespace rd::source
