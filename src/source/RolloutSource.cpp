#include "source/RolloutSource.h"

#include <QTimer>

namespace rd::source {

RolloutSource::RolloutSource(QObject *parent)
    : QObject(parent)
{}

RolloutSource::~RolloutSource() = default;

QList<QJsonObject> RolloutSource::events(const QString &) const
{
    return {};
}

EventsRequest *RolloutSource::listEvents(const QString &ns, const QString &name)
{
    auto *request = new EventsRequest(this);
    request->succeed(events(ns + u'/' + name));
    return request;
}

QString RolloutSource::contextOf(const QString &) const
{
    return displayName();
}

QString RolloutSource::userOf(const QString &) const
{
    return {};
}

ConnectionState RolloutSource::contextState(const QString &) const
{
    return m_state;
}

QString RolloutSource::contextReason(const QString &) const
{
    return m_reason;
}

void RolloutSource::setReadOnly(bool readOnly)
{
    Q_UNUSED(readOnly)
}

void RolloutSource::listNamespaces()
{
    QTimer::singleShot(0, this, [this] {
        QStringList names;
        for (const QString &key : keys()) {
            const QString ns = key.left(key.indexOf(u'/'));
            if (!names.contains(ns))
                names << ns;
        }
        names.sort();
        Q_EMIT namespacesListed(names);
    });
}

void RolloutSource::setConnectionState(ConnectionState state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT connectionStateChanged(state, reason);
}

void RolloutSource::announceReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

static RolloutAction make(RolloutAction::Kind kind, const QString &key)
{
    RolloutAction a;
    a.kind = kind;
    a.key = key;
    return a;
}

ActionRequest *RolloutSource::abort(const QString &key)
{
    return run(make(RolloutAction::Kind::Abort, key));
}

ActionRequest *RolloutSource::retry(const QString &key)
{
    return run(make(RolloutAction::Kind::Retry, key));
}

ActionRequest *RolloutSource::promote(const QString &key)
{
    return run(make(RolloutAction::Kind::Promote, key));
}

ActionRequest *RolloutSource::promoteFull(const QString &key)
{
    return run(make(RolloutAction::Kind::PromoteFull, key));
}

ActionRequest *RolloutSource::pause(const QString &key)
{
    return run(make(RolloutAction::Kind::Pause, key));
}

ActionRequest *RolloutSource::resume(const QString &key)
{
    return run(make(RolloutAction::Kind::Resume, key));
}

ActionRequest *RolloutSource::restart(const QString &key, qint64 delaySecs)
{
    auto a = make(RolloutAction::Kind::Restart, key);
    a.delaySecs = delaySecs;
    return run(a);
}

ActionRequest *RolloutSource::setImage(const QString &key, const QString &container,
                                       const QString &image)
{
    auto a = make(RolloutAction::Kind::SetImage, key);
    a.container = container;
    a.image = image;
    return run(a);
}

ActionRequest *RolloutSource::undo(const QString &key, qint64 revision)
{
    auto a = make(RolloutAction::Kind::Undo, key);
    a.revision = revision;
    return run(a);
}

} // namespace rd::source
