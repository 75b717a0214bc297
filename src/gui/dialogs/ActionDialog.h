#pragma once

#include "core/RolloutInfo.h"
#include "gui/dialogs/ConfirmDialog.h"

#include <memory>

namespace rd::gui {

namespace Ui {
class ActionDialog;
}

// Confirmation of Promote, Promote Full, Pause, Resume, Abort, Retry, Restart (now or later) and
// Rollback (with a revision choice). Abort is destructive: red button, Cancel is the default.
// The extra inputs (restart delay, revision) are the form ui/dialogs/ActionDialog.ui; an action
// shows only its own part of it.
class ActionDialog : public ConfirmDialog
{
    Q_OBJECT
public:
    ActionDialog(source::RolloutAction::Kind kind, const core::RolloutInfo &info,
                 const ActionTarget &target, bool production, QWidget *parent = nullptr);
    ~ActionDialog() override;

    source::RolloutAction action() const override;
    source::RolloutAction::Kind kind() const { return m_kind; }

protected:
    QString describe() const override;
    QString confirmButtonText() const override;
    void retranslateUi() override;

private:
    std::unique_ptr<Ui::ActionDialog> m_ui;
    QWidget *m_inputs;
    source::RolloutAction::Kind m_kind;
    core::RolloutInfo m_info;
};

} // namespace rd::gui
