// libFuzzer target: any bytes as the JSON the API server sends (one object, a List, or an array),
// decoded by every kind's decoder regardless of `kind`, then through ObjectSet, RolloutInfo and
// the text renderer as `get rollout` would. Property: the decoders that also read an object's
// packed text (fromText, ObjectSet::addText: simdjson) give what they give for its QJsonObject,
// the same message when they refuse it, and the same RolloutInfo.

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

// The object as a store keeps it (kube::ObjectCache::pack writes it so).
QByteArray packed(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename T> void decodeBothWays(const QJsonObject &object)
{
    const rd::core::Result<T> viaTree = T::fromJson(object);
    const rd::core::Result<T> viaText = T::fromText(packed(object));
    FUZZ_CHECK(viaTree.ok() == viaText.ok());
    if (!viaTree.ok())
        FUZZ_CHECK(viaTree.errorMessage() == viaText.errorMessage());
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
    rd::core::ObjectSet fromText;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        decodeBothWays<rd::core::Rollout>(object);
        decodeBothWays<rd::core::ReplicaSet>(object);
        decodeBothWays<rd::core::Pod>(object);
        decode<rd::core::Experiment>(object);
        decode<rd::core::AnalysisRun>(object);
        decode<rd::core::Deployment>(object);
        const auto added = objects.add(object);
        FUZZ_CHECK(added.ok() || !added.errorMessage().isEmpty());
        const auto addedText = fromText.addText(packed(object));
        FUZZ_CHECK(added.ok() == addedText.ok());
        if (added.ok())
            FUZZ_CHECK(added.value() == addedText.value());
        else
            FUZZ_CHECK(added.errorMessage() == addedText.errorMessage());
    }
    // Rollouts come in from add() in both sets; the related objects from either path.
    fromText.rollouts = objects.rollouts;
    for (qsizetype i = 0; i < objects.rollouts.size(); ++i) {
        FUZZ_CHECK(rd::core::RolloutInfoBuilder::build(objects.rollouts.at(i), objects) ==
                   rd::core::RolloutInfoBuilder::build(fromText.rollouts.at(i), fromText));
    }

    const rd::core::RolloutTextRenderer renderer(QDateTime::fromSecsSinceEpoch(1767225600), true);
    for (const rd::core::Rollout &ro : std::as_const(objects.rollouts))
        (void)renderer.rollout(rd::core::RolloutInfoBuilder::build(ro, objects));
    for (const rd::core::Experiment &ex : std::as_const(objects.experiments))
        (void)renderer.experiment(rd::core::RolloutInfoBuilder::buildExperiment(ex, objects));
    (void)rd::core::RolloutTextRenderer::rolloutList(objects.rollouts, true);
    return 0;
}
