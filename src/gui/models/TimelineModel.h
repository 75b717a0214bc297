#pragma once

#include "core/timeline/TimelineEntry.h"

#include <QAbstractTableModel>

namespace rd::gui {

// The History tab's rows (issue 13): the same columns as `rolloutdesk-cli history rollout`, plus
// who acted when this window sent the action. New entries at the end are inserted; a changed
// story (an Event placed earlier, a merge) resets the model.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Revision, Event, Weight, Message, Actor, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setEntries(const QList<core::TimelineEntry> &entries);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::TimelineEntry> m_entries;
};

} // namespace rd::gui
