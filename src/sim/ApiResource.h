#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd::sim {

// One resource type the simulated API serves (the discovery facts plus storage rules).
struct ApiResource
{
    QString group; // empty for the core group
    QString version;
    QString resource; // plural, e.g. "rollouts"
    QString singular;
    QString kind;
    bool namespaced = true;
    bool statusSubresource = false;
    bool customResource = false; // CRDs: no strategic merge patch, no unconditional update
    bool storable = true;        // false for virtual resources like access reviews
    QStringList shortNames;
    QStringList verbs;

    QString groupVersion() const;
    QString apiVersion() const { return groupVersion(); }
    // The store's key for this type: "rollouts.argoproj.io", "pods".
    QString key() const;

    static const QList<ApiResource> &all();
    static const ApiResource *find(const QString &group, const QString &resource);
    static const ApiResource *findByKind(const QString &kind);
    static QStringList groupVersionsOf(const QString &group);
};

} // namespace rd::sim
