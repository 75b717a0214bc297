#include "gui/dialogs/SettingsDialog.h"

#include "gui/i18n/LanguageManager.h"
#include "gui/notify/NotificationSettings.h"
#include "gui/settings/AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

SettingsDialog::SettingsDialog(AppSettings *settings, const QStringList &knownContexts,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // The form holds "System language"; language names are written in their own language, as
    // users look for them.
    m_ui->language->setItemData(0, QString());
    for (const auto &language : LanguageManager::availableLanguages())
        m_ui->language->addItem(language.nativeName, language.code);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(settings->language())));

    // The form's three themes, in AppSettings::Theme's order.
    m_ui->theme->setItemData(0, u"system"_s);
    m_ui->theme->setItemData(1, u"light"_s);
    m_ui->theme->setItemData(2, u"dark"_s);
    m_ui->theme->setCurrentIndex(
        std::max(0, m_ui->theme->findData(AppSettings::themeName(settings->theme()))));

    QStringList contexts = knownContexts;
    for (const QString &c : settings->productionContexts()) {
        if (!contexts.contains(c))
            contexts << c;
    }
    for (const QString &c : contexts) {
        auto *item = new QListWidgetItem(c, m_ui->production);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(settings->isProductionContext(c) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->readOnly->setChecked(settings->readOnly());
    m_ui->keepHistory->setChecked(settings->keepHistory());
    m_ui->notifications->setChecked(settings->notifications());
    for (const auto &[box, kind] : notificationKinds())
        box->setChecked(NotificationSettings::kindEnabled(kind));
    m_ui->notifyFavouritesOnly->setChecked(NotificationSettings::favouritesOnly());
    m_ui->notificationKinds->setEnabled(m_ui->notifications->isChecked());
    connect(m_ui->notifications, &QCheckBox::toggled, m_ui->notificationKinds,
            &QWidget::setEnabled);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    // Our own words for the buttons, translated with the rest of the dialog.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Buttons and check boxes are named by their text; say it without the mnemonic.
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_ui->readOnly),
          static_cast<QAbstractButton *>(m_ui->keepHistory),
          static_cast<QAbstractButton *>(m_ui->notifications),
          static_cast<QAbstractButton *>(m_ui->buttons->button(QDialogButtonBox::Ok)),
          static_cast<QAbstractButton *>(m_ui->buttons->button(QDialogButtonBox::Cancel))})
        button->setAccessibleName(button->text().remove(u'&'));
}

void SettingsDialog::save()
{
    const QString language = m_ui->language->currentData().toString();
    if (language != m_settings->language())
        m_settings->setLanguage(language);
    m_settings->setTheme(AppSettings::themeFromName(m_ui->theme->currentData().toString()));
    QStringList production;
    for (int i = 0; i < m_ui->production->count(); ++i) {
        if (m_ui->production->item(i)->checkState() == Qt::Checked)
            production << m_ui->production->item(i)->text();
    }
    m_settings->setProductionContexts(production);
    m_settings->setReadOnly(m_ui->readOnly->isChecked());
    m_settings->setKeepHistory(m_ui->keepHistory->isChecked());
    m_settings->setNotifications(m_ui->notifications->isChecked());
    for (const auto &[box, kind] : notificationKinds())
        NotificationSettings::setKindEnabled(kind, box->isChecked());
    NotificationSettings::setFavouritesOnly(m_ui->notifyFavouritesOnly->isChecked());
}

QList<std::pair<QCheckBox *, Notice::Kind>> SettingsDialog::notificationKinds() const
{
    return {{m_ui->notifyWaiting, Notice::Kind::WaitingForPerson},
            {m_ui->notifyAnalysisFailed, Notice::Kind::AnalysisFailed},
            {m_ui->notifyAborted, Notice::Kind::Aborted},
            {m_ui->notifyDegraded, Notice::Kind::Degraded},
            {m_ui->notifyCompleted, Notice::Kind::Completed}};
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd::gui
