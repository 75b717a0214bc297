#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd::gui {

// Shown when nothing is configured: open a kubeconfig, start the demo cluster, open a snapshot.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Why the welcome page is shown (e.g. no kubeconfig found); empty hides it.
    void setReason(const QString &reason);

Q_SIGNALS:
    void openKubeconfigRequested();
    void startDemoRequested();
    void openSnapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_reason;
    QPushButton *m_kubeconfig;
    QPushButton *m_demo;
    QPushButton *m_snapshot;
};

} // namespace rd::gui
