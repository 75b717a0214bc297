// Quitting the window at any scale (the exit took seconds at 10,000 rollouts). Against the
// in-process simulator: the window is closed the way its title bar's close button closes it (a
// close event from the window system), which saves the window's layout and ends the application;
// then, as main() does, the process is marked as ending and the window and the connection are
// destroyed. Nothing on the way removes rows one by one, the rollout history still reaches its
// file, and the blocks freed do not grow with the number of rollouts.

#include "../FreeCounter.h"

#include "core/ProcessExit.h"
#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/models/TimelineBook.h"
#include "gui/settings/AppSettings.h"
#include "sim/SimCluster.h"
#include "source/RolloutAction.h"
#include "source/TimelineStore.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {
const QString kNs = u"spring-petclinic"_s;
constexpr int kTimeout = 120000;

// Signals that would mean "one row at a time" (or a reset the views then redo) on a model.
struct RowSignals
{
    explicit RowSignals(QAbstractItemModel *model)
        : removed(model, &QAbstractItemModel::rowsAboutToBeRemoved)
        , reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , layout(model, &QAbstractItemModel::layoutAboutToBeChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    int total() const
    {
        return int(removed.count() + reset.count() + layout.count() + changed.count());
    }
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy changed;
};

// One session of the window on a simulated cluster of `rollouts` rollouts; an action with a
// reason is recorded on the first rollout (a story the history file must keep).
struct Session
{
    rd::sim::SimCluster cluster;
    QTemporaryDir dir;
    AppSettings settings;
    std::unique_ptr<ConnectionManager> connection;
    std::unique_ptr<MainWindow> window;
    QString key;
    QString context;

    static rd::sim::SimCluster::Options options(int rollouts)
    {
        rd::sim::SimCluster::Options o;
        o.tls = true;
        o.scenario = u"scale:%1"_s.arg(rollouts);
        return o;
    }

    explicit Session(int rollouts)
        : cluster(options(rollouts))
    {}

    bool open(int rollouts, QString *error)
    {
        const auto started = cluster.start();
        if (started.valueOr(QUrl()).isEmpty()) {
            *error = started.errorMessage();
            return false;
        }
        const QString path = dir.filePath(u"config"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(cluster.kubeconfigYaml()) < 0)
            return false;
        f.close();
        connection = std::make_unique<ConnectionManager>();
        window = std::make_unique<MainWindow>(&settings, connection.get());
        window->show();
        QSignalSpy shown(window.get(), &MainWindow::rolloutsShown);
        if (!connection->openKubeconfig(path, {}, kNs, false, error))
            return false;
        if (!shown.wait(kTimeout) &&
            window->boardModel()->rowCount() != rollouts) // shown may have come already
            return false;
        if (window->boardModel()->rowCount() != rollouts) {
            *error =
                u"%1 of %2 rollouts shown"_s.arg(window->boardModel()->rowCount()).arg(rollouts);
            return false;
        }
        key = window->boardModel()->keyAt(0);
        context = connection->source()->contextOf(key);
        rd::source::RolloutAction abort;
        abort.kind = rd::source::RolloutAction::Kind::Abort;
        abort.key = key;
        abort.reason = u"error rate 4 %"_s;
        window->findChild<TimelineBook *>()->recordAction(abort, u"release-manager"_s);
        return true;
    }

    // As main() does once its loop has returned: the window first, then the connection.
    std::size_t destroyAndCountFrees()
    {
        rd::test::FreeCounter counter;
        window.reset();
        connection.reset();
        return counter.stop();
    }
};

bool storedAbort(const QString &context, const QString &key)
{
    rd::source::TimelineStore store;
    if (!store.open(rd::source::TimelineStore::defaultPath()))
        return false;
    for (const auto &entry : store.load(context, key)) {
        if (entry.kind == rd::core::TimelineKind::Aborted && entry.reason == u"error rate 4 %"_s)
            return true;
    }
    return false;
}
} // namespace

class TestGuiShutdown : public QObject
{
    Q_OBJECT

    // Closed with its close button and torn down as at the end of the process; returns the
    // blocks freed by the teardown (0 after a failure).
    std::size_t closeAndTearDown(int rollouts)
    {
        Session session(rollouts);
        QString error;
        [&] { QVERIFY2(session.open(rollouts, &error), qPrintable(error)); }();
        if (QTest::currentTestFailed())
            return 0;
        MainWindow *window = session.window.get();
        auto *proxy = window->findChild<QSortFilterProxyModel *>();
        RowSignals board(window->boardModel());
        RowSignals filtered(proxy);
        QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
        QSettings().remove(u"MainWindow/Geometry"_s);

        // The title bar's close button, while the application runs its loop: the window system
        // sends the window a close event, and the loop must return by itself.
        QTimer::singleShot(0, window, [window] { window->windowHandle()->close(); });
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(2); });
        guard.start(kTimeout);
        const int code = QCoreApplication::exec();
        [&] {
            QCOMPARE(code, 0); // not the guard
            QVERIFY(!window->isVisible());
            QCOMPARE(lastClosed.count(), 1);
            QVERIFY(QSettings().contains(u"MainWindow/Geometry"_s)); // its layout was saved
        }();

        // What main() does once its loop has returned.
        rd::core::ProcessExit::begin();
        const std::size_t freed = session.destroyAndCountFrees();
        qInfo("window and connection of %d rollouts destroyed at exit: %zu blocks freed", rollouts,
              freed);
        [&] {
            // No row went away one at a time, nothing was reset or re-laid out on the way.
            QCOMPARE(board.total(), 0);
            QCOMPARE(filtered.total(), 0);
            // The story recorded before closing was written on the way out.
            QVERIFY(storedAbort(session.context, session.key));
        }();
        return freed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(rd::source::TimelineStore::defaultPath());
    }

    void closeButtonSavesAndQuitsWithoutPerRowWork()
    {
        const std::size_t small = closeAndTearDown(20);
        if (QTest::currentTestFailed())
            return;
        const std::size_t large = closeAndTearDown(600);
        if (QTest::currentTestFailed())
            return;
        if (!rd::test::FreeCounter::available())
            QSKIP("counting frees needs glibc without AddressSanitizer");
        // Thirty times the rollouts: the teardown's fixed cost, not a block per rollout more.
        QVERIFY2(large < small + (600 - 20), qPrintable(u"%1 vs %2"_s.arg(large).arg(small)));
    }
};

QTEST_MAIN(TestGuiShutdown)
#include "test_gui_shutdown.moc"
