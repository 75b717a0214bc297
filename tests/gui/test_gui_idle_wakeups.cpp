// Idle means asleep (issue 15): the window watching a simulated cluster where nothing changes
// must not wake on a fixed tick. The simulator runs as a process of its own (so that its timers
// are not counted here) with rollouts 30 days old, whose age text changes once a day; the test
// counts, over a few idle seconds, the timer events delivered on the GUI thread and, where
// /proc is there, how often each thread of this process woke up. The bounds are counts, never
// durations: a periodic timer that comes back (a 1 s tick, a 500 ms blink, a polling watcher)
// exceeds them however slow the machine is.

#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/views/RolloutPage.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {
constexpr int kTimeout = 60000;
constexpr int kRollouts = 20;

// Timer events delivered to objects of the GUI thread (an application event filter sees only
// those), by receiver, so that a failure names the timer.
class TimerEventCounter : public QObject
{
public:
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && receiver != ignored) {
            ++total;
            ++byReceiver[describe(receiver)];
        }
        return false;
    }

    static QString describe(const QObject *o)
    {
        QStringList chain;
        for (int depth = 0; o && depth < 4; o = o->parent(), ++depth) {
            QString name = QString::fromLatin1(o->metaObject()->className());
            if (!o->objectName().isEmpty())
                name += u"(" + o->objectName() + u")";
            chain << name;
        }
        return chain.join(u" < ");
    }

    QString report() const
    {
        QStringList lines;
        for (auto it = byReceiver.constBegin(); it != byReceiver.constEnd(); ++it)
            lines << u"  %1 × %2"_s.arg(it.value()).arg(it.key());
        return lines.join(u'\n');
    }

    int total = 0;
    QMap<QString, int> byReceiver;
    const QObject *ignored = nullptr; // the test's own timer
};

// Wake-ups of each thread of this process so far: the kernel counts a voluntary context switch
// each time a thread blocks (and so wakes again). Empty where there is no /proc.
QMap<QString, qint64> threadWakeups()
{
    QMap<QString, qint64> out;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(tid + u"/status"_s));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        QString name;
        qint64 switches = -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                name = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("voluntary_ctxt_switches:"))
                switches = line.mid(24).trimmed().toLongLong();
        }
        if (switches >= 0)
            out.insert(name + u" [" + tid + u"]", switches);
    }
    return out;
}

// Runs the event loop for `ms` without waking in between (QTest::qWait polls every 10 ms).
void sleepInEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class Simulator
{
public:
    explicit Simulator(const QString &kubeconfig)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(ROLLOUTDESK_SIM_PATH),
                        {u"--tls"_s, u"--scenario"_s, u"scale:%1,age:30"_s.arg(kRollouts),
                         u"--bookmark-interval"_s, u"3600"_s, u"--kubeconfig-out"_s, kubeconfig});
        m_started = m_process.waitForReadyRead(kTimeout) &&
                    m_process.readLine().startsWith("rolloutdesk-sim serving");
    }
    ~Simulator()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    bool started() const { return m_started; }

private:
    QProcess m_process;
    bool m_started = false;
};
} // namespace

class TestGuiIdleWakeups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void idleWindowSleeps()
    {
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(u"config"_s);
        Simulator sim(kubeconfig);
        QVERIFY2(sim.started(), "rolloutdesk-sim did not start");

        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(
            connection.openKubeconfig(kubeconfig, QString(), u"spring-petclinic"_s, false, &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.boardModel()->rowCount(), kRollouts, kTimeout);
        // Whatever the load started (the first age refresh, the history store's write-behind)
        // finishes within a few seconds.
        sleepInEventLoop(4000);

        // The board selects its first row, so the rollout page shows a rollout: 30 days old,
        // healthy, no pause counting down. Nothing on it changes for hours.
        auto *page = window.findChild<RolloutPage *>();
        QVERIFY(page);
        QVERIFY(!page->key().isEmpty());
        QVERIFY2(page->nextTickInMs() > 60000, qPrintable(QString::number(page->nextTickInMs())));
        QVERIFY2(window.boardModel()->nextAgeRefreshInMs() > 60000,
                 qPrintable(QString::number(window.boardModel()->nextAgeRefreshInMs())));

        TimerEventCounter counter;
        QTimer quit;
        quit.setSingleShot(true);
        counter.ignored = &quit;
        QEventLoop loop;
        connect(&quit, &QTimer::timeout, &loop, &QEventLoop::quit);
        qApp->installEventFilter(&counter);
        const QMap<QString, qint64> before = threadWakeups();
        constexpr int kIdleMs = 10000;
        quit.start(kIdleMs);
        loop.exec();
        const QMap<QString, qint64> after = threadWakeups();
        qApp->removeEventFilter(&counter);

        qint64 wakeups = 0;
        QStringList perThread;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            const qint64 n = it.value() - before.value(it.key(), 0);
            wakeups += n;
            if (n > 0)
                perThread << u"  %1: %2"_s.arg(it.key()).arg(n);
        }
        const QString timers =
            u"timer events on the GUI thread in %1 ms idle: %2\n%3"_s.arg(kIdleMs)
                .arg(counter.total)
                .arg(counter.report());
        const QString threads =
            u"thread wake-ups: %1\n%2"_s.arg(wakeups).arg(perThread.join(u'\n'));
        qInfo().noquote() << timers;
        qInfo().noquote() << threads;
        // What may legitimately fire in these seconds: nothing periodic (the simulator sends no
        // bookmarks, no age is due, no watch times out), only one-off timers that happen to
        // land here, e.g. Qt's pixmap cache flushing once 30 s after painting. Two of those at
        // most; a 1 s tick would fire 10 times, a blinking cursor 20.
        QVERIFY2(counter.total <= 2, qPrintable(timers));
        // Every thread (the network threads, the pool, the RolloutInfo workers): the test's own
        // timer wakes the GUI thread once, the two one-off timers above, and a few spare for a
        // thread of Qt's winding down; a once-a-second wake-up on any thread exceeds it.
        if (!after.isEmpty())
            QVERIFY2(wakeups <= 6, qPrintable(threads));

        // Minimised, the page plans nothing; restored, it catches up and plans again.
        window.showMinimized();
        QTRY_VERIFY(!page->isTicking());
        window.showNormal();
        QTRY_VERIFY(page->isTicking());
    }
};

QTEST_MAIN(TestGuiIdleWakeups)
#include "test_gui_idle_wakeups.moc"
