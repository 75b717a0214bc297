// libFuzzer target: any bytes as the JSON the API server sends (one object, a List, or an array),
// decoded by every kind's decoder regardless of `kind`, then through ObjectSet, RolloutInfo and
// the text renderer as `get rollout` would.

#include "FuzzSupport.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> void decode(const QJsonObject &object)
{
    const rd::core::Result<T> result = T::fromJson(object);
    FUZZ_CHECK(result.ok() || !result.errorMessage().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(rd::fuzz::bytes(data, size));
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(u"items"_s).isArray())
        items = doc.object().value(u"items"_s).toArray();
    else if (doc.isObject())
        items.append(doc.object());

    rd::core::ObjectSet objects;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        decode<rd::core::Rollout>(object);
        decode<rd::core::ReplicaSet>(object);
        decode<rd::core::Pod>(object);
        decode<rd::core::Experiment>(object);
        decode<rd::core::AnalysisRun>(object);
        decode<rd::core::Deployment>(object);
        const auto added = objects.add(object);
        FUZZ_CHECK(added.ok() || !added.errorMessage().isEmpty());
    }

    const rd::core::RolloutTextRenderer renderer(QDateTime::fromSecsSinceEpoch(1767225600), true);
    for (const rd::core::Rollout &ro : std::as_const(objects.rollouts))
        (void)renderer.rollout(rd::core::RolloutInfoBuilder::build(ro, objects));
    for (const rd::core::Experiment &ex : std::as_const(objects.experiments))
        (void)renderer.experiment(rd::core::RolloutInfoBuilder::buildExperiment(ex, objects));
    (void)rd::core::RolloutTextRenderer::rolloutList(objects.rollouts, true);
    return 0;
}
