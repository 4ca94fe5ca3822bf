#pragma once
// The main window: the live transcript in the middle, what the server can do
// in a dock, the built-in sandbox server's state in the status bar. Feature
// views dock into it; it never talks to the network itself (core does).

#include <QMainWindow>

class QAction;
class QLabel;
class QDockWidget;

namespace postscope::transcript { class Transcript; }
namespace postscope::sandbox { struct SandboxConfig; }

namespace postscope::ui {

class CapabilitiesView;
class SandboxAccount;
class TranscriptView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    transcript::Transcript *transcript() const { return m_transcript; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    CapabilitiesView *capabilitiesView() const { return m_capabilitiesView; }
    SandboxAccount *sandboxAccount() const { return m_account; }

    // Starts the built-in sandbox server, the default account, on 127.0.0.1
    // (an ephemeral port). The config names folders (tests); by default the
    // app data folder holds its mail and certificate.
    bool startSandbox();
    bool startSandbox(const sandbox::SandboxConfig &config);

    // Restores geometry and dock/toolbar state saved by a previous run.
    void readSettings();
    void writeSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();

    void updateSendActions();
    void newMessage();
    void sendTestMessage();
    void saveTranscriptAs();
    void clearTranscript();
    void about();

    transcript::Transcript *m_transcript = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    CapabilitiesView *m_capabilitiesView = nullptr;
    QDockWidget *m_capabilitiesDock = nullptr;
    QLabel *m_sandboxLabel = nullptr;
    SandboxAccount *m_account = nullptr;

    QAction *m_newMessageAction = nullptr;
    QAction *m_sendTestAction = nullptr;

    QAction *m_saveTranscriptAction = nullptr;
    QAction *m_clearTranscriptAction = nullptr;
    QAction *m_timestampsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace postscope::ui
