#pragma once
// The main window: the accounts on the left (the built-in sandbox first,
// each with its state), and for them the live transcript of every session
// and what the selected account's server offers, as tabs. The tabs are
// grouped so that all of them fit a 1280x800 window: Transcript, Server
// (Capabilities | Certificate | Probe), Addresses, Console, Lessons, Sandbox
// (Inbox | Settings) and Messages (one inner tab per composer, the live
// transcript below it). Ctrl+1 … Ctrl+9, Ctrl+0 follow that order. The sandbox
// server's state is in the status bar. It never talks to the network
// itself: core's sessions do, the SessionHub follows them.

#include "accounts/accountstore.h"
#include "send/messagefolder.h"
#include "transcript/transcriptpane.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;

namespace postscope::transcript {
class Transcript;
}
namespace postscope::sandbox {
struct SandboxConfig;
}
namespace postscope::session {
class SmtpSession;
}
namespace postscope::accounts {
class SecretStore;
}
namespace postscope::send {
class MessageFolder;
}

namespace postscope::ui {

class AccountDialog;
class CompareDialog;
class ConsolePane;
class LessonBrowser;
class StepPanel;
class AccountListModel;
class CapabilitiesView;
class ComposerWidget;
class OutboxView;
class DiagnosticsTabs;
class SandboxAccount;
class SessionHub;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window's own transcript keeps (core's model; exports come
    // from it): the newest entries up to these bounds. The view keeps fewer
    // (Settings), see TranscriptModel.
    static constexpr int transcriptMaxEntries = 500000;
    static constexpr qint64 transcriptMaxBytes = qint64(64) << 20;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    transcript::Transcript *transcript() const { return m_transcript; }
    TranscriptPane *transcriptPane() const { return m_transcriptPane; }
    CapabilitiesView *capabilitiesView() const { return m_capabilitiesView; }
    SandboxAccount *sandboxAccount() const { return m_sandbox; }
    accounts::AccountStore *accountStore() const { return m_store; }
    accounts::SecretStore *secretStore() const { return m_secrets; }
    SessionHub *sessionHub() const { return m_hub; }
    QListView *accountList() const { return m_accountList; }
    QTabWidget *viewTabs() const { return m_tabs; }
    // The group tabs inside viewTabs(): the server's views, the sandbox's,
    // and the composers (Messages, with the live transcript of the sends).
    QTabWidget *serverTabs() const { return m_serverTabs; }
    QTabWidget *sandboxTabs() const { return m_sandboxTabs; }
    QTabWidget *messageTabs() const { return m_messageTabs; }
    TranscriptPane *sendTranscriptPane() const { return m_sendTranscript; }
    // The page in sight, inside its group (the certificate view, a composer…).
    QWidget *currentView() const;
    // Brings a page forward, through the group tabs that hold it.
    void showView(QWidget *page);
    // The composer in sight, if any.
    ComposerWidget *currentComposer() const;
    // Teaching (issue 11, mainwindow_teaching.cpp): the console, the lessons,
    // exporting a finished session, comparing two transcript files.
    ConsolePane *consolePane() const { return m_consolePane; }
    LessonBrowser *lessonBrowser() const { return m_lessonBrowser; }
    // The sessions in the window's transcript ("sandbox #1", ...), oldest first.
    QStringList transcriptSessions() const;
    // Writes that session as a script (core's exporter) to path.
    bool exportSession(const QString &session, const QString &format, const QString &path,
                       QString *error);
    CompareDialog *openCompareDialog();
    StepPanel *stepPanel() const { return m_stepPanel; }
    OutboxView *outboxView() const { return m_outboxView; }
    send::MessageFolder *draftFolder() const { return m_drafts.get(); }
    send::MessageFolder *outboxFolder() const { return m_outbox.get(); }

    // A composer tab for the account (nullptr when there is no such account).
    ComposerWidget *openComposer(const QString &account);
    QList<ComposerWidget *> composers() const;
    // Closes a composer tab; keepDraft false removes its draft too.
    void closeComposer(ComposerWidget *composer, bool keepDraft);
    // Opens a composer for every draft left by a previous run (a crash, or
    // a tab closed with "keep"); returns how many.
    int restoreDrafts();
    // Sends an outbox entry again in a composer of its account.
    bool retryOutboxEntry(const send::StoredMessage &entry, QString *error);
    // The server probe, certificate, address probe and sandbox inbox/settings tabs.
    DiagnosticsTabs *diagnostics() const { return m_diagnostics; }

    // Starts the built-in sandbox server, the default account, on 127.0.0.1
    // (an ephemeral port). The config names folders (tests); by default the
    // app data folder holds its mail and certificate.
    bool startSandbox();
    bool startSandbox(const sandbox::SandboxConfig &config);

    QString selectedAccountName() const;
    bool selectAccount(const QString &name);

    // The steps behind the actions, after their file dialogs.
    bool saveTranscript(const QString &path, TranscriptPane::Format format, QString *error);
    bool exportAccounts(const QString &path, QString *error);
    bool importAccounts(const QString &path, accounts::AccountStore::ImportMode mode, int *count,
                        QString *error);
    // Removes the account and its secrets (the action asks first).
    bool removeAccount(const QString &name, QString *error);

    // Restores geometry, dock/toolbar state and view settings of a previous run.
    void readSettings();
    void writeSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createAccountsDock();
    void createStatusBar();
    QAction *makeAction(const QString &name, const QString &icon, const QString &text,
                        const QKeySequence &shortcut, const QString &statusTip);

    void updateActions();
    void updateCapabilities();
    void newMessage();
    void createOutboxDock();
    void askCloseComposer(ComposerWidget *composer);
    void sendTestMessage();
    void saveTranscriptAs();
    void clearTranscript();
    void openSettings();
    void openAccountDialog(int mode);
    void confirmRemoveAccount();
    void connectAccount();
    void disconnectAccount();
    void importAccountsFromFile();
    void exportAccountsToFile();
    void showAccountMenu(const QPoint &position);
    void about();
    void createTeachingViews();
    void createMessagesPage();
    void orderViewActions();
    void createTeachingActions();
    // Step mode: the step dock follows a session opened with stepping.
    void followSteps(session::SmtpSession *session);
    void exportSessionAs();

    std::unique_ptr<QSettings> m_settings;
    transcript::Transcript *m_transcript = nullptr;
    SessionHub *m_hub = nullptr;
    accounts::AccountStore *m_store = nullptr;
    accounts::SecretStore *m_secrets = nullptr;
    AccountListModel *m_accountModel = nullptr;
    SandboxAccount *m_sandbox = nullptr;

    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_serverTabs = nullptr;
    QTabWidget *m_sandboxTabs = nullptr;
    QTabWidget *m_messageTabs = nullptr;
    QWidget *m_messagesPage = nullptr;
    QSplitter *m_messagesSplit = nullptr;
    QLabel *m_noMessageLabel = nullptr;
    TranscriptPane *m_sendTranscript = nullptr;
    QAction *m_showMessagesAction = nullptr;
    TranscriptPane *m_transcriptPane = nullptr;
    CapabilitiesView *m_capabilitiesView = nullptr;
    QDockWidget *m_accountsDock = nullptr;
    QListView *m_accountList = nullptr;
    QLabel *m_sandboxLabel = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    std::unique_ptr<send::MessageFolder> m_drafts;
    std::unique_ptr<send::MessageFolder> m_outbox;
    OutboxView *m_outboxView = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    DiagnosticsTabs *m_diagnostics = nullptr;

    QAction *m_newMessageAction = nullptr;
    QAction *m_sendTestAction = nullptr;
    QAction *m_saveTranscriptAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_newAccountAction = nullptr;
    QAction *m_editAccountAction = nullptr;
    QAction *m_duplicateAccountAction = nullptr;
    QAction *m_removeAccountAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_importAccountsAction = nullptr;
    QAction *m_exportAccountsAction = nullptr;
    QAction *m_showTranscriptAction = nullptr;
    QAction *m_showCapabilitiesAction = nullptr;
    QAction *m_timestampsAction = nullptr;
    QAction *m_clearTranscriptAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    ConsolePane *m_consolePane = nullptr;
    LessonBrowser *m_lessonBrowser = nullptr;
    QAction *m_showConsoleAction = nullptr;
    QAction *m_showLessonsAction = nullptr;
    QAction *m_exportSessionAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_stepModeAction = nullptr;
    StepPanel *m_stepPanel = nullptr;
    QDockWidget *m_stepDock = nullptr;
    QAction *m_closeComposerAction = nullptr;
};

} // namespace postscope::ui
