#include "sim/FaultInjector.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

core::Result<FaultInjector> FaultInjector::parse(const QString &spec)
{
    FaultInjector f;
    const QString s = spec.trimmed();
    if (s.isEmpty() || s == u"none")
        return f;
    f.m_enabled = true;
    if (s == u"default") {
        f.m_rates = {0.02, 0.5, 0.05, 0.05, 300, 0.01, 0.01};
        return f;
    }
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        bool ok = false;
        const double v = kv.value(1).toDouble(&ok);
        const QString key = kv.value(0).trimmed();
        if (kv.size() != 2 || !ok || v < 0 || (key != u"latency" && key != u"seed" && v > 1)) {
            return core::Error{
                u"invalid fault \"%1\": expected name=probability (0..1), latency=ms or seed=n"_s
                    .arg(part)};
        }
        if (key == u"drop")
            f.m_rates.dropWatch = v;
        else if (key == u"expire")
            f.m_rates.expireResume = v;
        else if (key == u"5xx")
            f.m_rates.serverError = v;
        else if (key == u"429")
            f.m_rates.tooMany = v;
        else if (key == u"latency")
            f.m_rates.latencyMs = int(v);
        else if (key == u"truncate")
            f.m_rates.truncate = v;
        else if (key == u"malformed")
            f.m_rates.malformed = v;
        else if (key == u"expire-continue")
            f.m_rates.expireContinue = v;
        else if (key == u"seed")
            f.m_random.seed(quint32(v));
        else {
            return core::Error{
                u"unknown fault \"%1\" (known: drop, expire, expire-continue, 5xx, 429, latency, truncate, malformed, seed)"_s
                    .arg(key)};
        }
    }
    return f;
}

bool FaultInjector::roll(double probability)
{
    return m_enabled && probability > 0 && m_random.generateDouble() < probability;
}

int FaultInjector::latency()
{
    if (!m_enabled || m_rates.latencyMs <= 0)
        return 0;
    return int(m_random.bounded(m_rates.latencyMs + 1));
}

} // namespace rd::sim
