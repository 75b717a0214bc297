#include "core/ProcessExit.h"

#include <mutex>
#include <vector>

namespace rd::core {

std::atomic<bool> ProcessExit::s_underway{false};

namespace {

struct Kept
{
    std::mutex lock;
    std::vector<const void *> items;
};

// Deliberately never destroyed: destroying it would free what it keeps, one block at a time.
Kept &kept()
{
    static Kept *const instance = new Kept;
    return *instance;
}

} // namespace

void ProcessExit::begin()
{
    s_underway.store(true, std::memory_order_relaxed);
}

void ProcessExit::keep(const void *item)
{
    Kept &k = kept();
    const std::lock_guard guard(k.lock);
    k.items.push_back(item);
}

std::size_t ProcessExit::releasedCount()
{
    Kept &k = kept();
    const std::lock_guard guard(k.lock);
    return k.items.size();
}

} // namespace rd::core
