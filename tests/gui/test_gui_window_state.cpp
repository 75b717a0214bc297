// The window's saved layout: the board header carries a version, so a layout saved by an older
// program (other columns) is ignored instead of giving its widths to the wrong columns; a layout
// of this version comes back. Menus and separators are found by name. A window built after its
// source loaded (the application opens the connection first) shows that load whole.

#include "gui/ConnectionManager.h"
#include "gui/MainWindow.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/WindowState.h"
#include "source/RolloutSource.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd::gui;

namespace {
QList<int> sizes(const QHeaderView *header)
{
    QList<int> out;
    for (int i = 0; i < header->count(); ++i)
        out << header->sectionSize(i);
    return out;
}
} // namespace

class TestGuiWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void olderHeaderLayoutIsIgnored()
    {
        // What an older program saved: one column fewer, odd widths, no version key.
        QStandardItemModel older(0, RolloutBoardModel::ColumnCount - 1);
        QTableView olderView;
        olderView.setModel(&older);
        for (int i = 0; i < older.columnCount(); ++i)
            olderView.horizontalHeader()->resizeSection(i, 300 + i);
        {
            QSettings s;
            s.setValue(u"RolloutBoard/Header"_s, olderView.horizontalHeader()->saveState());
        }

        RolloutBoardModel model;
        QTableView view;
        view.setModel(&model);
        QHeaderView *header = view.horizontalHeader();
        const QList<int> defaults = sizes(header);
        QSettings s;
        QVERIFY(!WindowState::restoreBoardHeader(s, header));
        QCOMPARE(sizes(header), defaults);

        // Same column count, but saved under an older layout version (the columns meant
        // something else): ignored too, although Qt itself would happily apply it.
        QTableView sameCount;
        sameCount.setModel(&model);
        sameCount.horizontalHeader()->resizeSection(RolloutBoardModel::StatusColumn, 311);
        s.setValue(u"RolloutBoard/Header"_s, sameCount.horizontalHeader()->saveState());
        s.setValue(u"RolloutBoard/HeaderVersion"_s,
                   u"%1/%2"_s.arg(WindowState::kBoardHeaderVersion - 1).arg(header->count()));
        QVERIFY(!WindowState::restoreBoardHeader(s, header));
        QCOMPARE(sizes(header), defaults);
        // Proof that the check matters: Qt applies that layout when asked without a version.
        QTableView unversioned;
        unversioned.setModel(&model);
        QVERIFY(unversioned.horizontalHeader()->restoreState(
            s.value(u"RolloutBoard/Header"_s).toByteArray()));
        QCOMPARE(unversioned.horizontalHeader()->sectionSize(RolloutBoardModel::StatusColumn), 311);
    }

    void currentHeaderLayoutComesBack()
    {
        RolloutBoardModel model;
        QTableView before;
        before.setModel(&model);
        before.horizontalHeader()->resizeSection(RolloutBoardModel::StatusColumn, 333);
        before.horizontalHeader()->resizeSection(RolloutBoardModel::MessageColumn, 222);
        {
            QSettings s;
            WindowState::saveBoardHeader(s, before.horizontalHeader());
        }
        QTableView after;
        after.setModel(&model);
        QSettings s;
        QVERIFY(WindowState::restoreBoardHeader(s, after.horizontalHeader()));
        QCOMPARE(after.horizontalHeader()->sectionSize(RolloutBoardModel::StatusColumn), 333);
        QCOMPARE(after.horizontalHeader()->sectionSize(RolloutBoardModel::MessageColumn), 222);
    }

    void windowRestoresOnlyItsOwnVersion()
    {
        // Through the real window: an old layout does not break the board's columns.
        QStandardItemModel older(0, 3);
        QTableView olderView;
        olderView.setModel(&older);
        olderView.horizontalHeader()->resizeSection(0, 500);
        QSettings().setValue(u"RolloutBoard/Header"_s, olderView.horizontalHeader()->saveState());
        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        QCOMPARE(window.boardModel()->columnCount(), int(RolloutBoardModel::ColumnCount));
        QVERIFY(window.findChild<QTableView *>()->horizontalHeader()->sectionSize(0) != 500);
    }

    void aWindowBuiltAfterItsSourceLoadedShowsIt()
    {
        AppSettings settings;
        ConnectionManager connection;
        QString error;
        QVERIFY2(connection.openSnapshot(qEnvironmentVariable("ROLLOUTDESK_TEST_DATA") +
                                             u"/getting-started/state-e-aborted.yaml"_s,
                                         &error),
                 qPrintable(error));
        QVERIFY(connection.source());
        QSignalSpy ready(connection.source(), &rd::source::RolloutSource::ready);
        QVERIFY(ready.wait(10000));
        QVERIFY(connection.source()->isReady());

        // Nothing left to hear: the window takes the source as it finds it.
        MainWindow window(&settings, &connection);
        QVERIFY(window.hasShownRollouts());
        QCOMPARE(window.boardModel()->rowCount(), connection.source()->keys().size());
        QVERIFY(window.boardModel()->rowCount() > 0);
    }

    void menusAndSeparatorsAreNamed()
    {
        AppSettings settings;
        ConnectionManager connection;
        MainWindow window(&settings, &connection);
        const QList<QPair<MainWindow::Menu, QString>> menus{
            {MainWindow::Menu::File, u"fileMenu"_s},
            {MainWindow::Menu::View, u"viewMenu"_s},
            {MainWindow::Menu::Rollout, u"rolloutMenu"_s},
            {MainWindow::Menu::Help, u"helpMenu"_s}};
        for (const auto &[which, name] : menus) {
            QMenu *menu = window.menu(which);
            QVERIFY(menu);
            QCOMPARE(menu->objectName(), name);
            QCOMPARE(window.findChild<QMenu *>(name), menu);
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    QVERIFY2(!a->objectName().isEmpty(), qPrintable(name));
            }
        }
    }
};

QTEST_MAIN(TestGuiWindowState)
#include "test_gui_window_state.moc"
