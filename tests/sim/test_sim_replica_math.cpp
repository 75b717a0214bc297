// The replica arithmetic of a basic canary (rollouts-semantics.md §5.3) on the spec's examples.
#include "sim/ReplicaMath.h"
#include "sim/TemplateHash.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::sim::ReplicaMath;

class TestSimReplicaMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fenceposts_data()
    {
        QTest::addColumn<QJsonValue>("surge");
        QTest::addColumn<QJsonValue>("unavailable");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("expectedSurge");
        QTest::addColumn<int>("expectedUnavailable");
        QTest::newRow("defaults, 5") << QJsonValue() << QJsonValue() << 5 << 2 << 1;
        QTest::newRow("defaults, 1") << QJsonValue() << QJsonValue() << 1 << 1 << 0;
        QTest::newRow("\"25\" means 25%")
            << QJsonValue(u"25"_s) << QJsonValue(u"25"_s) << 10 << 3 << 2;
        QTest::newRow("percent strings")
            << QJsonValue(u"50%"_s) << QJsonValue(u"0%"_s) << 4 << 2 << 0;
        QTest::newRow("both zero -> unavailable 1")
            << QJsonValue(0) << QJsonValue(0) << 3 << 0 << 1;
        QTest::newRow("unavailable capped") << QJsonValue(1) << QJsonValue(9) << 3 << 1 << 3;
    }
    void fenceposts()
    {
        QFETCH(QJsonValue, surge);
        QFETCH(QJsonValue, unavailable);
        QFETCH(int, replicas);
        const auto f = ReplicaMath::resolve(surge, unavailable, replicas);
        QTEST(f.surge, "expectedSurge");
        QTEST(f.unavailable, "expectedUnavailable");
    }

    void weighted_data()
    {
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("weight");
        QTest::addColumn<int>("surge");
        QTest::addColumn<int>("canary");
        QTest::addColumn<int>("stable");
        // rollouts-semantics.md §5.3 examples.
        QTest::newRow("5@20") << 5 << 20 << 2 << 1 << 4;
        QTest::newRow("5@40") << 5 << 40 << 2 << 2 << 3;
        QTest::newRow("5@60") << 5 << 60 << 2 << 3 << 2;
        QTest::newRow("5@80") << 5 << 80 << 2 << 4 << 1;
        QTest::newRow("5@100") << 5 << 100 << 2 << 5 << 0;
        QTest::newRow("5@0") << 5 << 0 << 2 << 0 << 5;
        QTest::newRow("10@10") << 10 << 10 << 3 << 1 << 9;
        QTest::newRow("10@5 uses a surge pod") << 10 << 5 << 3 << 1 << 10;
        QTest::newRow("1@20 surge 1") << 1 << 20 << 1 << 1 << 1;
        QTest::newRow("3@50 tie, no surge") << 3 << 50 << 0 << 2 << 1;
        QTest::newRow("3@50 tie, surge 1") << 3 << 50 << 1 << 2 << 2;
        QTest::newRow("0 replicas") << 0 << 50 << 1 << 0 << 0;
    }
    void weighted()
    {
        QFETCH(int, replicas);
        QFETCH(int, weight);
        QFETCH(int, surge);
        const auto [canary, stable] = ReplicaMath::approximateWeighted(replicas, weight, surge);
        QTEST(canary, "canary");
        QTEST(stable, "stable");
    }

    void basicCanarySteps()
    {
        // The worked trajectory's decisions (§5.16): 5 replicas, surge 2, unavailable 1.
        const ReplicaMath::Fenceposts fp{2, 1};
        using C = ReplicaMath::RsCounts;
        // 20 %: from (new 0, stable 5) the pair is (1, 4) -- the stable is shrunk first.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 20, fp, C{0, 0, 0}, C{5, 5, 5}, false, 0),
                 std::make_pair(1, 4));
        // Once the stable is 4, the canary may grow to 1.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 20, fp, C{0, 0, 0}, C{4, 4, 4}, false, 0),
                 std::make_pair(1, 4));
        // Abort at 20 %: the stable grows first (within surge), then the canary goes to 0.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 0, fp, C{1, 1, 1}, C{4, 4, 4}, false, 0),
                 std::make_pair(0, 5));
        // 100 %: stable 1 -> 0, canary 4 -> 5.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 100, fp, C{4, 4, 4}, C{1, 1, 1}, false, 0),
                 std::make_pair(5, 0));
        // Canary pods not yet available: the stable may not shrink below minimum availability.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 40, fp, C{2, 1, 2}, C{3, 3, 3}, false, 0),
                 std::make_pair(2, 3));
        const auto halfway =
            ReplicaMath::basicCanaryCounts(5, 60, fp, C{2, 1, 2}, C{3, 3, 3}, false, 0);
        QVERIFY(halfway.second >= 3); // 1 + 3 available = 4 = minAvailable: nothing more may go
        // Older ReplicaSets still scaled up are drained first: no scale-down of new/stable yet.
        QCOMPARE(ReplicaMath::basicCanaryCounts(5, 20, fp, C{0, 0, 0}, C{5, 5, 5}, false, 2),
                 std::make_pair(0, 5));
    }

    void hashes()
    {
        // Deterministic, safe-encoded (no vowels, no 0/1/3), and sensitive to the template.
        const QJsonObject a{{u"spec"_s, QJsonObject{{u"image"_s, u"a"_s}}}};
        const QJsonObject b{{u"spec"_s, QJsonObject{{u"image"_s, u"b"_s}}}};
        const QString ha = rd::sim::TemplateHash::compute(a);
        QCOMPARE(ha, rd::sim::TemplateHash::compute(a));
        QVERIFY(ha != rd::sim::TemplateHash::compute(b));
        QVERIFY(ha != rd::sim::TemplateHash::compute(a, 1)); // collisionCount changes it
        for (const QChar c : ha)
            QVERIFY(u"bcdfghjklmnpqrstvwxz2456789"_s.contains(c));
        QCOMPARE(rd::sim::TemplateHash::safeEncode(u"0123456789"_s), u"456789bcdf"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimReplicaMath)
#include "test_sim_replica_math.moc"
