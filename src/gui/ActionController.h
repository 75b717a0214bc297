#pragma once

#include "gui/ActionPolicy.h"
#include "gui/dialogs/ConfirmDialog.h"
#include "source/RolloutAction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QMenu;
class QWidget;

namespace rd::source {
class RolloutSource;
}

namespace rd::gui {

class AppSettings;
class WeightHistory;

// The rollout actions: one QAction each (menu bar, toolbar, context menu share them), enabled by
// state, read-only mode and access review with the reason in the tooltip. Triggering opens the
// confirmation dialog (non-modally, open()); a confirmation sends exactly one request and the
// result is reported through message().
class ActionController : public QObject
{
    Q_OBJECT
public:
    using Kind = source::RolloutAction::Kind;

    ActionController(AppSettings *settings, WeightHistory *history, QWidget *dialogParent,
                     QObject *parent = nullptr);

    void setSource(source::RolloutSource *source, const QString &contextName);
    void setCurrentKey(const QString &key);
    QString currentKey() const { return m_key; }
    // Recomputes enabled state and tooltips.
    void update();

    QAction *action(Kind kind) const { return m_actions.value(int(kind)); }
    QList<QAction *> actions() const;
    void fillMenu(QMenu *menu) const;

    // Opens the dialog for `kind` on the current rollout (what the QActions do).
    ConfirmDialog *open(Kind kind);
    // Opens Set Image preset to the stable version's images.
    ConfirmDialog *openSetImageBack(const QString &key);
    ConfirmDialog *currentDialog() const { return m_dialog; }
    int requestsSent() const { return m_sent; }
    bool inFlight(const QString &key) const { return m_inFlight.contains(key); }

Q_SIGNALS:
    // A result to show in the window; `error` for failures.
    void message(const QString &text, bool error);
    void requestSent(const rd::source::RolloutAction &action);
    // The cluster accepted `action` (e.g. an abort, which AbortWatcher then follows).
    void actionAccepted(const rd::source::RolloutAction &action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void send(const source::RolloutAction &action);
    ConfirmDialog *showDialog(ConfirmDialog *dialog);
    ActionTarget targetFor(const QString &key) const;

    AppSettings *m_settings;
    WeightHistory *m_history;
    QWidget *m_dialogParent;
    QPointer<source::RolloutSource> m_source;
    QString m_context;
    QString m_key;
    QHash<int, QAction *> m_actions;
    QSet<QString> m_inFlight;
    QPointer<ConfirmDialog> m_dialog;
    int m_sent = 0;
};

} // namespace rd::gui
