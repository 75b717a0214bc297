#include "gui/settings/WindowState.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
const QString kGeometry = u"MainWindow/Geometry"_s;
const QString kState = u"MainWindow/State"_s;
const QString kSplitter = u"MainWindow/Splitter"_s;
const QString kHeader = u"RolloutBoard/Header"_s;
const QString kHeaderVersion = u"RolloutBoard/HeaderVersion"_s;
const QString kTab = u"RolloutPage/Tab"_s;
} // namespace

QString WindowState::boardHeaderVersion(const QHeaderView *header)
{
    return u"%1/%2"_s.arg(kBoardHeaderVersion).arg(header->count());
}

bool WindowState::restoreBoardHeader(QSettings &settings, QHeaderView *header)
{
    // Layouts saved without a version (or another one) belong to other columns.
    if (settings.value(kHeaderVersion).toString() != boardHeaderVersion(header))
        return false;
    return header->restoreState(settings.value(kHeader).toByteArray());
}

void WindowState::saveBoardHeader(QSettings &settings, const QHeaderView *header)
{
    settings.setValue(kHeader, header->saveState());
    settings.setValue(kHeaderVersion, boardHeaderVersion(header));
}

void WindowState::restore(const Parts &parts)
{
    QSettings s;
    parts.window->restoreGeometry(s.value(kGeometry).toByteArray());
    parts.window->restoreState(s.value(kState).toByteArray());
    if (!parts.splitter->restoreState(s.value(kSplitter).toByteArray()))
        parts.splitter->setSizes({260, 600}); // the page holds more than the board at first
    restoreBoardHeader(s, parts.boardHeader);
    parts.pageTabs->setCurrentIndex(s.value(kTab, 0).toInt());
}

void WindowState::save(const Parts &parts)
{
    QSettings s;
    s.setValue(kGeometry, parts.window->saveGeometry());
    s.setValue(kState, parts.window->saveState());
    s.setValue(kSplitter, parts.splitter->saveState());
    saveBoardHeader(s, parts.boardHeader);
    s.setValue(kTab, parts.pageTabs->currentIndex());
}

} // namespace rd::gui
