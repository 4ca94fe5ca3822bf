#include "mainwindow.h"

#include "capabilities/capabilitiesview.h"
#include "common/appsetup.h"
#include "composer/messagedialog.h"
#include "sandbox/sandboxaccount.h"
#include "transcript/transcriptview.h"
#include "transcript/transcript.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace postscope::ui {

namespace {

const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kTimestampsKey = QStringLiteral("Transcript/timestamps");

// A theme icon where the desktop has one, else the one shipped in resources/icons.
QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_transcript(new transcript::Transcript(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/postscope.svg")));
    setDockNestingEnabled(true);

    m_transcriptView = new TranscriptView(this);
    m_transcriptView->setTranscript(m_transcript);
    setCentralWidget(m_transcriptView);
    m_account = new SandboxAccount(m_transcript, this);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    readSettings();

    connect(m_account, &SandboxAccount::busyChanged, this, &MainWindow::updateSendActions);
    connect(m_account, &SandboxAccount::capabilitiesChanged, this,
            [this](const protocol::Capabilities &capabilities) {
                m_capabilitiesView->setCapabilities(capabilities, m_account->address());
            });
    connect(m_account, &SandboxAccount::sendFinished, this, [this](bool, const QString &summary) {
        statusBar()->showMessage(summary, 10000);
    });
    updateSendActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newMessageAction = new QAction(themedIcon(QStringLiteral("mail-message-new")),
                                     tr("&New Message…"), this);
    m_newMessageAction->setObjectName(QStringLiteral("actionNewMessage"));
    m_newMessageAction->setShortcut(QKeySequence::New);
    m_newMessageAction->setStatusTip(tr("Write a message and send it to the sandbox server"));
    connect(m_newMessageAction, &QAction::triggered, this, &MainWindow::newMessage);

    m_sendTestAction = new QAction(themedIcon(QStringLiteral("mail-send")),
                                   tr("Send &Test Message"), this);
    m_sendTestAction->setObjectName(QStringLiteral("actionSendTest"));
    m_sendTestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendTestAction->setStatusTip(tr("Send a short test message to the sandbox server and "
                                      "watch the conversation"));
    connect(m_sendTestAction, &QAction::triggered, this, &MainWindow::sendTestMessage);

    m_saveTranscriptAction = new QAction(themedIcon(QStringLiteral("document-save")),
                                         tr("&Save Transcript As…"), this);
    m_saveTranscriptAction->setObjectName(QStringLiteral("actionSaveTranscript"));
    m_saveTranscriptAction->setShortcut(QKeySequence::Save);
    m_saveTranscriptAction->setStatusTip(tr("Write the transcript to a text file"));
    connect(m_saveTranscriptAction, &QAction::triggered, this, &MainWindow::saveTranscriptAs);

    m_clearTranscriptAction = new QAction(themedIcon(QStringLiteral("edit-clear")),
                                          tr("&Clear Transcript"), this);
    m_clearTranscriptAction->setObjectName(QStringLiteral("actionClearTranscript"));
    m_clearTranscriptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearTranscriptAction->setStatusTip(tr("Remove every line from the transcript"));
    connect(m_clearTranscriptAction, &QAction::triggered, this, &MainWindow::clearTranscript);

    m_timestampsAction = new QAction(tr("Show &Timestamps"), this);
    m_timestampsAction->setObjectName(QStringLiteral("actionTimestamps"));
    m_timestampsAction->setCheckable(true);
    m_timestampsAction->setChecked(true);
    m_timestampsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_timestampsAction->setStatusTip(tr("Show the time of every line in the transcript"));
    connect(m_timestampsAction, &QAction::toggled, m_transcriptView, &TranscriptView::setTimestamps);

    m_quitAction = new QAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Quit Postscope"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(themedIcon(QStringLiteral("help-about")), tr("&About Postscope"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version of Postscope"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("Show the version of the Qt toolkit"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Tooltips name the shortcut, so that people learn them.
    for (QAction *action : {m_newMessageAction, m_sendTestAction, m_saveTranscriptAction,
                            m_clearTranscriptAction, m_quitAction}) {
        action->setToolTip(tr("%1 (%2)").arg(action->statusTip(),
                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
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
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_timestampsAction);
    view->addAction(m_clearTranscriptAction);
    view->addSeparator();
    // The dock and toolbar toggles are added by createDocks() and createToolBar().

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
    bar->addAction(m_saveTranscriptAction);
    bar->addAction(m_clearTranscriptAction);

    QAction *toggle = bar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowToolBar"));
    toggle->setText(tr("Show &Toolbar"));
    toggle->setStatusTip(tr("Show or hide the toolbar"));
    menuBar()->findChild<QMenu *>(QStringLiteral("menuView"))->addAction(toggle);
}

void MainWindow::createDocks()
{
    m_capabilitiesView = new CapabilitiesView(this);
    m_capabilitiesDock = new QDockWidget(tr("Capabilities"), this);
    m_capabilitiesDock->setObjectName(QStringLiteral("capabilitiesDock"));
    m_capabilitiesDock->setWidget(m_capabilitiesView);
    m_capabilitiesDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea
                                        | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_capabilitiesDock);

    QAction *toggle = m_capabilitiesDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowCapabilities"));
    toggle->setText(tr("Show &Capabilities"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    toggle->setStatusTip(tr("Show or hide what the server can do"));
    menuBar()->findChild<QMenu *>(QStringLiteral("menuView"))->addAction(toggle);
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

bool MainWindow::startSandbox()
{
    return startSandbox(sandbox::SandboxConfig());
}

bool MainWindow::startSandbox(const sandbox::SandboxConfig &config)
{
    QString error;
    const bool ok = m_account->start(config, &error);
    if (ok) {
        m_sandboxLabel->setText(tr("Sandbox: listening on %1").arg(m_account->address()));
        m_transcript->addNote(tr("Sandbox server listening on %1").arg(m_account->address()));
    } else {
        m_sandboxLabel->setText(tr("Sandbox: not running"));
        m_transcript->addNote(tr("The sandbox server could not start: %1").arg(error));
        statusBar()->showMessage(tr("The sandbox server could not start: %1").arg(error));
    }
    updateSendActions();
    return ok;
}

void MainWindow::updateSendActions()
{
    const bool canSend = m_account->isRunning() && !m_account->isBusy();
    m_newMessageAction->setEnabled(canSend);
    m_sendTestAction->setEnabled(canSend);
}

void MainWindow::newMessage()
{
    MessageDialog dialog(SandboxAccount::testMessage(), tr("sandbox (%1)").arg(m_account->address()),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_account->send(dialog.message(), &error))
        QMessageBox::warning(this, tr("New Message"), error);
}

void MainWindow::sendTestMessage()
{
    QString error;
    if (m_account->send(SandboxAccount::testMessage(), &error))
        statusBar()->showMessage(tr("Sending a test message to %1…").arg(m_account->address()));
    else
        statusBar()->showMessage(error, 10000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size, centred on the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1100, available.width() - 80), qMin(720, available.height() - 80));
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_capabilitiesDock}, {qMax(360, width() * 2 / 5)}, Qt::Horizontal);
    m_timestampsAction->setChecked(settings.value(kTimestampsKey, true).toBool());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTimestampsKey, m_timestampsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::saveTranscriptAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Transcript"), dir + QStringLiteral("/transcript.txt"),
        tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Save Transcript"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    // The writer shows redacted forms only: no secret reaches the file.
    file.write(transcript::toText(m_transcript->entries(), m_timestampsAction->isChecked()));
    statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 5000);
}

void MainWindow::clearTranscript()
{
    m_transcript->clear();
    m_transcriptView->clearView();
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
