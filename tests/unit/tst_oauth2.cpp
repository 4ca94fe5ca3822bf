// The pure parts of core/auth/oauth2: PKCE (RFC 7636, with its Appendix B
// example), the provider presets and their checks, and when an access token
// counts as expired. The flow itself runs end to end in
// tests/interop/tst_oauthflow.

#include "auth/oauth2.h"

#include <QRegularExpression>
#include <QTest>

using namespace postscope::auth;

class TestOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void pkceRfc7636();
    void pkceVerifier();
    void presets();
    void providerProblems_data();
    void providerProblems();
    void expiry_data();
    void expiry();
};

void TestOAuth2::pkceRfc7636()
{
    // RFC 7636 Appendix B
    QCOMPARE(pkceChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

void TestOAuth2::pkceVerifier()
{
    // RFC 7636 4.1: 43 to 128 unreserved characters, from a good random source.
    const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]{43,128}$"_qs);
    const QByteArray a = makePkceVerifier();
    const QByteArray b = makePkceVerifier();
    QVERIFY2(unreserved.match(QString::fromLatin1(a)).hasMatch(), a.constData());
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    QCOMPARE(pkceChallengeS256(a).size(), 43); // 32 bytes of SHA-256, base64url
}

void TestOAuth2::presets()
{
    QCOMPARE(OAuthProvider::presetNames(), (QStringList {u"google"_qs, u"microsoft"_qs}));
    const auto google = OAuthProvider::preset(u"Google"_qs);
    QVERIFY(google);
    QCOMPARE(google->authorizationEndpoint,
             QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_qs));
    QCOMPARE(google->tokenEndpoint, QUrl(u"https://oauth2.googleapis.com/token"_qs));
    QCOMPARE(google->scope, u"https://mail.google.com/"_qs);
    QCOMPARE(google->saslMechanism, "XOAUTH2");
    const auto microsoft = OAuthProvider::preset(u"microsoft"_qs);
    QVERIFY(microsoft);
    QCOMPARE(microsoft->authorizationEndpoint,
             QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_qs));
    QCOMPARE(microsoft->tokenEndpoint,
             QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_qs));
    QVERIFY(microsoft->scope.contains(u"SMTP.Send"));
    QVERIFY(microsoft->scope.contains(u"offline_access")); // or no refresh token
    QVERIFY(!OAuthProvider::preset(u"yahoo"_qs));
    // A preset needs the person's own client id.
    QVERIFY(google->problem().contains(u"client id"));
    OAuthProvider registered = *google;
    registered.clientId = u"1234.apps.googleusercontent.com"_qs;
    QCOMPARE(registered.problem(), QString());
}

void TestOAuth2::providerProblems_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("problem"); // empty: usable
    QTest::newRow("https") << u"https://id.example/auth"_qs << u"https://id.example/token"_qs
                           << QString();
    QTest::newRow("http on 127.0.0.1")
        << u"http://127.0.0.1:8080/auth"_qs << u"http://127.0.0.1:8080/token"_qs << QString();
    QTest::newRow("http on ::1") << u"http://[::1]:8080/auth"_qs << u"http://[::1]:8080/token"_qs
                                 << QString();
    QTest::newRow("http on localhost")
        << u"http://localhost/auth"_qs << u"http://localhost/token"_qs << QString();
    QTest::newRow("http elsewhere (token)")
        << u"https://id.example/auth"_qs << u"http://id.example/token"_qs << u"token endpoint"_qs;
    QTest::newRow("http elsewhere (authorization)")
        << u"http://id.example/auth"_qs << u"https://id.example/token"_qs << u"must use https"_qs;
    QTest::newRow("missing") << QString() << u"https://id.example/token"_qs << u"missing"_qs;
    QTest::newRow("another scheme")
        << u"ftp://id.example/auth"_qs << u"https://id.example/token"_qs << u"https"_qs;
}

void TestOAuth2::providerProblems()
{
    QFETCH(QString, authorization);
    QFETCH(QString, token);
    QFETCH(QString, problem);
    OAuthProvider p;
    p.authorizationEndpoint = QUrl(authorization);
    p.tokenEndpoint = QUrl(token);
    p.clientId = u"client"_qs;
    const QString found = p.problem();
    if (problem.isEmpty())
        QCOMPARE(found, QString());
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestOAuth2::expiry_data()
{
    QTest::addColumn<int>("expiresInSeconds"); // from "now"; 0 with unknown: invalid
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<bool>("expired");
    QTest::newRow("an hour left") << 3600 << false << false;
    QTest::newRow("61 s left") << 61 << false << false;
    QTest::newRow("30 s left (within the margin)") << 30 << false << true;
    QTest::newRow("gone") << -5 << false << true;
    QTest::newRow("unknown expiry") << 0 << true << false;
}

void TestOAuth2::expiry()
{
    QFETCH(int, expiresInSeconds);
    QFETCH(bool, unknown);
    QFETCH(bool, expired);
    const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    OAuthTokens tokens;
    tokens.accessToken = u"at"_qs;
    if (!unknown)
        tokens.expiresAt = now.addSecs(expiresInSeconds);
    QCOMPARE(tokens.expired(now), expired);
    // The same instant in another time zone changes nothing.
    QCOMPARE(tokens.expired(now.toOffsetFromUtc(3600 * 9)), expired);
}

QTEST_GUILESS_MAIN(TestOAuth2)
#include "tst_oauth2.moc"
