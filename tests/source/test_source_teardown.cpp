// Quitting the window must not take longer with more rollouts (issue: slow exit at 10,000).
// Against an in-process simulator on loopback: a cluster source destroyed while the program runs
// frees what it held, block by block (a context switch must give the memory back); the same
// source destroyed once the process is ending (core::ProcessExit) still stops its worker thread
// and its watches, but frees nothing per rollout or per object.

#include "../FreeCounter.h"
#include "../kube/SimFixture.h"

#include "core/ProcessExit.h"
#include "source/ClusterRolloutSource.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
const QString kNs = u"spring-petclinic"_s;
// Two clusters: what grows from the small to the large one is work done per rollout.
constexpr int kSmall = 50;
constexpr int kLarge = 500; // each rollout has a ReplicaSet and three pods

// Threads of this process named like the source's worker threads.
int workerThreads()
{
    int n = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("rd-info-"))
            ++n;
    }
    return n;
}
} // namespace

class TestSourceTeardown : public QObject
{
    Q_OBJECT

    rd::test::SimFixture m_small;
    rd::test::SimFixture m_large;

    // A source that has loaded every rollout of the simulator.
    static std::unique_ptr<ClusterRolloutSource> loadedSource(rd::test::SimFixture &sim,
                                                              int rollouts)
    {
        auto client = sim.client(u"admin"_s);
        if (!client)
            return nullptr;
        auto source = std::make_unique<ClusterRolloutSource>(std::move(client), kNs);
        QSignalSpy ready(source.get(), &RolloutSource::ready);
        source->start();
        if (!ready.wait(120000) || source->keys().size() != rollouts)
            return nullptr;
        return source;
    }

    // Blocks this thread freed while destroying the source.
    static std::size_t freedDestroying(std::unique_ptr<ClusterRolloutSource> source)
    {
        rd::test::FreeCounter counter;
        source.reset();
        return counter.stop();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!rd::test::FreeCounter::available())
            QSKIP("counting frees needs glibc without AddressSanitizer");
        QVERIFY2(m_small.start(true, {}, 1.0, u"scale:%1"_s.arg(kSmall)),
                 qPrintable(m_small.error));
        QVERIFY2(m_large.start(true, {}, 1.0, u"scale:%1"_s.arg(kLarge)),
                 qPrintable(m_large.error));
    }

    // The order matters: ProcessExit::begin() (next test) cannot be undone.
    void whileRunningTheMemoryIsGivenBack()
    {
        auto source = loadedSource(m_large, kLarge);
        QVERIFY(source);
        QVERIFY(workerThreads() > 0);
        const std::size_t freed = freedDestroying(std::move(source));
        qInfo("destroyed while running: %zu blocks freed for %d rollouts", freed, kLarge);
        // At least a packed text per object (rollout, ReplicaSet, three pods) and an info each.
        QVERIFY2(freed > std::size_t(6 * kLarge), qPrintable(QString::number(freed)));
        QCOMPARE(workerThreads(), 0);
    }

    void atExitNothingIsFreedPerRollout()
    {
        auto small = loadedSource(m_small, kSmall);
        QVERIFY(small);
        auto large = loadedSource(m_large, kLarge);
        QVERIFY(large);
        QVERIFY(workerThreads() > 0);
        const std::size_t releasedBefore = rd::core::ProcessExit::releasedCount();
        rd::core::ProcessExit::begin();
        const std::size_t freedSmall = freedDestroying(std::move(small));
        const std::size_t freedLarge = freedDestroying(std::move(large));
        qInfo("destroyed at exit: %zu blocks freed for %d rollouts, %zu for %d", freedSmall, kSmall,
              freedLarge, kLarge);
        // What is left is the fixed cost of stopping (the client, the reflectors, their replies):
        // ten times the rollouts cost less than one block per added rollout.
        QVERIFY2(freedLarge < freedSmall + std::size_t(kLarge - kSmall),
                 qPrintable(u"%1 vs %2"_s.arg(freedLarge).arg(freedSmall)));
        QVERIFY(rd::core::ProcessExit::releasedCount() > releasedBefore);
        // ...and the worker threads were still joined, not left running.
        QCOMPARE(workerThreads(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceTeardown)
#include "test_source_teardown.moc"
