#include "gui/models/StepsModel.h"

#include "gui/StatusIcons.h"
#include "gui/i18n/LocaleFormat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

StepsModel::StepsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString StepsModel::describe(const core::CanaryStep &step)
{
    using K = core::CanaryStep::Kind;
    switch (step.kind) {
    case K::SetWeight:
        //: Canary step: send this percentage of traffic to the canary
        return tr("Set weight to %1 %").arg(step.weight);
    case K::Pause: {
        const auto secs = step.pauseSeconds();
        if (!secs)
            //: Canary step: a pause without duration
            return tr("Pause until promoted");
        if (*secs < 0)
            return tr("Pause (%1)").arg(step.pauseDurationText);
        //: Canary step: a timed pause, %1 is a duration like 10s or 1m30s
        return tr("Pause for %1").arg(LocaleFormat::duration(*secs * 1000));
    }
    case K::Analysis: {
        const QStringList &names = step.analysisTemplates;
        if (names.isEmpty())
            return tr("Run an analysis");
        //: Canary step: %1 lists analysis template names
        return tr("Run analysis: %1").arg(names.join(u", "_s));
    }
    case K::Experiment: {
        const QString &duration = step.experimentDuration;
        if (duration.isEmpty())
            return tr("Run an experiment");
        //: Canary step: %1 is a duration
        return tr("Run an experiment for %1").arg(duration);
    }
    case K::SetCanaryScale: {
        if (step.canaryScaleReplicas)
            return tr("Scale the canary to %n replica(s)", nullptr, int(*step.canaryScaleReplicas));
        if (step.canaryScaleWeight)
            return tr("Scale the canary to %1 % of replicas").arg(*step.canaryScaleWeight);
        return tr("Scale the canary to match the traffic weight");
    }
    case K::SetHeaderRoute:
        return tr("Set header-based route");
    case K::SetMirrorRoute:
        return tr("Set mirror route");
    case K::Plugin:
        return tr("Run step plugin %1").arg(step.pluginName);
    case K::Unknown:
        break;
    }
    return step.text();
}

void StepsModel::setSteps(const QList<core::CanaryStep> &steps, qint64 currentStepIndex,
                          bool aborted, const QDateTime &pauseStart)
{
    const int oldCount = int(m_steps.size());
    const int newCount = int(steps.size());
    // Keep the rows that exist; insert or remove at the end; then announce changed rows.
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_steps = m_steps.mid(0, newCount);
        m_texts = m_texts.mid(0, newCount);
        endRemoveRows();
    }
    QList<State> before;
    for (int r = 0; r < std::min(oldCount, newCount); ++r)
        before << stateOf(r);
    const QStringList textsBefore = m_texts;
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_steps = steps;
        m_current = currentStepIndex;
        m_aborted = aborted;
        m_pauseStart = pauseStart;
        m_texts.clear();
        for (int r = 0; r < newCount; ++r)
            m_texts << textOf(r);
        endInsertRows();
    } else {
        m_steps = steps;
        m_current = currentStepIndex;
        m_aborted = aborted;
        m_pauseStart = pauseStart;
        m_texts.clear();
        for (int r = 0; r < newCount; ++r)
            m_texts << textOf(r);
    }
    for (int r = 0; r < std::min<int>(int(before.size()), newCount); ++r) {
        if (before[r] != stateOf(r))
            Q_EMIT dataChanged(index(r), index(r),
                               {Qt::DisplayRole, Qt::DecorationRole, Qt::FontRole,
                                Qt::BackgroundRole, StateRole, Qt::AccessibleTextRole});
        else if (textsBefore.value(r) != m_texts[r])
            Q_EMIT dataChanged(index(r), index(r), {Qt::DisplayRole, Qt::AccessibleTextRole});
    }
}

void StepsModel::clear()
{
    if (m_steps.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_steps.size()) - 1);
    m_steps.clear();
    m_texts.clear();
    m_current = -1;
    endRemoveRows();
}

qint64 StepsModel::remainingSeconds() const
{
    if (m_aborted || m_current < 0 || m_current >= m_steps.size() || !m_pauseStart.isValid())
        return -1;
    const auto &step = m_steps[m_current];
    const auto secs = step.isPause() ? step.pauseSeconds() : std::nullopt;
    if (!secs || *secs < 0)
        return -1;
    const qint64 elapsed = m_pauseStart.secsTo(QDateTime::currentDateTimeUtc());
    return std::max<qint64>(0, *secs - elapsed);
}

void StepsModel::tick()
{
    if (m_current < 0 || m_current >= m_steps.size())
        return;
    const int r = int(m_current);
    const QString text = textOf(r);
    if (text != m_texts[r]) {
        m_texts[r] = text;
        Q_EMIT dataChanged(index(r), index(r),
                           {Qt::DisplayRole, RemainingSecondsRole, Qt::AccessibleTextRole});
    }
}

void StepsModel::retranslate()
{
    for (int r = 0; r < m_steps.size(); ++r)
        m_texts[r] = textOf(r);
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1), {Qt::DisplayRole});
}

StepsModel::State StepsModel::stateOf(int row) const
{
    if (m_current < 0)
        return State::Pending;
    if (row < m_current)
        return State::Done;
    if (row == m_current && !m_aborted)
        return State::Current;
    return State::Pending;
}

QString StepsModel::textOf(int row) const
{
    //: Steps list: step number and its description, e.g. "2. Pause until promoted"
    QString text = tr("%1. %2").arg(row + 1).arg(describe(m_steps[row]));
    if (stateOf(row) == State::Current) {
        const qint64 left = remainingSeconds();
        if (left >= 0)
            //: Steps list: countdown appended to the current timed pause
            text = tr("%1 — %2 left").arg(text, LocaleFormat::duration(left * 1000));
    }
    return text;
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const State state = stateOf(r);
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.value(r);
    case Qt::AccessibleTextRole: {
        const QString word = state == State::Done      ? tr("done")
                             : state == State::Current ? tr("current step")
                                                       : tr("pending");
        //: Screen reader text of a step: description, then its state
        return tr("%1 (%2)").arg(m_texts.value(r), word);
    }
    case Qt::DecorationRole:
        return state == State::Done      ? StatusIcons::stepDone()
               : state == State::Current ? StatusIcons::stepCurrent()
                                         : StatusIcons::stepPending();
    case Qt::FontRole:
        if (state == State::Current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (state == State::Current)
            return QGuiApplication::palette().color(QPalette::AlternateBase);
        return {};
    case Qt::ForegroundRole:
        if (state == State::Done)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case StateRole:
        return int(state);
    case RemainingSecondsRole:
        return state == State::Current ? remainingSeconds() : qint64(-1);
    default:
        return {};
    }
}

} // namespace rd::gui
