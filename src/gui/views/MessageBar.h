#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace rd::gui {

// The closable one-line message under the banners: results of actions, kubeconfig changes,
// connection errors. Plain text (messages quote server text).
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    // The message shown, or empty when the bar is closed.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace rd::gui
