#include "gui/AbortWatcher.h"

#include "core/RolloutInfo.h"
#include "source/RolloutSource.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

AbortWatcher::AbortWatcher(QObject *parent)
    : QObject(parent)
{}

AbortWatcher::~AbortWatcher() = default;

void AbortWatcher::setSource(source::RolloutSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    // Another cluster: its rollouts are not the ones aborted.
    for (const QString &key : m_watched.keys())
        stop(key);
    m_source = source;
    if (m_source)
        connect(m_source, &source::RolloutSource::rolloutChanged, this, &AbortWatcher::check);
}

void AbortWatcher::watch(const QString &key)
{
    if (!m_source)
        return;
    stop(key);
    Watch &w = m_watched[key];
    w.since.start();
    // The rollout's progress deadline (default 600 s), but never more than 2 minutes.
    const QJsonValue deadline = m_source->rolloutObject(key).value(u"spec"_s).toObject().value(
        u"progressDeadlineSeconds"_s);
    const qint64 deadlineMs = qint64(deadline.isDouble() ? deadline.toDouble() : 600) * 1000;
    w.deadline = new QTimer(this);
    w.deadline->setSingleShot(true);
    w.deadline->setInterval(std::chrono::milliseconds(std::min(deadlineMs, m_maximumWaitMs)));
    connect(w.deadline, &QTimer::timeout, this, [this, key] { expire(key); });
    w.deadline->start();
    check(key); // it may be back already
}

bool AbortWatcher::backOnStable(const core::RolloutInfo &info)
{
    const core::ReplicaSetInfo *stable = nullptr;
    for (const core::ReplicaSetInfo &rs : info.replicaSets) {
        if (rs.stable)
            stable = &rs;
    }
    if (!stable || stable->available < info.desired)
        return false;
    if (info.strategy == u"BlueGreen")
        return stable->active;
    // The actual weight: from pods for a basic canary, from the traffic router otherwise.
    return info.actualWeight == u"0" || (info.actualWeight.isEmpty() && info.setWeight == u"0");
}

QString AbortWatcher::stillServing(const core::RolloutInfo &info)
{
    QStringList parts;
    for (const core::ReplicaSetInfo &rs : info.replicaSets) {
        if (rs.stable || !(rs.canary || rs.preview || rs.active) || rs.available == 0)
            continue;
        //: %1 ReplicaSet name, %2 its revision, %n available pods
        parts << tr("ReplicaSet %1 (revision %2) with %n available pod(s)", nullptr,
                    int(rs.available))
                     .arg(rs.meta.name)
                     .arg(rs.revision);
    }
    if (!info.actualWeight.isEmpty() && info.actualWeight != u"0")
        //: %1 the canary's actual traffic weight in percent
        parts << tr("%1 % of the traffic").arg(info.actualWeight);
    return parts.join(u"; "_s);
}

qint64 AbortWatcher::stop(const QString &key)
{
    const auto it = m_watched.find(key);
    if (it == m_watched.end())
        return -1;
    const qint64 elapsed = it->since.elapsed();
    it->deadline->deleteLater(); // may be the sender of the signal being handled
    m_watched.erase(it);
    return elapsed;
}

void AbortWatcher::check(const QString &key)
{
    if (!m_watched.contains(key) || !m_source)
        return;
    const auto info = m_source->info(key);
    if (!info || !backOnStable(*info))
        return;
    const qint64 seconds = (stop(key) + 500) / 1000;
    //: After an abort: the canary has weight 0 and the stable ReplicaSet is fully available
    Q_EMIT message(tr("All traffic is back on the stable version (%n s after the abort).", nullptr,
                      int(seconds)),
                   false);
}

void AbortWatcher::expire(const QString &key)
{
    if (!m_watched.contains(key))
        return;
    const qint64 seconds = stop(key) / 1000;
    const auto info = m_source ? m_source->info(key) : nullptr;
    const QString serving = info ? stillServing(*info) : QString();
    const QString name = key.section(u'/', 1);
    if (serving.isEmpty())
        //: %1 rollout; the stable ReplicaSet is not fully available yet
        Q_EMIT message(tr("%1: %n s after the abort the stable version is still not fully "
                          "available.",
                          nullptr, int(seconds))
                           .arg(name),
                       true);
    else
        //: %1 rollout, %2 what still serves the canary
        Q_EMIT message(
            tr("%1: %n s after the abort the canary is still serving: %2.", nullptr, int(seconds))
                .arg(name, serving),
            true);
}

} // namespace rd::gui
