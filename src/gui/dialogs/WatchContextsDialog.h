#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace rd::gui {

// "Watch Several Contexts…": a checkable list of the kubeconfig's contexts. Accepting it gives
// the checked ones, in the kubeconfig's order (at least one: OK is off otherwise).
class WatchContextsDialog : public QDialog
{
    Q_OBJECT
public:
    WatchContextsDialog(const QStringList &contexts, const QStringList &checked,
                        QWidget *parent = nullptr);

    QStringList checkedContexts() const;
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();

    QLabel *m_intro;
    QLabel *m_listLabel;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace rd::gui
