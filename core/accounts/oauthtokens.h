#pragma once
// An account's OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER; issue 8.1) and a
// fresh access token before AUTH: the access token (with its expiry) and the
// refresh token live in the keychain (SecretStore kinds OAuthAccessToken and
// OAuthRefreshToken); an expired access token is refreshed at the provider
// (RFC 6749 6) and what changed is written back. The send path gets it
// through session::AuthSettings::tokenSource, so the window and the command
// line refresh alike.

#include "accounts/secretstore.h"
#include "auth/oauth2.h"
#include "session/authsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

namespace postscope::accounts {

// The keychain entry of the access token: {"accessToken", "expiresAt"} as
// compact JSON, so that the expiry travels with the token. A bare token (put
// there by hand) reads as a token with an unknown expiry.
QString storedAccessToken(const auth::OAuthTokens &tokens);
auth::OAuthTokens parseStoredTokens(const QString &storedAccess, const QString &refreshToken);

// Where an account's tokens are kept: the keychain (SecretStore) in the app
// and the command line, memory in tests. Each call ends in its callback once.
struct TokenStorage
{
    std::function<void(SecretKind kind, SecretStore::Callback done)> read;
    std::function<void(SecretKind kind, const QString &secret, SecretStore::Callback done)> write;

    static TokenStorage keychain(SecretStore *store, const QString &account);
    // The window's: the keychain while it answers; where no keychain is
    // available (SecretResult::Error::Unavailable), SessionTokens, so that a
    // sign-in still works for this run (issue 10 section 2: "where no
    // keychain is available, say so and ask each time").
    static TokenStorage keychainOrSession(SecretStore *store, const QString &account);

    Q_DECLARE_TR_FUNCTIONS(postscope::accounts::TokenStorage)
};

// Where no keychain answers: the tokens a sign-in got, in this process's
// memory only, for the session (never written to a file; gone when the
// program ends, and then the person signs in again).
class SessionTokens
{
public:
    static SessionTokens &instance();
    TokenStorage storage(const QString &account);
    void remove(const QString &account); // every kind of the account
    bool contains(const QString &account, SecretKind kind) const;

private:
    QHash<QString, QString> m_secrets; // SecretStore::entryKey -> secret

public:
    Q_DECLARE_TR_FUNCTIONS(postscope::accounts::SessionTokens)
};

// What an account's stored tokens allow now: the state the account dialog
// and the account list show.
struct TokenState
{
    enum class Kind {
        NotSignedIn, // no access token
        Valid, // an access token that has not expired (or whose expiry is unknown)
        Refreshable, // expired, with a refresh token: renewed before the next AUTH
        Expired, // expired and nothing to refresh it with: sign in again
        Unreadable, // the keychain did not answer (error says why)
    };
    Kind kind = Kind::NotSignedIn;
    QDateTime expiresAt; // UTC; invalid when unknown
    bool hasRefreshToken = false;
    QString error; // Unreadable: the keychain's words (tr)

    // Whether a login can get an access token without the browser.
    bool usable() const { return kind == Kind::Valid || kind == Kind::Refreshable; }
    static TokenState of(const auth::OAuthTokens &tokens,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "Signed in; the access token is valid until …" and the others (tr).
    QString text() const;
    Q_DECLARE_TR_FUNCTIONS(postscope::accounts::TokenState)
};

// Reads both tokens (no provider is asked) and ends in done once.
void readTokenState(TokenStorage storage, std::function<void(const TokenState &state)> done);

// Reads the tokens, refreshes an expired access token, writes the new ones
// back, and ends with one finished(). Use one object per request.
class FreshTokenJob : public QObject
{
    Q_OBJECT
public:
    FreshTokenJob(TokenStorage storage, auth::OAuthProvider provider, QObject *parent = nullptr);
    ~FreshTokenJob() override;

    // The clock for "expired" (tests); the current time when invalid.
    void setNow(const QDateTime &now) { m_now = now; }
    void start();

signals:
    // result.refreshed: a new access token was fetched (and stored).
    void finished(const postscope::auth::OAuthResult &result);

private:
    void readRefreshToken(const QString &storedAccess);
    void ensureFresh(const auth::OAuthTokens &tokens);
    void store(const auth::OAuthResult &result);
    void finish(const auth::OAuthResult &result);

    TokenStorage m_storage;
    auth::OAuthProvider m_provider;
    QDateTime m_now;
    bool m_finished = false;
};

// Writes what authorize() returned: the access token with its expiry and,
// when the provider sent one, the refresh token.
void storeTokens(TokenStorage storage, const auth::OAuthTokens &tokens,
                 std::function<void(const QString &error)> done);

// For session::AuthSettings::tokenSource: a FreshTokenJob per login.
session::AuthSettings::TokenSource freshTokenSource(TokenStorage storage,
                                                    auth::OAuthProvider provider);

} // namespace postscope::accounts
