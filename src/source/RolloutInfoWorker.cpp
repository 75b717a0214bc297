#include "source/RolloutInfoWorker.h"

#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "kube/ObjectCache.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSource)

namespace rd::source {

namespace {
// A batch goes to the owner after this much work or this many results, whichever comes first
// (or when nothing is left, so a lone change is not held back): the first rows show early, and
// applying one batch stays short on the owner's thread. Each batch also costs the owner a
// recount and a repaint of the board, so a first load comes in tens of batches, not hundreds.
constexpr qint64 kBatchMs = 50;
constexpr qsizetype kBatchSize = 500;
} // namespace

int RolloutInfoWorker::defaultThreadCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, kMaxThreads);
}

RolloutInfoWorker::RolloutInfoWorker(Deliver deliver, QObject *parent)
    : RolloutInfoWorker(std::move(deliver), defaultThreadCount(), parent)
{}

RolloutInfoWorker::RolloutInfoWorker(Deliver deliver, int threads, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
{
    threads = std::clamp(threads, 1, kMaxThreads);
    for (int i = 0; i < threads; ++i) {
        auto lane = std::make_unique<Lane>();
        // Linux thread names hold 15 bytes: a longer name would not be set at all.
        lane->thread.setObjectName(QStringLiteral("rd-info-%1").arg(i));
        lane->context = std::make_unique<QObject>();
        lane->context->moveToThread(&lane->thread);
        lane->thread.start();
        m_threads.push_back(std::move(lane));
    }
}

RolloutInfoWorker::~RolloutInfoWorker()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.clear();
        m_order.clear();
        m_finished.clear();
    }
    for (auto &lane : m_threads)
        lane->thread.quit();
    // Bounded: drain() checks m_stopping between computations, each takes milliseconds.
    for (auto &lane : m_threads) {
        lane->thread.wait();
        // The thread is gone: its context can go (events still posted to it go with it).
        lane->context.reset();
    }
}

void RolloutInfoWorker::submit(QList<Input> inputs)
{
    if (inputs.isEmpty())
        return;
    QList<Lane *> start;
    {
        QMutexLocker lock(&m_mutex);
        for (Input &in : inputs) {
            auto it = m_pending.find(in.key);
            if (it == m_pending.end()) {
                m_order.append(in.key);
                m_pending.insert(in.key, std::move(in));
            } else {
                *it = std::move(in); // superseded before it was computed
            }
        }
        // As many lanes as there is work for: a lone change wakes one thread, a first load all.
        qsizetype idleWanted = m_order.size();
        for (auto &lane : m_threads) {
            if (idleWanted == 0)
                break;
            if (lane->draining) {
                --idleWanted; // already taking from the queue
                continue;
            }
            lane->draining = true;
            start << lane.get();
            --idleWanted;
        }
    }
    for (Lane *lane : start)
        QMetaObject::invokeMethod(
            lane->context.get(), [this, lane] { drain(lane); }, Qt::QueuedConnection);
}

void RolloutInfoWorker::drain(Lane *lane)
{
    QList<Output> batch;
    QElapsedTimer batchAge;
    batchAge.start();
    auto send = [this, &batch] {
        if (batch.isEmpty())
            return;
        bool post = false;
        {
            QMutexLocker lock(&m_mutex);
            m_finished.append(std::move(batch));
            post = !std::exchange(m_deliveryPosted, true);
        }
        batch = {};
        // Posted to this object, which lives on the owner's thread; its destructor joins this
        // thread first, so the object is alive when the post is made.
        if (post)
            QMetaObject::invokeMethod(this, &RolloutInfoWorker::deliverOne, Qt::QueuedConnection);
    };
    for (;;) {
        Input input;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping || m_order.isEmpty()) {
                // A drained queue lets go of its room: a first load of 10,000 rollouts would
                // otherwise keep the hash's and the list's capacity for the whole session.
                if (m_order.isEmpty() && m_order.capacity() > 0) {
                    m_order = {};
                    m_pending = {};
                }
                lane->draining = false;
                break;
            }
            input = m_pending.take(m_order.takeFirst());
        }
        Output out{input.key, input.generation, compute(input)};
        ++m_computed;
        batch.append(std::move(out));
        if (batch.size() >= kBatchSize || batchAge.elapsed() >= kBatchMs) {
            send();
            batchAge.restart();
        }
    }
    send();
}

void RolloutInfoWorker::deliverOne()
{
    QList<Output> batch;
    bool more = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_finished.isEmpty()) {
            m_deliveryPosted = false;
            return;
        }
        batch = m_finished.takeFirst();
        more = !m_finished.isEmpty();
        m_deliveryPosted = more;
    }
    m_deliver(batch);
    // A zero timer, not another posted call: posted calls all run in one pass of the event
    // loop, timers come after what else is waiting (a repaint, input).
    if (more)
        QTimer::singleShot(0, this, &RolloutInfoWorker::deliverOne);
}

std::shared_ptr<const core::RolloutInfo> RolloutInfoWorker::compute(const Input &input)
{
    // Straight from the packed texts (ParsedJson): unpacking each into a QJsonObject tree and
    // reading fields from that was two thirds of the worker's time.
    auto rollout = core::Rollout::fromText(input.rollout);
    if (!rollout) {
        // Never leave the old state on show: the rollout becomes an error row with the message.
        qCWarning(lcSource) << "cannot read rollout" << input.key << rollout.errorMessage();
        return std::make_shared<const core::RolloutInfo>(core::RolloutInfoBuilder::unreadable(
            kube::ObjectCache::unpack(input.rollout), rollout.errorMessage()));
    }
    core::ObjectSet set;
    set.rollouts.append(std::move(rollout).value());
    for (const QByteArray &object : input.related)
        set.addText(object);
    return std::make_shared<const core::RolloutInfo>(
        core::RolloutInfoBuilder::build(set.rollouts.constFirst(), set));
}

} // namespace rd::source
