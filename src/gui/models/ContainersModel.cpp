#include "gui/models/ContainersModel.h"

#include "core/RolloutInfo.h"

#include <QCoreApplication>

// The texts keep the rollout page's translation context, where they were written first.

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ContainersModel::ContainersModel(QObject *parent)
    : DiffingTreeModel(ColumnCount, parent)
{}

void ContainersModel::setRollout(const core::RolloutInfo *info)
{
    std::vector<Row> rows;
    if (info) {
        auto stableOf = [info](const QString &name) {
            for (const auto &c : info->stableContainers) {
                if (c.name == name)
                    return c.image;
            }
            return QString();
        };
        for (const auto &c : info->containers) {
            Row row;
            row.id = u"container:"_s + c.name;
            row.cells = {c.name, QCoreApplication::translate("rd::gui::RolloutPage", "container"),
                         c.image, stableOf(c.name)};
            rows.push_back(std::move(row));
        }
        for (const auto &c : info->initContainers) {
            Row row;
            row.id = u"init:"_s + c.name;
            row.cells = {c.name,
                         QCoreApplication::translate("rd::gui::RolloutPage", "init container"),
                         c.image, QString()};
            rows.push_back(std::move(row));
        }
    }
    setRows(std::move(rows));
}

QString ContainersModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Container");
    case TypeColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Type");
    case ImageColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Image (desired)");
    case StableImageColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Stable image");
    }
    return {};
}

} // namespace rd::gui
