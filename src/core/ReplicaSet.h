#pragma once

#include "Condition.h"
#include "ObjectMeta.h"
#include "PodTemplate.h"
#include "Result.h"

#include <optional>

namespace rd::core {

// A typed, read-only view of an apps/v1 ReplicaSet.
struct ReplicaSet
{
    ObjectMeta meta;
    QJsonObject json; // fromJson only
    std::optional<qint64> specReplicas;
    PodTemplate podTemplate;
    qint64 replicas = 0;          // status.replicas
    qint64 availableReplicas = 0; // status.availableReplicas
    qint64 readyReplicas = 0;
    qint64 observedGeneration = 0;
    QList<Condition> conditions;

    QString podTemplateHash() const
    {
        return meta.labels.value(QString::fromUtf16(keys::podTemplateHash));
    }
    // `rollout.argoproj.io/revision`, 0 when missing or not a number.
    qint64 revision() const;

    static Result<ReplicaSet> fromJson(const QJsonObject &object);
    // The same from a store's packed text (kube::ObjectCache), read with ParsedJson.
    static Result<ReplicaSet> fromText(QByteArrayView text);
    static Result<ReplicaSet> read(const JsonReader &root);
};

} // namespace rd::core
