// The worker decodes the packed texts the source gathers (issue 15): for every rollout of every
// upstream fixture, the RolloutInfo it delivers from packed text equals the one computed from the
// decoded objects, as the worker did before it was handed text. Through the worker's own thread
// too, with every input submitted at once.

#include "../core/GoldenFixtures.h"

#include "core/ObjectSet.h"
#include "core/ObjectTrimmer.h"
#include "core/RolloutInfo.h"
#include "core/RolloutInfoBuilder.h"
#include "kube/ObjectCache.h"
#include "source/RolloutInfoWorker.h"

#include <algorithm>

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using rd::kube::ObjectCache;
using rd::source::RolloutInfoWorker;

namespace {

struct Fixture
{
    QString name;
    QList<QJsonObject> objects; // trimmed, as the reflector stores them
};

QList<Fixture> fixtures()
{
    QList<Fixture> out;
    const QDir root(rd::test::fixturesDir());
    for (const QString &dirName : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Fixture f{dirName, {}};
        for (const QJsonObject &o : rd::test::fixtureFolderObjects(dirName))
            f.objects << rd::core::ObjectTrimmer::trim(o, o.value(u"kind"_s).toString());
        if (!f.objects.isEmpty())
            out << f;
    }
    return out;
}

// What the worker computed before it was handed text: straight from the decoded objects.
rd::core::RolloutInfo fromDecoded(const QJsonObject &rollout, const QList<QJsonObject> &related)
{
    auto typed = rd::core::Rollout::fromJson(rollout);
    if (!typed)
        return rd::core::RolloutInfoBuilder::unreadable(rollout, typed.errorMessage());
    rd::core::ObjectSet set;
    (void)set.add(rollout);
    for (const QJsonObject &o : related)
        (void)set.add(o);
    return rd::core::RolloutInfoBuilder::build(*typed, set);
}

} // namespace

class TestInfoWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void packedInputsGiveTheSameInfo()
    {
        const QList<Fixture> all = fixtures();
        QVERIFY2(all.size() >= 3, "ROLLOUTDESK_TEST_DATA must point at tests/data");
        QList<RolloutInfoWorker::Input> inputs;
        QHash<QString, rd::core::RolloutInfo> expected;
        int rollouts = 0;
        for (const Fixture &f : all) {
            for (const QJsonObject &o : f.objects) {
                if (o.value(u"kind"_s).toString() != u"Rollout"_s)
                    continue;
                QList<QJsonObject> related;
                QList<QByteArray> packed;
                for (const QJsonObject &other : f.objects) {
                    if (other == o)
                        continue;
                    related << other;
                    packed << ObjectCache::pack(other);
                }
                const QString key = f.name + u':' + ObjectCache::keyOf(o);
                const RolloutInfoWorker::Input input{key, quint64(++rollouts), ObjectCache::pack(o),
                                                     packed};
                const rd::core::RolloutInfo before = fromDecoded(o, related);
                const auto after = RolloutInfoWorker::compute(input);
                QVERIFY(after);
                QVERIFY2(*after == before, qPrintable(key));
                QVERIFY(!before.meta.name.isEmpty());
                expected.insert(key, before);
                inputs << input;
            }
        }
        QVERIFY2(rollouts >= 8, qPrintable(QString::number(rollouts)));

        // The same through the worker's thread, all at once: every key once, equal infos.
        QHash<QString, std::shared_ptr<const rd::core::RolloutInfo>> delivered;
        QThread *owner = QThread::currentThread();
        bool onOwnerThread = true;
        RolloutInfoWorker worker([&](const QList<RolloutInfoWorker::Output> &outputs) {
            onOwnerThread = onOwnerThread && QThread::currentThread() == owner;
            for (const auto &out : outputs)
                delivered.insert(out.key, out.info);
        });
        worker.submit(inputs);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), expected.size(), 30000);
        QVERIFY(onOwnerThread);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(*delivered.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    // Several threads, keys submitted again while earlier generations are being computed: every
    // key's newest generation arrives, with the info its input gives; nothing newer than what
    // was submitted, nothing lost between threads.
    void newestGenerationOfEveryKeyArrivesFromSeveralThreads()
    {
        const QList<Fixture> all = fixtures();
        QVERIFY(!all.isEmpty());
        // One fixture's rollout under many keys: enough work for every thread to take some.
        RolloutInfoWorker::Input base;
        QList<QByteArray> related;
        for (const QJsonObject &o : all.first().objects) {
            if (o.value(u"kind"_s).toString() == u"Rollout"_s && base.rollout.isEmpty())
                base.rollout = ObjectCache::pack(o);
            else
                related << ObjectCache::pack(o);
        }
        QVERIFY(!base.rollout.isEmpty());
        base.related = related;
        const auto expected = RolloutInfoWorker::compute(base);

        QHash<QString, quint64> newest; // per key, the newest generation delivered
        int deliveries = 0;
        RolloutInfoWorker worker(
            [&](const QList<RolloutInfoWorker::Output> &outputs) {
                for (const auto &out : outputs) {
                    ++deliveries;
                    QVERIFY(out.info && *out.info == *expected);
                    newest[out.key] = std::max(newest.value(out.key), out.generation);
                }
            },
            3);
        QCOMPARE(worker.threadCount(), 3);
        constexpr int keys = 400;
        constexpr int rounds = 3;
        quint64 generation = 0;
        QHash<QString, quint64> submitted;
        for (int round = 0; round < rounds; ++round) {
            QList<RolloutInfoWorker::Input> inputs;
            for (int k = 0; k < keys; ++k) {
                RolloutInfoWorker::Input in = base;
                in.key = u"ns/r%1"_s.arg(k);
                in.generation = ++generation;
                submitted[in.key] = in.generation;
                inputs << in;
            }
            worker.submit(inputs);
            QCoreApplication::processEvents(); // let some results of this round come back
        }
        QTRY_VERIFY_WITH_TIMEOUT(newest.size() == keys &&
                                     std::all_of(newest.keyBegin(), newest.keyEnd(),
                                                 [&](const QString &k) {
                                                     return newest.value(k) == submitted.value(k);
                                                 }),
                                 30000);
        QVERIFY(deliveries >= keys);
        QVERIFY(deliveries <= keys * rounds);
        QCOMPARE(worker.computedCount(), deliveries);
    }

    // Batches that finish while the owner is busy are handed over one per turn of its event
    // loop, so that two threads' batches never add up to one stall of the GUI thread: a zero
    // timer (which fires once per turn) fires between any two deliveries.
    void oneBatchPerTurnOfTheEventLoop()
    {
        const QList<Fixture> all = fixtures();
        QVERIFY(!all.isEmpty());
        RolloutInfoWorker::Input base;
        for (const QJsonObject &o : all.first().objects) {
            if (o.value(u"kind"_s).toString() == u"Rollout"_s && base.rollout.isEmpty())
                base.rollout = ObjectCache::pack(o);
            else
                base.related << ObjectCache::pack(o);
        }
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { ++turns; });
        int batches = 0;
        int delivered = 0;
        int sameTurn = 0;
        int lastTurn = -1;
        RolloutInfoWorker worker(
            [&](const QList<RolloutInfoWorker::Output> &outputs) {
                ++batches;
                delivered += int(outputs.size());
                if (turns == lastTurn)
                    ++sameTurn;
                lastTurn = turns;
            },
            2);
        constexpr int keys = 3000; // several batches (a batch holds at most 500)
        QList<RolloutInfoWorker::Input> inputs;
        for (int k = 0; k < keys; ++k) {
            RolloutInfoWorker::Input in = base;
            in.key = u"ns/r%1"_s.arg(k);
            in.generation = 1;
            inputs << in;
        }
        worker.submit(inputs);
        // The owner is busy while the threads finish batches: they pile up.
        QThread::msleep(1000);
        ticker.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered, keys, 60000);
        QVERIFY(batches >= keys / 500);
        QCOMPARE(sameTurn, 0);
    }

    // A rollout whose text is no rollout becomes an error row, as before.
    void unreadableRolloutStaysAnErrorRow()
    {
        const QJsonObject broken{
            {u"kind"_s, u"Rollout"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, u"x"_s}, {u"namespace"_s, u"shop"_s}}},
            {u"spec"_s, u"not an object"_s}};
        const auto info =
            RolloutInfoWorker::compute({u"shop/x"_s, 1, ObjectCache::pack(broken), {}});
        QVERIFY(info);
        QCOMPARE(*info, fromDecoded(broken, {}));
        QVERIFY(info->unreadable());
    }
};

QTEST_GUILESS_MAIN(TestInfoWorker)
#include "test_info_worker.moc"
