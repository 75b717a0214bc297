#pragma once

#include "Experiment.h"
#include "Rollout.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd::core {

// One row of `list rollouts` (rollouts-semantics.md §2b), computed from the Rollout object alone
// as the plugin's newRolloutInfo does. The window's board shows the same values.
struct RolloutListRow
{
    QString namespace_;
    QString name;
    QString strategy;     // "Canary", "BlueGreen" or "unknown"
    QString status;       // GetRolloutPhase
    QString step;         // "1/8", or "-"
    QString setWeight;    // canary's desired weight, or "-"
    QString readyCurrent; // "status.readyReplicas/status.replicas"
    qint64 desired = 1;
    qint64 upToDate = 0;
    qint64 available = 0;

    QString key() const { return namespace_ + u'/' + name; }
    bool operator==(const RolloutListRow &) const = default;

    static RolloutListRow of(const Rollout &rollout);
};

// One row of `list experiments` (§2b) at the instant `now`.
struct ExperimentListRow
{
    QString namespace_;
    QString name;
    QString status;    // status.phase as written
    QString duration;  // human spec.duration, or "-"
    QString remaining; // human time left, or "-"
    QString age;

    static ExperimentListRow of(const Experiment &experiment, const QDateTime &now);
};

// The plugin's list tables: values padded with its printf widths, then aligned by the tab writer
// (so lines end in spaces).
class ListTables
{
public:
    // The header line (tab-separated, not yet aligned) of `list rollouts`.
    static QString rolloutHeader(bool allNamespaces, bool timestamps);
    // One row, padded and tab-separated; `timestamp` is only used with `timestamps`.
    static QString rolloutLine(const RolloutListRow &row, bool allNamespaces, bool timestamps,
                               const QDateTime &timestamp);
    // Header and rows, aligned.
    static QString rollouts(const QList<RolloutListRow> &rows, bool allNamespaces, bool timestamps,
                            const QDateTime &timestamp);
    static QString experiments(const QList<ExperimentListRow> &rows, bool allNamespaces);

    // Go's fmt "%-Ns": pads to `width` code points, never cuts.
    static QString padRight(const QString &text, int width);
};

} // namespace rd::core
