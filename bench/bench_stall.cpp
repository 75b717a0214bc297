// rolloutdesk-bench-stall: how long the cluster source holds up the event loop of the thread it
// is used from (the GUI thread in the window), issue 15.
//
// It starts rolloutdesk-sim with scenario scale:N (namespace spring-petclinic, plain loopback),
// runs a ClusterRolloutSource in this process with a 5 ms timer on the main thread, and prints
// the longest gap between the timer's ticks: during the initial load (start to every rollout
// shown), during a burst of watch events (a child process patches B rollouts), and the CPU this
// process uses over some seconds in which nothing changes (getrusage, every thread). Numbers
// only; nothing here asserts a time.

#include "BenchClient.h"
#include "core/AllocatorTuning.h"
#include "core/RolloutInfo.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "source/ClusterRolloutSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

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

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The longest gap between ticks of a 5 ms timer on this thread, while it runs, and the CPU this
// thread used in that gap: on a loaded machine a gap may be time the thread waited for a core
// (busy well below the gap), not work it did. The most CPU used within any one gap is the
// longest stretch of work the program itself did without letting the event loop run.
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_max = 0;
        m_maxBusy = 0;
        m_mostBusy = 0;
        m_since.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        tick();
    }
    QString report() const
    {
        return u"%1 ms (this thread busy %2 ms of it); most CPU used within one gap %3 ms"_s
            .arg(m_max)
            .arg(qRound(m_maxBusy))
            .arg(qRound(m_mostBusy));
    }

private:
    void tick()
    {
        const qint64 gap = m_since.restart();
        const double cpu = threadCpuMs();
        if (gap > m_max) {
            m_max = gap;
            m_maxBusy = cpu - m_cpu;
        }
        m_mostBusy = std::max(m_mostBusy, cpu - m_cpu);
        m_cpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_max = 0;
    double m_maxBusy = 0;
    double m_mostBusy = 0; // the work this thread did without a turn of its event loop
    double m_cpu = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    // As the window does (src/app/main.cpp).
    rd::core::limitAllocatorArenas();
    rd::core::fixLargeBlockThreshold();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures how long the cluster source stalls its thread's event loop."_s);
    parser.addHelpOption();
    const QCommandLineOption rolloutsOpt(u"rollouts"_s, u"Rollouts in the scenario."_s, u"n"_s,
                                         u"10000"_s);
    const QCommandLineOption burstOpt(u"burst"_s, u"Watch events in the burst."_s, u"n"_s,
                                      u"1000"_s);
    const QCommandLineOption idleOpt(u"idle-seconds"_s, u"Idle measurement."_s, u"s"_s, u"10"_s);
    const QCommandLineOption simOpt(u"sim"_s, u"rolloutdesk-sim to start."_s, u"path"_s,
                                    QStringLiteral(ROLLOUTDESK_SIM_PATH));
    const QCommandLineOption burstChild(u"burst-child"_s, u"(internal)"_s, u"kubeconfig"_s);
    parser.addOptions({rolloutsOpt, burstOpt, idleOpt, simOpt, burstChild});
    parser.process(app);
    const int rollouts = parser.value(rolloutsOpt).toInt();
    const int burst = parser.value(burstOpt).toInt();
    if (parser.isSet(burstChild))
        return rd::bench::runBurst(parser.value(burstChild), burst, rollouts, "bench/stall");

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(simOpt),
              {u"--scenario"_s, u"scale:%1"_s.arg(rollouts), u"--kubeconfig-out"_s, kubeconfig});
    if (!sim.waitForReadyRead(300000)) {
        QTextStream(stderr) << "rolloutdesk-sim did not start" << Qt::endl;
        return 1;
    }
    out() << "server: " << QString::fromUtf8(sim.readLine()).trimmed()
          << ", scenario scale:" << rollouts << ", load average " << loadAverage() << "\n";
    out().flush();

    QString error;
    auto client = rd::bench::clientFor(kubeconfig, &error);
    if (!client) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &app, [] { QCoreApplication::exit(2); });
    GapMeter gaps;

    // Initial load: start to a RolloutInfo with its ReplicaSets for every rollout.
    const double cpuBefore = cpuSeconds();
    rd::source::ClusterRolloutSource source(std::move(client), u"spring-petclinic"_s);
    QElapsedTimer loadTimer;
    double completeMs = -1;
    // Counted as the rollouts arrive (ShownRollouts), not by walking every key.
    bool ready = false;
    std::unique_ptr<rd::bench::ShownRollouts> shown;
    auto checkComplete = [&] {
        if (completeMs >= 0 || !ready || shown->count() < rollouts)
            return;
        completeMs = double(loadTimer.nsecsElapsed()) / 1e6;
        QCoreApplication::exit(0);
    };
    shown = std::make_unique<rd::bench::ShownRollouts>(&source, checkComplete);
    QObject::connect(&source, &rd::source::RolloutSource::ready, &app, [&] {
        ready = true;
        checkComplete();
    });
    guard.start(600000);
    loadTimer.start();
    gaps.start();
    source.start();
    if (QCoreApplication::exec() != 0) {
        QTextStream(stderr) << "the source did not load every rollout in time ("
                            << source.keys().size() << " of " << rollouts << ")" << Qt::endl;
        return 1;
    }
    out() << "initial load: every rollout shown after " << qRound(completeMs) << " ms, CPU "
          << qRound((cpuSeconds() - cpuBefore) * 1000) << " ms, longest event-loop gap ";
    gaps.stop();
    out() << gaps.report() << "\n";
    out().flush();

    // Burst: B patches sent at once by a child process; done when every one was recomputed
    // (each rollout is patched once while B <= N) or the sender ended long ago.
    const int recomputesBefore = source.recomputeCount();
    QProcess burster;
    burster.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer burstTimer;
    qint64 senderMs = -1;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const bool allSeen =
            source.recomputeCount() - recomputesBefore >= std::min(burst, rollouts);
        if (senderMs >= 0 && (allSeen || burstTimer.elapsed() > senderMs + 10000)) {
            poll.stop();
            // The last results may still be on their way: keep measuring a little longer.
            QTimer::singleShot(500, &app, [] { QCoreApplication::exit(0); });
        }
    });
    QObject::connect(&burster, &QProcess::finished, &app, [&] { senderMs = burstTimer.elapsed(); });
    gaps.start();
    burstTimer.start();
    poll.start();
    burster.start(QCoreApplication::applicationFilePath(),
                  {u"--burst-child"_s, kubeconfig, u"--burst"_s, QString::number(burst),
                   u"--rollouts"_s, QString::number(rollouts)});
    guard.start(300000);
    QCoreApplication::exec();
    out() << "burst of " << burst << " watch events: " << source.recomputeCount() - recomputesBefore
          << " recomputes, sender took " << senderMs << " ms, longest event-loop gap ";
    gaps.stop();
    out() << gaps.report() << "\n";
    out().flush();

    // Idle: watching, nothing changes (the gap meter is off: it would cost CPU itself).
    const int idleSeconds = parser.value(idleOpt).toInt();
    const double idleBefore = cpuSeconds();
    QTimer::singleShot(idleSeconds * 1000, &app, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    out() << "idle while watching for " << idleSeconds << " s: CPU "
          << qRound((cpuSeconds() - idleBefore) * 1000) << " ms, load average " << loadAverage()
          << "\n";
    out().flush();

    sim.terminate();
    if (!sim.waitForFinished(30000))
        sim.kill();
    sim.waitForFinished(10000);
    return 0;
}
