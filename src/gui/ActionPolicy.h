#pragma once

#include "source/RolloutAccess.h"
#include "source/RolloutAction.h"

#include <QCoreApplication>
#include <QString>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// Who the action is for, as the dialogs name it.
struct ActionTarget
{
    QString context; // kube context, or the snapshot path
    QString ns;
    QString name;
};

// When an action applies, why not otherwise, what it will do, and the equivalent plugin command.
// Pure functions, so the rules are tested without windows.
class ActionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ActionPolicy)
public:
    using Kind = source::RolloutAction::Kind;

    struct Availability
    {
        bool enabled = false;
        QString reason; // why it is disabled (tooltip); empty when enabled
    };

    static QList<Kind> allKinds();
    // Menu and button text ("Promote", "Set Image…").
    static QString title(Kind kind);
    // One-line tooltip of an enabled action.
    static QString hint(Kind kind);
    // `readOnly` covers snapshots and --read-only.
    static Availability availability(Kind kind, const core::RolloutInfo *info, bool readOnly,
                                     const source::RolloutAccess &access, bool inFlight = false);
    // What will happen, in full sentences, for the confirmation dialog.
    static QString consequence(const source::RolloutAction &action, const core::RolloutInfo &info);
    // The equivalent `kubectl argo rollouts ...` command line.
    static QString command(const source::RolloutAction &action, const ActionTarget &target);
    // What the window says once the cluster accepted the request.
    static QString successMessage(const source::RolloutAction &action, const QString &name);
    // Confirmation button text ("Abort rollout").
    static QString confirmText(Kind kind);
    static bool isDestructive(Kind kind) { return kind == Kind::Abort; }
};

} // namespace rd::gui
