#pragma once

#include "RolloutInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rd::core {

// A piece of a tree row's INFO cell: `token` is what the plugin colours (a tag such as "stable",
// or a result glyph), `plain` follows it uncoloured ("delay:30s" has no token, "✔ 3" is the
// token "✔" and the text " 3").
struct TreeInfoPart
{
    QString token;
    QString plain;
    QString text() const { return token + plain; }
    bool operator==(const TreeInfoPart &) const = default;
};

// An analysis run's result counts as the plugin prints them: "✔ n", "✖ n", "? n" (inconclusive),
// "⚠ n" (error), only those above zero.
QList<TreeInfoPart> analysisRunCounts(const AnalysisRunInfo &run);

// One row of the plugin's `get rollout|experiment` tree, as data: what the text renderer prints
// and what the window's revision tree shows are both read from here (rollouts-semantics.md §2.3).
struct RolloutTreeNode
{
    enum class Kind { Rollout, Revision, ReplicaSet, Pod, Experiment, AnalysisRun, Job };

    Kind kind = Kind::Rollout;
    QString name;            // "canary-demo-65fb5ffc84", or "revision:3"
    QString icon;            // the status glyph ("✔"), empty on revision rows
    QString status;          // the status word ("Healthy"), empty on revision rows
    bool hasAge = true;      // revision rows have no age
    QDateTime since;         // what the age counts from; invalid means Go's zero time
    QStringList nameColours; // colour keys the plugin wraps the name in, innermost first
    QList<TreeInfoPart> info;
    std::vector<RolloutTreeNode> children;

    // Unique among siblings: "rs:<name>", "rev:3", ...
    QString id() const;
    // The plugin's KIND column: "Rollout", "ReplicaSet", ...; empty on revision rows.
    QString kindText() const;
    // The tree glyph before the name: "⟳", "#", "⧉", "□", "Σ", "α", "⊞".
    QString kindIcon() const;
    // The INFO cell without colour: the parts joined with ','.
    QString infoText() const;
    // The AGE cell at `now`; empty on revision rows.
    QString ageText(const QDateTime &now) const;

    bool operator==(const RolloutTreeNode &) const = default;
};

// The plugin's tree of a rollout or an experiment, built once from the computed info. `now` only
// matters for a ReplicaSet's scale-down delay; ages are computed when shown (ageText()).
class RolloutTree
{
public:
    static RolloutTreeNode ofRollout(const RolloutInfo &info, const QDateTime &now);
    static RolloutTreeNode ofExperiment(const ExperimentInfo &info, const QDateTime &now);
};

} // namespace rd::core
