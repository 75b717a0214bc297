#include "gui/ActionController.h"

#include "core/RolloutInfo.h"
#include "gui/PlainText.h"
#include "gui/charts/WeightHistory.h"
#include "gui/dialogs/ActionDialog.h"
#include "gui/dialogs/SetImageDialog.h"
#include "gui/settings/AppSettings.h"
#include "source/RolloutSource.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ActionController::ActionController(AppSettings *settings, WeightHistory *history,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_history(history)
    , m_dialogParent(dialogParent)
{
    const QHash<Kind, QKeySequence> shortcuts{
        {Kind::Promote, QKeySequence(Qt::CTRL | Qt::Key_P)},
        {Kind::PromoteFull, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {Kind::Pause, QKeySequence(Qt::CTRL | Qt::Key_U)},
        {Kind::Resume, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {Kind::Abort, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {Kind::Retry, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {Kind::Restart, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)},
        {Kind::SetImage, QKeySequence(Qt::CTRL | Qt::Key_I)},
        {Kind::Undo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
    };
    const QHash<Kind, QString> names{
        {Kind::Promote, u"actionPromote"_s}, {Kind::PromoteFull, u"actionPromoteFull"_s},
        {Kind::Pause, u"actionPause"_s},     {Kind::Resume, u"actionResume"_s},
        {Kind::Abort, u"actionAbort"_s},     {Kind::Retry, u"actionRetry"_s},
        {Kind::Restart, u"actionRestart"_s}, {Kind::SetImage, u"actionSetImage"_s},
        {Kind::Undo, u"actionRollback"_s},
    };
    for (Kind kind : ActionPolicy::allKinds()) {
        auto *a = new QAction(this);
        a->setObjectName(names.value(kind));
        a->setShortcut(shortcuts.value(kind));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, kind] { open(kind); });
        m_actions.insert(int(kind), a);
    }
    retranslate();
    update();
    qApp->installEventFilter(this);
}

bool ActionController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == qApp)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ActionController::retranslate()
{
    for (Kind kind : ActionPolicy::allKinds())
        m_actions.value(int(kind))->setText(ActionPolicy::title(kind));
    update();
}

QList<QAction *> ActionController::actions() const
{
    QList<QAction *> list;
    for (Kind kind : ActionPolicy::allKinds())
        list << m_actions.value(int(kind));
    return list;
}

void ActionController::fillMenu(QMenu *menu) const
{
    // Groups: promotion, pause/resume, abort/retry, the rest; a named separator opens each.
    const QHash<Kind, QString> groupStarts{{Kind::Pause, u"separatorBeforePause"_s},
                                           {Kind::Abort, u"separatorBeforeAbort"_s},
                                           {Kind::Restart, u"separatorBeforeRestart"_s}};
    for (Kind kind : ActionPolicy::allKinds()) {
        if (groupStarts.contains(kind))
            menu->addSeparator()->setObjectName(groupStarts.value(kind));
        menu->addAction(m_actions.value(int(kind)));
    }
}

void ActionController::setSource(source::RolloutSource *source, const QString &contextName)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_context = contextName;
    m_key.clear();
    m_inFlight.clear();
    if (source) {
        connect(source, &source::RolloutSource::rolloutChanged, this, [this](const QString &key) {
            if (key == m_key)
                update();
        });
        connect(source, &source::RolloutSource::accessChanged, this, [this](const QString &key) {
            if (key == m_key || key.isEmpty())
                update();
        });
        connect(source, &source::RolloutSource::rolloutRemoved, this, [this](const QString &key) {
            if (key == m_key)
                update();
        });
    }
    update();
}

void ActionController::setCurrentKey(const QString &key)
{
    m_key = key;
    update();
}

void ActionController::update()
{
    std::shared_ptr<const core::RolloutInfo> info =
        (m_source && !m_key.isEmpty()) ? m_source->info(m_key) : nullptr;
    const bool readOnly = !m_source || m_source->isReadOnly() || m_settings->readOnly();
    const source::RolloutAccess access =
        info ? m_source->accessFor(m_key) : source::RolloutAccess{};
    for (Kind kind : ActionPolicy::allKinds()) {
        QAction *a = m_actions.value(int(kind));
        const auto avail = ActionPolicy::availability(kind, info.get(), readOnly, access,
                                                      m_inFlight.contains(m_key));
        a->setEnabled(avail.enabled);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        const QString why = avail.enabled ? ActionPolicy::hint(kind) : avail.reason;
        //: Action tooltip: explanation and keyboard shortcut
        a->setToolTip(plainToolTip(shortcut.isEmpty() ? why : tr("%1 (%2)").arg(why, shortcut)));
        a->setStatusTip(why);
    }
}

ActionTarget ActionController::targetFor(const QString &key) const
{
    ActionTarget t;
    // Several contexts on one board: the dialog names the row's own context (its key starts with
    // it); one context: the name the window shows (a snapshot's file name, not its path).
    t.context =
        m_source && m_source->watchedContexts().size() > 1 ? m_source->contextOf(key) : m_context;
    t.ns = key.section(u'/', -2, -2);
    t.name = key.section(u'/', -1);
    return t;
}

ConfirmDialog *ActionController::showDialog(ConfirmDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog knows "namespace/name"; the source's key may carry the context too (several
    // contexts on one board), so the request goes out under the key the dialog was opened for.
    connect(dialog, &ConfirmDialog::confirmed, this,
            [this, key = m_key](source::RolloutAction action) {
                action.key = key;
                send(action);
            });
    dialog->open();
    return dialog;
}

ConfirmDialog *ActionController::open(Kind kind)
{
    update();
    QAction *a = m_actions.value(int(kind));
    if (!a->isEnabled()) {
        Q_EMIT message(a->statusTip(), true);
        return nullptr;
    }
    const auto info = m_source->info(m_key);
    const ActionTarget target = targetFor(m_key);
    const bool production = m_settings->isProductionContext(target.context);
    if (kind == Kind::SetImage)
        return showDialog(new SetImageDialog(*info, target, production, m_dialogParent));
    return showDialog(new ActionDialog(kind, *info, target, production, m_dialogParent));
}

ConfirmDialog *ActionController::openSetImageBack(const QString &key)
{
    if (!key.isEmpty() && key != m_key)
        setCurrentKey(key);
    auto *dialog = qobject_cast<SetImageDialog *>(open(Kind::SetImage));
    if (!dialog)
        return nullptr;
    const auto info = m_source->info(m_key);
    if (!info->stableContainers.isEmpty()) {
        // Prefer the container whose image differs from stable.
        const core::ContainerInfo *pick = &info->stableContainers.first();
        for (const auto &stable : info->stableContainers) {
            for (const auto &c : info->containers) {
                if (c.name == stable.name && c.image != stable.image)
                    pick = &stable;
            }
        }
        dialog->preset(pick->name, pick->image);
    }
    return dialog;
}

void ActionController::send(const source::RolloutAction &action)
{
    if (!m_source || m_inFlight.contains(action.key))
        return;
    m_inFlight.insert(action.key);
    ++m_sent;
    update();
    Q_EMIT requestSent(action);
    const ActionTarget target = targetFor(action.key);
    Q_EMIT message(
        tr("Sending %1 for %2…").arg(ActionPolicy::confirmText(action.kind), target.name), false);
    source::ActionRequest *request = m_source->run(action);
    QPointer<source::RolloutSource> source = m_source;
    connect(request, &source::ActionRequest::finished, this,
            [this, action, target, source](bool success, const QString &text) {
                m_inFlight.remove(action.key);
                if (success && (action.kind == Kind::Promote || action.kind == Kind::PromoteFull))
                    m_history->addMarker(action.key, WeightHistory::MarkerKind::Promotion,
                                         ActionPolicy::confirmText(action.kind));
                // Success in the user's language; failures carry the server's own words.
                if (success) {
                    Q_EMIT message(ActionPolicy::successMessage(action, target.name), false);
                    Q_EMIT actionAccepted(action);
                } else {
                    //: An action failed: %1 rollout, %2 the server's message
                    Q_EMIT message(
                        tr("%1 failed for %2: %3")
                            .arg(ActionPolicy::confirmText(action.kind), target.name, text),
                        true);
                }
                if (source == m_source)
                    update();
            });
}

} // namespace rd::gui
