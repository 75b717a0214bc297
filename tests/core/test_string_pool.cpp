// StringPool hands out one shared copy of equal texts, stays bounded, and is safe from several
// threads; RolloutInfoBuilder's repeated texts come from it.

#include "core/RolloutInfoBuilder.h"
#include "core/SnapshotLoader.h"
#include "core/StringPool.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using rd::core::StringPool;

class TestStringPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalTextsShareOneCopy()
    {
        StringPool pool;
        // Built separately: two allocations until pooled.
        const QString a = u"spring-"_s + u"petclinic"_s;
        const QString b = u"spring-"_s + u"petclinic"_s;
        QVERIFY(a.constData() != b.constData());
        const QString pa = pool.intern(a);
        const QString pb = pool.intern(b);
        QCOMPARE(pb, b);
        QCOMPARE(pa.constData(), pb.constData());
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.intern(QString()), QString());
        QCOMPARE(pool.size(), 1);
        const QStringList images = pool.intern(QStringList{u"shop:"_s + u"v1"_s, a});
        QCOMPARE(images, (QStringList{u"shop:v1"_s, a}));
        QCOMPARE(images.at(1).constData(), pa.constData());
    }

    void staysBounded()
    {
        StringPool pool(3);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(pool.intern(QString::number(i)), QString::number(i));
        QVERIFY(pool.size() <= 3);
    }

    void fromSeveralThreads()
    {
        StringPool pool(100);
        std::vector<std::thread> threads;
        std::vector<QString> first(4);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&pool, &first, t] {
                for (int i = 0; i < 2000; ++i) {
                    const QString s = pool.intern(u"ns-"_s + QString::number(i % 50));
                    if (i == 0)
                        first[t] = s;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(pool.size(), 50);
        for (const QString &s : first)
            QCOMPARE(s, u"ns-0"_s);
    }

    // Every RolloutInfo of a namespace shares its namespace text and its pods' status texts.
    void rolloutInfoTextsAreShared()
    {
        // Loaded twice: without the pool, every text would be a copy of its own.
        const QString folder =
            qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") + u"/getting-started"_s;
        const auto one = rd::core::SnapshotLoader::load(folder);
        const auto two = rd::core::SnapshotLoader::load(folder);
        QVERIFY2(one && two, qPrintable(one.errorMessage()));
        QVERIFY(!one.value().rollouts.isEmpty());
        const auto a = rd::core::RolloutInfoBuilder::build(one.value().rollouts.at(0), one.value());
        const auto b = rd::core::RolloutInfoBuilder::build(two.value().rollouts.at(0), two.value());
        QVERIFY(one.value().rollouts.at(0).meta.namespace_.constData() !=
                two.value().rollouts.at(0).meta.namespace_.constData());
        QVERIFY(!a.replicaSets.isEmpty());
        const auto &rsA = a.replicaSets.at(0);
        const auto &rsB = b.replicaSets.at(0);
        QCOMPARE(rsA.meta.namespace_.constData(), rsB.meta.namespace_.constData());
        QCOMPARE(rsA.status.constData(), rsB.status.constData());
        QVERIFY(!rsA.pods.isEmpty());
        QCOMPARE(rsA.pods.at(0).ready.constData(), rsB.pods.at(0).ready.constData());
        QCOMPARE(rsA.pods.at(0).status.constData(), rsB.pods.at(0).status.constData());
        QCOMPARE(rsA.pods.at(0).meta.namespace_.constData(), rsA.meta.namespace_.constData());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "test_string_pool.moc"
