// SecretStore where no keychain can answer: DBUS_SESSION_BUS_ADDRESS names a
// socket that does not exist (main() sets it, with a temporary HOME, before
// anything touches D-Bus). The store says so once, with the reason; every
// call fails plainly and soon; obtain() asks each time; and the secret that
// was asked for or offered is found in no file and no log line afterwards.
// OAuth tokens fall back to this session's memory (keychainOrSession), and
// TokenState says what they allow.
#include "accounts/accountstore.h"
#include "accounts/oauthtokens.h"
#include "accounts/secretstore.h"
#include "privatekeyring.h"
#include "sampleaccounts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace postscope::accounts;
namespace auth = postscope::auth;
using postscope::testsupport::filesContaining;
using postscope::testsupport::privateHome;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_log.append(text);
    if (g_previous)
        g_previous(type, context, text);
}

const QString secret = QStringLiteral("Nobus-Secret-7f3a9c");

SecretResult waitFor(const std::function<void(SecretStore::Callback)> &call, bool *early = nullptr)
{
    std::optional<SecretResult> result;
    call([&](const SecretResult &r) { result = r; });
    if (early)
        *early = result.has_value();
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
    return result.value_or(
        SecretResult {SecretResult::Error::Failed, QStringLiteral("no answer in 30 s")});
}

} // namespace

class TestSecretStoreNoDBus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unavailableSaidOnce();
    void everyCallFailsSoon();
    void obtainAsksEachTime();
    void nothingStoredAnywhere();
    void oauthTokensInSessionMemory();
    void tokenStates();

private:
    SecretStore m_store;
};

void TestSecretStoreNoDBus::initTestCase()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("no-session-bus-here"));
    QVERIFY(!privateHome().isEmpty());
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("nodbus"));
    g_previous = qInstallMessageHandler(collectLog);
}

void TestSecretStoreNoDBus::unavailableSaidOnce()
{
    QSignalSpy spy(&m_store, &SecretStore::availabilityChanged);
    QElapsedTimer timer;
    timer.start();
    bool early = true;
    SecretResult r = waitFor(
        [&](auto done) { m_store.write("work", SecretKind::Password, secret, done); }, &early);
    QVERIFY(!early);
    QCOMPARE(r.error, SecretResult::Error::Unavailable);
    QVERIFY(!r.errorText.isEmpty());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toBool(), false);
    const QString reason = spy.first().at(1).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(reason.contains("asks for them each time"), qPrintable(reason));
    QCOMPARE(m_store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY(!m_store.available());
    QCOMPARE(m_store.unavailableReason(), reason);
    // The same reason reaches each call's result.
    QCOMPARE(r.errorText, reason);
    qInfo("reason: %s", qPrintable(reason));
}

void TestSecretStoreNoDBus::everyCallFailsSoon()
{
    QSignalSpy spy(&m_store, &SecretStore::availabilityChanged);
    QElapsedTimer timer;
    timer.start();
    bool early = true;
    SecretResult r
        = waitFor([&](auto done) { m_store.read("work", SecretKind::Password, done); }, &early);
    QVERIFY(!early); // asynchronous even when the answer is known
    QCOMPARE(r.error, SecretResult::Error::Unavailable);
    r = waitFor([&](auto done) { m_store.remove("work", SecretKind::Password, done); });
    QCOMPARE(r.error, SecretResult::Error::Unavailable);
    r = waitFor([&](auto done) { m_store.removeAll("work", done); });
    QCOMPARE(r.error, SecretResult::Error::Unavailable);
    QCOMPARE(m_store.writeBlocking("work", SecretKind::KeyPassphrase, secret).error,
             SecretResult::Error::Unavailable);
    QCOMPARE(m_store.readBlocking("work", SecretKind::Password).error,
             SecretResult::Error::Unavailable);
    m_store.checkAvailability();
    QTest::qWait(50);
    // Said once: not again for each call.
    QCOMPARE(spy.size(), 0);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    // A second store in the same process finds the same on its own.
    SecretStore other(QStringLiteral("Other"));
    QSignalSpy otherSpy(&other, &SecretStore::availabilityChanged);
    other.checkAvailability();
    QVERIFY(otherSpy.wait(10000));
    QCOMPARE(otherSpy.first().at(0).toBool(), false);
}

void TestSecretStoreNoDBus::obtainAsksEachTime()
{
    int asked = 0;
    QList<SecretPrompt> prompts;
    std::optional<QString> answer = secret;
    const SecretStore::Asker ask = [&](const SecretPrompt &prompt, auto reply) {
        ++asked;
        prompts.append(prompt);
        reply(answer);
        reply(QStringLiteral("a second answer is ignored"));
    };
    for (int i = 1; i <= 2; ++i) {
        const SecretResult r
            = waitFor([&](auto done) { m_store.obtain("work", SecretKind::Password, ask, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.secret, secret);
        QVERIFY(!r.fromKeychain);
        QCOMPARE(asked, i);
    }
    QCOMPARE(prompts.at(0).account, QStringLiteral("work"));
    QCOMPARE(prompts.at(0).kind, SecretKind::Password);
    QVERIFY(!prompts.at(0).keychainAvailable);
    QCOMPARE(prompts.at(0).reason, m_store.unavailableReason());
    QVERIFY2(prompts.at(0).text.contains("\"work\""), qPrintable(prompts.at(0).text));

    answer = std::nullopt; // the person cancelled
    const SecretResult r
        = waitFor([&](auto done) { m_store.obtain("work", SecretKind::KeyPassphrase, ask, done); });
    QCOMPARE(r.error, SecretResult::Error::Cancelled);
    QVERIFY(r.secret.isEmpty());
    QCOMPARE(asked, 3);
}

void TestSecretStoreNoDBus::nothingStoredAnywhere()
{
    // The accounts themselves are still kept (settings, not secrets).
    const QString settingsPath = privateHome() + QStringLiteral("/config/accounts.ini");
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(&settings);
        QVERIFY(accounts.load());
        QVERIFY(accounts.add(postscope::testsupport::sampleTcpAccount()));
    }
    QVERIFY(QFile::exists(settingsPath));
    // No plain-text fallback of QtKeychain's (it would write the app's
    // default QSettings), no file anywhere in HOME, no log line.
    QVERIFY(QSettings().allKeys().isEmpty());
    QCOMPARE(filesContaining(privateHome(), secret.toUtf8()), QStringList());
    QCOMPARE(filesContaining(privateHome(), secret.toUtf8().toBase64()), QStringList());
    QVERIFY(!g_log.isEmpty()); // the handler did collect (the reason above)
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secret), qPrintable(line));
}

void TestSecretStoreNoDBus::oauthTokensInSessionMemory()
{
    const QString account = QStringLiteral("oauth-nodbus");
    auth::OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("at-session-only-5d1e");
    tokens.refreshToken = QStringLiteral("rt-session-only-9b2c");
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    const TokenStorage storage = TokenStorage::keychainOrSession(&m_store, account);
    std::optional<QString> stored;
    storeTokens(storage, tokens, [&stored](const QString &error) { stored = error; });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 30000));
    QCOMPARE(*stored, QString());
    // Not in the keychain (there is none), in this process's memory.
    QCOMPARE(waitFor([&](SecretStore::Callback done) {
                 m_store.read(account, SecretKind::OAuthAccessToken, done);
             }).error,
             SecretResult::Error::Unavailable);
    QVERIFY(SessionTokens::instance().contains(account, SecretKind::OAuthAccessToken));
    QVERIFY(SessionTokens::instance().contains(account, SecretKind::OAuthRefreshToken));
    const SecretResult refresh = waitFor(
        [&](SecretStore::Callback done) { storage.read(SecretKind::OAuthRefreshToken, done); });
    QVERIFY(refresh.ok());
    QCOMPARE(refresh.secret, tokens.refreshToken);

    std::optional<TokenState> state;
    readTokenState(storage, [&state](const TokenState &s) { state = s; });
    QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 30000));
    QCOMPARE(state->kind, TokenState::Kind::Valid);
    QVERIFY(state->usable());
    QVERIFY(state->hasRefreshToken);
    QCOMPARE(state->expiresAt.toSecsSinceEpoch(), tokens.expiresAt.toSecsSinceEpoch());

    // Sign Out: gone; another account never saw them; no file holds them.
    QCOMPARE(TokenState::Kind::NotSignedIn, [&] {
        std::optional<TokenState> other;
        readTokenState(TokenStorage::keychainOrSession(&m_store, QStringLiteral("other")),
                       [&other](const TokenState &s) { other = s; });
        (void)QTest::qWaitFor([&] { return other.has_value(); }, 30000);
        return other ? other->kind : TokenState::Kind::Unreadable;
    }());
    SessionTokens::instance().remove(account);
    state.reset();
    readTokenState(storage, [&state](const TokenState &s) { state = s; });
    QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 30000));
    QCOMPARE(state->kind, TokenState::Kind::NotSignedIn);
    QCOMPARE(state->text(), QStringLiteral("Not signed in."));
    QCOMPARE(filesContaining(privateHome(), tokens.accessToken.toUtf8()), QStringList());
}

void TestSecretStoreNoDBus::tokenStates()
{
    const QDateTime now
        = QDateTime::fromString(QStringLiteral("2026-12-01T20:00:00Z"), Qt::ISODate);
    auth::OAuthTokens t;
    QCOMPARE(TokenState::of(t, now).kind, TokenState::Kind::NotSignedIn);
    t.accessToken = QStringLiteral("at");
    QCOMPARE(TokenState::of(t, now).kind,
             TokenState::Kind::Valid); // expiry unknown: the server will say
    QVERIFY(TokenState::of(t, now).text().contains(QStringLiteral("did not say")));
    t.expiresAt = now.addSecs(60);
    QCOMPARE(TokenState::of(t, now).kind, TokenState::Kind::Valid);
    QVERIFY(TokenState::of(t, now).text().startsWith(QStringLiteral("Signed in; the access token "
                                                                    "is valid until")));
    t.expiresAt = now.addSecs(-1);
    QCOMPARE(TokenState::of(t, now).kind, TokenState::Kind::Expired);
    QVERIFY(!TokenState::of(t, now).usable());
    QVERIFY(TokenState::of(t, now).text().contains(QStringLiteral("sign in again")));
    t.refreshToken = QStringLiteral("rt");
    QCOMPARE(TokenState::of(t, now).kind, TokenState::Kind::Refreshable);
    QVERIFY(TokenState::of(t, now).usable());
}

int main(int argc, char **argv)
{
    postscope::testsupport::isolateWithoutSessionBus();
    QCoreApplication app(argc, argv);
    TestSecretStoreNoDBus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_nodbus.moc"
