// SASL mechanisms (core/auth): the RFCs' own example exchanges (and Google's
// XOAUTH2 one), exact bytes of PLAIN and LOGIN, every client against the
// server of the same name, malformed input on both sides, and the Cyrus SASL
// bridge as far as it goes without a server (tests/interop has Dovecot).

#include "auth/exchange.h"
#include "auth/mechanisms.h"
#include "auth/qca.h"
#include "auth/qcasasl.h"
#include "auth/saslclient.h"
#include "auth/saslprep.h"
#include "auth/saslserver.h"
#include "auth/selection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace postscope::auth;
using Status = SaslServerMechanism::Step::Status;

Q_DECLARE_METATYPE(Status)

namespace {

PasswordLookup lookupFrom(const QHash<QString, QString> &users)
{
    return [users](const QString &user) -> std::optional<QString> {
        const auto it = users.find(user);
        if (it == users.end())
            return std::nullopt;
        return *it;
    };
}

// RFC 5802 5 and RFC 7677 3 use user "user" with password "pencil".
const QHash<QString, QString> &testUsers()
{
    static const QHash<QString, QString> users = {
        {QStringLiteral("user"), QStringLiteral("pencil")},
        {QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")},
        {QStringLiteral("a,b=c"), QStringLiteral("s3cret,=x")},
        // Stored decomposed (e + U+0301); the client types it precomposed.
        {QStringLiteral("jos\u00e9"), QStringLiteral("cafe\u0301-pa\u00dfwort")},
    };
    return users;
}

struct Outcome
{
    bool clientOk = true;
    QString clientError;
    Status serverStatus = Status::Failure;
    QString serverError;
    QString user;
    int rounds = 0;
};

// Drives a client against a server as the two engines would: initial
// response with AUTH, 334 challenges answered, and the server's additional
// data with success handed to verifyOutcome().
Outcome runExchange(SaslClientMechanism &client, SaslServerMechanism &server,
                    bool useInitialResponse = true)
{
    Outcome outcome;
    const std::optional<QByteArray> initial
        = useInitialResponse ? client.initialResponse() : std::nullopt;
    SaslServerMechanism::Step step = server.start(initial);
    while (step.status == Status::Continue && outcome.rounds < 10) {
        ++outcome.rounds;
        const SaslClientMechanism::Step answer = client.respond(step.challenge);
        if (!answer.ok()) {
            outcome.clientOk = false;
            outcome.clientError = answer.error;
            return outcome;
        }
        step = server.respond(answer.response);
    }
    outcome.serverStatus = step.status;
    outcome.serverError = step.error;
    if (step.status == Status::Success) {
        outcome.user = server.user();
        outcome.clientError = client.verifyOutcome(step.challenge);
        outcome.clientOk = outcome.clientError.isEmpty();
    }
    return outcome;
}

Credentials creds(const QString &user, const QString &password, const QString &authzid = {})
{
    Credentials c;
    c.user = user;
    c.password = password;
    c.authzid = authzid;
    return c;
}

Credentials tokenCreds(const QString &user, const QString &token, const QString &host = {},
                       quint16 port = 0)
{
    Credentials c;
    c.user = user;
    c.bearerToken = token;
    c.host = host;
    c.port = port;
    return c;
}

TokenLookup tokensFrom(const QHash<QString, QSet<QString>> &tokens)
{
    return [tokens](const QString &user) { return tokens.value(user); };
}

const QHash<QString, QSet<QString>> &testTokens()
{
    static const QHash<QString, QSet<QString>> tokens = {
        {QStringLiteral("user@example.com"),
         {QStringLiteral("vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg=="),
          QStringLiteral("second-token")}},
        {QStringLiteral("someuser@example.com"),
         {QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")}},
    };
    return tokens;
}

// The unwrapped mechanism behind createClientMechanism()'s guard.
template<typename T> T *innerAs(SaslClientMechanism *mechanism)
{
    auto *guarded = dynamic_cast<GuardedClientMechanism *>(mechanism);
    return guarded ? dynamic_cast<T *>(&guarded->inner()) : nullptr;
}

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void primitives();

    void cramMd5Rfc2195();
    void scramRfcExamples_data();
    void scramRfcExamples();

    void plainBytes_data();
    void plainBytes();
    void loginBytes_data();
    void loginBytes();

    void roundTrip_data();
    void roundTrip();
    void roundTripWithoutInitialResponse_data();
    void roundTripWithoutInitialResponse();

    void scramClientRejectsServerFirst_data();
    void scramClientRejectsServerFirst();
    void scramClientChecksServerSignature_data();
    void scramClientChecksServerSignature();

    void serverRejectsMalformed_data();
    void serverRejectsMalformed();
    void scramServerRejectsClientFinal_data();
    void scramServerRejectsClientFinal();
    void cramMd5ServerChallengeForm();

    void xoauth2GoogleExample();
    void oauthBearerRfc7628_data();
    void oauthBearerRfc7628();
    void bearerClientRefuses_data();
    void bearerClientRefuses();
    void oauthServerErrorParsing_data();
    void oauthServerErrorParsing();
    void bearerServer_data();
    void bearerServer();
    void bearerRoundTrip_data();
    void bearerRoundTrip();

    void factories();
    void cyrusBridge();
    void cyrusBridgeFailsClearly_data();
    void cyrusBridgeFailsClearly();
    void strongestCommon_data();
    void strongestCommon();
    void revealsSecret_data();
    void revealsSecret();

    void saslPrep_data();
    void saslPrep();
};

void TestSasl::initTestCase()
{
    // Without the qca-ossl plugin nothing here can work: say so plainly.
    const QString missing = missingCryptoFeatures(
        {QStringLiteral("hmac(md5)"), QStringLiteral("hmac(sha1)"), QStringLiteral("hmac(sha256)"),
         QStringLiteral("sha1"), QStringLiteral("sha256")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(missingCryptoFeatures({QStringLiteral("no-such-hash")}).contains(u"no-such-hash"));
}

void TestSasl::primitives()
{
    // RFC 2104 with an empty key (OpenSSL refuses a null key pointer).
    QCOMPARE(hmac(QStringLiteral("md5"), "", "").toHex(), "74e6f7298a9c2d168935f58c001bad88");
    QCOMPARE(hmac(QStringLiteral("sha256"), "", "").toHex(),
             "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    // RFC 6070 2 (PBKDF2-HMAC-SHA1; QCA's own pbkdf2(sha1)).
    QCOMPARE(pbkdf2(QStringLiteral("sha1"), "password", "salt", 1).toHex(),
             "0c60c80f961f0e71f3a9b524af6012062fe037a6");
    QCOMPARE(pbkdf2(QStringLiteral("sha1"), "password", "salt", 4096).toHex(),
             "4b007901b765489abead49d926f721d065a429c1");
    // PBKDF2-HMAC-SHA256 (the HMAC loop: qca-ossl has no pbkdf2(sha256)).
    QCOMPARE(pbkdf2(QStringLiteral("sha256"), "password", "salt", 4096).toHex(),
             "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QVERIFY(pbkdf2(QStringLiteral("sha256"), "password", "salt", 0).isEmpty());
    QCOMPARE(randomBytes(32).size(), 32);
    QVERIFY(randomBytes(32) != randomBytes(32));
    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
    QVERIFY(!constantTimeEquals("abc", "ab"));
}

void TestSasl::cramMd5Rfc2195()
{
    // RFC 2195 2: the example exchange.
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
    const QByteArray expected = "tim b913a602c7eda7a495b4e6e7334d3890";

    auto client = createClientMechanism("cram-md5", creds(u"tim"_qs, u"tanstaaftanstaaf"_qs));
    QVERIFY(client);
    QCOMPARE(client->name(), "CRAM-MD5");
    QVERIFY(!client->initialResponse());
    const auto step = client->respond(challenge);
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response, expected);
    QVERIFY(!client->respond(challenge).ok()); // a second challenge is wrong

    CramMd5ServerMechanism server(lookupFrom(testUsers()));
    server.setChallenge(challenge);
    auto first = server.start(std::nullopt);
    QCOMPARE(first.status, Status::Continue);
    QCOMPARE(first.challenge, challenge);
    auto done = server.respond(expected);
    QCOMPARE(done.status, Status::Success);
    QCOMPARE(server.user(), u"tim"_qs);

    // Upper-case hex is the same digest.
    CramMd5ServerMechanism upper(lookupFrom(testUsers()));
    upper.setChallenge(challenge);
    upper.start(std::nullopt);
    QCOMPARE(upper.respond("tim B913A602C7EDA7A495B4E6E7334D3890").status, Status::Success);
}

void TestSasl::scramRfcExamples_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("clientFirst");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    // RFC 5802 5
    QTest::newRow("RFC 5802 SCRAM-SHA-1")
        << QByteArray("SCRAM-SHA-1") << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                      "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    // RFC 7677 3
    QTest::newRow("RFC 7677 SCRAM-SHA-256")
        << QByteArray("SCRAM-SHA-256") << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void TestSasl::scramRfcExamples()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, clientFirst);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);
    const ScramHash hash = mechanism == "SCRAM-SHA-1" ? ScramHash::Sha1 : ScramHash::Sha256;

    // The client reproduces the RFC's messages byte for byte, taking the
    // server-final as a last 334 challenge (RFC 4954 4).
    ScramClientMechanism client(hash, creds(u"user"_qs, u"pencil"_qs));
    QCOMPARE(client.name(), mechanism);
    client.setClientNonce(clientNonce);
    QCOMPARE(client.initialResponse().value_or("<none>"), clientFirst);
    auto step = client.respond(serverFirst);
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response, clientFinal);
    step = client.respond(serverFinal);
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response, QByteArray());
    QCOMPARE(client.verifyOutcome({}), QString());

    // Or with the server-final carried along with success.
    ScramClientMechanism viaOutcome(hash, creds(u"user"_qs, u"pencil"_qs));
    viaOutcome.setClientNonce(clientNonce);
    viaOutcome.initialResponse();
    QCOMPARE(viaOutcome.respond(serverFirst).response, clientFinal);
    QCOMPARE(viaOutcome.verifyOutcome(serverFinal), QString());

    // The server, given the RFC's salt and its nonce part, answers the same.
    const QList<QByteArray> parts = serverFirst.split(',');
    ScramServerMechanism server(hash, lookupFrom(testUsers()));
    QCOMPARE(server.name(), mechanism);
    server.setServerNonce(parts[0].mid(2 + clientNonce.size()));
    server.setSalt(QByteArray::fromBase64(parts[1].mid(2)));
    server.setIterations(4096);
    auto serverStep = server.start(clientFirst);
    QCOMPARE(serverStep.status, Status::Continue);
    QCOMPARE(serverStep.challenge, serverFirst);
    serverStep = server.respond(clientFinal);
    QVERIFY2(serverStep.status == Status::Success, qPrintable(serverStep.error));
    QCOMPARE(serverStep.challenge, serverFinal);
    QCOMPARE(server.user(), u"user"_qs);
    QCOMPARE(server.respond("").status, Status::Failure); // nothing after the end
}

void TestSasl::plainBytes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4616 4 examples
    QTest::newRow("tim") << u"tim"_qs << u"tanstaaftanstaaf"_qs << QString()
                         << QByteArray("\0tim\0tanstaaftanstaaf", 21);
    QTest::newRow("authzid Ursel")
        << u"Kurt"_qs << u"xipj3plmq"_qs << u"Ursel"_qs << QByteArray("Ursel\0Kurt\0xipj3plmq", 20);
    QTest::newRow("utf-8") << u"j\u00f6rg"_qs << u"p\u00e4ss"_qs << QString()
                           << QByteArray("\0j\xc3\xb6rg\0p\xc3\xa4ss", 12);
}

void TestSasl::plainBytes()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, authzid);
    QFETCH(QByteArray, expected);

    auto client = createClientMechanism("Plain", creds(user, password, authzid));
    QVERIFY(client);
    QCOMPARE(client->name(), "PLAIN");
    QCOMPARE(client->initialResponse().value_or("<none>"), expected);
    QVERIFY(!client->respond({}).ok()); // already sent

    // RFC 4954 4: without the initial response, the empty 334 gets it.
    auto late = createClientMechanism("PLAIN", creds(user, password, authzid));
    const auto step = late->respond({});
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response, expected);
}

void TestSasl::loginBytes_data()
{
    QTest::addColumn<QList<QByteArray>>("challenges");
    QTest::addColumn<QList<QByteArray>>("responses");
    QTest::addColumn<bool>("lastFails");

    QTest::newRow("draft order") << QList<QByteArray> {"Username:", "Password:"}
                                 << QList<QByteArray> {"alice", "wonder land"} << false;
    QTest::newRow("asked by text, reversed") << QList<QByteArray> {"Password:", "Username:"}
                                             << QList<QByteArray> {"wonder land", "alice"} << false;
    QTest::newRow("lower case, other words") << QList<QByteArray> {"user name", "password"}
                                             << QList<QByteArray> {"alice", "wonder land"} << false;
    QTest::newRow("unknown text: by order") << QList<QByteArray> {"who?", "secret?"}
                                            << QList<QByteArray> {"alice", "wonder land"} << false;
    QTest::newRow("a third unknown challenge fails")
        << QList<QByteArray> {"who?", "secret?", "more?"}
        << QList<QByteArray> {"alice", "wonder land", ""} << true;
}

void TestSasl::loginBytes()
{
    QFETCH(QList<QByteArray>, challenges);
    QFETCH(QList<QByteArray>, responses);
    QFETCH(bool, lastFails);

    auto client = createClientMechanism("login", creds(u"alice"_qs, u"wonder land"_qs));
    QVERIFY(client);
    QCOMPARE(client->name(), "LOGIN");
    QVERIFY(!client->initialResponse());
    for (int i = 0; i < challenges.size(); ++i) {
        const auto step = client->respond(challenges[i]);
        if (lastFails && i == challenges.size() - 1) {
            QVERIFY(!step.ok());
            QVERIFY(!step.error.contains(u"wonder land"));
        } else {
            QVERIFY2(step.ok(), qPrintable(step.error));
            QCOMPARE(step.response, responses[i]);
        }
    }
}

void TestSasl::roundTrip_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Status>("expected");
    QTest::addColumn<QString>("reason"); // part of the server's failure reason

    const QList<QByteArray> mechanisms
        = {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"};
    for (const QByteArray &m : mechanisms) {
        QTest::addRow("%s right", m.constData())
            << m << u"user"_qs << u"pencil"_qs << Status::Success << QString();
        QTest::addRow("%s wrong password", m.constData())
            << m << u"user"_qs << u"pencilx"_qs << Status::Failure << u"wrong password"_qs;
        QTest::addRow("%s unknown user", m.constData())
            << m << u"nobody"_qs << u"pencil"_qs << Status::Failure << u"unknown user"_qs;
        QTest::addRow("%s comma and equals", m.constData())
            << m << u"a,b=c"_qs << u"s3cret,=x"_qs << Status::Success << QString();
    }
    // SASLprep (RFC 4013): the precomposed password matches the stored
    // decomposed one; the PLAIN family compares exact bytes and does not.
    QTest::newRow("SCRAM-SHA-256 saslprep")
        << QByteArray("SCRAM-SHA-256") << u"jos\u00e9"_qs << u"caf\u00e9-pa\u00dfwort"_qs
        << Status::Success << QString();
    QTest::newRow("SCRAM-SHA-1 saslprep soft hyphen")
        << QByteArray("SCRAM-SHA-1") << u"jos\u00e9"_qs << u"caf\u00e9-pa\u00ad\u00dfwort"_qs
        << Status::Success << QString();
    QTest::newRow("PLAIN exact bytes")
        << QByteArray("PLAIN") << u"jos\u00e9"_qs << u"caf\u00e9-pa\u00dfwort"_qs << Status::Failure
        << u"wrong password"_qs;
}

void TestSasl::roundTrip()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(Status, expected);
    QFETCH(QString, reason);

    auto client = createClientMechanism(mechanism, creds(user, password));
    auto server = createServerMechanism(mechanism.toLower(), lookupFrom(testUsers()));
    QVERIFY(client);
    QVERIFY(server);
    QCOMPARE(server->name(), mechanism);
    const Outcome outcome = runExchange(*client, *server);
    QVERIFY2(outcome.clientOk || expected == Status::Failure, qPrintable(outcome.clientError));
    QVERIFY2(outcome.serverStatus == expected, qPrintable(outcome.serverError));
    if (expected == Status::Success) {
        QCOMPARE(outcome.user, user);
        QVERIFY(outcome.clientOk);
    } else {
        QVERIFY2(outcome.serverError.contains(reason), qPrintable(outcome.serverError));
        QVERIFY(server->user().isEmpty());
        // The reason is for the transcript: it never holds a password.
        QVERIFY(!outcome.serverError.contains(password));
        QVERIFY(!outcome.serverError.contains(testUsers().value(user, u"\x01"_qs)));
    }
}

void TestSasl::roundTripWithoutInitialResponse_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    for (const QByteArray &m : supportedServerMechanisms())
        QTest::newRow(m.constData()) << m;
}

void TestSasl::roundTripWithoutInitialResponse()
{
    // RFC 4954 4: a client may leave the initial response out; the server then
    // asks with an empty 334 challenge.
    QFETCH(QByteArray, mechanism);
    auto client = createClientMechanism(mechanism, creds(u"user"_qs, u"pencil"_qs));
    auto server = createServerMechanism(mechanism, lookupFrom(testUsers()));
    const Outcome outcome = runExchange(*client, *server, false);
    QVERIFY2(outcome.serverStatus == Status::Success, qPrintable(outcome.serverError));
    QVERIFY2(outcome.clientOk, qPrintable(outcome.clientError));
    QCOMPARE(outcome.user, u"user"_qs);
}

void TestSasl::scramClientRejectsServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QString>("reason");

    const QByteArray salt = "QSXCR+Q6sek8bf92";
    QTest::newRow("garbage") << QByteArray("hello world") << u"malformed"_qs;
    QTest::newRow("empty") << QByteArray() << u"malformed"_qs;
    QTest::newRow("trailing comma")
        << QByteArray("r=abcXYZ,s=" + salt + ",i=4096,") << u"malformed"_qs;
    QTest::newRow("missing nonce prefix")
        << QByteArray("r=3rfcNHYJY1ZVvWVs7j,s=" + salt + ",i=4096") << u"nonce"_qs;
    QTest::newRow("nonce not extended") << QByteArray("r=abc,s=" + salt + ",i=4096") << u"nonce"_qs;
    QTest::newRow("missing salt") << QByteArray("r=abcXYZ,i=4096") << u"expected r=, s= and i="_qs;
    QTest::newRow("salt not base64") << QByteArray("r=abcXYZ,s=!!!!,i=4096") << u"salt"_qs;
    QTest::newRow("empty salt") << QByteArray("r=abcXYZ,s=,i=4096") << u"salt"_qs;
    QTest::newRow("iteration count 0")
        << QByteArray("r=abcXYZ,s=" + salt + ",i=0") << u"iteration count"_qs;
    QTest::newRow("iteration count negative")
        << QByteArray("r=abcXYZ,s=" + salt + ",i=-5") << u"iteration count"_qs;
    QTest::newRow("iteration count text")
        << QByteArray("r=abcXYZ,s=" + salt + ",i=many") << u"iteration count"_qs;
    QTest::newRow("iteration count huge")
        << QByteArray("r=abcXYZ,s=" + salt + ",i=99999999") << u"limit"_qs;
    QTest::newRow("wrong order") << QByteArray("s=" + salt + ",r=abcXYZ,i=4096")
                                 << u"expected r=, s= and i="_qs;
    QTest::newRow("mandatory extension")
        << QByteArray("m=ext,r=abcXYZ,s=" + salt + ",i=4096") << u"extension"_qs;
    QTest::newRow("server error") << QByteArray("e=other-error") << u"other-error"_qs;
}

void TestSasl::scramClientRejectsServerFirst()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QString, reason);
    ScramClientMechanism client(ScramHash::Sha256, creds(u"user"_qs, u"pencil"_qs));
    client.setClientNonce("abc");
    QCOMPARE(client.initialResponse().value_or("<none>"), "n,,n=user,r=abc");
    const auto step = client.respond(serverFirst);
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QVERIFY(!step.error.contains(u"pencil"));
    // Once failed, it stays failed.
    QVERIFY(!client.respond("v=AAAA").ok());
    QVERIFY(!client.verifyOutcome({}).isEmpty());
}

void TestSasl::scramClientChecksServerSignature_data()
{
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<bool>("asChallenge"); // last 334, else data with success
    QTest::addColumn<QString>("reason");

    // A signature from a server that does not know "pencil" (one bit off).
    QTest::newRow("wrong signature (334)")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << true << u"server signature"_qs;
    QTest::newRow("wrong signature (success data)")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << false << u"server signature"_qs;
    QTest::newRow("no signature at all") << QByteArray() << false << u"without proving"_qs;
    QTest::newRow("signature not base64") << QByteArray("v=***") << true << u"base64"_qs;
    QTest::newRow("server error") << QByteArray("e=invalid-proof") << true << u"invalid-proof"_qs;
    QTest::newRow("not a verifier") << QByteArray("x=1") << true << u"expected v="_qs;
}

void TestSasl::scramClientChecksServerSignature()
{
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, asChallenge);
    QFETCH(QString, reason);

    // RFC 5802 5's exchange, up to the server-final message.
    ScramClientMechanism client(ScramHash::Sha1, creds(u"user"_qs, u"pencil"_qs));
    client.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    client.initialResponse();
    QVERIFY(client
                .respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                         "i=4096")
                .ok());
    QString error;
    if (asChallenge) {
        const auto step = client.respond(serverFinal);
        QVERIFY(!step.ok());
        error = step.error;
        QCOMPARE(client.verifyOutcome({}), error); // stays failed
    } else {
        error = client.verifyOutcome(serverFinal);
    }
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestSasl::serverRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<bool>("withInitial");
    QTest::addColumn<QByteArray>("initial");
    QTest::addColumn<QList<QByteArray>>("responses");
    QTest::addColumn<QString>("reason");

    using L = QList<QByteArray>;
    QTest::newRow("PLAIN two fields")
        << QByteArray("PLAIN") << true << QByteArray("user\0pencil", 11) << L {} << u"malformed"_qs;
    QTest::newRow("PLAIN four fields")
        << QByteArray("PLAIN") << true << QByteArray("\0user\0pencil\0", 13) << L {}
        << u"malformed"_qs;
    QTest::newRow("PLAIN empty (=)")
        << QByteArray("PLAIN") << true << QByteArray() << L {} << u"malformed"_qs;
    QTest::newRow("PLAIN empty user")
        << QByteArray("PLAIN") << true << QByteArray("\0\0pencil", 8) << L {} << u"malformed"_qs;
    QTest::newRow("PLAIN not utf-8")
        << QByteArray("PLAIN") << true << QByteArray("\0us\xff\0pencil", 11) << L {} << u"UTF-8"_qs;
    QTest::newRow("PLAIN acting as another")
        << QByteArray("PLAIN") << true << QByteArray("tim\0user\0pencil", 15) << L {}
        << u"may not act as"_qs;
    QTest::newRow("LOGIN empty user")
        << QByteArray("LOGIN") << false << QByteArray() << L {""} << u"empty user name"_qs;
    QTest::newRow("LOGIN empty initial")
        << QByteArray("LOGIN") << true << QByteArray() << L {} << u"empty user name"_qs;
    QTest::newRow("CRAM-MD5 initial response")
        << QByteArray("CRAM-MD5") << true << QByteArray("user x") << L {} << u"initial response"_qs;
    QTest::newRow("CRAM-MD5 no space")
        << QByteArray("CRAM-MD5") << false << QByteArray()
        << L {"userb913a602c7eda7a495b4e6e7334d3890"} << u"malformed"_qs;
    QTest::newRow("CRAM-MD5 short digest")
        << QByteArray("CRAM-MD5") << false << QByteArray() << L {"user b913a602"} << u"digest"_qs;
    QTest::newRow("CRAM-MD5 not hex")
        << QByteArray("CRAM-MD5") << false << QByteArray()
        << L {"user zz13a602c7eda7a495b4e6e7334d3890"} << u"digest"_qs;
    QTest::newRow("SCRAM no gs2 header") << QByteArray("SCRAM-SHA-256") << true
                                         << QByteArray("n=user,r=abc") << L {} << u"malformed"_qs;
    QTest::newRow("SCRAM bad cbind flag")
        << QByteArray("SCRAM-SHA-256") << true << QByteArray("x,,n=user,r=abc") << L {}
        << u"channel binding flag"_qs;
    QTest::newRow("SCRAM channel binding")
        << QByteArray("SCRAM-SHA-256") << true << QByteArray("p=tls-unique,,n=user,r=abc") << L {}
        << u"channel binding"_qs;
    QTest::newRow("SCRAM bad escape") << QByteArray("SCRAM-SHA-256") << true
                                      << QByteArray("n,,n=us=er,r=abc") << L {} << u"user name"_qs;
    QTest::newRow("SCRAM missing nonce") << QByteArray("SCRAM-SHA-256") << true
                                         << QByteArray("n,,n=user") << L {} << u"malformed"_qs;
    QTest::newRow("SCRAM nonce with comma-less junk") << QByteArray("SCRAM-SHA-1") << true
                                                      << QByteArray("n,,n=user,r=a\x01"
                                                                    "b")
                                                      << L {} << u"nonce"_qs;
    QTest::newRow("SCRAM mandatory extension")
        << QByteArray("SCRAM-SHA-256") << true << QByteArray("n,,m=x,n=user,r=abc") << L {}
        << u"extension"_qs;
    QTest::newRow("SCRAM acting as another")
        << QByteArray("SCRAM-SHA-256") << true << QByteArray("n,a=tim,n=user,r=abc") << L {}
        << u"may not act as"_qs;
}

void TestSasl::serverRejectsMalformed()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(bool, withInitial);
    QFETCH(QByteArray, initial);
    QFETCH(QList<QByteArray>, responses);
    QFETCH(QString, reason);

    auto server = createServerMechanism(mechanism, lookupFrom(testUsers()));
    QVERIFY(server);
    auto step = server->start(withInitial ? std::optional<QByteArray>(initial) : std::nullopt);
    for (const QByteArray &response : responses) {
        QCOMPARE(step.status, Status::Continue);
        step = server->respond(response);
    }
    QCOMPARE(step.status, Status::Failure);
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QVERIFY(!step.error.contains(u"pencil"));
    QVERIFY(server->user().isEmpty());
}

void TestSasl::scramServerRejectsClientFinal_data()
{
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QString>("reason");

    const QByteArray nonce = "fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j";
    QTest::newRow("wrong proof") << QByteArray("c=biws,r=" + nonce
                                               + ",p=w0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
                                 << u"wrong password"_qs;
    QTest::newRow("wrong nonce") << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawLother,"
                                               "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
                                 << u"nonce"_qs;
    QTest::newRow("wrong channel binding")
        << QByteArray("c=eSws,r=" + nonce + ",p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << u"channel binding"_qs;
    QTest::newRow("no proof") << QByteArray("c=biws,r=" + nonce) << u"no proof"_qs;
    QTest::newRow("short proof") << QByteArray("c=biws,r=" + nonce + ",p=AAAA") << u"proof"_qs;
    QTest::newRow("proof not base64") << QByteArray("c=biws,r=" + nonce + ",p=***") << u"proof"_qs;
    QTest::newRow("garbage") << QByteArray("hello") << u"malformed"_qs;
}

void TestSasl::scramServerRejectsClientFinal()
{
    QFETCH(QByteArray, clientFinal);
    QFETCH(QString, reason);
    ScramServerMechanism server(ScramHash::Sha1, lookupFrom(testUsers()));
    server.setServerNonce("3rfcNHYJY1ZVvWVs7j");
    server.setSalt(QByteArray::fromBase64("QSXCR+Q6sek8bf92"));
    QCOMPARE(server.start("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL").status, Status::Continue);
    const auto step = server.respond(clientFinal);
    QCOMPARE(step.status, Status::Failure);
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QVERIFY(server.user().isEmpty());
}

void TestSasl::cramMd5ServerChallengeForm()
{
    // RFC 2195 2: "<random.timestamp@hostname>", fresh for each exchange.
    CramMd5ServerMechanism a(lookupFrom(testUsers()), u"mx.example.test"_qs);
    CramMd5ServerMechanism b(lookupFrom(testUsers()), u"mx.example.test"_qs);
    const QByteArray ca = a.start(std::nullopt).challenge;
    const QByteArray cb = b.start(std::nullopt).challenge;
    const QRegularExpression form(u"^<\\d+\\.\\d+@mx\\.example\\.test>$"_qs);
    QVERIFY2(form.match(QString::fromLatin1(ca)).hasMatch(), ca.constData());
    QVERIFY2(form.match(QString::fromLatin1(cb)).hasMatch(), cb.constData());
    QVERIFY(ca != cb);
}

void TestSasl::xoauth2GoogleExample()
{
    // Google's XOAUTH2 documentation: the initial client response for
    // someuser@example.com and token ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg.
    auto client
        = createClientMechanism("xoauth2",
                                tokenCreds(u"someuser@example.com"_qs,
                                           u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_qs));
    QVERIFY(client);
    QCOMPARE(client->name(), "XOAUTH2");
    const std::optional<QByteArray> initial = client->initialResponse();
    QVERIFY(initial);
    QCOMPARE(
        initial->toBase64(),
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhk"
        "SFJoZG1semRHRXVZMjl0Q2cBAQ==");
    // Google's failure: the error JSON as a 334, answered by an empty line.
    const auto step = client->respond(
        R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})");
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response, QByteArray());
    QVERIFY2(client->serverDetail().contains(u"status \"401\""),
             qPrintable(client->serverDetail()));
    QVERIFY(client->serverDetail().contains(u"https://mail.google.com/"));
    QVERIFY(!client->serverDetail().contains(u"ya29"));
    QVERIFY(!client->respond("{}").ok()); // nothing after the error
}

void TestSasl::oauthBearerRfc7628_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7628 4.1 (IMAP, port 143) and 4.4 (SMTP submission, port 587).
    QTest::newRow("4.1 port 143")
        << quint16(143)
        << QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1"
                      "dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2c9PQEB");
    QTest::newRow("4.4 port 587")
        << quint16(587)
        << QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9NTg3AWF1"
                      "dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2c9PQEB");
}

void TestSasl::oauthBearerRfc7628()
{
    QFETCH(quint16, port);
    QFETCH(QByteArray, expected);
    auto client = createClientMechanism("OAUTHBEARER",
                                        tokenCreds(u"user@example.com"_qs,
                                                   u"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg=="_qs,
                                                   u"server.example.com"_qs, port));
    QVERIFY(client);
    QCOMPARE(client->initialResponse().value_or("<none>").toBase64(), expected);

    // RFC 7628 4.4: the server's error, and the client's ^A ("AQ==").
    const QByteArray error = QByteArray::fromBase64(
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NoZW1lcyI6ImJlYXJlciBtYWMiLCJzY29wZSI6Imh0dHBzOi8v"
        "bWFpbC5leGFtcGxlLmNvbS8ifQ==");
    const auto step = client->respond(error);
    QVERIFY2(step.ok(), qPrintable(step.error));
    QCOMPARE(step.response.toBase64(), "AQ==");
    auto *bearer = innerAs<OAuthBearerClientMechanism>(client.get());
    QVERIFY(bearer);
    QVERIFY(bearer->serverError());
    QCOMPARE(bearer->serverError()->status, u"invalid_token"_qs);
    QCOMPARE(bearer->serverError()->schemes, u"bearer mac"_qs);
    QCOMPARE(bearer->serverError()->scope, u"https://mail.example.com/"_qs);
    QVERIFY(bearer->serverError()->openidConfiguration.isEmpty());
    QCOMPARE(bearer->serverError()->raw, error);
    QVERIFY(client->serverDetail().contains(u"invalid_token"));

    // Without the initial response: the empty 334 gets the same message.
    auto late = createClientMechanism("OAUTHBEARER",
                                      tokenCreds(u"user@example.com"_qs,
                                                 u"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg=="_qs,
                                                 u"server.example.com"_qs, port));
    const auto first = late->respond({});
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.response.toBase64(), expected);
}

void TestSasl::bearerClientRefuses_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("reason");

    for (const QByteArray m : {QByteArray("XOAUTH2"), QByteArray("OAUTHBEARER")}) {
        QTest::addRow("%s no token", m.constData())
            << m << u"u@example.com"_qs << QString() << QString()
            << u"needs an OAuth 2.0 access token"_qs;
        QTest::addRow("%s token with a space", m.constData())
            << m << u"u@example.com"_qs << u"abc def"_qs << QString() << u"RFC 6750 2.1"_qs;
        QTest::addRow("%s token with CRLF", m.constData())
            << m << u"u@example.com"_qs << u"abc\r\nQUIT"_qs << QString() << u"RFC 6750 2.1"_qs;
        QTest::addRow("%s token with ^A", m.constData())
            << m << u"u@example.com"_qs << u"abc\x01xyz"_qs << QString() << u"RFC 6750 2.1"_qs;
        QTest::addRow("%s token not ASCII", m.constData())
            << m << u"u@example.com"_qs << u"abc\u00e9"_qs << QString() << u"RFC 6750 2.1"_qs;
    }
    QTest::newRow("XOAUTH2 user with ^A") << QByteArray("XOAUTH2") << u"u\x01auth=Bearer x"_qs
                                          << u"good-token"_qs << QString() << u"control"_qs;
    QTest::newRow("XOAUTH2 no user")
        << QByteArray("XOAUTH2") << QString() << u"good-token"_qs << QString() << u"user name"_qs;
    QTest::newRow("OAUTHBEARER host with ^A")
        << QByteArray("OAUTHBEARER") << u"u@example.com"_qs << u"good-token"_qs
        << u"mx\x01auth=x"_qs << u"control"_qs;
}

void TestSasl::bearerClientRefuses()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(QString, host);
    QFETCH(QString, reason);

    Credentials c = tokenCreds(user, token, host, 25);
    c.password = u"the-password"_qs; // never sent in place of a token
    auto client = createClientMechanism(mechanism, c);
    QVERIFY(client);
    QVERIFY(!client->initialResponse()); // nothing goes out
    const auto step = client->respond({});
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QVERIFY(step.response.isEmpty());
    if (!token.isEmpty())
        QVERIFY(!step.error.contains(token));
    QVERIFY(!step.error.contains(u"the-password"));
    QVERIFY(!client->respond({}).ok()); // stays failed
}

void TestSasl::oauthServerErrorParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("openid");
    QTest::addColumn<QString>("described");

    QTest::newRow("RFC 7628 3.2.2")
        << QByteArray(
               R"({"status":"invalid_token","scope":"example_scope",)"
               R"("openid-configuration":"https://example.com/.well-known/openid-configuration"})")
        << true << u"invalid_token"_qs << u"example_scope"_qs
        << u"https://example.com/.well-known/openid-configuration"_qs << u"openid-configuration"_qs;
    QTest::newRow("Google XOAUTH2")
        << QByteArray(R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})")
        << true << u"401"_qs << u"https://mail.google.com/"_qs << QString() << u"schemes"_qs;
    QTest::newRow("status as a number") << QByteArray(R"({"status":401})") << true << u"401"_qs
                                        << QString() << QString() << u"status \"401\""_qs;
    QTest::newRow("not JSON") << QByteArray("try again later") << false << QString() << QString()
                              << QString() << u"not JSON"_qs;
    QTest::newRow("JSON array") << QByteArray("[1,2]") << false << QString() << QString()
                                << QString() << u"not JSON"_qs;
    QTest::newRow("control characters quoted")
        << QByteArray("{\"status\":\"bad\\r\\nS: 235 fake\"}") << true << u"bad\r\nS: 235 fake"_qs
        << QString() << QString() << u"\\u000d"_qs;
}

void TestSasl::oauthServerErrorParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, parsed);
    QFETCH(QString, status);
    QFETCH(QString, scope);
    QFETCH(QString, openid);
    QFETCH(QString, described);
    const OAuthServerError error = parseOAuthServerError(json);
    QCOMPARE(error.parsed, parsed);
    QCOMPARE(error.status, status);
    QCOMPARE(error.scope, scope);
    QCOMPARE(error.openidConfiguration, openid);
    QCOMPARE(error.raw, json);
    const QString text = error.describe();
    QVERIFY2(text.contains(described), qPrintable(text));
    QVERIFY(!text.contains(u'\r') && !text.contains(u'\n')); // cannot forge transcript lines
}

void TestSasl::bearerServer_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<bool>("withInitial");
    QTest::addColumn<QList<QByteArray>>("messages"); // initial response (if any), then responses
    QTest::addColumn<QList<QByteArray>>("challenges"); // the 334s expected, in order
    QTest::addColumn<Status>("expected");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("user");

    using L = QList<QByteArray>;
    const QByteArray googleOk = "user=someuser@example.com\x01"
                                "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01";
    const QByteArray googleWrong = "user=someuser@example.com\x01"
                                   "auth=Bearer ya29.wrong\x01\x01";
    // Published by Google for a refused XOAUTH2 token; the brief's scope.
    const QByteArray json401
        = R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})";
    const QByteArray jsonInvalid
        = R"({"status":"invalid_token","scope":"https://mail.google.com/",)"
          R"("openid-configuration":"https://accounts.google.com/.well-known/openid-configuration"})";
    const QByteArray rfcOk = QByteArray::fromBase64(
        "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVy"
        "IHZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2c9PQEB");

    QTest::newRow("XOAUTH2 right token")
        << QByteArray("XOAUTH2") << true << L {googleOk} << L {} << Status::Success << QString()
        << u"someuser@example.com"_qs;
    QTest::newRow("XOAUTH2 after an empty 334")
        << QByteArray("XOAUTH2") << false << L {googleOk} << L {""} << Status::Success << QString()
        << u"someuser@example.com"_qs;
    QTest::newRow("XOAUTH2 wrong token")
        << QByteArray("XOAUTH2") << true << L {googleWrong, ""} << L {json401} << Status::Failure
        << u"invalid bearer token for user \"someuser@example.com\""_qs << QString();
    QTest::newRow("XOAUTH2 another user's token")
        << QByteArray("XOAUTH2") << true
        << L {"user=someuser@example.com\x01"
              "auth=Bearer second-token\x01\x01",
              ""}
        << L {json401} << Status::Failure << u"invalid bearer token"_qs << QString();
    QTest::newRow("XOAUTH2 unknown user")
        << QByteArray("XOAUTH2") << true
        << L {"user=nobody@example.com\x01"
              "auth=Bearer x\x01\x01",
              ""}
        << L {json401} << Status::Failure << u"nobody@example.com"_qs << QString();
    QTest::newRow("XOAUTH2 error not answered empty")
        << QByteArray("XOAUTH2") << true << L {googleWrong, "again"} << L {json401}
        << Status::Failure << u"did not answer"_qs << QString();
    QTest::newRow("XOAUTH2 without ^A^A")
        << QByteArray("XOAUTH2") << true
        << L {"user=someuser@example.com\x01"
              "auth=Bearer x"}
        << L {} << Status::Failure << u"malformed"_qs << QString();
    QTest::newRow("XOAUTH2 Basic scheme")
        << QByteArray("XOAUTH2") << true
        << L {"user=someuser@example.com\x01"
              "auth=Basic dXNlcjpwYXNz\x01\x01"}
        << L {} << Status::Failure << u"malformed"_qs << QString();
    QTest::newRow("XOAUTH2 extra field") << QByteArray("XOAUTH2") << true
                                         << L {"user=someuser@example.com\x01"
                                               "x=1\x01"
                                               "auth=Bearer y\x01\x01"}
                                         << L {} << Status::Failure << u"malformed"_qs << QString();

    QTest::newRow("OAUTHBEARER RFC 7628 4.1")
        << QByteArray("OAUTHBEARER") << true << L {rfcOk} << L {} << Status::Success << QString()
        << u"user@example.com"_qs;
    QTest::newRow("OAUTHBEARER after an empty 334")
        << QByteArray("OAUTHBEARER") << false << L {rfcOk} << L {""} << Status::Success << QString()
        << u"user@example.com"_qs;
    QTest::newRow("OAUTHBEARER second token, lower-case scheme")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=user@example.com,\x01"
              "auth=bearer second-token\x01\x01"}
        << L {} << Status::Success << QString() << u"user@example.com"_qs;
    QTest::newRow("OAUTHBEARER wrong token")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=user@example.com,\x01host=h\x01port=1\x01"
              "auth=Bearer nope\x01\x01",
              "\x01"}
        << L {jsonInvalid} << Status::Failure
        << u"invalid bearer token for user \"user@example.com\""_qs << QString();
    QTest::newRow("OAUTHBEARER error answered empty")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=user@example.com,\x01"
              "auth=Bearer nope\x01\x01",
              ""}
        << L {jsonInvalid} << Status::Failure << u"did not answer"_qs << QString();
    QTest::newRow("OAUTHBEARER no a=")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,,\x01"
              "auth=Bearer second-token\x01\x01",
              "\x01"}
        << L {jsonInvalid} << Status::Failure << u"no user named"_qs << QString();
    QTest::newRow("OAUTHBEARER channel binding")
        << QByteArray("OAUTHBEARER") << true
        << L {"p=tls-unique,a=user@example.com,\x01"
              "auth=Bearer second-token\x01\x01"}
        << L {} << Status::Failure << u"channel binding"_qs << QString();
    QTest::newRow("OAUTHBEARER key not alpha")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=user@example.com,\x01h0st=x\x01"
              "auth=Bearer second-token\x01\x01"}
        << L {} << Status::Failure << u"key/value"_qs << QString();
    QTest::newRow("OAUTHBEARER empty pair inside")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=user@example.com,\x01\x01"
              "auth=Bearer second-token\x01\x01"}
        << L {} << Status::Failure << u"malformed"_qs << QString();
    QTest::newRow("OAUTHBEARER no auth")
        << QByteArray("OAUTHBEARER") << true << L {"n,a=user@example.com,\x01host=h\x01\x01"}
        << L {} << Status::Failure << u"auth="_qs << QString();
    QTest::newRow("OAUTHBEARER lone ^A") << QByteArray("OAUTHBEARER") << true << L {"\x01"} << L {}
                                         << Status::Failure << u"malformed"_qs << QString();
    QTest::newRow("OAUTHBEARER bad authzid escape")
        << QByteArray("OAUTHBEARER") << true
        << L {"n,a=us=ZZer,\x01"
              "auth=Bearer second-token\x01\x01"}
        << L {} << Status::Failure << u"authorisation identity"_qs << QString();
}

void TestSasl::bearerServer()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(bool, withInitial);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QList<QByteArray>, challenges);
    QFETCH(Status, expected);
    QFETCH(QString, reason);
    QFETCH(QString, user);

    auto server = createServerMechanism(mechanism.toLower(), lookupFrom(testUsers()),
                                        tokensFrom(testTokens()));
    QVERIFY(server);
    QCOMPARE(server->name(), mechanism);
    int next = 0;
    auto step = server->start(withInitial ? std::optional<QByteArray>(messages.value(next++))
                                          : std::nullopt);
    int challenge = 0;
    while (step.status == Status::Continue) {
        QVERIFY2(challenge < challenges.size(), step.challenge.constData());
        QCOMPARE(step.challenge, challenges[challenge++]);
        QVERIFY(next < messages.size());
        step = server->respond(messages[next++]);
    }
    QCOMPARE(challenge, challenges.size());
    QCOMPARE(next, messages.size());
    QVERIFY2(step.status == expected, qPrintable(step.error));
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QCOMPARE(server->user(), user);
    QVERIFY(!step.error.contains(u"second-token"));
    QVERIFY(!step.error.contains(u"vF9dft4"));
    QCOMPARE(server->respond("").status, Status::Failure); // nothing after the end
}

void TestSasl::bearerRoundTrip_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("initial");
    QTest::addColumn<Status>("expected");
    for (const QByteArray m : bearerTokenMechanisms()) {
        for (bool initial : {true, false}) {
            const char *how = initial ? "initial response" : "after 334";
            QTest::addRow("%s right, %s", m.constData(), how)
                << m << u"second-token"_qs << initial << Status::Success;
            QTest::addRow("%s wrong, %s", m.constData(), how)
                << m << u"third-token"_qs << initial << Status::Failure;
        }
    }
}

void TestSasl::bearerRoundTrip()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, token);
    QFETCH(bool, initial);
    QFETCH(Status, expected);

    auto client = createClientMechanism(
        mechanism, tokenCreds(u"user@example.com"_qs, token, u"mx.example.test"_qs, 587));
    auto server = createServerMechanism(mechanism, {}, tokensFrom(testTokens()));
    const Outcome outcome = runExchange(*client, *server, initial);
    QVERIFY2(outcome.clientOk, qPrintable(outcome.clientError));
    QVERIFY2(outcome.serverStatus == expected, qPrintable(outcome.serverError));
    if (expected == Status::Success) {
        QCOMPARE(outcome.user, u"user@example.com"_qs);
        QVERIFY(client->serverDetail().isEmpty());
    } else {
        // The error JSON reached the client, was kept, and was answered.
        QCOMPARE(outcome.rounds, initial ? 1 : 2);
        QVERIFY2(
            client->serverDetail().contains(mechanism == "XOAUTH2" ? u"\"401\"" : u"invalid_token"),
            qPrintable(client->serverDetail()));
        QVERIFY(server->user().isEmpty());
        QVERIFY(!outcome.serverError.contains(token));
    }
}

void TestSasl::factories()
{
    const QList<QByteArray> passwords
        = {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"};
    const QList<QByteArray> builtIn = passwords + QList<QByteArray> {"OAUTHBEARER", "XOAUTH2"};
    QCOMPARE(supportedClientMechanisms().mid(0, builtIn.size()), builtIn);
    QCOMPARE(supportedServerMechanisms(), passwords);
    QCOMPARE(bearerTokenMechanisms(), (QList<QByteArray> {"OAUTHBEARER", "XOAUTH2"}));
    for (const QByteArray &name : builtIn) {
        auto client = createClientMechanism(name.toLower(), creds(u"u"_qs, u"p"_qs));
        QVERIFY(client);
        QCOMPARE(client->name(), name);
        QVERIFY(dynamic_cast<GuardedClientMechanism *>(client.get()));
        auto server = createServerMechanism(name.toLower(), lookupFrom(testUsers()));
        QVERIFY(server);
        QCOMPARE(server->name(), name);
    }
    QVERIFY(!createClientMechanism("", creds(u"u"_qs, u"p"_qs)));
    QVERIFY(!createClientMechanism("X-NO-SUCH", creds(u"u"_qs, u"p"_qs)));
    QVERIFY(!createServerMechanism("DIGEST-MD5", lookupFrom(testUsers())));
    // Without a token lookup, every token is wrong.
    auto noTokens = createServerMechanism("XOAUTH2", lookupFrom(testUsers()));
    QCOMPARE(noTokens
                 ->start(QByteArray("user=user\x01"
                                    "auth=Bearer pencil\x01\x01"))
                 .status,
             Status::Continue);
}

// RFC 2831 2.1.2.1: the response value, computed here independently of
// Cyrus: HEX(KD(HEX(H(A1)), nonce:nc:cnonce:qop:HEX(H(A2)))), md5-sess.
static QByteArray digestMd5Value(const QByteArray &user, const QByteArray &realm,
                                 const QByteArray &password, const QByteArray &nonce,
                                 const QByteArray &cnonce, const QByteArray &nc,
                                 const QByteArray &digestUri, bool forRspauth)
{
    const auto md5 = [](const QByteArray &data) { return digest(u"md5"_qs, data); };
    const QByteArray a1 = md5(user + ':' + realm + ':' + password) + ':' + nonce + ':' + cnonce;
    const QByteArray a2
        = (forRspauth ? QByteArray() : QByteArray("AUTHENTICATE")) + ':' + digestUri;
    return md5(md5(a1).toHex() + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + md5(a2).toHex())
        .toHex();
}

static QHash<QByteArray, QByteArray> digestFields(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &part : text.split(',')) {
        const qsizetype equals = part.indexOf('=');
        QByteArray value = part.mid(equals + 1);
        if (value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        fields.insert(part.left(equals).trimmed(), value);
    }
    return fields;
}

void TestSasl::cyrusBridge()
{
    // The Cyrus modules come with libsasl2-modules and
    // libsasl2-modules-gssapi-mit (installer/bootstrap.sh).
    QVERIFY2(qcaSaslProblem().isEmpty(), qPrintable(qcaSaslProblem()));
    const QList<QByteArray> cyrus = qcaSaslClientMechanisms();
    for (const QByteArray name : {"DIGEST-MD5", "NTLM", "GSSAPI"})
        QVERIFY2(cyrus.contains(name), cyrus.join(' ').constData());
    QVERIFY(!cyrus.contains("PLAIN")); // built in, not bridged
    QVERIFY(supportedClientMechanisms().contains("DIGEST-MD5"));

    const QList<MechanismInfo> catalog = clientMechanismCatalog();
    QCOMPARE(catalog.size(), supportedClientMechanisms().size());
    for (const MechanismInfo &info : catalog) {
        QVERIFY2(!info.summary.isEmpty(), info.name.constData());
        const bool bridged = cyrus.contains(info.name);
        QCOMPARE(info.provider == MechanismInfo::Provider::CyrusSasl, bridged);
        QCOMPARE(info.sendsSecretAsIs, sendsSecretAsIs(info.name));
        if (info.name == "GSSAPI")
            QCOMPARE(info.credential, MechanismInfo::Credential::Kerberos);
        if (info.name == "XOAUTH2")
            QCOMPARE(info.credential, MechanismInfo::Credential::BearerToken);
        if (info.name == "DIGEST-MD5")
            QCOMPARE(info.credential, MechanismInfo::Credential::Password);
    }

    // DIGEST-MD5 through Cyrus, checked against RFC 2831's own formulas.
    Credentials c = creds(u"chris"_qs, u"secret"_qs);
    c.host = u"mx.example.test"_qs;
    auto client = createClientMechanism("digest-md5", c);
    QVERIFY(client);
    QVERIFY(innerAs<QcaSaslClientMechanism>(client.get()));
    QCOMPARE(client->name(), "DIGEST-MD5");
    QVERIFY(!client->initialResponse()); // the server speaks first (RFC 2831 2.1)
    const QByteArray nonce = "OA6MG9tEQGm2hh";
    const auto step = client->respond("realm=\"example.test\",nonce=\"" + nonce
                                      + "\",qop=\"auth\",charset=utf-8,algorithm=md5-sess");
    QVERIFY2(step.ok(), qPrintable(step.error));
    const QHash<QByteArray, QByteArray> fields = digestFields(step.response);
    QCOMPARE(fields.value("username"), "chris");
    QCOMPARE(fields.value("realm"), "example.test");
    QCOMPARE(fields.value("nonce"), nonce);
    QCOMPARE(fields.value("digest-uri"), "smtp/mx.example.test");
    QCOMPARE(fields.value("qop"), "auth");
    const QByteArray cnonce = fields.value("cnonce");
    const QByteArray nc = fields.value("nc");
    QVERIFY(!cnonce.isEmpty());
    QCOMPARE(fields.value("response"),
             digestMd5Value("chris", "example.test", "secret", nonce, cnonce, nc,
                            "smtp/mx.example.test", false));
    QVERIFY(!step.response.contains("secret"));
    // Accepted before the server proved itself: an error.
    {
        auto early = createClientMechanism("DIGEST-MD5", c);
        QVERIFY(early
                    ->respond("realm=\"example.test\",nonce=\"" + nonce
                              + "\",qop=\"auth\",charset=utf-8,algorithm=md5-sess")
                    .ok());
        const QString error = early->verifyOutcome({});
        QVERIFY2(error.contains(u"never proved"), qPrintable(error));
    }
    // RFC 2831 2.1.3: the server's rspauth proves it knows the password.
    const QByteArray rspauth = "rspauth="
        + digestMd5Value("chris", "example.test", "secret", nonce, cnonce, nc,
                         "smtp/mx.example.test", true);
    const auto last = client->respond(rspauth);
    QVERIFY2(last.ok(), qPrintable(last.error));
    QCOMPARE(last.response, QByteArray());
    QCOMPARE(client->verifyOutcome({}), QString());
}

void TestSasl::cyrusBridgeFailsClearly_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QList<QByteArray>>("challenges");
    QTest::addColumn<QString>("reason");
    using L = QList<QByteArray>;
    QTest::newRow("GSSAPI without a Kerberos ticket")
        << QByteArray("GSSAPI") << L {""} << u"Kerberos ticket"_qs;
    QTest::newRow("DIGEST-MD5 garbage challenge")
        << QByteArray("DIGEST-MD5") << L {QByteArray("\x00\x01\x02 no fields", 13)}
        << u"Cyrus SASL could not go on with DIGEST-MD5"_qs;
    QTest::newRow("DIGEST-MD5 wrong rspauth") << QByteArray("DIGEST-MD5")
                                              << L {"realm=\"example.test\",nonce=\"abcdef\",qop="
                                                    "\"auth\",charset=utf-8,algorithm=md5-sess",
                                                    "rspauth=00000000000000000000000000000000"}
                                              << u"could not prove that it knows the password"_qs;
    QTest::newRow("no module for the name")
        << QByteArray("X-NO-SUCH-MECH") << L {""} << u"no Cyrus SASL module"_qs;
}

void TestSasl::cyrusBridgeFailsClearly()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QList<QByteArray>, challenges);
    QFETCH(QString, reason);

    // No ticket cache: GSSAPI must fail at once, not find someone's ticket.
    qputenv("KRB5CCNAME", "FILE:/nonexistent/postscope-test-ccache");
    Credentials c = creds(u"chris"_qs, u"secret-pw"_qs);
    c.host = u"mx.example.test"_qs;
    GuardedClientMechanism client(std::make_unique<QcaSaslClientMechanism>(mechanism, c));
    QElapsedTimer timer;
    timer.start();
    client.initialResponse();
    SaslClientMechanism::Step step;
    for (const QByteArray &challenge : challenges) {
        step = client.respond(challenge);
        if (!step.ok())
            break;
    }
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(reason), qPrintable(step.error));
    QVERIFY(!step.error.contains(u"secret-pw"));
    QVERIFY(!client.respond("x").ok()); // stays failed
    QVERIFY(!client.verifyOutcome({}).isEmpty());
    QVERIFY2(timer.elapsed() < 5000, "the bridge must fail fast");
}

void TestSasl::strongestCommon_data()
{
    QTest::addColumn<QList<QByteArray>>("server");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("withoutTls"); // SecretExposure::NotInClear
    using L = QList<QByteArray>;
    QTest::newRow("postfix+dovecot")
            << L{"PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"}
            << QByteArray("SCRAM-SHA-256") << QByteArray("SCRAM-SHA-256");
    QTest::newRow("lower case") << L{"plain", "login", "cram-md5"} << QByteArray("CRAM-MD5")
                                << QByteArray("CRAM-MD5");
    QTest::newRow("sha-1 only") << L{"SCRAM-SHA-1", "PLAIN"} << QByteArray("SCRAM-SHA-1")
                                << QByteArray("SCRAM-SHA-1");
    // RFC 4954 14: without TLS these would hand over the password.
    QTest::newRow("plain and login") << L{"LOGIN", "PLAIN"} << QByteArray("PLAIN") << QByteArray();
    QTest::newRow("login") << L{"LOGIN"} << QByteArray("LOGIN") << QByteArray();
    QTest::newRow("none in common") << L{"XOAUTH2", "GSSAPI"} << QByteArray() << QByteArray();
    QTest::newRow("empty") << L{} << QByteArray() << QByteArray();
}

void TestSasl::strongestCommon()
{
    QFETCH(QList<QByteArray>, server);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, withoutTls);
    QCOMPARE(strongestCommonMechanism(server), expected);
    QCOMPARE(strongestCommonMechanism(server, SecretExposure::Any), expected);
    QCOMPARE(strongestCommonMechanism(server, SecretExposure::NotInClear), withoutTls);
}

void TestSasl::revealsSecret_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<bool>("reveals");
    QTest::newRow("PLAIN") << QByteArray("PLAIN") << true;
    QTest::newRow("plain") << QByteArray("plain") << true;
    QTest::newRow("LOGIN") << QByteArray("LOGIN") << true;
    QTest::newRow("unknown: fail safe") << QByteArray("XOAUTH2") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("CRAM-MD5") << QByteArray("CRAM-MD5") << false;
    QTest::newRow("SCRAM-SHA-1") << QByteArray("SCRAM-SHA-1") << false;
    QTest::newRow("SCRAM-SHA-256") << QByteArray("scram-sha-256") << false;
}

void TestSasl::revealsSecret()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(bool, reveals);
    QCOMPARE(postscope::auth::revealsSecret(mechanism), reveals);
}

void TestSasl::saslPrep_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");

    // RFC 4013 3 examples
    QTest::newRow("soft hyphen mapped to nothing") << u"I\u00adX"_qs << true << u"IX"_qs;
    QTest::newRow("no transformation") << u"user"_qs << true << u"user"_qs;
    QTest::newRow("case preserved") << u"USER"_qs << true << u"USER"_qs;
    QTest::newRow("output is NFKC") << u"\u00aa"_qs << true << u"a"_qs;
    QTest::newRow("roman numeral nine") << u"\u2168"_qs << true << u"IX"_qs;
    QTest::newRow("error: prohibited") << u"\u0007"_qs << false << QString();
    QTest::newRow("error: bidi") << u"\u0627\u0031"_qs << false << QString();
    // More
    QTest::newRow("non-ASCII space") << u"a\u00a0b"_qs << true << u"a b"_qs;
    QTest::newRow("private use") << u"a\ue000"_qs << false << QString();
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << false << QString();
    QTest::newRow("rtl alone") << u"\u0627\u0628"_qs << true << u"\u0627\u0628"_qs;
    QTest::newRow("composed") << u"cafe\u0301"_qs << true << u"caf\u00e9"_qs;
    QTest::newRow("empty") << QString() << true << QString();
}

void TestSasl::saslPrep()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QString> out = postscope::auth::saslPrep(input, &error);
    QCOMPARE(out.has_value(), ok);
    if (ok)
        QCOMPARE(*out, expected);
    else
        QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
