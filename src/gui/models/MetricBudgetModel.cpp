#include "gui/models/MetricBudgetModel.h"

#include "core/Icons.h"
#include "gui/StatusIcons.h"

#include <QLocale>

namespace rd::gui {

MetricBudgetModel::MetricBudgetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MetricBudgetModel::setBudgets(const QList<core::MetricBudget> &budgets)
{
    // Rows whose metric is gone leave first, then each wanted row is moved or inserted into its
    // place, then changed cells are announced.
    QStringList wanted;
    for (const core::MetricBudget &b : budgets)
        wanted << keyOf(b);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(keyOf(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int target = 0; target < budgets.size(); ++target) {
        const core::MetricBudget &b = budgets.at(target);
        int current = -1;
        for (int row = target; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == keyOf(b)) {
                current = row;
                break;
            }
        }
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, b);
            endInsertRows();
            continue;
        }
        if (current != target) {
            beginMoveRows({}, current, current, {}, target);
            m_rows.move(current, target);
            endMoveRows();
        }
        if (!(m_rows.at(target) == b)) {
            m_rows[target] = b;
            Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
        }
    }
}

void MetricBudgetModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int MetricBudgetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricBudgetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Budget *MetricBudgetModel::budgetAt(const core::MetricBudget &row, int column) const
{
    switch (column) {
    case Failed:
        return &row.failed;
    case Inconclusive:
        return &row.inconclusive;
    case Errors:
        return &row.errors;
    default:
        return nullptr;
    }
}

QString MetricBudgetModel::conditionText(const core::MetricBudget &row) const
{
    if (!row.successCondition.isEmpty())
        return row.successCondition;
    if (!row.failureCondition.isEmpty())
        //: The Condition column when a metric only has a failureCondition
        return tr("fails if %1").arg(row.failureCondition);
    return QString();
}

QVariant MetricBudgetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::MetricBudget &row = m_rows.at(index.row());
    const core::Budget *budget = budgetAt(row, index.column());
    if (role == RiskRole)
        return budget ? budget->risk() : row.risk();
    if (role == ExceededRole)
        return budget ? budget->exceeded() : row.risk() >= 1.0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Metric:
            return row.metric;
        case Phase:
            return row.phase;
        case LastValue:
            return row.lastValue;
        case Condition:
            return conditionText(row);
        default:
            return budget ? budget->text() : QVariant();
        }
    }
    if (role == Qt::DecorationRole && budget && budget->used > 0)
        return StatusIcons::forGlyph(
            QStringView(budget->exceeded() ? core::icons::bad : core::icons::warning).toString());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Metric)
            return tr("Analysis run %1").arg(row.run);
        if (index.column() == Phase && row.nextMeasurement.isValid())
            return tr("Next measurement at %1")
                .arg(QLocale().toString(row.nextMeasurement.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Condition && !row.failureCondition.isEmpty() &&
            !row.successCondition.isEmpty())
            return tr("Fails if %1").arg(row.failureCondition);
        if (budget && budget->exceeded())
            return tr("Limit exceeded: the metric has failed");
        if (budget && budget->used > 0 && !budget->unlimited())
            return tr("%n more before the metric fails", nullptr,
                      int(budget->limit - budget->used + 1));
    }
    return {};
}

QVariant MetricBudgetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Phase:
        return tr("Phase");
    case LastValue:
        return tr("Last value");
    case Condition:
        return tr("Condition");
    case Failed:
        return tr("Failed");
    case Inconclusive:
        return tr("Inconclusive");
    case Errors:
        return tr("Errors");
    default:
        return {};
    }
}

} // namespace rd::gui
