#include "gui/dialogs/ConfirmDialog.h"

#include "gui/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ConfirmDialog::ConfirmDialog(const ActionTarget &target, bool production, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_production(production)
{
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);

    // Also the title when no window manager draws one.
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    m_targetLabel = new QLabel(this);
    m_targetLabel->setTextFormat(Qt::PlainText);
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setAccessibleDescription(u"confirmTarget"_s);
    layout->addWidget(m_targetLabel);

    m_productionLabel = plainLabel(new QLabel(this)); // names a kubeconfig context
    m_productionLabel->setWordWrap(true);
    m_productionLabel->setStyleSheet(
        u"QLabel { background: #c42b1c; color: white; padding: 4px; font-weight: bold; }"_s);
    m_productionLabel->setVisible(production);
    layout->addWidget(m_productionLabel);

    m_inputs = new QVBoxLayout;
    layout->addLayout(m_inputs);

    m_consequence = new QLabel(this);
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    m_consequence->setAccessibleDescription(u"confirmConsequence"_s);
    m_consequence->setMinimumWidth(460);
    layout->addWidget(m_consequence);

    m_commandLabel = new QLabel(this);
    layout->addWidget(m_commandLabel);
    auto *commandRow = new QHBoxLayout;
    m_command = new QLineEdit(this);
    m_command->setReadOnly(true);
    m_command->setFont(QFont(u"monospace"_s));
    m_commandLabel->setBuddy(m_command);
    commandRow->addWidget(m_command, 1);
    m_copy = new QPushButton(this);
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_command->text());
        //: Copy button after the command was copied
        m_copy->setText(tr("Copied"));
    });
    commandRow->addWidget(m_copy);
    layout->addLayout(commandRow);

    m_typedLabel = plainLabel(new QLabel(this)); // quotes the rollout name
    m_typedLabel->setWordWrap(true);
    m_typedName = new QLineEdit(this);
    m_typedLabel->setBuddy(m_typedName);
    m_typedLabel->setVisible(production);
    m_typedName->setVisible(production);
    connect(m_typedName, &QLineEdit::textChanged, this, &ConfirmDialog::refresh);
    layout->addWidget(m_typedLabel);
    layout->addWidget(m_typedName);

    m_buttons = new QDialogButtonBox(this);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmDialog::onConfirm);
    layout->addWidget(m_buttons);
    m_confirm->setDefault(true);
}

ConfirmDialog::~ConfirmDialog() = default;

void ConfirmDialog::setDestructive(bool destructive)
{
    m_destructive = destructive;
    if (destructive) {
        // Destructive: red confirm button, and Return/Escape land on Cancel.
        m_confirm->setStyleSheet(
            u"QPushButton { background: #c42b1c; color: white; border: 1px solid #8e1f14;"
            " border-radius: 3px; padding: 4px 12px; font-weight: bold; }"
            "QPushButton:disabled { background: #d9a39d; }"_s);
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
        focus = m_typedName;
    focus->setFocus(Qt::OtherFocusReason);
}

void ConfirmDialog::retranslateUi()
{
    m_heading->setText(windowTitle());
    //: Confirmation dialog header: which cluster context, namespace and rollout
    m_targetLabel->setText(tr("Context: %1\nNamespace: %2\nRollout: %3")
                               .arg(m_target.context, m_target.ns, m_target.name));
    m_productionLabel->setText(tr("Production context: %1").arg(m_target.context));
    //: Label above the equivalent command line
    m_commandLabel->setText(tr("Equivalent &command:"));
    m_command->setAccessibleName(tr("Equivalent command"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setAccessibleName(tr("Copy command"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    m_typedLabel->setText(
        tr("This is a production context. Type the rollout's name (%1) to confirm:")
            .arg(m_target.name));
    m_typedName->setAccessibleName(tr("Rollout name confirmation"));
    m_cancel->setText(tr("Cancel"));
    m_confirm->setText(confirmButtonText());
    refresh();
}

void ConfirmDialog::refresh()
{
    m_consequence->setText(describe());
    m_command->setText(ActionPolicy::command(action(), m_target));
    m_command->setCursorPosition(0);
    // Show the whole command when it fits on a screen.
    const int wanted = m_command->fontMetrics().horizontalAdvance(m_command->text()) + 24;
    m_command->setMinimumWidth(std::min(wanted, 820));
    const bool typedOk = !m_production || m_typedName->text().trimmed() == m_target.name;
    m_confirm->setEnabled(!m_sent && typedOk && inputsValid());
}

QString ConfirmDialog::commandText() const
{
    return m_command->text();
}

QString ConfirmDialog::consequenceText() const
{
    return m_consequence->text();
}

void ConfirmDialog::onConfirm()
{
    refresh();
    if (m_sent || !m_confirm->isEnabled())
        return;
    // One confirmation, one request: the button stays disabled from here on.
    m_sent = true;
    m_confirm->setEnabled(false);
    Q_EMIT confirmed(action());
    accept();
}

void ConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd::gui
