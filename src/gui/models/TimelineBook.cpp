#include "gui/models/TimelineBook.h"

#include "core/ProcessExit.h"
#include "core/RolloutInfo.h"
#include "source/RolloutAction.h"
#include "source/RolloutSource.h"
#include "source/TimelineStore.h"

#include <algorithm>

namespace rd::gui {

namespace {

size_t fingerprint(const QList<core::TimelineEntry> &entries)
{
    size_t seed = 0;
    for (const core::TimelineEntry &e : entries)
        seed =
            qHashMulti(seed, e.time.toMSecsSinceEpoch(), int(e.kind), e.revision,
                       e.weight.value_or(-1), e.message, e.sources, e.actor, e.reason, e.stepIndex);
    return seed;
}

} // namespace

TimelineBook::TimelineBook(QObject *parent)
    : QObject(parent)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(WriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &TimelineBook::writeSome);
}

TimelineBook::~TimelineBook()
{
    writeAll(false);
    // What was written is in the file now; the stories in memory go with the process.
    core::ProcessExit::release(m_timelines);
    core::ProcessExit::release(m_last);
    core::ProcessExit::release(m_loaded);
    core::ProcessExit::release(m_written);
    core::ProcessExit::release(m_used);
    core::ProcessExit::release(m_gone);
}

void TimelineBook::setStore(source::TimelineStore *store)
{
    if (store == m_store)
        return;
    writeChanged();
    // What was read stays read: switching storage off and on again must not read it twice.
    m_store = store;
}

void TimelineBook::setSource(source::RolloutSource *source)
{
    writeChanged();
    if (m_source)
        m_source->disconnect(this);
    m_timelines.clear();
    m_loaded.clear();
    m_written.clear();
    m_used.clear();
    m_gone.clear();
    m_last.clear();
    m_source = source;
    if (!m_source)
        return;
    connect(m_source, &source::RolloutSource::eventsChanged, this, &TimelineBook::onEvents);
    connect(m_source, &source::RolloutSource::rolloutChanged, this, &TimelineBook::onChanged);
    connect(m_source, &source::RolloutSource::rolloutAdded, this, &TimelineBook::onChanged);
    connect(m_source, &source::RolloutSource::rolloutRemoved, this, &TimelineBook::onRemoved);
    for (const QString &key : m_source->keys()) {
        m_last.insert(key, m_source->info(key));
        onEvents(key);
    }
}

void TimelineBook::onEvents(const QString &key)
{
    if (!m_source)
        return;
    core::Timeline &story = timeline(key);
    // Events already read add nothing (Timeline keeps each Event's count); core reads them.
    for (const auto &event : m_source->events(key))
        story.addEvent(event);
    changed(key);
}

void TimelineBook::onChanged(const QString &key)
{
    if (!m_source)
        return;
    m_gone.remove(key); // back again before its story went
    const auto now = m_source->info(key);
    const auto before = m_last.value(key);
    m_last.insert(key, now);
    if (!before || !now)
        return;
    timeline(key).addTransition(*before, *now, QDateTime::currentDateTimeUtc());
    changed(key);
}

// A deleted rollout's story stays in the file (the same name may come back) but not in memory:
// short-lived rollouts (preview environments) would pile up over a long session.
void TimelineBook::onRemoved(const QString &key)
{
    m_last.remove(key);
    if (m_store && m_store->isOpen() && m_changed.contains(key)) {
        m_gone.insert(key); // written first (letGoOfOldStories)
        return;
    }
    forget(key);
}

void TimelineBook::forget(const QString &key)
{
    m_timelines.remove(key);
    m_loaded.remove(key);
    m_written.remove(key);
    m_used.remove(key);
    m_gone.remove(key);
}

void TimelineBook::recordAction(const source::RolloutAction &action, const QString &actor)
{
    using Kind = source::RolloutAction::Kind;
    std::optional<core::TimelineKind> kind;
    switch (action.kind) {
    case Kind::Abort:
        kind = core::TimelineKind::Aborted;
        break;
    case Kind::Retry:
        kind = core::TimelineKind::Retried;
        break;
    case Kind::Promote:
        kind = core::TimelineKind::Promoted;
        break;
    case Kind::PromoteFull:
        kind = core::TimelineKind::PromotedFull;
        break;
    case Kind::Pause:
        kind = core::TimelineKind::Paused;
        break;
    case Kind::Resume:
        kind = core::TimelineKind::Resumed;
        break;
    case Kind::Restart:
        kind = core::TimelineKind::Restarted;
        break;
    case Kind::SetImage:
    case Kind::Undo:
        kind = core::TimelineKind::Updated;
        break;
    }
    const auto info = m_source ? m_source->info(action.key) : nullptr;
    const qint64 revision = info ? info->revisions().value(0, 0) : 0;
    timeline(action.key)
        .addAction(*kind, QDateTime::currentDateTimeUtc(),
                   kind == core::TimelineKind::Updated ? 0 : revision, actor, action.reason,
                   action.image);
    changed(action.key);
}

QList<core::TimelineEntry> TimelineBook::entries(const QString &key) const
{
    if (m_store && m_source && !key.isEmpty())
        loadStored(key);
    const auto it = m_timelines.constFind(key);
    if (it == m_timelines.constEnd())
        return {};
    m_used.insert(key, ++m_useClock);
    return it->entries();
}

core::Timeline &TimelineBook::timeline(const QString &key) const
{
    m_used.insert(key, ++m_useClock);
    return m_timelines[key];
}

qsizetype TimelineBook::entriesInMemory() const
{
    qsizetype total = 0;
    for (const core::Timeline &story : m_timelines)
        total += story.size();
    return total;
}

// Only stories the store holds as they are in memory go: their stored part was merged
// (m_loaded), they changed nothing since the last write (not in m_changed), and the store wrote
// everything queued. One read back later merges like a new session's: Events read again join
// their stored rows.
void TimelineBook::letGoOfOldStories()
{
    if (!m_store || !m_store->isOpen() || m_store->hasPending())
        return;
    const QList<QString> gone(m_gone.cbegin(), m_gone.cend());
    for (const QString &key : gone) {
        if (!m_changed.contains(key))
            forget(key);
    }
    qsizetype total = entriesInMemory();
    if (total <= m_memoryBudget)
        return;
    QList<std::pair<quint64, QString>> idle;
    for (auto it = m_timelines.cbegin(); it != m_timelines.cend(); ++it) {
        if (m_loaded.contains(it.key()) && !m_changed.contains(it.key()))
            idle.append({m_used.value(it.key()), it.key()});
    }
    std::sort(idle.begin(), idle.end());
    const qsizetype target = m_memoryBudget * 3 / 4;
    for (const auto &[used, key] : std::as_const(idle)) {
        if (total <= target)
            break;
        total -= m_timelines.value(key).size();
        forget(key);
    }
}

// Reads the stored story once per key. Stored entries may arrive after live ones: the merge
// treats them alike whichever came first.
void TimelineBook::loadStored(const QString &key) const
{
    if (!m_store || !m_store->isOpen() || m_loaded.contains(key))
        return;
    m_loaded.insert(key);
    const auto [context, rollout] = storeKey(key);
    const QList<core::TimelineEntry> stored = m_store->load(context, rollout);
    core::Timeline &story = m_timelines[key];
    for (const core::TimelineEntry &entry : stored)
        story.addStored(entry);
    m_written.insert(key, fingerprint(stored));
}

std::pair<QString, QString> TimelineBook::storeKey(const QString &key) const
{
    // A board of several contexts prefixes its keys with the context; the store keys by
    // context + "namespace/name" (neither of which contains '/').
    return {m_source ? m_source->contextOf(key) : QString(), key.section(u'/', -2)};
}

void TimelineBook::changed(const QString &key)
{
    if (m_store && m_store->isOpen()) {
        m_changed.insert(key);
        if (!m_writeTimer.isActive())
            m_writeTimer.start();
    }
    Q_EMIT updated(key);
}

void TimelineBook::writeSome()
{
    if (!m_store || !m_store->isOpen() || !m_source) {
        m_changed.clear();
        const QList<QString> gone(m_gone.cbegin(), m_gone.cend());
        for (const QString &key : gone)
            forget(key); // nothing will write them now
        return;
    }
    queueChanged(WritesPerTurn, true);
    m_store->flush(); // one transaction; a busy file keeps the stories queued in the store
    letGoOfOldStories();
    if (!m_changed.isEmpty() || m_store->hasPending())
        m_writeTimer.start();
}

void TimelineBook::queueChanged(qsizetype limit, bool announce)
{
    qsizetype written = 0;
    for (auto it = m_changed.begin(); it != m_changed.end() && written < limit;) {
        const QString key = *it;
        it = m_changed.erase(it);
        ++written;
        const bool wasLoaded = m_loaded.contains(key);
        loadStored(key);
        const auto found = m_timelines.constFind(key);
        const QList<core::TimelineEntry> story =
            found == m_timelines.cend() ? QList<core::TimelineEntry>() : found->entries();
        const size_t print = fingerprint(story);
        if (m_written.value(key) != print) {
            const auto [context, rollout] = storeKey(key);
            m_store->save(context, rollout, story);
            m_written.insert(key, print);
        }
        // What the store kept for this rollout is part of its story now: show it.
        if (announce && !wasLoaded && !story.isEmpty())
            Q_EMIT updated(key);
    }
}

void TimelineBook::writeChanged()
{
    writeAll(true);
}

// Every changed story in one transaction: quitting with thousands unwritten (a first load of a
// large cluster writes 200 every 2 s) costs one commit, not one per 200 stories.
void TimelineBook::writeAll(bool announce)
{
    m_writeTimer.stop();
    if (!m_store)
        return;
    if (m_store->isOpen() && m_source)
        queueChanged(m_changed.size(), announce);
    else if (m_store->isOpen())
        m_changed.clear(); // no source to name the stories' contexts: as writeSome()
    m_store->flush();
    if (announce)
        letGoOfOldStories();
}

void TimelineBook::reload()
{
    m_changed.clear(); // what is in memory came partly from the store that was just cleared
    m_writeTimer.stop();
    setSource(m_source.data());
}

} // namespace rd::gui
