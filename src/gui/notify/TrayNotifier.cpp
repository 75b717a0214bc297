#include "gui/notify/TrayNotifier.h"

#include "gui/StatusIcons.h"

#include <QSystemTrayIcon>

namespace rd::gui {

TrayNotifier::TrayNotifier(QObject *parent)
    : NotificationSink(parent)
{}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::show(const Notice &notice)
{
    if (!isAvailable()) {
        Q_EMIT failed(notice);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(StatusIcons::appIcon(), this);
        m_tray->setToolTip(tr("Rollout Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT actionInvoked(m_last.context, m_last.key, Notice::Action::Open); });
        m_tray->show();
    }
    m_last = notice;
    const bool urgent =
        notice.kind == Notice::Kind::Aborted || notice.kind == Notice::Kind::Degraded;
    // A balloon replaces the one before it, so a rollout's newer notice supersedes the older.
    m_tray->showMessage(notice.title, notice.body,
                        urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace rd::gui
