#include "source/SnapshotRolloutSource.h"

#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::source {

SnapshotRolloutSource::SnapshotRolloutSource(QString path, QObject *parent)
    : RolloutSource(parent)
    , m_path(std::move(path))
{}

SnapshotRolloutSource::SnapshotRolloutSource(QString name, core::ObjectSet objects, QObject *parent)
    : RolloutSource(parent)
    , m_path(std::move(name))
    , m_loaded(true)
    , m_objects(std::move(objects))
{}

SnapshotRolloutSource::~SnapshotRolloutSource() = default;

void SnapshotRolloutSource::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_loaded) {
            auto loaded = core::SnapshotLoader::load(m_path);
            if (!loaded) {
                setConnectionState(ConnectionState::Failed, loaded.errorMessage());
                return;
            }
            m_objects = std::move(loaded).value();
            m_loaded = true;
        }
        build();
        setConnectionState(ConnectionState::Connected);
        announceReady();
    });
}

void SnapshotRolloutSource::build()
{
    for (const auto &r : m_objects.rollouts) {
        const QString key = r.meta.key();
        m_json.insert(key, r.json);
        m_infos.insert(key, std::make_shared<const core::RolloutInfo>(
                                core::RolloutInfoBuilder::build(r, m_objects)));
        Q_EMIT rolloutAdded(key);
    }
}

QStringList SnapshotRolloutSource::keys() const
{
    return m_infos.keys();
}

bool SnapshotRolloutSource::contains(const QString &key) const
{
    return m_infos.contains(key);
}

std::shared_ptr<const core::RolloutInfo> SnapshotRolloutSource::info(const QString &key) const
{
    return m_infos.value(key);
}

QJsonObject SnapshotRolloutSource::rolloutObject(const QString &key) const
{
    return m_json.value(key);
}

RolloutAccess SnapshotRolloutSource::accessFor(const QString &) const
{
    return RolloutAccess{true, false, false};
}

ActionRequest *SnapshotRolloutSource::run(const RolloutAction &action)
{
    auto *request = new ActionRequest(action, this);
    request->finish(false, tr("A snapshot is read-only: actions cannot be sent. Connect to the "
                              "cluster to change this rollout."));
    return request;
}

} // namespace rd::source
