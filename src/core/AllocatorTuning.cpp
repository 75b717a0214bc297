#include "core/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

#include <atomic>
#include <cstring>
#include <string>

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

void fixLargeBlockThreshold()
{
#if defined(__GLIBC__)
    if (std::getenv("MALLOC_MMAP_THRESHOLD_"))
        return;
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
}

void restartWithDeeperAllocatorCache(char *argv[])
{
#if defined(__GLIBC__)
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.tcache_count"))
        return; // the user's value, or ours after the restart
    std::string value = tunables && *tunables ? std::string(tunables) + ':' : std::string();
    value += "glibc.malloc.tcache_count=100";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv); // returns only on failure: then run as we are
#else
    (void)argv;
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
