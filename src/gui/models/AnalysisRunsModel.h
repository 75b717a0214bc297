#pragma once

#include "gui/models/DiffingTreeModel.h"

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The rollout page's Analysis tab: the rollout's analysis runs and those of its experiments,
// each with its metrics, measurements and jobs below it.
class AnalysisRunsModel : public DiffingTreeModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        RevisionColumn,
        ResultsColumn,
        MessageColumn,
        ColumnCount
    };

    explicit AnalysisRunsModel(QObject *parent = nullptr);
    // Null clears; a rollout without runs shows one unselectable "No analysis runs." row.
    void setRollout(const core::RolloutInfo *info);

protected:
    QString columnTitle(int column) const override;
};

} // namespace rd::gui
