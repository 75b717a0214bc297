#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace rd::sim {

class ObjectStore;

// Builds a scenario's starting objects in the store, and for `showcase` drives each rollout
// into its interesting state once its first revision is healthy (through store writes, as a
// user would).
class Scenario : public QObject
{
    Q_OBJECT

public:
    explicit Scenario(ObjectStore *store, QObject *parent = nullptr);

    // rollouts-demo | showcase | scale:N | empty. False and *error for an unknown name.
    bool build(const QString &name, QString *error);

    static QJsonObject podTemplate(const QString &app, const QString &image);
    static QJsonArray demoSteps();

private:
    void ensureNamespace(const QString &ns);
    // A healthy canary whose revisions are `images` (the last one stable), with running pods.
    void addSteadyCanary(const QString &ns, const QString &name, const QStringList &images,
                         int replicas, const QJsonArray &steps, qint64 ageSeconds,
                         const QJsonObject &extraSpec = {});
    // A rollout without status: the controllers deploy it from scratch.
    void addFreshRollout(const QString &ns, const QString &name, const QString &image, int replicas,
                         const QJsonObject &strategy, const QJsonObject &extraSpec = {});
    void addService(const QString &ns, const QString &name, const QString &app);
    void addAnalysisTemplate(const QString &ns, const QString &name, const QString &result,
                             double afterSeconds);
    void onStoreChanged();
    void setImage(const QString &ns, const QString &name, const QString &image);

    ObjectStore *m_store;
    // showcase: rollout -> image to set once it is first Healthy
    QHash<QString, QString> m_pendingImages;
};

} // namespace rd::sim
