// rolloutdesk-bench: the speed and memory budgets of product.md §6, measured against kubectl on
// the same simulated cluster (scenario scale:N in namespace spring-petclinic, TLS, a separate
// rolloutdesk-sim process).
//
// It prints: the time kubectl takes to fetch rollouts, ReplicaSets and pods as JSON; the time the
// cluster source takes from start to every RolloutInfo computed (what the board shows); their
// ratio; resident memory; the longest event-loop stall while a burst of watch events arrives
// (sent by a child process); and CPU used while idle and watching.

#include "BenchClient.h"
#include "BenchPeers.h"
#include "MemoryFigures.h"
#include "core/AllocatorTuning.h"
#include "core/RolloutInfo.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "source/ClusterRolloutSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Peak RSS against issue 15's budget, and what the source holds: RSS and malloc's bytes in use
// now, less what the process had before the source started (Qt, TLS, the client).
void printMemory(int rollouts, qint64 rssBeforeKiB, qint64 heapBeforeBytes)
{
    const qint64 peak = rd::bench::peakResidentKiB();
    const double budget = rd::bench::budgetMegabytes(rollouts);
    out() << "peak resident memory (ru_maxrss): " << rd::bench::megabytes(peak);
    if (budget > 0)
        out() << ", budget " << budget << " MB, ratio "
              << QString::number(double(peak) * 1024.0 / 1e6 / budget, 'f', 2);
    out() << "\n";
    const qint64 rss = rd::bench::residentKiB();
    out() << "resident memory after load: " << rd::bench::megabytes(rss) << " ("
          << rd::bench::megabytes(rss - rssBeforeKiB) << " more than before the source started)";
    const qint64 heap = rd::bench::heapInUseBytes();
    if (heap >= 0 && heapBeforeBytes >= 0)
        out() << "; malloc in use " << rd::bench::megabytes(heap / 1024) << " ("
              << rd::bench::megabytes((heap - heapBeforeBytes) / 1024) << " held by the source)";
    out() << "\n";
    if (rd::bench::trimFreeMemory())
        out() << "resident memory after malloc_trim: "
              << rd::bench::megabytes(rd::bench::residentKiB()) << "\n";
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // As the window does (src/app/main.cpp).
    rd::core::limitAllocatorArenas();
    rd::core::fixLargeBlockThreshold();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Rollout Desk's cluster source against kubectl."_s);
    parser.addHelpOption();
    const QCommandLineOption rolloutsOpt(u"rollouts"_s, u"Rollouts in the scenario."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption burstOpt(u"burst"_s, u"Watch events in the burst."_s, u"n"_s,
                                      u"1000"_s);
    const QCommandLineOption idleOpt(u"idle-seconds"_s, u"Idle measurement."_s, u"s"_s, u"10"_s);
    const QCommandLineOption kubectlOpt(u"kubectl"_s, u"kubectl to compare with."_s, u"path"_s,
                                        u"kubectl"_s);
    const QCommandLineOption simOpt(u"sim"_s, u"rolloutdesk-sim to start."_s, u"path"_s,
                                    QStringLiteral(ROLLOUTDESK_SIM_PATH));
    const QCommandLineOption burstChild(u"burst-child"_s, u"(internal)"_s, u"kubeconfig"_s);
    const QCommandLineOption sourceOnlyOpt(
        u"source-only"_s,
        u"Only load the source and print its memory (no kubectl, curl, burst)."_s);
    parser.addOptions(
        {rolloutsOpt, burstOpt, idleOpt, kubectlOpt, simOpt, burstChild, sourceOnlyOpt});
    parser.process(app);
    const int rollouts = parser.value(rolloutsOpt).toInt();
    const int burst = parser.value(burstOpt).toInt();
    if (parser.isSet(burstChild))
        return rd::bench::runBurst(parser.value(burstChild), burst, rollouts, "bench/burst");

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(simOpt), {u"--tls"_s, u"--scenario"_s, u"scale:%1"_s.arg(rollouts),
                                     u"--kubeconfig-out"_s, kubeconfig});
    if (!sim.waitForReadyRead(120000)) {
        QTextStream(stderr) << "rolloutdesk-sim did not start" << Qt::endl;
        return 1;
    }
    out() << "server: " << QString::fromUtf8(sim.readLine()).trimmed()
          << ", scenario scale:" << rollouts << " (TLS)\n";

    const bool sourceOnly = parser.isSet(sourceOnlyOpt);
    rd::bench::KubectlTiming kubectl;
    double floorMs = -1;
    if (!sourceOnly) {
        kubectl = rd::bench::timeKubectl(parser.value(kubectlOpt), kubeconfig, dir.path(), 3);
        out() << "kubectl get rollouts,replicasets,pods -o json: first " << qRound(kubectl.firstMs)
              << " ms (with discovery), median of 3 " << qRound(kubectl.medianMs) << " ms, "
              << kubectl.bytes / 1024 << " KiB\n";
        floorMs = rd::bench::timeCurlFloor(kubeconfig, dir.path(), 3);
        out() << "physical floor, curl fetching the same three lists in parallel: median of 3 "
              << qRound(floorMs) << " ms\n";
        out().flush();
    }

    QString error;
    auto client = rd::bench::clientFor(kubeconfig, &error);
    if (!client) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const double cpuBefore = cpuSeconds();
    const qint64 heapBefore = rd::bench::heapInUseBytes();
    const qint64 rssBefore = rd::bench::residentKiB();
    rd::source::ClusterRolloutSource source(std::move(client), u"spring-petclinic"_s);
    QElapsedTimer loadTimer;
    double readyMs = -1;
    double completeMs = -1;
    // Complete = every initial list done and a RolloutInfo with its ReplicaSets for every
    // rollout (counted as they arrive: ShownRollouts).
    std::unique_ptr<rd::bench::ShownRollouts> shown;
    auto checkComplete = [&] {
        if (completeMs >= 0 || readyMs < 0 || shown->count() < rollouts)
            return;
        completeMs = double(loadTimer.nsecsElapsed()) / 1e6;
        QCoreApplication::exit(0);
    };
    shown = std::make_unique<rd::bench::ShownRollouts>(&source, checkComplete);
    QObject::connect(&source, &rd::source::RolloutSource::ready, &app, [&] {
        readyMs = double(loadTimer.nsecsElapsed()) / 1e6;
        checkComplete();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &app, [] { QCoreApplication::exit(2); });
    guard.start(300000);
    loadTimer.start();
    source.start();
    if (QCoreApplication::exec() != 0) {
        QTextStream(stderr) << "the source did not load every rollout in time ("
                            << source.keys().size() << " of " << rollouts << ")" << Qt::endl;
        return 1;
    }
    out() << "Rollout Desk source: every RolloutInfo computed after " << qRound(completeMs)
          << " ms (initial lists done at " << qRound(readyMs) << " ms), " << source.keys().size()
          << " rollouts, CPU " << qRound((cpuSeconds() - cpuBefore) * 1000) << " ms\n";
    if (kubectl.medianMs > 0)
        out() << "ratio source / kubectl (median): "
              << QString::number(completeMs / kubectl.medianMs, 'f', 2) << "\n";
    if (floorMs > 0)
        out() << "ratio source / physical floor: " << QString::number(completeMs / floorMs, 'f', 2)
              << "\n";
    printMemory(rollouts, rssBefore, heapBefore);
    if (sourceOnly) {
        sim.terminate();
        sim.waitForFinished(10000);
        return 0;
    }

    // Burst: a child process patches rollouts; measure the longest gap between 1 ms ticks here.
    qint64 maxStallMs = 0;
    int changed = 0;
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app,
                     [&] { maxStallMs = std::max(maxStallMs, tick.restart()); });
    QObject::connect(&source, &rd::source::RolloutSource::rolloutChanged, &app, [&] { ++changed; });
    QProcess burster;
    burster.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer burstTimer;
    bool burstDone = false;
    QObject::connect(&burster, &QProcess::finished, &app, [&] {
        burstDone = true;
        // Let the last events arrive, then stop.
        QTimer::singleShot(1000, &app, [] { QCoreApplication::exit(0); });
    });
    tick.start();
    ticker.start();
    burstTimer.start();
    burster.start(QCoreApplication::applicationFilePath(),
                  {u"--burst-child"_s, kubeconfig, u"--burst"_s, QString::number(burst),
                   u"--rollouts"_s, QString::number(rollouts)});
    guard.start(300000);
    QCoreApplication::exec();
    ticker.stop();
    out() << "burst of " << burst << " watch events: " << changed
          << " rollout changes, sender took " << burstTimer.elapsed()
          << " ms, longest event-loop stall " << maxStallMs << " ms"
          << (burstDone ? "" : " (sender did not finish)") << "\n";
    out().flush();

    // Idle: watching, nothing changes.
    const int idleSeconds = parser.value(idleOpt).toInt();
    const double idleBefore = cpuSeconds();
    QTimer::singleShot(idleSeconds * 1000, &app, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    out() << "idle while watching for " << idleSeconds << " s: CPU "
          << qRound((cpuSeconds() - idleBefore) * 1000) << " ms\n";
    out() << "resident memory at the end: " << rd::bench::megabytes(rd::bench::residentKiB())
          << "\n";
    out().flush();

    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
