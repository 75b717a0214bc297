#include "gui/dialogs/ConfirmDialog.h"

#include "gui/StatusColours.h"
#include "ui_ConfirmDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ConfirmDialog::ConfirmDialog(const ActionTarget &target, bool production, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDialog>())
    , m_target(target)
    , m_production(production)
{
    setWindowModality(Qt::WindowModal);
    m_ui->setupUi(this);
    // The heading is also the title when no window manager draws one.
    QFont headingFont = m_ui->heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_ui->heading->setFont(headingFont);
    m_ui->productionLabel->setStyleSheet(StatusColours::productionLabel());
    m_ui->productionLabel->setVisible(production);
    m_ui->command->setFont(QFont(u"monospace"_s));
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_ui->command->text());
        //: Copy button after the command was copied
        m_ui->copyButton->setText(tr("Copied"));
    });
    m_ui->typedLabel->setVisible(production);
    m_ui->typedName->setVisible(production);
    connect(m_ui->typedName, &QLineEdit::textChanged, this, &ConfirmDialog::refresh);

    m_cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_confirm = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmDialog::onConfirm);
    m_confirm->setDefault(true);
}

ConfirmDialog::~ConfirmDialog() = default;

QLineEdit *ConfirmDialog::typedNameEdit() const
{
    return m_ui->typedName;
}

QLineEdit *ConfirmDialog::reasonEdit() const
{
    return m_ui->reason;
}

QVBoxLayout *ConfirmDialog::inputsLayout() const
{
    return m_ui->inputsLayout;
}

void ConfirmDialog::setDestructive(bool destructive)
{
    m_destructive = destructive;
    if (destructive) {
        // Destructive: red confirm button, and Return/Escape land on Cancel.
        m_confirm->setStyleSheet(StatusColours::destructiveConfirmButton());
        m_confirm->setDefault(false);
        m_confirm->setAutoDefault(false);
        m_cancel->setDefault(true);
        m_cancel->setAutoDefault(true);
        m_initialFocus = m_cancel;
    }
}

void ConfirmDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QWidget *focus = m_initialFocus ? m_initialFocus : m_confirm;
    if (m_production && !m_destructive && m_initialFocus == nullptr)
        focus = m_ui->typedName;
    focus->setFocus(Qt::OtherFocusReason);
}

void ConfirmDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->heading->setText(windowTitle());
    //: Confirmation dialog header: which cluster context, namespace and rollout
    m_ui->confirmTarget->setText(tr("Context: %1\nNamespace: %2\nRollout: %3")
                                     .arg(m_target.context, m_target.ns, m_target.name));
    m_ui->productionLabel->setText(tr("Production context: %1").arg(m_target.context));
    m_ui->typedLabel->setText(
        tr("This is a production context. Type the rollout's name (%1) to confirm:")
            .arg(m_target.name));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_confirm->setText(confirmButtonText());
    m_confirm->setAccessibleName(m_confirm->text().remove(u'&'));
    refresh();
}

void ConfirmDialog::refresh()
{
    m_ui->confirmConsequence->setText(describe());
    QLineEdit *command = m_ui->command;
    command->setText(ActionPolicy::command(action(), m_target));
    command->setCursorPosition(0);
    // Show the whole command when it fits on a screen.
    const int wanted = command->fontMetrics().horizontalAdvance(command->text()) + 24;
    command->setMinimumWidth(std::min(wanted, 820));
    const bool typedOk = !m_production || m_ui->typedName->text().trimmed() == m_target.name;
    // Always asked: it also updates the inputs' validation text, which must not wait for the
    // production name to be typed.
    const bool valid = inputsValid();
    m_confirm->setEnabled(!m_sent && typedOk && valid);
}

QString ConfirmDialog::commandText() const
{
    return m_ui->command->text();
}

QString ConfirmDialog::consequenceText() const
{
    return m_ui->confirmConsequence->text();
}

void ConfirmDialog::onConfirm()
{
    refresh();
    if (m_sent || !m_confirm->isEnabled())
        return;
    // One confirmation, one request: the button stays disabled from here on.
    m_sent = true;
    m_confirm->setEnabled(false);
    source::RolloutAction confirmedAction = action();
    confirmedAction.reason = m_ui->reason->text().trimmed();
    Q_EMIT confirmed(confirmedAction);
    accept();
}

void ConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd::gui
