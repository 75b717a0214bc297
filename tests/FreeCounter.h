#pragma once

// Counts the heap blocks freed on the calling thread while a FreeCounter is alive, by standing in
// for glibc's free() in the test executable (Qt, libstdc++ and our libraries all free through it).
// Include it in exactly one file of a test executable. Available on glibc without AddressSanitizer
// (ASan brings its own free()); elsewhere FreeCounter::available() is false and tests skip.

#include <cstddef>
#include <cstdlib>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#if defined(__has_feature)
#if !__has_feature(address_sanitizer)
#define RD_TEST_COUNTS_FREES 1
#endif
#else
#define RD_TEST_COUNTS_FREES 1
#endif
#endif

namespace rd::test {

#ifdef RD_TEST_COUNTS_FREES
inline thread_local bool t_countFrees = false;
inline thread_local std::size_t t_freed = 0;
#endif

class FreeCounter
{
public:
    static constexpr bool available()
    {
#ifdef RD_TEST_COUNTS_FREES
        return true;
#else
        return false;
#endif
    }

    FreeCounter()
    {
#ifdef RD_TEST_COUNTS_FREES
        t_freed = 0;
        t_countFrees = true;
#endif
    }
    ~FreeCounter()
    {
        stop();
    }

    // Stops counting; returns how many blocks this thread freed since construction.
    std::size_t stop()
    {
#ifdef RD_TEST_COUNTS_FREES
        t_countFrees = false;
        return t_freed;
#else
        return 0;
#endif
    }
};

} // namespace rd::test

#ifdef RD_TEST_COUNTS_FREES
extern "C" void __libc_free(void *) noexcept;

extern "C" void free(void *block) noexcept
{
    if (block && rd::test::t_countFrees)
        ++rd::test::t_freed;
    __libc_free(block);
}
#endif
