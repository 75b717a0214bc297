#pragma once

// Memory figures the benchmarks print: resident and peak resident size of this process, and
// (with glibc) the bytes malloc has handed out, which unlike RSS do not include freed memory
// that malloc keeps for reuse.

#include <QFile>
#include <QString>

#include <sys/resource.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rd::bench {

// Resident set size now, in KiB (0 where /proc is missing).
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The highest resident set size so far, in KiB (getrusage: Linux reports KiB).
inline qint64 peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Bytes in use by malloc (small blocks and mmapped ones); -1 without glibc.
inline qint64 heapInUseBytes()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

// Gives malloc's free pages back to the system (glibc's malloc_trim); false where there is none.
// RSS before and after tells how much of it was freed memory that malloc kept.
inline bool trimFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

inline QString megabytes(qint64 kib)
{
    return QString::number(double(kib) * 1024.0 / 1e6, 'f', 1) + QStringLiteral(" MB");
}

// The budget of issue 15 for the window's peak memory: 120 MB at 2,000 rollouts, 300 MB at
// 10,000; in between and beyond, the line through those two points (0 = none, below 2,000).
inline double budgetMegabytes(int rollouts)
{
    if (rollouts < 2000)
        return 0;
    return 120.0 + double(rollouts - 2000) * (300.0 - 120.0) / 8000.0;
}

} // namespace rd::bench
