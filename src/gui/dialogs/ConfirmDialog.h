#pragma once

#include "gui/ActionPolicy.h"
#include "source/RolloutAction.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace rd::gui {

namespace Ui {
class ConfirmDialog;
}

// Base of every action confirmation: names context, namespace and rollout, says what will happen,
// shows the equivalent command (copyable), asks for the rollout's name on production contexts,
// and emits confirmed() exactly once. Open it with open()/show(); never exec() it from code paths.
// The layout is ui/dialogs/ConfirmDialog.ui.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const ActionTarget &target, bool production, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    virtual source::RolloutAction action() const = 0;

    QString commandText() const;
    QString consequenceText() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *typedNameEdit() const;
    // The optional reason: the History tab shows it with the action (never sent to the cluster).
    QLineEdit *reasonEdit() const;
    bool requiresTypedName() const { return m_production; }
    const ActionTarget &target() const { return m_target; }

Q_SIGNALS:
    void confirmed(const rd::source::RolloutAction &action);

protected:
    // Subclasses put their inputs here.
    QVBoxLayout *inputsLayout() const;
    virtual QString describe() const = 0;
    virtual bool inputsValid() const { return true; }
    virtual QString confirmButtonText() const = 0;
    virtual void retranslateUi();
    void setDestructive(bool destructive);
    // The widget that has the keyboard focus when the dialog shows (default: the confirm button,
    // Cancel for destructive actions).
    void setInitialFocus(QWidget *widget) { m_initialFocus = widget; }
    void showEvent(QShowEvent *event) override;
    // Recomputes texts and the confirm button's state.
    void refresh();
    void changeEvent(QEvent *event) override;

private:
    void onConfirm();

    std::unique_ptr<Ui::ConfirmDialog> m_ui;
    ActionTarget m_target;
    bool m_production = false;
    bool m_destructive = false;
    bool m_sent = false;
    QWidget *m_initialFocus = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace rd::gui
