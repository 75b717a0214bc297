#include "ListRows.h"

#include "Duration.h"
#include "RolloutInfoBuilder.h"
#include "RolloutPhase.h"
#include "TabWriter.h"
#include "TerminalText.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// AnalysisPhase.Completed(): the experiment has stopped running. Which phases count is new
// relative to rollouts-semantics.md §2b (issue 12): Inconclusive is one of them.
bool completedPhase(const QString &phase)
{
    return phase == u"Successful" || phase == u"Failed" || phase == u"Error" ||
           phase == u"Inconclusive";
}

QString number(qint64 value, int width)
{
    return ListTables::padRight(QString::number(value), width);
}

} // namespace

RolloutListRow RolloutListRow::of(const Rollout &ro)
{
    RolloutListRow row;
    row.namespace_ = ro.meta.namespace_;
    row.name = ro.meta.name;
    row.strategy = u"unknown"_s;
    row.step = u"-"_s;
    row.setWeight = u"-"_s;
    if (ro.isCanary()) {
        row.strategy = u"Canary"_s;
        if (ro.status.currentStepIndex && !ro.steps.isEmpty())
            row.step = QString::number(*ro.status.currentStepIndex) + u'/' +
                       QString::number(ro.steps.size());
        // The desired weight (§1.5), not the actual one, as the plugin's list shows.
        row.setWeight = RolloutInfoBuilder::setWeight(ro);
    } else if (ro.isBlueGreen()) {
        row.strategy = u"BlueGreen"_s;
    }
    row.status = rolloutPhase(ro).phase;
    row.desired = ro.desiredReplicas();
    row.readyCurrent =
        QString::number(ro.status.readyReplicas) + u'/' + QString::number(ro.status.replicas);
    row.upToDate = ro.status.updatedReplicas;
    row.available = ro.status.availableReplicas;
    return row;
}

ExperimentListRow ExperimentListRow::of(const Experiment &ex, const QDateTime &now)
{
    ExperimentListRow row;
    row.namespace_ = ex.meta.namespace_;
    row.name = ex.meta.name;
    row.status = ex.phase;
    row.duration = u"-"_s;
    row.remaining = u"-"_s;
    const std::optional<qint64> duration =
        ex.duration.isEmpty() ? std::nullopt : parseGoDurationMs(ex.duration);
    if (duration)
        row.duration = humanDuration(*duration);
    if (duration && !completedPhase(ex.phase) && ex.availableAt.isValid()) {
        const qint64 left = now.msecsTo(ex.availableAt.addMSecs(*duration));
        if (left > 0)
            row.remaining = humanDuration(left);
    }
    // Go's zero time is so old that the age saturates (~292 years).
    row.age = ex.meta.creationTimestamp.isValid()
                  ? humanDuration(ex.meta.creationTimestamp.msecsTo(now))
                  : humanDuration(std::numeric_limits<qint64>::max() / 1000000);
    return row;
}

QString ListTables::padRight(const QString &text, int width)
{
    qsizetype points = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++points;
    }
    return points >= width ? text : text + QString(width - points, u' ');
}

QString ListTables::rolloutHeader(bool allNamespaces, bool timestamps)
{
    QString head =
        u"NAME\tSTRATEGY\tSTATUS\tSTEP\tSET-WEIGHT\tREADY\tDESIRED\tUP-TO-DATE\tAVAILABLE"_s;
    if (allNamespaces)
        head.prepend(u"NAMESPACE\t"_s);
    if (timestamps)
        head.prepend(u"TIMESTAMP\t"_s);
    return head;
}

QString ListTables::rolloutLine(const RolloutListRow &row, bool allNamespaces, bool timestamps,
                                const QDateTime &timestamp)
{
    // "%-10s\t%-9s\t%-12s\t%-4s\t%-10s\t%-5s\t%-7d\t%-10d\t%-9d"; cluster text is escaped
    // for the terminal (names, and a status.phase the controller wrote).
    QString line = padRight(terminal::safe(row.name), 10) + u'\t' + padRight(row.strategy, 9) +
                   u'\t' + padRight(terminal::safe(row.status), 12) + u'\t' +
                   padRight(row.step, 4) + u'\t' + padRight(row.setWeight, 10) + u'\t' +
                   padRight(row.readyCurrent, 5) + u'\t' + number(row.desired, 7) + u'\t' +
                   number(row.upToDate, 10) + u'\t' + number(row.available, 9);
    if (allNamespaces)
        line.prepend(padRight(terminal::safe(row.namespace_), 9) + u'\t');
    if (timestamps)
        line.prepend(padRight(timestamp.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s), 20) +
                     u'\t');
    return line;
}

QString ListTables::rollouts(const QList<RolloutListRow> &rows, bool allNamespaces, bool timestamps,
                             const QDateTime &timestamp)
{
    TabWriter w;
    w.addLine(rolloutHeader(allNamespaces, timestamps));
    for (const RolloutListRow &row : rows)
        w.addLine(rolloutLine(row, allNamespaces, timestamps, timestamp));
    return w.text();
}

QString ListTables::experiments(const QList<ExperimentListRow> &rows, bool allNamespaces)
{
    TabWriter w;
    w.addLine(allNamespaces ? u"NAMESPACE\tNAME\tSTATUS\tDURATION\tREMAINING\tAGE"_s
                            : u"NAME\tSTATUS\tDURATION\tREMAINING\tAGE"_s);
    for (const ExperimentListRow &row : rows) {
        // "%-10s\t%-6s\t%-8s\t%-9s\t%-3s"
        QString line = padRight(terminal::safe(row.name), 10) + u'\t' +
                       padRight(terminal::safe(row.status), 6) + u'\t' + padRight(row.duration, 8) +
                       u'\t' + padRight(row.remaining, 9) + u'\t' + padRight(row.age, 3);
        if (allNamespaces)
            line.prepend(padRight(terminal::safe(row.namespace_), 9) + u'\t');
        w.addLine(line);
    }
    return w.text();
}

} // namespace rd::core
