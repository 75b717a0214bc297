#pragma once

// Small builders for test objects: a base object merged with a JSON fragment (RFC 7386 style,
// null deletes), so each case states only what it changes.

#include "core/ObjectSet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace testdata {

inline QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), json);
    return doc.object();
}

inline QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

inline QJsonObject canaryRollout(const char *patch = "{}")
{
    static const char *base = R"({
      "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
      "metadata": {"name": "demo", "namespace": "ns", "uid": "ro-uid", "generation": 2,
                   "creationTimestamp": "2026-01-01T00:00:00Z",
                   "annotations": {"rollout.argoproj.io/revision": "3"}},
      "spec": {"replicas": 5, "selector": {"matchLabels": {"app": "demo"}},
               "template": {"spec": {"containers": [{"name": "demo", "image": "demo:red"}]}},
               "strategy": {"canary": {"steps": [{"setWeight": 20}, {"pause": {}},
                                                  {"setWeight": 40}, {"pause": {"duration": 10}}]}}},
      "status": {"observedGeneration": "2", "currentPodHash": "new", "stableRS": "old",
                 "currentStepIndex": 1, "replicas": 5, "updatedReplicas": 1,
                 "readyReplicas": 5, "availableReplicas": 5}
    })";
    return merged(parse(base), parse(patch));
}

inline QJsonObject blueGreenRollout(const char *patch = "{}")
{
    static const char *base = R"({
      "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
      "metadata": {"name": "bg", "namespace": "ns", "uid": "bg-uid", "generation": 1},
      "spec": {"replicas": 3, "strategy": {"blueGreen": {"activeService": "active"}}},
      "status": {"observedGeneration": "1", "currentPodHash": "new", "stableRS": "new",
                 "replicas": 3, "updatedReplicas": 3, "readyReplicas": 3, "availableReplicas": 3,
                 "blueGreen": {"activeSelector": "new"}}
    })";
    return merged(parse(base), parse(patch));
}

inline QJsonObject replicaSet(const char *name, const char *hash, int revision,
                              const char *patch = "{}")
{
    QJsonObject rs = parse(R"({
      "apiVersion": "apps/v1", "kind": "ReplicaSet",
      "metadata": {"namespace": "ns", "generation": 1,
                   "creationTimestamp": "2026-01-01T00:00:00Z",
                   "ownerReferences": [{"uid": "ro-uid", "kind": "Rollout", "name": "demo", "controller": true}]},
      "spec": {"replicas": 1, "template": {"spec": {"containers": [{"name": "demo", "image": "demo:red"}]}}},
      "status": {"observedGeneration": 1, "replicas": 1, "availableReplicas": 1, "readyReplicas": 1}
    })");
    QJsonObject meta = rs.value(u"metadata").toObject();
    meta.insert(QStringLiteral("name"), QString::fromUtf8(name));
    meta.insert(QStringLiteral("uid"), QString(QString::fromUtf8(name) + QStringLiteral("-uid")));
    meta.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("rollouts-pod-template-hash"),
                                                       QString::fromUtf8(hash)}});
    meta.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("rollout.argoproj.io/revision"), QString::number(revision)}});
    rs.insert(QStringLiteral("metadata"), meta);
    return merged(rs, parse(patch));
}

inline QJsonObject pod(const char *patch)
{
    static const char *base = R"({
      "apiVersion": "v1", "kind": "Pod",
      "metadata": {"name": "p", "namespace": "ns", "uid": "p-uid",
                   "creationTimestamp": "2026-01-01T00:00:00Z",
                   "ownerReferences": [{"uid": "rs-uid"}]},
      "spec": {"containers": [{"name": "c", "image": "i"}]},
      "status": {"phase": "Running"}
    })";
    return merged(parse(base), parse(patch));
}

template <typename T> T decode(const QJsonObject &json)
{
    auto result = T::fromJson(json);
    if (!result)
        qFatal("decode failed: %s", qPrintable(result.errorMessage()));
    return result.value();
}

} // namespace testdata
