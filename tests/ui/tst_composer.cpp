// The composer (issue 10.3) driven through its real widgets, offscreen:
// typing, attaching by drag and drop, sending to the built-in sandbox (the
// message arrives, the result per recipient and the transcript rows show),
// address and header checks as typed (header injection refused with its
// reason), an HTML preview that fetches nothing (a local HTTP server sees no
// request), a failed send kept in the outbox and sent again from it, and a
// draft that survives the app being killed (SIGKILL of a helper process
// that runs the real main window, then a new window restores it).
#include "composer/composerwidget.h"
#include "composer/htmlpreview.h"
#include "composer/outboxview.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxserver.h"
#include "send/messagefolder.h"
#include "transcript/transcript.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace postscope;

namespace {

QStringList deliveredFiles(const QString &maildir)
{
    QStringList files;
    QDirIterator it(maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/new/")))
            files.append(path);
    }
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void dropFile(QWidget *target, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// A minimal HTTP server on loopback that counts every connection it gets.
class CountingHttpServer : public QTcpServer
{
public:
    int connections = 0;
    CountingHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                s->write("HTTP/1.0 200 OK\r\nContent-Type: image/gif\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            }
        });
    }
};

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void sendWithAttachmentToSandbox();
    void addressesCheckedAsTyped();
    void headerInjectionRefused();
    void htmlPreviewFetchesNothing();
    void failedSendKeptInOutboxAndRetried();
    void connectionRefusedKeptInOutbox();
    void draftRestoredAfterKill();
    void bigSendShowsProgressAndCancels();
    void emlRoundTrip();

private:
    sandbox::SandboxConfig sandboxConfig() const;
    QTemporaryDir m_dir;
};

void TestComposer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's data (drafts, outbox) and settings in a folder of this
    // test, shared with the helper process of draftRestoredAfterKill.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
}

void TestComposer::init()
{
    QDir(send::MessageFolder::defaultLocation(QStringLiteral("drafts"))).removeRecursively();
    QDir(send::MessageFolder::defaultLocation(QStringLiteral("outbox"))).removeRecursively();
}

sandbox::SandboxConfig TestComposer::sandboxConfig() const
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("maildir-%1").arg(QTest::currentTestFunction()));
    config.certificateFolder = m_dir.filePath(QStringLiteral("certificate"));
    return config;
}

void TestComposer::sendWithAttachmentToSandbox()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const sandbox::SandboxConfig config = sandboxConfig();
    QVERIFY(window.startSandbox(config));
    QAction *newMessage = window.findChild<QAction *>(QStringLiteral("actionNewMessage"));
    QVERIFY(newMessage && newMessage->isEnabled());
    newMessage->trigger();
    QCOMPARE(window.composers().size(), 1);
    ui::ComposerWidget *composer = window.composers().first();
    QCOMPARE(window.currentView(), composer);
    // The live transcript of the send beside it.
    QVERIFY(window.sendTranscriptPane()->isVisible());

    composer->toEdit()->clear();
    QTest::keyClicks(composer->toEdit(),
                     QStringLiteral("inbox@sandbox.test, Bob <bob@sandbox.test>"));
    composer->subjectEdit()->clear();
    QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Report with attachment"));
    QCOMPARE(window.messageTabs()->tabText(window.messageTabs()->indexOf(composer)),
             QStringLiteral("Report with attachment"));
    composer->bodyEdit()->clear();
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral("See the attached file."));

    const QString file = m_dir.filePath(QStringLiteral("quarterly-report.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("quarter,total\nQ1,100\nQ2,250\n");
    f.close();
    dropFile(composer, file);
    QCOMPARE(composer->attachmentList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = composer->attachmentList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("quarterly-report.csv"));
    QCOMPARE(item->text(2), QStringLiteral("text/csv"));
    QVERIFY2(item->text(1).contains(QStringLiteral("28")), qPrintable(item->text(1))); // 28 bytes

    // The envelope preview: exactly what MAIL FROM and RCPT TO will carry.
    composer->refreshPreviews();
    const QString envelope = composer->envelopeView()->toPlainText();
    QVERIFY2(envelope.contains(QStringLiteral("MAIL FROM:<you@sandbox.test>")),
             qPrintable(envelope));
    QVERIFY2(envelope.contains(QStringLiteral("RCPT TO:<inbox@sandbox.test>\n")),
             qPrintable(envelope));
    QVERIFY2(envelope.contains(QStringLiteral("RCPT TO:<bob@sandbox.test>\n")),
             qPrintable(envelope));
    QTRY_VERIFY(composer->sourceReady());
    QVERIFY(composer->sourceView()->toPlainText().contains(
        QStringLiteral("filename=quarterly-report.csv")));

    // Ctrl+Return in the composer sends (the window's own test message
    // action is off while a composer is in front).
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSendTest"))->isEnabled());
    QSignalSpy finished(composer, &ui::ComposerWidget::sendFinished);
    QVERIFY(composer->sendButton()->isEnabled());
    composer->bodyEdit()->setFocus();
    QTest::keyClick(composer->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // One row per recipient, with the server's words and their meaning.
    QTableWidget *results = composer->resultTable();
    QCOMPARE(results->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(results->item(row, 1)->text(), QStringLiteral("Delivered"));
        QCOMPARE(results->item(row, 2)->text(), QStringLiteral("250"));
        QVERIFY(!results->item(row, 5)->text().isEmpty());
    }
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("inbox@sandbox.test"));

    // The message arrived with its attachment (once, for both recipients).
    const QStringList files = deliveredFiles(config.maildir);
    QVERIFY(!files.isEmpty());
    const QByteArray delivered = readFile(files.first());
    QVERIFY(delivered.contains("Subject: Report with attachment"));
    QVERIFY(delivered.contains("filename=quarterly-report.csv"));
    QVERIFY(delivered.contains("Q2,250") || delivered.contains("UTIsMjUw")); // as text or base64

    // The transcript holds the conversation, labelled with the account.
    bool mail = false;
    int rcpt = 0;
    for (const transcript::Entry &e : window.transcript()->entries()) {
        mail = mail || e.raw.startsWith("MAIL FROM:<you@sandbox.test>");
        rcpt += e.raw.startsWith("RCPT TO:") ? 1 : 0;
    }
    QVERIFY(mail);
    QCOMPARE(rcpt, 2);
    // Sent: no draft and nothing in the outbox remain.
    QVERIFY(window.draftFolder()->list().isEmpty());
    QVERIFY(window.outboxFolder()->list().isEmpty());
}

void TestComposer::addressesCheckedAsTyped()
{
    ui::ComposerWidget composer(accounts::Account::sandbox(nullptr));
    composer.show();
    QTest::keyClicks(composer.toEdit(), QStringLiteral("bob"));
    QVERIFY2(composer.toEdit()->toolTip().contains(QStringLiteral("no @")),
             qPrintable(composer.toEdit()->toolTip()));
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(composer.problemLabel()->text().contains(QStringLiteral("To:")));
    QTest::keyClicks(composer.toEdit(), QStringLiteral("@example.test, carol@exa_mple"));
    QVERIFY2(composer.toEdit()->toolTip().contains(QStringLiteral("not a domain name")),
             qPrintable(composer.toEdit()->toolTip()));
    QVERIFY(!composer.toEdit()->toolTip().contains(QStringLiteral("bob@")));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(composer.toEdit(), Qt::Key_Backspace);
    QTest::keyClicks(composer.toEdit(), QStringLiteral("ample.test"));
    QCOMPARE(composer.toEdit()->toolTip(), QString());
    composer.fromBox()->setEditText(QStringLiteral("Me <me@example.test>"));
    QVERIFY(composer.problems().isEmpty());
    QVERIFY(composer.sendButton()->isEnabled());
    // The From field takes exactly one mailbox.
    composer.fromBox()->setEditText(QStringLiteral("a@example.test, b@example.test"));
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(composer.problemLabel()->text().contains(QStringLiteral("one mailbox")));
}

void TestComposer::headerInjectionRefused()
{
    ui::ComposerWidget composer(accounts::Account::sandbox(nullptr));
    composer.show();
    composer.fromBox()->setEditText(QStringLiteral("me@example.test"));
    composer.toEdit()->setText(QStringLiteral("you@example.test"));
    QVERIFY(composer.sendButton()->isEnabled());
    QTableWidget *headers = composer.headerTable();
    QPushButton *add = composer.findChild<QPushButton *>(QStringLiteral("addHeaderButton"));
    QVERIFY(add);
    add->click();
    QCOMPARE(headers->rowCount(), 1);
    headers->item(0, 0)->setText(QStringLiteral("X-Campaign"));
    headers->item(0, 1)->setText(QStringLiteral("spring\r\nBcc: victim@example.test"));
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY2(composer.problemLabel()->text().contains(QStringLiteral("header injection")),
             qPrintable(composer.problemLabel()->text()));
    QVERIFY(headers->item(0, 1)->toolTip().contains(QStringLiteral("header injection")));
    QString error;
    QVERIFY(!composer.send(&error));
    QVERIFY2(error.contains(QStringLiteral("header injection")), qPrintable(error));
    // Nothing of the refused field reaches the message.
    QVERIFY(composer.message().extraHeaders.isEmpty());
    // A name that is not a field name is refused too (RFC 5322 2.2).
    headers->item(0, 1)->setText(QStringLiteral("spring"));
    QVERIFY(composer.sendButton()->isEnabled());
    headers->item(0, 0)->setText(QStringLiteral("X Bad:Name"));
    QVERIFY(!composer.sendButton()->isEnabled());
    headers->item(0, 0)->setText(QStringLiteral("X-Campaign"));
    QVERIFY(composer.sendButton()->isEnabled());
    QCOMPARE(composer.message().extraHeaders.size(), 1);
    QCOMPARE(composer.message().extraHeaders.first().second, QByteArray("spring"));
}

void TestComposer::htmlPreviewFetchesNothing()
{
    CountingHttpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(http.serverPort());
    // The same server works when asked (so a zero below means "never asked").
    {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, http.serverPort());
        QVERIFY(probe.waitForConnected(5000));
        QTRY_COMPARE(http.connections, 1);
        http.connections = 0;
    }

    ui::ComposerWidget composer(accounts::Account::sandbox(nullptr));
    composer.show();
    const QString image = m_dir.filePath(QStringLiteral("logo.png"));
    QImage logo(8, 8, QImage::Format_RGB32);
    logo.fill(Qt::red);
    QVERIFY(logo.save(image));
    QVERIFY(composer.addAttachment(image, true));
    const QString html
        = QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1/style.css\"></head>"
                         "<body background=\"%1/bg.gif\"><p>Hello</p>"
                         "<img src=\"%1/pixel.gif\">"
                         "<img src=\"file:///etc/hostname\"><img src=\"relative.png\">"
                         "<img src=\"cid:logo.png\"></body></html>")
              .arg(base);
    // The HTML tab in front, so that the preview is laid out and painted.
    composer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"))->setCurrentIndex(1);
    composer.htmlEdit()->setPlainText(html);
    composer.htmlPreview()->repaint();
    QTest::qWait(500); // time for any request to reach the server
    QCOMPARE(http.connections, 0);
    const QStringList blocked = composer.htmlPreview()->blockedResources();
    QVERIFY2(blocked.contains(base + QStringLiteral("/pixel.gif")), qPrintable(blocked.join(' ')));
    QVERIFY(blocked.contains(QStringLiteral("file:///etc/hostname")));
    QVERIFY(!blocked.contains(QStringLiteral("cid:logo.png")));
    QVERIFY(composer.htmlPreview()->toPlainText().contains(QStringLiteral("Hello")));
    // The inline image is the message's own: shown.
    const QVariant shown = composer.htmlPreview()->loadResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo.png")));
    QCOMPARE(shown.value<QImage>().size(), QSize(8, 8));
    // A link is not followed either.
    QVERIFY(!composer.htmlPreview()->openLinks());
    QCOMPARE(http.connections, 0);
}

void TestComposer::failedSendKeptInOutboxAndRetried()
{
    // The sandbox is not running: the send fails before any connection.
    ui::MainWindow window;
    window.show();
    ui::ComposerWidget *composer = window.openComposer(QStringLiteral("sandbox"));
    QVERIFY(composer);
    composer->fromBox()->setEditText(QStringLiteral("me@sandbox.test"));
    composer->toEdit()->setText(QStringLiteral("inbox@sandbox.test"));
    composer->subjectEdit()->setText(QStringLiteral("Kept safe"));
    composer->bodyEdit()->setPlainText(QStringLiteral("Not lost.\n"));
    QSignalSpy finished(composer, &ui::ComposerWidget::sendFinished);
    QSignalSpy outboxed(composer, &ui::ComposerWidget::movedToOutbox);
    composer->sendButton()->click();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("outbox")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(outboxed.size(), 1);
    ui::OutboxView *outbox = window.outboxView();
    QCOMPARE(outbox->count(), 1);
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("outboxDock"))->isVisible());
    const send::StoredMessage entry = outbox->entries().first();
    QCOMPARE(entry.spec.subject, QStringLiteral("Kept safe"));
    QCOMPARE(entry.attempts, 1);
    QVERIFY(entry.lastError.contains(QStringLiteral("not running")));
    QVERIFY(QFile::exists(entry.sourceFile));
    QVERIFY(window.draftFolder()->list().isEmpty()); // one copy, in the outbox

    // Once the server runs, Retry sends it and the outbox is empty again.
    const sandbox::SandboxConfig config = sandboxConfig();
    QVERIFY(window.startSandbox(config));
    QVERIFY(outbox->selectId(entry.id));
    const int before = window.composers().size();
    outbox->retryButton()->click();
    QCOMPARE(window.composers().size(), before + 1);
    ui::ComposerWidget *retry = window.composers().last();
    QSignalSpy retried(retry, &ui::ComposerWidget::sendFinished);
    QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 1, 20000);
    QVERIFY2(retried.first().at(0).toBool(), qPrintable(retried.first().at(1).toString()));
    QTRY_COMPARE(outbox->count(), 0);
    QCOMPARE(deliveredFiles(config.maildir).size(), 1);
    QVERIFY(readFile(deliveredFiles(config.maildir).first()).contains("Subject: Kept safe"));
}

void TestComposer::connectionRefusedKeptInOutbox()
{
    // A port nobody listens on: the connection is refused.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    accounts::Account account;
    account.name = QStringLiteral("refusing");
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    account.security = session::Security::None;
    account.identities = {{QStringLiteral("Me"), QStringLiteral("me@example.test"), true}};
    send::MessageFolder drafts(m_dir.filePath(QStringLiteral("refused-drafts")));
    send::MessageFolder outbox(m_dir.filePath(QStringLiteral("refused-outbox")));
    ui::ComposerWidget composer(account);
    composer.setFolders(&drafts, &outbox);
    QCOMPARE(composer.fromBox()->currentText(), QStringLiteral("Me <me@example.test>"));
    composer.toEdit()->setText(QStringLiteral("you@example.test, Other <other@example.test>"));
    composer.subjectEdit()->setText(QStringLiteral("Refused"));
    QSignalSpy sessions(&composer, &ui::ComposerWidget::sessionStarted);
    QSignalSpy finished(&composer, &ui::ComposerWidget::sendFinished);
    QString error;
    QVERIFY2(composer.send(&error), qPrintable(error));
    QVERIFY(composer.isSending());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(sessions.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    // Each recipient: not sent, with why.
    QCOMPARE(composer.resultTable()->rowCount(), 2);
    QCOMPARE(composer.resultTable()->item(0, 1)->text(), QStringLiteral("Not sent"));
    QVERIFY(!composer.resultTable()->item(0, 5)->text().isEmpty());
    const QList<send::StoredMessage> kept = outbox.list();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().account, QStringLiteral("refusing"));
    QCOMPARE(kept.first().envelopeRecipients,
             (QList<QByteArray> {"you@example.test", "other@example.test"}));
    QVERIFY(readFile(kept.first().sourceFile).contains("Subject: Refused"));
    QVERIFY(!composer.isSending());
    QVERIFY(composer.sendButton()->isEnabled());
}

void TestComposer::draftRestoredAfterKill()
{
    // The helper runs the real main window with a composer, types into it,
    // and reports once the draft is on disk; then it is killed (SIGKILL: no
    // chance to save anything more).
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(COMPOSER_CRASH_HELPER), {});
    QVERIFY(helper.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000) {
        helper.waitForReadyRead(500);
        out += helper.readAllStandardOutput();
        QVERIFY2(helper.state() == QProcess::Running, out.constData());
    }
    QVERIFY2(out.startsWith("DRAFT "), out.constData());
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    // A new window offers the draft again, as it was typed.
    ui::MainWindow window;
    QCOMPARE(window.composers().size(), 1);
    ui::ComposerWidget *composer = window.composers().first();
    QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Typed before the crash"));
    QCOMPARE(composer->toEdit()->text(), QStringLiteral("someone@sandbox.test"));
    QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("Every word of this.\n"));
    QCOMPARE(composer->draftId(), QString::fromLatin1(out.mid(6).trimmed()));
    // Closed without keeping it: gone for the next start.
    window.closeComposer(composer, false);
    QVERIFY(window.draftFolder()->list().isEmpty());
}

void TestComposer::bigSendShowsProgressAndCancels()
{
    sandbox::SandboxConfig config = sandboxConfig();
    config.tls = false; // quicker; the progress is the same
    ui::SandboxAccount server;
    QString error;
    QVERIFY2(server.start(config, &error), qPrintable(error));
    accounts::Account account = accounts::Account::sandbox(server.server());
    QVERIFY(account.sessionOptions(&error));
    send::MessageFolder drafts(m_dir.filePath(QStringLiteral("big-drafts")));
    send::MessageFolder outbox(m_dir.filePath(QStringLiteral("big-outbox")));
    ui::ComposerWidget composer(account);
    composer.setFolders(&drafts, &outbox);
    composer.fromBox()->setEditText(QStringLiteral("me@sandbox.test"));
    composer.toEdit()->setText(QStringLiteral("inbox@sandbox.test"));
    composer.subjectEdit()->setText(QStringLiteral("Big"));
    const QString big = m_dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((i * 7919) & 0xff);
        for (int i = 0; i < 16; ++i)
            QVERIFY(f.write(block) == block.size());
    }
    QVERIFY(composer.addAttachment(big));

    // Sent whole: the progress bar went from 0 to its end on the way.
    int highest = 0;
    int updates = 0;
    connect(composer.progressBar(), &QProgressBar::valueChanged, this, [&](int value) {
        highest = qMax(highest, value);
        ++updates;
    });
    QSignalSpy finished(&composer, &ui::ComposerWidget::sendFinished);
    QVERIFY2(composer.send(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(highest, 1000);
    QVERIFY2(updates > 10, "a 22 MiB message moves the bar in many steps");

    // Cancelled on the way: not sent, nothing in the outbox, still a draft.
    QSignalSpy sessions(&composer, &ui::ComposerWidget::sessionStarted);
    finished.clear();
    QVERIFY2(composer.send(&error), qPrintable(error));
    QTRY_COMPARE(sessions.size(), 1);
    auto *session = sessions.first().at(1).value<session::SmtpSession *>();
    QVERIFY(session);
    bool cancelled = false;
    connect(session, &session::SmtpSession::dataSent, &composer, [&] {
        if (!cancelled) {
            cancelled = true;
            composer.cancel();
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(cancelled);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("Cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(outbox.list().isEmpty());
    QCOMPARE(drafts.list().size(), 1);
    QCOMPARE(deliveredFiles(config.maildir).size(), 1); // only the first one
}

void TestComposer::emlRoundTrip()
{
    ui::ComposerWidget composer(accounts::Account::sandbox(nullptr));
    composer.fromBox()->setEditText(QStringLiteral("Me <me@example.test>"));
    composer.toEdit()->setText(QStringLiteral("you@example.test"));
    composer.subjectEdit()->setText(QStringLiteral("Saved as a file"));
    composer.bodyEdit()->setPlainText(QStringLiteral("Plain words.\n"));
    const QString path = m_dir.filePath(QStringLiteral("saved.eml"));
    QString error;
    QVERIFY2(composer.saveEml(path, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.contains("Subject: Saved as a file\r\n"));
    QVERIFY(bytes.contains("Plain words."));

    ui::ComposerWidget other(accounts::Account::sandbox(nullptr));
    QVERIFY2(other.openEml(path, &error), qPrintable(error));
    QCOMPARE(other.subjectEdit()->text(), QStringLiteral("Saved as a file"));
    QCOMPARE(other.toEdit()->text(), QStringLiteral("you@example.test"));
    QCOMPARE(other.fromBox()->currentText(), QStringLiteral("Me <me@example.test>"));
    QCOMPARE(other.bodyEdit()->toPlainText(), QStringLiteral("Plain words.\n"));
    // A multipart message is kept whole, as a message/rfc822 part (RFC 2046 5.2.1).
    composer.htmlEdit()->setPlainText(QStringLiteral("<p>rich</p>"));
    const QString rich = m_dir.filePath(QStringLiteral("rich.eml"));
    QVERIFY2(composer.saveEml(rich, &error), qPrintable(error));
    ui::ComposerWidget third(accounts::Account::sandbox(nullptr));
    QVERIFY2(third.openEml(rich, &error), qPrintable(error));
    QCOMPARE(third.message().attachedMessages, QStringList {rich});
    QVERIFY(third.message().attachments.isEmpty());
    QVERIFY(!other.openEml(m_dir.filePath(QStringLiteral("missing.eml")), &error));
    QVERIFY(!error.isEmpty());
}

int main(int argc, char **argv)
{
    // No session bus: nothing here can reach the machine's keychain.
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    TestComposer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_composer.moc"
