#include "gui/notify/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;

QString actionKey(Notice::Action action)
{
    switch (action) {
    case Notice::Action::Promote:
        return u"promote"_s;
    case Notice::Action::Abort:
        return u"abort"_s;
    case Notice::Action::Open:
        break;
    }
    return u"default"_s; // the spec's key for clicking the notice itself
}

QString actionLabel(Notice::Action action)
{
    switch (action) {
    case Notice::Action::Promote:
        //: Notification button; opens the Promote confirmation
        return FreedesktopNotifier::tr("Promote…");
    case Notice::Action::Abort:
        //: Notification button; opens the Abort confirmation
        return FreedesktopNotifier::tr("Abort…");
    case Notice::Action::Open:
        break;
    }
    //: Notification button: show the rollout in the window
    return FreedesktopNotifier::tr("Open");
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : NotificationSink(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
}

void FreedesktopNotifier::show(const Notice &notice)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT failed(notice);
        return;
    }
    const Target target{notice.context, notice.key};
    QStringList actions;
    for (Notice::Action a : notice.actions)
        actions << actionKey(a) << actionLabel(a);
    const bool urgent =
        notice.kind == Notice::Kind::Aborted || notice.kind == Notice::Kind::Degraded;
    const QVariantMap hints{{u"desktop-entry"_s, u"dev.rolloutdesk.RolloutDesk"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(urgent ? 2 : 1))}};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << u"Rollout Desk"_s << m_ids.value(target, 0u) << u"dev.rolloutdesk.RolloutDesk"_s
         << notice.title << notice.body.toHtmlEscaped() << actions << hints << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notice, target] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            Q_EMIT failed(notice);
            return;
        }
        const uint old = m_ids.value(target, 0u);
        if (old != 0 && old != reply.value())
            m_targets.remove(old);
        m_ids.insert(target, reply.value());
        m_targets.insert(reply.value(), target);
    });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &key)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.constEnd())
        return; // another program's notice
    Notice::Action action = Notice::Action::Open;
    if (key == u"promote")
        action = Notice::Action::Promote;
    else if (key == u"abort")
        action = Notice::Action::Abort;
    Q_EMIT actionInvoked(it->first, it->second, action);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.constEnd())
        return;
    m_ids.remove(*it);
    m_targets.erase(it);
}

} // namespace rd::gui
