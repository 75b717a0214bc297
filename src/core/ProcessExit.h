#pragma once

#include <atomic>
#include <cstddef>
#include <utility>

namespace rd::core {

// The end of the process, for owners of large plain-data containers.
//
// When the process ends the kernel takes its whole heap back at once. Freeing the same memory
// block by block first (a RolloutInfo per rollout, a packed text per object, the index nodes)
// is pure cost: at 10,000 rollouts it was most of the time the window took to go away, and it
// grows with the heap and with how fragmented malloc's free lists are. So once main() has left
// its event loop for good it calls begin(), and from then on such owners hand their containers
// to release() in their destructors instead of freeing them.
//
// Only plain data may be released this way: no QObject, no file or socket, no thread, nothing
// whose destructor does anything outside the heap (see docs/ARCHITECTURE.md, "Shutting down").
// A released container stays reachable from here, so leak checkers do not report it.
class ProcessExit
{
public:
    // main(): the event loop has returned and the process is about to end. Cannot be undone.
    static void begin();
    static bool underway() { return s_underway.load(std::memory_order_relaxed); }

    // While the process ends: moves the container's contents aside, never to be freed, and
    // leaves it empty (destroying it then frees nothing). Otherwise: does nothing, and the
    // owner frees it as usual. A move of a Qt or std container is O(1).
    template <typename T> static void release(T &container)
    {
        if (!underway())
            return;
        keep(new T(std::move(container)));
        container = T();
    }

    // How many containers were released (tests).
    static std::size_t releasedCount();

private:
    static void keep(const void *kept);
    static std::atomic<bool> s_underway;
};

} // namespace rd::core
