// Prints how long a ClusterRolloutSource takes to be ready on the scale:2000 scenario (2,000
// rollouts with their ReplicaSets and pods, over TLS, sim in the same process), and what a burst
// of changes costs. Numbers only: nothing here is a timed assertion.

#include "../kube/SimFixture.h"

#include "source/ClusterRolloutSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::source;

namespace {
QByteArray rss()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return "n/a";
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed();
    }
    return "n/a";
}
} // namespace

class BenchClusterSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scale2000()
    {
        rd::test::SimFixture sim;
        QElapsedTimer t;
        t.start();
        QVERIFY2(sim.start(true, {}, 1.0, u"scale:2000"_s), qPrintable(sim.error));
        qInfo("sim built in %lld ms, RSS %s", t.elapsed(), rss().constData());
        ClusterRolloutSource source(sim.client(u"admin"_s), QString());
        QSignalSpy ready(&source, &RolloutSource::ready);
        t.restart();
        source.start();
        QVERIFY(ready.wait(60000));
        const qint64 readyMs = t.elapsed();
        QVERIFY(source.keys().size() >= 2000);
        qInfo("ready with %lld rollouts in %lld ms (%d RolloutInfo computations), RSS %s",
              qint64(source.keys().size()), readyMs, source.recomputeCount(), rss().constData());
    }
};

QTEST_GUILESS_MAIN(BenchClusterSource)
#include "bench_cluster_source.moc"
