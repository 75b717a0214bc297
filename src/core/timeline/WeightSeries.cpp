#include "core/timeline/WeightSeries.h"

#include "core/Duration.h"
#include "core/RolloutInfo.h"
#include "core/timeline/Timeline.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// A resume this close to a pause's end belongs to it (the controller writes both in one pass, the
// watch and this program see them a little apart).
constexpr qint64 NearMs = Timeline::MergeWindowMs;
// A timed pause that ended this much before its duration was ended by someone.
constexpr qint64 EarlySlackMs = 2'000;

qint64 currentRevision(const RolloutInfo *info)
{
    return info ? info->revisions().value(0, 0) : 0;
}

// "Rollout step 2/8 completed (pause)" / "(pause: 10s)": how the completed pause step waited.
std::optional<std::pair<PauseWait, std::optional<qint64>>> waitOfStepText(const QString &message)
{
    static const QRegularExpression re(uR"(completed \(pause(?:: (.+))?\)$)"_s);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.captured(1).isEmpty())
        return std::pair{PauseWait::UntilPromoted, std::optional<qint64>()};
    const QString written = m.captured(1).trimmed();
    bool isNumber = false;
    const qint64 seconds = written.toLongLong(&isNumber);
    const auto ms = isNumber ? std::optional<qint64>(seconds * 1000) : parseGoDurationMs(written);
    if (!ms || *ms < 0) // unparsable: the controller never ends it by time
        return std::pair{PauseWait::UntilPromoted, std::optional<qint64>()};
    return std::pair{PauseWait::Timed, std::optional<qint64>(*ms / 1000)};
}

// The pause step `index` as the rollout's steps are now (an older revision's steps are not kept;
// an update rarely changes them).
std::optional<std::pair<PauseWait, std::optional<qint64>>> waitOfLiveStep(const RolloutInfo *info,
                                                                          int index)
{
    if (!info || index < 0 || index >= info->steps.size() || !info->steps.at(index).isPause())
        return std::nullopt;
    const auto seconds = info->steps.at(index).pauseSeconds();
    if (!seconds || *seconds < 0)
        return std::pair{PauseWait::UntilPromoted, std::optional<qint64>()};
    return std::pair{PauseWait::Timed, seconds};
}

// What a Paused entry's message says about who ends it; nullopt for a pause step, decided later.
std::optional<PauseWait> waitOfPauseMessage(const QString &message)
{
    if (message.contains(u"manually paused"_s, Qt::CaseInsensitive))
        return PauseWait::UntilResumed;
    if (message.contains(u"Inconclusive"_s))
        return PauseWait::UntilPromoted;
    if (message.contains(u"BlueGreenPause"_s))
        return PauseWait::Unknown;
    return std::nullopt;
}

WeightMarkerKind markerKind(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Paused:
        return WeightMarkerKind::Paused;
    case TimelineKind::Resumed:
        return WeightMarkerKind::Resumed;
    case TimelineKind::Promoted:
        return WeightMarkerKind::Promoted;
    case TimelineKind::PromotedFull:
        return WeightMarkerKind::PromotedFull;
    case TimelineKind::Aborted:
        return WeightMarkerKind::Aborted;
    case TimelineKind::Retried:
        return WeightMarkerKind::Retried;
    case TimelineKind::Completed:
        return WeightMarkerKind::Completed;
    default:
        return WeightMarkerKind::Updated;
    }
}

bool isMarked(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Updated:
    case TimelineKind::Paused:
    case TimelineKind::Resumed:
    case TimelineKind::Promoted:
    case TimelineKind::PromotedFull:
    case TimelineKind::Aborted:
    case TimelineKind::Retried:
    case TimelineKind::Completed:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<TimelineEntry> resolveRevisions(QList<TimelineEntry> entries, const RolloutInfo *info)
{
    // Timeline::entries carries revisions forward; what comes before the first known one belongs
    // to the next revision told, or to the live rollout's.
    qint64 next = currentRevision(info);
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        TimelineEntry &e = entries[i];
        if (e.kind == TimelineKind::Scaled)
            continue;
        if (e.revision == 0)
            e.revision = next;
        else
            next = e.revision;
    }
    // Revisions only grow (a rollback is a new revision too): an older revision's entry after a
    // newer update is a late sighting of what happened before it (a lagging watch).
    qint64 newest = 0;
    entries.removeIf([&newest](const TimelineEntry &e) {
        if (e.kind == TimelineKind::Scaled || e.revision == 0)
            return false;
        if (e.revision < newest)
            return true;
        if (e.kind == TimelineKind::Updated)
            newest = e.revision;
        return false;
    });
    return entries;
}

QDateTime PauseCountdown::resumesAt() const
{
    if (wait != PauseWait::Timed || !durationSeconds || !start.isValid())
        return {};
    return start.addSecs(*durationSeconds);
}

std::optional<qint64> PauseCountdown::remainingSeconds(const QDateTime &now) const
{
    const QDateTime at = resumesAt();
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, (now.msecsTo(at) + 999) / 1000);
}

QHash<qint64, QString> imagesByRevision(const RolloutInfo &info)
{
    QHash<qint64, QString> out;
    for (const ReplicaSetInfo &rs : info.replicaSets) {
        if (rs.revision > 0 && !rs.images.isEmpty())
            out.insert(rs.revision, rs.images.join(u", "_s));
    }
    return out;
}

std::optional<PauseCountdown> pauseCountdown(const RolloutInfo &info)
{
    if (info.aborted)
        return std::nullopt;
    PauseCountdown c;
    c.step = info.step;
    if (info.specPaused) {
        c.start = info.pauseStartTime();
        c.wait = PauseWait::UntilResumed;
        return c;
    }
    if (info.pauseConditions.isEmpty())
        return std::nullopt;
    c.start = info.pauseConditions.first().startTime;
    c.reason = info.pauseConditions.first().reason;
    if (c.reason == u"CanaryPauseStep") {
        const auto live = waitOfLiveStep(&info, int(info.currentStepIndex));
        if (live) {
            c.wait = live->first;
            c.durationSeconds = live->second;
        }
    } else if (c.reason.startsWith(u"Inconclusive"_s)) {
        c.wait = PauseWait::UntilPromoted;
    }
    return c;
}

QList<PauseSpan> pauseSpans(const QList<TimelineEntry> &told, const RolloutInfo *info,
                            const QDateTime &now)
{
    const QList<TimelineEntry> entries = resolveRevisions(told, info);
    QList<PauseSpan> spans;
    std::optional<PauseSpan> open;
    bool decided = false; // open->wait is known
    int openStep = -1;
    int stepIndex = 0;
    const auto close = [&](qsizetype at) {
        const TimelineEntry &end = entries.at(at);
        open->end = end.time;
        open->endedBy = end.kind;
        if (!decided) {
            // The step that completed the pause says how it waited; it may follow a resume.
            std::optional<std::pair<PauseWait, std::optional<qint64>>> how;
            for (qsizetype j = at; j < entries.size() && !how; ++j) {
                const TimelineEntry &e = entries.at(j);
                if (j > at && end.time.msecsTo(e.time) > NearMs)
                    break;
                if (e.kind == TimelineKind::StepCompleted)
                    how = waitOfStepText(e.message);
            }
            if (!how)
                how = waitOfLiveStep(info, openStep);
            if (how) {
                open->wait = how->first;
                open->durationSeconds = how->second;
            }
        }
        spans << *open;
        open.reset();
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TimelineEntry &e = entries.at(i);
        switch (e.kind) {
        case TimelineKind::Paused:
            if (!open) {
                open = PauseSpan{e.time, {}, e.revision, PauseWait::Unknown, std::nullopt};
                const auto wait = waitOfPauseMessage(e.message);
                decided = wait.has_value();
                if (wait)
                    open->wait = *wait;
                openStep = stepIndex;
            }
            break;
        case TimelineKind::StepCompleted:
            // The same step told again (a live sighting too late to merge) ends nothing.
            if (e.stepIndex >= 0 && e.stepIndex <= stepIndex)
                break;
            if (open)
                close(i);
            if (e.stepIndex >= 0)
                stepIndex = e.stepIndex;
            break;
        case TimelineKind::Resumed:
        case TimelineKind::Promoted:
        case TimelineKind::PromotedFull:
        case TimelineKind::Completed:
            if (open)
                close(i);
            break;
        case TimelineKind::Updated:
        case TimelineKind::Aborted:
        case TimelineKind::Retried:
            if (open)
                close(i);
            stepIndex = 0;
            break;
        default:
            break;
        }
    }
    if (open) {
        const auto live = info ? pauseCountdown(*info) : std::nullopt;
        if (live) {
            if (!decided) {
                open->wait = live->wait;
                open->durationSeconds = live->durationSeconds;
            }
        } else if (info) {
            // No longer paused, but the story missed how it ended: it lasted at least until the
            // last thing told.
            open->end = std::max(open->start, entries.constLast().time);
        }
        Q_UNUSED(now);
        spans << *open;
    }
    return spans;
}

WeightSeries buildWeightSeries(const QList<TimelineEntry> &told, const RolloutInfo *info,
                               const QDateTime &now, const QList<WeightPoint> &actualSamples)
{
    const QList<TimelineEntry> entries = resolveRevisions(told, info);
    WeightSeries out;
    const QHash<qint64, QString> images = info ? imagesByRevision(*info) : QHash<qint64, QString>();
    qint64 stableRevision = 0;
    bool anyCompleted = false;
    for (const TimelineEntry &e : entries)
        anyCompleted |= e.kind == TimelineKind::Completed;
    if (info && !anyCompleted) {
        for (const ReplicaSetInfo &rs : info->replicaSets) {
            if (rs.stable)
                stableRevision = rs.revision;
        }
    }

    std::optional<WeightSegment> current;
    const auto moveTo = [&](const QDateTime &at, WeightSegment next) {
        next.image = images.value(next.revision);
        next.stableRevision = next.stable ? next.revision : stableRevision;
        if (current && current->revision == next.revision && current->setWeight == next.setWeight &&
            current->aborted == next.aborted && current->stable == next.stable &&
            current->weightKnown == next.weightKnown &&
            current->stableRevision == next.stableRevision)
            return;
        if (current) {
            current->end = at;
            if (current->start < at)
                out.segments << *current;
        }
        next.start = at;
        current = next;
    };

    for (const TimelineEntry &e : entries) {
        if (e.kind == TimelineKind::Scaled)
            continue; // a ReplicaSet's revision, not the rollout's
        WeightSegment next = current.value_or(WeightSegment{});
        next.revision = e.revision;
        if (!current) {
            next.weightKnown = e.weight.has_value();
            next.setWeight = e.weight.value_or(0);
        }
        switch (e.kind) {
        case TimelineKind::Updated:
            next.setWeight = e.weight.value_or(0);
            next.weightKnown = true;
            next.aborted = false;
            next.stable = false;
            break;
        case TimelineKind::StepCompleted:
            if (e.weight) {
                next.setWeight = *e.weight;
                next.weightKnown = true;
            }
            break;
        case TimelineKind::Aborted:
            next.setWeight = 0;
            next.weightKnown = true;
            next.aborted = true;
            next.stable = false;
            break;
        case TimelineKind::Retried:
            next.setWeight = 0;
            next.weightKnown = true;
            next.aborted = false;
            break;
        case TimelineKind::Completed:
            next.setWeight = 100;
            next.weightKnown = true;
            next.aborted = false;
            next.stable = true;
            stableRevision = e.revision;
            break;
        default:
            break;
        }
        moveTo(e.time, next);
        if (isMarked(e.kind)) {
            WeightMarker m;
            m.time = e.time;
            m.kind = markerKind(e.kind);
            m.revision = e.revision;
            m.weight = current->setWeight;
            m.actor = e.actor;
            m.reason = e.reason;
            m.message = e.message;
            out.markers << m;
        }
    }
    if (!current && info && currentRevision(info) > 0) {
        // Nothing told yet: the live state alone, since it was first sampled.
        bool ok = false;
        const int live = info->setWeight.toInt(&ok);
        WeightSegment only;
        only.revision = currentRevision(info);
        only.setWeight = ok ? live : 0;
        only.weightKnown = ok;
        only.aborted = info->aborted;
        only.stable = stableRevision == only.revision;
        moveTo(actualSamples.isEmpty() ? now : std::min(now, actualSamples.first().time), only);
    }
    if (current) {
        current->end = std::max(now, current->start);
        out.segments << *current;
    }

    // The live rollout knows the weight where no entry said it, and has the last word on it.
    if (info && !out.segments.isEmpty()) {
        bool ok = false;
        const int live = info->setWeight.toInt(&ok);
        for (qsizetype i = out.segments.size() - 1; ok && i >= 0; --i) {
            WeightSegment &s = out.segments[i];
            if (s.weightKnown || s.revision != currentRevision(info))
                break;
            s.setWeight = live;
            s.weightKnown = true;
            for (WeightMarker &m : out.markers) {
                if (m.time >= s.start)
                    m.weight = live;
            }
        }
    }
    const auto weightBefore = [&](const QDateTime &t) {
        int w = 0;
        for (const WeightSegment &g : std::as_const(out.segments)) {
            if (g.start < t)
                w = g.setWeight;
        }
        return w;
    };

    out.pauses = pauseSpans(entries, info, now);
    out.countdown = info ? pauseCountdown(*info) : std::nullopt;

    // A pause that waited for a person (or ended before its time) and ended by a resume was
    // promoted by someone: the controller writes no Event saying so.
    for (const PauseSpan &p : std::as_const(out.pauses)) {
        if (!p.end.isValid())
            continue;
        const bool early = p.wait == PauseWait::Timed && p.durationSeconds &&
                           p.start.msecsTo(p.end) < *p.durationSeconds * 1000 - EarlySlackMs;
        // Ended by a resume or by its step completing; an abort, an update or a completion end a
        // pause without promoting it.
        const bool resumed =
            p.endedBy == TimelineKind::Resumed || p.endedBy == TimelineKind::StepCompleted;
        if ((p.wait != PauseWait::UntilPromoted && !early) || !resumed)
            continue;
        bool promotionTold = false;
        WeightMarker *resume = nullptr;
        for (WeightMarker &m : out.markers) {
            if (m.time < p.start || p.end.msecsTo(m.time) > NearMs)
                continue;
            if ((m.kind == WeightMarkerKind::Promoted ||
                 m.kind == WeightMarkerKind::PromotedFull) &&
                !m.inferred)
                promotionTold = true;
            else if (m.kind == WeightMarkerKind::Resumed && !resume &&
                     std::abs(p.end.msecsTo(m.time)) <= NearMs)
                resume = &m;
        }
        if (promotionTold)
            continue;
        if (resume) {
            resume->kind = WeightMarkerKind::Promoted;
            resume->inferred = true;
        } else {
            // Ended by its step's completion with no resume recorded.
            bool byStep = false;
            for (const TimelineEntry &e : entries)
                byStep |= e.time == p.end && e.kind == TimelineKind::StepCompleted;
            if (!byStep)
                continue;
            WeightMarker m;
            m.time = p.end;
            m.kind = WeightMarkerKind::Promoted;
            m.revision = p.revision;
            m.inferred = true;
            m.weight = weightBefore(p.end.addMSecs(1));
            const auto at = std::find_if(out.markers.begin(), out.markers.end(),
                                         [&](const WeightMarker &x) { return x.time > m.time; });
            out.markers.insert(at, m);
        }
    }
    // "Full promotion requested" in the completion: someone promoted fully (the controller
    // writes no Event when it is asked); unless the story already says who.
    for (qsizetype i = 0; i < out.markers.size(); ++i) {
        const WeightMarker c = out.markers.at(i);
        if (c.kind != WeightMarkerKind::Completed ||
            !c.message.endsWith(u"Full promotion requested"_s))
            continue;
        bool fullTold = false;
        for (qsizetype j = i - 1; j >= 0 && out.markers.at(j).kind != WeightMarkerKind::Updated;
             --j)
            fullTold |= out.markers.at(j).kind == WeightMarkerKind::PromotedFull;
        if (fullTold)
            continue;
        WeightMarker m = c;
        m.kind = WeightMarkerKind::PromotedFull;
        m.inferred = true;
        m.message.clear();
        m.weight = weightBefore(c.time);
        out.markers.insert(i, m);
        ++i;
    }
    // A resume right after this program's promotion is that promotion.
    for (qsizetype i = out.markers.size() - 1; i > 0; --i) {
        if (out.markers.at(i).kind != WeightMarkerKind::Resumed)
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const WeightMarker &before = out.markers.at(j);
            if (before.time.msecsTo(out.markers.at(i).time) > NearMs)
                break;
            if (before.kind == WeightMarkerKind::Promoted && !before.inferred) {
                out.markers.removeAt(i);
                break;
            }
        }
    }

    out.actual = actualSamples;
    if (info) {
        bool ok = false;
        const int live = info->actualWeight.toInt(&ok);
        if (ok)
            out.actual << WeightPoint{now, live};
    }
    return out;
}

} // namespace rd::core
