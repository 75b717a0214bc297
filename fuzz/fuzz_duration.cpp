// libFuzzer target: any text as a Go duration (pause steps, --timeout, restart --in), and any
// 64-bit millisecond count through HumanDuration.

#include "FuzzSupport.h"
#include "core/Duration.h"
#include "core/Rollout.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(rd::fuzz::bytes(data, size));
    if (const auto ms = rd::core::parseGoDurationMs(text))
        FUZZ_CHECK(!rd::core::humanDuration(*ms).isEmpty());

    rd::core::CanaryStep step;
    step.kind = rd::core::CanaryStep::Kind::Pause;
    step.pauseDuration = text;
    FUZZ_CHECK(step.pauseSeconds().has_value());
    (void)step.text();

    if (size >= sizeof(qint64)) {
        qint64 ms = 0;
        std::memcpy(&ms, data, sizeof ms);
        FUZZ_CHECK(!rd::core::humanDuration(ms).isEmpty());
    }
    return 0;
}
