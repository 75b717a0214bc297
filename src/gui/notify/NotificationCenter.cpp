#include "gui/notify/NotificationCenter.h"

#include "core/ProcessExit.h"
#include "core/RolloutInfo.h"
#include "gui/notify/NoticeClassifier.h"
#include "gui/notify/NotificationSettings.h"
#include "gui/notify/NotificationSink.h"
#include "source/ConnectionState.h"
#include "source/RolloutSource.h"

namespace rd::gui {

namespace {

QString snoozeKey(const QString &context, const QString &key)
{
    return context + u'\n' + key;
}

} // namespace

NotificationCenter::NotificationCenter(Policy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{}

NotificationCenter::~NotificationCenter()
{
    core::ProcessExit::release(m_baseline); // one per rollout (core::ProcessExit)
}

void NotificationCenter::setSinks(NotificationSink *primary, NotificationSink *fallback)
{
    for (NotificationSink *sink : {m_primary.data(), m_fallback.data()}) {
        if (sink)
            sink->disconnect(this);
    }
    m_primary = primary;
    m_fallback = fallback;
    m_primaryFailed = false;
    for (NotificationSink *sink : {primary, fallback}) {
        if (sink)
            connect(sink, &NotificationSink::actionInvoked, this, &NotificationCenter::onAction);
    }
    if (primary) {
        connect(primary, &NotificationSink::failed, this, [this](const Notice &notice) {
            m_primaryFailed = true; // no service on the bus: the tray from now on
            if (m_fallback)
                m_fallback->show(notice);
        });
    }
}

void NotificationCenter::watch(source::RolloutSource *source, const QString &context)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_context = context;
    m_connected = true;
    m_sinceReconnect.invalidate();
    rebaseline();
    if (!source)
        return;
    connect(source, &source::RolloutSource::rolloutAdded, this, &NotificationCenter::onChanged);
    connect(source, &source::RolloutSource::rolloutChanged, this, &NotificationCenter::onChanged);
    connect(source, &source::RolloutSource::rolloutRemoved, this,
            [this](const QString &key) { m_baseline.remove(key); });
    // The first complete load is the state found at start.
    connect(source, &source::RolloutSource::ready, this, &NotificationCenter::rebaseline);
    connect(source, &source::RolloutSource::connectionStateChanged, this,
            [this](source::ConnectionState state, const QString &) { onConnectionState(state); });
}

void NotificationCenter::rebaseline()
{
    m_baseline.clear();
    if (!m_source)
        return;
    for (const QString &key : m_source->keys()) {
        if (const auto info = m_source->info(key))
            m_baseline.insert(key, AttentionState::of(*info));
    }
}

void NotificationCenter::onConnectionState(source::ConnectionState state)
{
    const bool connected = state == source::ConnectionState::Connected;
    if (connected && !m_connected)
        m_sinceReconnect.start();
    m_connected = connected;
}

void NotificationCenter::onChanged(const QString &key)
{
    if (!m_source)
        return;
    const auto info = m_source->info(key);
    if (!info)
        return;
    const AttentionState after = AttentionState::of(*info);
    const auto it = m_baseline.find(key);
    if (it == m_baseline.end()) {
        m_baseline.insert(key, after); // first sight of this rollout: its state is found, not news
        return;
    }
    const AttentionState before = *it;
    *it = after;
    const bool catchingUp = !m_connected || (m_sinceReconnect.isValid() &&
                                             m_sinceReconnect.elapsed() < quietAfterReconnectMs);
    if (catchingUp)
        return;
    const QString context = contextOf(key);
    auto notice = NoticeClassifier::classify(context, displayKey(key), before, after);
    if (!notice || !m_policy.enabled() || !NotificationSettings::kindEnabled(notice->kind) ||
        isSnoozed(context, key))
        return;
    if (NotificationSettings::favouritesOnly() && !m_policy.isFavourite(context, key))
        return;
    notice->key = key; // the title shows namespace/name; actions need the source's key
    deliver(*notice);
}

QString NotificationCenter::contextOf(const QString &key) const
{
    // On a board of several contexts each rollout names its own; else the one being watched.
    if (m_source && m_source->watchedContexts().size() > 1)
        return m_source->contextOf(key);
    return m_context;
}

QString NotificationCenter::displayKey(const QString &key) const
{
    // A several-context key starts with its context; the notice names the context apart.
    const QString context = contextOf(key);
    if (!context.isEmpty() && key.startsWith(context + u'/') &&
        key.count(u'/') > context.count(u'/') + 1)
        return key.mid(context.size() + 1);
    return key;
}

void NotificationCenter::deliver(const Notice &notice)
{
    NotificationSink *sink = (m_primary && !m_primaryFailed) ? m_primary.data() : m_fallback.data();
    if (sink)
        sink->show(notice);
    Q_EMIT noticeShown(notice);
}

void NotificationCenter::snooze(const QString &context, const QString &key, const QDateTime &until)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_snoozed.removeIf([&now](const auto &entry) { return entry.value() <= now; });
    m_snoozed.insert(snoozeKey(context, key), until);
}

void NotificationCenter::unsnooze(const QString &context, const QString &key)
{
    m_snoozed.remove(snoozeKey(context, key));
}

bool NotificationCenter::isSnoozed(const QString &context, const QString &key,
                                   const QDateTime &now) const
{
    const auto it = m_snoozed.constFind(snoozeKey(context, key));
    return it != m_snoozed.constEnd() && now < *it;
}

void NotificationCenter::onAction(const QString &context, const QString &key, Notice::Action action)
{
    switch (action) {
    case Notice::Action::Promote:
        Q_EMIT promoteRequested(context, key);
        return;
    case Notice::Action::Abort:
        Q_EMIT abortRequested(context, key);
        return;
    case Notice::Action::Open:
        break;
    }
    Q_EMIT openRequested(context, key);
}

} // namespace rd::gui
