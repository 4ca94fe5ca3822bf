// Drives the real main window (offscreen): its actions, shortcuts and menus,
// window state kept across runs, the accounts list with each account's
// state, sessions of several accounts at once in the one transcript (each
// line naming its session), the capabilities of the selected account, the
// settings dialog, accessible names on every control, and the German and
// French translations. No keychain is reachable here (no session bus): the
// keychain paths are tested in tst_accountdialog.

#include "accounts/accountdialog.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "capabilities/capabilitiesview.h"
#include "common/appsetup.h"
#include "common/uihelpers.h"
#include "compare/comparedialog.h"
#include "composer/composerwidget.h"
#include "console/steppanel.h"
#include "diagnostics/diagnosticstabs.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"
#include "sandbox/inboxview.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxcontrols.h"
#include "sandbox/sandboxserver.h"
#include "sessions/sessionhub.h"
#include "settings/settingsdialog.h"
#include "transcript/transcript.h"
#include "transcript/transcriptfiltermodel.h"
#include "transcript/transcriptmodel.h"
#include "transcript/transcriptpane.h"
#include "transcript/transcriptview.h"

#include <functional>

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTranslator>

using namespace postscope;
using State = ui::SessionHub::State;

class TestMainWindow : public QObject
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
    void sandboxIsTheDefaultAccount();
    void severalAccountsAtOnce();
    void connectFailureShowsTheError();
    void findAndClearFromTheMenus();
    void settingsDialog();
    void accessibleNames();
    void everyMenuActionHasAShortcut();
    void translationsLoadAndAreComplete_data();
    void translationsLoadAndAreComplete();

private:
    sandbox::SandboxConfig sandboxConfig() const;
    QStringList transcriptLines(ui::MainWindow &window) const;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the person's own settings and data out of reach.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

sandbox::SandboxConfig TestMainWindow::sandboxConfig() const
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath("maildir");
    config.certificateFolder = m_dir.filePath("certificate");
    return config;
}

QStringList TestMainWindow::transcriptLines(ui::MainWindow &window) const
{
    ui::TranscriptModel *model = window.transcriptPane()->model();
    model->flush();
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(row);
    return QString::fromUtf8(model->text(rows, false)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestMainWindow::actionsHaveShortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("new message") << "actionNewMessage" << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("send test") << "actionSendTest" << QKeySequence(Qt::CTRL | Qt::Key_Return);
    QTest::newRow("save transcript")
        << "actionSaveTranscript" << QKeySequence(Qt::CTRL | Qt::Key_S);
    QTest::newRow("settings") << "actionSettings" << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("quit") << "actionQuit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("copy") << "actionCopy" << QKeySequence(QKeySequence::Copy);
    QTest::newRow("find") << "actionFind" << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("find next") << "actionFindNext" << QKeySequence(Qt::Key_F3);
    QTest::newRow("find previous") << "actionFindPrevious" << QKeySequence(Qt::SHIFT | Qt::Key_F3);
    QTest::newRow("new account") << "actionNewAccount"
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QTest::newRow("edit account") << "actionEditAccount" << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("duplicate account")
        << "actionDuplicateAccount" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QTest::newRow("remove account") << "actionRemoveAccount" << QKeySequence(QKeySequence::Delete);
    QTest::newRow("connect") << "actionConnect" << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("disconnect") << "actionDisconnect"
                                << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    QTest::newRow("import accounts")
        << "actionImportAccounts" << QKeySequence(Qt::CTRL | Qt::Key_I);
    QTest::newRow("export accounts")
        << "actionExportAccounts" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QTest::newRow("transcript tab") << "actionShowTranscript" << QKeySequence(Qt::CTRL | Qt::Key_1);
    QTest::newRow("capabilities tab")
        << "actionShowCapabilities" << QKeySequence(Qt::CTRL | Qt::Key_2);
    QTest::newRow("timestamps") << "actionTimestamps" << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("clear transcript")
        << "actionClearTranscript" << QKeySequence(Qt::CTRL | Qt::Key_L);
    QTest::newRow("accounts dock")
        << "actionShowAccounts" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QTest::newRow("about") << "actionAbout" << QKeySequence();
    QTest::newRow("about qt") << "actionAboutQt" << QKeySequence();
}

void TestMainWindow::actionsHaveShortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, shortcut);
    ui::MainWindow window;
    auto *action = window.findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY2(!action->statusTip().isEmpty(), "every action explains itself in the status bar");
    if (!shortcut.isEmpty()) {
        // The tooltip teaches the shortcut.
        QVERIFY2(action->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
    // Every action is reachable from a menu (where its shortcut is listed).
    bool inMenu = false;
    for (QObject *object : action->associatedObjects())
        inMenu = inMenu || qobject_cast<QMenu *>(object);
    QVERIFY2(inMenu, qPrintable(name + QStringLiteral(" is in no menu")));
}

void TestMainWindow::menusAndToolbar()
{
    ui::MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList {"&File", "&Edit", "&Account", "&Message", "&View", "&Tools", "&Help"}));
    auto *toolbar = window.findChild<QToolBar *>("mainToolBar");
    QVERIFY(toolbar);
    for (const char *name : {"actionSendTest", "actionNewAccount", "actionConnect"})
        QVERIFY(toolbar->actions().contains(window.findChild<QAction *>(name)));
    QVERIFY(window.findChild<QDockWidget *>("accountsDock"));
    QCOMPARE(window.centralWidget(), window.viewTabs());
    // Every view reachable at a glance: Transcript, Server (Capabilities |
    // Certificate | Probe), Addresses, Console, Lessons, Sandbox (Inbox |
    // Settings), Messages.
    QStringList tabs;
    for (int i = 0; i < window.viewTabs()->count(); ++i)
        tabs << window.viewTabs()->tabText(i);
    QCOMPARE(tabs,
             (QStringList {"Transcript", "Server", "Addresses", "Console", "Lessons", "Sandbox",
                           "Messages"}));
    QCOMPARE(window.viewTabs()->widget(0), window.transcriptPane());
    QCOMPARE(window.viewTabs()->widget(1), window.serverTabs());
    QCOMPARE(window.serverTabs()->widget(0), window.capabilitiesView());
    QCOMPARE(window.serverTabs()->count(), 3);
    QCOMPARE(window.sandboxTabs()->count(), 2);
    QCOMPARE(window.messageTabs()->count(), 0);
    // The tab bar fits a 1280x800 window with the accounts beside it: no
    // scroll buttons, nothing out of sight.
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.viewTabs()->tabBar()->sizeHint().width() <= window.viewTabs()->width(),
             qPrintable(QString::number(window.viewTabs()->tabBar()->sizeHint().width())));
    // Ctrl+1 … Ctrl+9, Ctrl+0 follow the tabs from left to right, in the
    // View menu in that order.
    const char *inOrder[]
        = {"actionShowTranscript",  "actionShowCapabilities", "actionShowCertificate",
           "actionShowServerProbe", "actionShowAddressProbe", "actionShowConsole",
           "actionShowLessons",     "actionShowInbox",        "actionShowSandboxSettings",
           "actionShowMessages"};
    auto *view = window.menuBar()->findChild<QMenu *>("menuView");
    QVERIFY(view);
    for (int i = 0; i < 10; ++i) {
        auto *action = window.findChild<QAction *>(inOrder[i]);
        QVERIFY2(action, inOrder[i]);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
        QCOMPARE(view->actions().value(i), action);
        action->trigger();
        QWidget *page = window.currentView();
        QVERIFY2(page && page->isVisible(), inOrder[i]);
    }
    window.findChild<QAction *>("actionShowInbox")->trigger();
    QCOMPARE(window.currentView(), window.diagnostics()->inbox());
    QCOMPARE(window.viewTabs()->currentWidget(), window.sandboxTabs());
    QVERIFY(QFontInfo(window.transcriptPane()->view()->font()).fixedPitch());
    auto *status = window.findChild<QLabel *>("sandboxStatus");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Sandbox: not running"));
    // Without a running sandbox there is nowhere to send to.
    QVERIFY(!window.findChild<QAction *>("actionSendTest")->isEnabled());
    QVERIFY(!window.findChild<QAction *>("actionNewMessage")->isEnabled());
    QVERIFY(!window.findChild<QAction *>("actionConnect")->isEnabled());
    // The sandbox is listed first, selected, and cannot be edited or removed.
    QCOMPARE(window.accountList()->model()->rowCount(), 1);
    QCOMPARE(window.selectedAccountName(), QStringLiteral("sandbox"));
    QVERIFY(!window.findChild<QAction *>("actionEditAccount")->isEnabled());
    QVERIFY(!window.findChild<QAction *>("actionRemoveAccount")->isEnabled());
    QVERIFY(window.findChild<QAction *>("actionDuplicateAccount")->isEnabled());
    QVERIFY(!window.windowIcon().isNull());
    // Ctrl+2 and Ctrl+1 switch the views.
    window.findChild<QAction *>("actionShowCapabilities")->trigger();
    QCOMPARE(window.currentView(), window.capabilitiesView());
    window.findChild<QAction *>("actionShowTranscript")->trigger();
    QCOMPARE(window.currentView(), window.transcriptPane());
}

void TestMainWindow::quitClosesTheWindow()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>("actionQuit")->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::geometryAndStateRestored()
{
    QList<int> splitSizes;
    const QRect wanted(40, 50, 900, 600);
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // First start: the accounts are there.
        QVERIFY(window.findChild<QDockWidget *>("accountsDock")->isVisible());
        window.setGeometry(wanted);
        window.findChild<QAction *>("actionShowAccounts")->trigger();
        window.findChild<QAction *>("actionTimestamps")->setChecked(false);
        window.findChild<QAction *>("actionShowCertificate")->trigger();
        window.findChild<QAction *>("actionShowCapabilities")->trigger();
        window.findChild<QAction *>("actionShowSandboxSettings")->trigger();
        window.findChild<QAction *>("actionShowMessages")->trigger();
        auto *split = window.findChild<QSplitter *>("messagesSplitter");
        QVERIFY(split);
        split->setSizes({300, 100});
        splitSizes = split->sizes();
        window.findChild<QAction *>("actionShowCapabilities")->trigger();
        QVERIFY(!window.findChild<QDockWidget *>("accountsDock")->isVisible());
        QVERIFY(window.close());
    }
    QVERIFY(QSettings().contains("MainWindow/geometry"));
    QVERIFY(QSettings().contains("MainWindow/state"));
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), wanted.size());
        QVERIFY(!window.findChild<QDockWidget *>("accountsDock")->isVisible());
        QVERIFY(!window.findChild<QAction *>("actionTimestamps")->isChecked());
        QVERIFY(!window.transcriptPane()->timestamps());
        QCOMPARE(window.currentView(), window.capabilitiesView());
        // Each group's tab and the composers' splitter, too.
        QCOMPARE(window.sandboxTabs()->currentIndex(), 1); // Settings
        window.findChild<QAction *>("actionShowMessages")->trigger();
        QCOMPARE(window.findChild<QSplitter *>("messagesSplitter")->sizes(), splitSizes);
    }
}

void TestMainWindow::sandboxIsTheDefaultAccount()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig()));
    const quint16 port = window.sandboxAccount()->port();
    QVERIFY(port != 0);
    QCOMPARE(window.findChild<QLabel *>("sandboxStatus")->text(),
             QStringLiteral("Sandbox: listening on 127.0.0.1:%1").arg(port));
    // The list says where the sandbox listens and how it is secured.
    const QModelIndex first = window.accountList()->model()->index(0, 0);
    QCOMPARE(first.data(ui::AccountListModel::NameRole).toString(), QStringLiteral("sandbox"));
    QCOMPARE(first.data().toString(), QStringLiteral("sandbox\n127.0.0.1:%1, STARTTLS").arg(port));
    QCOMPARE(first.data(ui::AccountListModel::StateRole).toInt(), int(State::Idle));
    QAction *send = window.findChild<QAction *>("actionSendTest");
    QVERIFY(send->isEnabled());

    // The account's state as the session goes: connecting, connected with
    // TLS, idle again.
    QList<State> states;
    connect(window.sessionHub(), &ui::SessionHub::stateChanged, this, [&](const QString &account) {
        if (account == QLatin1String("sandbox"))
            states.append(window.sessionHub()->state(account));
    });
    QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
    send->trigger();
    QVERIFY(!send->isEnabled()); // one message at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_VERIFY(send->isEnabled());
    QTRY_COMPARE(window.sessionHub()->state("sandbox"), State::Idle);
    QVERIFY(states.contains(State::Connecting));
    QVERIFY(states.contains(State::ConnectedTls));
    QVERIFY(states.indexOf(State::Connecting) < states.indexOf(State::ConnectedTls));

    // The live transcript shows the whole conversation, over TLS, each line
    // naming its session.
    QTRY_VERIFY(transcriptLines(window).contains(QStringLiteral("[sandbox #1] C: QUIT")));
    const QStringList lines = transcriptLines(window);
    QVERIFY(lines.contains(QStringLiteral("[sandbox #1] C: STARTTLS")));
    QVERIFY(
        !lines.filter(QStringLiteral("[sandbox #1] C: MAIL FROM:<you@sandbox.test>")).isEmpty());
    QVERIFY(
        !lines.filter(QStringLiteral("[sandbox #1] C: RCPT TO:<inbox@sandbox.test>")).isEmpty());
    // The sandbox's certificate is verified like any server's, not waved through.
    QVERIFY(!lines.filter(QStringLiteral("TLS started")).isEmpty());
    QVERIFY2(lines.filter(QStringLiteral("NOT verified")).isEmpty(), qPrintable(lines.join('\n')));
    // Lines after the handshake carry the TLS marker; STARTTLS itself not.
    ui::TranscriptModel *model = window.transcriptPane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, ui::TranscriptModel::TextColumn).data().toString();
        const bool tls = model->index(row, 0).data(ui::TranscriptModel::TlsRole).toBool();
        if (text == QLatin1String("STARTTLS"))
            QVERIFY(!tls);
        if (text == QLatin1String("QUIT"))
            QVERIFY(tls);
    }

    // The capabilities tab shows what the sandbox offered before and after TLS.
    ui::CapabilitiesView *caps = window.capabilitiesView();
    QTreeWidgetItem *starttls = caps->rowFor(QStringLiteral("STARTTLS"));
    QVERIFY(starttls);
    QCOMPARE(
        ui::CapabilitiesView::Change(starttls->data(0, ui::CapabilitiesView::ChangeRole).toInt()),
        ui::CapabilitiesView::Change::Removed);
    QVERIFY(caps->rowFor(QStringLiteral("PIPELINING")));

    // And the sandbox really has the message.
    QStringList delivered;
    QDirIterator it(sandboxConfig().maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/new/")))
            delivered.append(path);
    }
    QCOMPARE(delivered.size(), 1);
    QFile message(delivered.first());
    QVERIFY(message.open(QIODevice::ReadOnly));
    QVERIFY(message.readAll().contains("Subject: Test message from Postscope"));
    for (const QString &path : std::as_const(delivered))
        QFile::remove(path);
}

void TestMainWindow::severalAccountsAtOnce()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig()));
    // A person's account that points at the same server, verified by its
    // certificate as a CA file.
    accounts::Account local;
    local.name = QStringLiteral("local");
    local.host = QStringLiteral("127.0.0.1");
    local.port = window.sandboxAccount()->port();
    local.security = session::Security::StartTls;
    local.heloName = QStringLiteral("client.test");
    local.caFile = window.sandboxAccount()->server()->certificate().certificatePath;
    local.identities
        = {accounts::Identity {QStringLiteral("Local"), QStringLiteral("me@local.test"), true}};
    QString error;
    QVERIFY2(window.accountStore()->add(local, &error), qPrintable(error));
    QCOMPARE(window.accountList()->model()->rowCount(), 2);

    QAction *connectAction = window.findChild<QAction *>("actionConnect");
    QAction *disconnectAction = window.findChild<QAction *>("actionDisconnect");
    QVERIFY(window.selectAccount(QStringLiteral("local")));
    QVERIFY(connectAction->isEnabled());
    connectAction->trigger();
    QVERIFY(window.selectAccount(QStringLiteral("sandbox")));
    connectAction->trigger();
    window.findChild<QAction *>("actionSendTest")->trigger();
    ui::SessionHub *hub = window.sessionHub();
    QTRY_COMPARE_WITH_TIMEOUT(hub->state("local"), State::ConnectedTls, 15000);
    QTRY_VERIFY(hub->isHeld("sandbox"));
    QTRY_VERIFY_WITH_TIMEOUT(hub->status("sandbox").sessions == 2, 15000);
    // Two accounts hold sessions at the same time.
    QTRY_VERIFY(hub->isHeld("local") && hub->isHeld("sandbox"));
    QVERIFY(!connectAction->isEnabled()); // the sandbox is connected already
    QVERIFY(disconnectAction->isEnabled());
    const QModelIndex localRow = window.accountList()->model()->index(1, 0);
    QCOMPARE(localRow.data(ui::AccountListModel::StateRole).toInt(), int(State::ConnectedTls));
    QVERIFY(
        localRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("connected with TLS")));

    // The capabilities follow the selected account.
    QVERIFY(window.selectAccount(QStringLiteral("local")));
    QTRY_VERIFY(window.capabilitiesView()->rowFor(QStringLiteral("PIPELINING")));
    QVERIFY(window.capabilitiesView()
                ->findChild<QLabel *>("capabilitiesTitle")
                ->text()
                .contains(QStringLiteral("local")));

    // Each line says whose it is, and the session filter shows one at a time.
    QComboBox *sessions = window.transcriptPane()->sessionCombo();
    QTRY_VERIFY(sessions->findText(QStringLiteral("local #1")) > 0);
    QTRY_VERIFY(sessions->findText(QStringLiteral("sandbox #1")) > 0);
    QTRY_VERIFY(sessions->findText(QStringLiteral("sandbox #2")) > 0);
    sessions->setCurrentIndex(sessions->findText(QStringLiteral("local #1")));
    ui::TranscriptFilterModel *filter = window.transcriptPane()->filter();
    QVERIFY(filter->rowCount() > 3);
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, ui::TranscriptModel::SessionColumn).data().toString(),
                 QStringLiteral("local #1"));
    QVERIFY(transcriptLines(window).contains(QStringLiteral("[local #1] C: EHLO client.test")));

    // Disconnect says QUIT on each.
    disconnectAction->trigger(); // local is selected
    QTRY_COMPARE_WITH_TIMEOUT(hub->state("local"), State::Idle, 15000);
    QVERIFY(window.selectAccount(QStringLiteral("sandbox")));
    disconnectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!hub->isHeld("sandbox"), 15000);
    QTRY_VERIFY(transcriptLines(window).contains(QStringLiteral("[local #1] C: QUIT")));
    QVERIFY(transcriptLines(window).contains(QStringLiteral("[sandbox #1] C: QUIT")));
    QVERIFY(window.accountStore()->remove(QStringLiteral("local")));
}

void TestMainWindow::connectFailureShowsTheError()
{
    // A port where nothing listens (taken, then closed).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ui::MainWindow window;
    window.show();
    accounts::Account nowhere;
    nowhere.name = QStringLiteral("nowhere");
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = closedPort;
    nowhere.replyTimeoutMs = 5000;
    QVERIFY(window.accountStore()->add(nowhere));
    QVERIFY(window.selectAccount(QStringLiteral("nowhere")));
    window.findChild<QAction *>("actionConnect")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionHub()->state("nowhere"), State::Error, 15000);
    QTRY_VERIFY(!window.sessionHub()->isHeld("nowhere"));
    const QModelIndex row = window.accountList()->model()->index(1, 0);
    QCOMPARE(row.data(ui::AccountListModel::StateRole).toInt(), int(State::Error));
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("nowhere: error")), qPrintable(tip));
    QVERIFY2(tip.split('\n').size() >= 2 && !tip.split('\n').at(1).isEmpty(), qPrintable(tip));
    // It can be tried again.
    QVERIFY(window.findChild<QAction *>("actionConnect")->isEnabled());
    QVERIFY(window.accountStore()->remove(QStringLiteral("nowhere")));
}

void TestMainWindow::findAndClearFromTheMenus()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    transcript::Transcript *model = window.transcript();
    model->addNote(QStringLiteral("first note"));
    model->addNote(QStringLiteral("second note"));
    QTRY_COMPARE(window.transcriptPane()->model()->rowCount(), 2);
    window.findChild<QAction *>("actionShowCapabilities")->trigger();
    // Ctrl+F: back to the transcript, into the find field.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentView(), window.transcriptPane());
    QTRY_VERIFY(window.transcriptPane()->findEdit()->hasFocus());
    QTest::keyClicks(window.transcriptPane()->findEdit(), QStringLiteral("note"));
    QCOMPARE(window.transcriptPane()->view()->currentIndex().row(), 0);
    window.findChild<QAction *>("actionFindNext")->trigger();
    QCOMPARE(window.transcriptPane()->view()->currentIndex().row(), 1);
    window.findChild<QAction *>("actionFindPrevious")->trigger();
    QCOMPARE(window.transcriptPane()->view()->currentIndex().row(), 0);
    window.findChild<QAction *>("actionClearTranscript")->trigger();
    QCOMPARE(window.transcriptPane()->model()->rowCount(), 0);
    QVERIFY(model->entries().isEmpty());
}

void TestMainWindow::settingsDialog()
{
    {
        ui::MainWindow window;
        window.show();
        window.findChild<QAction *>("actionSettings")->trigger();
        auto *dialog = window.findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *language = dialog->findChild<QComboBox *>("languageCombo");
        auto *note = dialog->findChild<QLabel *>("restartNote");
        QCOMPARE(language->currentData().toString(), QString()); // the system's by default
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(note->text().contains(QStringLiteral("starts again")));
        dialog->findChild<QSpinBox *>("transcriptLinesSpin")->setValue(5000);
        QTest::mouseClick(dialog->findChild<QPushButton *>("okButton"), Qt::LeftButton);
        QCOMPARE(window.transcriptPane()->model()->maxRows(), 5000);
        QCOMPARE(QSettings().value(ui::settingskeys::language).toString(), QStringLiteral("de"));
        QCOMPARE(ui::configuredLocale().language(), QLocale::German);
    }
    // The next start keeps the transcript's bound.
    ui::MainWindow again;
    QCOMPARE(again.transcriptPane()->model()->maxRows(), 5000);
    QSettings().remove(ui::settingskeys::language);
    QCOMPARE(ui::configuredLocale(), QLocale::system());
}

namespace {

// Every control a person can reach has a name a screen reader can say.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        // A tab bar: each tab is named by its title (or its accessible tab
        // name), as Qt's QAccessibleTabBar exposes them.
        if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(bar);
            for (int i = 0; accessible && i < bar->count(); ++i) {
                QAccessibleInterface *tab = accessible->child(i);
                if (!tab || tab->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("%1 tab %2 (QTabBar)")
                                       .arg(bar->parentWidget() ? bar->parentWidget()->objectName()
                                                                : QString())
                                       .arg(i));
            }
            continue;
        }
        // Qt's own parts: scroll bars, headers, corner buttons, menus (their
        // titles).
        if (widget->objectName().startsWith(QLatin1String("qt_"))
            || qobject_cast<QScrollBar *>(widget) || qobject_cast<QMenu *>(widget)
            || qobject_cast<QMenuBar *>(widget) || qobject_cast<QHeaderView *>(widget)
            || widget->inherits("QTableCornerButton"))
            continue;
        // The parts of a spin box, combo box or line edit (its clear button,
        // a combo's list) belong to it.
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && !part; up = up->parentWidget())
            part = qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QComboBox *>(up)
                || qobject_cast<QLineEdit *>(up) || up->inherits("QComboBoxPrivateContainer");
        if (part)
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QTabWidget *>(widget) || qobject_cast<QTextEdit *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractSlider *>(widget);
        if (!control)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                         widget->metaObject()->className()));
    }
    return unnamed;
}

} // namespace

void TestMainWindow::accessibleNames()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every view of the window (the hidden ones are walked too), each shown
    // once so that what it builds lazily exists.
    for (const char *view :
         {"actionShowTranscript", "actionShowCapabilities", "actionShowCertificate",
          "actionShowServerProbe", "actionShowAddressProbe", "actionShowConsole",
          "actionShowLessons", "actionShowInbox", "actionShowSandboxSettings",
          "actionShowMessages"}) {
        window.findChild<QAction *>(view)->trigger();
        QCOMPARE(unnamedControls(&window).join(QLatin1Char(',')), QString());
    }
    window.findChild<QAction *>("actionStepMode")->setChecked(true);
    QVERIFY(window.stepPanel()->isVisible());
    window.findChild<QDockWidget *>("outboxDock")->show();
    // The composer too (its tab; the outbox dock is in the window already).
    QVERIFY(window.openComposer(QStringLiteral("sandbox")));
    QCOMPARE(unnamedControls(&window).join(QLatin1Char(',')), QString());

    accounts::Account account;
    ui::AccountDialog dialog(ui::AccountDialog::Mode::Add, account, window.accountStore(), nullptr);
    dialog.show();
    QCOMPARE(unnamedControls(&dialog).join(QLatin1Char(',')), QString());

    ui::SettingsDialog settings;
    settings.show();
    QCOMPARE(unnamedControls(&settings).join(QLatin1Char(',')), QString());

    QDialog *compare = window.openCompareDialog();
    QVERIFY(compare);
    QCOMPARE(unnamedControls(compare).join(QLatin1Char(',')), QString());
}

void TestMainWindow::everyMenuActionHasAShortcut()
{
    // Keyboard shortcuts for every main action (issue 10.9), listed in the
    // menus. Exempt, deliberately: the About boxes (rare, and Help is one
    // Alt+H away) and the toolbar's show/hide toggle (the toolbar only
    // repeats menu actions).
    const QStringList exempt {QStringLiteral("actionAbout"), QStringLiteral("actionAboutQt"),
                              QStringLiteral("actionShowToolBar")};
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.startSandbox(sandboxConfig()));
    // The Message menu shows the open composer's actions.
    QVERIFY(window.openComposer(QStringLiteral("sandbox")));
    QStringList missing;
    int checked = 0;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        emit menu->aboutToShow();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                walk(action->menu());
                continue;
            }
            ++checked;
            if (action->shortcut().isEmpty() && !exempt.contains(action->objectName()))
                missing << QStringLiteral("%1 (%2)").arg(action->objectName(), action->text());
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY(top->menu());
        walk(top->menu());
    }
    QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    QCOMPARE(missing.join(QLatin1Char(',')), QString());
    // The exempt ones are still there (the list is not stale).
    for (const QString &name : exempt)
        QVERIFY2(window.findChild<QAction *>(name), qPrintable(name));
}

void TestMainWindow::translationsLoadAndAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("transcriptTab");
    QTest::newRow("German") << "de_DE"
                            << "&Datei"
                            << "Protokoll";
    QTest::newRow("French") << "fr_FR"
                            << "&Fichier"
                            << "Journal";
}

void TestMainWindow::translationsLoadAndAreComplete()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, transcriptTab);
    const QLocale locale(language);
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    QVERIFY(ui::installTranslations(qApp, locale));
    QCOMPARE(QCoreApplication::translate("postscope::ui::MainWindow", "&File"), file);
    {
        ui::MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), file);
        QCOMPARE(window.viewTabs()->tabText(0), transcriptTab);
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QCOMPARE(QCoreApplication::translate("postscope::ui::MainWindow", "&File"),
             QStringLiteral("&File"));

    // Every string of the UI is translated: none left unfinished in the .ts file.
    QFile ts(QStringLiteral(POSTSCOPE_SOURCE_DIR "/translations/postscope_%1.ts")
                 .arg(locale.name().left(2)));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.count("<message") > 300);
    QCOMPARE(xml.count("type=\"unfinished\""), 0);
    QCOMPARE(xml.count("type=\"vanished\""), 0);
}

int main(int argc, char **argv)
{
    // No session bus, so that nothing here can reach the machine's keychain.
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
