#include "source/ClusterRolloutSource.h"

#include "core/AllocatorTuning.h"
#include "core/ProcessExit.h"
#include "core/RolloutInfo.h"
#include "kube/AccessReview.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "kube/ObjectCache.h"
#include "kube/ObjectName.h"
#include "kube/Reflector.h"
#include "source/ClusterActionRunner.h"
#include "source/ClusterEventLister.h"
#include "source/KubeconfigFollow.h"
#include "source/KubeconfigWatcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSource, "rd.source", QtInfoMsg)

namespace rd::source {

namespace {
enum KindIndex {
    KRollout = 0,
    KReplicaSet,
    KPod,
    KAnalysisRun,
    KExperiment,
    KDeployment,
    KEvent, // optional: not part of readiness or the connection state
    KCount
};

kube::ResourceKind resourceKind(int k)
{
    switch (k) {
    case KRollout:
        return kube::ResourceKind::rollouts();
    case KReplicaSet:
        return kube::ResourceKind::replicaSets();
    case KPod:
        return kube::ResourceKind::pods();
    case KAnalysisRun:
        return kube::ResourceKind::analysisRuns();
    case KExperiment:
        return kube::ResourceKind::experiments();
    case KDeployment:
        return kube::ResourceKind::deployments();
    default:
        return kube::ResourceKind::events();
    }
}

// How long one turn may spend gathering what the worker computes from.
constexpr qint64 kFlushSliceMs = 8;
// After the last list of a burst of (re)lists: long enough that the infos of a first load are
// computed (their inputs freed) before the release.
constexpr int kReleaseMemoryAfterMs = 5000;

// "kind|namespace/name"; the kind index is one digit.
static_assert(KCount <= 10);
QString typedKey(int kind, const QString &key)
{
    return QChar(u'0' + kind) + (u'|' + key);
}
int kindOfTypedKey(const QString &typed)
{
    return typed.at(0).unicode() - u'0';
}
QString keyOfTypedKey(const QString &typed)
{
    return typed.mid(2);
}
} // namespace

ClusterRolloutSource::ClusterRolloutSource(std::unique_ptr<kube::KubeClient> client, QString ns,
                                           QObject *parent)
    : RolloutSource(parent)
    , m_client(std::move(client))
    , m_ns(std::move(ns))
{
    m_worker = std::make_unique<RolloutInfoWorker>(
        [this](const QList<RolloutInfoWorker::Output> &outputs) { onComputed(outputs); });
    connect(m_client.get(), &kube::KubeClient::warning, this, &RolloutSource::warning);
    m_releaseMemory.setSingleShot(true);
    m_releaseMemory.setInterval(kReleaseMemoryAfterMs);
    connect(&m_releaseMemory, &QTimer::timeout, this,
            [] { QThreadPool::globalInstance()->start(&core::releaseFreeMemory); });
    for (int k = 0; k < KCount; ++k) {
        const auto rk = resourceKind(k);
        auto store = std::make_unique<kube::ObjectCache>(rk.kind);
        // The refs of the object just written come with it (read where it was decoded): the
        // index is kept without decoding anything here. Removals are rare: their last state
        // comes decoded.
        auto written = [this, k, s = store.get()](const QString &key) {
            onObject(k, key, s->refs(key), false);
        };
        connect(store.get(), &kube::ObjectCache::objectAdded, this, written);
        connect(store.get(), &kube::ObjectCache::objectReplaced, this, written);
        connect(store.get(), &kube::ObjectCache::objectRemoved, this,
                [this, k](const QString &key, const QJsonObject &last) {
                    onObject(k, key, kube::ObjectCache::refsOf(last), true);
                });
        auto reflector = std::make_unique<kube::Reflector>(m_client.get(), rk, m_ns, store.get());
        connect(reflector.get(), &kube::Reflector::synced, this, [this, k, s = store.get()] {
            qCDebug(lcSource) << resourceKind(k).plural << "listed:" << s->size() << "after"
                              << m_loadClock.elapsed() << "ms";
            m_releaseMemory.start(); // restarted by every list: one release after a relist storm
        });
        if (k != KEvent) {
            connect(reflector.get(), &kube::Reflector::stateChanged, this,
                    &ClusterRolloutSource::updateConnectionState);
            connect(reflector.get(), &kube::Reflector::synced, this,
                    &ClusterRolloutSource::updateConnectionState);
        }
        m_stores.push_back(std::move(store));
        m_reflectors.push_back(std::move(reflector));
    }
}

ClusterRolloutSource::~ClusterRolloutSource()
{
    // First the worker: joining its thread drops whatever it would still deliver.
    m_worker.reset();
    // Reflectors and stores must not call back into a source being destroyed.
    for (auto &r : m_reflectors)
        r->disconnect(this);
    for (auto &s : m_stores)
        s->disconnect(this);
    m_reflectors.clear();
    // At the end of the process the index and the infos (a few million small blocks at 10,000
    // rollouts) go with the process instead of being freed one by one; the stores do the same.
    core::ProcessExit::release(m_infos);
    core::ProcessExit::release(m_nodes);
    core::ProcessExit::release(m_byUid);
    core::ProcessExit::release(m_childrenOf);
    core::ProcessExit::release(m_workloadOf);
    core::ProcessExit::release(m_eventsOf);
    core::ProcessExit::release(m_computing);
    core::ProcessExit::release(m_firstLoad);
    core::ProcessExit::release(m_dirty);
}

void ClusterRolloutSource::start()
{
    m_loadClock.start();
    setConnectionState(ConnectionState::Connecting);
    for (auto &r : m_reflectors)
        r->start();
    if (connectionState() != ConnectionState::Failed) // e.g. a hostile namespace: ask nothing
        askWhoIAm();
}

// The user name the server knows us by (SelfSubjectReview, Kubernetes 1.28+ and the simulator),
// for the History tab's Who column. A server without it leaves the kubeconfig's user entry.
void ClusterRolloutSource::askWhoIAm()
{
    kube::KubeRequest request;
    request.verb = "POST"_ba;
    request.path = u"/apis/authentication.k8s.io/v1/selfsubjectreviews"_s;
    request.contentType = "application/json"_ba;
    request.body = R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})"_ba;
    kube::KubeReply *reply = m_client->send(request);
    connect(reply, &kube::KubeReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok())
            m_reviewedUser = reply->json()
                                 .value(u"status"_s)
                                 .toObject()
                                 .value(u"userInfo"_s)
                                 .toObject()
                                 .value(u"username"_s)
                                 .toString();
    });
}

QStringList ClusterRolloutSource::contexts() const
{
    return m_follow ? m_follow->contexts() : QStringList{m_client->contextName()};
}

QString ClusterRolloutSource::contextNamespace() const
{
    return m_client->defaultNamespace();
}

void ClusterRolloutSource::listNamespaces()
{
    kube::KubeRequest request;
    request.path = u"/api/v1/namespaces"_s;
    kube::KubeReply *reply = m_client->send(request);
    connect(reply, &kube::KubeReply::finished, this, [this, reply] {
        QStringList names;
        // Users who may not list namespaces keep the context's namespace (the fallback).
        if (reply->ok()) {
            const QJsonArray items = reply->json().value(u"items"_s).toArray();
            for (const auto &item : items) {
                const QString name =
                    item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
                // A name the API's rules refuse could never be opened: it is not offered.
                if (kube::ObjectName::checkNamespace(QString(), name).isEmpty())
                    names << name;
            }
        }
        const QString own = contextNamespace();
        if (!own.isEmpty() && !names.contains(own))
            names << own;
        names.sort();
        reply->deleteLater();
        Q_EMIT namespacesListed(names);
    });
}

void ClusterRolloutSource::followKubeconfig(std::unique_ptr<KubeconfigFollow> follow)
{
    delete m_watcher;
    m_follow = std::move(follow);
    m_watcher = new KubeconfigWatcher(m_follow->files(), this);
    connect(m_watcher, &KubeconfigWatcher::changed, this,
            &ClusterRolloutSource::onKubeconfigFilesChanged);
}

void ClusterRolloutSource::onKubeconfigFilesChanged()
{
    const KubeconfigFollow::Outcome outcome = m_follow->reload();
    for (const KubeconfigFollow::Step &step : outcome.steps) {
        if (step.change == KubeconfigChange::CredentialsRenewed && outcome.renewedUser) {
            qCInfo(lcSource) << "kubeconfig changed: new credentials for context"
                             << m_client->contextName();
            m_client->updateCredentials(*outcome.renewedUser);
            // Who we are may have changed: ask the access reviews again; and a watch that gave
            // up (401) tries again with the new credentials.
            m_accessAsked.clear();
            m_access.clear();
            QSet<QString> namespaces;
            for (const QString &key : m_infos.keys())
                namespaces.insert(key.left(key.indexOf(u'/')));
            for (const QString &ns : namespaces)
                reviewAccess(ns);
            for (auto &r : m_reflectors) {
                if (r->state() == kube::Reflector::State::Failed)
                    r->start();
            }
        }
        Q_EMIT kubeconfigChanged(step.change, step.message);
    }
}

QString ClusterRolloutSource::displayName() const
{
    return m_client->contextName();
}

QStringList ClusterRolloutSource::keys() const
{
    return m_infos.keys();
}

bool ClusterRolloutSource::contains(const QString &key) const
{
    return m_infos.contains(key);
}

std::shared_ptr<const core::RolloutInfo> ClusterRolloutSource::info(const QString &key) const
{
    return m_infos.value(key);
}

QJsonObject ClusterRolloutSource::rolloutObject(const QString &key) const
{
    return m_stores[KRollout]->value(key);
}

QList<QJsonObject> ClusterRolloutSource::events(const QString &key) const
{
    QList<QJsonObject> out;
    for (const QString &ek : m_eventsOf.value(key)) {
        const QJsonObject e = m_stores[KEvent]->value(ek);
        if (!e.isEmpty())
            out << e;
    }
    // Oldest first; lastTimestamp is null for events that only carry eventTime.
    auto when = [](const QJsonObject &e) {
        const QString last = e.value(u"lastTimestamp"_s).toString();
        return last.isEmpty() ? e.value(u"eventTime"_s).toString().left(19) + u'Z' : last;
    };
    std::sort(out.begin(), out.end(),
              [&](const QJsonObject &a, const QJsonObject &b) { return when(a) < when(b); });
    return out;
}

bool ClusterRolloutSource::tlsVerificationDisabled() const
{
    return m_client->tlsVerificationDisabled();
}

QString ClusterRolloutSource::userOf(const QString &) const
{
    return m_reviewedUser.isEmpty() ? m_client->userName() : m_reviewedUser;
}

kube::ObjectCache *ClusterRolloutSource::store(const QString &kind) const
{
    for (const auto &s : m_stores) {
        if (s->kind() == kind)
            return s.get();
    }
    return nullptr;
}

QList<kube::Reflector *> ClusterRolloutSource::reflectors() const
{
    QList<kube::Reflector *> out;
    for (const auto &r : m_reflectors)
        out << r.get();
    return out;
}

RolloutAccess ClusterRolloutSource::accessFor(const QString &key) const
{
    if (m_readOnly)
        return RolloutAccess{true, false, false};
    return m_access.value(key.left(key.indexOf(u'/')));
}

void ClusterRolloutSource::collectRollouts(const QString &uid, QSet<QString> &out, int depth) const
{
    if (depth > 4)
        return;
    const auto it = m_byUid.constFind(uid);
    if (it == m_byUid.constEnd())
        return;
    if (it->first == KRollout) {
        out.insert(it->second);
        return;
    }
    for (const QString &owner : m_nodes.value(typedKey(it->first, it->second)).owners)
        collectRollouts(owner, out, depth + 1);
}

void ClusterRolloutSource::onObject(int kind, const QString &key,
                                    const kube::ObjectCache::Refs &refs, bool removed)
{
    if (kind == KEvent) {
        if (refs.involvedKind != u"Rollout"_s)
            return;
        const QString &ns = refs.involvedNamespace;
        const QString rolloutKey =
            (ns.isEmpty() ? key.left(key.indexOf(u'/')) : ns) + u'/' + refs.involvedName;
        if (!removed) {
            m_eventsOf[rolloutKey].insert(key);
        } else if (auto it = m_eventsOf.find(rolloutKey); it != m_eventsOf.end()) {
            // No empty entries: keys of rollouts long gone would pile up in a long session.
            it->remove(key);
            if (it->isEmpty())
                m_eventsOf.erase(it);
        }
        Q_EMIT eventsChanged(rolloutKey);
        return;
    }
    const QString tk = typedKey(kind, key);
    QSet<QString> affected;
    if (!m_ready && kind == KReplicaSet && !refs.uid.isEmpty()) {
        if (removed)
            m_podsExpected.remove(refs.uid);
        else
            m_podsExpected.insert(refs.uid, refs.replicas);
    }
    if (kind == KRollout) {
        affected.insert(key);
        if (removed || refs.workloadRef.isEmpty())
            m_workloadOf.remove(key);
        else
            m_workloadOf.insert(key, refs.workloadRef);
    }
    const auto nodeIt = m_nodes.constFind(tk);
    const Node before = nodeIt == m_nodes.cend() ? Node() : *nodeIt;
    // Owners before the change...
    for (const QString &owner : before.owners)
        collectRollouts(owner, affected, 0);

    // ...update the ownership index...
    for (const QString &owner : before.owners) {
        if (auto it = m_childrenOf.find(owner); it != m_childrenOf.end()) {
            it->removeOne(tk);
            if (it->isEmpty())
                m_childrenOf.erase(it);
        }
    }
    if (removed) {
        m_nodes.remove(tk);
        if (!before.uid.isEmpty())
            m_byUid.remove(before.uid);
    } else {
        if (!before.uid.isEmpty() && before.uid != refs.uid)
            m_byUid.remove(before.uid);
        if (!refs.uid.isEmpty())
            m_byUid.insert(refs.uid, {kind, key});
        if (refs.uid.isEmpty() && refs.ownerUids.isEmpty())
            m_nodes.remove(tk);
        else
            m_nodes.insert(tk, Node{refs.uid, refs.ownerUids});
        for (const QString &owner : refs.ownerUids) {
            QStringList &children = m_childrenOf[owner];
            if (!children.contains(tk))
                children << tk;
        }
        // ...and owners after it.
        for (const QString &owner : refs.ownerUids)
            collectRollouts(owner, affected, 0);
    }
    // Deployment changes do not recompute (as the plugin's view controller).
    if (kind == KDeployment)
        return;
    if (affected.isEmpty())
        return;
    m_dirty.unite(affected);
    if (!m_ready)
        m_touchedBeforeReady.unite(affected);
    scheduleFlush();
}

void ClusterRolloutSource::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &ClusterRolloutSource::flush);
}

void ClusterRolloutSource::flush()
{
    m_flushScheduled = false;
    if (!m_ready) {
        flushWhole();
        return;
    }
    // Gathering the objects of 10,000 rollouts takes a while: a slice per turn, the rest on
    // the next (first-load keys stay in m_firstLoad until their info is in).
    QElapsedTimer slice;
    slice.start();
    QList<RolloutInfoWorker::Input> inputs;
    auto it = m_dirty.begin();
    while (it != m_dirty.end()) {
        recompute(*it, inputs);
        it = m_dirty.erase(it);
        if (slice.elapsed() >= kFlushSliceMs)
            break;
    }
    m_worker->submit(std::move(inputs));
    if (!m_dirty.isEmpty())
        scheduleFlush();
}

void ClusterRolloutSource::flushWhole()
{
    // A rollout computed without some of its children would only be computed again moments
    // later, so before the first load is complete only whole ones go. Pods come last and in
    // pages (30,000 of them at 10,000 rollouts): the rollouts whose pods are in are computed
    // while the rest is still on its way, instead of all of them after the last page.
    for (int k = 0; k < KCount; ++k) {
        if (k != KPod && k != KEvent && !m_reflectors[k]->hasSynced())
            return; // m_touchedBeforeReady keeps what to look at
    }
    // A queue looked at in slices: the rollouts dirty when the other kinds were in, then those
    // touched since (by their pods). One not whole yet is dropped here; its pods touch it again.
    if (!m_wholeScanDone) {
        m_wholeScanDone = true;
        m_wholeQueue = m_dirty.values();
    } else {
        for (const QString &key : std::as_const(m_touchedBeforeReady))
            m_wholeQueue.append(key);
    }
    m_touchedBeforeReady.clear();
    QElapsedTimer slice;
    slice.start();
    QList<RolloutInfoWorker::Input> inputs;
    while (m_wholeNext < m_wholeQueue.size()) {
        if (slice.elapsed() >= kFlushSliceMs) {
            scheduleFlush(); // the rest on the next turn
            break;
        }
        const QString &key = m_wholeQueue.at(m_wholeNext++);
        if (!m_dirty.contains(key) || !inputsWhole(key))
            continue;
        m_dirty.remove(key);
        recompute(key, inputs);
        ++m_recomputesBeforeListed;
    }
    if (m_wholeNext >= m_wholeQueue.size()) {
        m_wholeQueue = {};
        m_wholeNext = 0;
    }
    if (!inputs.isEmpty())
        m_worker->submit(std::move(inputs));
}

bool ClusterRolloutSource::inputsWhole(const QString &rolloutKey) const
{
    const auto podsIn = [this](const QString &replicaSet) {
        const QString uid = m_nodes.value(replicaSet).uid;
        const qint32 expected = m_podsExpected.value(uid, 0);
        if (expected <= 0)
            return true;
        qint32 pods = 0;
        for (const QString &child : m_childrenOf.value(uid))
            pods += kindOfTypedKey(child) == KPod ? 1 : 0;
        return pods >= expected;
    };
    const auto children = m_childrenOf.constFind(m_nodes.value(typedKey(KRollout, rolloutKey)).uid);
    if (children == m_childrenOf.cend())
        return true;
    for (const QString &child : *children) {
        const int kind = kindOfTypedKey(child);
        if (kind == KReplicaSet && !podsIn(child))
            return false;
        if (kind != KExperiment)
            continue;
        for (const QString &grandchild : m_childrenOf.value(m_nodes.value(child).uid)) {
            if (kindOfTypedKey(grandchild) == KReplicaSet && !podsIn(grandchild))
                return false;
        }
    }
    return true;
}

void ClusterRolloutSource::recompute(const QString &key, QList<RolloutInfoWorker::Input> &out)
{
    QByteArray rollout = m_stores[KRollout]->packed(key);
    if (rollout.isNull()) {
        // A result still on its way is for a rollout that is gone: it will not be applied.
        m_computing.remove(key);
        m_firstLoad.remove(key);
        if (m_infos.remove(key) > 0) {
            forgetNamespaceIfEmpty(key.left(key.indexOf(u'/')));
            Q_EMIT rolloutRemoved(key);
        }
        return;
    }
    ++m_recomputes;
    // Only lookups here: the texts are shared, not copied; the worker decodes them on its thread.
    RolloutInfoWorker::Input input{key, ++m_generation, std::move(rollout), {}};
    // Children by owner uid, down to pods of experiment ReplicaSets.
    QStringList frontier{m_nodes.value(typedKey(KRollout, key)).uid};
    QSet<QString> seen;
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &uid : std::as_const(frontier)) {
            const auto children = m_childrenOf.constFind(uid);
            if (children == m_childrenOf.cend())
                continue;
            for (const QString &tk : *children) {
                if (seen.contains(tk))
                    continue;
                seen.insert(tk);
                QByteArray child = m_stores[kindOfTypedKey(tk)]->packed(keyOfTypedKey(tk));
                if (child.isNull())
                    continue;
                input.related.append(std::move(child));
                next << m_nodes.value(tk).uid;
            }
        }
        frontier = next;
    }
    const QString workload = m_workloadOf.value(key);
    if (!workload.isEmpty()) {
        QByteArray dep = m_stores[KDeployment]->packed(key.left(key.indexOf(u'/') + 1) + workload);
        if (!dep.isNull())
            input.related.append(std::move(dep));
    }
    m_computing.insert(key, input.generation);
    out.append(std::move(input));
}

void ClusterRolloutSource::onComputed(const QList<RolloutInfoWorker::Output> &outputs)
{
    // Stored first, told after: rolloutsAdded lets a view insert the new rows in one go, and
    // every receiver finds the whole batch stored.
    QList<QPair<QString, bool>> told; // key, added (else changed), in the order computed
    QStringList added;
    for (const RolloutInfoWorker::Output &output : outputs) {
        // Only the newest state asked for: an older result (or one for a rollout removed
        // meanwhile) would put back what the cluster no longer holds.
        const auto it = m_computing.find(output.key);
        if (it == m_computing.end() || *it != output.generation)
            continue;
        m_computing.erase(it);
        m_firstLoad.remove(output.key);
        const auto info = m_infos.find(output.key);
        if (info == m_infos.end()) {
            m_infos.insert(output.key, output.info);
            told.append({output.key, true});
            added << output.key;
        } else if (!(**info == *output.info)) {
            *info = output.info;
            told.append({output.key, false});
        }
    }
    if (!added.isEmpty())
        Q_EMIT rolloutsAdded(added);
    for (const auto &[key, isNew] : std::as_const(told)) {
        if (isNew) {
            Q_EMIT rolloutAdded(key);
            reviewAccess(key.left(key.indexOf(u'/')));
        } else {
            Q_EMIT rolloutChanged(key);
        }
    }
    emitReadyOnceLoaded();
}

void ClusterRolloutSource::emitReadyOnceLoaded()
{
    // keys() is complete when ready() fires: every info of the first load has been applied.
    if (!m_ready || m_readyEmitted || !m_firstLoad.isEmpty())
        return;
    m_readyEmitted = true;
    qCDebug(lcSource) << "first load:" << m_infos.size() << "rollouts computed after"
                      << m_loadClock.elapsed() << "ms";
    announceReady();
}

void ClusterRolloutSource::updateConnectionState()
{
    bool allSynced = true;
    bool allWatching = true;
    QString failed;
    QString retrying;
    for (int k = 0; k < KCount; ++k) {
        if (k == KEvent)
            continue;
        const auto &r = m_reflectors[k];
        allSynced = allSynced && r->hasSynced();
        allWatching = allWatching && r->state() == kube::Reflector::State::Watching;
        if (r->state() == kube::Reflector::State::Failed && failed.isEmpty())
            failed = r->lastError().message;
        if (r->state() == kube::Reflector::State::Backoff && retrying.isEmpty())
            retrying = r->lastError().message;
    }
    if (!failed.isEmpty())
        setConnectionState(ConnectionState::Failed, failed);
    else if (!retrying.isEmpty())
        setConnectionState(ConnectionState::Reconnecting, retrying);
    else if (allSynced && allWatching)
        setConnectionState(ConnectionState::Connected);
    if (allSynced && !m_ready) {
        m_ready = true;
        qCDebug(lcSource) << "first load: every kind listed after" << m_loadClock.elapsed() << "ms;"
                          << m_dirty.size() << "rollouts to compute";
        // What is still to compute, and what went to the worker before and is not back yet.
        m_firstLoad = m_dirty;
        for (auto it = m_computing.cbegin(); it != m_computing.cend(); ++it)
            m_firstLoad.insert(it.key());
        m_touchedBeforeReady.clear();
        m_wholeQueue = {};
        m_wholeNext = 0;
        m_podsExpected.clear();
        flush();
        emitReadyOnceLoaded();
    }
}

void ClusterRolloutSource::forgetNamespaceIfEmpty(const QString &ns)
{
    // Namespaces come and go (one per pull request, say): their access answers go with their
    // last rollout, and are asked again if one comes back.
    const QString prefix = ns + u'/';
    for (auto it = m_infos.cbegin(); it != m_infos.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return;
    }
    m_access.remove(ns);
    m_accessAsked.remove(ns);
}

QMap<QString, qsizetype> ClusterRolloutSource::indexSizes() const
{
    return {{u"byUid"_s, m_byUid.size()},           {u"nodes"_s, m_nodes.size()},
            {u"childrenOf"_s, m_childrenOf.size()}, {u"workloadOf"_s, m_workloadOf.size()},
            {u"eventsOf"_s, m_eventsOf.size()},     {u"infos"_s, m_infos.size()},
            {u"access"_s, m_access.size()},         {u"accessAsked"_s, m_accessAsked.size()},
            {u"dirty"_s, m_dirty.size()},           {u"computing"_s, m_computing.size()}};
}

void ClusterRolloutSource::reviewAccess(const QString &ns)
{
    if (m_readOnly || m_accessAsked.contains(ns))
        return;
    m_accessAsked.insert(ns);
    auto apply = [this, ns](bool status, bool known, bool allowed) {
        if (!m_accessAsked.contains(ns))
            return; // the namespace's last rollout went meanwhile
        RolloutAccess &a = m_access[ns];
        if (status)
            a.canPatchStatus = allowed;
        else
            a.canPatch = allowed;
        a.known = a.known || known;
        for (const QString &key : m_infos.keys()) {
            if (key.startsWith(ns + u'/'))
                Q_EMIT accessChanged(key);
        }
    };
    auto *main =
        kube::AccessReview::ask(m_client.get(), ns, u"patch"_s, u"argoproj.io"_s, u"rollouts"_s);
    connect(main, &kube::AccessReview::answered, this,
            [apply](bool known, bool allowed, const QString &) { apply(false, known, allowed); });
    auto *status = kube::AccessReview::ask(m_client.get(), ns, u"patch"_s, u"argoproj.io"_s,
                                           u"rollouts"_s, u"status"_s);
    connect(status, &kube::AccessReview::answered, this,
            [apply](bool known, bool allowed, const QString &) { apply(true, known, allowed); });
}

ActionRequest *ClusterRolloutSource::run(const RolloutAction &action)
{
    auto *request = new ActionRequest(action, this);
    if (m_readOnly) {
        request->finish(false,
                        tr("This connection is read-only: no change is sent to the cluster."));
        return request;
    }
    // A server can list an object claiming another namespace than the one asked for; an action
    // on it would write where this connection was never pointed.
    const QString ns = action.key.left(action.key.indexOf(u'/'));
    if (!m_ns.isEmpty() && ns != m_ns) {
        request->finish(false, tr("The rollout %1 is not in the namespace \"%2\" of this "
                                  "connection; nothing is sent to the cluster.")
                                   .arg(kube::ObjectName::quoted(action.key), m_ns));
        return request;
    }
    auto *runner = new ClusterActionRunner(m_client.get(), request);
    runner->start();
    return request;
}

EventsRequest *ClusterRolloutSource::listEvents(const QString &ns, const QString &name)
{
    return ClusterEventLister::list(m_client.get(), ns, name, this);
}

} // namespace rd::source
