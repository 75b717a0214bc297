#pragma once

#include <QWidget>

#include <memory>

namespace rd::gui {

namespace Ui {
class WelcomePage;
}

// Shown when nothing is configured: open a kubeconfig, start the demo cluster, open a snapshot.
// The layout is ui/views/WelcomePage.ui.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;
    // Why the welcome page is shown (e.g. no kubeconfig found); empty hides it.
    void setReason(const QString &reason);

Q_SIGNALS:
    void openKubeconfigRequested();
    void startDemoRequested();
    void openSnapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace rd::gui
