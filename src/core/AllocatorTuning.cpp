#include "core/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rd::core {

void limitAllocatorArenas()
{
#if defined(__GLIBC__)
    // Two, not one: the GUI thread and the decoding threads do not wait on one lock.
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace rd::core
