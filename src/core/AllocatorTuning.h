#pragma once

namespace rd::core {

// Caps glibc's malloc at two arenas (a no-op elsewhere). List pages are decoded on pool threads,
// and every thread that allocates gets an arena of its own; the objects are freed later on the
// GUI thread, so the pages they freed stay in the pool threads' arenas, counted in the window's
// resident memory and reused by nobody. Measured at 2,000 rollouts (window, peak RSS): 135 MB
// with the default (eight arenas per core), 111 MB with two; 10,000: 315 → 295 MB.
// MALLOC_ARENA_MAX in the environment wins.
void limitAllocatorArenas();

} // namespace rd::core
