#pragma once

#include "gui/models/DiffingTreeModel.h"

namespace rd::core {
struct RolloutInfo;
}

namespace rd::gui {

// The rollout page's Containers tab: each container and init container of the desired pod
// template, with the image the stable ReplicaSet runs beside it.
class ContainersModel : public DiffingTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ImageColumn, StableImageColumn, ColumnCount };

    explicit ContainersModel(QObject *parent = nullptr);
    // Null clears.
    void setRollout(const core::RolloutInfo *info);

protected:
    QString columnTitle(int column) const override;
};

} // namespace rd::gui
