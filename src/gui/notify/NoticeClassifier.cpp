#include "gui/notify/NoticeClassifier.h"

namespace rd::gui {

namespace {

QString waitText(const QString &reason)
{
    if (reason == u"BlueGreenPause")
        //: Notification body: a blue-green rollout waits for promotion
        return NoticeClassifier::tr("The preview is ready and waits for you to promote it.");
    if (reason == u"InconclusiveAnalysisRun" || reason == u"InconclusiveExperiment")
        //: Notification body: analysis neither passed nor failed; a person decides
        return NoticeClassifier::tr(
            "The analysis was inconclusive: promote to go on, or abort to go back.");
    //: Notification body: a canary pause without a duration
    return NoticeClassifier::tr("The canary is paused until you promote or abort it.");
}

} // namespace

std::optional<Notice> NoticeClassifier::classify(const QString &context, const QString &key,
                                                 const AttentionState &before,
                                                 const AttentionState &after)
{
    Notice n;
    n.context = context;
    n.key = key;
    // The place first, so that the title alone says which cluster and rollout.
    const QString where = tr("%1 in %2").arg(key, context);
    if (after.aborted && !before.aborted) {
        n.kind = Notice::Kind::Aborted;
        //: Notification title; %1 is "namespace/name in context"
        n.title = tr("Rollout aborted: %1").arg(where);
        n.body = tr("The update was aborted and traffic goes back to the stable version.");
        if (!after.message.isEmpty())
            n.body += u' ' + after.message;
        n.actions = {Notice::Action::Open};
        return n;
    }
    if (after.degraded && !before.degraded) {
        if (after.aborted)
            return std::nullopt; // the second half of an abort already told
        n.kind = Notice::Kind::Degraded;
        //: Notification title; %1 is "namespace/name in context"
        n.title = tr("Rollout degraded: %1").arg(where);
        n.body = after.message;
        n.actions = {Notice::Action::Open};
        return n;
    }
    if (after.failedMeasurements > before.failedMeasurements) {
        n.kind = Notice::Kind::AnalysisFailed;
        //: Notification title; %1 is "namespace/name in context"
        n.title = tr("Analysis measurement failed: %1").arg(where);
        n.body = tr("%n failed or errored measurement(s) in the running analysis.", nullptr,
                    int(after.failedMeasurements));
        n.actions = {Notice::Action::Open, Notice::Action::Abort};
        return n;
    }
    if (after.waitingForPerson &&
        (!before.waitingForPerson || before.waitReason != after.waitReason)) {
        n.kind = Notice::Kind::WaitingForPerson;
        //: Notification title; %1 is "namespace/name in context"
        n.title = tr("Waiting for you: %1").arg(where);
        n.body = waitText(after.waitReason);
        n.actions = {Notice::Action::Open, Notice::Action::Promote, Notice::Action::Abort};
        return n;
    }
    if (after.healthy && !before.healthy) {
        n.kind = Notice::Kind::Completed;
        //: Notification title; %1 is "namespace/name in context"
        n.title = tr("Rollout completed: %1").arg(where);
        n.body = tr("Healthy: every replica runs the stable version.");
        n.actions = {Notice::Action::Open};
        return n;
    }
    return std::nullopt;
}

} // namespace rd::gui
