#pragma once

#include "gui/settings/WindowState.h"
#include "source/ConnectionState.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace rd::source {
class RolloutSource;
class TimelineStore;
} // namespace rd::source

namespace rd::gui {

class AbortWatcher;
class StoredHistory;
class TimelineBook;
class ActionController;
class AppSettings;
class BoardView;
class ConnectionBanners;
class ConnectionManager;
class MessageBar;
class NotificationCenter;
class RolloutBoardModel;
class RolloutPage;
class ScopePicker;
class WeightHistory;
class WelcomePage;

// The main window only wires the pieces: pickers, banners, board, rollout page, actions, menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, View, Rollout, Help };

    MainWindow(AppSettings *settings, ConnectionManager *connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the welcome page with an optional reason (e.g. no kubeconfig found).
    void showWelcome(const QString &reason = {});
    // Shows a message in the window's message bar (and the status bar).
    void showMessage(const QString &text, bool error);
    // Demo speed used by "Start demo cluster".
    void setDemoSpeed(double speed) { m_demoSpeed = speed; }
    void setDemoScenario(const QString &scenario) { m_demoScenario = scenario; }

    BoardView *board() const { return m_board; }
    RolloutBoardModel *boardModel() const { return m_boardModel; }
    RolloutPage *page() const { return m_page; }
    ActionController *actions() const { return m_actions; }
    QString messageText() const;
    QString connectionText() const;
    QMenu *menu(Menu which) const;
    NotificationCenter *notices() const { return m_notices; }
    TimelineBook *stories() const { return m_timelines; }
    WeightHistory *weightHistory() const { return m_history; }
    // rolloutsShown() was emitted (perhaps while the window adopted a source already loaded).
    bool hasShownRollouts() const { return m_shownRollouts; }

Q_SIGNALS:
    // The board shows the source's first complete load (at least one rollout), once.
    void rolloutsShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void onSourceChanged(source::RolloutSource *source);
    void onConnectionState(source::ConnectionState state, const QString &reason);
    void onRolloutChanged(const QString &key);
    void onCurrentKeyChanged(const QString &key);
    void onBoardRows();
    void updatePickers();
    void updateContextPicker();
    void onContextRequested(const QString &context);
    void onNamespaceRequested(const QString &ns, bool allNamespaces);
    void updateBanners();
    void updateTitle();
    void openKubeconfig();
    void openSnapshot();
    void watchSeveralContexts();
    void startDemo();
    void openSettings();
    source::TimelineStore *keptHistory();
    void applySettings();
    void showContextMenu(const QString &key, const QPoint &pos);
    void saveFavourites();
    WindowState::Parts stateParts();
    void showShortcuts();
    void showAbout();
    // A notification's action: the row is selected and the usual action (and its dialog) runs.
    void onNoticeAction(const QString &context, const QString &key, int kind);
    void updateSnooze();

    AppSettings *m_settings;
    ConnectionManager *m_connection;
    QPointer<source::RolloutSource> m_source;
    WeightHistory *m_history;
    RolloutBoardModel *m_boardModel;
    ActionController *m_actions;
    AbortWatcher *m_abortWatcher = nullptr;
    TimelineBook *m_timelines = nullptr;
    StoredHistory *m_storedHistory = nullptr;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    BoardView *m_board;
    RolloutPage *m_page;
    QToolBar *m_toolbar;
    ScopePicker *m_scope;
    ConnectionBanners *m_banners;
    MessageBar *m_messageBar;
    NotificationCenter *m_notices;
    QLabel *m_connectionLabel;
    QLabel *m_countLabel;
    source::ConnectionState m_state = source::ConnectionState::Connecting;
    QString m_stateReason;
    bool m_shownRollouts = false;
    bool m_sourceReady = false;
    double m_demoSpeed = 1.0;
    QString m_demoScenario = QStringLiteral("rollouts-demo");

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_rolloutMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openKubeconfig = nullptr;
    QAction *m_openSnapshot = nullptr;
    QAction *m_watchContexts = nullptr;
    QAction *m_startDemo = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_clearHistory = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_focusBoard = nullptr;
    QAction *m_focusSearch = nullptr;
    QList<QAction *> m_tabActions;
    QAction *m_showToolbar = nullptr;
    QAction *m_copyTree = nullptr;
    QAction *m_favourite = nullptr;
    QAction *m_snooze = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace rd::gui
