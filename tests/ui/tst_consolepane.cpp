// The window's console and lesson browser (issue 11) driven through their
// widgets, offscreen: a console to a real sandbox shows each reply with its
// explanation, the state lit in the diagram, completion, the warning before
// a refused command (sent on the second Enter), DATA with its dot-stuffing,
// the AUTH helper's dialog (the password never in the transcript), the
// history per account; a lesson run by typing its steps reaches its
// verdict, is kept as passed, and a wrong attempt gets the lesson's words.
#include "console/consolepane.h"
#include "console/statediagram.h"
#include "lessons/lessonbrowser.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using console::ConsoleSession;
using console::ConsoleState;

class TestConsolePane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exchangeWithSandbox();
    void authHelperAsksInADialog();
    void lessonToItsVerdict();
    void wrongLessonAttemptExplains();

private:
    static bool waitForInput(ui::ConsolePane &pane);
    static void type(ui::ConsolePane &pane, const QString &line);
    QString output(ui::ConsolePane &pane) { return pane.output()->toPlainText(); }
    QTemporaryDir m_dir;
};

void TestConsolePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("postscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolepane"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

bool TestConsolePane::waitForInput(ui::ConsolePane &pane)
{
    return QTest::qWaitFor(
        [&] {
            return pane.console()
                && (pane.console()->isFinished()
                    || pane.console()->expects() != ConsoleSession::Input::None);
        },
        15000);
}

// Types a line into the command line the way a person does, Enter included.
void TestConsolePane::type(ui::ConsolePane &pane, const QString &line)
{
    QVERIFY(waitForInput(pane));
    QLineEdit *edit = pane.commandLine();
    QVERIFY(edit->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, line);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestConsolePane::exchangeWithSandbox()
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("exchange"));
    config.tls = false;
    sandbox::SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    ui::ConsolePane pane;
    pane.show();
    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.security = session::Security::None;
    pane.setAccount(QStringLiteral("sandbox"), options);
    QVERIFY2(pane.connectConsole(&error), qPrintable(error));
    QVERIFY(waitForInput(pane));
    QVERIFY2(output(pane).contains(QStringLiteral("S: 220 ")), qPrintable(output(pane)));
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::Greeted);

    // Tab completes the verb with its template.
    QTest::keyClicks(pane.commandLine(), QStringLiteral("eh"));
    QTest::keyClick(pane.commandLine(), Qt::Key_Tab);
    QCOMPARE(pane.commandLine()->text(), QStringLiteral("EHLO "));
    QTest::keyClicks(pane.commandLine(), QStringLiteral("client.test"));
    QTest::keyClick(pane.commandLine(), Qt::Key_Return);
    QVERIFY(waitForInput(pane));
    // The 250 is annotated: its class and what to do next, the RFC.
    const QString text = output(pane);
    QVERIFY2(text.contains(QStringLiteral("S: 250")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2xx: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("RFC 5321 4.2")), qPrintable(text));
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::Identified);
    QVERIFY2(pane.validLabel()->text().contains(QStringLiteral("MAIL")),
             qPrintable(pane.validLabel()->text()));

    // RCPT before MAIL: a warning first, sent on the second Enter, and the
    // server's 503 explained.
    type(pane, QStringLiteral("RCPT TO:<bob@sandbox.test>"));
    QVERIFY(waitForInput(pane));
    QVERIFY2(output(pane).contains(QStringLiteral("!! warning")), qPrintable(output(pane)));
    QCOMPARE(pane.console()->expects(), ConsoleSession::Input::Confirm);
    QVERIFY(!output(pane).contains(QStringLiteral("S: 503")));
    QTest::keyClick(pane.commandLine(), Qt::Key_Return);
    QVERIFY(waitForInput(pane));
    QVERIFY2(output(pane).contains(QStringLiteral("S: 503")), qPrintable(output(pane)));

    // A mail by hand: DATA mode with the dot-stuffing shown.
    type(pane, QStringLiteral("MAIL FROM:<alice@client.test>"));
    type(pane, QStringLiteral("RCPT TO:<bob@sandbox.test>"));
    QVERIFY(waitForInput(pane));
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::RecipientsGiven);
    type(pane, QStringLiteral("DATA"));
    QVERIFY(waitForInput(pane));
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::Data);
    type(pane, QStringLiteral("Subject: console"));
    type(pane, QString());
    type(pane, QStringLiteral(".a line that starts with a dot"));
    QVERIFY(waitForInput(pane));
    QVERIFY2(output(pane).contains(QStringLiteral("dot-stuffed")), qPrintable(output(pane)));
    type(pane, QStringLiteral("."));
    QVERIFY(waitForInput(pane));
    QVERIFY2(output(pane).contains(QStringLiteral("end of data")), qPrintable(output(pane)));
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::Identified);

    // History per account: commands only, recalled with Up, kept.
    QVERIFY(pane.history().contains(QStringLiteral("EHLO client.test")));
    QVERIFY(!pane.history().contains(QStringLiteral("Subject: console")));
    QTest::keyClick(pane.commandLine(), Qt::Key_Up);
    QCOMPARE(pane.commandLine()->text(), QStringLiteral("DATA"));
    pane.commandLine()->clear();
    type(pane, QStringLiteral("QUIT"));
    QTRY_VERIFY_WITH_TIMEOUT(pane.console()->isFinished(), 10000);
    QCOMPARE(pane.stateDiagram()->state(), ConsoleState::Closed);
    ui::ConsolePane other;
    other.attach(pane.console(), QStringLiteral("sandbox"));
    QCOMPARE(other.history(), pane.history());
    QCOMPARE(other.history().constLast(), QStringLiteral("QUIT"));
}

void TestConsolePane::authHelperAsksInADialog()
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("auth"));
    config.tls = false;
    config.users.insert(QStringLiteral("alice"), QStringLiteral("s3cret-pass"));
    config.server.requireTlsForAuth = false;
    sandbox::SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ui::ConsolePane pane;
    pane.show();
    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.security = session::Security::None;
    // PLAIN without TLS only because this account allows it (the engine
    // refuses it otherwise, and the console would say why).
    options.plaintextAuth = engine::PlaintextAuth::Allow;
    pane.setAccount(QStringLiteral("auth"), options);
    QVERIFY2(pane.connectConsole(&error), qPrintable(error));
    type(pane, QStringLiteral("EHLO client.test"));
    type(pane, QStringLiteral("AUTH PLAIN"));
    if (pane.console()->expects() == ConsoleSession::Input::Confirm)
        QTest::keyClick(pane.commandLine(), Qt::Key_Return); // AUTH without TLS: insist
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = pane.findChild<QDialog *>(QStringLiteral("consoleCredentials"))) != nullptr,
        10000);
    dialog->findChild<QLineEdit *>(QStringLiteral("credentialsUser"))
        ->setText(QStringLiteral("alice"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("credentialsPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("s3cret-pass"));
    dialog->accept();
    QTRY_VERIFY2_WITH_TIMEOUT(output(pane).contains(QStringLiteral("S: 235")),
                              qPrintable(output(pane)), 10000);
    QVERIFY(pane.console()->model().isAuthenticated());
    // Neither the password nor its base64 form is shown or recorded.
    const QByteArray b64 = QByteArray("\0alice\0s3cret-pass", 18).toBase64();
    QVERIFY(!output(pane).contains(QStringLiteral("s3cret-pass")));
    QVERIFY(!output(pane).contains(QString::fromLatin1(b64)));
    for (const transcript::Entry &e : pane.console()->transcript().entries()) {
        QVERIFY(!e.display().contains("s3cret-pass"));
        QVERIFY(!e.display().contains(b64));
    }
    QVERIFY(!pane.history().join(QLatin1Char('\n')).contains(QStringLiteral("s3cret")));
    type(pane, QStringLiteral("QUIT"));
    QTRY_VERIFY_WITH_TIMEOUT(pane.console()->isFinished(), 10000);
}

void TestConsolePane::lessonToItsVerdict()
{
    ui::LessonBrowser browser;
    browser.setCertificateFolder(m_dir.filePath(QStringLiteral("certificate")));
    browser.show();
    QVERIFY(browser.list()->count() >= 21);
    const QList<lessons::Lesson> all = lessons::builtInLessons();
    const lessons::Lesson *lesson
        = lessons::findLesson(all, QStringLiteral("d1-typical-transaction"));
    if (!lesson)
        lesson = &all.first();
    QVERIFY(!ui::LessonBrowser::isPassed(lesson->id));
    QVERIFY(browser.selectLesson(lesson->id));
    // The lesson's text beside the console: its goal and its first command.
    QVERIFY(browser.text()->toPlainText().contains(lesson->text(lesson->goal)));
    QVERIFY(browser.startButton()->isEnabled());
    QTest::mouseClick(browser.startButton(), Qt::LeftButton);
    QVERIFY(browser.run());
    ui::ConsolePane &pane = *browser.consolePane();
    for (const QByteArray &line : lesson->script()) {
        if (pane.console()->isFinished())
            break;
        type(pane, QString::fromUtf8(line));
        QVERIFY(waitForInput(pane));
        if (pane.console()->expects() == ConsoleSession::Input::Confirm)
            QTest::keyClick(pane.commandLine(), Qt::Key_Return);
    }
    if (!pane.console()->isFinished())
        type(pane, QStringLiteral("/quit"));
    QTRY_VERIFY_WITH_TIMEOUT(browser.run()->isFinished(), 15000);
    QTRY_VERIFY(browser.verdictLabel()->text().contains(QStringLiteral("Goal reached")));
    QVERIFY(ui::LessonBrowser::isPassed(lesson->id));
    QVERIFY(browser.list()->currentItem()->text().startsWith(QStringLiteral("\u2713")));
}

void TestConsolePane::wrongLessonAttemptExplains()
{
    ui::LessonBrowser browser;
    browser.setCertificateFolder(m_dir.filePath(QStringLiteral("certificate")));
    const QList<lessons::Lesson> all = lessons::builtInLessons();
    const lessons::Lesson *lesson = nullptr;
    for (const lessons::Lesson &l : all) {
        if (!l.wrongScript.isEmpty() && !ui::LessonBrowser::isPassed(l.id)) {
            lesson = &l;
            break;
        }
    }
    QVERIFY(lesson);
    QString error;
    QVERIFY2(browser.startLesson(lesson->id, &error), qPrintable(error));
    ui::ConsolePane &pane = *browser.consolePane();
    for (const QByteArray &line : lesson->wrongScript) {
        if (pane.console()->isFinished())
            break;
        type(pane, QString::fromUtf8(line));
        QVERIFY(waitForInput(pane));
        if (pane.console()->expects() == ConsoleSession::Input::Confirm)
            QTest::keyClick(pane.commandLine(), Qt::Key_Return);
    }
    if (!pane.console()->isFinished())
        type(pane, QStringLiteral("/quit"));
    QTRY_VERIFY_WITH_TIMEOUT(browser.run()->isFinished(), 15000);
    QTRY_VERIFY(browser.verdictLabel()->text().contains(QStringLiteral("Not yet")));
    QVERIFY2(
        browser.verdictLabel()->text().contains(lesson->wrongFails.toHtmlEscaped()),
        qPrintable(browser.verdictLabel()->text() + QStringLiteral(" / ") + lesson->wrongFails));
    QVERIFY(!ui::LessonBrowser::isPassed(lesson->id));
}

QTEST_MAIN(TestConsolePane)
#include "tst_consolepane.moc"
