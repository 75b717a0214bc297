#pragma once

#include "core/Result.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace rd::sim {

// Deliberate misbehaviour for resilience testing (`--faults`). Each rate is a probability in
// [0,1] applied per request or per watch event. Spec: comma-separated `name=value`, e.g.
// `drop=0.05,expire=0.3,5xx=0.05,429=0.05,latency=200,truncate=0.02,malformed=0.02,seed=7`
// (also `expire-continue`: per list request with a continue token, 410 Expired),
// or `default` for the rates documented in the README.
class FaultInjector
{
public:
    struct Rates
    {
        double dropWatch = 0;      // per watch event: close the stream abruptly
        double expireResume = 0;   // per watch resume (resourceVersion given): 410 Expired
        double serverError = 0;    // per request: 500/503
        double tooMany = 0;        // per request: 429 with Retry-After
        int latencyMs = 0;         // per request: delay up to this many milliseconds
        double truncate = 0;       // per watch event: write half an event, then close
        double malformed = 0;      // per watch event: write a line that is not JSON, then close
        double expireContinue = 0; // per list request with `continue`: 410 Expired
    };

    FaultInjector() = default;
    // An Invalid error names the entry of `spec` that cannot be used.
    static core::Result<FaultInjector> parse(const QString &spec);

    bool enabled() const { return m_enabled; }
    const Rates &rates() const { return m_rates; }
    bool roll(double probability);
    int latency();

private:
    bool m_enabled = false;
    Rates m_rates;
    QRandomGenerator m_random{42};
};

} // namespace rd::sim
