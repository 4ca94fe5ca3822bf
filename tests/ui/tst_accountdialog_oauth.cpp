// OAuth 2.0 in the account dialog (issue 10 section 2), driven through the
// real main window inside a private Secret Service (gnome-keyring-daemon in
// a D-Bus session of this test's own, a temporary HOME): the Login tab shows
// the OAuth section instead of the password; "Sign In…" runs core's
// authorization-code flow with PKCE against the local authorization server
// (tests/support/oauthserver.h, oauth_server.py), the test's browser seam
// following the URL; the tokens land in the keychain (checked with
// secret-tool) and in no file; a send through an in-process sandbox that
// knows the token logs in with AUTH XOAUTH2, the token redacted in the
// transcript; the provider's and the server's refusals are shown; Sign Out
// removes the tokens and the account list says so.

#include "accounts/accountdialog.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "composer/composerwidget.h"
#include "mainwindow/mainwindow.h"
#include "oauthserver.h"
#include "privatekeyring.h"
#include "sandbox/sandboxserver.h"
#include "transcript/transcript.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace postscope;
using postscope::testsupport::AuthorizationServer;
using postscope::testsupport::filesContaining;
using postscope::testsupport::FollowingBrowser;
using postscope::testsupport::privateHome;
using Dialog = ui::AccountDialog;
using accounts::SecretKind;

namespace {

const QString accountName = QStringLiteral("mail-oauth");
const QString user = QStringLiteral("carol@example.test");

// secret-tool, libsecret's own client: an independent look at the keyring
// (QtKeychain keeps an entry under user=KEY, server=SERVICE).
QByteArray lookup(const QString &account, SecretKind kind)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (program.isEmpty())
        return "secret-tool is missing (Debian package libsecret-tools)";
    QProcess p;
    p.start(program,
            {QStringLiteral("lookup"), QStringLiteral("user"),
             accounts::SecretStore::entryKey(account, kind), QStringLiteral("server"),
             QStringLiteral("Postscope")});
    if (!p.waitForFinished(30000))
        return "secret-tool did not finish";
    return p.readAllStandardOutput();
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void setText(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void choose(QWidget *dialog, const char *name, const QVariant &data)
{
    auto *combo = child<QComboBox>(dialog, name);
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, name);
    combo->setCurrentIndex(index);
}

QString stateText(Dialog *dialog)
{
    return child<QLabel>(dialog, "oauthStateLabel")->text();
}

QString problemsText(Dialog *dialog)
{
    auto *label = child<QLabel>(dialog, "problemsLabel");
    return label->isHidden() ? QString() : label->text();
}

} // namespace

class TestAccountDialogOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginTabShowsOAuthInsteadOfPassword();
    void signInSaveAndSend();
    void providerRefusalsShown_data();
    void providerRefusalsShown();
    void noBrowserShowsTheAddressAndCancels();
    void wrongTokenRefusedByTheServer();
    void signOutRemovesTheTokens();

private:
    Dialog *open(const char *action);
    // Fills a new account for the authorization server (Custom provider).
    void fillOAuthAccount(Dialog *dialog, const AuthorizationServer &server);
    // Sends through the account; the summary, and whether it succeeded.
    bool send(QString *summary);

    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_accessToken; // what signInSaveAndSend() stored
    QString m_certificate; // the sandbox's, for the account's CA file
};

void TestAccountDialogOAuth::initTestCase()
{
    QVERIFY(!privateHome().isEmpty());
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountdialog_oauth"));
    QVERIFY(QSettings().fileName().startsWith(privateHome()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

Dialog *TestAccountDialogOAuth::open(const char *action)
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

void TestAccountDialogOAuth::fillOAuthAccount(Dialog *dialog, const AuthorizationServer &server)
{
    setText(dialog, "nameEdit", accountName);
    setText(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    setText(dialog, "userEdit", user);
    choose(dialog, "mechanismCombo", QStringLiteral("XOAUTH2"));
    choose(dialog, "oauthProviderCombo", QStringLiteral("custom"));
    setText(dialog, "oauthClientIdEdit", AuthorizationServer::clientId());
    setText(dialog, "oauthScopeEdit", server.provider().scope);
    setText(dialog, "oauthAuthorizationEdit", server.url(QStringLiteral("/authorize")).toString());
    setText(dialog, "oauthTokenEdit", server.url(QStringLiteral("/token")).toString());
    // The Login tab in front, where the person clicks Sign In.
    child<QTabWidget>(dialog, "accountTabs")
        ->setCurrentWidget(child<QLineEdit>(dialog, "userEdit")->parentWidget());
}

bool TestAccountDialogOAuth::send(QString *summary)
{
    ui::ComposerWidget *composer = m_window->openComposer(accountName);
    if (!composer) {
        *summary = QStringLiteral("no composer");
        return false;
    }
    composer->fromBox()->setEditText(user);
    composer->toEdit()->setText(QStringLiteral("inbox@sandbox.test"));
    composer->subjectEdit()->setText(QStringLiteral("Signed in with OAuth"));
    composer->bodyEdit()->setPlainText(QStringLiteral("Sent with an access token."));
    QSignalSpy finished(composer, &ui::ComposerWidget::sendFinished);
    QString error;
    if (!composer->send(&error)) {
        *summary = error;
        return false;
    }
    if (!finished.wait(30000)) {
        *summary = QStringLiteral("no sendFinished() within 30 s");
        return false;
    }
    *summary = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

void TestAccountDialogOAuth::loginTabShowsOAuthInsteadOfPassword()
{
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    auto *box = child<QGroupBox>(dialog, "oauthBox");
    auto *signIn = child<QPushButton>(dialog, "oauthSignInButton");
    QVERIFY(password && box && signIn);
    // The Login tab in front, so that visibility is the person's view.
    auto *tabs = child<QTabWidget>(dialog, "accountTabs");
    tabs->setCurrentWidget(password->parentWidget());

    // A password mechanism: the password, no OAuth section.
    choose(dialog, "mechanismCombo", QStringLiteral("PLAIN"));
    QVERIFY(password->isVisible());
    QVERIFY(!box->isVisible());

    // XOAUTH2: the OAuth section instead of the password; without a
    // provider that is a clear problem, and there is nothing to sign in to.
    setText(dialog, "nameEdit", QStringLiteral("draft"));
    setText(dialog, "hostEdit", QStringLiteral("mail.example.test"));
    setText(dialog, "userEdit", user);
    choose(dialog, "mechanismCombo", QStringLiteral("XOAUTH2"));
    QVERIFY(!password->isVisible());
    QVERIFY(box->isVisible());
    QVERIFY2(problemsText(dialog).contains(QStringLiteral("choose the OAuth provider")),
             qPrintable(problemsText(dialog)));
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    QVERIFY(!signIn->isEnabled());
    QCOMPARE(stateText(dialog), QStringLiteral("Not signed in."));

    // A preset: its scope as the placeholder, no endpoints to type.
    choose(dialog, "oauthProviderCombo", QStringLiteral("google"));
    QCOMPARE(child<QLineEdit>(dialog, "oauthScopeEdit")->placeholderText(),
             QStringLiteral("https://mail.google.com/"));
    QVERIFY(!child<QLineEdit>(dialog, "oauthAuthorizationEdit")->isVisible());
    QVERIFY(signIn->isEnabled());
    // The client id is the person's registration: core says so.
    QVERIFY2(problemsText(dialog).contains(QStringLiteral("client id"), Qt::CaseInsensitive),
             qPrintable(problemsText(dialog)));
    setText(dialog, "oauthClientIdEdit", QStringLiteral("1234.apps.example"));
    QCOMPARE(problemsText(dialog), QString());

    // Custom: the endpoints, and plain http only on the loopback address
    // (RFC 6749 3.1).
    choose(dialog, "oauthProviderCombo", QStringLiteral("custom"));
    QVERIFY(child<QLineEdit>(dialog, "oauthAuthorizationEdit")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "oauthTokenEdit")->isVisible());
    setText(dialog, "oauthAuthorizationEdit", QStringLiteral("http://login.example.test/a"));
    setText(dialog, "oauthTokenEdit", QStringLiteral("https://login.example.test/t"));
    QVERIFY2(problemsText(dialog).contains(QStringLiteral("OAuth")),
             qPrintable(problemsText(dialog)));

    // auto with a provider logs in with OAuth too; auto without one with
    // the password.
    choose(dialog, "mechanismCombo", QStringLiteral("auto"));
    QVERIFY(box->isVisible());
    QVERIFY(dialog->usesOAuth());
    choose(dialog, "oauthProviderCombo", QString());
    QVERIFY(!box->isVisible());
    QVERIFY(password->isVisible());
    QVERIFY(!dialog->usesOAuth());
    QCOMPARE(dialog->account().oauth.provider, QString());
    dialog->reject();
}

void TestAccountDialogOAuth::signInSaveAndSend()
{
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "oauthKeychainNote")
                                 ->text()
                                 .contains(QStringLiteral("kept in the system keychain")),
                             30000);
    fillOAuthAccount(dialog, server);
    QCOMPARE(problemsText(dialog), QString());

    // The browser seam: the test's browser follows the URL (the local
    // server approves at once and redirects to the loopback address).
    FollowingBrowser browser;
    dialog->setBrowserOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    QTest::mouseClick(child<QPushButton>(dialog, "oauthSignInButton"), Qt::LeftButton);
    // Busy: a busy bar and Cancel, nothing to save meanwhile.
    QVERIFY(dialog->isSigningIn());
    QVERIFY(child<QWidget>(dialog, "oauthProgress")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "oauthCancelButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "oauthSignInButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 20000);
    QVERIFY2(stateText(dialog).startsWith(QStringLiteral("Signed in; the access token is valid "
                                                         "until")),
             qPrintable(stateText(dialog)));
    QVERIFY(!child<QWidget>(dialog, "oauthProgress")->isVisible());
    QVERIFY(dialog->hasNewTokens());
    QVERIFY(child<QPushButton>(dialog, "oauthSignOutButton")->isEnabled());

    // The URL was core's RFC 6749 4.1.1 request with PKCE (RFC 7636 4.3).
    QCOMPARE(browser.opened.size(), 1);
    const QUrlQuery query(browser.opened.first());
    QCOMPARE(browser.opened.first().adjusted(QUrl::RemoveQuery),
             server.url(QStringLiteral("/authorize")));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host(),
             QStringLiteral("127.0.0.1"));
    QVERIFY2(browser.page.contains("Postscope received the authorization"),
             browser.page.constData());
    const QJsonArray log = server.log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("pkce")).toString(),
             QStringLiteral("S256 verified"));
    const QString access = log.at(1).toObject().value(QStringLiteral("access_token")).toString();
    const QString refresh = log.at(1).toObject().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty());
    // Nothing is stored before the account is saved.
    QCOMPARE(lookup(accountName, SecretKind::OAuthAccessToken), QByteArray());

    QPointer<Dialog> guard(dialog);
    QSignalSpy saved(dialog, &Dialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
    QCOMPARE(saved.size(), 1);
    QVERIFY2(saved.at(0).at(1).toString().contains(QStringLiteral("OAuth tokens are in the system "
                                                                  "keychain")),
             qPrintable(saved.at(0).at(1).toString()));

    // The tokens are in the keychain (the access token with its expiry)...
    const QJsonObject stored
        = QJsonDocument::fromJson(lookup(accountName, SecretKind::OAuthAccessToken)).object();
    QCOMPARE(stored.value(QStringLiteral("accessToken")).toString(), access);
    QVERIFY(stored.contains(QStringLiteral("expiresAt")));
    QCOMPARE(QString::fromUtf8(lookup(accountName, SecretKind::OAuthRefreshToken)), refresh);
    // ... and in no file: not the settings file (which holds the account and
    // its provider), no other file of the HOME.
    const std::optional<accounts::Account> account = m_window->accountStore()->find(accountName);
    QVERIFY(account);
    QCOMPARE(account->oauth.provider, QStringLiteral("custom"));
    QCOMPARE(account->oauth.clientId, AuthorizationServer::clientId());
    QCOMPARE(account->authMechanism, QStringLiteral("XOAUTH2"));
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains(AuthorizationServer::clientId().toUtf8()));
    QVERIFY(!content.contains(access.toUtf8()));
    QCOMPARE(filesContaining(privateHome(), access.toUtf8()), QStringList());
    QCOMPARE(filesContaining(privateHome(), refresh.toUtf8()), QStringList());
    m_accessToken = access;

    // The account list: signed in, so no token problem.
    auto *model = qobject_cast<ui::AccountListModel *>(m_window->accountList()->model());
    QVERIFY(model);
    QTest::qWait(200);
    QCOMPARE(model->index(model->rowOf(accountName))
                 .data(ui::AccountListModel::TokenProblemRole)
                 .toString(),
             QString());

    // A sandbox that knows this token (its users' "bearer USER TOKEN"),
    // with STARTTLS and its own certificate as the account's CA file.
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("maildir"));
    config.certificateFolder = m_dir.filePath(QStringLiteral("certificate"));
    config.tokens.insert(user, {access});
    sandbox::SandboxServer sandbox(config);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    m_certificate = sandbox.certificate().certificatePath;
    accounts::Account a = *account;
    a.port = sandbox.port();
    a.caFile = m_certificate;
    QVERIFY2(m_window->accountStore()->update(a, &error), qPrintable(error));

    const qsizetype before = m_window->transcript()->entries().size();
    QString summary;
    QVERIFY2(send(&summary), qPrintable(summary));
    QCOMPARE(sandbox.messagesReceived(), quint64(1));

    // AUTH XOAUTH2 (RFC 7628 3.1) was accepted by a server that knows
    // only this token; the transcript holds it redacted, even in its raw
    // form, and the decoded step shows who logged in but not the token.
    const QList<transcript::Entry> entries = m_window->transcript()->entries().mid(before);
    const QByteArray initial = QByteArray("user=" + user.toUtf8() + "\x01" + "auth=Bearer "
                                          + access.toUtf8() + "\x01\x01")
                                   .toBase64();
    bool authSeen = false;
    bool decoded = false;
    bool accepted = false;
    for (const transcript::Entry &e : entries) {
        if (e.raw.startsWith("AUTH XOAUTH2")) {
            authSeen = true;
            QCOMPARE(e.display(), QByteArray("AUTH XOAUTH2 ********"));
        }
        decoded = decoded
            || e.display() == "SASL client: user=\"" + user.toUtf8() + "\", auth=Bearer ********";
        accepted = accepted || (authSeen && e.replyCode == 235);
        for (const QByteArray &text : {e.raw, e.redacted, e.display()})
            QVERIFY2(!text.contains(access.toUtf8()) && !text.contains(initial), text.constData());
    }
    QVERIFY(authSeen);
    QVERIFY(decoded);
    QVERIFY(accepted);
}

void TestAccountDialogOAuth::providerRefusalsShown_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("the person says no")
        << QStringLiteral("deny") << QStringLiteral("access_denied (The user said no)");
    QTest::newRow("the token endpoint refuses the code")
        << QStringLiteral("token-error") << QStringLiteral("invalid_grant");
}

void TestAccountDialogOAuth::providerRefusalsShown()
{
    QFETCH(QString, mode);
    QFETCH(QString, shown);
    AuthorizationServer server(mode);
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    fillOAuthAccount(dialog, server);
    setText(dialog, "nameEdit", QStringLiteral("refused"));
    FollowingBrowser browser;
    dialog->setBrowserOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    QTest::mouseClick(child<QPushButton>(dialog, "oauthSignInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 20000);
    QVERIFY2(stateText(dialog).startsWith(QStringLiteral("Sign-in failed:")),
             qPrintable(stateText(dialog)));
    QVERIFY2(stateText(dialog).contains(shown), qPrintable(stateText(dialog)));
    QVERIFY(!dialog->hasNewTokens());
    QVERIFY(child<QPushButton>(dialog, "oauthSignInButton")->isEnabled());
    dialog->reject();
}

void TestAccountDialogOAuth::noBrowserShowsTheAddressAndCancels()
{
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    Dialog *dialog = open("actionNewAccount");
    QVERIFY(dialog);
    fillOAuthAccount(dialog, server);
    setText(dialog, "nameEdit", QStringLiteral("elsewhere"));
    QList<QUrl> asked;
    dialog->setBrowserOpener([&asked](const QUrl &url) {
        asked.append(url);
        return false; // no browser on this desktop
    });
    QTest::mouseClick(child<QPushButton>(dialog, "oauthSignInButton"), Qt::LeftButton);
    auto *urlEdit = child<QLineEdit>(dialog, "oauthUrlEdit");
    QTRY_VERIFY(urlEdit->isVisible());
    QCOMPARE(asked.size(), 1);
    // The whole address, read-only and selectable, for a browser the person
    // opens.
    QCOMPARE(urlEdit->text(), asked.first().toString(QUrl::FullyEncoded));
    QVERIFY(urlEdit->isReadOnly());
    QVERIFY(child<QLabel>(dialog, "oauthUrlLabel")->isVisible());
    QVERIFY2(stateText(dialog).contains(QStringLiteral("No browser could be opened")),
             qPrintable(stateText(dialog)));
    auto *cancel = child<QPushButton>(dialog, "oauthCancelButton");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isSigningIn());
    QCOMPARE(stateText(dialog), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!urlEdit->isVisible());
    QVERIFY(!cancel->isVisible());
    // The loopback listener is closed: the redirect finds nobody.
    FollowingBrowser late;
    late.open(asked.first());
    QTRY_COMPARE_WITH_TIMEOUT(late.finished, 1, 10000);
    QVERIFY(!late.page.contains("Postscope received the authorization"));
    QVERIFY(!dialog->hasNewTokens());
    dialog->reject();
}

void TestAccountDialogOAuth::wrongTokenRefusedByTheServer()
{
    QVERIFY(!m_accessToken.isEmpty()); // signInSaveAndSend() stored the account
    // A sandbox that knows another token for the user: the server's
    // RFC 7628 3.2.2 error (base64 JSON, decoded in the transcript, then
    // 535 after the client's empty response) reaches the person.
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("maildir-refused"));
    config.certificateFolder = m_dir.filePath(QStringLiteral("certificate"));
    config.tokens.insert(user, {QStringLiteral("ya29.some-other-token")});
    sandbox::SandboxServer sandbox(config);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    accounts::Account a = *m_window->accountStore()->find(accountName);
    a.port = sandbox.port();
    QVERIFY2(m_window->accountStore()->update(a, &error), qPrintable(error));
    const qsizetype before = m_window->transcript()->entries().size();
    QString summary;
    QVERIFY(!send(&summary));
    QVERIFY2(summary.contains(QStringLiteral("535")), qPrintable(summary));
    QCOMPARE(sandbox.messagesReceived(), quint64(0));
    bool decoded = false;
    for (const transcript::Entry &e : m_window->transcript()->entries().mid(before)) {
        decoded = decoded || e.display().startsWith("SASL server: error: status=\"401\"");
        QVERIFY(!e.display().contains(m_accessToken.toUtf8()));
    }
    QVERIFY2(decoded, "the transcript shows the server's decoded error JSON");
}

void TestAccountDialogOAuth::signOutRemovesTheTokens()
{
    QVERIFY(!m_accessToken.isEmpty());
    QVERIFY(m_window->selectAccount(accountName));
    Dialog *dialog = open("actionEditAccount");
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), Dialog::Mode::Edit);
    // The state is read from the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(stateText(dialog).startsWith(QStringLiteral("Signed in")), 30000);
    child<QTabWidget>(dialog, "accountTabs")
        ->setCurrentWidget(child<QLineEdit>(dialog, "userEdit")->parentWidget());
    auto *signOut = child<QPushButton>(dialog, "oauthSignOutButton");
    QVERIFY(signOut->isEnabled());
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateText(dialog), QStringLiteral("Not signed in."), 30000);
    QCOMPARE(lookup(accountName, SecretKind::OAuthAccessToken), QByteArray());
    QCOMPARE(lookup(accountName, SecretKind::OAuthRefreshToken), QByteArray());
    QPointer<Dialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());

    // The account list says so, and a send does not start.
    auto *model = qobject_cast<ui::AccountListModel *>(m_window->accountList()->model());
    const QModelIndex row = model->index(model->rowOf(accountName));
    QTRY_COMPARE_WITH_TIMEOUT(row.data(ui::AccountListModel::TokenProblemRole).toString(),
                              QStringLiteral("Not signed in."), 30000);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not signed in.")));
    QString summary;
    QVERIFY(!send(&summary));
    QVERIFY2(summary.contains(QStringLiteral("Sign in with Edit Account")), qPrintable(summary));
}

int main(int argc, char **argv)
{
    if (const int rc = postscope::testsupport::runInsidePrivateKeyring(argc, argv); rc >= 0)
        return rc;
    QApplication app(argc, argv);
    TestAccountDialogOAuth test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog_oauth.moc"
