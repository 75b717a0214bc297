// rolloutdesk-bench-window: issue 15's budgets measured on the window itself, side by side with
// kubectl and the physical floor on the same simulated cluster (scenario scale:N, namespace
// spring-petclinic, TLS, rolloutdesk-sim in its own process, started afresh for each program).
//
// Two parts:
// - The application as a user starts it: the real `rolloutdesk` binary, run --runs times with
//   its own HOME, `-platform offscreen --kubeconfig K -n spring-petclinic --quit-after-ms`; the
//   time from starting the process to its "N rollout(s) shown" line (process start, Qt, the
//   connection, every list, every RolloutInfo and the board included), its peak resident
//   memory (VmHWM of /proc/PID/status, read until it exits) and its exit: from its "quitting"
//   line (the quit timer fired, as File > Quit or the close button would) to the process gone.
// - The window in this process (MainWindow, the models, the views, offscreen): the longest gap
//   between 1 ms ticks on the GUI thread while it loads and while a burst of watch events
//   arrives (a child process patches B rollouts), and the CPU used while idle and watching.
// - Idle with still ages: a window of its own on scale:N,age:30 (rollouts whose age texts change
//   once a day), the process's CPU while shown and while minimised (--still-idle-only: just this,
//   --runs times).
// Numbers and ratios only; nothing here asserts a time.

#include "BenchClient.h"
#include "BenchPeers.h"
#include "MemoryFigures.h"
#include "core/AllocatorTuning.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "kube/Reflector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
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

// Peak resident memory of a running process in KiB (0 once it is gone).
qint64 peakResidentOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// CPU (user + system) of a running process in seconds, from /proc/PID/stat.
double cpuOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

struct AppRun
{
    bool ok = false;
    int rows = 0;
    double wallMs = 0;  // process start to its "shown" line, measured here
    double ownMs = 0;   // what the application itself reports (from before QApplication)
    qint64 peakKiB = 0; // VmHWM
    double cpuSeconds = 0;
    double exitMs = -1; // its "quitting" line to the end of the process, measured here
};

// One run of the real application; exits by itself (--quit-after-ms) once everything is shown.
AppRun runApplication(const QString &app, const QString &kubeconfig, const QString &home)
{
    AppRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"ROLLOUTDESK_QUIT_AFTER_MS"_s);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(app, {u"--kubeconfig"_s, kubeconfig, u"-n"_s, u"spring-petclinic"_s,
                  u"--quit-after-ms"_s, u"1500"_s});
    if (!p.waitForStarted(30000))
        return run;
    const qint64 pid = p.processId();
    QByteArray output;
    double quitMs = -1;
    // Polled, not waited on: VmHWM and CPU must be read while the process still exists.
    while (p.state() != QProcess::NotRunning && t.elapsed() < 600000) {
        if (p.waitForReadyRead(20)) {
            output += p.readAllStandardOutput();
            if (run.wallMs == 0 && output.contains(" shown, "))
                run.wallMs = double(t.nsecsElapsed()) / 1e6;
            if (quitMs < 0 && output.contains(" quitting, "))
                quitMs = double(t.nsecsElapsed()) / 1e6;
        }
        if (const qint64 peak = peakResidentOf(pid); peak > 0) {
            run.peakKiB = peak;
            run.cpuSeconds = cpuOf(pid);
        }
    }
    p.waitForFinished(10000);
    if (quitMs >= 0 && p.state() == QProcess::NotRunning)
        run.exitMs = double(t.nsecsElapsed()) / 1e6 - quitMs;
    output += p.readAllStandardOutput();
    // "rolloutdesk: N rollout(s) shown, X ms after start"
    const QByteArray line = output.mid(output.indexOf("rolloutdesk: ")).split('\n').value(0);
    const QList<QByteArray> words = line.split(' ');
    if (p.exitCode() != 0 || words.size() < 6) {
        QTextStream(stderr) << "rolloutdesk failed: " << p.readAllStandardError().right(2000)
                            << Qt::endl;
        return run;
    }
    run.rows = words.value(1).toInt();
    run.ownMs = words.value(4).toDouble();
    run.ok = run.wallMs > 0;
    return run;
}

// A simulator of its own for each program measured: serving lists grows the simulator's heap and
// slows its next lists, so whoever came second would pay for whoever came first.
class Simulator
{
public:
    // `scenarioOptions`: appended to scale:N (",age:30" for still ages).
    Simulator(const QString &program, int rollouts, const QString &kubeconfig,
              const QString &scenarioOptions = QString())
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program,
                        {u"--tls"_s, u"--scenario"_s, u"scale:%1"_s.arg(rollouts) + scenarioOptions,
                         u"--kubeconfig-out"_s, kubeconfig});
        if (m_process.waitForReadyRead(120000))
            m_banner = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~Simulator()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    bool started() const { return !m_banner.isEmpty(); }
    QString banner() const { return m_banner; }

private:
    QProcess m_process;
    QString m_banner;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) : u"n/a"_s;
}

// The window in this process: load, burst, idle; prints what it measured.
int measureWindow(QApplication &app, const QString &kubeconfig, int rollouts, int burst,
                  int idleSeconds)
{
    rd::gui::AppSettings settings;
    rd::gui::ConnectionManager connection;
    rd::gui::MainWindow window(&settings, &connection);
    window.resize(1280, 800);
    window.show();

    qint64 maxGapMs = 0;
    int over50 = 0;
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 gap = tick.restart();
        maxGapMs = std::max(maxGapMs, gap);
        if (gap > 50)
            ++over50;
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &app, [] { QCoreApplication::exit(2); });

    QElapsedTimer load;
    double shownMs = -1;
    QObject::connect(&window, &rd::gui::MainWindow::rolloutsShown, &app, [&] {
        shownMs = double(load.nsecsElapsed()) / 1e6;
        QCoreApplication::exit(0);
    });
    load.start();
    tick.start();
    ticker.start();
    guard.start(600000);
    QString error;
    if (!connection.openKubeconfig(kubeconfig, QString(), u"spring-petclinic"_s, false, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    if (QCoreApplication::exec() != 0) {
        QTextStream(stderr) << "the window did not show the rollouts in time" << Qt::endl;
        return 1;
    }
    out() << "in this process: the window showed " << window.boardModel()->rowCount() << " of "
          << rollouts << " rollouts " << qRound(shownMs)
          << " ms after connecting; longest GUI-thread stall while loading " << maxGapMs
          << " ms, gaps over 50 ms: " << over50 << "\n";
    out().flush();

    // Burst: a child process patches rollouts; every change reaches the board.
    maxGapMs = 0;
    over50 = 0;
    QProcess burster;
    burster.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer burstTimer;
    bool burstDone = false;
    QObject::connect(&burster, &QProcess::finished, &app, [&] {
        burstDone = true;
        // Let the last events arrive and be shown, then stop.
        QTimer::singleShot(1500, &app, [] { QCoreApplication::exit(0); });
    });
    const double burstCpuBefore = cpuSeconds();
    tick.restart();
    burstTimer.start();
    burster.start(QCoreApplication::applicationFilePath(),
                  {u"--burst-child"_s, kubeconfig, u"--burst"_s, QString::number(burst),
                   u"--rollouts"_s, QString::number(rollouts)});
    guard.start(300000);
    QCoreApplication::exec();
    out() << "burst of " << burst << " watch events (sender took " << burstTimer.elapsed() << " ms"
          << (burstDone ? "" : ", did not finish") << "): longest GUI-thread stall " << maxGapMs
          << " ms (goal ≤ 50), gaps over 50 ms: " << over50 << ", window CPU "
          << qRound((cpuSeconds() - burstCpuBefore) * 1000) << " ms\n";
    out().flush();
    ticker.stop();

    // Idle: watching, nothing changes (the board's age column ticks once a second). These 10 s
    // follow the burst, so they include its tail (the history store writing 1,000 stories);
    // measureStillIdle() measures a settled window.
    const double idleBefore = cpuSeconds();
    QTimer::singleShot(idleSeconds * 1000, &app, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    out() << "idle while watching for " << idleSeconds << " s: window CPU "
          << qRound((cpuSeconds() - idleBefore) * 1000) << " ms\n";
    out() << "this process's peak resident memory (bench, window, models): "
          << rd::bench::megabytes(rd::bench::peakResidentKiB()) << "\n";
    out().flush();
    return 0;
}

// Idle with still ages: rollouts 30 days old (scale:N,age:30), whose age texts change once a
// day, so nothing the window shows is due while the cluster is still. The CPU of the whole process
// over `idleSeconds`, once the board is whole and settled: with the window shown (offscreen), then
// minimised. The simulator's bookmarks (every 15 s on each watch) still arrive, as a real API
// server's do.
struct StillIdle
{
    bool ok = false;
    int shownMs = 0;
    int minimisedMs = 0;
};

StillIdle measureStillIdle(QApplication &app, const QString &simulator, const QString &kubeconfig,
                           int rollouts, int idleSeconds)
{
    Simulator sim(simulator, rollouts, kubeconfig, u",age:30"_s);
    if (!sim.started()) {
        QTextStream(stderr) << "rolloutdesk-sim did not start" << Qt::endl;
        return {};
    }
    rd::gui::AppSettings settings;
    rd::gui::ConnectionManager connection;
    rd::gui::MainWindow window(&settings, &connection);
    window.resize(1280, 800);
    window.show();
    QObject::connect(&window, &rd::gui::MainWindow::rolloutsShown, &app,
                     [] { QCoreApplication::exit(0); });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &app, [] { QCoreApplication::exit(2); });
    guard.start(600000);
    QString error;
    if (!connection.openKubeconfig(kubeconfig, QString(), u"spring-petclinic"_s, false, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return {};
    }
    if (QCoreApplication::exec() != 0) {
        QTextStream(stderr) << "the window did not show the rollouts in time" << Qt::endl;
        return {};
    }
    guard.stop();
    // Idle for `seconds` (one timer, so the measurement itself does not wake the process).
    auto idleCpuMs = [](int seconds) {
        const double before = cpuSeconds();
        QTimer::singleShot(seconds * 1000, [] { QCoreApplication::exit(0); });
        QCoreApplication::exec();
        return qRound((cpuSeconds() - before) * 1000);
    };
    idleCpuMs(5); // the load's tail: the history store's write-behind, the first age refresh
    StillIdle idle;
    idle.shownMs = idleCpuMs(idleSeconds);
    window.showMinimized();
    idleCpuMs(1);
    idle.minimisedMs = idleCpuMs(idleSeconds);
    idle.ok = window.boardModel()->rowCount() == rollouts;
    out() << "idle with still ages (scale:" << rollouts << ",age:30, "
          << window.boardModel()->rowCount() << " rows) for " << idleSeconds << " s: window CPU "
          << idle.shownMs << " ms shown, " << idle.minimisedMs << " ms minimised\n";
    out().flush();
    return idle;
}

// --still-idle-only: the still idle measurement --runs times, each with a fresh simulator and
// window, and the medians.
int measureStillIdleRuns(QApplication &app, const QString &simulator, const QString &kubeconfig,
                         int rollouts, int idleSeconds, int runs)
{
    QList<double> shown;
    QList<double> minimised;
    for (int i = 0; i < runs; ++i) {
        const StillIdle idle = measureStillIdle(app, simulator, kubeconfig, rollouts, idleSeconds);
        if (!idle.ok)
            return 1;
        shown << idle.shownMs;
        minimised << idle.minimisedMs;
    }
    out() << "idle with still ages, median of " << runs << ": " << qRound(median(shown))
          << " ms shown, " << qRound(median(minimised)) << " ms minimised in " << idleSeconds
          << " s; load average " << loadAverage() << "\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // As the window does (src/app/main.cpp).
    rd::core::limitAllocatorArenas();
    rd::core::fixLargeBlockThreshold();
    // The burst child needs no window.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--burst-child") == 0 && i + 1 < argc) {
            QCoreApplication child(argc, argv);
            QCommandLineParser parser;
            const QCommandLineOption burstChild(u"burst-child"_s, u"(internal)"_s, u"k"_s);
            const QCommandLineOption burstOpt(u"burst"_s, u"n"_s, u"n"_s);
            const QCommandLineOption rolloutsOpt(u"rollouts"_s, u"n"_s, u"n"_s);
            parser.addOptions({burstChild, burstOpt, rolloutsOpt});
            parser.process(child);
            return rd::bench::runBurst(parser.value(burstChild), parser.value(burstOpt).toInt(),
                                       parser.value(rolloutsOpt).toInt(), "bench/window-burst");
        }
    }

    QTemporaryDir dir;
    // Settings, history and caches of the window go to a folder of their own.
    const QString home = dir.filePath(u"home"_s);
    QDir().mkpath(home);
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + u"/.config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + u"/.local/share"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + u"/.cache"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RolloutDeskBench"_s);
    QCoreApplication::setApplicationName(u"rolloutdesk-bench-window"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the Rollout Desk window against kubectl and curl on a simulated cluster."_s);
    parser.addHelpOption();
    const QCommandLineOption rolloutsOpt(u"rollouts"_s, u"Rollouts in the scenario."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs of each program (median)."_s, u"n"_s,
                                     u"3"_s);
    const QCommandLineOption burstOpt(u"burst"_s, u"Watch events in the burst."_s, u"n"_s,
                                      u"1000"_s);
    const QCommandLineOption idleOpt(u"idle-seconds"_s, u"Idle measurement."_s, u"s"_s, u"10"_s);
    const QCommandLineOption kubectlOpt(u"kubectl"_s, u"kubectl to compare with."_s, u"path"_s,
                                        u"kubectl"_s);
    const QCommandLineOption simOpt(u"sim"_s, u"rolloutdesk-sim to start."_s, u"path"_s,
                                    QStringLiteral(ROLLOUTDESK_SIM_PATH));
    const QCommandLineOption appOpt(u"app"_s, u"rolloutdesk to start."_s, u"path"_s,
                                    QStringLiteral(ROLLOUTDESK_APP_PATH));
    const QCommandLineOption noPeersOpt(u"no-peers"_s, u"Skip kubectl and curl."_s);
    const QCommandLineOption stillIdleOpt(
        u"still-idle-only"_s,
        u"Only the idle CPU with still ages (scale:N,age:30), --runs times (median)."_s);
    parser.addOptions({rolloutsOpt, runsOpt, burstOpt, idleOpt, kubectlOpt, simOpt, appOpt,
                       noPeersOpt, stillIdleOpt});
    parser.process(app);
    const int rollouts = parser.value(rolloutsOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    const QString simulator = parser.value(simOpt);
    auto freshSimulator = [&]() -> std::unique_ptr<Simulator> {
        auto sim = std::make_unique<Simulator>(simulator, rollouts, kubeconfig);
        if (!sim->started()) {
            QTextStream(stderr) << "rolloutdesk-sim did not start" << Qt::endl;
            return nullptr;
        }
        return sim;
    };
    if (parser.isSet(stillIdleOpt))
        return measureStillIdleRuns(app, simulator, kubeconfig, rollouts,
                                    parser.value(idleOpt).toInt(), runs);
    out() << "scenario scale:" << rollouts
          << " (TLS), a fresh simulator for each program; load average " << loadAverage() << "\n";
    out().flush();

    rd::bench::KubectlTiming kubectl;
    double floorMs = -1;
    if (!parser.isSet(noPeersOpt)) {
        auto sim = freshSimulator();
        if (!sim)
            return 1;
        kubectl = rd::bench::timeKubectl(parser.value(kubectlOpt), kubeconfig, home, runs);
        out() << "kubectl get rollouts,replicasets,pods -o json: median of " << runs << " "
              << qRound(kubectl.medianMs) << " ms\n";
        sim.reset();
        sim = freshSimulator();
        if (!sim)
            return 1;
        floorMs = rd::bench::timeCurlFloor(kubeconfig, dir.path(), runs);
        out() << "physical floor, curl fetching the same three lists in parallel: median of "
              << runs << " " << qRound(floorMs) << " ms\n";
        // Pages as the window asks for them (Reflector::kPageLimit) against the whole list.
        constexpr int pageLimit = rd::kube::Reflector::kPageLimit;
        const auto paging = rd::bench::timeCurlPaging(kubeconfig, dir.path(), pageLimit);
        out() << "simulator paging, curl: the pods in " << paging.pages << " pages of " << pageLimit
              << " " << qRound(paging.pagedMs) << " ms, at once " << qRound(paging.wholeMs)
              << " ms; ratio " << ratio(paging.pagedMs, paging.wholeMs)
              << " (1 when a page costs what its share of the whole list costs)\n";
        out().flush();
    }

    auto sim = freshSimulator();
    if (!sim)
        return 1;
    QList<double> wall;
    QList<double> own;
    QList<double> peak;
    QList<double> cpu;
    QList<double> exits;
    for (int i = 0; i < runs; ++i) {
        const AppRun r =
            runApplication(parser.value(appOpt), kubeconfig, dir.filePath(u"app-home-%1"_s.arg(i)));
        if (!r.ok || r.rows != rollouts) {
            QTextStream(stderr) << "run " << i + 1 << ": the application showed " << r.rows
                                << " of " << rollouts << " rollouts" << Qt::endl;
            return 1;
        }
        wall << r.wallMs;
        own << r.ownMs;
        peak << double(r.peakKiB);
        cpu << r.cpuSeconds;
        exits << r.exitMs;
        out() << "rolloutdesk run " << i + 1 << ": every rollout shown " << qRound(r.wallMs)
              << " ms after the process started (it reports " << qRound(r.ownMs)
              << " ms), peak resident " << rd::bench::megabytes(r.peakKiB) << ", CPU "
              << qRound(r.cpuSeconds * 1000) << " ms, gone " << qRound(r.exitMs)
              << " ms after it began to quit\n";
        out().flush();
    }
    const double shown = median(wall);
    const double budget = rd::bench::budgetMegabytes(rollouts);
    const double peakMb = median(peak) * 1024.0 / 1e6;
    out() << "\nrolloutdesk (median of " << runs << "): shown after " << qRound(shown)
          << " ms, peak resident " << QString::number(peakMb, 'f', 1) << " MB, CPU "
          << qRound(median(cpu) * 1000) << " ms\n";
    // From its "quitting" line (the quit timer fired: what Quit or the close button does) to the
    // end of the process: closing the window, stopping the watches, writing the history.
    out() << "rolloutdesk exit (median of " << runs << "): gone " << qRound(median(exits))
          << " ms after it began to quit, at " << rollouts << " rollouts\n";
    out() << "ratio window / physical floor: " << ratio(shown, floorMs) << " (goal ≤ 2)\n";
    out() << "ratio window / kubectl: " << ratio(shown, kubectl.medianMs) << " (goal ≤ 0.2)\n";
    if (budget > 0)
        out() << "ratio peak memory / budget " << budget << " MB: " << ratio(peakMb, budget)
              << " (goal ≤ 1)\n";
    out() << "\n";
    out().flush();

    sim.reset();
    sim = freshSimulator();
    if (!sim)
        return 1;
    if (const int failed = measureWindow(app, kubeconfig, rollouts, parser.value(burstOpt).toInt(),
                                         parser.value(idleOpt).toInt()))
        return failed;
    sim.reset();
    return measureStillIdle(app, simulator, kubeconfig, rollouts, parser.value(idleOpt).toInt()).ok
               ? 0
               : 1;
}
