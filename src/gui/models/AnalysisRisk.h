#pragma once

#include <QIcon>
#include <QString>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The board's risk mark (issue 13): a rollout whose running analysis has used part of a metric's
// failure budget shows a warning icon; the tooltip names the riskiest metric.
class AnalysisRisk
{
public:
    // Empty when nothing running has used any budget.
    static QString toolTip(const core::RolloutInfo &info);
    static QIcon icon();
};

} // namespace rd::gui
