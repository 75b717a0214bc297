#pragma once

#include "core/ObjectSet.h"
#include "source/RolloutSource.h"

#include <QHash>

namespace rd::source {

// Rollouts read from a snapshot (a YAML/JSON file or folder). Read-only: every action fails
// with a clear message. start() loads synchronously-then-signals on the next event-loop turn.
class SnapshotRolloutSource : public RolloutSource
{
    Q_OBJECT
public:
    explicit SnapshotRolloutSource(QString path, QObject *parent = nullptr);
    // From objects already loaded (tests, the CLI).
    SnapshotRolloutSource(QString name, core::ObjectSet objects, QObject *parent = nullptr);
    ~SnapshotRolloutSource() override;

    void start() override;
    QString displayName() const override { return m_path; }
    QString namespaceName() const override { return {}; }
    QStringList keys() const override;
    bool contains(const QString &key) const override;
    std::shared_ptr<const core::RolloutInfo> info(const QString &key) const override;
    QJsonObject rolloutObject(const QString &key) const override;
    bool isReadOnly() const override { return true; }
    RolloutAccess accessFor(const QString &key) const override;
    ActionRequest *run(const RolloutAction &action) override;

private:
    void build();

    QString m_path;
    bool m_loaded = false;
    core::ObjectSet m_objects;
    QHash<QString, std::shared_ptr<const core::RolloutInfo>> m_infos;
    QHash<QString, QJsonObject> m_json;
};

} // namespace rd::source
