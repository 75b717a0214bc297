#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rd::sim {

class ClusterStore;

// Builds a scenario's starting objects in the store, and for `showcase` drives each rollout
// into its interesting state once its first revision is healthy (through store writes, as a
// user would).
class Scenario : public QObject
{
    Q_OBJECT

public:
    explicit Scenario(ClusterStore *store, QObject *parent = nullptr);

    // rollouts-demo | showcase | scale:N[,churn:R[,for:S]][,age:D] | empty. An Invalid error for an
    // unknown name.
    core::Status build(const QString &name);

    // scale:N[,churn:R[,for:S]][,age:D]: N rollouts (1..100000), R changes a second (0..10000)
    // during the first S seconds (1..31536000; for ever without it: a soak run stops the churn to
    // compare the settled state); rollout i is D days (1..3650) + 30 min + i seconds old, 1 h + i
    // seconds without age:D (an idle measurement wants ages whose text rarely changes). An Invalid
    // error when `name` starts with scale: but is not well formed; NotFound for another name.
    struct Scale
    {
        int rollouts = 0;
        int churnPerSecond = 0;
        int churnSeconds = 0; // 0 = for ever
        int ageDays = 0;      // 0 = an hour old
    };
    static core::Result<Scale> parseScale(const QString &name);

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
    // churn: the next rollouts in turn get their image flipped between :v1 and :v2.
    void churn();

    Scale m_scale;
    int m_churnNext = 0;
    double m_churnOwed = 0;

    ClusterStore *m_store;
    // showcase: rollout -> image to set once it is first Healthy
    QHash<QString, QString> m_pendingImages;
};

} // namespace rd::sim
