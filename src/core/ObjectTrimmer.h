#pragma once

#include <QJsonObject>

namespace rd::core {

// Keeps only what Rollout Desk reads of an object that a watch or list delivers, as client-go's
// transform functions do, so that the caches hold a fraction of what a real API server sends:
// every kind loses metadata.managedFields and kubectl's last-applied-configuration annotation.
// Pods and ReplicaSets, most of the objects at scale, keep only the fields their typed views
// (core::Pod, core::ReplicaSet, ObjectMeta) read: their pod specs only the containers' name, image
// and restartPolicy, a Pod's status only phase, reason and the container states. Writes never
// start from a trimmed object: every action GETs what it changes.
class ObjectTrimmer
{
public:
    // `kind` as in the object's `kind` field (Pod, ReplicaSet, Rollout, ...).
    static QJsonObject trim(QJsonObject object, const QString &kind);
};

} // namespace rd::core
