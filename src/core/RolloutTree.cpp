#include "RolloutTree.h"

#include "Duration.h"
#include "Icons.h"
#include "RolloutInfoBuilder.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

using Kind = RolloutTreeNode::Kind;

namespace {

RolloutTreeNode node(Kind kind, const QString &name, const QString &icon, const QString &status,
                     const QDateTime &since)
{
    RolloutTreeNode n;
    n.kind = kind;
    n.name = name;
    n.icon = icon;
    n.status = status;
    n.since = since;
    return n;
}

RolloutTreeNode podNode(const PodInfo &pod)
{
    RolloutTreeNode n =
        node(Kind::Pod, pod.meta.name, pod.icon, pod.status, pod.meta.creationTimestamp);
    n.info.append({QString(), u"ready:"_s + pod.ready});
    if (pod.restarts > 0)
        n.info.append({QString(), u"restarts:"_s + QString::number(pod.restarts)});
    return n;
}

RolloutTreeNode replicaSetNode(const ReplicaSetInfo &rs, const QDateTime &now)
{
    RolloutTreeNode n =
        node(Kind::ReplicaSet, rs.meta.name, rs.icon, rs.status, rs.meta.creationTimestamp);
    auto tag = [&n](const QString &word) {
        n.info.append({word, QString()});
        n.nameColours.append(word);
    };
    if (rs.stable)
        tag(u"stable"_s);
    if (rs.canary)
        tag(u"canary"_s);
    else if (rs.active)
        tag(u"active"_s);
    else if (rs.preview)
        tag(u"preview"_s);
    if (rs.ping)
        tag(u"ping"_s);
    if (rs.pong)
        tag(u"pong"_s);
    if (!rs.scaleDownDeadline.isEmpty())
        n.info.append({QString(), u"delay:"_s + scaleDownDelay(rs, now)});
    for (const PodInfo &pod : rs.pods)
        n.children.push_back(podNode(pod));
    return n;
}

RolloutTreeNode analysisRunNode(const AnalysisRunInfo &run)
{
    RolloutTreeNode n =
        node(Kind::AnalysisRun, run.meta.name, run.icon, run.status, run.meta.creationTimestamp);
    n.nameColours.append(run.status);
    n.info = analysisRunCounts(run);
    for (const JobInfo &job : run.jobs) {
        // A job's age counts from when its measurement started, as the plugin prints it.
        RolloutTreeNode j = node(Kind::Job, job.meta.name, job.icon, job.status, job.startedAt);
        j.nameColours.append(job.status);
        n.children.push_back(std::move(j));
    }
    return n;
}

void addExperimentChildren(RolloutTreeNode &n, const ExperimentInfo &ex, const QDateTime &now)
{
    for (const ReplicaSetInfo &rs : ex.replicaSets)
        n.children.push_back(replicaSetNode(rs, now));
    for (const AnalysisRunInfo &run : ex.analysisRuns)
        n.children.push_back(analysisRunNode(run));
}

RolloutTreeNode experimentNode(const ExperimentInfo &ex, const QDateTime &now)
{
    RolloutTreeNode n =
        node(Kind::Experiment, ex.meta.name, ex.icon, ex.status, ex.meta.creationTimestamp);
    n.nameColours.append(ex.status);
    addExperimentChildren(n, ex, now);
    return n;
}

} // namespace

QList<TreeInfoPart> analysisRunCounts(const AnalysisRunInfo &run)
{
    QList<TreeInfoPart> parts;
    auto count = [&parts](const char16_t *glyph, qint64 value) {
        if (value > 0)
            parts.append({QString::fromUtf16(glyph), u' ' + QString::number(value)});
    };
    count(icons::ok, run.successful);
    count(icons::bad, run.failed);
    count(icons::unknown, run.inconclusive);
    count(icons::warning, run.error);
    return parts;
}

QString RolloutTreeNode::id() const
{
    switch (kind) {
    case Kind::Rollout:
        return u"rollout:"_s + name;
    case Kind::Revision:
        return name;
    case Kind::ReplicaSet:
        return u"rs:"_s + name;
    case Kind::Pod:
        return u"pod:"_s + name;
    case Kind::Experiment:
        return u"ex:"_s + name;
    case Kind::AnalysisRun:
        return u"ar:"_s + name;
    case Kind::Job:
        return u"job:"_s + name;
    }
    return name;
}

QString RolloutTreeNode::kindText() const
{
    switch (kind) {
    case Kind::Rollout:
        return u"Rollout"_s;
    case Kind::Revision:
        return {};
    case Kind::ReplicaSet:
        return u"ReplicaSet"_s;
    case Kind::Pod:
        return u"Pod"_s;
    case Kind::Experiment:
        return u"Experiment"_s;
    case Kind::AnalysisRun:
        return u"AnalysisRun"_s;
    case Kind::Job:
        return u"Job"_s;
    }
    return {};
}

QString RolloutTreeNode::kindIcon() const
{
    switch (kind) {
    case Kind::Rollout:
        return QString::fromUtf16(icons::rollout);
    case Kind::Revision:
        return QString::fromUtf16(icons::revision);
    case Kind::ReplicaSet:
        return QString::fromUtf16(icons::replicaSet);
    case Kind::Pod:
        return QString::fromUtf16(icons::pod);
    case Kind::Experiment:
        return QString::fromUtf16(icons::experiment);
    case Kind::AnalysisRun:
        return QString::fromUtf16(icons::analysisRun);
    case Kind::Job:
        return QString::fromUtf16(icons::job);
    }
    return {};
}

QString RolloutTreeNode::infoText() const
{
    QStringList parts;
    for (const TreeInfoPart &part : info)
        parts.append(part.text());
    return parts.join(u',');
}

QString RolloutTreeNode::ageText(const QDateTime &now) const
{
    if (!hasAge)
        return {};
    // Go's zero time is so old that time.Since saturates at the longest Duration (~292 years).
    if (!since.isValid())
        return humanDuration(std::numeric_limits<qint64>::max() / 1000000);
    return humanDuration(since.msecsTo(now));
}

RolloutTreeNode RolloutTree::ofRollout(const RolloutInfo &info, const QDateTime &now)
{
    RolloutTreeNode root =
        node(Kind::Rollout, info.meta.name, info.icon, info.status, info.meta.creationTimestamp);
    for (const qint64 revision : info.revisions()) {
        RolloutTreeNode r = node(Kind::Revision, u"revision:"_s + QString::number(revision),
                                 QString(), QString(), QDateTime());
        r.hasAge = false;
        for (const ReplicaSetInfo &rs : info.replicaSetsByRevision(revision))
            r.children.push_back(replicaSetNode(rs, now));
        for (const ExperimentInfo &ex : info.experimentsByRevision(revision))
            r.children.push_back(experimentNode(ex, now));
        for (const AnalysisRunInfo &run : info.analysisRunsByRevision(revision))
            r.children.push_back(analysisRunNode(run));
        root.children.push_back(std::move(r));
    }
    return root;
}

RolloutTreeNode RolloutTree::ofExperiment(const ExperimentInfo &info, const QDateTime &now)
{
    return experimentNode(info, now);
}

} // namespace rd::core
