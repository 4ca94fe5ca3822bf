// Drives the real main window (offscreen): its actions and shortcuts, window
// state kept across runs, the live transcript view, the capabilities dock,
// the built-in sandbox as the default account, and the translations.
#include "capabilities/capabilitiesview.h"
#include "common/appsetup.h"
#include "composer/messagedialog.h"
#include "mainwindow/mainwindow.h"
#include "protocol/reply.h"
#include "sandbox/sandboxaccount.h"
#include "transcript/transcript.h"
#include "transcript/transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace postscope;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void actionsHaveShortcuts_data();
    void actionsHaveShortcuts();
    void menusAndToolbar();
    void quitClosesTheWindow();
    void geometryAndStateRestored();
    void transcriptViewShowsEntries();
    void transcriptViewBatchesAndKeepsALimit();
    void transcriptViewHidesSecrets();
    void transcriptViewEscapesControls();
    void capabilitiesViewListsKeywords();
    void sandboxIsTheDefaultAccount();
    void messageDialogBuildsTheMessage();
    void translationsLoadAndAreComplete_data();
    void translationsLoadAndAreComplete();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the person's own settings and data out of reach.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::actionsHaveShortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("new message") << "actionNewMessage" << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("send test") << "actionSendTest" << QKeySequence(Qt::CTRL | Qt::Key_Return);
    QTest::newRow("save transcript") << "actionSaveTranscript" << QKeySequence(Qt::CTRL | Qt::Key_S);
    QTest::newRow("clear transcript") << "actionClearTranscript" << QKeySequence(Qt::CTRL | Qt::Key_L);
    QTest::newRow("timestamps") << "actionTimestamps" << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("capabilities dock") << "actionShowCapabilities"
                                       << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QTest::newRow("quit") << "actionQuit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("about") << "actionAbout" << QKeySequence();
    QTest::newRow("about qt") << "actionAboutQt" << QKeySequence();
}

void tst_MainWindow::actionsHaveShortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, shortcut);
    ui::MainWindow window;
    auto *action = window.findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY2(!action->statusTip().isEmpty(), "every action explains itself in the status bar");
    // Every action is reachable from a menu.
    bool inMenu = false;
    for (QObject *object : action->associatedObjects())
        inMenu = inMenu || qobject_cast<QMenu *>(object);
    QVERIFY2(inMenu, qPrintable(name + QStringLiteral(" is in no menu")));
}

void tst_MainWindow::menusAndToolbar()
{
    ui::MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList{"&File", "&View", "&Help"}));
    auto *toolbar = window.findChild<QToolBar *>("mainToolBar");
    QVERIFY(toolbar);
    QVERIFY(toolbar->actions().contains(window.findChild<QAction *>("actionSendTest")));
    QVERIFY(window.findChild<QDockWidget *>("capabilitiesDock"));
    QCOMPARE(window.centralWidget(), window.transcriptView());
    QVERIFY(window.transcriptView()->isReadOnly());
    QVERIFY(QFontInfo(window.transcriptView()->font()).fixedPitch());
    auto *status = window.findChild<QLabel *>("sandboxStatus");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Sandbox: not running"));
    // Without a running sandbox there is nowhere to send to.
    QVERIFY(!window.findChild<QAction *>("actionSendTest")->isEnabled());
    QVERIFY(!window.findChild<QAction *>("actionNewMessage")->isEnabled());
    QVERIFY(!window.windowIcon().isNull());
}

void tst_MainWindow::quitClosesTheWindow()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>("actionQuit")->trigger();
    QVERIFY(!window.isVisible());
}

void tst_MainWindow::geometryAndStateRestored()
{
    const QRect wanted(40, 50, 900, 600);
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // First start: the dock is there.
        QVERIFY(window.findChild<QDockWidget *>("capabilitiesDock")->isVisible());
        window.setGeometry(wanted);
        window.findChild<QAction *>("actionShowCapabilities")->trigger();
        window.findChild<QAction *>("actionTimestamps")->setChecked(false);
        QVERIFY(!window.findChild<QDockWidget *>("capabilitiesDock")->isVisible());
        QVERIFY(window.close());
    }
    QVERIFY(QSettings().contains("MainWindow/geometry"));
    QVERIFY(QSettings().contains("MainWindow/state"));
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), wanted.size());
        QVERIFY(!window.findChild<QDockWidget *>("capabilitiesDock")->isVisible());
        QVERIFY(!window.findChild<QAction *>("actionTimestamps")->isChecked());
        QVERIFY(!window.transcriptView()->timestamps());
    }
}

static transcript::Entry entry(transcript::Entry::Direction direction, transcript::Entry::Kind kind,
                               const QByteArray &raw, const QByteArray &redacted = {})
{
    transcript::Entry e;
    e.time = QDateTime(QDate(2024, 5, 1), QTime(14, 2, 11, 204));
    e.direction = direction;
    e.kind = kind;
    e.raw = raw;
    e.redacted = redacted;
    return e;
}

void tst_MainWindow::transcriptViewShowsEntries()
{
    using D = transcript::Entry::Direction;
    using K = transcript::Entry::Kind;
    ui::MainWindow window;
    window.show();
    transcript::Transcript *model = window.transcript();
    model->append(entry(D::Server, K::Reply, "220 mx.example.test ESMTP\r\n"));
    model->append(entry(D::Client, K::Command, "EHLO client.example\r\n"));
    model->append(entry(D::Server, K::Reply, "250-mx.example.test\r\n"));
    model->append(entry(D::Server, K::Reply, "250 PIPELINING\r\n"));
    model->addNote(QStringLiteral("TLS started"));
    QTRY_COMPARE(window.transcriptView()->document()->blockCount(), 5);
    const QStringList lines = window.transcriptView()->toPlainText().split('\n');
    QCOMPARE(lines.at(0), QStringLiteral("14:02:11.204 S: 220 mx.example.test ESMTP"));
    QCOMPARE(lines.at(1), QStringLiteral("14:02:11.204 C: EHLO client.example"));
    QCOMPARE(lines.at(3), QStringLiteral("14:02:11.204 S: 250 PIPELINING"));
    QVERIFY(lines.at(4).endsWith(QStringLiteral("** TLS started")));

    // Without timestamps, and after clearing.
    window.findChild<QAction *>("actionTimestamps")->setChecked(false);
    QCOMPARE(window.transcriptView()->toPlainText().split('\n').at(1),
             QStringLiteral("C: EHLO client.example"));
    window.findChild<QAction *>("actionClearTranscript")->trigger();
    QVERIFY(window.transcriptView()->toPlainText().isEmpty());
    QVERIFY(model->entries().isEmpty());
}

void tst_MainWindow::transcriptViewBatchesAndKeepsALimit()
{
    using D = transcript::Entry::Direction;
    using K = transcript::Entry::Kind;
    transcript::Transcript model;
    ui::TranscriptView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTranscript(&model);
    view.setMaxLines(100);
    for (int i = 0; i < 1000; ++i)
        model.append(entry(D::Client, K::Command, "NOOP " + QByteArray::number(i) + "\r\n"));
    // Nothing drawn yet: one batch per tick, not one redraw per line.
    QCOMPARE(view.pendingCount(), 1000);
    QVERIFY(view.toPlainText().isEmpty());
    QTRY_COMPARE(view.pendingCount(), 0);
    QCOMPARE(view.document()->blockCount(), 100);
    QVERIFY(view.toPlainText().endsWith(QStringLiteral("C: NOOP 999")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("C: NOOP 899\n")));
    // It follows the tail: the newest line is in sight, also when a long
    // line brings in the horizontal scroll bar.
    model.append(entry(D::Server, K::Reply, "250 " + QByteArray(500, 'x') + "\r\n"));
    QTRY_COMPARE(view.pendingCount(), 0);
    model.append(entry(D::Server, K::Reply, "250 OK\r\n"));
    QTRY_COMPARE(view.pendingCount(), 0);
    QScrollBar *bar = view.verticalScrollBar();
    QTest::qWait(100);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_MainWindow::transcriptViewHidesSecrets()
{
    using D = transcript::Entry::Direction;
    using K = transcript::Entry::Kind;
    ui::TranscriptView view;
    view.appendEntry(entry(D::Client, K::Command, "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n",
                           "AUTH PLAIN ********"));
    view.flush();
    QCOMPARE(view.toPlainText(), QStringLiteral("14:02:11.204 C: AUTH PLAIN ********"));
}

void tst_MainWindow::transcriptViewEscapesControls()
{
    // The view shows the one text form (protocol::printable via the
    // transcript's TextWriter): a server's ESC, BEL, NUL and C1 controls
    // appear as \x1b, \x07, \x00, \u009b, never raw.
    using D = transcript::Entry::Direction;
    using K = transcript::Entry::Kind;
    ui::TranscriptView view;
    view.appendEntry(entry(D::Server, K::Reply,
                           QByteArray("220 \x1b[2J\x07 mx\0 \xc2\x9b"
                                      "1m\r\n",
                                      18)));
    view.appendEntry(entry(D::Server, K::Reply, "250 ok\rS: 250 forged\r\n"));
    view.flush();
    const QString text = view.toPlainText();
    QCOMPARE(text.split(QLatin1Char('\n')),
             (QStringList {QStringLiteral("14:02:11.204 S: 220 \\x1b[2J\\x07 mx\\x00 \\u009b1m"),
                           QStringLiteral("14:02:11.204 S: 250 ok\\rS: 250 forged")}));
    for (QChar ch : text)
        QVERIFY2(ch == QLatin1Char('\n')
                     || (ch.unicode() >= 0x20 && (ch.unicode() < 0x7f || ch.unicode() > 0x9f)),
                 qPrintable(QString::number(ch.unicode(), 16)));
}

void tst_MainWindow::capabilitiesViewListsKeywords()
{
    ui::CapabilitiesView view;
    QCOMPARE(view.topLevelItemCount(), 1); // the "nothing yet" row
    const auto caps = protocol::Capabilities::fromEhloReply(protocol::Reply::make(
        250, QList<QByteArray>{"mx.example.test Hello", "PIPELINING", "SIZE 1000", "AUTH PLAIN LOGIN"}));
    view.setCapabilities(caps, QStringLiteral("127.0.0.1:25"));
    QCOMPARE(view.topLevelItemCount(), 4);
    QCOMPARE(view.topLevelItem(0)->text(0), QStringLiteral("127.0.0.1:25"));
    QCOMPARE(view.topLevelItem(0)->text(2), QStringLiteral("mx.example.test Hello"));
    QCOMPARE(view.topLevelItem(2)->text(0), QStringLiteral("SIZE"));
    QCOMPARE(view.topLevelItem(2)->text(1), QStringLiteral("1000"));
    QTreeWidgetItem *auth = view.topLevelItem(3);
    QCOMPARE(auth->text(0), QStringLiteral("AUTH"));
    QCOMPARE(auth->childCount(), 2);
    QCOMPARE(auth->child(1)->text(0), QStringLiteral("LOGIN"));
    view.clearCapabilities();
    QCOMPARE(view.topLevelItemCount(), 1);
}

void tst_MainWindow::sandboxIsTheDefaultAccount()
{
    ui::MainWindow window;
    window.show();
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath("maildir");
    config.certificateFolder = m_dir.filePath("certificate");
    QVERIFY(window.startSandbox(config));

    const quint16 port = window.sandboxAccount()->port();
    QVERIFY(port != 0);
    QCOMPARE(window.findChild<QLabel *>("sandboxStatus")->text(),
             QStringLiteral("Sandbox: listening on 127.0.0.1:%1").arg(port));
    QAction *send = window.findChild<QAction *>("actionSendTest");
    QVERIFY(send->isEnabled());

    QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
    send->trigger();
    QVERIFY(!send->isEnabled()); // one message at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_VERIFY(send->isEnabled());

    // The live transcript shows the whole conversation, over TLS.
    QTRY_VERIFY(window.transcriptView()->toPlainText().contains(QStringLiteral("C: QUIT")));
    const QString text = window.transcriptView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("C: STARTTLS")));
    // The sandbox's certificate is verified like any server's, not waved through.
    QVERIFY(text.contains(QStringLiteral("TLS started")));
    QVERIFY2(!text.contains(QStringLiteral("NOT verified")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("C: MAIL FROM:<you@sandbox.test>")));
    QVERIFY(text.contains(QStringLiteral("C: RCPT TO:<inbox@sandbox.test>")));
    // The capabilities dock shows what the sandbox offered.
    QList<QTreeWidgetItem *> pipelining =
        window.capabilitiesView()->findItems(QStringLiteral("PIPELINING"), Qt::MatchExactly);
    QCOMPARE(pipelining.size(), 1);

    // And the sandbox really has the message.
    QStringList delivered;
    QDirIterator it(config.maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/new/")))
            delivered.append(path);
    }
    QCOMPARE(delivered.size(), 1);
    QVERIFY(delivered.first().contains(QStringLiteral("inbox@sandbox.test")));
    QFile message(delivered.first());
    QVERIFY(message.open(QIODevice::ReadOnly));
    QVERIFY(message.readAll().contains("Subject: Test message from Postscope"));
}

void tst_MainWindow::messageDialogBuildsTheMessage()
{
    ui::MessageDialog dialog(ui::SandboxAccount::testMessage(), QStringLiteral("sandbox"));
    auto *to = dialog.findChild<QLineEdit *>("toEdit");
    auto *send = dialog.findChild<QPushButton *>("sendButton");
    QVERIFY(to && send);
    QCOMPARE(send->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(send->isEnabled());
    to->clear();
    QVERIFY2(!send->isEnabled(), "no recipient, nothing to send");
    QTest::keyClicks(to, QStringLiteral(" one@example.test,, Two <two@example.test> "));
    QVERIFY(send->isEnabled());
    const mime::MessageSpec spec = dialog.message();
    QCOMPARE(spec.to, (QStringList{"one@example.test", "Two <two@example.test>"}));
    QCOMPARE(spec.from, QStringLiteral("Postscope <you@sandbox.test>"));
    QVERIFY(spec.body.endsWith('\n'));
}

void tst_MainWindow::translationsLoadAndAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << "de_DE" << "&Datei";
    QTest::newRow("French") << "fr_FR" << "&Fichier";
}

void tst_MainWindow::translationsLoadAndAreComplete()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    const QLocale locale(language);
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    QVERIFY(ui::installTranslations(qApp, locale));
    QCOMPARE(QCoreApplication::translate("postscope::ui::MainWindow", "&File"), file);
    {
        ui::MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), file);
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QCOMPARE(QCoreApplication::translate("postscope::ui::MainWindow", "&File"), QStringLiteral("&File"));

    // Every string of the UI is translated: none left unfinished in the .ts file.
    QFile ts(QStringLiteral(POSTSCOPE_SOURCE_DIR "/translations/postscope_%1.ts").arg(locale.name().left(2)));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.count("<message") > 40);
    QCOMPARE(xml.count("type=\"unfinished\""), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
