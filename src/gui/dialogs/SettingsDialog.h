#pragma once

#include "gui/notify/Notice.h"

#include <QDialog>

#include <memory>
#include <utility>

class QCheckBox;

namespace rd::gui {

class AppSettings;

namespace Ui {
class SettingsDialog;
}

// Preferences: language, theme, production contexts, read-only mode, notifications (which kinds,
// favourites only). Writes AppSettings and NotificationSettings when accepted. The layout is
// ui/dialogs/SettingsDialog.ui.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, const QStringList &knownContexts,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<std::pair<QCheckBox *, Notice::Kind>> notificationKinds() const;

    AppSettings *m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace rd::gui
