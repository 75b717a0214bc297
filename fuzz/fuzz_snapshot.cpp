// libFuzzer target: any bytes as a snapshot file (YAML and JSON paths), then the whole model and
// text renderer over whatever loaded. Build with -DROLLOUTDESK_FUZZERS=ON and clang.

#include "core/RolloutInfoBuilder.h"
#include "core/RolloutTextRenderer.h"
#include "core/SnapshotLoader.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const rd::core::RolloutTextRenderer renderer(QDateTime::fromSecsSinceEpoch(1767225600), true);
    for (const QString &name : {u"fuzz.yaml"_s, u"fuzz.json"_s}) {
        rd::core::ObjectSet objects;
        if (!rd::core::SnapshotLoader::addText(objects, bytes, name))
            continue;
        for (const rd::core::Rollout &ro : objects.rollouts)
            (void)renderer.rollout(rd::core::RolloutInfoBuilder::build(ro, objects));
        for (const rd::core::Experiment &ex : objects.experiments)
            (void)renderer.experiment(rd::core::RolloutInfoBuilder::buildExperiment(ex, objects));
        (void)rd::core::RolloutTextRenderer::rolloutList(objects.rollouts, true);
    }
    return 0;
}
