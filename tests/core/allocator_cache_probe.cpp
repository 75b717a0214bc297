// Run by test_core_allocator_tuning: restarts itself as rolloutdesk-sim does, then prints what
// glibc's allocator does with 64 freed blocks of one size, and the GLIBC_TUNABLES it now has.
// With the default per-thread cache (7 blocks a size) the rest go to the fast bins; with 100
// none do.

#include "core/AllocatorTuning.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int main(int, char *argv[])
{
    rd::core::restartWithDeeperAllocatorCache(argv);
    void *blocks[64];
    for (void *&b : blocks)
        b = std::malloc(40);
    for (void *b : blocks)
        std::free(b);
    std::size_t fastBinBytes = 0;
#if defined(__GLIBC__)
    fastBinBytes = mallinfo2().fsmblks;
#endif
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    std::printf("pid %ld\ntunables %s\nfast bins %zu\n", long(getpid()),
                tunables ? tunables : "(unset)", fastBinBytes);
    return 0;
}
