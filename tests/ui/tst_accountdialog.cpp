// The account dialog driven through the real main window, inside a private
// Secret Service (gnome-keyring-daemon in a D-Bus session of this test's
// own, a temporary HOME; main() runs the program again there): an account
// added through the dialog with its password in the keychain (checked with
// secret-tool, libsecret's own client) and in no file; the port filled in
// for the security; validation shown inline; edit (a rename moves the
// secret), duplicate (copies it), remove (removes it); import and export
// without secrets.

#include "accounts/accountdialog.h"
#include "accounts/securitypage.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "common/findingsview.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace postscope;
using postscope::testsupport::filesContaining;
using postscope::testsupport::privateHome;
using Dialog = ui::AccountDialog;

namespace {

const QString password = QStringLiteral("c0rrect-h0rse-battery");
const QString keyPassphrase = QStringLiteral("client-key-passphrase-77");
const QString signingPassphrase = QStringLiteral("smime-p12-passphrase-88");

// secret-tool, libsecret's own client: an independent look at the keyring.
// QtKeychain keeps an entry under user=KEY, server=SERVICE.
QByteArray lookup(const QString &account,
                  accounts::SecretKind kind = accounts::SecretKind::Password)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (program.isEmpty())
        return "secret-tool is missing (Debian package libsecret-tools)";
    QProcess p;
    p.start(program,
            {QStringLiteral("lookup"), QStringLiteral("user"),
             accounts::SecretStore::entryKey(account, kind),
             QStringLiteral("server"), QStringLiteral("Postscope")});
    if (!p.waitForFinished(30000))
        return "secret-tool did not finish";
    return p.readAllStandardOutput();
}

void setText(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void choose(QWidget *dialog, const char *name, const QVariant &data)
{
    auto *combo = dialog->findChild<QComboBox *>(name);
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, name);
    combo->setCurrentIndex(index);
}

// Types into a table cell through its editor, as a person does.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    // An editor already open (Add Identity opens one) is closed first.
    auto openEditor = [table]() -> QLineEdit * {
        for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                return edit;
        }
        return nullptr;
    };
    if (QLineEdit *open = openEditor()) {
        QTest::keyClick(open, Qt::Key_Escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QLineEdit *editor = openEditor();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

QPushButton *okButton(Dialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
}

QString problemsText(Dialog *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    return label->isHidden() ? QString() : label->text();
}

} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portFollowsSecurity_data();
    void portFollowsSecurity();
    void addAccountThroughTheDialog();
    void editRenamesAndMovesTheSecret();
    void duplicateCopiesTheSecret();
    void removeAccountAndItsSecret();
    void importAndExport();
    void findingsAndTestConnection();

private:
    Dialog *open(const char *action);
    void save(Dialog *dialog);
    QString settingsFile() const { return QSettings().fileName(); }

    std::unique_ptr<ui::MainWindow> m_window;
};

void TestAccountDialog::initTestCase()
{
    QVERIFY(!privateHome().isEmpty());
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialog"));
    QVERIFY(QSettings().fileName().startsWith(privateHome()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

Dialog *TestAccountDialog::open(const char *action)
{
    QAction *trigger = m_window->findChild<QAction *>(action);
    if (!trigger || !trigger->isEnabled())
        return nullptr;
    const QList<Dialog *> before = m_window->findChildren<Dialog *>();
    trigger->trigger();
    for (Dialog *dialog : m_window->findChildren<Dialog *>()) {
        if (!before.contains(dialog))
            return dialog;
    }
    return nullptr;
}

void TestAccountDialog::save(Dialog *dialog)
{
    QPointer<Dialog> guard(dialog);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problemsText(dialog)));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // The keychain answers asynchronously; the dialog closes once it has.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
}

void TestAccountDialog::portFollowsSecurity_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("port");
    using S = session::Security;
    using L = engine::Dialect;
    QTest::newRow("STARTTLS: submission") << int(S::StartTls) << int(L::Smtp) << 587;
    QTest::newRow("TLS: submissions") << int(S::Tls) << int(L::Smtp) << 465;
    QTest::newRow("none: relay") << int(S::None) << int(L::Smtp) << 25;
    QTest::newRow("opportunistic: relay") << int(S::Opportunistic) << int(L::Smtp) << 25;
    QTest::newRow("LMTP") << int(S::None) << int(L::Lmtp) << 24;
}

void TestAccountDialog::portFollowsSecurity()
{
    QFETCH(int, security);
    QFETCH(int, dialect);
    QFETCH(int, port);
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"));
    QCOMPARE(spin->value(), 587); // a new account: STARTTLS submission
    choose(dialog, "protocolCombo", dialect);
    choose(dialog, "securityCombo", security);
    QCOMPARE(spin->value(), port);
    QCOMPARE(int(Dialog::defaultPort(session::Security(security), engine::Dialect(dialect))), port);
    // A port the person typed stays, whatever the security.
    spin->setValue(2525);
    choose(dialog, "securityCombo", int(session::Security::Tls));
    QCOMPARE(spin->value(), 2525);
    dialog->reject();
}

void TestAccountDialog::addAccountThroughTheDialog()
{
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), Dialog::Mode::Add);
    // The keychain answered: the dialog says where the password goes.
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("keychainNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("kept in the system keychain")),
                             30000);
    QVERIFY(m_window->secretStore()->available());

    // Nothing to save yet, and it says why, inline.
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problemsText(dialog).contains(QStringLiteral("An account needs a name.")));
    setText(dialog, "nameEdit", QStringLiteral("work"));
    setText(dialog, "hostEdit", QStringLiteral("bad host"));
    QVERIFY2(problemsText(dialog).contains(
                 QStringLiteral("&quot;bad host&quot; is not a host name or IP address.")),
             qPrintable(problemsText(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());
    setText(dialog, "hostEdit", QStringLiteral("mail.example.test"));
    setText(dialog, "userEdit", QStringLiteral("alice"));
    setText(dialog, "passwordEdit", password);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->echoMode(),
             QLineEdit::Password);
    // The passphrases of the TLS client key (Advanced) and of the S/MIME
    // key (Security) go to the keychain with the password.
    setText(dialog, "clientKeyPassphraseEdit", keyPassphrase);
    // (The S/MIME box takes input once S/MIME is chosen and has a certificate file.)
    ui::SecurityPage *security = dialog->securityPage();
    security->kindCombo()->setCurrentIndex(
        security->kindCombo()->findData(int(mime::Security::Kind::Smime)));
    security->smimeCertEdit()->setText(QCoreApplication::applicationFilePath());
    QVERIFY(security->passphraseEdit()->isEnabled());
    setText(dialog, "signingPassphraseEdit", signingPassphrase);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientKeyPassphraseEdit"))->echoMode(),
             QLineEdit::Password);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("signingPassphraseEdit"))->echoMode(),
             QLineEdit::Password);

    // An identity: typed into the table; a wrong address is refused inline.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addIdentityButton")),
                      Qt::LeftButton);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("identitiesTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, Dialog::IdentityDefaultColumn)->checkState(), Qt::Checked);
    typeInCell(table, 0, Dialog::IdentityAddressColumn, QStringLiteral("alice-at-example"));
    QVERIFY(problemsText(dialog).contains(QStringLiteral("is not an email address")));
    typeInCell(table, 0, Dialog::IdentityAddressColumn, QStringLiteral("alice@example.test"));
    typeInCell(table, 0, Dialog::IdentityNameColumn, QStringLiteral("Alice"));
    // A second identity becomes the default when checked; the first is unchecked.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addIdentityButton")),
                      Qt::LeftButton);
    typeInCell(table, 1, Dialog::IdentityAddressColumn, QStringLiteral("team@example.test"));
    table->item(1, Dialog::IdentityDefaultColumn)->setCheckState(Qt::Checked);
    QCOMPARE(table->item(0, Dialog::IdentityDefaultColumn)->checkState(), Qt::Unchecked);
    table->item(0, Dialog::IdentityDefaultColumn)->setCheckState(Qt::Checked);
    QCOMPARE(table->item(1, Dialog::IdentityDefaultColumn)->checkState(), Qt::Unchecked);
    QCOMPARE(problemsText(dialog), QString());

    QSignalSpy saved(dialog, &Dialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("work"));
    QVERIFY(saved.at(0).at(1).toString().contains(QStringLiteral("system keychain")));

    const std::optional<accounts::Account> work = m_window->accountStore()->find("work");
    QVERIFY(work);
    QCOMPARE(work->host, QStringLiteral("mail.example.test"));
    QCOMPARE(work->port, quint16(587));
    QCOMPARE(work->security, session::Security::StartTls);
    QCOMPARE(work->user, QStringLiteral("alice"));
    QCOMPARE(work->identities.size(), 2);
    QCOMPARE(work->defaultIdentity()->mailbox(), QStringLiteral("Alice <alice@example.test>"));
    QCOMPARE(m_window->selectedAccountName(), QStringLiteral("work"));

    // The password is in the keychain, and nowhere else: not in the settings
    // file (which does hold the account), not in any file of the HOME.
    QCOMPARE(lookup("work"), password.toUtf8());
    QFile settings(settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains("mail.example.test"));
    QVERIFY(!content.contains(password.toUtf8()));
    QCOMPARE(filesContaining(privateHome(), password.toUtf8()), QStringList());
    QCOMPARE(filesContaining(privateHome(), password.toUtf8().toBase64()), QStringList());
    QCOMPARE(lookup("work", accounts::SecretKind::KeyPassphrase), keyPassphrase.toUtf8());
    QCOMPARE(lookup("work", accounts::SecretKind::SigningPassphrase), signingPassphrase.toUtf8());
    for (const QString &secret : {keyPassphrase, signingPassphrase}) {
        QVERIFY(!content.contains(secret.toUtf8()));
        QCOMPARE(filesContaining(privateHome(), secret.toUtf8()), QStringList());
    }
}

void TestAccountDialog::editRenamesAndMovesTheSecret()
{
    QVERIFY(m_window->selectAccount("work"));
    Dialog *dialog = open("actionEditAccount");
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), Dialog::Mode::Edit);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("work"));
    // The stored password is never shown; empty keeps it.
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(passwordEdit->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(passwordEdit->placeholderText(), QStringLiteral("Unchanged"), 30000);
    setText(dialog, "nameEdit", QStringLiteral("office"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(2525);
    save(dialog);

    QVERIFY(!m_window->accountStore()->contains("work"));
    const std::optional<accounts::Account> office = m_window->accountStore()->find("office");
    QVERIFY(office);
    QCOMPARE(office->port, quint16(2525));
    QCOMPARE(office->identities.size(), 2); // untouched fields kept
    // Secrets are keyed by the name: they moved with it.
    QCOMPARE(lookup("office"), password.toUtf8());
    QCOMPARE(lookup("work"), QByteArray());
    QCOMPARE(m_window->selectedAccountName(), QStringLiteral("office"));
}

void TestAccountDialog::duplicateCopiesTheSecret()
{
    QVERIFY(m_window->selectAccount("office"));
    Dialog *dialog = open("actionDuplicateAccount");
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), Dialog::Mode::Duplicate);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("office (copy)"));
    // The copy's name may not be one that exists.
    setText(dialog, "nameEdit", QStringLiteral("OFFICE"));
    QVERIFY(problemsText(dialog).contains(QStringLiteral("exists already")));
    setText(dialog, "nameEdit", QStringLiteral("office (copy)"));
    save(dialog);
    QVERIFY(m_window->accountStore()->contains("office"));
    QCOMPARE(m_window->accountStore()->find("office (copy)")->port, quint16(2525));
    QCOMPARE(lookup("office (copy)"), password.toUtf8());
    QCOMPARE(lookup("office"), password.toUtf8());
    QCOMPARE(Dialog::copyName(QStringLiteral("office"), m_window->accountStore()),
             QStringLiteral("office (copy 2)"));
}

void TestAccountDialog::removeAccountAndItsSecret()
{
    QVERIFY(m_window->selectAccount("office (copy)"));
    auto confirmation = [this] {
        return m_window->findChild<QMessageBox *>(QStringLiteral("removeAccountConfirmation"));
    };
    // Del in the account list asks first; Cancel keeps it.
    m_window->activateWindow();
    m_window->accountList()->setFocus();
    QTRY_VERIFY(m_window->accountList()->hasFocus());
    QTest::keyClick(m_window->accountList(), Qt::Key_Delete);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QVERIFY(confirmation()->text().contains(QStringLiteral("office (copy)")));
    confirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!confirmation());
    QVERIFY(m_window->accountStore()->contains("office (copy)"));

    m_window->findChild<QAction *>(QStringLiteral("actionRemoveAccount"))->trigger();
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    confirmation()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!m_window->accountStore()->contains("office (copy)"));
    QTRY_COMPARE_WITH_TIMEOUT(lookup("office (copy)"), QByteArray(), 30000);
    QCOMPARE(lookup("office"), password.toUtf8()); // only that account's secret
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Removed")));
}

void TestAccountDialog::importAndExport()
{
    const QString path = privateHome() + QStringLiteral("/accounts.json");
    QString error;
    QVERIFY2(m_window->exportAccounts(path, &error), qPrintable(error));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(json.contains("\"office\""));
    QVERIFY(json.contains("mail.example.test"));
    QVERIFY(!json.contains(password.toUtf8()));
    QVERIFY(!json.contains("\"sandbox\""));

    QVERIFY2(m_window->removeAccount(QStringLiteral("office"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(lookup("office"), QByteArray(), 30000);
    QCOMPARE(m_window->accountList()->model()->rowCount(), 1);
    int count = 0;
    QVERIFY2(
        m_window->importAccounts(path, accounts::AccountStore::ImportMode::AddOnly, &count, &error),
        qPrintable(error));
    QCOMPARE(count, 1);
    QCOMPARE(m_window->accountStore()->find("office")->port, quint16(2525));
    QCOMPARE(m_window->accountList()->model()->rowCount(), 2);
    // The import brings no secret: the password is asked for again.
    QCOMPARE(lookup("office"), QByteArray());
    // Adding again clashes; replacing is explicit.
    QVERIFY(!m_window->importAccounts(path, accounts::AccountStore::ImportMode::AddOnly, &count,
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("office")), qPrintable(error));
    QVERIFY2(
        m_window->importAccounts(path, accounts::AccountStore::ImportMode::Replace, &count, &error),
        qPrintable(error));
    QCOMPARE(count, 1);
    // A file that is not an export is refused with a sentence, and changes nothing.
    QFile junk(privateHome() + QStringLiteral("/junk.json"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ not json");
    junk.close();
    error.clear();
    QVERIFY(!m_window->importAccounts(junk.fileName(), accounts::AccountStore::ImportMode::Replace,
                                      &count, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_window->accountList()->model()->rowCount(), 2);
}

void TestAccountDialog::findingsAndTestConnection()
{
    // A findings list in the dialog, and a Test Connection button that runs
    // the server probe with the unsaved fields (tst_diagnosticsviews and
    // the Postfix test follow a probe to its end).
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    QPushButton *test = dialog->testConnectionButton();
    QVERIFY(test->isEnabled());
    dialog->setTestConnectionAvailable(false);
    QVERIFY(!test->isEnabled());
    dialog->setTestConnectionAvailable(true);
    QVERIFY(test->isEnabled());
    // A server that accepts and never greets: the test is under way, can
    // be stopped, and says so.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    setText(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(silent.serverPort());
    QSignalSpy requested(dialog, &Dialog::testConnectionRequested);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<accounts::Account>().host, QStringLiteral("127.0.0.1"));
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(50));
    QVERIFY(dialog->isTesting());
    QVERIFY(!test->isEnabled());
    QVERIFY(dialog->cancelTestButton()->isVisible());
    QTest::mouseClick(dialog->cancelTestButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isTesting());
    QCOMPARE(dialog->testStatusLabel()->text(), QStringLiteral("Test stopped."));
    QVERIFY(test->isEnabled());

    ui::FindingsView *findings = dialog->findingsView();
    findings->setFindings({});
    QCOMPARE(findings->topLevelItemCount(), 1); // the placeholder
    findings->setFindings(
        {{ui::Finding::Severity::Warning, QStringLiteral("AUTH PLAIN is offered before TLS."),
          QStringLiteral("RFC 4954 4")},
         {ui::Finding::Severity::Info, QStringLiteral("TLSv1.3"), {}}});
    QCOMPARE(findings->topLevelItemCount(), 2);
    QTreeWidgetItem *warning = findings->topLevelItem(0);
    QCOMPARE(warning->text(0), QStringLiteral("AUTH PLAIN is offered before TLS."));
    QCOMPARE(warning->childCount(), 1);
    QCOMPARE(warning->child(0)->text(0), QStringLiteral("RFC 4954 4"));
    QCOMPARE(warning->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Warning: AUTH PLAIN is offered before TLS."));
    QVERIFY(!warning->icon(0).isNull());
    QCOMPARE(findings->topLevelItem(1)->childCount(), 0);
    dialog->reject();
}

int main(int argc, char **argv)
{
    if (const int rc = postscope::testsupport::runInsidePrivateKeyring(argc, argv); rc >= 0)
        return rc;
    QApplication app(argc, argv);
    TestAccountDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog.moc"
