#include "core/timeline/Attempts.h"

#include "core/Duration.h"
#include "core/JsonReader.h"
#include "core/RolloutInfo.h"
#include "core/TabWriter.h"
#include "core/timeline/WeightSeries.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

QString attemptOutcomeName(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::InProgress:
        return u"InProgress"_s;
    case AttemptOutcome::Completed:
        return u"Completed"_s;
    case AttemptOutcome::Aborted:
        return u"Aborted"_s;
    case AttemptOutcome::Superseded:
        return u"Superseded"_s;
    }
    return {};
}

QList<Attempt> buildAttempts(const QList<TimelineEntry> &told, const RolloutInfo *info,
                             const QDateTime &now)
{
    const QList<TimelineEntry> entries = resolveRevisions(told, info);
    QList<Attempt> out;
    const QHash<qint64, QString> images = info ? imagesByRevision(*info) : QHash<qint64, QString>();
    // The open attempt is out.last() while its outcome is InProgress.
    const auto open = [&]() -> Attempt * {
        return !out.isEmpty() && out.last().outcome == AttemptOutcome::InProgress ? &out.last()
                                                                                  : nullptr;
    };
    QDateTime stepStart; // invalid: the running step began before the story did
    int lastStep = 0;
    const auto start = [&](const TimelineEntry &e, bool seen, bool retry) {
        Attempt a;
        a.revision = e.revision;
        a.image = images.value(e.revision);
        a.started = e.time;
        a.startSeen = seen;
        a.retry = retry;
        out << a;
        stepStart = seen ? e.time : QDateTime();
        lastStep = 0;
    };
    const auto finish = [&](const QDateTime &at, AttemptOutcome outcome) {
        if (Attempt *a = open()) {
            a->finished = at;
            a->outcome = outcome;
        }
    };
    // Entries of another revision than the last attempt's: that one began before the story's
    // first entry. Entries of the last attempt's revision belong to it, even after it finished
    // (a live transition seen after the Event that ended it). Returns the open attempt, if any.
    const auto attach = [&](const TimelineEntry &e) -> Attempt * {
        if (!out.isEmpty() && (out.last().revision == e.revision || e.revision == 0))
            return open();
        finish(e.time, AttemptOutcome::Superseded);
        start(e, false, false);
        return open();
    };

    for (const TimelineEntry &e : entries) {
        switch (e.kind) {
        case TimelineKind::Updated:
            if (Attempt *a = open(); a && a->revision == e.revision)
                break; // the same update told twice
            finish(e.time, AttemptOutcome::Superseded);
            start(e, true, false);
            break;
        case TimelineKind::Retried:
            if (!out.isEmpty() && out.last().outcome == AttemptOutcome::Aborted &&
                (out.last().revision == e.revision || e.revision == 0)) {
                TimelineEntry same = e;
                same.revision = out.last().revision;
                start(same, true, true);
            } else {
                attach(e);
            }
            break;
        case TimelineKind::StepCompleted:
            if (Attempt *a = attach(e); a && e.stepIndex > lastStep) {
                if (stepStart.isValid())
                    a->steps << StepTime{e.stepIndex, stepStart.secsTo(e.time), true};
                lastStep = e.stepIndex;
                stepStart = e.time;
            }
            break;
        case TimelineKind::Aborted:
            attach(e);
            finish(e.time, AttemptOutcome::Aborted);
            break;
        case TimelineKind::Completed:
            attach(e);
            finish(e.time, AttemptOutcome::Completed);
            break;
        case TimelineKind::Paused:
        case TimelineKind::Resumed:
        case TimelineKind::Promoted:
        case TimelineKind::PromotedFull:
        case TimelineKind::AnalysisFailed:
        case TimelineKind::AnalysisInconclusive:
            attach(e);
            break;
        default:
            break; // Scaled names a ReplicaSet's revision; the rest say nothing of attempts
        }
    }
    // The step running now.
    if (Attempt *a = open(); a && stepStart.isValid() && info && !info->aborted &&
                             info->revisions().value(0, 0) == a->revision &&
                             lastStep < info->steps.size()) {
        a->steps << StepTime{lastStep + 1, std::max<qint64>(0, stepStart.secsTo(now)), false};
    }

    const QList<PauseSpan> pauses = pauseSpans(entries, info, now);
    for (Attempt &a : out) {
        const QDateTime until = a.finished.isValid() ? a.finished : now;
        for (const PauseSpan &p : pauses) {
            if (!p.waitsForPerson())
                continue;
            const QDateTime from = std::max(p.start, a.started);
            const QDateTime to = std::min(p.end.isValid() ? p.end : now, until);
            if (from < to)
                a.waitingSeconds += from.secsTo(to);
        }
    }
    return out;
}

QString attemptsTable(const QList<Attempt> &attempts)
{
    TabWriter writer;
    writer.addLine(u"STARTED\tFINISHED\tREVISION\tOUTCOME\tSTEPS\tWAITING"_s);
    for (const Attempt &a : attempts) {
        QStringList steps;
        for (const StepTime &s : a.steps) {
            steps << QString::number(s.step) % u'=' % humanDuration(s.seconds * 1000) %
                         (s.finished ? QString() : u"+"_s);
        }
        writer.addLine((a.startSeen ? QString() : u"<"_s) % formatKubeTime(a.started) % u'\t' %
                       (a.finished.isValid() ? formatKubeTime(a.finished) : u"-"_s) % u'\t' %
                       QString::number(a.revision) % u'\t' % attemptOutcomeName(a.outcome) % u'\t' %
                       (steps.isEmpty() ? u"-"_s : steps.join(u',')) % u'\t' %
                       humanDuration(a.waitingSeconds * 1000));
    }
    return writer.text();
}

} // namespace rd::core
