// libFuzzer target: any bytes as a JSON array [document, patch]: a patch array is applied as an
// RFC 6902 JSON patch, a patch object as an RFC 7386 merge patch; a string is read as a pointer.

#include "FuzzSupport.h"
#include "sim/JsonPatch.h"

#include <QJsonDocument>
#include <QJsonObject>

using rd::sim::JsonPatch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray input = QJsonDocument::fromJson(rd::fuzz::bytes(data, size)).array();
    const QJsonValue document = input.at(0);
    const QJsonValue patch = input.at(1);
    if (patch.isArray()) {
        const auto out = JsonPatch::apply(document, patch.toArray());
        FUZZ_CHECK(out.ok() || !out.errorMessage().isEmpty());
        // All or nothing: an empty patch leaves the document as it was.
        if (patch.toArray().isEmpty())
            FUZZ_CHECK(out.ok() && out.value() == document);
    } else if (patch.isObject()) {
        const QJsonValue merged = JsonPatch::mergePatch(document, patch);
        // RFC 7386: applying the same merge patch twice changes nothing more.
        FUZZ_CHECK(JsonPatch::mergePatch(merged, patch) == merged);
    } else if (patch.isString()) {
        if (const auto tokens = JsonPatch::parsePointer(patch.toString()))
            FUZZ_CHECK(patch.toString().isEmpty() || !tokens->isEmpty());
    }
    return 0;
}
