#include "RolloutEnums.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Progressing:
        return u"Progressing"_s;
    case Phase::Paused:
        return u"Paused"_s;
    case Phase::Degraded:
        return u"Degraded"_s;
    case Phase::Healthy:
        return u"Healthy"_s;
    case Phase::Unknown:
        break;
    }
    return {};
}

Phase phaseFromName(QStringView name)
{
    for (const Phase phase : {Phase::Progressing, Phase::Paused, Phase::Degraded, Phase::Healthy}) {
        if (name == phaseName(phase))
            return phase;
    }
    return Phase::Unknown;
}

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Canary:
        return u"Canary"_s;
    case Strategy::BlueGreen:
        return u"BlueGreen"_s;
    case Strategy::None:
        break;
    }
    return {};
}

} // namespace rd::core
