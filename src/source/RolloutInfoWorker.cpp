#include "source/RolloutInfoWorker.h"

#include "core/ObjectSet.h"
#include "core/RolloutInfoBuilder.h"
#include "kube/ObjectCache.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

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

RolloutInfoWorker::RolloutInfoWorker(Deliver deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
    , m_inThread(std::make_unique<QObject>())
{
    // Linux thread names hold 15 bytes: a longer name would not be set at all.
    m_thread.setObjectName(QStringLiteral("rd-info-worker"));
    m_inThread->moveToThread(&m_thread);
    m_thread.start();
}

RolloutInfoWorker::~RolloutInfoWorker()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.clear();
        m_order.clear();
    }
    m_thread.quit();
    // Bounded: drain() checks m_stopping between computations, each takes milliseconds.
    m_thread.wait();
    // The thread is gone: its context can go from here (events still posted to it go with it).
    m_inThread.reset();
}

void RolloutInfoWorker::submit(QList<Input> inputs)
{
    if (inputs.isEmpty())
        return;
    bool start = false;
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
        start = !m_draining;
        m_draining = true;
    }
    if (start)
        QMetaObject::invokeMethod(
            m_inThread.get(), [this] { drain(); }, Qt::QueuedConnection);
}

void RolloutInfoWorker::drain()
{
    QList<Output> batch;
    QElapsedTimer batchAge;
    batchAge.start();
    auto send = [this, &batch] {
        if (batch.isEmpty())
            return;
        // Posted to this object, which lives on the owner's thread; its destructor joins this
        // thread first, so the object is alive when the post is made.
        QMetaObject::invokeMethod(
            this, [this, out = std::move(batch)] { m_deliver(out); }, Qt::QueuedConnection);
        batch = {};
    };
    while (!m_stopping) {
        Input input;
        {
            QMutexLocker lock(&m_mutex);
            if (m_order.isEmpty()) {
                m_draining = false;
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

std::shared_ptr<const core::RolloutInfo> RolloutInfoWorker::compute(const Input &input)
{
    const QJsonObject json = kube::ObjectCache::unpack(input.rollout);
    auto rollout = core::Rollout::fromJson(json);
    if (!rollout) {
        // Never leave the old state on show: the rollout becomes an error row with the message.
        qCWarning(lcSource) << "cannot read rollout" << input.key << rollout.errorMessage();
        return std::make_shared<const core::RolloutInfo>(
            core::RolloutInfoBuilder::unreadable(json, rollout.errorMessage()));
    }
    core::ObjectSet set;
    set.add(json);
    for (const QByteArray &object : input.related)
        set.add(kube::ObjectCache::unpack(object));
    return std::make_shared<const core::RolloutInfo>(
        core::RolloutInfoBuilder::build(*rollout, set));
}

} // namespace rd::source
