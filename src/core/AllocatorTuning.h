#pragma once

namespace rd::core {

// Caps glibc's malloc at two arenas (a no-op elsewhere). List pages are decoded on pool threads,
// and every thread that allocates gets an arena of its own; the objects are freed later on the
// GUI thread, so the pages they freed stay in the pool threads' arenas, counted in the window's
// resident memory and reused by nobody. Measured at 2,000 rollouts (window, peak RSS): 135 MB
// with the default (eight arenas per core), 111 MB with two; 10,000: 315 → 295 MB.
// MALLOC_ARENA_MAX in the environment wins.
void limitAllocatorArenas();

// Serves every block of 4 MiB or more from a mapping of its own, given back when freed (glibc's
// M_MMAP_THRESHOLD, fixed; a no-op elsewhere). By default glibc raises that threshold to the
// size of each such block freed, so after the first list page the next pages (3–7 MB each) come
// from the heap, and the heap cannot shrink under the objects decoded meanwhile. Measured at
// 2,000 rollouts (window, peak RSS): 106–110 MB by default, 98 MB with the threshold fixed at
// 256 KiB, 1 MiB or 4 MiB; 10,000 rollouts: 264 MB either way. MALLOC_MMAP_THRESHOLD_ in the
// environment wins.
void fixLargeBlockThreshold();

// Starts this program again in its own process (exec, same pid, same arguments) with a deeper
// glibc per-thread cache: 100 free blocks of each size instead of 7. Only at the start of main(),
// before any thread exists; returns when there is nothing to do (not glibc, the user already set
// glibc.malloc.tcache_count in GLIBC_TUNABLES, or this is the restarted process) or when exec
// fails. glibc reads the setting only at start, so an environment variable and a restart are
// the only way to set it. Measured in rolloutdesk-sim at 10,000 rollouts: serializing a page of
// 2,000 pods spent two thirds of its time in malloc_consolidate and unlink_chunk under
// QJsonDocument::toJson, 100 µs per pod against 41 in the whole list; with the deeper cache the
// pages cost what the whole list costs (see README, simulator paging).
void restartWithDeeperAllocatorCache(char *argv[]);

// Gives the memory malloc holds free back to the system (glibc's malloc_trim; a no-op elsewhere).
// glibc returns only the free memory at the top of a heap by itself; after a list of 2,000
// rollouts has been read and freed, and again after every relist, most of what it freed sits
// below live objects and stays resident. In a 30-minute soak the window's resident memory rose
// 13 % while malloc's bytes in use stayed level, and malloc_trim at the end gave back 79 MB of
// 215. Thread-safe; it walks every arena, so callers run it off the GUI thread.
void releaseFreeMemory();
// releaseFreeMemory() calls so far in this process (tests).
int freeMemoryReleases();

} // namespace rd::core
