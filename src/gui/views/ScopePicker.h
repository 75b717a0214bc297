#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace rd::gui {

// The toolbar's context and namespace pickers. It shows what it is given (the kubeconfig's
// contexts, the namespaces known) and asks for another scope by a signal; connecting is the
// caller's (MainWindow hands the request to ConnectionManager, whose answer comes back here).
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    // The contexts to offer, `current` selected; a current context the kubeconfig no longer
    // lists stays offered while it is in use. `choosable` false: shown but fixed (a snapshot).
    // One context alone is never choosable.
    void setContexts(const QStringList &contexts, const QString &current, bool choosable);
    // The namespace shown (empty: all namespaces) and the others to offer after "All namespaces".
    void setNamespaces(const QStringList &namespaces, const QString &current);
    void setNamespaceChoosable(bool choosable);

    QComboBox *contextBox() const { return m_contextBox; }
    QComboBox *namespaceBox() const { return m_namespaceBox; }
    QString currentContext() const;
    // Empty when "All namespaces" is selected.
    QString currentNamespace() const;

Q_SIGNALS:
    // The user chose a context (also the one shown: the caller decides what that means).
    void contextRequested(const QString &context);
    // The user chose a namespace; `allNamespaces` with an empty `ns` for "All namespaces".
    void namespaceRequested(const QString &ns, bool allNamespaces);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_contextLabel;
    QComboBox *m_contextBox;
    QLabel *m_namespaceLabel;
    QComboBox *m_namespaceBox;
};

} // namespace rd::gui
