#include "gui/models/TimelineBook.h"

#include "core/RolloutInfo.h"
#include "source/RolloutAction.h"
#include "source/RolloutSource.h"

namespace rd::gui {

TimelineBook::TimelineBook(QObject *parent)
    : QObject(parent)
{}

TimelineBook::~TimelineBook() = default;

void TimelineBook::setSource(source::RolloutSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_timelines.clear();
    m_last.clear();
    m_source = source;
    if (!m_source)
        return;
    connect(m_source, &source::RolloutSource::eventsChanged, this, &TimelineBook::onEvents);
    connect(m_source, &source::RolloutSource::rolloutChanged, this, &TimelineBook::onChanged);
    connect(m_source, &source::RolloutSource::rolloutAdded, this, &TimelineBook::onChanged);
    for (const QString &key : m_source->keys()) {
        m_last.insert(key, m_source->info(key));
        onEvents(key);
    }
}

void TimelineBook::onEvents(const QString &key)
{
    if (!m_source)
        return;
    core::Timeline &timeline = m_timelines[key];
    // Events already read add nothing (Timeline keeps each Event's count).
    for (const QJsonObject &event : m_source->events(key))
        timeline.addEvent(event);
    Q_EMIT updated(key);
}

void TimelineBook::onChanged(const QString &key)
{
    if (!m_source)
        return;
    const auto now = m_source->info(key);
    const auto before = m_last.value(key);
    m_last.insert(key, now);
    if (!before || !now)
        return;
    m_timelines[key].addTransition(*before, *now, QDateTime::currentDateTimeUtc());
    Q_EMIT updated(key);
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
    m_timelines[action.key].addAction(*kind, QDateTime::currentDateTimeUtc(),
                                      kind == core::TimelineKind::Updated ? 0 : revision, actor,
                                      QString(), action.image);
    Q_EMIT updated(action.key);
}

QList<core::TimelineEntry> TimelineBook::entries(const QString &key) const
{
    const auto it = m_timelines.constFind(key);
    return it == m_timelines.constEnd() ? QList<core::TimelineEntry>() : it->entries();
}

} // namespace rd::gui
