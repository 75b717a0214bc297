// libFuzzer target: any bytes as a snapshot file (YAML and JSON paths), then the whole model and
// text renderer over whatever loaded. A refused file must say why.

#include "FuzzSupport.h"
#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytes(data, size);
    const rd::core::RolloutTextRenderer renderer(QDateTime::fromSecsSinceEpoch(1767225600), true);
    for (const QString &name : {u"fuzz.yaml"_s, u"fuzz.json"_s}) {
        rd::core::ObjectSet objects;
        const auto added = rd::core::SnapshotLoader::addText(objects, bytes, name);
        if (!added) {
            FUZZ_CHECK(!added.errorMessage().isEmpty());
            continue;
        }
        for (const rd::core::Rollout &ro : std::as_const(objects.rollouts))
            (void)renderer.rollout(rd::core::RolloutInfoBuilder::build(ro, objects));
        for (const rd::core::Experiment &ex : std::as_const(objects.experiments))
            (void)renderer.experiment(rd::core::RolloutInfoBuilder::buildExperiment(ex, objects));
        (void)rd::core::RolloutTextRenderer::rolloutList(objects.rollouts, true);
    }
    return 0;
}
