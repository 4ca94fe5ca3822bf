#pragma once
// OAuth 2.0 for mail accounts whose provider wants a bearer token (XOAUTH2,
// OAUTHBEARER): the authorization-code flow (RFC 6749 4.1) with PKCE
// (RFC 7636, S256) and a loopback redirect (RFC 8252 7.3, 127.0.0.1 on a
// random port), the refresh of an expired access token (RFC 6749 6), and
// the provider descriptions. Built on QtNetworkAuth's
// QOAuth2AuthorizationCodeFlow; Qt 6.4's lacks PKCE, which is added here,
// and reports several failures only as log warnings, which are caught here
// so that every request ends with a result.
//
// Tokens are handed back to the caller (who keeps them in the keychain);
// nothing here stores or logs them.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QOAuthOobReplyHandler;
class QTimer;

namespace postscope::auth {

// An authorization server as a mail account uses it.
struct OAuthProvider
{
    QString name; // "Google", "Microsoft", or the user's own
    QUrl authorizationEndpoint; // RFC 6749 3.1
    QUrl tokenEndpoint; // RFC 6749 3.2
    QString clientId; // registered with the provider (RFC 6749 2.2)
    QString
        clientSecret; // optional; a desktop app's is not secret (RFC 8252 8.5), still never logged
    QString scope; // space-separated (RFC 6749 3.3)
    QByteArray saslMechanism
        = QByteArrayLiteral("XOAUTH2"); // what the provider's mail server takes

    // The published endpoints and mail scopes of the two largest providers.
    // The client id (and Google's client secret) come from the person's own
    // registration with the provider.
    static OAuthProvider google();
    static OAuthProvider microsoft();
    static QStringList presetNames(); // "google", "microsoft"
    static std::optional<OAuthProvider> preset(const QString &name);

    // Empty when usable; otherwise what is wrong: a missing client id, or an
    // endpoint that is not https (RFC 6749 3.1, 3.2: TLS is required; plain
    // http only on the loopback interface, for tests and local servers).
    QString problem() const;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::OAuthProvider)
};

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the server did not say
    QString scope; // as granted, when the server said

    // Whether the access token has expired, or will within `margin`. An
    // unknown expiry counts as not expired: the server will say.
    bool expired(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                 std::chrono::seconds margin = std::chrono::seconds(60)) const;
};

struct OAuthResult
{
    OAuthTokens tokens;
    bool refreshed = false; // the tokens come from a refresh
    QString error; // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// RFC 7636 4.1: a code verifier of 43 characters (32 random bytes,
// base64url without padding).
QByteArray makePkceVerifier();
// RFC 7636 4.2: code_challenge = BASE64URL(SHA256(ASCII(code_verifier))).
QByteArray pkceChallengeS256(QByteArrayView verifier);

// One OAuth request: authorize(), refresh() or ensureFresh(), each ending in
// exactly one finished(). Use one object per request.
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    explicit OAuthFlow(OAuthProvider provider, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // A bound on the whole request (default: 5 minutes for authorize(), the
    // person is in a browser; 60 seconds for a refresh).
    void setTimeout(std::chrono::milliseconds timeout);

    // RFC 6749 4.1 with PKCE: listens on 127.0.0.1 (random port), then emits
    // openBrowser() with the authorization URL. The browser comes back to
    // the loopback address with the code, which is exchanged for tokens.
    void authorize();
    // RFC 6749 6: a new access token for the refresh token.
    void refresh(const QString &refreshToken);
    // Refreshes an expired access token (expiry known) before AUTH; when it
    // has not expired, finishes at once (from the event loop) with the
    // tokens as they are.
    void ensureFresh(const OAuthTokens &tokens,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The loopback redirect URI, once authorize() listens.
    QUrl redirectUri() const;

signals:
    // Open this in the person's browser (the window uses QDesktopServices,
    // the command line prints it).
    void openBrowser(const QUrl &url);
    void finished(const postscope::auth::OAuthResult &result);

private:
    void setUpFlow();
    void onCallback(const QVariantMap &data);
    void onReply(QNetworkReply *reply);
    void onGranted();
    void fail(const QString &error);
    void finish(OAuthResult result);

    OAuthProvider m_provider;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_loopback = nullptr;
    QOAuthOobReplyHandler *m_noRedirect = nullptr;
    QTimer *m_timer = nullptr;
    std::optional<std::chrono::milliseconds> m_timeout;
    QByteArray m_verifier;
    QString m_state;
    OAuthTokens m_previous; // for a refresh: kept when the server does not rotate them
    bool m_refreshing = false;
    bool m_done = false;
};

} // namespace postscope::auth

Q_DECLARE_METATYPE(postscope::auth::OAuthResult)
