#include "gui/models/ConditionsModel.h"

#include "core/RolloutInfo.h"

#include <QLocale>

#include <QCoreApplication>

// The texts keep the rollout page's translation context, where they were written first.

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ConditionsModel::ConditionsModel(QObject *parent)
    : DiffingTreeModel(ColumnCount, parent)
{}

void ConditionsModel::setRollout(const core::RolloutInfo *info)
{
    std::vector<Row> rows;
    if (info) {
        for (const auto &c : info->conditions) {
            Row row;
            row.id = c.type; // a condition type appears once per object
            row.cells = {c.type, c.status, c.reason, c.message,
                         QLocale().toString(c.lastUpdateTime.toLocalTime(), QLocale::ShortFormat)};
            rows.push_back(std::move(row));
        }
    }
    setRows(std::move(rows));
}

QString ConditionsModel::columnTitle(int column) const
{
    switch (column) {
    case TypeColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Type");
    case StatusColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Status");
    case ReasonColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Reason");
    case MessageColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Message");
    case LastUpdateColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Last update");
    }
    return {};
}

} // namespace rd::gui
