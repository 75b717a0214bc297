#pragma once

#include "gui/models/DiffingTreeModel.h"

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The rollout page's Conditions tab: the rollout's status.conditions, one row per type.
class ConditionsModel : public DiffingTreeModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        StatusColumn,
        ReasonColumn,
        MessageColumn,
        LastUpdateColumn,
        ColumnCount
    };

    explicit ConditionsModel(QObject *parent = nullptr);
    // Null clears.
    void setRollout(const core::RolloutInfo *info);

protected:
    QString columnTitle(int column) const override;
};

} // namespace rd::gui
