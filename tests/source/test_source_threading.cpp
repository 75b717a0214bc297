// The cluster source computes RolloutInfo on a worker thread (issue 15). Against an in-process
// simulator on loopback: results cross the thread boundary in order (a rollout changed many times
// in a row ends as the server's last state, and no older state is ever shown after a newer one),
// and a source destroyed at any point of its load leaves no thread and no callback behind.

#include "../kube/SimFixture.h"

#include "core/AllocatorTuning.h"
#include "core/RolloutInfo.h"
#include "kube/ObjectCache.h"
#include "sim/ApiResource.h"
#include "sim/ClusterStore.h"
#include "source/ClusterRolloutSource.h"
#include "source/RolloutInfoWorker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
const QString kNs = u"spring-petclinic"_s;

// Threads of this process named like the worker's threads (Linux names a thread after the
// QThread's objectName, at most 15 bytes).
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

class TestSourceThreading : public QObject
{
    Q_OBJECT

    // Sets label `seq` of a rollout on the server (one watch event each).
    static bool setSeq(rd::test::SimFixture &sim, const QString &name, int seq)
    {
        const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        auto ro = sim.cluster->store()->get(t->key(), kNs, name);
        if (!ro)
            return false;
        QJsonObject meta = (*ro)[u"metadata"_s].toObject();
        QJsonObject labels = meta[u"labels"_s].toObject();
        labels[u"seq"_s] = QString::number(seq);
        meta[u"labels"_s] = labels;
        ro->insert(u"metadata"_s, meta);
        return sim.cluster->store()
            ->update(*t, *ro, rd::sim::ClusterStore::Scope::Main, false)
            .ok();
    }

    static QString serverVersion(rd::test::SimFixture &sim, const QString &name)
    {
        const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        const auto ro = sim.cluster->store()->get(t->key(), kNs, name);
        return ro ? (*ro)[u"metadata"_s][u"resourceVersion"_s].toString() : QString();
    }

private Q_SLOTS:
    // A first load reaches the board in batches: each batch's new keys come as rolloutsAdded,
    // stored before and announced again one by one after; together they are every rollout.
    void aFirstLoadComesInBatches()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:300"_s), qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY2(client, qPrintable(sim.error));
        ClusterRolloutSource source(std::move(client), kNs);
        QStringList batched;
        int batches = 0;
        bool storedBefore = true;
        bool announcedBefore = true;
        connect(&source, &RolloutSource::rolloutsAdded, this, [&](const QStringList &keys) {
            ++batches;
            for (const QString &k : keys)
                storedBefore = storedBefore && source.info(k) != nullptr;
            batched << keys;
        });
        connect(&source, &RolloutSource::rolloutAdded, this, [&](const QString &k) {
            announcedBefore = announcedBefore && batched.contains(k);
        });
        QSignalSpy added(&source, &RolloutSource::rolloutAdded);
        QSignalSpy ready(&source, &RolloutSource::ready);
        const qint64 unpacksBefore = rd::kube::ObjectCache::unpacksOnThisThread();
        source.start();
        QVERIFY(ready.wait(60000));
        // Pages are decoded on the pool, the inputs on the worker: this thread decoded nothing
        // (the index came with the objects' refs, the worker got their text).
        QCOMPARE(rd::kube::ObjectCache::unpacksOnThisThread(), unpacksBefore);
        QVERIFY(storedBefore);
        QVERIFY(announcedBefore);
        QCOMPARE(added.size(), 300);
        QCOMPARE(batched.size(), 300);
        batched.sort();
        QStringList keys = source.keys();
        keys.sort();
        QCOMPARE(batched, keys);
        QVERIFY2(batches < 300, qPrintable(QString::number(batches))); // not one per rollout
    }

    // Pods come last and in pages: a rollout whose ReplicaSets have all their pods (as many as
    // their status counts) is computed while later pages are on their way, once, and what the
    // load ends with is every rollout with all of its pods.
    void wholeRolloutsAreComputedBeforeThePodsListEnds()
    {
        // 4,500 pods: three pages (Reflector::kPageLimit).
        constexpr int kRollouts = 1500;
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:%1"_s.arg(kRollouts)), qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY2(client, qPrintable(sim.error));
        ClusterRolloutSource source(std::move(client), kNs);
        QSignalSpy ready(&source, &RolloutSource::ready);
        source.start();
        QVERIFY(ready.wait(120000));
        QCOMPARE(source.keys().size(), kRollouts);
        QVERIFY2(source.recomputesBeforeListed() > 0,
                 "no rollout was computed before the pods list ended");
        QVERIFY2(source.recomputesBeforeListed() < kRollouts,
                 "the pods of the last page cannot have been in before it came");
        // Each once: no rollout went to the worker before its pods were in.
        QCOMPARE(source.recomputeCount(), kRollouts);
        int pods = 0;
        for (const QString &key : source.keys()) {
            const auto info = source.info(key);
            QVERIFY(info);
            int own = 0;
            for (const auto &rs : info->replicaSets)
                own += int(rs.pods.size());
            QVERIFY2(own == 3, qPrintable(key + u": "_s + QString::number(own)));
            pods += own;
        }
        QCOMPARE(pods, int(source.store(u"Pod"_s)->size()));
    }

    // After the lists, the memory they freed goes back to the system once (not on a tick).
    void freedListMemoryIsReleasedAfterTheLists()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:5"_s), qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY2(client, qPrintable(sim.error));
        ClusterRolloutSource source(std::move(client), kNs);
        QSignalSpy ready(&source, &RolloutSource::ready);
        const int before = rd::core::freeMemoryReleases();
        source.start();
        QVERIFY(ready.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(rd::core::freeMemoryReleases(), before + 1, 30000);
        QTest::qWait(6000); // nothing listed since: no second release
        QCOMPARE(rd::core::freeMemoryReleases(), before + 1);
    }

    void manyRapidChangesEndAtTheServersLastState()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:20"_s), qPrintable(sim.error));
        auto client = sim.client(u"admin"_s);
        QVERIFY2(client, qPrintable(sim.error));
        ClusterRolloutSource source(std::move(client), kNs);
        QSignalSpy ready(&source, &RolloutSource::ready);
        source.start();
        QVERIFY(ready.wait(60000));
        QCOMPARE(source.keys().size(), 20);

        // Every state shown must be newer than the one before: never an older event after a
        // newer one, whatever the worker's batches.
        const QString key = kNs + u"/app-0007"_s;
        int lastShown = -1;
        bool wentBack = false;
        connect(&source, &RolloutSource::rolloutChanged, this, [&](const QString &changed) {
            if (changed != key)
                return;
            const int seq = source.info(key)->labels.value(u"seq"_s, u"-1"_s).toInt();
            wentBack = wentBack || seq < lastShown;
            lastShown = seq;
        });
        // Rounds of changes written in one go (they arrive as one burst), with other rollouts
        // changing in between so that batches hold more than one key.
        constexpr int kRounds = 5;
        constexpr int kPerRound = 100;
        int seq = 0;
        const qint64 packsBefore = rd::kube::ObjectCache::packsOnThisThread();
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kPerRound; ++i) {
                QVERIFY(setSeq(sim, u"app-0007"_s, seq++));
                QVERIFY(setSeq(sim, u"app-%1"_s.arg(i % 20, 4, 10, QLatin1Char('0')), seq));
            }
            QTest::qWait(round * 10); // some rounds land while the last are being computed
        }
        QVERIFY(setSeq(sim, u"app-0007"_s, seq));
        QTRY_COMPARE_WITH_TIMEOUT(source.info(key)->resourceVersion,
                                  serverVersion(sim, u"app-0007"_s), 60000);
        QCOMPARE(source.info(key)->labels.value(u"seq"_s), QString::number(seq));
        QCOMPARE(lastShown, seq);
        QVERIFY(!wentBack);
        // Watch events come packed from the pool: this thread only stored them.
        QCOMPARE(rd::kube::ObjectCache::packsOnThisThread(), packsBefore);
        // Every rollout ends as the server holds it.
        for (int i = 0; i < 20; ++i) {
            const QString name = u"app-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            QTRY_COMPARE_WITH_TIMEOUT(source.info(kNs + u'/' + name)->resourceVersion,
                                      serverVersion(sim, name), 30000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(source.indexSizes().value(u"computing"_s), qsizetype(0), 30000);
    }

    void aRemovedRolloutDoesNotComeBack()
    {
        // A result computed before the removal must not put the rollout back.
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:5"_s), qPrintable(sim.error));
        ClusterRolloutSource source(sim.client(u"admin"_s), kNs);
        QSignalSpy ready(&source, &RolloutSource::ready);
        source.start();
        QVERIFY(ready.wait(60000));
        const auto *t = rd::sim::ApiResource::findByKind(u"Rollout"_s);
        for (int i = 0; i < 50; ++i)
            QVERIFY(setSeq(sim, u"app-0002"_s, i));
        QVERIFY(sim.cluster->store()->remove(*t, kNs, u"app-0002"_s).ok());
        QSignalSpy removed(&source, &RolloutSource::rolloutRemoved);
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.first().at(0).toString(), kNs + u"/app-0002"_s);
        QTest::qWait(300);
        QVERIFY(!source.contains(kNs + u"/app-0002"_s));
        QCOMPARE(source.keys().size(), 4);
    }

    void destroyedMidLoadLeavesNothingBehind()
    {
        rd::test::SimFixture sim;
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:300"_s), qPrintable(sim.error));
        QCOMPARE(workerThreads(), 0);
        for (int round = 0; round < 12; ++round) {
            auto source = std::make_unique<ClusterRolloutSource>(sim.client(u"admin"_s), kNs);
            // The threads name themselves once running.
            QTRY_COMPARE_WITH_TIMEOUT(workerThreads(),
                                      rd::source::RolloutInfoWorker::defaultThreadCount(), 10000);
            QSignalSpy added(source.get(), &RolloutSource::rolloutAdded);
            QSignalSpy ready(source.get(), &RolloutSource::ready);
            source->start();
            switch (round % 3) {
            case 0: // while listing
                QTest::qWait(round * 15);
                break;
            case 1: // while the first results are applied and the rest computed
                QVERIFY(added.wait(60000));
                break;
            case 2: // while a burst of changes is computed
                QVERIFY(ready.wait(60000));
                for (int i = 0; i < 300; ++i)
                    QVERIFY(setSeq(sim, u"app-%1"_s.arg(i, 4, 10, QLatin1Char('0')), round));
                QTest::qWait(20);
                break;
            }
            source.reset();
            // Joined: the thread has ended (its task entry may linger a moment).
            QTRY_COMPARE_WITH_TIMEOUT(workerThreads(), 0, 5000);
            // Whatever was posted for the source meanwhile must go with it (ASan checks).
            QTest::qWait(20);
        }
    }
};

QTEST_GUILESS_MAIN(TestSourceThreading)
#include "test_source_threading.moc"
