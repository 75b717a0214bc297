#pragma once

#include "core/RolloutInfo.h"
#include "gui/dialogs/ConfirmDialog.h"

#include <memory>

class QComboBox;
class QLabel;

namespace rd::gui {

namespace Ui {
class SetImageDialog;
}

// Set Image: choose a container (init containers too), see its current image, pick an image
// the rollout ran before or type one (validated), and read what will happen. The inputs' layout
// is ui/dialogs/SetImageDialog.ui.
class SetImageDialog : public ConfirmDialog
{
    Q_OBJECT
public:
    SetImageDialog(const core::RolloutInfo &info, const ActionTarget &target, bool production,
                   QWidget *parent = nullptr);
    ~SetImageDialog() override;

    source::RolloutAction action() const override;

    QComboBox *containerBox() const { return m_container; }
    QComboBox *imageBox() const { return m_image; }
    QString currentImage() const;
    QString validationText() const;
    // Preselects a container and an image (e.g. "set image back to the stable version").
    void preset(const QString &container, const QString &image);

    enum class Forecast { Invalid, Unchanged, BackToStable, NewCanary, NewRevision };
    Forecast forecast() const;

protected:
    QString describe() const override;
    bool inputsValid() const override;
    QString confirmButtonText() const override;
    void retranslateUi() override;

private:
    void onContainerChanged();
    QString stableImageOf(const QString &container) const;

    std::unique_ptr<Ui::SetImageDialog> m_ui;
    core::RolloutInfo m_info;
    QWidget *m_inputs = nullptr;
    QComboBox *m_container = nullptr;
    QLabel *m_current = nullptr;
    QComboBox *m_image = nullptr;
    QLabel *m_validation = nullptr;
};

} // namespace rd::gui
