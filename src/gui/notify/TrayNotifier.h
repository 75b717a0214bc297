#pragma once

#include "gui/notify/NotificationSink.h"

class QSystemTrayIcon;

namespace rd::gui {

// The tray's balloon: Windows, macOS's notification centre (through the tray), and Linux
// desktops without a notification service. It has no buttons; clicking it opens the rollout.
class TrayNotifier final : public NotificationSink
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool isAvailable();
    void show(const Notice &notice) override;

private:
    QSystemTrayIcon *m_tray = nullptr; // owned (a child)
    Notice m_last;
};

} // namespace rd::gui
