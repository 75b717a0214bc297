#include "gui/MainWindow.h"

#include "core/RolloutInfo.h"
#include "gui/AbortWatcher.h"
#include "gui/ActionController.h"
#include "gui/ConnectionManager.h"
#include "gui/PlainText.h"
#include "gui/StatusColours.h"
#include "gui/StatusIcons.h"
#include "gui/StoredHistory.h"
#include "gui/charts/WeightHistory.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/dialogs/WatchContextsDialog.h"
#include "gui/models/RolloutBoardModel.h"
#include "gui/models/TimelineBook.h"
#include "gui/notify/NotificationCenter.h"
#include "gui/notify/TrayNotifier.h"
#ifdef ROLLOUTDESK_HAVE_DBUS
#include "gui/notify/FreedesktopNotifier.h"
#endif
#include "gui/settings/AppSettings.h"
#include "gui/settings/Appearance.h"
#include "gui/settings/FavouritesStore.h"
#include "gui/settings/WindowState.h"
#include "gui/views/BoardView.h"
#include "gui/views/ConnectionBanners.h"
#include "gui/views/HistoryView.h"
#include "gui/views/MessageBar.h"
#include "gui/views/RolloutPage.h"
#include "gui/views/ScopePicker.h"
#include "gui/views/WelcomePage.h"
#include "source/RolloutSource.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using source::ConnectionState;

MainWindow::MainWindow(AppSettings *settings, ConnectionManager *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_connection(connection)
    , m_history(new WeightHistory(this))
    , m_boardModel(new RolloutBoardModel(this))
{
    setObjectName(u"mainWindow"_s);
    NotificationCenter::Policy policy;
    policy.enabled = [settings] { return settings->notifications(); };
    policy.isFavourite = [this](const QString &context, const QString &key) {
        return m_source && m_notices->contextOf(key) == context &&
               m_boardModel->favourites().contains(key);
    };
    m_notices = new NotificationCenter(policy, this);
#ifdef ROLLOUTDESK_HAVE_DBUS
    // The desktop's notification service, and the tray when no service answers.
    m_notices->setSinks(new FreedesktopNotifier(this), new TrayNotifier(this));
#else
    m_notices->setSinks(new TrayNotifier(this), nullptr);
#endif
    setWindowIcon(StatusIcons::appIcon());
    m_actions = new ActionController(settings, m_history, this, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banners = new ConnectionBanners(central);
    layout->addWidget(m_banners);
    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);

    m_stack = new QStackedWidget(central);
    m_welcome = new WelcomePage(m_stack);
    m_splitter = new QSplitter(Qt::Vertical, m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_board = new BoardView(m_boardModel, m_splitter);
    m_page = new RolloutPage(m_history, m_splitter);
    m_splitter->addWidget(m_board);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolBar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scope = new ScopePicker(m_toolbar);
    m_toolbar->addWidget(m_scope);
    m_toolbar->addSeparator()->setObjectName(u"toolbarAfterNamespace"_s);
    for (QAction *a : m_actions->actions())
        m_toolbar->addAction(a);
    // Abort looks destructive in the toolbar too.
    if (auto *abortButton = qobject_cast<QToolButton *>(
            m_toolbar->widgetForAction(m_actions->action(ActionController::Kind::Abort))))
        abortButton->setStyleSheet(StatusColours::destructiveButton());

    m_connectionLabel = plainLabel(new QLabel(this));       // carries connection errors
    m_connectionLabel->setObjectName(u"connectionState"_s); // descriptions: retranslateUi
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"rolloutCount"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createMenus();

    connect(m_connection, &ConnectionManager::sourceChanged, this, &MainWindow::onSourceChanged);
    connect(m_connection, &ConnectionManager::contextsChanged, this,
            &MainWindow::updateContextPicker);
    connect(m_connection, &ConnectionManager::notice, this, &MainWindow::showMessage);
    connect(m_connection, &ConnectionManager::namespacesListed, this,
            [this](const QStringList &names) {
                m_scope->setNamespaces(names, m_connection->namespaceName());
            });
    connect(m_scope, &ScopePicker::contextRequested, this, &MainWindow::onContextRequested);
    connect(m_scope, &ScopePicker::namespaceRequested, this, &MainWindow::onNamespaceRequested);
    connect(m_board, &BoardView::currentKeyChanged, this, &MainWindow::onCurrentKeyChanged);
    connect(m_board, &BoardView::contextMenuRequested, this, &MainWindow::showContextMenu);
    // Enter or double-click on a row: go to its page (keyboard users land on the tabs).
    connect(m_board, &BoardView::activated, this, [this](const QString &key) {
        onCurrentKeyChanged(key);
        m_page->tabs()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_page, &RolloutPage::setImageBackRequested, this,
            [this](const QString &key) { m_actions->openSetImageBack(key); });
    connect(m_actions, &ActionController::message, this, &MainWindow::showMessage);
    // An accepted abort is followed until all traffic is back on the stable version.
    m_abortWatcher = new AbortWatcher(this);
    connect(m_actions, &ActionController::actionAccepted, m_abortWatcher,
            [this](const source::RolloutAction &action) {
                if (action.kind == source::RolloutAction::Kind::Abort)
                    m_abortWatcher->watch(action.key);
            });
    connect(m_abortWatcher, &AbortWatcher::message, this, &MainWindow::showMessage);
    // The History tab's story: Events, live transitions and this window's accepted actions.
    m_timelines = new TimelineBook(this);
    m_page->setTimelineBook(m_timelines);
    connect(m_actions, &ActionController::actionAccepted, m_timelines,
            [this](const source::RolloutAction &action) {
                m_timelines->recordAction(action,
                                          m_source ? m_source->userOf(action.key) : QString());
            });
    // ...kept on this computer between sessions (Settings), cleared from the File menu.
    m_storedHistory = new StoredHistory(settings, QString(), this);
    connect(m_storedHistory, &StoredHistory::message, this, &MainWindow::showMessage);
    connect(m_storedHistory, &StoredHistory::cleared, m_timelines, &TimelineBook::reload);
    connect(m_boardModel, &RolloutBoardModel::favouritesChanged, this, &MainWindow::saveFavourites);
    connect(m_boardModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::onBoardRows);
    connect(m_boardModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onBoardRows);
    connect(m_boardModel, &QAbstractItemModel::modelReset, this, &MainWindow::onBoardRows);
    connect(m_welcome, &WelcomePage::openKubeconfigRequested, this, &MainWindow::openKubeconfig);
    connect(m_welcome, &WelcomePage::startDemoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::openSnapshotRequested, this, &MainWindow::openSnapshot);
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    connect(
        m_notices, &NotificationCenter::openRequested, this,
        [this](const QString &context, const QString &key) { onNoticeAction(context, key, -1); });
    connect(m_notices, &NotificationCenter::promoteRequested, this,
            [this](const QString &context, const QString &key) {
                onNoticeAction(context, key, int(ActionController::Kind::Promote));
            });
    connect(m_notices, &NotificationCenter::abortRequested, this,
            [this](const QString &context, const QString &key) {
                onNoticeAction(context, key, int(ActionController::Kind::Abort));
            });

    retranslateUi();
    resize(1280, 860);
    WindowState::restore(stateParts());
    onSourceChanged(m_connection->source());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_openKubeconfig = m_fileMenu->addAction(QString(), this, &MainWindow::openKubeconfig);
    m_openKubeconfig->setShortcut(QKeySequence::Open);
    m_openSnapshot = m_fileMenu->addAction(QString(), this, &MainWindow::openSnapshot);
    m_openSnapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_startDemo = m_fileMenu->addAction(QString(), this, &MainWindow::startDemo);
    m_startDemo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_watchContexts = m_fileMenu->addAction(QString(), this, &MainWindow::watchSeveralContexts);
    m_watchContexts->setObjectName(u"watchContextsAction"_s);
    m_clearHistory =
        m_fileMenu->addAction(QString(), this, [this] { m_storedHistory->askToClear(this); });
    m_clearHistory->setObjectName(u"clearHistoryAction"_s);
    m_fileMenu->addSeparator()->setObjectName(u"fileMenuAfterOpen"_s);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator()->setObjectName(u"fileMenuBeforeQuit"_s);
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_focusBoard = m_viewMenu->addAction(QString(), this, [this] { m_board->table()->setFocus(); });
    m_focusBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_focusSearch = m_viewMenu->addAction(QString(), this, [this] {
        m_board->searchEdit()->setFocus();
        m_board->searchEdit()->selectAll();
    });
    m_focusSearch->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator()->setObjectName(u"viewMenuBeforeTabs"_s);
    for (int i = 0; i < RolloutPage::TabCount; ++i) {
        const auto tab = RolloutPage::Tab(i);
        QAction *a = m_viewMenu->addAction(QString(), this, [this, tab] {
            m_page->showTab(tab);
            m_page->tabPage(tab)->setFocus();
        });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        m_tabActions << a;
    }
    m_viewMenu->addSeparator()->setObjectName(u"viewMenuBeforeToolbar"_s);
    m_showToolbar = m_toolbar->toggleViewAction();
    m_viewMenu->addAction(m_showToolbar);

    m_rolloutMenu = menuBar()->addMenu(QString());
    m_rolloutMenu->setObjectName(u"rolloutMenu"_s);
    m_actions->fillMenu(m_rolloutMenu);
    m_rolloutMenu->addSeparator()->setObjectName(u"rolloutMenuBeforeCopy"_s);
    m_copyTree = m_rolloutMenu->addAction(QString(), this, [this] {
        if (!m_page->treeText().isEmpty()) {
            QApplication::clipboard()->setText(m_page->treeText());
            showMessage(tr("The revision tree was copied as text."), false);
        }
    });
    m_copyTree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_favourite = m_rolloutMenu->addAction(QString(), this, [this] {
        const QString key = m_board->currentKey();
        if (!key.isEmpty())
            m_boardModel->toggleFavourite(key);
    });
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_snooze = m_rolloutMenu->addAction(QString(), this, [this](bool on) {
        const QString key = m_board->currentKey();
        if (key.isEmpty() || !m_source)
            return;
        const QString context = m_notices->contextOf(key);
        if (on)
            m_notices->snooze(context, key, QDateTime::currentDateTimeUtc().addSecs(3600));
        else
            m_notices->unsnooze(context, key);
    });
    m_snooze->setObjectName(u"snoozeNotifications"_s);
    m_snooze->setCheckable(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openKubeconfig->setText(tr("Open &Kubeconfig…"));
    m_openSnapshot->setText(tr("Open &Snapshot…"));
    m_startDemo->setText(tr("Start &Demo Cluster"));
    m_watchContexts->setText(tr("&Watch Several Contexts…"));
    m_watchContexts->setStatusTip(tr("Show the rollouts of several contexts on one board"));
    m_clearHistory->setText(tr("Clear Stored &History…"));
    m_clearHistory->setStatusTip(tr("Delete the rollout history kept on this computer"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_focusBoard->setText(tr("Rollouts &Board"));
    m_focusSearch->setText(tr("&Search Rollouts"));
    // The View menu names the tabs as the tabs do.
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions[i]->setText(RolloutPage::tabTitle(RolloutPage::Tab(i)));
    m_showToolbar->setText(tr("&Toolbar"));
    m_rolloutMenu->setTitle(tr("&Rollout"));
    m_copyTree->setText(tr("&Copy Tree as Text"));
    m_favourite->setText(tr("Toggle &Favourite"));
    //: Rollout menu: no desktop notifications about this rollout for an hour
    m_snooze->setText(tr("&Snooze Notifications for 1 Hour"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Rollout Desk"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    m_countLabel->setText(tr("%n rollout(s)", nullptr, m_boardModel->rowCount()));
    // A screen reader reads the description with the text: words, not an identifier.
    m_connectionLabel->setAccessibleDescription(tr("Connection state"));
    m_countLabel->setAccessibleDescription(tr("Rollouts on the board"));
    updateBanners();
    updateTitle();
    onConnectionState(m_state, m_stateReason);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        onConnectionState(m_state, m_stateReason);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowState::save(stateParts());
    QMainWindow::closeEvent(event);
}

WindowState::Parts MainWindow::stateParts()
{
    return WindowState::Parts{this, m_splitter, m_board->table()->horizontalHeader(),
                              m_page->tabs()};
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Rollout:
        return m_rolloutMenu;
    case Menu::Help:
        return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::showWelcome(const QString &reason)
{
    m_welcome->setReason(reason);
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_messageBar->showMessage(text, error);
    statusBar()->showMessage(text, 10000);
}

QString MainWindow::messageText() const
{
    return m_messageBar->text();
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::onSourceChanged(source::RolloutSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    // A source opened before this window was built may have loaded already.
    m_sourceReady = source && source->isReady();
    m_history->clear();
    m_boardModel->setSource(source);
    m_boardModel->setFavourites(
        FavouritesStore::load(m_connection->targetName(), m_connection->namespaceName()));
    m_page->setSource(source);
    m_actions->setSource(source, m_connection->targetName());
    m_abortWatcher->setSource(source);
    m_timelines->setStore(keptHistory());
    m_timelines->setSource(source);
    m_notices->watch(source, m_connection->targetName());
    if (!source) {
        if (m_stack->currentWidget() != m_welcome)
            showWelcome();
        updatePickers();
        updateBanners();
        updateTitle();
        return;
    }
    const bool fromWelcome = m_stack->currentWidget() == m_welcome;
    m_stack->setCurrentWidget(m_splitter);
    // The keyboard lands on the board, not on the search field: a focused text field blinks its
    // cursor twice a second for as long as the window is active, waking a window that otherwise
    // sleeps while nothing changes.
    if (fromWelcome)
        m_board->table()->setFocus(Qt::OtherFocusReason);
    connect(source, &source::RolloutSource::connectionStateChanged, this,
            &MainWindow::onConnectionState);
    connect(source, &source::RolloutSource::rolloutChanged, this, &MainWindow::onRolloutChanged);
    connect(source, &source::RolloutSource::rolloutAdded, this, &MainWindow::onRolloutChanged);
    connect(source, &source::RolloutSource::rolloutRemoved, this, [this](const QString &key) {
        // Nothing of a deleted rollout is kept: long sessions stay flat.
        m_history->remove(key);
    });
    connect(source, &source::RolloutSource::warning, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(source, &source::RolloutSource::ready, this, [this] {
        m_sourceReady = true;
        updateBanners();
        onBoardRows();
    });
    onConnectionState(source->connectionState(), source->connectionReason());
    updatePickers();
    updateBanners();
    updateTitle();
    if (m_connection->mode() != ConnectionManager::Mode::Snapshot)
        m_connection->listNamespaces();
}

void MainWindow::onConnectionState(ConnectionState state, const QString &reason)
{
    m_state = state;
    m_stateReason = reason;
    const QString target = m_connection->targetName();
    QString text;
    QString style;
    if (!m_source) {
        text = tr("Not connected");
    } else if (m_connection->mode() == ConnectionManager::Mode::Snapshot) {
        //: Status bar: an offline snapshot file is shown
        text = tr("Snapshot %1 (offline, read-only)").arg(target);
    } else {
        switch (state) {
        case ConnectionState::Connecting:
            text = tr("Connecting to %1…").arg(target);
            break;
        case ConnectionState::Connected:
            text = tr("Connected to %1").arg(target);
            break;
        case ConnectionState::Reconnecting:
            text = reason.isEmpty()
                       ? tr("Reconnecting to %1… (showing the last known data)").arg(target)
                       //: %1 context, %2 why the connection dropped
                       : tr("Reconnecting to %1: %2 (showing the last known data)")
                             .arg(target, reason);
            break;
        case ConnectionState::Failed:
            text = tr("Not connected to %1: %2").arg(target, reason);
            break;
        }
        style = StatusColours::connection(state, StatusColours::isDark(palette()));
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(style);
    if (state == ConnectionState::Failed && m_source && !reason.isEmpty())
        showMessage(text, true);
}

void MainWindow::onBoardRows()
{
    m_countLabel->setText(tr("%n rollout(s)", nullptr, m_boardModel->rowCount()));
    if (m_boardModel->rowCount() == 0)
        return;
    if (m_board->currentKey().isEmpty() && m_board->proxy()->rowCount() > 0)
        m_board->table()->setCurrentIndex(
            m_board->proxy()->index(0, RolloutBoardModel::NameColumn));
    // "Shown" once the first complete load is on the board, not at its first row.
    if (m_sourceReady && !m_shownRollouts) {
        m_shownRollouts = true;
        Q_EMIT rolloutsShown();
    }
}

void MainWindow::onRolloutChanged(const QString &key)
{
    if (!m_source)
        return;
    const auto info = m_source->info(key);
    if (info) {
        m_history->record(key, *info);
    }
    if (key == m_page->key())
        m_page->refresh();
}

void MainWindow::onNoticeAction(const QString &context, const QString &key, int kind)
{
    if (!m_source || !m_source->contains(key) || m_notices->contextOf(key) != context) {
        //: %1 namespace/name, %2 context
        showMessage(tr("%1 in %2 is no longer on the board.").arg(key, context), true);
        return;
    }
    showNormal();
    raise();
    activateWindow();
    m_board->selectKey(key);
    onCurrentKeyChanged(key);
    if (kind < 0)
        return;
    QAction *action = m_actions->action(ActionController::Kind(kind));
    if (!action)
        return;
    if (!action->isEnabled()) {
        // Still the same checks as the toolbar: say why instead of acting.
        showMessage(action->toolTip(), true);
        return;
    }
    action->trigger(); // the usual confirmation dialog
}

void MainWindow::updateSnooze()
{
    const QString key = m_board->currentKey();
    m_snooze->setEnabled(!key.isEmpty() && m_source);
    const QSignalBlocker block(m_snooze);
    m_snooze->setChecked(!key.isEmpty() && m_source &&
                         m_notices->isSnoozed(m_notices->contextOf(key), key));
}

void MainWindow::onCurrentKeyChanged(const QString &key)
{
    m_page->setKey(key);
    m_actions->setCurrentKey(key);
    updateSnooze();
}

void MainWindow::updateContextPicker()
{
    const bool snapshot = m_connection->mode() == ConnectionManager::Mode::Snapshot;
    if (snapshot) {
        const QString target = m_connection->targetName();
        m_scope->setContexts({target}, target, false);
    } else {
        m_scope->setContexts(m_connection->contexts(), m_connection->currentContext(), true);
    }
    // (The mode is set once the new source is in place: ask for the kubeconfig's contexts.)
    m_watchContexts->setEnabled(!snapshot && m_connection->contexts().size() > 1);
}

void MainWindow::updatePickers()
{
    updateContextPicker();
    const bool snapshot = m_connection->mode() == ConnectionManager::Mode::Snapshot;
    // The namespaces themselves arrive later (namespacesListed).
    m_scope->setNamespaces({}, m_connection->namespaceName());
    m_scope->setNamespaceChoosable(!snapshot && m_source);
}

void MainWindow::onContextRequested(const QString &context)
{
    QString error;
    if (!m_connection->switchContext(context, &error))
        showMessage(error, true);
    else
        m_settings->setWatchedContexts({}); // one context again, also at the next start
}

void MainWindow::onNamespaceRequested(const QString &ns, bool allNamespaces)
{
    QString error;
    if (!m_connection->switchNamespace(ns, allNamespaces, &error))
        showMessage(error, true);
}

void MainWindow::updateBanners()
{
    ConnectionBanners::State state;
    state.snapshot = m_connection->mode() == ConnectionManager::Mode::Snapshot;
    state.context = m_connection->currentContext();
    state.tlsOff = m_source && m_source->tlsVerificationDisabled();
    // With several contexts on the board the banner names the production ones among them.
    QStringList production;
    if (m_source && !state.snapshot) {
        for (const QString &context : m_source->watchedContexts()) {
            if (m_settings->isProductionContext(context))
                production << context;
        }
    }
    state.production = !production.isEmpty();
    if (m_connection->watchedContexts().size() > 1 && state.production)
        state.context = production.join(u", "_s);
    state.readOnly = m_source && (m_source->isReadOnly() || m_settings->readOnly());
    m_banners->setState(state);
}

void MainWindow::updateTitle()
{
    const QString target = m_connection->targetName();
    if (target.isEmpty()) {
        setWindowTitle(tr("Rollout Desk"));
        return;
    }
    const QString ns =
        m_connection->mode() == ConnectionManager::Mode::Snapshot
            ? QString()
            : (m_connection->namespaceName().isEmpty() ? tr("all namespaces")
                                                       : m_connection->namespaceName());
    //: Window title: context (namespace) — application
    setWindowTitle(ns.isEmpty() ? tr("%1 — Rollout Desk").arg(target)
                                : tr("%1 (%2) — Rollout Desk").arg(target, ns));
}

void MainWindow::openKubeconfig()
{
    auto *dialog = new QFileDialog(this, tr("Open kubeconfig"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_connection->openKubeconfig(path, {}, {}, false, &error)) {
            showWelcome(error);
            showMessage(error, true);
        }
    });
    dialog->open();
}

void MainWindow::watchSeveralContexts()
{
    QStringList watched = m_connection->watchedContexts();
    if (watched.isEmpty())
        watched << m_connection->currentContext();
    auto *dialog = new WatchContextsDialog(m_connection->contexts(), watched, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList contexts = dialog->checkedContexts();
        QString error;
        if (!m_connection->watchContexts(contexts, &error)) {
            showMessage(error, true);
            return;
        }
        m_settings->setWatchedContexts(contexts);
    });
    dialog->open();
}

void MainWindow::openSnapshot()
{
    auto *dialog = new QFileDialog(this, tr("Open snapshot"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Snapshots (*.yaml *.yml *.json)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_connection->openSnapshot(path, &error))
            showMessage(error, true);
    });
    dialog->open();
}

void MainWindow::startDemo()
{
    QString error;
    if (!m_connection->startDemo(m_demoSpeed, &error, m_demoScenario)) {
        showWelcome(error);
        showMessage(error, true);
        return;
    }
    showMessage(tr("The demo cluster runs inside Rollout Desk: rollout rollouts-demo in namespace "
                   "spring-petclinic. Try Set Image… with argoproj/rollouts-demo:red."),
                false);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_connection->contexts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings()
{
    Appearance::applyTheme(m_settings->theme());
    Appearance::applyLanguage(m_settings->language());
    m_connection->setReadOnly(m_settings->readOnly());
    m_timelines->setStore(keptHistory());
    if (m_source)
        m_page->refresh();
    m_actions->update();
    updateBanners();
}

source::TimelineStore *MainWindow::keptHistory()
{
    // Only a cluster's stories are kept: a snapshot holds its own, the demo starts anew each time.
    return m_storedHistory->storeFor(m_source &&
                                     m_connection->mode() == ConnectionManager::Mode::Cluster);
}

void MainWindow::showContextMenu(const QString &key, const QPoint &pos)
{
    m_board->selectKey(key);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->fillMenu(menu);
    menu->addSeparator();
    menu->addAction(m_copyTree);
    menu->addAction(m_favourite);
    menu->addAction(m_snooze);
    menu->popup(pos);
}

void MainWindow::saveFavourites()
{
    if (m_source)
        FavouritesStore::save(m_connection->targetName(), m_connection->namespaceName(),
                              m_boardModel->favourites());
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    QList<QAction *> all{m_openKubeconfig, m_openSnapshot, m_startDemo,  m_settingsAction,
                         m_quit,           m_focusBoard,   m_focusSearch};
    all += m_tabActions;
    all += m_actions->actions();
    all << m_copyTree << m_favourite << m_snooze;
    for (QAction *a : all) {
        QString text = a->text();
        text.remove(u'&');
        lines << u"%1\t%2"_s.arg(a->shortcut().toString(QKeySequence::NativeText), text);
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), lines.join(u'\n'),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Rollout Desk"),
        tr("Rollout Desk %1\nA desktop client for Argo Rollouts on Kubernetes and OpenShift.")
            .arg(QStringLiteral(ROLLOUTDESK_VERSION)),
        QMessageBox::Close, this);
    box->setIconPixmap(StatusIcons::appIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace rd::gui
