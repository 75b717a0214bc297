#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;
class QTabWidget;

namespace rd::gui {

// The window's layout between runs: geometry, toolbars, the board/page splitter, the board's
// column widths and the rollout page's tab. Every QSettings key lives here.
//
// The board header is saved with a version: QHeaderView::restoreState() maps saved sections by
// position, so a layout saved before a column was added would give each width to the wrong
// column. A layout of another version is ignored (the defaults are kept).
class WindowState
{
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr;
        QHeaderView *boardHeader = nullptr;
        QTabWidget *pageTabs = nullptr;
    };

    static void restore(const Parts &parts);
    static void save(const Parts &parts);

    // Bump kBoardHeaderVersion when the board's columns change meaning or order; the column
    // count is part of the version, so adding a column is covered even if the bump is missed.
    static constexpr int kBoardHeaderVersion = 2;
    static QString boardHeaderVersion(const QHeaderView *header);
    // True if a layout of this version was found and applied.
    static bool restoreBoardHeader(QSettings &settings, QHeaderView *header);
    static void saveBoardHeader(QSettings &settings, const QHeaderView *header);
};

} // namespace rd::gui
