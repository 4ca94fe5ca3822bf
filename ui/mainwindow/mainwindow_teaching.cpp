// The main window's teaching views (issue 11), apart from mainwindow.cpp so
// that its hunks there stay two lines: the console and lesson tabs, File >
// Export Session As…, Tools > Compare Transcripts…, and their shortcuts.
#include "mainwindow.h"

#include "compare/comparedialog.h"
#include "composer/composerwidget.h"
#include "console/consolepane.h"
#include "console/steppanel.h"
#include "lessons/lessonbrowser.h"
#include "sandbox/sandboxaccount.h"
#include "sessions/sessionhub.h"
#include "transcript/conversation.h"
#include "transcript/exporter.h"
#include "transcript/transcript.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>

namespace postscope::ui {

void MainWindow::createTeachingViews()
{
    m_consolePane = new ConsolePane(m_tabs);
    m_lessonBrowser = new LessonBrowser(m_tabs);
    m_tabs->addTab(m_consolePane, tr("Console"));
    m_tabs->addTab(m_lessonBrowser, tr("Lessons"));
    // The console talks to the selected account; its options are asked for
    // when it opens (the sandbox's port is known once it runs).
    m_consolePane->setOptionsProvider(
        [this](QString *why) -> std::optional<session::SessionOptions> {
            const QString name = selectedAccountName();
            const std::optional<accounts::Account> account = m_store->find(name);
            if (!account) {
                *why = tr("Select an account first.");
                return std::nullopt;
            }
            return account->sessionOptions(why);
        });
    connect(
        m_consolePane, &ConsolePane::sessionStarted, this,
        [this](session::SmtpSession *session) { m_hub->track(selectedAccountName(), session); });
    // Step mode: the sends of the test message and of every composer, through
    // any account, wait at the session's step gate, and this dock walks them.
    m_stepPanel = new StepPanel(this);
    m_stepDock = new QDockWidget(tr("Step Mode"), this);
    m_stepDock->setObjectName(QStringLiteral("stepDock"));
    m_stepDock->setWidget(m_stepPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_stepDock);
    m_stepDock->hide();
    connect(m_sandbox, &SandboxAccount::sessionStarted, this, &MainWindow::followSteps);
    connect(m_lessonBrowser, &LessonBrowser::sessionStarted, this,
            [this](session::SmtpSession *session) { m_hub->track(tr("lesson"), session); });
}

void MainWindow::followSteps(session::SmtpSession *session)
{
    if (!session->isStepping())
        return;
    m_stepPanel->follow(session);
    m_stepDock->show();
    m_stepDock->raise();
}

void MainWindow::createTeachingActions()
{
    m_showConsoleAction
        = makeAction(QStringLiteral("actionShowConsole"), QString(), tr("C&onsole"),
                     QKeySequence(Qt::CTRL | Qt::Key_6),
                     tr("Type SMTP to the selected account, every reply explained"));
    connect(m_showConsoleAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_consolePane);
        m_consolePane->commandLine()->setFocus();
    });
    m_showLessonsAction
        = makeAction(QStringLiteral("actionShowLessons"), QString(), tr("&Lessons"),
                     QKeySequence(Qt::CTRL | Qt::Key_7), tr("Learn SMTP by doing it"));
    connect(m_showLessonsAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_lessonBrowser); });
    m_exportSessionAction
        = makeAction(QStringLiteral("actionExportSession"), QStringLiteral("document-export"),
                     tr("E&xport Session As…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                     tr("Write a finished session as a Python smtplib script, a swaks command or "
                        "postscope-cli commands"));
    connect(m_exportSessionAction, &QAction::triggered, this, &MainWindow::exportSessionAs);
    m_compareAction = makeAction(
        QStringLiteral("actionCompareTranscripts"), QString(), tr("&Compare Transcripts…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
        tr("Show two transcript files side by side, with what changes from run to run masked"));
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompareDialog(); });

    m_stepModeAction = makeAction(
        QStringLiteral("actionStepMode"), QString(), tr("&Step Mode"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
        tr("Send one command at a time: what goes out and why before each, what came back "
           "after it"));
    m_stepModeAction->setCheckable(true);
    connect(m_stepModeAction, &QAction::toggled, this, [this](bool on) {
        m_sandbox->setStepping(on);
        for (ComposerWidget *composer : composers())
            composer->setStepping(on);
        m_stepDock->setVisible(on);
    });

    // Menus: File gets the export after Save Transcript; View the two tabs;
    // a Tools menu before Help.
    if (auto *file = menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(m_saveTranscriptAction);
        file->insertAction(actions.value(at + 1), m_exportSessionAction);
    }
    if (m_viewMenu) {
        const QList<QAction *> actions = m_viewMenu->actions();
        const qsizetype at = actions.indexOf(m_showCapabilitiesAction);
        m_viewMenu->insertAction(actions.value(at + 1), m_showConsoleAction);
        m_viewMenu->insertAction(actions.value(at + 1), m_showLessonsAction);
    }
    auto *tools = new QMenu(tr("&Tools"), menuBar());
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_compareAction);
    tools->addAction(m_stepModeAction);
    auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, tools);
}

QStringList MainWindow::transcriptSessions() const
{
    QStringList sessions;
    for (const transcript::Entry &e : m_transcript->entries()) {
        if (!e.session.isEmpty() && !sessions.contains(e.session))
            sessions.append(e.session);
    }
    return sessions;
}

bool MainWindow::exportSession(const QString &session, const QString &format, const QString &path,
                               QString *error)
{
    transcript::ExportOptions options;
    if (!transcript::parseExportFormat(format, &options.format)) {
        *error = tr("Unknown export format “%1”.").arg(format);
        return false;
    }
    QList<transcript::Entry> entries;
    for (const transcript::Entry &e : m_transcript->entries()) {
        if (e.session == session)
            entries.append(e);
    }
    if (entries.isEmpty()) {
        *error = tr("The transcript holds no session “%1”.").arg(session);
        return false;
    }
    options.transcriptName = session;
    // A session with the sandbox trusts the sandbox's own certificate, as
    // the window did (SandboxAccount::sessionOptions).
    if (session.startsWith(accounts::Account::sandboxName()) && m_sandbox->server()
        && m_sandbox->server()->certificate().isValid())
        options.caFile = m_sandbox->server()->certificate().certificatePath;
    const transcript::ExportResult result
        = transcript::exportConversation(transcript::buildConversation(entries), options);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text) != result.text.size()
        || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (options.format != transcript::ExportOptions::Format::Swaks)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    if (!result.warnings.isEmpty())
        statusBar()->showMessage(result.warnings.join(QLatin1Char(' ')), 15000);
    return true;
}

void MainWindow::exportSessionAs()
{
    const QStringList sessions = transcriptSessions();
    if (sessions.isEmpty()) {
        QMessageBox::information(this, tr("Export Session"),
                                 tr("No session has been recorded yet."));
        return;
    }
    bool ok = false;
    const QString session = QInputDialog::getItem(this, tr("Export Session"), tr("&Session:"),
                                                  sessions, int(sessions.size()) - 1, false, &ok);
    if (!ok)
        return;
    const QStringList formats {tr("Python smtplib script"), tr("swaks command line"),
                               tr("postscope-cli commands")};
    const QString chosen
        = QInputDialog::getItem(this, tr("Export Session"), tr("&As:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = formats.indexOf(chosen);
    const QString format
        = QStringList {QStringLiteral("smtplib"), QStringLiteral("swaks"), QStringLiteral("cli")}
              .value(index);
    const QString suffix = index == 0 ? QStringLiteral(".py") : QStringLiteral(".sh");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Session"),
        QString(session).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('#'))
            + suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSession(session, format, path, &error))
        QMessageBox::warning(this, tr("Export Session"), error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 10000);
}

CompareDialog *MainWindow::openCompareDialog()
{
    auto *dialog = new CompareDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace postscope::ui
