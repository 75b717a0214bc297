// libFuzzer target: any text as a labelSelector query parameter; an accepted selector must print
// as a string that parses back to the same selector. JSON input is also read as a spec selector.

#include "FuzzSupport.h"
#include "sim/LabelSelector.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using rd::sim::LabelSelector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytes(data, size);
    const QJsonObject labels{{u"app"_s, u"rollouts-demo"_s},
                             {u"rollouts-pod-template-hash"_s, u"687d76d795"_s},
                             {u"tier"_s, u""_s}};
    if (const auto selector = LabelSelector::parse(QString::fromUtf8(bytes))) {
        const QString text = selector->toString();
        const auto again = LabelSelector::parse(text);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->toString() == text);
        FUZZ_CHECK(again->matches(labels) == selector->matches(labels));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const LabelSelector selector = LabelSelector::fromObject(doc.object());
        (void)selector.matches(labels);
        (void)LabelSelector::parse(selector.toString());
    }
    return 0;
}
