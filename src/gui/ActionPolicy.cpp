#include "gui/ActionPolicy.h"

#include "core/RolloutInfo.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Kind = ActionPolicy::Kind;

namespace {
// Arguments are quoted only when the shell would need it.
QString shellQuote(const QString &arg)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                u"-_./:=@,+%"_s;
    bool plain = !arg.isEmpty();
    for (const QChar c : arg) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return arg;
    QString q = arg;
    q.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + q + u'\'';
}
} // namespace

QList<Kind> ActionPolicy::allKinds()
{
    return {Kind::Promote, Kind::PromoteFull, Kind::Pause,    Kind::Resume, Kind::Abort,
            Kind::Retry,   Kind::Restart,     Kind::SetImage, Kind::Undo};
}

QString ActionPolicy::title(Kind kind)
{
    switch (kind) {
    case Kind::Promote:
        //: Rollout action (menu, toolbar): go to the next step
        return tr("Promote");
    case Kind::PromoteFull:
        //: Rollout action: skip all remaining steps
        return tr("Promote Full");
    case Kind::Pause:
        //: Rollout action
        return tr("Pause");
    case Kind::Resume:
        //: Rollout action
        return tr("Resume");
    case Kind::Abort:
        //: Rollout action: stop the update and go back to stable
        return tr("Abort");
    case Kind::Retry:
        //: Rollout action: restart an aborted update
        return tr("Retry");
    case Kind::Restart:
        //: Rollout action: restart the pods
        return tr("Restart…");
    case Kind::SetImage:
        //: Rollout action: change a container image
        return tr("Set Image…");
    case Kind::Undo:
        //: Rollout action: roll back to an earlier revision
        return tr("Rollback…");
    }
    return {};
}

QString ActionPolicy::hint(Kind kind)
{
    switch (kind) {
    case Kind::Promote:
        return tr("Go on to the next step of the update");
    case Kind::PromoteFull:
        return tr("Skip every remaining step and make the new version stable");
    case Kind::Pause:
        return tr("Stop the update where it is until it is resumed");
    case Kind::Resume:
        return tr("Continue a paused update");
    case Kind::Abort:
        //: Tooltip of Abort; unlike Pause ("stop where it is"), the update does not continue
        return tr("Abort the update and send all traffic back to the stable version");
    case Kind::Retry:
        return tr("Start the aborted update again from its first step");
    case Kind::Restart:
        return tr("Restart every pod of the rollout, now or later");
    case Kind::SetImage:
        return tr("Change a container image: starts a new revision");
    case Kind::Undo:
        return tr("Go back to the pod template of an earlier revision");
    }
    return {};
}

QString ActionPolicy::confirmText(Kind kind)
{
    switch (kind) {
    case Kind::Promote:
        return tr("Promote");
    case Kind::PromoteFull:
        return tr("Promote fully");
    case Kind::Pause:
        return tr("Pause rollout");
    case Kind::Resume:
        return tr("Resume rollout");
    case Kind::Abort:
        //: Confirmation button of the Abort dialog
        return tr("Abort rollout");
    case Kind::Retry:
        return tr("Retry rollout");
    case Kind::Restart:
        return tr("Restart pods");
    case Kind::SetImage:
        return tr("Set image");
    case Kind::Undo:
        return tr("Roll back");
    }
    return {};
}

ActionPolicy::Availability ActionPolicy::availability(Kind kind, const core::RolloutInfo *info,
                                                      bool readOnly,
                                                      const source::RolloutAccess &access,
                                                      bool inFlight)
{
    if (!info)
        return {false, tr("Select a rollout first.")};
    if (info->unreadable())
        return {false, tr("The rollout's object cannot be read: %1").arg(info->parseError)};
    if (readOnly)
        return {false, tr("Read-only mode: actions are switched off.")};
    if (inFlight)
        return {false, tr("A request for this rollout is still being sent.")};
    const bool statusVerb = kind == Kind::Abort || kind == Kind::Retry || kind == Kind::Promote ||
                            kind == Kind::PromoteFull;
    if (access.known) {
        if (statusVerb && !access.canPatchStatus)
            return {false, tr("Your account may not patch rollouts/status in namespace %1.")
                               .arg(info->meta.namespace_)};
        if (!statusVerb && !access.canPatch)
            return {false, tr("Your account may not patch rollouts in namespace %1.")
                               .arg(info->meta.namespace_)};
    }
    const bool specPaused = info->specPaused;
    const bool canary = info->strategy == core::Strategy::Canary;
    const qsizetype steps = info->steps.size();
    const bool healthy = info->phase() == core::Phase::Healthy;
    const bool updating = !healthy && !info->aborted;
    switch (kind) {
    case Kind::Promote:
        if (info->aborted)
            return {false, tr("The update was aborted: use Retry or set the image.")};
        if (healthy)
            return {false, tr("Nothing to promote: the rollout is fully promoted.")};
        if (canary && steps > 0 && info->currentStepIndex >= steps)
            return {false, tr("Every step is done.")};
        return {true, {}};
    case Kind::PromoteFull:
        if (healthy)
            return {false, tr("Nothing to promote: the rollout is fully promoted.")};
        return {true, {}};
    case Kind::Pause:
        if (specPaused)
            return {false, tr("The rollout is already paused.")};
        return {true, {}};
    case Kind::Resume:
        if (!specPaused)
            return {false,
                    tr("The rollout is not paused by a user (use Promote for a pause step).")};
        return {true, {}};
    case Kind::Abort:
        if (info->aborted)
            return {false, tr("The update is already aborted.")};
        if (!updating)
            return {false, tr("Nothing to abort: no update is in progress.")};
        return {true, {}};
    case Kind::Retry:
        if (!info->aborted)
            return {false, tr("Only an aborted update can be retried.")};
        return {true, {}};
    case Kind::Restart:
        return {true, {}};
    case Kind::SetImage:
        if (info->containers.isEmpty() && info->initContainers.isEmpty())
            return {false, tr("The rollout has no containers.")};
        return {true, {}};
    case Kind::Undo:
        if (info->revisions().size() < 2)
            return {false, tr("There is no earlier revision to roll back to.")};
        return {true, {}};
    }
    return {false, {}};
}

QString ActionPolicy::consequence(const source::RolloutAction &action,
                                  const core::RolloutInfo &info)
{
    const qsizetype steps = info.steps.size();
    switch (action.kind) {
    case Kind::Promote:
        if (steps > 0 && info.currentStepIndex >= 0 && info.currentStepIndex < steps)
            return tr("The rollout leaves step %1 of %2 and goes on to the next step. More "
                      "traffic goes to the canary version as the following steps say.")
                .arg(info.currentStepIndex + 1)
                .arg(steps);
        return tr("The rollout goes on to its next step.");
    case Kind::PromoteFull:
        return tr("Every remaining step, pause and analysis is skipped. The canary version "
                  "becomes the stable version and receives all traffic.");
    case Kind::Pause:
        return tr("The update stops where it is. Traffic weights and replicas stay as they are "
                  "until someone resumes or promotes the rollout.");
    case Kind::Resume:
        return tr("The paused update continues from its current step.");
    case Kind::Abort:
        return tr("Aborting removes the new canary version's resources: its ReplicaSet is scaled "
                  "to 0 replicas and the previous stable version is restored. All traffic that "
                  "went to the canary (Ingress, route, virtual service) returns to the stable "
                  "version.\n\nThe rollout then shows Degraded until you set the image back to "
                  "the stable version or retry the update.");
    case Kind::Retry:
        return tr("The aborted update starts again from its first step: a canary is scaled up "
                  "and receives traffic as the steps say.");
    case Kind::Restart:
        if (action.delaySecs > 0)
            return tr("Every pod of the rollout is restarted, a few at a time, starting in %n "
                      "second(s).",
                      nullptr, int(action.delaySecs));
        return tr("Every pod of the rollout is restarted now, a few at a time. The image and "
                  "the steps do not change.");
    case Kind::SetImage:
        return tr("Container %1 gets image %2.").arg(action.container, action.image);
    case Kind::Undo:
        if (action.revision > 0)
            return tr("The pod template of revision %1 is restored. This starts a new update "
                      "that follows the rollout's steps.")
                .arg(action.revision);
        return tr("The pod template of the previous revision is restored. This starts a new "
                  "update that follows the rollout's steps.");
    }
    return {};
}

QString ActionPolicy::successMessage(const source::RolloutAction &action, const QString &name)
{
    switch (action.kind) {
    case Kind::Promote:
        return tr("Rollout %1 promoted.").arg(name);
    case Kind::PromoteFull:
        return tr("Rollout %1 fully promoted.").arg(name);
    case Kind::Pause:
        return tr("Rollout %1 paused.").arg(name);
    case Kind::Resume:
        return tr("Rollout %1 resumed.").arg(name);
    case Kind::Abort:
        return tr("Rollout %1 aborted: the canary is scaled down and all traffic goes to the "
                  "stable version.")
            .arg(name);
    case Kind::Retry:
        return tr("Rollout %1 retried: the update starts again from its first step.").arg(name);
    case Kind::Restart:
        if (action.delaySecs > 0)
            return tr("Rollout %1 restarts its pods in %n second(s).", nullptr,
                      int(action.delaySecs))
                .arg(name);
        return tr("Rollout %1 restarts its pods now.").arg(name);
    case Kind::SetImage:
        //: %1 rollout, %2 container, %3 image
        return tr("Rollout %1: container %2 now wants image %3.")
            .arg(name, action.container, action.image);
    case Kind::Undo:
        return tr("Rollout %1 rolled back.").arg(name);
    }
    return {};
}

QString ActionPolicy::command(const source::RolloutAction &action, const ActionTarget &target)
{
    QStringList args{u"kubectl"_s, u"argo"_s, u"rollouts"_s};
    switch (action.kind) {
    case Kind::Promote:
        args << u"promote"_s << target.name;
        break;
    case Kind::PromoteFull:
        args << u"promote"_s << target.name << u"--full"_s;
        break;
    case Kind::Pause:
        args << u"pause"_s << target.name;
        break;
    case Kind::Resume:
        // The plugin has no resume: the same patch with kubectl.
        args =
            QStringList{u"kubectl"_s, u"patch"_s, u"rollout"_s, target.name,
                        u"--type"_s,  u"merge"_s, u"-p"_s,      u"{\"spec\":{\"paused\":false}}"_s};
        break;
    case Kind::Abort:
        args << u"abort"_s << target.name;
        break;
    case Kind::Retry:
        args << u"retry"_s << u"rollout"_s << target.name;
        break;
    case Kind::Restart:
        args << u"restart"_s << target.name;
        if (action.delaySecs > 0)
            args << u"--in"_s << QString::number(action.delaySecs) + u's';
        break;
    case Kind::SetImage:
        args << u"set"_s << u"image"_s << target.name << action.container + u'=' + action.image;
        break;
    case Kind::Undo:
        args << u"undo"_s << target.name;
        if (action.revision > 0)
            args << u"--to-revision"_s << QString::number(action.revision);
        break;
    }
    if (!target.ns.isEmpty())
        args << u"-n"_s << target.ns;
    if (!target.context.isEmpty())
        args << u"--context"_s << target.context;
    QStringList quoted;
    for (const QString &a : args)
        quoted << shellQuote(a);
    return quoted.join(u' ');
}

} // namespace rd::gui
