// Where no keychain answers (no session bus; main() isolates the test with
// a temporary HOME and a bus address that names nothing): the account dialog
// says so, takes no password, saves the account without one, and writes no
// password anywhere; the window's password prompt asks each time and hands
// what was typed to the caller only. An OAuth sign-in works all the same:
// the dialog says the tokens are held in memory for this session only, and
// they are in no file.

#include "accounts/accountdialog.h"
#include "accounts/accountstore.h"
#include "accounts/oauthtokens.h"
#include "accounts/passwordprompt.h"
#include "accounts/secretstore.h"
#include "mainwindow/mainwindow.h"
#include "oauthserver.h"
#include "privatekeyring.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace postscope;
using postscope::testsupport::filesContaining;
using postscope::testsupport::privateHome;

class TestAccountDialogNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogSaysSoAndStoresNoPassword();
    void promptAsksEachTime();
    void oauthTokensHeldForTheSession();
};

void TestAccountDialogNoKeychain::initTestCase()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("no-session-bus-here"));
    QVERIFY(!privateHome().isEmpty());
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialog_nokeychain"));
}

void TestAccountDialogNoKeychain::dialogSaysSoAndStoresNoPassword()
{
    ui::MainWindow window;
    window.show();
    window.findChild<QAction *>(QStringLiteral("actionNewAccount"))->trigger();
    QPointer<ui::AccountDialog> dialog = window.findChild<ui::AccountDialog *>();
    QVERIFY(dialog);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("keychainNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("No system keychain")), 20000);
    QVERIFY2(note->text().contains(QStringLiteral("ask for the password each time")),
             qPrintable(note->text()));
    // The reason the keychain gave is at hand.
    QVERIFY(!window.secretStore()->unavailableReason().isEmpty());
    QCOMPARE(note->toolTip(), window.secretStore()->unavailableReason());
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(!passwordEdit->isEnabled());
    QCOMPARE(passwordEdit->placeholderText(), QStringLiteral("Asked for each time"));

    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("work"));
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))
        ->setText(QStringLiteral("mail.example.test"));
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(window.accountStore()->contains(QStringLiteral("work")));
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 QStringLiteral("ask for the password each time")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestAccountDialogNoKeychain::promptAsksEachTime()
{
    ui::MainWindow window;
    window.show();
    accounts::SecretStore *store = window.secretStore();
    const accounts::SecretStore::Asker ask = ui::passwordAsker(&window);
    auto prompt
        = [&window] { return window.findChild<QInputDialog *>(QStringLiteral("passwordPrompt")); };

    std::optional<accounts::SecretResult> result;
    store->obtain(QStringLiteral("work"), accounts::SecretKind::Password, ask,
                  [&result](const accounts::SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(prompt() && prompt()->isVisible(), 20000);
    QVERIFY(prompt()->windowTitle().contains(QStringLiteral("work")));
    QCOMPARE(prompt()->textEchoMode(), QLineEdit::Password);
    QVERIFY(prompt()->labelText().contains(store->unavailableReason()));
    prompt()->setTextValue(QStringLiteral("typed-s3cret"));
    prompt()->accept();
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->secret, QStringLiteral("typed-s3cret"));
    QVERIFY(!result->fromKeychain);

    // Asked again the next time (nothing was kept), and Cancel says so.
    result.reset();
    QTRY_VERIFY(!prompt());
    store->obtain(QStringLiteral("work"), accounts::SecretKind::Password, ask,
                  [&result](const accounts::SecretResult &r) { result = r; });
    QTRY_VERIFY(prompt() && prompt()->isVisible());
    prompt()->reject();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error, accounts::SecretResult::Error::Cancelled);

    // What was typed is in no file.
    QCOMPARE(filesContaining(privateHome(), "typed-s3cret"), QStringList());
}

void TestAccountDialogNoKeychain::oauthTokensHeldForTheSession()
{
    testsupport::AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    ui::MainWindow window;
    window.show();
    window.findChild<QAction *>(QStringLiteral("actionNewAccount"))->trigger();
    QPointer<ui::AccountDialog> dialog = window.findChild<ui::AccountDialog *>();
    QVERIFY(dialog);
    auto set = [&dialog](const char *name, const QString &text) {
        dialog->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
    };
    auto choose = [&dialog](const char *name, const QString &data) {
        auto *combo = dialog->findChild<QComboBox *>(QString::fromLatin1(name));
        combo->setCurrentIndex(combo->findData(data));
    };
    set("nameEdit", QStringLiteral("oauth-here"));
    set("hostEdit", QStringLiteral("mail.example.test"));
    set("userEdit", QStringLiteral("carol@example.test"));
    choose("mechanismCombo", QStringLiteral("OAUTHBEARER"));
    choose("oauthProviderCombo", QStringLiteral("custom"));
    set("oauthClientIdEdit", testsupport::AuthorizationServer::clientId());
    set("oauthAuthorizationEdit", server.url(QStringLiteral("/authorize")).toString());
    set("oauthTokenEdit", server.url(QStringLiteral("/token")).toString());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("oauthKeychainNote"));
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("No system keychain")), 20000);
    QVERIFY2(note->text().contains(QStringLiteral("in memory for this session only")),
             qPrintable(note->text()));

    testsupport::FollowingBrowser browser;
    dialog->setBrowserOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    dialog->findChild<QTabWidget *>(QStringLiteral("accountTabs"))->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("oauthSignInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 20000);
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("oauthStateLabel"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Signed in")), qPrintable(state->text()));
    const QString access
        = server.log().at(1).toObject().value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 QStringLiteral("held in memory until Postscope quits")),
             qPrintable(window.statusBar()->currentMessage()));
    // In this process's memory, readable by the send path; in no file.
    QVERIFY(accounts::SessionTokens::instance().contains(QStringLiteral("oauth-here"),
                                                         accounts::SecretKind::OAuthAccessToken));
    std::optional<accounts::TokenState> read;
    accounts::readTokenState(accounts::TokenStorage::keychainOrSession(
                                 window.secretStore(), QStringLiteral("oauth-here")),
                             [&read](const accounts::TokenState &s) { read = s; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QCOMPARE(read->kind, accounts::TokenState::Kind::Valid);
    QCOMPARE(filesContaining(privateHome(), access.toUtf8()), QStringList());
}

int main(int argc, char **argv)
{
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    TestAccountDialogNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog_nokeychain.moc"
