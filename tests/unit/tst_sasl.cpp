// SASL mechanisms (core/auth): the RFCs' own example exchanges, exact bytes of
// PLAIN and LOGIN, every client against the server of the same name, and
// malformed input on both sides.

#include "auth/mechanisms.h"
#include "auth/qca.h"
#include "auth/saslclient.h"
#include "auth/saslprep.h"
#include "auth/saslserver.h"

#include <QHash>
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
    const std::optional<QByteArray> initial =
            useInitialResponse ? client.initialResponse() : std::nullopt;
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

    void factories();
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
    const QString missing = missingCryptoFeatures({QStringLiteral("hmac(md5)"),
                                                   QStringLiteral("hmac(sha1)"),
                                                   QStringLiteral("hmac(sha256)"),
                                                   QStringLiteral("sha1"),
                                                   QStringLiteral("sha256")});
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
    QVERIFY(!client->respond(challenge).ok());   // a second challenge is wrong

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
    QCOMPARE(server.respond("").status, Status::Failure);   // nothing after the end
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
    QTest::newRow("authzid Ursel") << u"Kurt"_qs << u"xipj3plmq"_qs << u"Ursel"_qs
                                   << QByteArray("Ursel\0Kurt\0xipj3plmq", 20);
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
    QVERIFY(!client->respond({}).ok());   // already sent

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

    QTest::newRow("draft order") << QList<QByteArray>{"Username:", "Password:"}
                                 << QList<QByteArray>{"alice", "wonder land"} << false;
    QTest::newRow("asked by text, reversed") << QList<QByteArray>{"Password:", "Username:"}
                                             << QList<QByteArray>{"wonder land", "alice"} << false;
    QTest::newRow("lower case, other words")
            << QList<QByteArray>{"user name", "password"}
            << QList<QByteArray>{"alice", "wonder land"} << false;
    QTest::newRow("unknown text: by order")
            << QList<QByteArray>{"who?", "secret?"} << QList<QByteArray>{"alice", "wonder land"}
            << false;
    QTest::newRow("a third unknown challenge fails")
            << QList<QByteArray>{"who?", "secret?", "more?"}
            << QList<QByteArray>{"alice", "wonder land", ""} << true;
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
    QTest::addColumn<QString>("reason");   // part of the server's failure reason

    const QList<QByteArray> mechanisms = {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1",
                                          "SCRAM-SHA-256"};
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
            << QByteArray("PLAIN") << u"jos\u00e9"_qs << u"caf\u00e9-pa\u00dfwort"_qs
            << Status::Failure << u"wrong password"_qs;
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
    QTest::newRow("trailing comma") << QByteArray("r=abcXYZ,s=" + salt + ",i=4096,")
                                    << u"malformed"_qs;
    QTest::newRow("missing nonce prefix")
            << QByteArray("r=3rfcNHYJY1ZVvWVs7j,s=" + salt + ",i=4096") << u"nonce"_qs;
    QTest::newRow("nonce not extended") << QByteArray("r=abc,s=" + salt + ",i=4096")
                                        << u"nonce"_qs;
    QTest::newRow("missing salt") << QByteArray("r=abcXYZ,i=4096") << u"expected r=, s= and i="_qs;
    QTest::newRow("salt not base64") << QByteArray("r=abcXYZ,s=!!!!,i=4096") << u"salt"_qs;
    QTest::newRow("empty salt") << QByteArray("r=abcXYZ,s=,i=4096") << u"salt"_qs;
    QTest::newRow("iteration count 0") << QByteArray("r=abcXYZ,s=" + salt + ",i=0")
                                       << u"iteration count"_qs;
    QTest::newRow("iteration count negative") << QByteArray("r=abcXYZ,s=" + salt + ",i=-5")
                                              << u"iteration count"_qs;
    QTest::newRow("iteration count text") << QByteArray("r=abcXYZ,s=" + salt + ",i=many")
                                          << u"iteration count"_qs;
    QTest::newRow("iteration count huge") << QByteArray("r=abcXYZ,s=" + salt + ",i=99999999")
                                          << u"limit"_qs;
    QTest::newRow("wrong order") << QByteArray("s=" + salt + ",r=abcXYZ,i=4096")
                                 << u"expected r=, s= and i="_qs;
    QTest::newRow("mandatory extension") << QByteArray("m=ext,r=abcXYZ,s=" + salt + ",i=4096")
                                         << u"extension"_qs;
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
    QTest::addColumn<bool>("asChallenge");   // last 334, else data with success
    QTest::addColumn<QString>("reason");

    // A signature from a server that does not know "pencil" (one bit off).
    QTest::newRow("wrong signature (334)")
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << true << u"server signature"_qs;
    QTest::newRow("wrong signature (success data)")
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << false << u"server signature"_qs;
    QTest::newRow("no signature at all")
            << QByteArray() << false << u"without proving"_qs;
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
    QVERIFY(client.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                           "i=4096")
                    .ok());
    QString error;
    if (asChallenge) {
        const auto step = client.respond(serverFinal);
        QVERIFY(!step.ok());
        error = step.error;
        QCOMPARE(client.verifyOutcome({}), error);   // stays failed
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
    QTest::newRow("PLAIN two fields") << QByteArray("PLAIN") << true
                                      << QByteArray("user\0pencil", 11) << L{} << u"malformed"_qs;
    QTest::newRow("PLAIN four fields") << QByteArray("PLAIN") << true
                                       << QByteArray("\0user\0pencil\0", 13) << L{}
                                       << u"malformed"_qs;
    QTest::newRow("PLAIN empty (=)") << QByteArray("PLAIN") << true << QByteArray() << L{}
                                     << u"malformed"_qs;
    QTest::newRow("PLAIN empty user") << QByteArray("PLAIN") << true
                                      << QByteArray("\0\0pencil", 8) << L{} << u"malformed"_qs;
    QTest::newRow("PLAIN not utf-8") << QByteArray("PLAIN") << true
                                     << QByteArray("\0us\xff\0pencil", 11) << L{}
                                     << u"UTF-8"_qs;
    QTest::newRow("PLAIN acting as another")
            << QByteArray("PLAIN") << true << QByteArray("tim\0user\0pencil", 15) << L{}
            << u"may not act as"_qs;
    QTest::newRow("LOGIN empty user") << QByteArray("LOGIN") << false << QByteArray() << L{""}
                                      << u"empty user name"_qs;
    QTest::newRow("LOGIN empty initial") << QByteArray("LOGIN") << true << QByteArray() << L{}
                                         << u"empty user name"_qs;
    QTest::newRow("CRAM-MD5 initial response")
            << QByteArray("CRAM-MD5") << true << QByteArray("user x") << L{}
            << u"initial response"_qs;
    QTest::newRow("CRAM-MD5 no space") << QByteArray("CRAM-MD5") << false << QByteArray()
                                       << L{"userb913a602c7eda7a495b4e6e7334d3890"}
                                       << u"malformed"_qs;
    QTest::newRow("CRAM-MD5 short digest") << QByteArray("CRAM-MD5") << false << QByteArray()
                                           << L{"user b913a602"} << u"digest"_qs;
    QTest::newRow("CRAM-MD5 not hex") << QByteArray("CRAM-MD5") << false << QByteArray()
                                      << L{"user zz13a602c7eda7a495b4e6e7334d3890"}
                                      << u"digest"_qs;
    QTest::newRow("SCRAM no gs2 header") << QByteArray("SCRAM-SHA-256") << true
                                         << QByteArray("n=user,r=abc") << L{} << u"malformed"_qs;
    QTest::newRow("SCRAM bad cbind flag") << QByteArray("SCRAM-SHA-256") << true
                                          << QByteArray("x,,n=user,r=abc") << L{}
                                          << u"channel binding flag"_qs;
    QTest::newRow("SCRAM channel binding") << QByteArray("SCRAM-SHA-256") << true
                                           << QByteArray("p=tls-unique,,n=user,r=abc") << L{}
                                           << u"channel binding"_qs;
    QTest::newRow("SCRAM bad escape") << QByteArray("SCRAM-SHA-256") << true
                                      << QByteArray("n,,n=us=er,r=abc") << L{}
                                      << u"user name"_qs;
    QTest::newRow("SCRAM missing nonce") << QByteArray("SCRAM-SHA-256") << true
                                         << QByteArray("n,,n=user") << L{} << u"malformed"_qs;
    QTest::newRow("SCRAM nonce with comma-less junk")
            << QByteArray("SCRAM-SHA-1") << true << QByteArray("n,,n=user,r=a\x01" "b") << L{}
            << u"nonce"_qs;
    QTest::newRow("SCRAM mandatory extension") << QByteArray("SCRAM-SHA-256") << true
                                               << QByteArray("n,,m=x,n=user,r=abc") << L{}
                                               << u"extension"_qs;
    QTest::newRow("SCRAM acting as another") << QByteArray("SCRAM-SHA-256") << true
                                             << QByteArray("n,a=tim,n=user,r=abc") << L{}
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
    QTest::newRow("wrong channel binding") << QByteArray("c=eSws,r=" + nonce
                                                         + ",p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
                                           << u"channel binding"_qs;
    QTest::newRow("no proof") << QByteArray("c=biws,r=" + nonce) << u"no proof"_qs;
    QTest::newRow("short proof") << QByteArray("c=biws,r=" + nonce + ",p=AAAA")
                                 << u"proof"_qs;
    QTest::newRow("proof not base64") << QByteArray("c=biws,r=" + nonce + ",p=***")
                                      << u"proof"_qs;
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

void TestSasl::factories()
{
    const QList<QByteArray> expected = {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN",
                                        "LOGIN"};
    QCOMPARE(supportedClientMechanisms(), expected);
    QCOMPARE(supportedServerMechanisms(), expected);
    for (const QByteArray &name : expected) {
        auto client = createClientMechanism(name.toLower(), creds(u"u"_qs, u"p"_qs));
        QVERIFY(client);
        QCOMPARE(client->name(), name);
        auto server = createServerMechanism(name.toLower(), lookupFrom(testUsers()));
        QVERIFY(server);
        QCOMPARE(server->name(), name);
    }
    QVERIFY(!createClientMechanism("XOAUTH2", creds(u"u"_qs, u"p"_qs)));
    QVERIFY(!createClientMechanism("", creds(u"u"_qs, u"p"_qs)));
    QVERIFY(!createServerMechanism("DIGEST-MD5", lookupFrom(testUsers())));
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
