#include "core/timeline/RolloutEventReader.h"

#include "core/JsonReader.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

qint64 revisionIn(const QString &message)
{
    static const QRegularExpression re(uR"(\brevision (\d+)\b)"_s);
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QDateTime timeOf(const QJsonObject &event, const QString &key)
{
    const QDateTime t = parseKubeTime(event.value(key).toString());
    if (t.isValid())
        return t;
    // events.k8s.io/v1 writes eventTime (with microseconds) and may leave the legacy fields empty.
    for (const QString &fallback :
         {u"eventTime"_s, u"deprecatedFirstTimestamp"_s, u"firstTimestamp"_s, u"lastTimestamp"_s}) {
        const QDateTime f = parseKubeTime(event.value(fallback).toString());
        if (f.isValid())
            return f;
    }
    return parseKubeTime(
        event.value(u"metadata"_s).toObject().value(u"creationTimestamp"_s).toString());
}

// "Rollout step 3/8 completed (setWeight: 40)": the new index and, for weight steps, the weight.
void readStep(const QString &message, TimelineEntry &entry)
{
    static const QRegularExpression re(uR"(^Rollout step (\d+)/\d+ completed \((.*)\)$)"_s);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return;
    entry.stepIndex = m.captured(1).toInt();
    static const QRegularExpression weight(uR"(^setWeight: (\d+)$)"_s);
    const auto w = weight.match(m.captured(2));
    if (w.hasMatch())
        entry.weight = w.captured(1).toInt();
}

std::optional<TimelineKind> kindOf(const QString &reason)
{
    static const QHash<QString, TimelineKind> kinds{
        {u"RolloutUpdated"_s, TimelineKind::Updated},
        {u"RolloutStepCompleted"_s, TimelineKind::StepCompleted},
        {u"RolloutPaused"_s, TimelineKind::Paused},
        {u"RolloutResumed"_s, TimelineKind::Resumed},
        {u"RolloutAborted"_s, TimelineKind::Aborted},
        {u"RolloutRetry"_s, TimelineKind::Retried},
        {u"RolloutCompleted"_s, TimelineKind::Completed},
        {u"AnalysisRunFailed"_s, TimelineKind::AnalysisFailed},
        {u"AnalysisRunError"_s, TimelineKind::AnalysisFailed},
        {u"AnalysisRunInconclusive"_s, TimelineKind::AnalysisInconclusive},
        {u"ProgressDeadlineExceeded"_s, TimelineKind::Degraded},
        {u"RolloutTimedOut"_s, TimelineKind::Degraded},
        {u"RestartingPods"_s, TimelineKind::Restarted},
        {u"ScalingReplicaSet"_s, TimelineKind::Scaled},
        {u"TrafficWeightUpdated"_s, TimelineKind::Scaled},
    };
    const auto it = kinds.constFind(reason);
    return it == kinds.constEnd() ? std::nullopt : std::optional<TimelineKind>(*it);
}

} // namespace

bool isEventOfRollout(const QJsonObject &event, const QString &ns, const QString &name)
{
    QJsonObject involved = event.value(u"involvedObject"_s).toObject();
    if (involved.isEmpty())
        involved = event.value(u"regarding"_s).toObject();
    const QString eventNs = event.value(u"metadata"_s).toObject().value(u"namespace"_s).toString();
    const QString objectNs = involved.value(u"namespace"_s).toString(eventNs);
    return involved.value(u"kind"_s).toString() == u"Rollout" &&
           involved.value(u"name"_s).toString() == name && (ns.isEmpty() || objectNs == ns);
}

std::optional<RolloutEvent> readRolloutEvent(const QJsonObject &event)
{
    const auto kind = kindOf(event.value(u"reason"_s).toString());
    if (!kind)
        return std::nullopt;
    RolloutEvent out;
    const QJsonObject meta = event.value(u"metadata"_s).toObject();
    out.id = meta.value(u"uid"_s).toString();
    if (out.id.isEmpty())
        out.id = meta.value(u"namespace"_s).toString() % u'/' % meta.value(u"name"_s).toString();
    out.count =
        std::max({1, event.value(u"count"_s).toInt(1), event.value(u"deprecatedCount"_s).toInt(1)});
    out.resourceVersion = meta.value(u"resourceVersion"_s).toString().toLongLong();
    const QJsonObject series = event.value(u"series"_s).toObject();
    out.count = std::max(out.count, series.value(u"count"_s).toInt(1));
    out.first = timeOf(event, u"firstTimestamp"_s);
    out.last = parseKubeTime(event.value(u"lastTimestamp"_s).toString());
    if (!out.last.isValid())
        out.last = timeOf(event, u"deprecatedLastTimestamp"_s);
    if (!series.isEmpty()) {
        const QDateTime seen = parseKubeTime(series.value(u"lastObservedTime"_s).toString());
        if (seen.isValid())
            out.last = seen;
    }
    if (!out.first.isValid())
        return std::nullopt;
    if (!out.last.isValid() || out.last < out.first)
        out.last = out.first;

    TimelineEntry &e = out.entry;
    e.kind = *kind;
    e.time = out.first;
    e.message = event.value(u"message"_s).toString(event.value(u"note"_s).toString());
    e.sources = FromEvent;
    e.revision = revisionIn(e.message);
    switch (e.kind) {
    case TimelineKind::StepCompleted:
        readStep(e.message, e);
        break;
    case TimelineKind::Aborted:
        e.weight = 0;
        break;
    case TimelineKind::Completed:
        e.weight = 100;
        break;
    default:
        break;
    }
    return out;
}

} // namespace rd::core
