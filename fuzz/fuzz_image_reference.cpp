// libFuzzer target: any text as a container image reference (Set image).

#include "FuzzSupport.h"
#include "core/ImageReference.h"

using Problem = rd::core::ImageReference::Problem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString reference = QString::fromUtf8(rd::fuzz::bytes(data, size));
    const Problem problem = rd::core::ImageReference::check(reference);
    if (problem == Problem::None) {
        // What `set image` writes into the pod template: never blank, split or oversized.
        FUZZ_CHECK(!reference.isEmpty());
        FUZZ_CHECK(!reference.contains(u'=') && !reference.contains(u' '));
        FUZZ_CHECK(reference.size() <= 255 + 128 + 72);
    }
    return 0;
}
