#pragma once

#include "gui/notify/NotificationSink.h"

#include <QHash>
#include <QPair>

class QDBusConnection;

namespace rd::gui {

// org.freedesktop.Notifications on the session bus (Linux desktops): notices with actions, a
// notice for the same rollout replacing the last one through replaces_id. Every call is
// asynchronous; an error reply (no service on the bus) is reported through failed().
class FreedesktopNotifier final : public NotificationSink
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);

    void show(const Notice &notice) override;

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature.
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    using Target = QPair<QString, QString>; // context, rollout key
    QHash<Target, uint> m_ids;              // the notice on screen for each rollout
    QHash<uint, Target> m_targets;
};

} // namespace rd::gui
