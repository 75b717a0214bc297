#pragma once

#include "core/Rollout.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The canary steps of the selected rollout in human words: completed ones ticked, the current
// one highlighted, a live countdown on a timed pause (tick() once a second).
class StepsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class State { Done, Current, Pending };
    enum Role { StateRole = Qt::UserRole + 1, RemainingSecondsRole };

    explicit StepsModel(QObject *parent = nullptr);

    // `pauseStart` is when the current pause began (status.pauseConditions), invalid if none.
    void setSteps(const QList<core::CanaryStep> &steps, qint64 currentStepIndex, bool aborted,
                  const QDateTime &pauseStart);
    void clear();
    // Refreshes the countdown row.
    void tick();
    void retranslate();

    // "Set weight to 20 %", "Pause until promoted", "Pause for 10s", ...
    static QString describe(const core::CanaryStep &step);
    // Seconds left on the current timed pause, or -1.
    qint64 remainingSeconds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    State stateOf(int row) const;
    QString textOf(int row) const;

    QList<core::CanaryStep> m_steps;
    QStringList m_texts;
    qint64 m_current = -1;
    bool m_aborted = false;
    QDateTime m_pauseStart;
};

} // namespace rd::gui
