#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace rd::gui {

class AppSettings;

// Preferences: language, theme, production contexts, read-only mode, notifications.
// Writes AppSettings when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, const QStringList &knownContexts,
                   QWidget *parent = nullptr);

    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSettings *m_settings;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_productionLabel = nullptr;
    QListWidget *m_production = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_notifications = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rd::gui
