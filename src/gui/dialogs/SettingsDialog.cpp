#include "gui/dialogs/SettingsDialog.h"

#include "gui/i18n/LanguageManager.h"
#include "gui/settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

SettingsDialog::SettingsDialog(AppSettings *settings, const QStringList &knownContexts,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_languageLabel->setBuddy(m_language);
    // Language names are written in their own language, as users look for them.
    m_language->addItem(QString(), QString());
    for (const auto &language : LanguageManager::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    form->addRow(m_languageLabel, m_language);

    m_themeLabel = new QLabel(this);
    m_theme = new QComboBox(this);
    m_themeLabel->setBuddy(m_theme);
    m_theme->addItem(QString(), u"system"_s);
    m_theme->addItem(QString(), u"light"_s);
    m_theme->addItem(QString(), u"dark"_s);
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(AppSettings::themeName(settings->theme()))));
    form->addRow(m_themeLabel, m_theme);
    layout->addLayout(form);

    m_productionLabel = new QLabel(this);
    m_productionLabel->setWordWrap(true);
    m_production = new QListWidget(this);
    m_productionLabel->setBuddy(m_production);
    QStringList contexts = knownContexts;
    for (const QString &c : settings->productionContexts()) {
        if (!contexts.contains(c))
            contexts << c;
    }
    for (const QString &c : contexts) {
        auto *item = new QListWidgetItem(c, m_production);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(settings->isProductionContext(c) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_productionLabel);
    layout->addWidget(m_production);

    m_readOnly = new QCheckBox(this);
    m_readOnly->setChecked(settings->readOnly());
    layout->addWidget(m_readOnly);
    m_notifications = new QCheckBox(this);
    m_notifications->setChecked(settings->notifications());
    layout->addWidget(m_notifications);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_productionLabel->setText(
        tr("&Production contexts (actions there require typing the rollout's name):"));
    m_production->setAccessibleName(tr("Production contexts"));
    m_readOnly->setText(tr("&Read-only mode: switch every action off"));
    m_notifications->setText(tr("&Notify me when a rollout pauses, degrades or is aborted"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language())
        m_settings->setLanguage(language);
    m_settings->setTheme(AppSettings::themeFromName(m_theme->currentData().toString()));
    QStringList production;
    for (int i = 0; i < m_production->count(); ++i) {
        if (m_production->item(i)->checkState() == Qt::Checked)
            production << m_production->item(i)->text();
    }
    m_settings->setProductionContexts(production);
    m_settings->setReadOnly(m_readOnly->isChecked());
    m_settings->setNotifications(m_notifications->isChecked());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd::gui
