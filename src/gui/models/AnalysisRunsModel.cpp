#include "gui/models/AnalysisRunsModel.h"

#include "core/RolloutInfo.h"
#include "core/RolloutTree.h"

#include <QLocale>

#include <QCoreApplication>

// The texts keep the rollout page's translation context, where they were written first.

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

AnalysisRunsModel::AnalysisRunsModel(QObject *parent)
    : DiffingTreeModel(ColumnCount, parent)
{}

void AnalysisRunsModel::setRollout(const core::RolloutInfo *info)
{
    std::vector<Row> rows;
    if (!info) {
        setRows(std::move(rows));
        return;
    }
    QList<core::AnalysisRunInfo> runs = info->analysisRuns;
    for (const auto &ex : info->experiments)
        runs += ex.analysisRuns;
    for (const auto &run : runs) {
        Row row;
        row.id = u"run:"_s + run.meta.name;
        // The counts as the plugin prints them in its tree (? for inconclusive, ⚠ for error).
        QStringList counts;
        for (const auto &part : core::analysisRunCounts(run))
            counts << part.text();
        row.cells = {run.meta.name, run.status, QString::number(run.revision), counts.join(u", "_s),
                     run.message};
        row.glyph = run.icon;
        row.iconColumn = StatusColumn;
        for (const auto &metric : run.metrics) {
            Row m;
            m.id = u"metric:"_s + metric.name;
            m.cells = {
                metric.name, QString(), QString(),
                QCoreApplication::translate("rd::gui::RolloutPage", "measurements %1, condition %2")
                    .arg(metric.count)
                    .arg(metric.successCondition),
                QString()};
            row.children.push_back(std::move(m));
        }
        for (qsizetype i = 0; i < run.nonJobInfo.size(); ++i) {
            const auto &value = run.nonJobInfo.at(i);
            Row m;
            m.id = u"measurement:"_s + QString::number(i);
            m.cells = {value.metricName, value.status, QString(), value.value,
                       QLocale().toString(value.startedAt.toLocalTime(), QLocale::ShortFormat)};
            row.children.push_back(std::move(m));
        }
        for (const auto &job : run.jobs) {
            Row j;
            j.id = u"job:"_s + job.meta.name;
            j.cells = {job.meta.name, job.status, QString(), job.metricName, QString()};
            j.glyph = job.icon;
            j.iconColumn = StatusColumn;
            row.children.push_back(std::move(j));
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty()) {
        Row none;
        none.id = u"none"_s;
        none.cells = {QCoreApplication::translate("rd::gui::RolloutPage", "No analysis runs."),
                      QString(), QString(), QString(), QString()};
        none.selectable = false;
        rows.push_back(std::move(none));
    }
    setRows(std::move(rows));
}

QString AnalysisRunsModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Analysis run / metric");
    case StatusColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Status");
    case RevisionColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Revision");
    case ResultsColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Results");
    case MessageColumn:
        return QCoreApplication::translate("rd::gui::RolloutPage", "Message");
    }
    return {};
}

} // namespace rd::gui
