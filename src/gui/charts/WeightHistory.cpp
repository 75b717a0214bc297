#include "gui/charts/WeightHistory.h"

#include "core/ProcessExit.h"
#include "core/RolloutInfo.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
QString kindName(WeightHistory::MarkerKind kind)
{
    switch (kind) {
    case WeightHistory::MarkerKind::StepChange:
        return u"step"_s;
    case WeightHistory::MarkerKind::Pause:
        return u"pause"_s;
    case WeightHistory::MarkerKind::Promotion:
        return u"promotion"_s;
    case WeightHistory::MarkerKind::Abort:
        return u"abort"_s;
    }
    return {};
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}
} // namespace

WeightHistory::WeightHistory(QObject *parent)
    : QObject(parent)
{}

WeightHistory::~WeightHistory()
{
    core::ProcessExit::release(m_series); // one per rollout seen (core::ProcessExit)
}

void WeightHistory::record(const core::RolloutInfo &info, const QDateTime &now)
{
    record(info.key(), info, now);
}

void WeightHistory::record(const QString &key, const core::RolloutInfo &info, const QDateTime &now)
{
    if (info.strategy != core::Strategy::Canary)
        return;
    Series &s = m_series[key];
    const qsizetype pointsBefore = s.samples.size() + s.markers.size();
    Sample sample{now, info.setWeight.toInt(), info.actualWeight.toInt(), info.currentStepIndex};
    const bool first = s.samples.isEmpty();
    bool changed = first;
    if (!first) {
        const Sample &last = s.samples.constLast();
        changed = last.setWeight != sample.setWeight || last.actualWeight != sample.actualWeight ||
                  last.step != sample.step;
        if (!first && last.step != sample.step && !(info.aborted && !s.lastAborted)) {
            s.markers << Marker{
                now, MarkerKind::StepChange,
                tr("Step %1").arg(info.step.isEmpty() ? QString::number(sample.step) : info.step)};
        }
    }
    if (!first && info.phase() == core::Phase::Paused && s.lastPhase != core::Phase::Paused)
        s.markers << Marker{now, MarkerKind::Pause, tr("Paused at step %1").arg(info.step)};
    if (!first && info.aborted && !s.lastAborted)
        s.markers << Marker{now, MarkerKind::Abort, tr("Aborted")};
    s.lastPhase = info.phase();
    s.lastAborted = info.aborted;
    if (changed)
        s.samples << sample;
    m_points += s.samples.size() + s.markers.size() - pointsBefore;
    trim(s);
    if (changed || !s.markers.isEmpty())
        Q_EMIT updated(key);
}

void WeightHistory::addMarker(const QString &key, MarkerKind kind, const QString &text,
                              const QDateTime &now)
{
    Series &s = m_series[key];
    s.markers << Marker{now, kind, text};
    ++m_points;
    trim(s);
    Q_EMIT updated(key);
}

void WeightHistory::clear()
{
    m_series.clear();
    m_points = 0;
}

void WeightHistory::remove(const QString &key)
{
    const auto it = m_series.find(key);
    if (it == m_series.end())
        return;
    m_points -= it->samples.size() + it->markers.size();
    m_series.erase(it);
    Q_EMIT updated(key);
}

void WeightHistory::trim(Series &s)
{
    if (s.samples.size() > kMaxPoints) {
        m_points -= s.samples.size() - kMaxPoints;
        s.samples.remove(0, s.samples.size() - kMaxPoints);
    }
    if (s.markers.size() > kMaxPoints) {
        m_points -= s.markers.size() - kMaxPoints;
        s.markers.remove(0, s.markers.size() - kMaxPoints);
    }
    if (m_points > kMaxPointsTotal)
        trimOldest();
}

// Finds the time that keeps the newest three quarters of the budget and lets everything older
// go: reads every point, so it runs once per quarter of the budget recorded, not per record.
void WeightHistory::trimOldest()
{
    std::vector<qint64> times;
    times.reserve(size_t(m_points));
    for (const Series &s : std::as_const(m_series)) {
        for (const Sample &x : s.samples)
            times.push_back(x.time.toMSecsSinceEpoch());
        for (const Marker &m : s.markers)
            times.push_back(m.time.toMSecsSinceEpoch());
    }
    const size_t keep = size_t(kMaxPointsTotal * 3 / 4);
    if (times.size() <= keep)
        return;
    const auto cut = times.end() - qsizetype(keep);
    std::nth_element(times.begin(), cut, times.end());
    const qint64 oldestKept = *cut;
    m_points = 0;
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        it->samples.removeIf(
            [&](const Sample &x) { return x.time.toMSecsSinceEpoch() < oldestKept; });
        it->markers.removeIf(
            [&](const Marker &m) { return m.time.toMSecsSinceEpoch() < oldestKept; });
        m_points += it->samples.size() + it->markers.size();
    }
}

const WeightHistory::Series *WeightHistory::series(const QString &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? nullptr : &*it;
}

QString WeightHistory::toCsv(const QString &key) const
{
    QString out = u"time,set_weight,actual_weight,step,event,text\n"_s;
    const Series *s = series(key);
    if (!s)
        return out;
    // Samples and markers merged in time order.
    int i = 0, j = 0;
    while (i < s->samples.size() || j < s->markers.size()) {
        const bool takeSample = j >= s->markers.size() ||
                                (i < s->samples.size() && s->samples[i].time <= s->markers[j].time);
        if (takeSample) {
            const Sample &x = s->samples[i++];
            out += x.time.toString(Qt::ISODateWithMs) + u',' + QString::number(x.setWeight) + u',' +
                   QString::number(x.actualWeight) + u',' + QString::number(x.step) + u",,\n"_s;
        } else {
            const Marker &m = s->markers[j++];
            out += m.time.toString(Qt::ISODateWithMs) + u",,,,"_s + kindName(m.kind) + u',' +
                   csvField(m.text) + u'\n';
        }
    }
    return out;
}

} // namespace rd::gui
