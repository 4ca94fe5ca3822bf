#include "mainwindow.h"

#include "accounts/accountdialog.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountlogin.h"
#include "accounts/passwordprompt.h"
#include "accounts/secretstore.h"
#include "capabilities/capabilitiesview.h"
#include "common/appsetup.h"
#include "common/uihelpers.h"
#include "composer/composerwidget.h"
#include "composer/outboxview.h"
#include "diagnostics/diagnosticstabs.h"
#include "sandbox/sandboxaccount.h"
#include "sessions/sessionhub.h"
#include "settings/settingsdialog.h"
#include "transcript/transcript.h"
#include "transcript/transcriptmodel.h"
#include "transcript/transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace postscope::ui {

namespace {

const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kTabKey = QStringLiteral("MainWindow/tab");
const auto kServerTabKey = QStringLiteral("MainWindow/serverTab");
const auto kSandboxTabKey = QStringLiteral("MainWindow/sandboxTab");
const auto kMessagesSplitKey = QStringLiteral("MainWindow/messagesSplitter");
// The composers' live transcript: the newest lines of the sends, fewer than
// the Transcript tab keeps (it is a second view on the same core model).
constexpr int kSendTranscriptRows = 5000;

// A group of views inside the main tabs (Server, Sandbox, Messages).
QTabWidget *groupTabs(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(name);
    tabs->setAccessibleName(accessibleName);
    tabs->setDocumentMode(true);
    return tabs;
}
const auto kSelectedAccountKey = QStringLiteral("MainWindow/account");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_transcript(new transcript::Transcript(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/postscope.svg")));
    setDockNestingEnabled(true);

    m_transcript->setMaxEntries(transcriptMaxEntries);
    m_transcript->setMaxBytes(transcriptMaxBytes);
    m_hub = new SessionHub(m_transcript, this);
    m_store = new accounts::AccountStore(m_settings.get(), this);
    QString loadError;
    if (!m_store->load(&loadError))
        m_transcript->addNote(tr("The accounts could not all be read: %1").arg(loadError));
    m_secrets = new accounts::SecretStore(QStringLiteral("Postscope"), this);
    m_accountModel = new AccountListModel(m_store, m_hub, this);
    m_accountModel->setSecretStore(m_secrets); // OAuth accounts: signed in or not
    m_sandbox = new SandboxAccount(this);
    // Drafts and the outbox (issue 10.3): never lost across crashes.
    m_drafts = std::make_unique<send::MessageFolder>(
        send::MessageFolder::defaultLocation(QStringLiteral("drafts")));
    m_outbox = std::make_unique<send::MessageFolder>(
        send::MessageFolder::defaultLocation(QStringLiteral("outbox")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    m_transcriptPane = new TranscriptPane(m_tabs);
    m_transcriptPane->setTranscript(m_transcript);
    m_tabs->addTab(m_transcriptPane, tr("Transcript"));
    // The server's views in one group; DiagnosticsTabs adds the certificate
    // and the probe, and the Addresses tab before the console.
    m_serverTabs = groupTabs(QStringLiteral("serverTabs"), tr("Server views"), m_tabs);
    m_capabilitiesView = new CapabilitiesView(m_serverTabs);
    m_serverTabs->addTab(m_capabilitiesView, tr("Capabilities"));
    m_tabs->addTab(m_serverTabs, tr("Server"));
    setCentralWidget(m_tabs);
    createTeachingViews();
    // The sandbox's inbox and settings (DiagnosticsTabs fills it).
    m_sandboxTabs = groupTabs(QStringLiteral("sandboxTabs"), tr("Sandbox views"), m_tabs);
    m_tabs->addTab(m_sandboxTabs, tr("Sandbox"));
    createMessagesPage();

    createActions();
    createMenus();
    createTeachingActions();
    createToolBar();
    createAccountsDock();
    createOutboxDock();
    createStatusBar();
    m_diagnostics = new DiagnosticsTabs(this);
    orderViewActions();
    readSettings();

    connect(m_sandbox, &SandboxAccount::sessionStarted, this,
            [this](session::SmtpSession *session) {
                m_hub->track(accounts::Account::sandboxName(), session);
            });
    connect(m_sandbox, &SandboxAccount::busyChanged, this, &MainWindow::updateActions);
    connect(m_sandbox, &SandboxAccount::sendFinished, this,
            [this](bool, const QString &summary) { statusBar()->showMessage(summary, 10000); });
    connect(m_hub, &SessionHub::stateChanged, this, &MainWindow::updateActions);
    connect(m_hub, &SessionHub::capabilitiesChanged, this, [this](const QString &account) {
        if (account.compare(selectedAccountName(), Qt::CaseInsensitive) == 0)
            updateCapabilities();
    });
    connect(m_store, &accounts::AccountStore::accountsChanged, this, &MainWindow::updateActions);
    for (QTabWidget *tabs : {m_tabs, m_messageTabs})
        connect(tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_hub, &SessionHub::capabilitiesChanged, this, [this](const QString &account) {
        const SessionHub::AccountStatus status = m_hub->status(account);
        for (ComposerWidget *composer : composers()) {
            if (composer->account().name.compare(account, Qt::CaseInsensitive) == 0)
                composer->setServerCapabilities(status.afterTls.isEmpty() ? status.beforeTls
                                                                          : status.afterTls);
        }
    });
    updateActions();
    updateCapabilities();
    const int restored = restoreDrafts();
    if (restored > 0)
        statusBar()->showMessage(tr("Restored %n unsent draft(s).", nullptr, restored), 10000);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &name, const QString &icon, const QString &text,
                                const QKeySequence &shortcut, const QString &statusTip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    setToolTipWithShortcut(action);
    return action;
}

void MainWindow::createActions()
{
    m_newMessageAction = makeAction(
        QStringLiteral("actionNewMessage"), QStringLiteral("mail-message-new"), tr("&New Message…"),
        QKeySequence::New, tr("Write a message and send it through the selected account"));
    connect(m_newMessageAction, &QAction::triggered, this, &MainWindow::newMessage);
    m_sendTestAction = makeAction(
        QStringLiteral("actionSendTest"), QStringLiteral("mail-send"), tr("Send &Test Message"),
        QKeySequence(Qt::CTRL | Qt::Key_Return),
        tr("Send a short test message to the sandbox server and watch the conversation"));
    connect(m_sendTestAction, &QAction::triggered, this, &MainWindow::sendTestMessage);
    m_saveTranscriptAction = makeAction(
        QStringLiteral("actionSaveTranscript"), QStringLiteral("document-save"),
        tr("&Save Transcript As…"), QKeySequence::Save,
        tr("Write the transcript (the lines the filters show) to a text or JSON Lines file"));
    connect(m_saveTranscriptAction, &QAction::triggered, this, &MainWindow::saveTranscriptAs);
    m_settingsAction = makeAction(QStringLiteral("actionSettings"), QStringLiteral("configure"),
                                  tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                  tr("Choose the language and how much the transcript keeps"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_quitAction
        = makeAction(QStringLiteral("actionQuit"), QStringLiteral("application-exit"), tr("&Quit"),
                     QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Postscope"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction
        = makeAction(QStringLiteral("actionCopy"), QStringLiteral("edit-copy"), tr("&Copy Lines"),
                     QKeySequence::Copy, tr("Copy the selected transcript lines as text"));
    connect(m_copyAction, &QAction::triggered, m_transcriptPane, &TranscriptPane::copySelection);
    m_findAction
        = makeAction(QStringLiteral("actionFind"), QStringLiteral("edit-find"), tr("&Find…"),
                     QKeySequence(Qt::CTRL | Qt::Key_F), tr("Find text in the transcript"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(m_transcriptPane);
        m_transcriptPane->focusFind();
    });
    m_findNextAction
        = makeAction(QStringLiteral("actionFindNext"), QStringLiteral("go-down"), tr("Find &Next"),
                     QKeySequence(Qt::Key_F3), tr("Go to the next line that matches"));
    connect(m_findNextAction, &QAction::triggered, m_transcriptPane, &TranscriptPane::findNext);
    m_findPreviousAction = makeAction(QStringLiteral("actionFindPrevious"), QStringLiteral("go-up"),
                                      tr("Find &Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
                                      tr("Go to the previous line that matches"));
    connect(m_findPreviousAction, &QAction::triggered, m_transcriptPane,
            &TranscriptPane::findPrevious);

    m_newAccountAction = makeAction(
        QStringLiteral("actionNewAccount"), QStringLiteral("list-add"), tr("&New Account…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Set up an account for a mail server"));
    connect(m_newAccountAction, &QAction::triggered, this,
            [this] { openAccountDialog(int(AccountDialog::Mode::Add)); });
    m_editAccountAction = makeAction(
        QStringLiteral("actionEditAccount"), QStringLiteral("document-edit"), tr("&Edit Account…"),
        QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change the selected account"));
    connect(m_editAccountAction, &QAction::triggered, this,
            [this] { openAccountDialog(int(AccountDialog::Mode::Edit)); });
    m_duplicateAccountAction
        = makeAction(QStringLiteral("actionDuplicateAccount"), QStringLiteral("edit-copy"),
                     tr("D&uplicate Account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                     tr("Set up a new account from a copy of the selected one"));
    connect(m_duplicateAccountAction, &QAction::triggered, this,
            [this] { openAccountDialog(int(AccountDialog::Mode::Duplicate)); });
    m_removeAccountAction
        = makeAction(QStringLiteral("actionRemoveAccount"), QStringLiteral("list-remove"),
                     tr("&Remove Account…"), QKeySequence::Delete,
                     tr("Remove the selected account and its secrets"));
    // Del removes an account only where the account list has the focus.
    m_removeAccountAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAccountAction, &QAction::triggered, this, &MainWindow::confirmRemoveAccount);
    m_connectAction = makeAction(QStringLiteral("actionConnect"), QStringLiteral("network-connect"),
                                 tr("&Connect"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                 tr("Connect to the selected account's server and see what it "
                                    "offers (no login, no mail)"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectAccount);
    m_disconnectAction
        = makeAction(QStringLiteral("actionDisconnect"), QStringLiteral("network-disconnect"),
                     tr("&Disconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                     tr("Say QUIT and close the selected account's connection"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectAccount);
    m_importAccountsAction
        = makeAction(QStringLiteral("actionImportAccounts"), QStringLiteral("document-import"),
                     tr("&Import Accounts…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                     tr("Add accounts from a JSON file exported by Postscope"));
    connect(m_importAccountsAction, &QAction::triggered, this, &MainWindow::importAccountsFromFile);
    m_exportAccountsAction
        = makeAction(QStringLiteral("actionExportAccounts"), QStringLiteral("document-export"),
                     tr("E&xport Accounts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     tr("Write your accounts to a JSON file, without passwords"));
    connect(m_exportAccountsAction, &QAction::triggered, this, &MainWindow::exportAccountsToFile);

    m_showTranscriptAction = makeAction(QStringLiteral("actionShowTranscript"), QString(),
                                        tr("&Transcript"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                        tr("Show the transcript of every session"));
    connect(m_showTranscriptAction, &QAction::triggered, this,
            [this] { showView(m_transcriptPane); });
    m_showCapabilitiesAction
        = makeAction(QStringLiteral("actionShowCapabilities"), QString(), tr("C&apabilities"),
                     QKeySequence(Qt::CTRL | Qt::Key_2),
                     tr("Show what the selected account's server offers, before and after TLS"));
    connect(m_showCapabilitiesAction, &QAction::triggered, this,
            [this] { showView(m_capabilitiesView); });
    m_showMessagesAction = makeAction(QStringLiteral("actionShowMessages"), QString(),
                                      tr("&Messages"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                      tr("Show the messages being written, with the live "
                                         "transcript of their sends"));
    connect(m_showMessagesAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_messagesPage); });
    m_timestampsAction = makeAction(QStringLiteral("actionTimestamps"), QString(),
                                    tr("Show T&imestamps"), QKeySequence(Qt::CTRL | Qt::Key_T),
                                    tr("Show the time of every line in the transcript"));
    m_timestampsAction->setCheckable(true);
    m_timestampsAction->setChecked(true);
    connect(m_timestampsAction, &QAction::toggled, m_transcriptPane,
            &TranscriptPane::setTimestamps);
    m_clearTranscriptAction
        = makeAction(QStringLiteral("actionClearTranscript"), QStringLiteral("edit-clear"),
                     tr("C&lear Transcript"), QKeySequence(Qt::CTRL | Qt::Key_L),
                     tr("Remove every line from the transcript"));
    connect(m_clearTranscriptAction, &QAction::triggered, this, &MainWindow::clearTranscript);

    m_closeComposerAction
        = makeAction(QStringLiteral("actionCloseComposer"), QStringLiteral("window-close"),
                     tr("&Close Message"), QKeySequence(Qt::CTRL | Qt::Key_W),
                     tr("Close the message being written (asks to keep it)"));
    connect(m_closeComposerAction, &QAction::triggered, this, [this] {
        if (ComposerWidget *composer = currentComposer())
            askCloseComposer(composer);
    });

    m_aboutAction
        = makeAction(QStringLiteral("actionAbout"), QStringLiteral("help-about"),
                     tr("&About Postscope"), QKeySequence(), tr("Show the version of Postscope"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = makeAction(QStringLiteral("actionAboutQt"), QString(), tr("About &Qt"),
                                 QKeySequence(), tr("Show the version of the Qt toolkit"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newMessageAction);
    file->addAction(m_sendTestAction);
    file->addSeparator();
    file->addAction(m_saveTranscriptAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_copyAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("menuAccount"));
    m_accountMenu->addAction(m_newAccountAction);
    m_accountMenu->addAction(m_editAccountAction);
    m_accountMenu->addAction(m_duplicateAccountAction);
    m_accountMenu->addAction(m_removeAccountAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_connectAction);
    m_accountMenu->addAction(m_disconnectAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_importAccountsAction);
    m_accountMenu->addAction(m_exportAccountsAction);

    // The current composer's own actions (their shortcuts work inside it).
    QMenu *messageMenu = menuBar()->addMenu(tr("&Message"));
    messageMenu->setObjectName(QStringLiteral("menuMessage"));
    connect(messageMenu, &QMenu::aboutToShow, this, [this, messageMenu] {
        messageMenu->clear();
        messageMenu->addAction(m_newMessageAction);
        if (ComposerWidget *composer = currentComposer()) {
            messageMenu->addSeparator();
            for (QAction *action : composer->composerActions())
                messageMenu->addAction(action);
        }
        messageMenu->addSeparator();
        messageMenu->addAction(m_closeComposerAction);
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_showTranscriptAction);
    m_viewMenu->addAction(m_showCapabilitiesAction);
    m_viewMenu->addAction(m_showMessagesAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_timestampsAction);
    m_viewMenu->addAction(m_clearTranscriptAction);
    m_viewMenu->addSeparator();
    // The dock and toolbar toggles are added by createAccountsDock() and createToolBar().

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newMessageAction);
    bar->addAction(m_sendTestAction);
    bar->addSeparator();
    bar->addAction(m_newAccountAction);
    bar->addAction(m_connectAction);
    bar->addAction(m_disconnectAction);
    bar->addSeparator();
    bar->addAction(m_saveTranscriptAction);
    bar->addAction(m_clearTranscriptAction);
    // Icons alone for the less frequent ones, so the bar fits a small window.
    for (QAction *action : {m_disconnectAction, m_saveTranscriptAction, m_clearTranscriptAction})
        action->setPriority(QAction::LowPriority);

    QAction *toggle = bar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowToolBar"));
    toggle->setText(tr("Show Tool&bar"));
    toggle->setStatusTip(tr("Show or hide the toolbar"));
    m_viewMenu->addAction(toggle);
}

void MainWindow::createAccountsDock()
{
    m_accountList = new QListView(this);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setModel(m_accountModel);
    m_accountList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountList->setUniformItemSizes(true);
    m_accountList->setIconSize(QSize(20, 20));
    m_accountList->setSpacing(2);
    m_accountList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_accountList->addAction(m_removeAccountAction);
    connect(m_accountList, &QListView::customContextMenuRequested, this,
            &MainWindow::showAccountMenu);
    connect(m_accountList, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(AccountListModel::BuiltInRole).toBool())
            openAccountDialog(int(AccountDialog::Mode::Edit));
    });
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateCapabilities();
    });
    // A reset (accounts added or removed) loses the selection: keep the
    // selected name, or fall back to the sandbox.
    connect(m_accountModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_accountList->setProperty("keepSelection", selectedAccountName()); });
    connect(m_accountModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectAccount(m_accountList->property("keepSelection").toString()))
            selectAccount(accounts::Account::sandboxName());
    });

    m_accountsDock = new QDockWidget(tr("Accounts"), this);
    m_accountsDock->setObjectName(QStringLiteral("accountsDock"));
    m_accountsDock->setWidget(m_accountList);
    m_accountsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_accountsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_accountsDock);
    QAction *toggle = m_accountsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowAccounts"));
    toggle->setText(tr("Show Acc&ounts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    toggle->setStatusTip(tr("Show or hide the list of accounts"));
    setToolTipWithShortcut(toggle);
    m_viewMenu->addAction(toggle);
    selectAccount(accounts::Account::sandboxName());
}

void MainWindow::createMessagesPage()
{
    // The composers as documents of their own, and below them the live
    // transcript, so that a send can be watched while writing (issue 10.1).
    m_messagesPage = new QWidget(m_tabs);
    m_messagesPage->setObjectName(QStringLiteral("messagesPage"));
    m_messageTabs
        = groupTabs(QStringLiteral("composerTabs"), tr("Messages being written"), m_messagesPage);
    m_messageTabs->setMovable(true);
    m_noMessageLabel = new QLabel(m_messagesPage);
    m_noMessageLabel->setObjectName(QStringLiteral("noMessageLabel"));
    m_noMessageLabel->setAlignment(Qt::AlignCenter);
    m_noMessageLabel->setWordWrap(true);
    m_noMessageLabel->setText(
        tr("No message is being written. File ▸ New Message (%1) starts one.")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *top = new QWidget(m_messagesPage);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_messageTabs, 1);
    topLayout->addWidget(m_noMessageLabel, 1);
    m_sendTranscript = new TranscriptPane(m_messagesPage);
    m_sendTranscript->setObjectName(QStringLiteral("sendTranscriptPane"));
    m_sendTranscript->setAccessibleName(tr("Live transcript"));
    m_sendTranscript->model()->setMaxRows(kSendTranscriptRows);
    m_sendTranscript->setTranscript(m_transcript);
    m_messagesSplit = new QSplitter(Qt::Vertical, m_messagesPage);
    m_messagesSplit->setObjectName(QStringLiteral("messagesSplitter"));
    m_messagesSplit->addWidget(top);
    m_messagesSplit->addWidget(m_sendTranscript);
    m_messagesSplit->setStretchFactor(0, 3);
    m_messagesSplit->setStretchFactor(1, 1);
    m_messagesSplit->setChildrenCollapsible(true);
    auto *layout = new QVBoxLayout(m_messagesPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messagesSplit);
    m_tabs->addTab(m_messagesPage, tr("Messages"));
    auto showEmpty = [this] {
        const bool none = m_messageTabs->count() == 0;
        m_messageTabs->setVisible(!none);
        m_noMessageLabel->setVisible(none);
    };
    connect(m_messageTabs, &QTabWidget::currentChanged, this, showEmpty);
    showEmpty();
}

void MainWindow::orderViewActions()
{
    // The views in the View menu in the order of their shortcuts, which
    // follow the tabs from left to right (Ctrl+1 … Ctrl+9, then Ctrl+0).
    QList<QPair<int, QAction *>> views;
    for (QAction *action : m_viewMenu->actions()) {
        const QKeySequence key = action->shortcut();
        if (key.count() != 1 || key[0].keyboardModifiers() != Qt::ControlModifier)
            continue;
        const Qt::Key k = key[0].key();
        if (k < Qt::Key_0 || k > Qt::Key_9)
            continue;
        views.append({k == Qt::Key_0 ? 10 : k - Qt::Key_0, action});
        m_viewMenu->removeAction(action);
    }
    std::sort(views.begin(), views.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QAction *first = m_viewMenu->actions().value(0);
    for (const auto &view : views)
        m_viewMenu->insertAction(first, view.second);
}

QWidget *MainWindow::currentView() const
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_messagesPage)
        return m_messageTabs->count() ? m_messageTabs->currentWidget() : page;
    while (auto *group = qobject_cast<QTabWidget *>(page))
        page = group->currentWidget();
    return page;
}

void MainWindow::showView(QWidget *page)
{
    // A tab's page sits in the QTabWidget's stack: walk up through every
    // group that holds it.
    for (QWidget *w = page; w && w != this; w = w->parentWidget()) {
        QWidget *stack = w->parentWidget();
        if (!stack || !qobject_cast<QStackedWidget *>(stack))
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(w);
    }
}

ComposerWidget *MainWindow::currentComposer() const
{
    if (m_tabs->currentWidget() != m_messagesPage)
        return nullptr;
    return qobject_cast<ComposerWidget *>(m_messageTabs->currentWidget());
}

void MainWindow::createStatusBar()
{
    m_sandboxLabel = new QLabel(tr("Sandbox: not running"), this);
    m_sandboxLabel->setObjectName(QStringLiteral("sandboxStatus"));
    m_sandboxLabel->setToolTip(tr("The built-in test server on this computer: mail sent to it "
                                  "stays here"));
    statusBar()->addPermanentWidget(m_sandboxLabel);
    statusBar()->showMessage(tr("Ready"), 3000);
}

QString MainWindow::selectedAccountName() const
{
    const QModelIndex index = m_accountList ? m_accountList->currentIndex() : QModelIndex();
    return index.isValid() ? index.data(AccountListModel::NameRole).toString() : QString();
}

bool MainWindow::selectAccount(const QString &name)
{
    const int row = m_accountModel->rowOf(name);
    if (row < 0)
        return false;
    m_accountList->setCurrentIndex(m_accountModel->index(row));
    return true;
}

bool MainWindow::startSandbox()
{
    return startSandbox(sandbox::SandboxConfig());
}

bool MainWindow::startSandbox(const sandbox::SandboxConfig &config)
{
    QString error;
    const bool ok = m_sandbox->start(config, &error);
    m_store->setSandboxServer(m_sandbox->server());
    if (ok) {
        m_sandboxLabel->setText(tr("Sandbox: listening on %1").arg(m_sandbox->address()));
        m_transcript->addNote(tr("Sandbox server listening on %1").arg(m_sandbox->address()));
    } else {
        m_sandboxLabel->setText(tr("Sandbox: not running"));
        m_transcript->addNote(tr("The sandbox server could not start: %1").arg(error));
        statusBar()->showMessage(tr("The sandbox server could not start: %1").arg(error));
    }
    updateActions();
    return ok;
}

void MainWindow::updateActions()
{
    const bool canSend = m_sandbox->isRunning() && !m_sandbox->isBusy();
    // In a composer, Ctrl+Return and Ctrl+S are the composer's (send, draft).
    const bool inComposer = currentComposer() != nullptr;
    m_sendTestAction->setEnabled(canSend && !inComposer);
    m_saveTranscriptAction->setEnabled(!inComposer);
    m_closeComposerAction->setEnabled(inComposer);

    const QModelIndex current = m_accountList ? m_accountList->currentIndex() : QModelIndex();
    const bool selected = current.isValid();
    const bool builtIn = current.data(AccountListModel::BuiltInRole).toBool();
    const QString name = selectedAccountName();
    const bool writable = !m_store->isReadOnly();
    const auto state = SessionHub::State(current.data(AccountListModel::StateRole).toInt());
    m_newAccountAction->setEnabled(writable);
    m_editAccountAction->setEnabled(writable && selected && !builtIn);
    m_duplicateAccountAction->setEnabled(writable && selected);
    m_removeAccountAction->setEnabled(writable && selected && !builtIn);
    m_importAccountsAction->setEnabled(writable);
    m_exportAccountsAction->setEnabled(m_store->list().size() > 1);
    const bool held = m_hub->isHeld(name);
    m_connectAction->setEnabled(selected && !held && state != SessionHub::State::Connecting
                                && (!builtIn || m_sandbox->isRunning()));
    m_disconnectAction->setEnabled(held);
    m_newMessageAction->setEnabled(selected && (!builtIn || m_sandbox->isRunning()));
}

void MainWindow::updateCapabilities()
{
    const QString name = selectedAccountName();
    const SessionHub::AccountStatus status = m_hub->status(name);
    m_capabilitiesView->setCapabilities(status.beforeTls, status.afterTls, status.server);
    if (name.isEmpty()) {
        m_capabilitiesView->setTitle({});
        return;
    }
    QString how;
    if (!status.beforeTls.isEmpty() && !status.afterTls.isEmpty())
        how = tr("before and after STARTTLS");
    else if (!status.afterTls.isEmpty())
        how = tr("over TLS from the first byte");
    else if (!status.beforeTls.isEmpty())
        how = tr("without TLS");
    m_capabilitiesView->setTitle(
        how.isEmpty() ? tr("<b>%1</b>").arg(name.toHtmlEscaped())
                      : tr("<b>%1</b>: %2, %3")
                            .arg(name.toHtmlEscaped(), status.server.toHtmlEscaped(), how));
}

void MainWindow::newMessage()
{
    const QString name = selectedAccountName();
    ComposerWidget *composer
        = openComposer(name.isEmpty() ? accounts::Account::sandboxName() : name);
    if (!composer)
        return;
    if (name.isEmpty() || name == accounts::Account::sandboxName())
        composer->setMessage(SandboxAccount::testMessage());
    composer->toEdit()->setFocus();
}

ComposerWidget *MainWindow::openComposer(const QString &name)
{
    const std::optional<accounts::Account> account = m_store->find(name);
    if (!account) {
        statusBar()->showMessage(tr("There is no account “%1”.").arg(name), 10000);
        return nullptr;
    }
    auto *composer = new ComposerWidget(*account, m_messageTabs);
    composer->setFolders(m_drafts.get(), m_outbox.get());
    // The account as it is when the send starts (the sandbox's port, edits).
    composer->setAccountResolver(
        [this](const QString &accountName) { return m_store->find(accountName); });
    // The password, or an OAuth account's access token (ui/accounts/accountlogin.h).
    composer->setAuthProvider([this](const accounts::Account &a, auto answer) {
        obtainLogin(a, m_secrets, this, answer);
    });
    const SessionHub::AccountStatus status = m_hub->status(account->name);
    if (!status.afterTls.isEmpty() || !status.beforeTls.isEmpty())
        composer->setServerCapabilities(status.afterTls.isEmpty() ? status.beforeTls
                                                                  : status.afterTls);
    composer->setStepping(m_stepModeAction && m_stepModeAction->isChecked());
    connect(composer, &ComposerWidget::sessionStarted, this,
            [this](const QString &accountName, session::SmtpSession *session) {
                m_hub->track(accountName, session);
                followSteps(session);
            });
    connect(composer, &ComposerWidget::sendFinished, this, [this](bool, const QString &summary) {
        statusBar()->showMessage(summary, 15000);
        m_outboxView->reload(); // a retry that went out left the outbox
    });
    connect(composer, &ComposerWidget::movedToOutbox, this, [this](const QString &id) {
        m_outboxView->reload();
        m_outboxView->selectId(id);
        m_outboxDock->show();
    });
    connect(composer, &ComposerWidget::titleChanged, this, [this, composer](const QString &title) {
        const int index = m_messageTabs->indexOf(composer);
        if (index >= 0)
            m_messageTabs->setTabText(index, title);
    });
    const int index = m_messageTabs->addTab(
        composer, themedIcon(QStringLiteral("mail-message-new")), composer->title());
    m_messageTabs->setTabToolTip(index, tr("A message through %1").arg(account->name));
    auto *close = new QToolButton(m_messageTabs);
    close->setObjectName(QStringLiteral("closeComposerButton"));
    close->setAutoRaise(true);
    close->setIcon(themedIcon(QStringLiteral("window-close")));
    close->setToolTip(
        tr("Close this message (%1)")
            .arg(m_closeComposerAction->shortcut().toString(QKeySequence::NativeText)));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, [this, composer] { askCloseComposer(composer); });
    m_messageTabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    m_messageTabs->setCurrentIndex(index);
    showView(composer);
    updateActions();
    return composer;
}

QList<ComposerWidget *> MainWindow::composers() const
{
    QList<ComposerWidget *> list;
    for (int i = 0; i < m_messageTabs->count(); ++i) {
        if (auto *composer = qobject_cast<ComposerWidget *>(m_messageTabs->widget(i)))
            list.append(composer);
    }
    return list;
}

void MainWindow::closeComposer(ComposerWidget *composer, bool keepDraft)
{
    if (keepDraft)
        composer->saveDraft();
    else
        composer->discardDraft();
    m_messageTabs->removeTab(m_messageTabs->indexOf(composer));
    composer->deleteLater();
    updateActions();
}

void MainWindow::askCloseComposer(ComposerWidget *composer)
{
    if (!composer->isModified() || composer->isSending()) {
        if (composer->isSending())
            composer->cancel();
        closeComposer(composer, composer->isSending());
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Close Message"),
                          tr("Keep “%1” as a draft? It comes back the next time Postscope "
                             "starts.")
                              .arg(composer->title()),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeComposerQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Save)->setText(tr("&Keep Draft"));
    box->setDefaultButton(QMessageBox::Save);
    QPointer<ComposerWidget> target(composer);
    connect(box, &QMessageBox::finished, this, [this, target](int result) {
        if (!target || result == QMessageBox::Cancel)
            return;
        closeComposer(target, result == QMessageBox::Save);
    });
    box->open();
}

int MainWindow::restoreDrafts()
{
    // At most this many tabs at start; the rest wait for the next start.
    constexpr int maxRestored = 20;
    int restored = 0;
    for (const send::StoredMessage &draft : m_drafts->list()) {
        if (restored == maxRestored)
            break;
        const QString account
            = m_store->find(draft.account) ? draft.account : accounts::Account::sandboxName();
        ComposerWidget *composer = openComposer(account);
        if (!composer)
            continue;
        composer->setMessage(draft.spec);
        composer->setDraftId(draft.id);
        ++restored;
    }
    return restored;
}

bool MainWindow::retryOutboxEntry(const send::StoredMessage &entry, QString *error)
{
    ComposerWidget *composer = openComposer(entry.account);
    if (!composer) {
        if (error)
            *error = tr("There is no account “%1” any more; open the message and choose another.")
                         .arg(entry.account);
        return false;
    }
    if (!composer->sendStored(entry, error)) {
        closeComposer(composer, false);
        return false;
    }
    return true;
}

void MainWindow::createOutboxDock()
{
    m_outboxView = new OutboxView(m_outbox.get(), this);
    connect(m_outboxView, &OutboxView::retryRequested, this,
            [this](const send::StoredMessage &entry) {
                QString error;
                if (!retryOutboxEntry(entry, &error))
                    statusBar()->showMessage(tr("Could not send it again: %1").arg(error), 15000);
            });
    connect(m_outboxView, &OutboxView::openRequested, this,
            [this](const send::StoredMessage &entry) {
                if (ComposerWidget *composer = openComposer(entry.account)) {
                    composer->setMessage(entry.spec);
                    composer->setOutboxId(entry.id);
                }
            });
    m_outboxDock = new QDockWidget(tr("Outbox"), this);
    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outboxView);
    m_outboxDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    QAction *toggle = m_outboxDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowOutbox"));
    toggle->setText(tr("Show Out&box"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggle->setStatusTip(tr("Show the messages that could not be sent"));
    setToolTipWithShortcut(toggle);
    m_viewMenu->addAction(toggle);
    // In sight only when something waits there.
    m_outboxDock->setVisible(m_outboxView->count() > 0);
}

void MainWindow::sendTestMessage()
{
    QString error;
    if (m_sandbox->send(SandboxAccount::testMessage(), &error))
        statusBar()->showMessage(tr("Sending a test message to %1…").arg(m_sandbox->address()));
    else
        statusBar()->showMessage(error, 10000);
}

void MainWindow::openAccountDialog(int modeValue)
{
    const auto mode = AccountDialog::Mode(modeValue);
    accounts::Account account;
    if (mode != AccountDialog::Mode::Add) {
        const std::optional<accounts::Account> found = m_store->find(selectedAccountName());
        if (!found)
            return;
        account = *found;
    }
    auto *dialog = new AccountDialog(mode, account, m_store, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A sign-in or sign-out changes what the list says of an OAuth account.
    connect(dialog, &QDialog::finished, m_accountModel, &AccountListModel::refreshTokenStates);
    connect(dialog, &AccountDialog::saved, this,
            [this](const QString &name, const QString &message) {
                selectAccount(name);
                statusBar()->showMessage(message, 10000);
            });
    // Not modal for the whole app: the transcript keeps running behind it.
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::confirmRemoveAccount()
{
    const QString name = selectedAccountName();
    const std::optional<accounts::Account> account = m_store->find(name);
    if (!account || account->builtIn)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Account"),
        tr("Remove the account “%1” and its password from the keychain?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        QString error;
        if (!removeAccount(name, &error))
            statusBar()->showMessage(error, 10000);
    });
    box->open();
}

bool MainWindow::removeAccount(const QString &name, QString *error)
{
    if (!m_store->remove(name, error))
        return false;
    m_hub->forget(name);
    QPointer<MainWindow> self(this);
    m_secrets->removeAll(name, [self, name](const accounts::SecretResult &result) {
        if (!self)
            return;
        if (result.ok())
            self->statusBar()->showMessage(tr("Removed the account “%1”.").arg(name), 10000);
        else
            self->statusBar()->showMessage(
                tr("Removed the account “%1”; its secrets could not be removed from the "
                   "keychain: %2")
                    .arg(name, result.errorText),
                15000);
    });
    return true;
}

void MainWindow::connectAccount()
{
    const std::optional<accounts::Account> account = m_store->find(selectedAccountName());
    if (!account)
        return;
    QString error;
    if (!m_hub->connectAccount(*account, &error)) {
        statusBar()->showMessage(tr("Could not connect: %1").arg(error), 10000);
        return;
    }
    showView(m_transcriptPane);
    updateActions();
}

void MainWindow::disconnectAccount()
{
    m_hub->disconnectAccount(selectedAccountName());
}

bool MainWindow::exportAccounts(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The JSON form never holds a secret (AccountStore::exportJson).
    file.write(m_store->exportJson().toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::importAccounts(const QString &path, accounts::AccountStore::ImportMode mode,
                                int *count, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    // Bounded before it is parsed; the store refuses more than this too.
    const QByteArray json = file.read(accounts::AccountStore::maxImportBytes + 1);
    return m_store->importJson(json, mode, count, error);
}

void MainWindow::importAccountsFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Accounts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Postscope accounts (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Import Accounts"),
                    tr("An account in the file may have the name of one you have. "
                       "Replace yours with those from the file, or import only new ones?"),
                    QMessageBox::Cancel, this);
    QPushButton *addOnly = box.addButton(tr("Only &New Accounts"), QMessageBox::AcceptRole);
    QPushButton *replace = box.addButton(tr("&Replace Same Names"), QMessageBox::DestructiveRole);
    box.setDefaultButton(addOnly);
    box.exec();
    if (box.clickedButton() != addOnly && box.clickedButton() != replace)
        return;
    int count = 0;
    QString error;
    const auto mode = box.clickedButton() == replace ? accounts::AccountStore::ImportMode::Replace
                                                     : accounts::AccountStore::ImportMode::AddOnly;
    if (importAccounts(path, mode, &count, &error))
        statusBar()->showMessage(tr("Imported %n account(s).", nullptr, count), 10000);
    else
        QMessageBox::warning(this, tr("Import Accounts"),
                             tr("Nothing was imported: %1").arg(error));
}

void MainWindow::exportAccountsToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Accounts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/postscope-accounts.json"),
        tr("Postscope accounts (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportAccounts(path, &error))
        statusBar()->showMessage(tr("Accounts exported to %1 (without passwords).").arg(path),
                                 10000);
    else
        QMessageBox::warning(this, tr("Export Accounts"), error);
}

void MainWindow::showAccountMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_connectAction);
    menu.addAction(m_disconnectAction);
    menu.addSeparator();
    menu.addAction(m_newAccountAction);
    menu.addAction(m_editAccountAction);
    menu.addAction(m_duplicateAccountAction);
    menu.addAction(m_removeAccountAction);
    menu.addSeparator();
    menu.addAction(m_importAccountsAction);
    menu.addAction(m_exportAccountsAction);
    menu.exec(m_accountList->viewport()->mapToGlobal(position));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size, centred on the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1180, available.width() - 60), qMin(740, available.height() - 60));
        move(available.center() - rect().center());
    }
    if (m_accountsDock && !restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_accountsDock}, {260}, Qt::Horizontal);
    m_timestampsAction->setChecked(settings.value(settingskeys::timestamps, true).toBool());
    m_transcriptPane->model()->setMaxRows(
        settings.value(settingskeys::transcriptMaxLines, TranscriptModel::defaultMaxRows).toInt());
    for (auto [tabs, key] : {std::pair {m_tabs, kTabKey}, std::pair {m_serverTabs, kServerTabKey},
                             std::pair {m_sandboxTabs, kSandboxTabKey}})
        tabs->setCurrentIndex(qBound(0, settings.value(key, 0).toInt(), tabs->count() - 1));
    const QByteArray split = settings.value(kMessagesSplitKey).toByteArray();
    if (split.isEmpty() || !m_messagesSplit->restoreState(split))
        m_messagesSplit->setSizes({540, 200});
    if (m_accountList) {
        const QString account = settings.value(kSelectedAccountKey).toString();
        if (account.isEmpty() || !selectAccount(account))
            selectAccount(accounts::Account::sandboxName());
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(settingskeys::timestamps, m_timestampsAction->isChecked());
    settings.setValue(kTabKey, m_tabs->currentIndex());
    settings.setValue(kServerTabKey, m_serverTabs->currentIndex());
    settings.setValue(kSandboxTabKey, m_sandboxTabs->currentIndex());
    settings.setValue(kMessagesSplitKey, m_messagesSplit->saveState());
    settings.setValue(kSelectedAccountKey, selectedAccountName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Messages being written come back at the next start.
    for (ComposerWidget *composer : composers()) {
        if (composer->isModified())
            composer->saveDraft();
    }
    writeSettings();
    event->accept();
}

bool MainWindow::saveTranscript(const QString &path, TranscriptPane::Format format, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_transcriptPane->write(&file, format);
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MainWindow::saveTranscriptAs()
{
    const QString textFilter = tr("Text files (*.txt)");
    const QString jsonFilter = tr("JSON Lines (*.jsonl)");
    QString selected = textFilter;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Transcript"), dir + QStringLiteral("/transcript.txt"),
        QStringList {textFilter, jsonFilter}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const auto format = selected == jsonFilter || path.endsWith(QStringLiteral(".jsonl"))
        ? TranscriptPane::Format::JsonLines
        : TranscriptPane::Format::Text;
    QString error;
    if (saveTranscript(path, format, &error))
        statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Save Transcript"), error);
}

void MainWindow::clearTranscript()
{
    m_transcriptPane->clear();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::transcriptLinesChanged, this,
            [this](int lines) { m_transcriptPane->model()->setMaxRows(lines); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Postscope"),
        tr("<h3>Postscope %1</h3>"
           "<p>A workbench for SMTP: send test mail, watch every line of the conversation "
           "and what the server can do, and learn SMTP by doing it.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace postscope::ui
