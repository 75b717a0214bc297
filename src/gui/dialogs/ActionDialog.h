#pragma once

#include "core/RolloutInfo.h"
#include "gui/dialogs/ConfirmDialog.h"

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace rd::gui {

// Confirmation of Promote, Promote Full, Pause, Resume, Abort, Retry, Restart (now or later) and
// Rollback (with a revision choice). Abort is destructive: red button, Cancel is the default.
class ActionDialog : public ConfirmDialog
{
    Q_OBJECT
public:
    ActionDialog(source::RolloutAction::Kind kind, const core::RolloutInfo &info,
                 const ActionTarget &target, bool production, QWidget *parent = nullptr);

    source::RolloutAction action() const override;
    source::RolloutAction::Kind kind() const { return m_kind; }

protected:
    QString describe() const override;
    QString confirmButtonText() const override;
    void retranslateUi() override;

private:
    source::RolloutAction::Kind m_kind;
    core::RolloutInfo m_info;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_revisionLabel = nullptr;
    QComboBox *m_revision = nullptr;
};

} // namespace rd::gui
