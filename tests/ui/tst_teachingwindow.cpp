// The window's teaching parts (issue 11) in the real main window,
// offscreen: the Console and Lessons tabs with their shortcuts, a console to
// the selected account (the sandbox) whose 250 to EHLO is explained, File >
// Export Session As... writing a finished session as a script that runs
// (Debian's python3 against the same sandbox), and Tools > Compare
// Transcripts... showing two recordings side by side with their difference.
#include "accounts/accountstore.h"
#include "compare/comparedialog.h"
#include "composer/composerwidget.h"
#include "console/consolepane.h"
#include "console/statediagram.h"
#include "console/steppanel.h"
#include "lessons/lessonbrowser.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;

class TestTeachingWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tabsMenusAndShortcuts();
    void consoleToTheSelectedAccount();
    void exportedSessionRuns();
    void compareShowsADifference();
    void stepModeWalksASend();
    void stepModeThroughAnyAccount();

private:
    sandbox::SandboxConfig sandboxConfig(const QString &name) const;
    static int delivered(const QString &maildir);
    QTemporaryDir m_dir;
};

void TestTeachingWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teachingwindow"));
    QSettings().clear();
}

sandbox::SandboxConfig TestTeachingWindow::sandboxConfig(const QString &name) const
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(name + QStringLiteral("/maildir"));
    config.certificateFolder = m_dir.filePath(QStringLiteral("certificate"));
    return config;
}

int TestTeachingWindow::delivered(const QString &maildir)
{
    int n = 0;
    QDirIterator it(maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(QStringLiteral("/new/")))
            ++n;
    }
    return n;
}

void TestTeachingWindow::tabsMenusAndShortcuts()
{
    ui::MainWindow window;
    QCOMPARE(window.viewTabs()->widget(3), window.consolePane());
    QCOMPARE(window.viewTabs()->widget(4), window.lessonBrowser());
    const struct
    {
        const char *name;
        QKeySequence shortcut;
        const char *menu;
    } actions[] = {
        {"actionShowConsole", QKeySequence(Qt::CTRL | Qt::Key_6), "menuView"},
        {"actionShowLessons", QKeySequence(Qt::CTRL | Qt::Key_7), "menuView"},
        {"actionExportSession", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), "menuFile"},
        {"actionCompareTranscripts", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), "menuTools"},
        {"actionStepMode", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), "menuTools"},
    };
    for (const auto &a : actions) {
        auto *action = window.findChild<QAction *>(a.name);
        QVERIFY2(action, a.name);
        QCOMPARE(action->shortcut(), a.shortcut);
        auto *menu = window.menuBar()->findChild<QMenu *>(a.menu);
        QVERIFY2(menu && menu->actions().contains(action), a.name);
    }
    window.findChild<QAction *>("actionShowConsole")->trigger();
    QCOMPARE(window.viewTabs()->currentWidget(), window.consolePane());
    window.findChild<QAction *>("actionShowLessons")->trigger();
    QCOMPARE(window.viewTabs()->currentWidget(), window.lessonBrowser());
}

void TestTeachingWindow::consoleToTheSelectedAccount()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("console"))));
    QCOMPARE(window.selectedAccountName(), QStringLiteral("sandbox"));
    window.findChild<QAction *>("actionShowConsole")->trigger();
    ui::ConsolePane *pane = window.consolePane();
    QVERIFY(pane->connectButton()->isEnabled());
    QTest::mouseClick(pane->connectButton(), Qt::LeftButton);
    QVERIFY(pane->console());
    QTRY_VERIFY_WITH_TIMEOUT(pane->commandLine()->isEnabled(), 15000);
    QTest::keyClicks(pane->commandLine(), QStringLiteral("EHLO window.test"));
    QTest::keyClick(pane->commandLine(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->stateDiagram()->state() == console::ConsoleState::Identified,
                             15000);
    const QString text = pane->output()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("S: 250")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2xx: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[RFC 5321")), qPrintable(text));
    // STARTTLS is offered by the sandbox: the console lists it as valid now.
    QVERIFY2(pane->validLabel()->text().contains(QStringLiteral("STARTTLS")),
             qPrintable(pane->validLabel()->text()));
    // The window's transcript follows the console's session, under the account.
    QVERIFY(window.transcriptSessions().join(QLatin1Char(',')).contains(QStringLiteral("sandbox")));
    QTest::keyClicks(pane->commandLine(), QStringLiteral("QUIT"));
    QTest::keyClick(pane->commandLine(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->console()->isFinished(), 10000);
}

void TestTeachingWindow::exportedSessionRuns()
{
    ui::MainWindow window;
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("export"))));
    const QString maildir = m_dir.filePath(QStringLiteral("export/maildir"));
    QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
    window.findChild<QAction *>("actionSendTest")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(delivered(maildir), 1, 5000);
    QTRY_VERIFY(!window.sandboxAccount()->isBusy());

    const QStringList sessions = window.transcriptSessions();
    QVERIFY2(!sessions.isEmpty(), "the send's session is in the transcript");
    const QString script = m_dir.filePath(QStringLiteral("session.py"));
    QString error;
    QVERIFY2(window.exportSession(sessions.constLast(), QStringLiteral("smtplib"), script, &error),
             qPrintable(error));
    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("import smtplib"), text.constData());
    QVERIFY(window.exportSession(sessions.constLast(), QStringLiteral("swaks"),
                                 m_dir.filePath(QStringLiteral("session.sh")), &error));
    QVERIFY(!window.exportSession(QStringLiteral("no such session"), QStringLiteral("cli"),
                                  m_dir.filePath(QStringLiteral("none.sh")), &error));
    QVERIFY(error.contains(QStringLiteral("no such session")));

    // The script sends the same message again through the sandbox (its
    // certificate is the trust anchor the export names, if any).
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QFAIL("Debian's python3 is needed to run the exported script");
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"), {script});
    // The window's event loop keeps the sandbox answering while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(python.state() == QProcess::NotRunning, 30000);
    QVERIFY2(python.exitCode() == 0, python.readAll().constData());
    QTRY_COMPARE_WITH_TIMEOUT(delivered(maildir), 2, 10000);
}

void TestTeachingWindow::compareShowsADifference()
{
    ui::MainWindow window;
    window.findChild<QAction *>("actionCompareTranscripts")->trigger();
    auto *dialog = window.findChild<ui::CompareDialog *>(QStringLiteral("compareDialog"));
    QVERIFY(dialog);
    const QString data = QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts/");
    QString error;
    QVERIFY2(dialog->compare(data + QStringLiteral("postfix-3.7-send-data.txt"),
                             data + QStringLiteral("postfix-3.7-send-bdat.txt"), &error),
             qPrintable(error));
    QVERIFY(dialog->differences() > 0);
    // Side by side: a row with the DATA command on the left and the BDAT
    // on the right, both marked.
    bool dataLeft = false;
    bool bdatRight = false;
    QTableWidget *table = dialog->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *left = table->item(row, 1);
        const QTableWidgetItem *right = table->item(row, 3);
        if (left && left->text() == QStringLiteral("C: DATA") && left->background() != QBrush())
            dataLeft = true;
        if (right && right->text().startsWith(QStringLiteral("C: BDAT"))
            && right->background() != QBrush())
            bdatRight = true;
    }
    QVERIFY(dataLeft);
    QVERIFY(bdatRight);
    QVERIFY(dialog->summary()->text().contains(QStringLiteral("differ")));

    QVERIFY(dialog->compare(data + QStringLiteral("postfix-3.7-send-data.txt"),
                            data + QStringLiteral("postfix-3.7-send-data.txt"), &error));
    QCOMPARE(dialog->differences(), 0);
    QVERIFY(dialog->summary()->text().contains(QStringLiteral("the same")));
    QVERIFY(!dialog->compare(data + QStringLiteral("no-such-file.txt"),
                             data + QStringLiteral("postfix-3.7-send-data.txt"), &error));
    QVERIFY(!error.isEmpty());
}

void TestTeachingWindow::stepModeWalksASend()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("step"))));
    const QString maildir = m_dir.filePath(QStringLiteral("step/maildir"));
    window.findChild<QAction *>("actionStepMode")->setChecked(true);
    ui::StepPanel *panel = window.stepPanel();
    QVERIFY(panel->isVisible());
    QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
    window.findChild<QAction *>("actionSendTest")->trigger();
    // The same gate as --step: EHLO, STARTTLS, EHLO, MAIL, RCPT, BDAT with
    // its chunk (the sandbox offers CHUNKING), QUIT, each shown with why
    // before it goes.
    QStringList steps;
    for (int i = 0; i < 20 && finished.isEmpty(); ++i) {
        if (!QTest::qWaitFor(
                [&] { return panel->nextButton()->isEnabled() || !finished.isEmpty(); }, 15000))
            QFAIL("no step came");
        if (!finished.isEmpty())
            break;
        steps << panel->nextLabel()->text();
        QVERIFY2(panel->whyLabel()->text().contains(QStringLiteral("RFC")),
                 qPrintable(panel->whyLabel()->text()));
        // Nothing of it is on the wire yet: a step is held.
        QVERIFY(window.sandboxAccount()->isBusy());
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QString walked = steps.join(QLatin1Char('|'));
    for (const char *verb :
         {"C: EHLO", "C: STARTTLS", "C: MAIL FROM", "C: RCPT TO", "C: BDAT", "C: QUIT"})
        QVERIFY2(walked.contains(QLatin1String(verb)), qPrintable(walked));
    QVERIFY(panel->log()->toPlainText().contains(QStringLiteral("2xx: ")));
    QTRY_COMPARE_WITH_TIMEOUT(delivered(maildir), 1, 5000);
    QTRY_VERIFY(!window.sandboxAccount()->isBusy());

    // Stop at the first step: nothing is delivered, the session says QUIT.
    finished.clear();
    window.findChild<QAction *>("actionSendTest")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->nextButton()->isEnabled(), 15000);
    QVERIFY(panel->nextLabel()->text().contains(QStringLiteral("EHLO")));
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(panel->log()->toPlainText().contains(QStringLiteral("C: QUIT")),
             qPrintable(panel->log()->toPlainText()));
    QVERIFY(!panel->log()->toPlainText().contains(QStringLiteral("C: EHLO")));
    QCOMPARE(delivered(maildir), 1);
}

void TestTeachingWindow::stepModeThroughAnyAccount()
{
    // A regular account (not the built-in one) on a sandbox server this test
    // starts: the composer's send waits at the same step gate.
    sandbox::SandboxServer server(sandboxConfig(QStringLiteral("step-account")));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString maildir = m_dir.filePath(QStringLiteral("step-account/maildir"));
    ui::MainWindow window;
    window.show();
    accounts::Account account;
    account.name = QStringLiteral("by hand");
    account.host = QStringLiteral("127.0.0.1");
    account.port = server.port();
    account.security = session::Security::StartTls;
    account.trustExceptions = {accounts::TrustException::forCertificate(
        account.host, server.certificate().certificate, QStringLiteral("test"))};
    QVERIFY2(window.accountStore()->add(account, &error), qPrintable(error));
    QVERIFY(window.selectAccount(account.name));

    window.findChild<QAction *>("actionStepMode")->setChecked(true);
    ui::ComposerWidget *composer = window.openComposer(account.name);
    QVERIFY(composer);
    QVERIFY(composer->isStepping());
    composer->setMessage(ui::SandboxAccount::testMessage());
    QSignalSpy finished(composer, &ui::ComposerWidget::sendFinished);
    QVERIFY2(composer->send(&error), qPrintable(error));
    ui::StepPanel *panel = window.stepPanel();
    QStringList steps;
    for (int i = 0; i < 20 && finished.isEmpty(); ++i) {
        if (!QTest::qWaitFor(
                [&] { return panel->nextButton()->isEnabled() || !finished.isEmpty(); }, 15000))
            QFAIL("no step came");
        if (!finished.isEmpty())
            break;
        QVERIFY(panel->isVisible());
        steps << panel->nextLabel()->text();
        // Held: nothing is delivered until the end of the data went out;
        // only QUIT comes after it.
        if (!steps.last().contains(QLatin1String("C: QUIT")))
            QCOMPARE(delivered(maildir), 0);
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QString walked = steps.join(QLatin1Char('|'));
    for (const char *verb : {"C: EHLO", "C: STARTTLS", "C: MAIL FROM", "C: RCPT TO", "C: QUIT"})
        QVERIFY2(walked.contains(QLatin1String(verb)), qPrintable(walked));
    QTRY_COMPARE_WITH_TIMEOUT(delivered(maildir), 1, 5000);

    // Step mode off: the next send goes straight through.
    window.findChild<QAction *>("actionStepMode")->setChecked(false);
    QVERIFY(!composer->isStepping());
    finished.clear();
    QVERIFY2(composer->send(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(finished.at(0).at(0).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(delivered(maildir), 2, 5000);
}

int main(int argc, char **argv)
{
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    TestTeachingWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teachingwindow.moc"
