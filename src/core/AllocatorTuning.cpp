#include "core/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>

namespace rd::core {

namespace {
std::atomic<int> g_releases{0};
} // namespace

void limitAllocatorArenas()
{
#if defined(__GLIBC__)
    // A limit the user set (glibc reads MALLOC_ARENA_MAX at start) is theirs to keep.
    if (std::getenv("MALLOC_ARENA_MAX"))
        return;
    // Two, not one: the GUI thread and the decoding threads do not wait on one lock.
    mallopt(M_ARENA_MAX, 2);
#endif
}

void releaseFreeMemory()
{
    ++g_releases;
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

int freeMemoryReleases()
{
    return g_releases.load();
}

} // namespace rd::core
