#include "gui/models/AnalysisRisk.h"

#include "core/Icons.h"
#include "core/RolloutInfo.h"
#include "gui/StatusIcons.h"

#include <QCoreApplication>

namespace rd::gui {

QString AnalysisRisk::toolTip(const core::RolloutInfo &info)
{
    // Budgets come riskiest first: the first running metric that used any is the one to name.
    for (const core::MetricBudget &b : info.analysisBudgets) {
        if (!b.runRunning || !b.budgetTouched())
            continue;
        const core::Budget *worst = &b.failed;
        for (const core::Budget *other : {&b.inconclusive, &b.errors}) {
            if (other->risk() > worst->risk())
                worst = other;
        }
        const char *what =
            worst == &b.failed ? QT_TRANSLATE_NOOP("rd::gui::AnalysisRisk", "failed measurements")
            : worst == &b.inconclusive
                ? QT_TRANSLATE_NOOP("rd::gui::AnalysisRisk", "inconclusive measurements")
                : QT_TRANSLATE_NOOP("rd::gui::AnalysisRisk", "consecutive errors");
        //: %1 metric name, %2 e.g. "1 / 2", %3 "failed measurements"
        return QCoreApplication::translate(
                   "rd::gui::AnalysisRisk",
                   "Running analysis at risk: metric %1 has used %2 of its allowed %3.")
            .arg(b.metric, worst->text(),
                 QCoreApplication::translate("rd::gui::AnalysisRisk", what));
    }
    return QString();
}

QIcon AnalysisRisk::icon()
{
    return StatusIcons::forGlyph(QStringView(core::icons::warning).toString());
}

} // namespace rd::gui
