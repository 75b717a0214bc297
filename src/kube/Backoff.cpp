#include "kube/Backoff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>

namespace rd::kube {

namespace {
Backoff::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
} // namespace

Backoff::Backoff()
    : Backoff(Policy{})
{}

Backoff::Backoff(const Policy &policy, Clock clock, Random random)
    : m_clock(clock ? std::move(clock) : steadyClock())
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{
    setPolicy(policy);
}

void Backoff::setPolicy(const Policy &policy)
{
    m_policy = policy;
    // Keep every product below well inside qint64, whatever a caller passes.
    m_policy.capMs = std::clamp<qint64>(m_policy.capMs, 1, 24LL * 3600 * 1000);
    m_policy.initialMs = std::clamp<qint64>(m_policy.initialMs, 1, m_policy.capMs);
    m_policy.factor = std::clamp(m_policy.factor, 1.0, 16.0);
    m_policy.jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    m_baseMs = m_policy.initialMs;
}

qint64 Backoff::next()
{
    const qint64 now = m_clock();
    if (m_lastFailure >= 0 && now - m_lastFailure > m_policy.resetAfterMs)
        m_baseMs = m_policy.initialMs;
    m_lastFailure = now;
    const qint64 base = m_baseMs;
    m_baseMs = std::min<qint64>(m_policy.capMs, qint64(double(base) * m_policy.factor));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return base + qint64(double(base) * m_policy.jitter * r);
}

void Backoff::reset()
{
    m_baseMs = m_policy.initialMs;
}

} // namespace rd::kube
