#include "sim/AnalysisController.h"

#include "sim/ApiResource.h"
#include "sim/ControllerManager.h"
#include "sim/ObjectFields.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

void AnalysisController::reconcile(const QString &ns, const QString &name)
{
    ClusterStore *store = m_manager->store();
    const ApiResource &type = *ApiResource::find(u"argoproj.io"_s, u"analysisruns"_s);
    const auto run = store->get(type.key(), ns, name);
    if (!run)
        return;
    QJsonObject status = fields::status(*run);
    const QString phase = status.value(u"phase"_s).toString();
    if (phase == u"Successful" || phase == u"Failed" || phase == u"Error" ||
        phase == u"Inconclusive")
        return;
    const QString now = ClusterStore::now();
    const QJsonArray metrics = fields::spec(*run).value(u"metrics"_s).toArray();
    const auto finish = [&](const QString &result, const QString &message) {
        QJsonArray results;
        for (const QJsonValue &m : metrics) {
            const QString metric = m.toObject().value(u"name"_s).toString();
            QJsonObject r{{u"name"_s, metric},
                          {u"phase"_s, result},
                          {u"count"_s, 1},
                          {u"measurements"_s,
                           QJsonArray{QJsonObject{
                               {u"phase"_s, result},
                               {u"startedAt"_s, status.value(u"startedAt"_s).toString(now)},
                               {u"finishedAt"_s, now},
                               {u"value"_s, result == u"Successful" ? u"1"_s : u"0"_s}}}}};
            const QString counter = result == u"Successful" ? u"successful"_s
                                    : result == u"Failed"   ? u"failed"_s
                                    : result == u"Error"    ? u"error"_s
                                                            : u"inconclusive"_s;
            r.insert(counter, 1);
            if (result == u"Failed")
                r.insert(
                    u"message"_s,
                    u"Metric \"%1\" assessed Failed due to failed (1) > failureLimit (0)"_s.arg(
                        metric));
            results.append(r);
        }
        status.insert(u"phase"_s, result);
        status.insert(u"metricResults"_s, results);
        if (!message.isEmpty())
            status.insert(u"message"_s, message);
        status.insert(u"completedAt"_s, now);
    };
    if (fields::spec(*run).value(u"terminate"_s).toBool()) {
        finish(u"Successful"_s, u"Run Terminated"_s);
    } else if (phase.isEmpty() || phase == u"Pending") {
        status.insert(u"phase"_s, u"Running"_s);
        status.insert(u"startedAt"_s, now);
        const double after =
            fields::annotation(*run, u"sim.rolloutdesk.io/after-seconds"_s).toDouble();
        m_manager->enqueueAfter(ControllerManager::Kind::AnalysisRun, ns, name,
                                m_manager->realMs(after > 0 ? after : 3.0) + 5);
    } else {
        double after = fields::annotation(*run, u"sim.rolloutdesk.io/after-seconds"_s).toDouble();
        if (after <= 0)
            after = 3.0;
        const double elapsed = m_manager->simSecondsSince(status.value(u"startedAt"_s).toString());
        if (elapsed < after) {
            m_manager->enqueueAfter(ControllerManager::Kind::AnalysisRun, ns, name,
                                    m_manager->realMs(after - elapsed) + 5);
            return;
        }
        QString result = fields::annotation(*run, u"sim.rolloutdesk.io/result"_s);
        if (result != u"Failed" && result != u"Error" && result != u"Inconclusive")
            result = u"Successful"_s;
        QString message;
        if (result == u"Failed" && !metrics.isEmpty())
            message = u"Metric \"%1\" assessed Failed due to failed (1) > failureLimit (0)"_s.arg(
                metrics.first().toObject().value(u"name"_s).toString());
        finish(result, message);
    }
    QJsonObject updated = *run;
    updated.insert(u"status"_s, status);
    store->update(type, updated, ClusterStore::Scope::Everything, false);
}

} // namespace rd::sim
