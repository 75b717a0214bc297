#pragma once

#include <QtGlobal>

#include <functional>

namespace rd::kube {

// The reflector's wait before retrying a failed list or watch, as client-go's
// wait.NewExponentialBackoffManager(800ms, 30s, 2min, 2.0, 1.0): the base delay starts at 800 ms
// and doubles up to 30 s; each wait adds up to one base of jitter, so it lies in [base, 2·base).
// The base starts over after two minutes without a failure, or when reset() says a watch ran
// well. Clock and random source are injectable so the policy can be tested without waiting.
class Backoff
{
public:
    struct Policy
    {
        qint64 initialMs = 800;
        double factor = 2.0;
        double jitter = 1.0;
        qint64 capMs = 30000;
        qint64 resetAfterMs = 120000;
    };
    using Clock = std::function<qint64()>;  // monotonic milliseconds
    using Random = std::function<double()>; // uniform in [0, 1)

    Backoff();
    explicit Backoff(const Policy &policy, Clock clock = {}, Random random = {});

    // The wait before the next attempt after a failure, in milliseconds; advances the base.
    qint64 next();
    // A watch ran well: the next failure starts from the initial delay again.
    void reset();

    void setPolicy(const Policy &policy);
    const Policy &policy() const { return m_policy; }
    // The base the next failure will use (before jitter).
    qint64 currentBaseMs() const { return m_baseMs; }

private:
    Policy m_policy;
    Clock m_clock;
    Random m_random;
    qint64 m_baseMs;
    qint64 m_lastFailure = -1;
};

} // namespace rd::kube
