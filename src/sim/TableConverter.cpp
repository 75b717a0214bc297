#include "sim/TableConverter.h"

#include "sim/ApiResource.h"
#include "sim/ObjectFields.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rd::sim {

namespace {

QJsonObject column(const QString &name, const QString &type, const QString &description,
                   const QString &format = {})
{
    QJsonObject c{{u"name"_s, name},
                  {u"type"_s, type},
                  {u"format"_s, format},
                  {u"description"_s, description},
                  {u"priority"_s, 0}};
    return c;
}

QString podStatus(const QJsonObject &pod, int *ready, int *restarts)
{
    const QJsonObject st = fields::status(pod);
    QString reason = st.value(u"reason"_s).toString(st.value(u"phase"_s).toString());
    *ready = 0;
    *restarts = 0;
    const QJsonArray cs = st.value(u"containerStatuses"_s).toArray();
    for (qsizetype i = cs.size() - 1; i >= 0; --i) {
        const QJsonObject c = cs.at(i).toObject();
        *restarts += c.value(u"restartCount"_s).toInt();
        const QJsonObject state = c.value(u"state"_s).toObject();
        const QString waiting = state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
        const QString terminated =
            state.value(u"terminated"_s).toObject().value(u"reason"_s).toString();
        if (!waiting.isEmpty())
            reason = waiting;
        else if (!terminated.isEmpty())
            reason = terminated;
        else if (c.value(u"ready"_s).toBool() && state.contains(u"running"_s))
            ++*ready;
    }
    if (fields::meta(pod).contains(u"deletionTimestamp"_s))
        reason = u"Terminating"_s;
    return reason;
}

} // namespace

bool TableConverter::wanted(const QByteArray &acceptHeader)
{
    return acceptHeader.contains("as=Table") && acceptHeader.contains("g=meta.k8s.io");
}

QString TableConverter::humanDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 120)
        return u"%1s"_s.arg(s);
    const qint64 m = s / 60;
    if (m < 10)
        return s % 60 == 0 ? u"%1m"_s.arg(m) : u"%1m%2s"_s.arg(m).arg(s % 60);
    if (m < 180)
        return u"%1m"_s.arg(m);
    const qint64 h = s / 3600;
    if (h < 8)
        return m % 60 == 0 ? u"%1h"_s.arg(h) : u"%1h%2m"_s.arg(h).arg(m % 60);
    if (h < 48)
        return u"%1h"_s.arg(h);
    if (h < 24 * 8)
        return h % 24 == 0 ? u"%1d"_s.arg(h / 24) : u"%1d%2h"_s.arg(h / 24).arg(h % 24);
    const qint64 d = h / 24;
    if (d < 365 * 2)
        return u"%1d"_s.arg(d);
    const qint64 y = d / 365;
    if (y < 8)
        return d % 365 == 0 ? u"%1y"_s.arg(y) : u"%1y%2d"_s.arg(y).arg(d % 365);
    return u"%1y"_s.arg(y);
}

QJsonArray TableConverter::columns(const ApiResource &type)
{
    const QJsonObject name =
        column(u"Name"_s, u"string"_s, u"Name must be unique within a namespace."_s, u"name"_s);
    const QJsonObject age = column(
        u"Age"_s, u"string"_s,
        u"CreationTimestamp is a timestamp representing the server time when this object was created."_s);
    if (type.kind == u"Rollout")
        return {
            name,
            column(u"Desired"_s, u"integer"_s, u"Number of desired pods"_s),
            column(u"Current"_s, u"integer"_s,
                   u"Total number of non-terminated pods targeted by this rollout"_s),
            column(
                u"Up-to-date"_s, u"integer"_s,
                u"Total number of non-terminated pods targeted by this rollout that have the desired template spec"_s),
            column(
                u"Available"_s, u"integer"_s,
                u"Total number of available pods (ready for at least minReadySeconds) targeted by this rollout"_s),
            age};
    if (type.kind == u"ReplicaSet")
        return {
            name,
            column(u"Desired"_s, u"integer"_s, u"Replicas is the number of desired replicas."_s),
            column(u"Current"_s, u"integer"_s,
                   u"Replicas is the most recently observed number of replicas."_s),
            column(u"Ready"_s, u"integer"_s,
                   u"The number of ready replicas for this replica set."_s),
            age};
    if (type.kind == u"Pod")
        return {name,
                column(u"Ready"_s, u"string"_s,
                       u"The aggregate readiness state of this pod for accepting traffic."_s),
                column(u"Status"_s, u"string"_s,
                       u"The aggregate status of the containers in this pod."_s),
                column(u"Restarts"_s, u"string"_s,
                       u"The number of times the containers in this pod have been restarted."_s),
                age};
    if (type.kind == u"Namespace")
        return {name, column(u"Status"_s, u"string"_s, u"The status of the namespace"_s), age};
    if (type.kind == u"AnalysisRun" || type.kind == u"Experiment")
        return {name, column(u"Status"_s, u"string"_s, u"The phase"_s), age};
    return {name, age};
}

QJsonArray TableConverter::cells(const ApiResource &type, const QJsonObject &o)
{
    const QDateTime created = QDateTime::fromString(
        fields::meta(o).value(u"creationTimestamp"_s).toString(), Qt::ISODate);
    const QString age = created.isValid()
                            ? humanDuration(created.secsTo(QDateTime::currentDateTimeUtc()))
                            : u"<unknown>"_s;
    const QString name = fields::name(o);
    const QJsonObject st = fields::status(o);
    if (type.kind == u"Rollout")
        return {name,
                fields::specReplicas(o, 1),
                st.value(u"replicas"_s).toInt(),
                st.value(u"updatedReplicas"_s).toInt(),
                st.value(u"availableReplicas"_s).toInt(),
                age};
    if (type.kind == u"ReplicaSet")
        return {name, fields::specReplicas(o, 1), st.value(u"replicas"_s).toInt(),
                st.value(u"readyReplicas"_s).toInt(), age};
    if (type.kind == u"Pod") {
        int ready = 0;
        int restarts = 0;
        const QString status = podStatus(o, &ready, &restarts);
        const int total = int(fields::spec(o).value(u"containers"_s).toArray().size());
        return {name, u"%1/%2"_s.arg(ready).arg(total), status, QString::number(restarts), age};
    }
    if (type.kind == u"Namespace" || type.kind == u"AnalysisRun" || type.kind == u"Experiment")
        return {name, st.value(u"phase"_s).toString(), age};
    return {name, age};
}

QJsonObject TableConverter::table(const ApiResource &type, const QList<QJsonObject> &objects,
                                  const QJsonObject &listMetadata, bool withColumns)
{
    QJsonArray rows;
    for (const QJsonObject &o : objects) {
        QJsonObject meta = fields::meta(o);
        meta.remove(u"managedFields"_s);
        rows.append(QJsonObject{{u"cells"_s, cells(type, o)},
                                {u"object"_s, QJsonObject{{u"kind"_s, u"PartialObjectMetadata"_s},
                                                          {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                                                          {u"metadata"_s, meta}}}});
    }
    QJsonObject t{{u"kind"_s, u"Table"_s},
                  {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                  {u"metadata"_s, listMetadata},
                  {u"rows"_s, rows}};
    if (withColumns)
        t.insert(u"columnDefinitions"_s, columns(type));
    return t;
}

} // namespace rd::sim
