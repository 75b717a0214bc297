#include "sim/ExperimentController.h"

#include "sim/ApiResource.h"
#include "sim/ControllerManager.h"
#include "sim/ObjectFields.h"
#include "sim/TemplateHash.h"

#include "core/Duration.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

void ExperimentController::reconcile(const QString &ns, const QString &name)
{
    ClusterStore *store = m_manager->store();
    const ApiResource &expType = *ApiResource::find(u"argoproj.io"_s, u"experiments"_s);
    const ApiResource &rsType = *ApiResource::find(u"apps"_s, u"replicasets"_s);
    const ApiResource &runType = *ApiResource::find(u"argoproj.io"_s, u"analysisruns"_s);
    const auto exp = store->get(expType.key(), ns, name);
    if (!exp)
        return;
    QJsonObject status = fields::status(*exp);
    const QString phase = status.value(u"phase"_s).toString();
    const QJsonObject spec = fields::spec(*exp);
    const bool finished = phase == u"Successful" || phase == u"Failed" || phase == u"Error";
    const QString now = ClusterStore::now();
    bool allAvailable = true;
    QJsonArray templateStatuses;
    for (const QJsonValue &tv : spec.value(u"templates"_s).toArray()) {
        const QJsonObject t = tv.toObject();
        const QString tName = t.value(u"name"_s).toString();
        const QString rsName = name % u'-' % tName;
        const int replicas = finished ? 0 : t.value(u"replicas"_s).toInt(1);
        auto rs = store->get(rsType.key(), ns, rsName);
        if (!rs) {
            QJsonObject tmpl = t.value(u"template"_s).toObject();
            const QString hash = TemplateHash::compute(tmpl);
            QJsonObject tmeta = tmpl.value(u"metadata"_s).toObject();
            QJsonObject labels = tmeta.value(u"labels"_s).toObject();
            labels.insert(u"rollouts-pod-template-hash"_s, hash);
            tmeta.insert(u"labels"_s, labels);
            tmpl.insert(u"metadata"_s, tmeta);
            QJsonObject r{
                {u"metadata"_s,
                 QJsonObject{{u"name"_s, rsName},
                             {u"namespace"_s, ns},
                             {u"labels"_s, labels},
                             {u"annotations"_s,
                              QJsonObject{{u"experiment.argoproj.io/template-name"_s, tName},
                                          {u"experiment.argoproj.io/name"_s, name}}},
                             {u"ownerReferences"_s, QJsonArray{fields::ownerReference(*exp)}}}},
                {u"spec"_s, QJsonObject{{u"replicas"_s, replicas},
                                        {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                                        {u"template"_s, tmpl}}}};
            store->create(rsType, r);
            allAvailable = false;
            continue;
        }
        if (fields::specReplicas(*rs, 0) != replicas) {
            QJsonObject updated = *rs;
            QJsonObject rsSpec = fields::spec(updated);
            rsSpec.insert(u"replicas"_s, replicas);
            updated.insert(u"spec"_s, rsSpec);
            store->update(rsType, updated, ClusterStore::Scope::Main, false);
        }
        const int available = fields::statusInt(*rs, "availableReplicas");
        if (available < replicas)
            allAvailable = false;
        templateStatuses.append(QJsonObject{
            {u"name"_s, tName},
            {u"replicas"_s, fields::statusInt(*rs, "replicas")},
            {u"updatedReplicas"_s, fields::statusInt(*rs, "replicas")},
            {u"readyReplicas"_s, fields::statusInt(*rs, "readyReplicas")},
            {u"availableReplicas"_s, available},
            {u"status"_s,
             finished ? phase : (available >= replicas ? u"Running"_s : u"Progressing"_s)},
            {u"lastTransitionTime"_s, now}});
    }
    // Analyses.
    bool analysisFailed = false;
    QJsonArray analysisRuns;
    if (!finished) {
        for (const QJsonValue &av : spec.value(u"analyses"_s).toArray()) {
            const QJsonObject a = av.toObject();
            const QString runName = name % u'-' % a.value(u"name"_s).toString();
            auto run = store->get(runType.key(), ns, runName);
            if (!run && status.contains(u"availableAt"_s)) {
                QJsonArray metrics;
                QJsonObject annotations{
                    {u"rollout.argoproj.io/revision"_s,
                     fields::annotation(*exp, u"rollout.argoproj.io/revision"_s)}};
                if (const auto tmpl = store->get(u"analysistemplates.argoproj.io"_s, ns,
                                                 a.value(u"templateName"_s).toString())) {
                    metrics = fields::spec(*tmpl).value(u"metrics"_s).toArray();
                    const QJsonObject ta = fields::meta(*tmpl).value(u"annotations"_s).toObject();
                    for (auto it = ta.constBegin(); it != ta.constEnd(); ++it) {
                        if (it.key().startsWith(u"sim.rolloutdesk.io/"))
                            annotations.insert(it.key(), it.value());
                    }
                }
                store->create(runType,
                              QJsonObject{{u"metadata"_s,
                                           QJsonObject{{u"name"_s, runName},
                                                       {u"namespace"_s, ns},
                                                       {u"annotations"_s, annotations},
                                                       {u"ownerReferences"_s,
                                                        QJsonArray{fields::ownerReference(*exp)}}}},
                                          {u"spec"_s, QJsonObject{{u"metrics"_s, metrics}}}});
            } else if (run) {
                const QString p = fields::status(*run).value(u"phase"_s).toString(u"Pending"_s);
                analysisFailed |= p == u"Failed" || p == u"Error";
                analysisRuns.append(QJsonObject{
                    {u"name"_s, a.value(u"name"_s)}, {u"analysisRun"_s, runName}, {u"phase"_s, p}});
            }
        }
    }
    QJsonObject newStatus = status;
    if (!finished) {
        if (analysisFailed) {
            newStatus.insert(u"phase"_s, u"Failed"_s);
            newStatus.insert(u"message"_s, u"Experiment analysis failed"_s);
        } else if (fields::spec(*exp).value(u"terminate"_s).toBool()) {
            newStatus.insert(u"phase"_s, u"Successful"_s);
            newStatus.insert(u"message"_s, u"Experiment terminated"_s);
        } else if (allAvailable) {
            if (!newStatus.contains(u"availableAt"_s)) {
                newStatus.insert(u"availableAt"_s, now);
                newStatus.insert(u"phase"_s, u"Running"_s);
            }
            const QJsonValue d = spec.value(u"duration"_s);
            // An unparsable duration runs until terminated, as a missing one does.
            if (const auto ms = core::parseStepDurationMs(d)) {
                const double duration = double(*ms) / 1000;
                const double elapsed =
                    m_manager->simSecondsSince(newStatus.value(u"availableAt"_s).toString());
                if (elapsed >= duration) {
                    newStatus.insert(u"phase"_s, u"Successful"_s);
                    newStatus.insert(u"message"_s, u"Experiment completed"_s);
                } else {
                    m_manager->enqueueAfter(ControllerManager::Kind::Experiment, ns, name,
                                            m_manager->realMs(duration - elapsed) + 5);
                }
            }
        } else if (phase.isEmpty()) {
            newStatus.insert(u"phase"_s, u"Pending"_s);
        }
    }
    if (!templateStatuses.isEmpty())
        newStatus.insert(u"templateStatuses"_s, templateStatuses);
    if (!analysisRuns.isEmpty())
        newStatus.insert(u"analysisRuns"_s, analysisRuns);
    // templateStatuses carry a timestamp; only write when something else changed.
    QJsonObject a = newStatus, b = status;
    const auto strip = [](QJsonObject &o) {
        QJsonArray ts = o.value(u"templateStatuses"_s).toArray();
        for (qsizetype i = 0; i < ts.size(); ++i) {
            QJsonObject t = ts.at(i).toObject();
            t.remove(u"lastTransitionTime"_s);
            ts.replace(i, t);
        }
        o.insert(u"templateStatuses"_s, ts);
    };
    strip(a);
    strip(b);
    if (a == b)
        return;
    QJsonObject updated = *exp;
    updated.insert(u"status"_s, newStatus);
    store->update(expType, updated, ClusterStore::Scope::Everything, false);
}

} // namespace rd::sim
