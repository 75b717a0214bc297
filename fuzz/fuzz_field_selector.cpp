// libFuzzer target: any text as a fieldSelector query parameter for a kind (the first byte picks
// it), matched against an object; a refused selector must say why.

#include "FuzzSupport.h"
#include "sim/FieldSelector.h"

using namespace Qt::Literals::StringLiterals;
using rd::sim::FieldSelector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString kinds[] = {u"Pod"_s, u"Event"_s, u"Rollout"_s, u"ReplicaSet"_s};
    const QString &kind = kinds[data[0] % 4];
    const QString text = QString::fromUtf8(rd::fuzz::bytes(data + 1, size - 1));
    const QJsonObject object{
        {u"kind"_s, kind},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"canary-demo"_s}, {u"namespace"_s, u"demo"_s}}},
        {u"status"_s, QJsonObject{{u"phase"_s, u"Running"_s}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Rollout"_s}, {u"resourceVersion"_s, 7}}},
        {u"source"_s, QJsonObject{{u"component"_s, u"rollouts-controller"_s}}}};
    if (const auto selector = FieldSelector::parse(text, kind))
        (void)selector->matches(object);
    else
        FUZZ_CHECK(!selector.errorMessage().isEmpty());
    return 0;
}
