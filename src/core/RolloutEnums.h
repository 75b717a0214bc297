#pragma once

#include <QString>
#include <QStringView>

namespace rd::core {

// The words a rollout's status and strategy are compared by, and the one place that names them
// as the plugin prints them. Code compares the enums; only display code calls the *Name()s.

// A rollout's status (Argo's RolloutPhase). The controller may write another word into
// status.phase; that reads as Unknown and is still printed as written (RolloutInfo::status).
enum class Phase { Unknown, Progressing, Paused, Degraded, Healthy };

// "Progressing", "Paused", "Degraded", "Healthy"; empty for Unknown.
QString phaseName(Phase phase);
Phase phaseFromName(QStringView name);

enum class Strategy { None, Canary, BlueGreen };

// "Canary", "BlueGreen"; empty for None (what `get rollout` prints after "Strategy:").
QString strategyName(Strategy strategy);

} // namespace rd::core
