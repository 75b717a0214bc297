#include "core/timeline/TimelineEntry.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

const std::array<QString, 14> &kindNames()
{
    static const std::array<QString, 14> names{u"Updated"_s,
                                               u"StepCompleted"_s,
                                               u"Paused"_s,
                                               u"Resumed"_s,
                                               u"Promoted"_s,
                                               u"PromotedFull"_s,
                                               u"Aborted"_s,
                                               u"Retried"_s,
                                               u"Completed"_s,
                                               u"AnalysisFailed"_s,
                                               u"AnalysisInconclusive"_s,
                                               u"Degraded"_s,
                                               u"Restarted"_s,
                                               u"Scaled"_s};
    return names;
}

} // namespace

QString timelineKindName(TimelineKind kind)
{
    return kindNames().at(static_cast<size_t>(kind));
}

std::optional<TimelineKind> timelineKindFromName(const QString &name)
{
    for (size_t i = 0; i < kindNames().size(); ++i) {
        if (kindNames().at(i) == name)
            return static_cast<TimelineKind>(i);
    }
    return std::nullopt;
}

} // namespace rd::core
