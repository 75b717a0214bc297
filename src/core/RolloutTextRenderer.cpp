#include "RolloutTextRenderer.h"

#include "Duration.h"
#include "Icons.h"
#include "ListRows.h"
#include "RolloutInfoBuilder.h"
#include "RolloutPhase.h"
#include "TabWriter.h"
#include "TerminalText.h"

#include <QHash>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

const QHash<QString, int> &colorCodes()
{
    static const QHash<QString, int> codes = {
        {QString::fromUtf16(icons::waiting), 33},
        {QString::fromUtf16(icons::progressing), 94},
        {QString::fromUtf16(icons::warning), 31},
        {QString::fromUtf16(icons::unknown), 33},
        {QString::fromUtf16(icons::ok), 32},
        {QString::fromUtf16(icons::bad), 31},
        {u"canary"_s, 33},
        {u"stable"_s, 32},
        {u"active"_s, 32},
        {u"preview"_s, 94},
        {u"ping"_s, 94},
        {u"pong"_s, 94},
        {u"Pending"_s, 94},
        {u"Running"_s, 94},
    };
    return codes;
}

// getPrefixes: the connector for this child and the indentation its own children continue with.
std::pair<QString, QString> prefixes(bool last, const QString &parentSub)
{
    if (last)
        return {parentSub + u"└──"_s, parentSub + u"   "_s};
    return {parentSub + u"├──"_s, parentSub + u"│  "_s};
}

QString cells(std::initializer_list<QString> parts)
{
    QString line;
    bool first = true;
    for (const QString &p : parts) {
        if (!first)
            line += u'\t';
        line += p;
        first = false;
    }
    return line;
}

} // namespace

bool RolloutTextRenderer::colorWanted(bool noColorFlag)
{
    return !noColorFlag && qEnvironmentVariable("TERM") != u"dumb";
}

QString RolloutTextRenderer::colorizeAs(const QString &text, const QString &status) const
{
    if (!m_color)
        return text;
    return u"\x1b["_s + QString::number(colorCodes().value(status, 0)) + u'm' + text + u"\x1b[0m"_s;
}

QString RolloutTextRenderer::colorize(const QString &token) const
{
    return colorizeAs(token, token);
}

QString RolloutTextRenderer::age(const QDateTime &since) const
{
    // Go's zero time is so old that time.Since saturates at the longest Duration (~292 years).
    if (!since.isValid())
        return humanDuration(std::numeric_limits<qint64>::max() / 1000000);
    return humanDuration(since.msecsTo(m_now));
}

QString RolloutTextRenderer::header(const QString &label, const QString &value) const
{
    return label.leftJustified(17, u' ') + value + u'\n';
}

QString RolloutTextRenderer::imagesBlock(const QList<ImageInfo> &images) const
{
    QString out;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageInfo &image = images.at(i);
        QString text = image.image;
        if (!image.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : image.tags)
                tags.append(colorize(tag));
            text += u" ("_s + tags.join(u", "_s) + u')';
        }
        out += header(i == 0 ? u"Images:"_s : QString(), text);
    }
    return out;
}

QString RolloutTextRenderer::rollout(const RolloutInfo &unsafeInfo) const
{
    // Every string from the cluster is made terminal-safe before it is drawn.
    const RolloutInfo info = terminal::safe(unsafeInfo);
    QString out = identityHeader(info.meta, info.icon, info.status, info.message);
    out += header(u"Strategy:"_s, info.strategy);
    if (info.strategy == u"Canary") {
        out += header(u"  Step:"_s, info.step);
        out += header(u"  SetWeight:"_s, info.setWeight);
        out += header(u"  ActualWeight:"_s, info.actualWeight);
    }
    out += imagesBlock(info.images());
    out += u"Replicas:\n"_s;
    out += header(u"  Desired:"_s, QString::number(info.desired));
    out += header(u"  Current:"_s, QString::number(info.current));
    out += header(u"  Updated:"_s, QString::number(info.updated));
    out += header(u"  Ready:"_s, QString::number(info.ready));
    out += header(u"  Available:"_s, QString::number(info.available));
    out += u'\n';
    out += rolloutTree(info);
    return out;
}

QString RolloutTextRenderer::rolloutTree(const RolloutInfo &unsafeInfo) const
{
    const RolloutInfo info = terminal::safe(unsafeInfo);
    TabWriter w;
    w.addLine(u"NAME\tKIND\tSTATUS\tAGE\tINFO"_s);
    w.addLine(cells({QString::fromUtf16(icons::rollout) + u' ' + info.meta.name, u"Rollout"_s,
                     colorize(info.icon) + u' ' + info.status, age(info.meta.creationTimestamp),
                     QString()}));
    const QList<qint64> revisions = info.revisions();
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const qint64 revision = revisions.at(i);
        const auto [prefix, sub] = prefixes(i == revisions.size() - 1, QString());
        w.addLine(cells({prefix + QString::fromUtf16(icons::revision) + u" revision:"_s +
                             QString::number(revision),
                         QString(), u" "_s, QString(), QString()}));
        const QList<ReplicaSetInfo> replicaSets = info.replicaSetsByRevision(revision);
        const QList<ExperimentInfo> experiments = info.experimentsByRevision(revision);
        const QList<AnalysisRunInfo> runs = info.analysisRunsByRevision(revision);
        const qsizetype total = replicaSets.size() + experiments.size() + runs.size();
        qsizetype index = 0;
        for (const ReplicaSetInfo &rs : replicaSets) {
            const auto [p, s] = prefixes(++index == total, sub);
            replicaSetRows(w, rs, p, s);
        }
        for (const ExperimentInfo &ex : experiments) {
            const auto [p, s] = prefixes(++index == total, sub);
            experimentRows(w, ex, p, s);
        }
        for (const AnalysisRunInfo &run : runs) {
            const auto [p, s] = prefixes(++index == total, sub);
            analysisRunRows(w, run, p, s);
        }
    }
    return w.text();
}

void RolloutTextRenderer::replicaSetRows(TabWriter &w, const ReplicaSetInfo &rs,
                                         const QString &prefix, const QString &subPrefix) const
{
    QStringList infoCols;
    QString name = rs.meta.name;
    if (rs.stable) {
        infoCols.append(colorize(u"stable"_s));
        name = colorizeAs(name, u"stable"_s);
    }
    if (rs.canary) {
        infoCols.append(colorize(u"canary"_s));
        name = colorizeAs(name, u"canary"_s);
    } else if (rs.active) {
        infoCols.append(colorize(u"active"_s));
        name = colorizeAs(name, u"active"_s);
    } else if (rs.preview) {
        infoCols.append(colorize(u"preview"_s));
        name = colorizeAs(name, u"preview"_s);
    }
    if (rs.ping) {
        infoCols.append(colorize(u"ping"_s));
        name = colorizeAs(name, u"ping"_s);
    }
    if (rs.pong) {
        infoCols.append(colorize(u"pong"_s));
        name = colorizeAs(name, u"pong"_s);
    }
    if (!rs.scaleDownDeadline.isEmpty())
        infoCols.append(u"delay:"_s + scaleDownDelay(rs, m_now));
    w.addLine(cells({prefix + QString::fromUtf16(icons::replicaSet) + u' ' + name, u"ReplicaSet"_s,
                     colorize(rs.icon) + u' ' + rs.status, age(rs.meta.creationTimestamp),
                     infoCols.join(u',')}));
    for (qsizetype i = 0; i < rs.pods.size(); ++i) {
        const PodInfo &pod = rs.pods.at(i);
        const auto [p, s] = prefixes(i == rs.pods.size() - 1, subPrefix);
        QString podInfo = u"ready:"_s + pod.ready;
        if (pod.restarts > 0)
            podInfo += u",restarts:"_s + QString::number(pod.restarts);
        w.addLine(cells({p + QString::fromUtf16(icons::pod) + u' ' + pod.meta.name, u"Pod"_s,
                         colorize(pod.icon) + u' ' + pod.status, age(pod.meta.creationTimestamp),
                         podInfo}));
    }
}

void RolloutTextRenderer::experimentRows(TabWriter &w, const ExperimentInfo &ex,
                                         const QString &prefix, const QString &subPrefix) const
{
    w.addLine(cells({prefix + QString::fromUtf16(icons::experiment) + u' ' +
                         colorizeAs(ex.meta.name, ex.status),
                     u"Experiment"_s, colorize(ex.icon) + u' ' + ex.status,
                     age(ex.meta.creationTimestamp), QString()}));
    experimentChildRows(w, ex, subPrefix);
}

void RolloutTextRenderer::experimentChildRows(TabWriter &w, const ExperimentInfo &ex,
                                              const QString &subPrefix) const
{
    const qsizetype total = ex.replicaSets.size() + ex.analysisRuns.size();
    qsizetype index = 0;
    for (const ReplicaSetInfo &rs : ex.replicaSets) {
        const auto [p, s] = prefixes(++index == total, subPrefix);
        replicaSetRows(w, rs, p, s);
    }
    for (const AnalysisRunInfo &run : ex.analysisRuns) {
        const auto [p, s] = prefixes(++index == total, subPrefix);
        analysisRunRows(w, run, p, s);
    }
}

QString RolloutTextRenderer::identityHeader(const InfoMeta &meta, const QString &icon,
                                            const QString &status, const QString &message) const
{
    QString out = header(u"Name:"_s, meta.name);
    out += header(u"Namespace:"_s, meta.namespace_);
    out += header(u"Status:"_s, colorize(icon) + u' ' + status);
    if (!message.isEmpty())
        out += header(u"Message:"_s, message);
    return out;
}

void RolloutTextRenderer::analysisRunRows(TabWriter &w, const AnalysisRunInfo &run,
                                          const QString &prefix, const QString &subPrefix) const
{
    QStringList counts;
    if (run.successful > 0)
        counts.append(colorize(QString::fromUtf16(icons::ok)) + u' ' +
                      QString::number(run.successful));
    if (run.failed > 0)
        counts.append(colorize(QString::fromUtf16(icons::bad)) + u' ' +
                      QString::number(run.failed));
    if (run.inconclusive > 0)
        counts.append(colorize(QString::fromUtf16(icons::unknown)) + u' ' +
                      QString::number(run.inconclusive));
    if (run.error > 0)
        counts.append(colorize(QString::fromUtf16(icons::warning)) + u' ' +
                      QString::number(run.error));
    w.addLine(cells({prefix + QString::fromUtf16(icons::analysisRun) + u' ' +
                         colorizeAs(run.meta.name, run.status),
                     u"AnalysisRun"_s, colorize(run.icon) + u' ' + run.status,
                     age(run.meta.creationTimestamp), counts.join(u',')}));
    for (qsizetype i = 0; i < run.jobs.size(); ++i) {
        const JobInfo &job = run.jobs.at(i);
        const auto [p, s] = prefixes(i == run.jobs.size() - 1, subPrefix);
        w.addLine(cells(
            {p + QString::fromUtf16(icons::job) + u' ' + colorizeAs(job.meta.name, job.status),
             u"Job"_s, colorize(job.icon) + u' ' + job.status, age(job.startedAt), QString()}));
    }
}

QString RolloutTextRenderer::experiment(const ExperimentInfo &unsafeInfo) const
{
    const ExperimentInfo info = terminal::safe(unsafeInfo);
    QString out = identityHeader(info.meta, info.icon, info.status, info.message);
    out += imagesBlock(experimentImages(info));
    out += u'\n';

    TabWriter w;
    w.addLine(u"NAME\tKIND\tSTATUS\tAGE\tINFO"_s);
    w.addLine(cells(
        {QString::fromUtf16(icons::experiment) + u' ' + colorizeAs(info.meta.name, info.status),
         u"Experiment"_s, colorize(info.icon) + u' ' + info.status,
         age(info.meta.creationTimestamp), QString()}));
    experimentChildRows(w, info, QString());
    out += w.text();
    return out;
}

QString RolloutTextRenderer::rolloutList(const QList<Rollout> &rollouts, bool allNamespaces)
{
    QList<RolloutListRow> rows;
    for (const Rollout &ro : rollouts)
        rows.append(RolloutListRow::of(ro));
    return ListTables::rollouts(rows, allNamespaces, false, {});
}

} // namespace rd::core
