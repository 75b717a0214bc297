// limitAllocatorArenas keeps glibc's malloc at two arenas however many threads allocate at once
// (without it, eight threads allocating together get arenas of their own: the test then fails).
// A limit the user set in MALLOC_ARENA_MAX stands: CTest runs this again with MALLOC_ARENA_MAX=8
// (test_core_allocator_user_limit), and then the eight threads must get more than two arenas.
// The same for the large-block threshold (MALLOC_MMAP_THRESHOLD_).

#include "core/AllocatorTuning.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <barrier>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RD_NO_GLIBC_MALLOC 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define RD_NO_GLIBC_MALLOC 1
#endif

class TestAllocatorTuning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void concurrentThreadsShareTwoArenas()
    {
#if !defined(__GLIBC__) || defined(RD_NO_GLIBC_MALLOC)
        QSKIP("glibc's malloc is not the allocator here");
#else
        constexpr int threads = 8;
        std::barrier together(threads);
        std::vector<void *> blocks(threads);
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i) {
            pool.emplace_back([&, i] {
                together.arrive_and_wait(); // all allocate while the others are running
                blocks[i] = std::malloc(4096);
                together.arrive_and_wait(); // and keep it until every one has allocated
            });
        }
        for (auto &t : pool)
            t.join();
        char *text = nullptr;
        size_t size = 0;
        FILE *stream = open_memstream(&text, &size);
        QVERIFY(stream);
        QCOMPARE(malloc_info(0, stream), 0);
        std::fclose(stream);
        const QByteArray info(text, qsizetype(size));
        std::free(text);
        for (void *block : blocks)
            std::free(block);
        const qsizetype heaps = info.count("<heap nr=");
        QVERIFY(heaps >= 1); // the report was read at all
        if (qEnvironmentVariableIntValue("MALLOC_ARENA_MAX") > 2)
            QVERIFY2(heaps > 2, info.constData()); // the user's limit, not ours
        else
            QVERIFY2(heaps <= 2, info.constData());
#endif
    }

    // Freed memory below a live block stays resident until releaseFreeMemory gives it back.
    void releaseGivesBackWhatIsFreeBelowLiveObjects()
    {
#if !defined(__GLIBC__) || defined(RD_NO_GLIBC_MALLOC)
        QSKIP("glibc's malloc is not the allocator here");
#else
        const auto residentMb = [] {
            QFile statm(QStringLiteral("/proc/self/statm"));
            if (!statm.open(QIODevice::ReadOnly))
                return -1.0;
            const QList<QByteArray> fields = statm.readAll().split(' ');
            return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / 1e6 : -1.0;
        };
        // 64 MB in blocks below the mmap threshold, then one block above them all that stays.
        std::vector<char *> blocks;
        for (int i = 0; i < 16384; ++i) {
            auto *b = static_cast<char *>(std::malloc(4000));
            std::memset(b, 1, 4000); // resident
            blocks.push_back(b);
        }
        auto *pin = static_cast<char *>(std::malloc(4000));
        std::memset(pin, 1, 4000);
        for (char *b : blocks)
            std::free(b);
        const double before = residentMb();
        QVERIFY(before > 64);
        const int releases = rd::core::freeMemoryReleases();
        rd::core::releaseFreeMemory();
        const double after = residentMb();
        std::free(pin);
        QCOMPARE(rd::core::freeMemoryReleases(), releases + 1);
        QVERIFY2(before - after > 40,
                 qPrintable(QStringLiteral("%1 -> %2 MB").arg(before).arg(after)));
#endif
    }

    // fixLargeBlockThreshold: a 5 MB block freed after an 8 MB one still gets a mapping of its
    // own (by default glibc raises its threshold to 8 MB when the first is freed, and the second
    // then comes from the heap). A threshold the user set stands: CTest runs this again with
    // MALLOC_MMAP_THRESHOLD_=16777216 (test_core_allocator_user_limit), and then both come from
    // the heap.
    void largeBlocksKeepMappingsOfTheirOwn()
    {
#if !defined(__GLIBC__) || defined(RD_NO_GLIBC_MALLOC)
        QSKIP("glibc's malloc is not the allocator here");
#else
        rd::core::fixLargeBlockThreshold();
        const auto mappedBytes = [] { return mallinfo2().hblkhd; };
        char *first = static_cast<char *>(std::malloc(8 << 20));
        QVERIFY(first);
        std::memset(first, 1, 8 << 20);
        std::free(first);
        const std::size_t before = mappedBytes();
        char *second = static_cast<char *>(std::malloc(5 << 20));
        QVERIFY(second);
        const std::size_t grown = mappedBytes() - before;
        std::free(second);
        if (qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_"))
            QCOMPARE(grown, std::size_t(0)); // the user's threshold, not ours
        else
            QVERIFY2(grown >= std::size_t(5 << 20),
                     QByteArray::number(qulonglong(grown)).constData());
#endif
    }

    // restartWithDeeperAllocatorCache: the restarted process (same pid) has the deeper cache, so
    // 64 freed blocks of one size leave nothing in the fast bins; other tunables are kept; a
    // tcache_count the user set stands (then the fast bins fill as usual).
    void deeperCacheAfterRestart_data()
    {
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("deeper");
        QTest::newRow("unset") << QByteArray() << QByteArray("glibc.malloc.tcache_count=100")
                               << true;
        QTest::newRow("other tunables kept")
            << QByteArray("glibc.malloc.mxfast=64")
            << QByteArray("glibc.malloc.mxfast=64:glibc.malloc.tcache_count=100") << true;
        QTest::newRow("the user's value stands")
            << QByteArray("glibc.malloc.tcache_count=7")
            << QByteArray("glibc.malloc.tcache_count=7") << false;
    }

    void deeperCacheAfterRestart()
    {
#if !defined(__GLIBC__) || defined(RD_NO_GLIBC_MALLOC)
        QSKIP("glibc's malloc is not the allocator here");
#else
        QFETCH(QByteArray, given);
        QFETCH(QByteArray, expected);
        QFETCH(bool, deeper);
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        if (!given.isNull())
            env.insert(QStringLiteral("GLIBC_TUNABLES"), QString::fromLatin1(given));
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(ALLOCATOR_CACHE_PROBE), {});
        QVERIFY(probe.waitForStarted());
        const qint64 pid = probe.processId();
        QVERIFY(probe.waitForFinished(30000));
        QCOMPARE(probe.exitCode(), 0);
        const QList<QByteArray> lines = probe.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), "pid " + QByteArray::number(pid));
        QCOMPARE(lines.at(1), "tunables " + expected);
        QVERIFY(lines.at(2).startsWith("fast bins "));
        const qint64 fastBinBytes = lines.at(2).mid(10).toLongLong();
        if (deeper)
            QCOMPARE(fastBinBytes, 0);
        else
            QVERIFY2(fastBinBytes > 0, lines.at(2).constData()); // the probe can tell at all
#endif
    }
};

// Called before QTest starts its watchdog thread, as the window calls it first thing in main().
int main(int argc, char *argv[])
{
    rd::core::limitAllocatorArenas();
    TestAllocatorTuning test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_allocator_tuning.moc"
