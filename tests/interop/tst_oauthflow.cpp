// The OAuth 2.0 flow of core/auth/oauth2 end to end, against a small
// authorization server this test starts on 127.0.0.1
// (tests/support/peers/oauth_server.py, Python's http.server, through
// tests/support/oauthserver.h): PKCE checked
// by the server, code -> tokens, refresh. The test plays the browser: it
// GETs the authorization URL and follows the server's redirect to the
// flow's loopback address (RFC 8252 7.3). Python missing is a failure.

#include "accounts/oauthtokens.h"
#include "auth/oauth2.h"
#include "oauthserver.h"
#include "scriptedserver.h"
#include "session/sessionjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace postscope::auth;

namespace {

const QString clientId = postscope::testsupport::AuthorizationServer::clientId();
using postscope::testsupport::AuthorizationServer;

// The browser (tests/support): follows the authorization server's redirect
// back to the loopback address and keeps the page the flow's handler
// answered with.
class Browser : public postscope::testsupport::FollowingBrowser
{
public:
    explicit Browser(OAuthFlow *flow)
    {
        QObject::connect(flow, &OAuthFlow::openBrowser, this, &FollowingBrowser::open);
    }
    QUrl firstOpened() const { return opened.value(0); }
};

OAuthResult waitForResult(OAuthFlow &flow, QSignalSpy &spy, int ms = 15000)
{
    if (spy.isEmpty() && !spy.wait(ms))
        return {{}, false, QStringLiteral("no finished() within %1 ms").arg(ms)};
    return spy.first().first().value<OAuthResult>();
}

// The keychain of one account, in memory (core/accounts TokenStorage).
struct MemoryTokens
{
    QMap<postscope::accounts::SecretKind, QString> secrets;
    int writes = 0;
    postscope::accounts::TokenStorage storage()
    {
        using postscope::accounts::SecretKind;
        using postscope::accounts::SecretResult;
        postscope::accounts::TokenStorage s;
        s.read = [this](SecretKind kind, postscope::accounts::SecretStore::Callback done) {
            SecretResult r;
            if (secrets.contains(kind))
                r.secret = secrets.value(kind);
            else
                r.error = SecretResult::Error::NotFound;
            done(r);
        };
        s.write = [this](SecretKind kind, const QString &secret,
                         postscope::accounts::SecretStore::Callback done) {
            secrets.insert(kind, secret);
            ++writes;
            done({});
        };
        return s;
    }
};

// A job that only logs in (SessionJob's own steps), for the token source.
class LoginOnly : public postscope::session::SessionJob
{
public:
    using SessionJob::SessionJob;

protected:
    void run() override { done(); }
};

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private slots:
    void authorizeAndRefresh();
    void clientSecret();
    void serverChecksPkce();
    void failures_data();
    void failures();
    void browserNeverComesBack();
    void ensureFreshWithoutRequest();
    void accountRefreshBeforeAuth();
};

void TestOAuthFlow::authorizeAndRefresh()
{
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));

    OAuthFlow flow(server.provider());
    Browser browser(&flow);
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    flow.authorize();
    const OAuthResult result = waitForResult(flow, finished);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!result.refreshed);

    // The URL the person would open: RFC 6749 4.1.1 with RFC 7636 4.3.
    const QUrlQuery query(browser.firstOpened());
    QCOMPARE(browser.firstOpened().adjusted(QUrl::RemoveQuery), server.url(u"/authorize"_qs));
    QCOMPARE(query.queryItemValue(u"response_type"_qs), u"code"_qs);
    QCOMPARE(query.queryItemValue(u"client_id"_qs), clientId);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_qs), u"S256"_qs);
    QCOMPARE(query.queryItemValue(u"code_challenge"_qs).size(), 43);
    QVERIFY(query.queryItemValue(u"state"_qs).size() >= 32);
    QCOMPARE(query.queryItemValue(u"scope"_qs, QUrl::FullyDecoded),
             u"https://mail.example.test/ offline"_qs);
    // RFC 8252 7.3: the redirect is the loopback IP literal on a random port.
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), u"http"_qs);
    QCOMPARE(redirect.host(), u"127.0.0.1"_qs);
    QVERIFY(redirect.port() > 0);
    QCOMPARE(browser.landedOn.port(), redirect.port());
    QVERIFY2(browser.page.contains("Postscope received the authorization"),
             browser.page.constData());

    // The server checked PKCE and issued exactly these tokens.
    const QJsonArray log = server.log();
    QCOMPARE(log.size(), 2);
    const QJsonObject token = log.at(1).toObject();
    QCOMPARE(token.value(u"decision"_qs).toString(), u"tokens issued"_qs);
    QCOMPARE(token.value(u"pkce"_qs).toString(), u"S256 verified"_qs);
    QCOMPARE(result.tokens.accessToken, token.value(u"access_token"_qs).toString());
    QCOMPARE(result.tokens.refreshToken, token.value(u"refresh_token"_qs).toString());
    QVERIFY(!token.value(u"params"_qs).toArray().contains(u"client_secret"_qs)); // none configured
    QVERIFY(result.tokens.expiresAt.isValid());
    QVERIFY(qAbs(before.secsTo(result.tokens.expiresAt) - 3600) < 60);
    QCOMPARE(result.tokens.scope, u"https://mail.example.test/ offline"_qs);
    QVERIFY(!result.tokens.expired());
    // The loopback listener is closed once the flow is done.
    QVERIFY(flow.redirectUri().isEmpty());

    // An expired access token is refreshed before AUTH (RFC 6749 6); the
    // server keeps the refresh token, so the old one stays.
    OAuthTokens old = result.tokens;
    old.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    QVERIFY(old.expired());
    OAuthFlow refresh(server.provider());
    QSignalSpy refreshed(&refresh, &OAuthFlow::finished);
    refresh.ensureFresh(old);
    const OAuthResult renewed = waitForResult(refresh, refreshed);
    QVERIFY2(renewed.ok(), qPrintable(renewed.error));
    QVERIFY(renewed.refreshed);
    QVERIFY(renewed.tokens.accessToken != old.accessToken);
    QCOMPARE(renewed.tokens.refreshToken, old.refreshToken);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(renewed.tokens.expiresAt) - 1800) < 60);
    const QJsonObject refreshEntry = server.log().at(2).toObject();
    QCOMPARE(refreshEntry.value(u"grant_type"_qs).toString(), u"refresh_token"_qs);
    QCOMPARE(refreshEntry.value(u"access_token"_qs).toString(), renewed.tokens.accessToken);
    // RFC 6749 6: grant_type, refresh_token, and the public client's id.
    const QJsonArray params = refreshEntry.value(u"params"_qs).toArray();
    QVERIFY(!params.contains(u"redirect_uri"_qs));
    QVERIFY(params.contains(u"client_id"_qs));
}

void TestOAuthFlow::clientSecret()
{
    // A client with a secret (Google's desktop clients have one) sends it;
    // a server that rotates refresh tokens gets the new one kept.
    AuthorizationServer server(QStringLiteral("rotate"), QStringLiteral("not-so-secret"));
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    OAuthFlow flow(server.provider(QStringLiteral("not-so-secret")));
    Browser browser(&flow);
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.authorize();
    const OAuthResult result = waitForResult(flow, finished);
    QVERIFY2(result.ok(), qPrintable(result.error));

    OAuthFlow refresh(server.provider(QStringLiteral("not-so-secret")));
    QSignalSpy refreshed(&refresh, &OAuthFlow::finished);
    refresh.refresh(result.tokens.refreshToken);
    const OAuthResult renewed = waitForResult(refresh, refreshed);
    QVERIFY2(renewed.ok(), qPrintable(renewed.error));
    QVERIFY(renewed.tokens.refreshToken != result.tokens.refreshToken);
    QCOMPARE(renewed.tokens.refreshToken,
             server.log().last().toObject().value(u"refresh_token"_qs).toString());

    // The wrong secret: the token endpoint's 401 invalid_client.
    OAuthFlow wrong(server.provider(QStringLiteral("guessed")));
    QSignalSpy wrongDone(&wrong, &OAuthFlow::finished);
    wrong.refresh(renewed.tokens.refreshToken);
    const OAuthResult refused = waitForResult(wrong, wrongDone);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"invalid_client"), qPrintable(refused.error));
    QVERIFY(!refused.error.contains(u"guessed"));
}

void TestOAuthFlow::serverChecksPkce()
{
    // The fixture really checks PKCE: a code comes back only for a request
    // with a challenge, and only the matching verifier gets tokens.
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    const QByteArray verifier = makePkceVerifier();
    QCOMPARE(verifier.size(), 43);
    QUrl authorize = server.url(u"/authorize"_qs);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_qs, u"code"_qs);
    q.addQueryItem(u"client_id"_qs, clientId);
    q.addQueryItem(u"redirect_uri"_qs, u"http://127.0.0.1:9/"_qs);
    q.addQueryItem(u"state"_qs, u"s"_qs);
    q.addQueryItem(u"code_challenge"_qs, QString::fromLatin1(pkceChallengeS256(verifier)));
    q.addQueryItem(u"code_challenge_method"_qs, u"S256"_qs);
    authorize.setQuery(q);

    QNetworkAccessManager network;
    const auto fetch = [&network](QNetworkReply *reply) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        return reply;
    };
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(fetch(network.get(request)));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    const QString code = QUrlQuery(location).queryItemValue(u"code"_qs);
    QVERIFY(!code.isEmpty());

    const auto exchange = [&](const QByteArray &codeVerifier) {
        QNetworkRequest post(server.url(u"/token"_qs));
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_qs);
        QUrlQuery body;
        body.addQueryItem(u"grant_type"_qs, u"authorization_code"_qs);
        body.addQueryItem(u"code"_qs, code);
        body.addQueryItem(u"redirect_uri"_qs, u"http%3A%2F%2F127.0.0.1%3A9%2F"_qs);
        body.addQueryItem(u"client_id"_qs, clientId);
        body.addQueryItem(u"code_verifier"_qs, QString::fromLatin1(codeVerifier));
        std::unique_ptr<QNetworkReply> answer(
            fetch(network.post(post, body.toString(QUrl::FullyEncoded).toUtf8())));
        return QJsonDocument::fromJson(answer->readAll()).object();
    };
    // A wrong verifier: refused, and the code is spent (single use).
    const QJsonObject refused = exchange(makePkceVerifier());
    QCOMPARE(refused.value(u"error"_qs).toString(), u"invalid_grant"_qs);
    QCOMPARE(refused.value(u"error_description"_qs).toString(), u"PKCE verification failed"_qs);
    QCOMPARE(exchange(verifier).value(u"error_description"_qs).toString(),
             u"unknown or used code"_qs);
}

void TestOAuthFlow::failures_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("the person says no") << u"deny"_qs << u"access_denied (The user said no)"_qs;
    QTest::newRow("forged redirect (wrong state)") << u"wrong-state"_qs << u"RFC 6749 10.12"_qs;
    QTest::newRow("token endpoint refuses the code") << u"token-error"_qs << u"invalid_grant"_qs;
}

void TestOAuthFlow::failures()
{
    QFETCH(QString, mode);
    QFETCH(QString, reason);
    AuthorizationServer server(mode);
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    OAuthFlow flow(server.provider());
    Browser browser(&flow);
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.authorize();
    const OAuthResult result = waitForResult(flow, finished);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(result.tokens.accessToken.isEmpty());
    QTest::qWait(200); // a late answer must not finish it twice
    QCOMPARE(finished.size(), 1);

    // A bad refresh token.
    OAuthFlow refresh(server.provider());
    QSignalSpy refreshed(&refresh, &OAuthFlow::finished);
    refresh.refresh(u"rt-unknown"_qs);
    const OAuthResult refusedRefresh = waitForResult(refresh, refreshed);
    QVERIFY(!refusedRefresh.ok());
    QVERIFY2(refusedRefresh.error.contains(u"invalid_grant"), qPrintable(refusedRefresh.error));
}

void TestOAuthFlow::browserNeverComesBack()
{
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    OAuthFlow flow(server.provider());
    flow.setTimeout(std::chrono::milliseconds(500));
    QSignalSpy openedSpy(&flow, &OAuthFlow::openBrowser);
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.authorize();
    const OAuthResult result = waitForResult(flow, finished, 5000);
    QCOMPARE(openedSpy.size(), 1);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"in time"), qPrintable(result.error));
    QVERIFY(result.error.contains(u"127.0.0.1"));
}

void TestOAuthFlow::ensureFreshWithoutRequest()
{
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    OAuthTokens fresh;
    fresh.accessToken = u"at-still-good"_qs;
    fresh.refreshToken = u"rt-x"_qs;
    fresh.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    OAuthFlow flow(server.provider());
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.ensureFresh(fresh);
    QVERIFY(finished.isEmpty()); // from the event loop, so a late connect() still sees it
    const OAuthResult result = waitForResult(flow, finished);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.refreshed);
    QCOMPARE(result.tokens.accessToken, fresh.accessToken);
    QVERIFY(server.log().isEmpty()); // nothing was asked

    // Expired, and nothing to refresh with.
    OAuthTokens stale = fresh;
    stale.refreshToken.clear();
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    OAuthFlow again(server.provider());
    QSignalSpy againDone(&again, &OAuthFlow::finished);
    again.ensureFresh(stale);
    const OAuthResult refused = waitForResult(again, againDone);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"no refresh token"), qPrintable(refused.error));
}

// Issue 8.1: an account's expired access token is refreshed before AUTH by
// the send path (SessionJob with AuthSettings::tokenSource, as an account
// sets it), the new tokens go back to the keychain, and the token on the
// wire is the new one. The server is the test's authorization server and a
// scripted SMTP server that records the AUTH line.
void TestOAuthFlow::accountRefreshBeforeAuth()
{
    using namespace postscope;
    AuthorizationServer server;
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));

    // Authorize once (the browser played by the test), as `account authorize` does.
    OAuthFlow flow(server.provider());
    Browser browser(&flow);
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    flow.authorize();
    const OAuthResult first = waitForResult(flow, finished);
    QVERIFY2(first.ok(), qPrintable(first.error));
    MemoryTokens keychain;
    OAuthTokens expired = first.tokens;
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    QString storeError = QStringLiteral("not called");
    accounts::storeTokens(keychain.storage(), expired,
                          [&storeError](const QString &error) { storeError = error; });
    QCOMPARE(storeError, QString());
    QCOMPARE(keychain.writes, 2); // access (with its expiry) and refresh token
    // The expiry travels with the access token in its keychain entry.
    QVERIFY(
        keychain.secrets.value(accounts::SecretKind::OAuthAccessToken).contains(u"\"expiresAt\""));
    const OAuthTokens back = accounts::parseStoredTokens(
        keychain.secrets.value(accounts::SecretKind::OAuthAccessToken),
        keychain.secrets.value(accounts::SecretKind::OAuthRefreshToken));
    QCOMPARE(back.accessToken, first.tokens.accessToken);
    QCOMPARE(back.refreshToken, first.tokens.refreshToken);
    QVERIFY(back.expired());

    testsupport::ScriptedServer smtp;
    smtp.setScript("S: 220 scripted.test ESMTP\n"
                   "C~ EHLO .*\n"
                   "S: 250-scripted.test\n"
                   "S: 250 AUTH XOAUTH2\n"
                   "C~ AUTH XOAUTH2 [A-Za-z0-9+/=]+\n"
                   "S: 235 2.7.0 Accepted\n"
                   "C: QUIT\n"
                   "S: 221 2.0.0 Bye\n");
    QVERIFY(smtp.listen());
    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = smtp.port();
    options.security = session::Security::None;
    options.plaintextAuth = engine::PlaintextAuth::Allow; // a loopback test server
    options.timeoutMs = 10000;
    session::AuthSettings auth;
    auth.mechanism = "XOAUTH2";
    auth.credentials.user = QStringLiteral("carol@example.test");
    auth.tokenSource = accounts::freshTokenSource(keychain.storage(), server.provider());
    LoginOnly job(options, auth);
    QSignalSpy done(&job, &session::SessionJob::finished);
    job.start();
    QVERIFY(done.wait(20000));
    QVERIFY2(!job.error(), qPrintable(job.error().message));
    QVERIFY(job.login().succeeded());
    QCOMPARE(smtp.mismatches(), QStringList());

    // The provider refreshed (RFC 6749 6) and the keychain holds the new token.
    const QJsonArray log = server.log();
    QCOMPARE(log.last().toObject().value(u"grant_type"_qs).toString(), u"refresh_token"_qs);
    const QString fresh = log.last().toObject().value(u"access_token"_qs).toString();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != first.tokens.accessToken);
    const OAuthTokens stored = accounts::parseStoredTokens(
        keychain.secrets.value(accounts::SecretKind::OAuthAccessToken),
        keychain.secrets.value(accounts::SecretKind::OAuthRefreshToken));
    QCOMPARE(stored.accessToken, fresh);
    QVERIFY(!stored.expired());
    QCOMPARE(stored.refreshToken, first.tokens.refreshToken);

    // The AUTH line carried the fresh token (XOAUTH2: "user=...^Aauth=Bearer TOKEN^A^A").
    QByteArray authLine;
    for (const QByteArray &line : smtp.connection(0).clientLines) {
        if (line.startsWith("AUTH XOAUTH2 "))
            authLine = line;
    }
    const QByteArray initial = QByteArray::fromBase64(authLine.mid(13));
    QCOMPARE(initial,
             "user=carol@example.test\x01"
             "auth=Bearer "
                 + fresh.toUtf8() + "\x01\x01");

    // A token source that fails ends the job before anything is sent: exit 7.
    MemoryTokens empty;
    session::AuthSettings none = auth;
    none.tokenSource = accounts::freshTokenSource(empty.storage(), server.provider());
    const int connections = smtp.connectionCount();
    LoginOnly refused(options, none);
    QSignalSpy refusedDone(&refused, &session::SessionJob::finished);
    refused.start();
    QVERIFY(refusedDone.wait(10000));
    QCOMPARE(refused.error().kind, engine::SmtpError::Kind::AuthFailed);
    QVERIFY2(refused.error().message.contains(u"authorize"), qPrintable(refused.error().message));
    QTest::qWait(100);
    QCOMPARE(smtp.connectionCount(), connections);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
