// What holds for every AUTH exchange whatever the mechanism (core/auth
// exchange.h and selection.h): the RFC 4954 line limit for the initial
// response and responses, the bound on challenges, the choice of
// mechanisms (`auto`, the two orders, the plaintext rule) and what follows
// a failed attempt, as smtplib's login() does it.

#include "auth/exchange.h"
#include "auth/mechanisms.h"
#include "auth/saslclient.h"
#include "auth/selection.h"

#include <QTest>

using namespace postscope::auth;
using Refusal = MechanismSelection::Refusal;

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(ConnectionSecurity)
Q_DECLARE_METATYPE(PlaintextAuth)
Q_DECLARE_METATYPE(MechanismOrder)
Q_DECLARE_METATYPE(CredentialKind)
Q_DECLARE_METATYPE(AuthAttempt)

namespace {

// A mechanism that answers every challenge with `answer`, and whose
// initial response is `initial` (when set): what a hostile server would
// like a client to be.
class EndlessMechanism : public SaslClientMechanism
{
public:
    explicit EndlessMechanism(QByteArray answer, std::optional<QByteArray> initial = std::nullopt)
        : m_answer(std::move(answer))
        , m_initial(std::move(initial))
    {
    }
    QByteArray name() const override { return "X-ENDLESS"; }
    std::optional<QByteArray> initialResponse() override { return m_initial; }
    Step respond(QByteArrayView challenge) override
    {
        ++calls;
        lastChallenge = challenge.toByteArray();
        return {m_answer, {}};
    }
    QString verifyOutcome(QByteArrayView) override { return {}; }
    int calls = 0;
    QByteArray lastChallenge;

private:
    QByteArray m_answer;
    std::optional<QByteArray> m_initial;
};

} // namespace

class TestSaslExchange : public QObject
{
    Q_OBJECT

private slots:
    void lineLimit_data();
    void lineLimit();
    void deferredInitialResponse();
    void challengeBound();
    void responseTooLong();
    void guardKeepsMechanismBehaviour();

    void orders();
    void selection_data();
    void selection();
    void strongestCommonIsTheFirstCandidate();
    void afterAuthReply_data();
    void afterAuthReply();
};

void TestSaslExchange::lineLimit_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<int>("rawSize");
    QTest::addColumn<bool>("fits");

    // "AUTH XOAUTH2 " is 13 octets, CRLF 2: 12273 octets of base64 fit,
    // that is 9204 raw octets (12272 base64 characters) but not 9207 (12276).
    QTest::newRow("empty (=)") << QByteArray("XOAUTH2") << 0 << true;
    QTest::newRow("small") << QByteArray("PLAIN") << 20 << true;
    QTest::newRow("largest that fits") << QByteArray("XOAUTH2") << 9204 << true;
    QTest::newRow("one block more") << QByteArray("XOAUTH2") << 9205 << false;
    QTest::newRow("huge") << QByteArray("GSSAPI") << 100000 << false;
}

void TestSaslExchange::lineLimit()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(int, rawSize);
    QFETCH(bool, fits);
    const QByteArray raw(rawSize, 'x');
    QCOMPARE(initialResponseFits(mechanism, raw), fits);
    // The same rule, counted on the very line the engine would write.
    const QByteArray line
        = "AUTH " + mechanism + ' ' + (raw.isEmpty() ? "=" : raw.toBase64()) + "\r\n";
    QCOMPARE(line.size() <= maxAuthLineLength, fits);
    // A response line has no "AUTH MECH " in front.
    const QByteArray response = raw.toBase64() + "\r\n";
    QCOMPARE(responseFits(rawSize), response.size() <= maxAuthLineLength);
}

void TestSaslExchange::deferredInitialResponse()
{
    // RFC 4954 4: an initial response too long for the AUTH line is not
    // sent with it; the server's empty 334 gets it instead. 9210 octets:
    // 12280 of base64, too long behind "AUTH XOAUTH2 ", fine on a line of
    // its own.
    Credentials c;
    c.user = QStringLiteral("someuser@example.com");
    c.bearerToken = QString(9170, u'a');
    auto client = createClientMechanism("XOAUTH2", c);
    QVERIFY(client);
    QVERIFY(!client->initialResponse());
    const auto step = client->respond({});
    QVERIFY2(step.ok(), qPrintable(step.error));
    QVERIFY(step.response.startsWith("user=someuser@example.com\x01"
                                     "auth=Bearer aaaa"));
    QVERIFY(step.response.endsWith("\x01\x01"));
    QCOMPARE(step.response.size(), 9210);

    // The same message, short enough: it goes with AUTH.
    c.bearerToken = QStringLiteral("short-token");
    auto small = createClientMechanism("XOAUTH2", c);
    QVERIFY(small->initialResponse());

    // A server that sends data instead of the empty challenge.
    c.bearerToken = QString(9170, u'a');
    auto wrong = createClientMechanism("XOAUTH2", c);
    QVERIFY(!wrong->initialResponse());
    const auto refused = wrong->respond("hello");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"before the client's first message"),
             qPrintable(refused.error));
}

void TestSaslExchange::challengeBound()
{
    auto inner = std::make_unique<EndlessMechanism>("more");
    EndlessMechanism *endless = inner.get();
    GuardedClientMechanism guarded(std::move(inner));
    for (int i = 1; i <= maxChallenges; ++i) {
        const auto step = guarded.respond("again");
        QVERIFY2(step.ok(), qPrintable(step.error));
        QCOMPARE(step.response, "more");
    }
    QCOMPARE(guarded.challengesAnswered(), maxChallenges);
    // One more: the exchange ends with "*" (the engine sends it for an
    // error step) and a clear error; the mechanism is not asked again.
    const auto stop = guarded.respond("again");
    QVERIFY(!stop.ok());
    QVERIFY2(stop.error.contains(u"more than 16 challenges"), qPrintable(stop.error));
    QVERIFY(stop.error.contains(u"X-ENDLESS"));
    QCOMPARE(endless->calls, maxChallenges);
    QVERIFY(!guarded.respond("again").ok());
    QCOMPARE(guarded.verifyOutcome({}), stop.error);

    // Real mechanisms are guarded too.
    Credentials c;
    c.user = QStringLiteral("u");
    c.password = QStringLiteral("p");
    auto login = createClientMechanism("LOGIN", c);
    QString error;
    for (int i = 0; i < maxChallenges + 2 && error.isEmpty(); ++i)
        error = login->respond("Username:").error;
    QVERIFY(!error.isEmpty());
}

void TestSaslExchange::responseTooLong()
{
    GuardedClientMechanism guarded(std::make_unique<EndlessMechanism>(QByteArray(9300, 'x')));
    const auto step = guarded.respond({});
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(u"12288"), qPrintable(step.error));
    QVERIFY(step.response.isEmpty());

    GuardedClientMechanism fits(std::make_unique<EndlessMechanism>(QByteArray(9204, 'x')));
    QVERIFY(fits.respond({}).ok());
}

void TestSaslExchange::guardKeepsMechanismBehaviour()
{
    auto inner = std::make_unique<EndlessMechanism>("answer", QByteArray("first"));
    EndlessMechanism *endless = inner.get();
    GuardedClientMechanism guarded(std::move(inner));
    QCOMPARE(guarded.name(), "X-ENDLESS");
    QCOMPARE(guarded.initialResponse().value_or("<none>"), "first");
    QCOMPARE(guarded.respond("challenge").response, "answer");
    QCOMPARE(endless->lastChallenge, "challenge");
    QCOMPARE(&guarded.inner(), endless);
}

void TestSaslExchange::orders()
{
    QCOMPARE(mechanismOrder(MechanismOrder::Smtplib),
             (QList<QByteArray> {"CRAM-MD5", "PLAIN", "LOGIN"}));
    QCOMPARE(mechanismOrder(MechanismOrder::Postscope),
             (QList<QByteArray> {"OAUTHBEARER", "XOAUTH2", "SCRAM-SHA-256", "SCRAM-SHA-1",
                                 "CRAM-MD5", "PLAIN", "LOGIN"}));
    MechanismOrder order = MechanismOrder::Postscope;
    QVERIFY(parseMechanismOrder(QStringLiteral("SMTPLIB"), &order));
    QCOMPARE(order, MechanismOrder::Smtplib);
    QCOMPARE(mechanismOrderName(order), u"smtplib"_qs);
    QVERIFY(parseMechanismOrder(QStringLiteral("postscope"), &order));
    QCOMPARE(order, MechanismOrder::Postscope);
    QVERIFY(!parseMechanismOrder(QStringLiteral("strongest"), &order));
    QCOMPARE(autoMechanisms(CredentialKind::Password),
             (QList<QByteArray> {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"}));
    QCOMPARE(autoMechanisms(CredentialKind::BearerToken),
             (QList<QByteArray> {"OAUTHBEARER", "XOAUTH2"}));
    // smtplib's order: only what its login() would try.
    QCOMPARE(autoMechanisms(CredentialKind::Password, MechanismOrder::Smtplib),
             (QList<QByteArray> {"CRAM-MD5", "PLAIN", "LOGIN"}));
    QCOMPARE(autoMechanisms(CredentialKind::BearerToken, MechanismOrder::Smtplib),
             QList<QByteArray>());
    for (const char *asIs : {"PLAIN", "login", "XOAUTH2", "OAuthBearer"})
        QVERIFY2(sendsSecretAsIs(asIs), asIs);
    for (const char *hidden : {"CRAM-MD5", "SCRAM-SHA-256", "DIGEST-MD5", "GSSAPI", "NTLM"})
        QVERIFY2(!sendsSecretAsIs(hidden), hidden);
}

void TestSaslExchange::selection_data()
{
    QTest::addColumn<QList<QByteArray>>("server");
    QTest::addColumn<QList<QByteArray>>("allowed"); // empty: auto for the kind
    QTest::addColumn<ConnectionSecurity>("security");
    QTest::addColumn<PlaintextAuth>("plaintext");
    QTest::addColumn<MechanismOrder>("order");
    QTest::addColumn<CredentialKind>("kind");
    QTest::addColumn<QList<QByteArray>>("candidates");
    QTest::addColumn<QList<QByteArray>>("withheld");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QStringList>("reason"); // words the reason must hold

    using L = QList<QByteArray>;
    const auto tls = ConnectionSecurity::Encrypted;
    const auto clear = ConnectionSecurity::Plaintext;
    const auto refuse = PlaintextAuth::Refuse;
    const auto allow = PlaintextAuth::Allow;
    const auto ours = MechanismOrder::Postscope;
    const auto smtplib = MechanismOrder::Smtplib;
    const auto pw = CredentialKind::Password;
    const auto token = CredentialKind::BearerToken;
    const L dovecot = {"PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"};

    QTest::newRow("Dovecot over TLS, postscope order")
        << dovecot << L {} << tls << refuse << ours << pw
        << L {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"} << L {} << Refusal::None
        << QStringList();
    QTest::newRow("Dovecot over TLS, smtplib order")
        << dovecot << L {} << tls << refuse << smtplib << pw << L {"CRAM-MD5", "PLAIN", "LOGIN"}
        << L {} << Refusal::None << QStringList();
    QTest::newRow("Dovecot without TLS: PLAIN and LOGIN withheld")
        << dovecot << L {} << clear << refuse << ours << pw
        << L {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5"} << L {"PLAIN", "LOGIN"} << Refusal::None
        << QStringList();
    QTest::newRow("Dovecot without TLS, allowed")
        << dovecot << L {} << clear << allow << ours << pw
        << L {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"} << L {} << Refusal::None
        << QStringList();
    QTest::newRow("lower-case offers")
        << L {"login", "plain"} << L {} << tls << refuse << ours << pw << L {"PLAIN", "LOGIN"}
        << L {} << Refusal::None << QStringList();
    QTest::newRow("PLAIN only, no TLS: refused")
        << L {"PLAIN", "LOGIN"} << L {} << clear << refuse << ours << pw << L {}
        << L {"PLAIN", "LOGIN"} << Refusal::PlaintextOnly
        << QStringList {u"Nothing was sent"_qs, u"the password"_qs, u"PLAIN, LOGIN"_qs,
                        u"--allow-plaintext-auth"_qs, u"--security starttls"_qs};
    QTest::newRow("--auth plain, no TLS: refused")
        << L {"PLAIN", "LOGIN", "CRAM-MD5"} << L {"plain"} << clear << refuse << ours << pw << L {}
        << L {"PLAIN"} << Refusal::PlaintextOnly << QStringList {u"--allow-plaintext-auth"_qs};
    QTest::newRow("--auth plain, no TLS, allowed")
        << L {"PLAIN", "LOGIN", "CRAM-MD5"} << L {"plain"} << clear << allow << ours << pw
        << L {"PLAIN"} << L {} << Refusal::None << QStringList();
    QTest::newRow("smtplib order, no TLS: CRAM-MD5 only")
        << dovecot << L {} << clear << refuse << smtplib << pw << L {"CRAM-MD5"}
        << L {"PLAIN", "LOGIN"} << Refusal::None << QStringList();
    QTest::newRow("smtplib order, SCRAM only: nothing in common")
        << L {"SCRAM-SHA-256"} << L {} << tls << refuse << smtplib << pw << L {} << L {}
        << Refusal::NothingInCommon
        << QStringList {u"SCRAM-SHA-256"_qs, u"CRAM-MD5, PLAIN, LOGIN"_qs};
    QTest::newRow("--auth digest-md5 (outside the order)")
        << dovecot << L {"digest-md5"} << clear << refuse << ours << pw << L {"DIGEST-MD5"} << L {}
        << Refusal::None << QStringList();
    QTest::newRow("--auth cram-md5 not offered")
        << L {"PLAIN", "LOGIN"} << L {"CRAM-MD5"} << tls << refuse << ours << pw << L {} << L {}
        << Refusal::NothingInCommon << QStringList {u"allowed: CRAM-MD5"_qs, u"PLAIN, LOGIN"_qs};
    QTest::newRow("no AUTH at all, plaintext")
        << L {} << L {} << clear << refuse << ours << pw << L {} << L {} << Refusal::NoAuthOffered
        << QStringList {u"RFC 4954"_qs, u"STARTTLS"_qs};
    QTest::newRow("no AUTH at all, TLS")
        << L {} << L {} << tls << refuse << ours << pw << L {} << L {} << Refusal::NoAuthOffered
        << QStringList {u"RFC 4954"_qs};
    QTest::newRow("Gmail-like, token, TLS")
        << L {"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"} << L {}
        << tls << refuse << ours << token << L {"OAUTHBEARER", "XOAUTH2"} << L {} << Refusal::None
        << QStringList();
    QTest::newRow("Office 365-like, token")
        << L {"LOGIN", "XOAUTH2"} << L {} << tls << refuse << ours << token << L {"XOAUTH2"} << L {}
        << Refusal::None << QStringList();
    QTest::newRow("token without TLS: refused")
        << L {"XOAUTH2", "OAUTHBEARER"} << L {} << clear << refuse << ours << token << L {}
        << L {"OAUTHBEARER", "XOAUTH2"} << Refusal::PlaintextOnly
        << QStringList {u"the access token"_qs, u"--allow-plaintext-auth"_qs};
    QTest::newRow("token, server without OAuth")
        << dovecot << L {} << tls << refuse << ours << token << L {} << L {}
        << Refusal::NothingInCommon << QStringList {u"OAUTHBEARER, XOAUTH2"_qs};
    QTest::newRow("token, smtplib order has none")
        << L {"XOAUTH2"} << L {} << tls << refuse << smtplib << token << L {} << L {}
        << Refusal::NothingInCommon << QStringList {u"smtplib"_qs};
}

void TestSaslExchange::selection()
{
    QFETCH(QList<QByteArray>, server);
    QFETCH(QList<QByteArray>, allowed);
    QFETCH(ConnectionSecurity, security);
    QFETCH(PlaintextAuth, plaintext);
    QFETCH(MechanismOrder, order);
    QFETCH(CredentialKind, kind);
    QFETCH(QList<QByteArray>, candidates);
    QFETCH(QList<QByteArray>, withheld);
    QFETCH(Refusal, refusal);
    QFETCH(QStringList, reason);

    if (allowed.isEmpty())
        allowed = autoMechanisms(kind, order); // `auto`
    const MechanismSelection s
        = selectMechanisms(server, allowed, security, plaintext, order, kind);
    QCOMPARE(s.candidates, candidates);
    QCOMPARE(s.withheld, withheld);
    QCOMPARE(s.refusal, refusal);
    QCOMPARE(s.reason.isEmpty(), refusal == Refusal::None);
    for (const QString &word : reason)
        QVERIFY2(s.reason.contains(word), qPrintable(s.reason));
}

void TestSaslExchange::strongestCommonIsTheFirstCandidate()
{
    const QList<QByteArray> server = {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1"};
    QCOMPARE(strongestCommonMechanism(server), "SCRAM-SHA-1");
    QCOMPARE(strongestCommonMechanism({"XOAUTH2"}), QByteArray());
}

void TestSaslExchange::afterAuthReply_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<AuthAttempt>("expected");
    QTest::newRow("235") << 235 << false << AuthAttempt::Authenticated;
    QTest::newRow("503 already authenticated") << 503 << false << AuthAttempt::Authenticated;
    QTest::newRow("535 5.7.8 wrong password") << 535 << false << AuthAttempt::TryNext;
    QTest::newRow("534 web login required") << 534 << false << AuthAttempt::TryNext;
    QTest::newRow("454 temporary") << 454 << false << AuthAttempt::TryNext;
    QTest::newRow("504 mechanism not known") << 504 << false << AuthAttempt::TryNext;
    QTest::newRow("501 after the client's *") << 501 << true << AuthAttempt::Stop;
    QTest::newRow("535 after the client's *") << 535 << true << AuthAttempt::Stop;
    QTest::newRow("421 closing") << 421 << false << AuthAttempt::Stop;
    QTest::newRow("no reply (connection lost)") << 0 << false << AuthAttempt::Stop;
}

void TestSaslExchange::afterAuthReply()
{
    QFETCH(int, code);
    QFETCH(bool, cancelled);
    QFETCH(AuthAttempt, expected);
    QCOMPARE(postscope::auth::afterAuthReply(code, cancelled), expected);
}

QTEST_GUILESS_MAIN(TestSaslExchange)
#include "tst_saslexchange.moc"
