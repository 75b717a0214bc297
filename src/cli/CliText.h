#pragma once

#include <QString>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::cli {

// The plugin's words shared by the snapshot and the cluster commands (rollouts-semantics.md
// §2b, §3.8, §3.10).
inline const QString kNoResources = QStringLiteral("No resources found.");
inline const QString kStatusTimeoutError = QStringLiteral("Rollout status watch exceeded timeout");

QString rolloutNotFound(const QString &name);
QString degradedError(const QString &message);
// `status`: without watch "Healthy"/"Degraded" alone and "Status - Message" otherwise (even with
// an empty message); with watch "Status - Message", or "Status" alone when the message is empty.
QString statusLine(const core::RolloutInfo &info, bool watching);

bool isRolloutKind(const QString &word);         // get rollout: rollout, rollouts, ro
bool isExperimentKind(const QString &word);      // get/retry/terminate experiment
bool isListRolloutsKind(const QString &word);    // list rollouts: rollouts, rollout, ro
bool isListExperimentsKind(const QString &word); // list experiments: experiments, experiment, exp
bool isAnalysisRunKind(const QString &word);     // terminate analysisrun: analysisrun, ar, ...
// Commands that change the cluster (refused on a snapshot).
bool isClusterAction(const QString &verb);

} // namespace rd::cli
