#include "core/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rd::core {

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

} // namespace rd::core
