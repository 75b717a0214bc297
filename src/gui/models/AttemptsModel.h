#pragma once

#include "core/timeline/Attempts.h"

#include <QAbstractTableModel>

namespace rd::gui {

// The History tab's per-attempt summary (issue 13): one row per attempt with when it started and
// finished, its outcome, the time each step took and the time spent waiting for a person. New
// attempts are inserted; the running one's times change in place.
class AttemptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Revision, Image, Started, Finished, Outcome, Steps, Waiting, ColumnCount };

    explicit AttemptsModel(QObject *parent = nullptr);

    void setAttempts(const QList<core::Attempt> &attempts);
    const QList<core::Attempt> &attempts() const { return m_attempts; }
    void retranslate();

    static QString outcomeText(core::AttemptOutcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stepsText(const core::Attempt &a, const QString &separator) const;
    QList<core::Attempt> m_attempts;
};

} // namespace rd::gui
