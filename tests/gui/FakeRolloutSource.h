#pragma once

// A RolloutSource for GUI tests: its rollouts come from snapshot files (the getting-started
// states) or hand-made objects, and it records every action instead of sending it.

#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"
#include "source/RolloutSource.h"

#include <QHash>
#include <QJsonObject>
#include <QTest>

class FakeRolloutSource : public rd::source::RolloutSource
{
public:
    using Info = rd::core::RolloutInfo;

    void start() override {}
    QString displayName() const override { return QStringLiteral("fake"); }
    QString namespaceName() const override { return {}; }
    QStringList keys() const override { return m_order; }
    bool contains(const QString &key) const override { return m_infos.contains(key); }
    std::shared_ptr<const Info> info(const QString &key) const override
    {
        return m_infos.value(key);
    }
    QJsonObject rolloutObject(const QString &key) const override { return m_objects.value(key); }
    bool isReadOnly() const override { return readOnly; }
    rd::source::RolloutAccess accessFor(const QString &) const override { return access; }
    rd::source::ActionRequest *run(const rd::source::RolloutAction &action) override
    {
        sent << action;
        auto *request = new rd::source::ActionRequest(action, this);
        pending << request;
        return request;
    }

    // Adds or replaces every rollout of a snapshot file (emits rolloutAdded / rolloutChanged).
    // Callers wrap it in QVERIFY, so a missing file ends the test instead of crashing it later.
    [[nodiscard]] bool loadSnapshot(const QString &path)
    {
        auto objects = rd::core::SnapshotLoader::load(path);
        if (!objects) {
            qWarning("%s", qPrintable(objects.errorMessage()));
            return false;
        }
        setObjects(objects.value());
        return true;
    }

    void setObjects(const rd::core::ObjectSet &objects)
    {
        for (const auto &rollout : objects.rollouts) {
            const Info info = rd::core::RolloutInfoBuilder::build(rollout, objects);
            put(info, rollout.json);
        }
    }

    void put(const Info &info, const QJsonObject &object = {})
    {
        putKeyed(info.key(), info, object);
    }

    // As put(), under a key of the caller's choosing (a board of several contexts).
    void putKeyed(const QString &key, const Info &info, const QJsonObject &object = {})
    {
        const bool known = m_infos.contains(key);
        if (!known)
            m_order << key;
        m_infos.insert(key, std::make_shared<const Info>(info));
        m_objects.insert(key, object);
        if (known)
            Q_EMIT rolloutChanged(key);
        else
            Q_EMIT rolloutAdded(key);
    }

    // A batch as ClusterRolloutSource delivers one: every info stored first, then rolloutsAdded
    // for the new keys, then rolloutAdded / rolloutChanged per key in order.
    void putMany(const QList<Info> &infos)
    {
        QList<QPair<QString, bool>> told;
        QStringList added;
        for (const Info &info : infos) {
            const QString key = info.key();
            const bool known = m_infos.contains(key);
            if (!known)
                m_order << key;
            m_infos.insert(key, std::make_shared<const Info>(info));
            told.append({key, !known});
            if (!known)
                added << key;
        }
        if (!added.isEmpty())
            Q_EMIT rolloutsAdded(added);
        for (const auto &[key, isNew] : std::as_const(told)) {
            if (isNew)
                Q_EMIT rolloutAdded(key);
            else
                Q_EMIT rolloutChanged(key);
        }
    }

    void remove(const QString &key)
    {
        m_order.removeAll(key);
        m_infos.remove(key);
        m_objects.remove(key);
        Q_EMIT rolloutRemoved(key);
    }

    void setState(rd::source::ConnectionState state, const QString &reason = {})
    {
        setConnectionState(state, reason);
    }

    bool readOnly = false;
    rd::source::RolloutAccess access;
    QList<rd::source::RolloutAction> sent;
    QList<rd::source::ActionRequest *> pending;

private:
    QStringList m_order;
    QHash<QString, std::shared_ptr<const Info>> m_infos;
    QHash<QString, QJsonObject> m_objects;
};
