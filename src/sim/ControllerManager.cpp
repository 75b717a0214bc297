#include "sim/ControllerManager.h"

#include "sim/AnalysisController.h"
#include "sim/ApiResource.h"
#include "sim/EventRecorder.h"
#include "sim/ExperimentController.h"
#include "sim/Kubelet.h"
#include "sim/ObjectFields.h"
#include "sim/ReplicaSetController.h"
#include "sim/RolloutController.h"

#include <algorithm>

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {
constexpr int BatchSize = 500; // work items per event-loop turn, so HTTP stays responsive
}

ControllerManager::ControllerManager(ClusterStore *store, double speed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_events(std::make_unique<EventRecorder>(store))
    , m_rollouts(std::make_unique<RolloutController>(this))
    , m_replicaSets(std::make_unique<ReplicaSetController>(this))
    , m_kubelet(std::make_unique<Kubelet>(this))
    , m_analysis(std::make_unique<AnalysisController>(this))
    , m_experiments(std::make_unique<ExperimentController>(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ControllerManager::processQueue);
    connect(m_store, &ClusterStore::changed, this, &ControllerManager::onStoreChanged);
    connect(&m_eventSweep, &QTimer::timeout, this, [this] { m_events->expire(); });
}

ControllerManager::~ControllerManager() = default;

void ControllerManager::setEventTimeToLive(double seconds)
{
    // Real time, as the API server's flag: a fast simulation does not age its Events faster
    // (tests at speed 100 read Events minutes after they were written).
    const qint64 ms = seconds > 0 ? std::max<qint64>(1, qint64(seconds * 1000.0)) : 0;
    m_events->setTimeToLiveMs(ms);
    // Swept ten times per lifetime (at most every 10 s): an Event outlives its TTL by a tenth.
    if (ms > 0)
        m_eventSweep.start(int(std::clamp<qint64>(ms / 10, 1, 10000)));
    else
        m_eventSweep.stop();
}

void ControllerManager::start()
{
    m_running = true;
    const auto all = [this](const QString &key, Kind kind) {
        for (const QJsonObject &o : m_store->list(key))
            enqueue(kind, fields::ns(o), fields::name(o));
    };
    all(u"pods"_s, Kind::Pod);
    all(u"replicasets.apps"_s, Kind::ReplicaSet);
    all(u"analysisruns.argoproj.io"_s, Kind::AnalysisRun);
    all(u"experiments.argoproj.io"_s, Kind::Experiment);
    all(u"rollouts.argoproj.io"_s, Kind::Rollout);
}

void ControllerManager::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue.clear();
    m_queued.clear();
}

int ControllerManager::realMs(double simSeconds) const
{
    return std::max(0, int(simSeconds * 1000.0 / m_speed));
}

double ControllerManager::simSecondsSince(const QString &timestamp) const
{
    const qint64 t = ClusterStore::preciseMSecs(timestamp);
    if (t < 0)
        return 0;
    return double(QDateTime::currentMSecsSinceEpoch() - t) / 1000.0 * m_speed;
}

void ControllerManager::enqueue(Kind kind, const QString &ns, const QString &name)
{
    if (!m_running || name.isEmpty())
        return;
    Item item{kind, ns, name};
    if (m_queued.contains(item))
        return;
    m_queued.insert(item);
    m_queue.append(item);
    if (!m_timer.isActive())
        m_timer.start();
}

void ControllerManager::enqueueAfter(Kind kind, const QString &ns, const QString &name,
                                     int realMilliseconds)
{
    QTimer::singleShot(std::max(1, realMilliseconds), this,
                       [this, kind, ns, name] { enqueue(kind, ns, name); });
}

void ControllerManager::onStoreChanged(const StoreEventPtr &ev)
{
    if (!m_running)
        return;
    const QString &key = ev->resourceKey;
    const QJsonObject &o = ev->object;
    const QString ns = fields::ns(o);
    if (key == u"rollouts.argoproj.io") {
        enqueue(Kind::Rollout, ns, fields::name(o));
    } else if (key == u"replicasets.apps") {
        enqueue(Kind::ReplicaSet, ns, fields::name(o));
        enqueue(Kind::Rollout, ns, fields::ownerName(o, u"Rollout"_s));
        enqueue(Kind::Experiment, ns, fields::ownerName(o, u"Experiment"_s));
    } else if (key == u"pods") {
        enqueue(Kind::Pod, ns, fields::name(o));
        const QString rs = fields::ownerName(o, u"ReplicaSet"_s);
        enqueue(Kind::ReplicaSet, ns, rs);
    } else if (key == u"analysisruns.argoproj.io") {
        enqueue(Kind::AnalysisRun, ns, fields::name(o));
        enqueue(Kind::Rollout, ns, fields::ownerName(o, u"Rollout"_s));
        enqueue(Kind::Experiment, ns, fields::ownerName(o, u"Experiment"_s));
    } else if (key == u"experiments.argoproj.io") {
        enqueue(Kind::Experiment, ns, fields::name(o));
        enqueue(Kind::Rollout, ns, fields::ownerName(o, u"Rollout"_s));
    } else if (key == u"deployments.apps") {
        // Rollouts with a workloadRef follow their Deployment's template.
        for (const QJsonObject &ro : m_store->list(u"rollouts.argoproj.io"_s, ns)) {
            const QJsonObject ref = fields::spec(ro).value(u"workloadRef"_s).toObject();
            if (ref.value(u"name"_s).toString() == fields::name(o))
                enqueue(Kind::Rollout, ns, fields::name(ro));
        }
    } else if (key == u"analysistemplates.argoproj.io") {
        // A template change may decide a run's result.
        for (const QJsonObject &run : m_store->list(u"analysisruns.argoproj.io"_s, ns))
            enqueue(Kind::AnalysisRun, ns, fields::name(run));
    }
}

void ControllerManager::processQueue()
{
    int n = 0;
    while (!m_queue.isEmpty() && n++ < BatchSize && m_running) {
        const Item item = m_queue.takeFirst();
        m_queued.remove(item);
        switch (item.kind) {
        case Kind::Rollout:
            m_rollouts->reconcile(item.ns, item.name);
            break;
        case Kind::ReplicaSet:
            m_replicaSets->reconcile(item.ns, item.name);
            break;
        case Kind::Pod:
            m_kubelet->reconcile(item.ns, item.name);
            break;
        case Kind::AnalysisRun:
            m_analysis->reconcile(item.ns, item.name);
            break;
        case Kind::Experiment:
            m_experiments->reconcile(item.ns, item.name);
            break;
        }
    }
    if (!m_queue.isEmpty() && m_running)
        m_timer.start();
}

} // namespace rd::sim
