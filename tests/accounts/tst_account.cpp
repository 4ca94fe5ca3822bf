// Account as a value: every field through its JSON form and back, the
// checks with their sentences, the JSON reader's refusals, the session
// options an account makes, and the built-in sandbox account against a
// running SandboxServer (a real STARTTLS session verifies its trust anchor).
#include "accounts/account.h"
#include "mime/envelope.h"
#include "sampleaccounts.h"
#include "sandbox/sandboxserver.h"
#include "session/smtpsession.h"
#include "testcerts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace postscope;
using namespace postscope::accounts;
using testsupport::sampleSocketAccount;
using testsupport::sampleTcpAccount;

Q_DECLARE_METATYPE(postscope::accounts::Account)
using Mutation = std::function<void(Account &)>;
Q_DECLARE_METATYPE(Mutation)

class TestAccount : public QObject
{
    Q_OBJECT
private slots:
    void samplesSetEveryField();
    void samplesAreValid();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonForm();
    void oauthProviderPresets();
    void validate_data();
    void validate();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void fromJsonIgnoresUnknownFieldsAndNormalizes();
    void mailboxes();
    void sessionOptions();
    void sessionOptionsCaFile();
    void sandboxNotRunning();
    void sandboxRunning();
};

void TestAccount::samplesSetEveryField()
{
    // Every JSON field of a default account differs in at least one sample,
    // so the round trips below cover every field there is.
    const QJsonObject defaults = Account().toJson();
    const QJsonObject tcp = sampleTcpAccount().toJson();
    const QJsonObject socket = sampleSocketAccount().toJson();
    QVERIFY(defaults.size() >= 20);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const bool differs
            = tcp.value(it.key()) != it.value() || socket.value(it.key()) != it.value();
        QVERIFY2(differs, qPrintable(QStringLiteral("no sample sets \"%1\"").arg(it.key())));
    }
    QCOMPARE(tcp.keys(), defaults.keys());
}

void TestAccount::samplesAreValid()
{
    QCOMPARE(sampleTcpAccount().validate(), QStringList());
    QCOMPARE(sampleSocketAccount().validate(), QStringList());
}

void TestAccount::jsonRoundTrip_data()
{
    QTest::addColumn<Account>("account");
    QTest::newRow("tcp, every option") << sampleTcpAccount();
    QTest::newRow("lmtp socket") << sampleSocketAccount();
    Account minimal;
    minimal.name = QStringLiteral("minimal");
    minimal.host = QStringLiteral("::1");
    QTest::newRow("defaults, IPv6 host") << minimal;
}

void TestAccount::jsonRoundTrip()
{
    QFETCH(Account, account);
    // Through bytes, as an export file goes.
    const QByteArray bytes = QJsonDocument(account.toJson()).toJson();
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    QString error;
    const std::optional<Account> back = Account::fromJson(parsed, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), account.toJson());
    QVERIFY(*back == account);
}

void TestAccount::jsonForm()
{
    const QJsonObject o = sampleTcpAccount().toJson();
    QCOMPARE(o.value("name").toString(), QStringLiteral("work"));
    QCOMPARE(o.value("port").toInt(), 587);
    QCOMPARE(o.value("security").toString(), QStringLiteral("tls"));
    QCOMPARE(o.value("dialect").toString(), QStringLiteral("lmtp"));
    QCOMPARE(o.value("authMechanism").toString(), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(o.value("allowPlaintextAuth").toBool(), true);
    QCOMPARE(o.value("ipFamily").toString(), QStringLiteral("ipv4"));
    const QJsonArray identities = o.value("identities").toArray();
    QCOMPARE(identities.size(), 2);
    QCOMPARE(identities.at(1).toObject().value("displayName").toString(),
             QStringLiteral("Zoë Ünal"));
    QCOMPARE(identities.at(1).toObject().value("default").toBool(), true);
    const QJsonObject trust = o.value("trustExceptions").toArray().at(0).toObject();
    // Normalized: lower case, no colons; the date in UTC with milliseconds.
    QCOMPARE(trust.value("sha256").toString(),
             QStringLiteral("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
    QCOMPARE(trust.value("added").toString(), QStringLiteral("2024-03-01T09:30:15.250Z"));
    QCOMPARE(o.value("clientCertificate").toString(),
             QStringLiteral("/home/alice/certs/client.pem"));
    QCOMPARE(o.value("clientKey").toString(), QStringLiteral("/home/alice/certs/client-key.pem"));
    // The form has no place for a secret at all.
    for (const QString &key : o.keys())
        QVERIFY2(!key.contains("password", Qt::CaseInsensitive)
                     && !key.contains("token", Qt::CaseInsensitive)
                     && !key.contains("passphrase", Qt::CaseInsensitive),
                 qPrintable(key));
}

void TestAccount::oauthProviderPresets()
{
    Account a = sampleTcpAccount();
    a.oauth = {QStringLiteral("microsoft"), {}, {}, QStringLiteral("my-client-id"), {}};
    QCOMPARE(a.validate(), QStringList());
    const auto microsoft = a.oauthProvider();
    QVERIFY(microsoft);
    QCOMPARE(microsoft->clientId, QStringLiteral("my-client-id"));
    QCOMPARE(microsoft->tokenEndpoint, postscope::auth::OAuthProvider::microsoft().tokenEndpoint);
    QCOMPARE(microsoft->scope, postscope::auth::OAuthProvider::microsoft().scope);
    // The custom sample: its own endpoints and scope, and back through JSON.
    const auto custom = sampleTcpAccount().oauthProvider();
    QVERIFY(custom);
    QCOMPARE(custom->tokenEndpoint, QUrl(QStringLiteral("https://auth.example.test/token")));
    QCOMPARE(custom->scope, QStringLiteral("https://mail.example.test/smtp"));
    QString error;
    const auto back = Account::fromJson(sampleTcpAccount().toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->oauth, sampleTcpAccount().oauth);
    QCOMPARE(sampleTcpAccount().toJson().value("oauthGrantEndpoint").toString(),
             QStringLiteral("https://auth.example.test/token"));
    QVERIFY(!Account().oauthProvider(&error));
}

void TestAccount::validate_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected"); // a part of the one sentence that must come

    auto row = [](const char *name, Mutation m, const char *expected) {
        QTest::newRow(name) << m << QString::fromUtf8(expected);
    };
    row(
        "empty name", [](Account &a) { a.name.clear(); }, "needs a name");
    row(
        "blank name", [](Account &a) { a.name = QStringLiteral("  "); }, "needs a name");
    row(
        "slash in name", [](Account &a) { a.name = QStringLiteral("a/b"); }, "slashes");
    row(
        "newline in name", [](Account &a) { a.name = QStringLiteral("a\nb"); },
        "control characters");
    row(
        "leading blank", [](Account &a) { a.name = QStringLiteral(" work"); },
        "blanks at its start");
    row(
        "long name", [](Account &a) { a.name = QString(65, QLatin1Char('n')); }, "longer than 64");
    row(
        "no host, no socket", [](Account &a) { a.host.clear(); },
        "needs a server host name or a socket path");
    row(
        "host and socket", [](Account &a) { a.socketPath = QStringLiteral("/run/x"); },
        "exclude each other");
    row(
        "host with blank", [](Account &a) { a.host = QStringLiteral("mail example"); },
        "is not a host name");
    row(
        "bad IPv6", [](Account &a) { a.host = QStringLiteral("[::g]"); }, "is not a host name");
    row(
        "socket with TLS",
        [](Account &a) {
            a.host.clear();
            a.socketPath = QStringLiteral("/run/lmtp");
            a.security = session::Security::StartTls;
        },
        "cannot carry TLS");
    row(
        "EHLO with blank", [](Account &a) { a.heloName = QStringLiteral("my host"); }, "EHLO name");
    row(
        "EHLO not ASCII", [](Account &a) { a.heloName = QStringLiteral("hôte"); }, "EHLO name");
    row(
        "reply timeout 0", [](Account &a) { a.replyTimeoutMs = 0; }, "reply timeout");
    row(
        "connect timeout > 24 h", [](Account &a) { a.connectTimeoutMs = 24 * 3600 * 1000 + 1; },
        "connect timeout");
    row(
        "bad mechanism", [](Account &a) { a.authMechanism = QStringLiteral("PLAIN!"); },
        "SASL mechanism");
    row(
        "mechanism too long", [](Account &a) { a.authMechanism = QString(21, QLatin1Char('A')); },
        "SASL mechanism");
    // OAuth 2.0 (issue 8.1): a known preset or custom endpoints, https
    // only (RFC 6749 3.1, 3.2), and the person's client id.
    row(
        "oauth unknown provider", [](Account &a) { a.oauth.provider = QStringLiteral("yahoo"); },
        "not an OAuth provider");
    row(
        "oauth token endpoint over http",
        [](Account &a) {
            a.oauth.tokenEndpoint = QStringLiteral("http://auth.example.test/token");
        },
        "must use https");
    row(
        "oauth custom without endpoints",
        [](Account &a) {
            a.oauth.authorizationEndpoint.clear();
            a.oauth.tokenEndpoint.clear();
        },
        "missing or not a URL");
    row(
        "oauth preset without client id",
        [](Account &a) {
            a.oauth = {QStringLiteral("google"), {}, {}, {}, {}};
        },
        "no client id");
    row(
        "user with CR", [](Account &a) { a.user = QStringLiteral("alice\r\nRCPT TO:<x>"); },
        "user name");
    row(
        "address without @", [](Account &a) { a.identities[0].address = QStringLiteral("alice"); },
        "not an email address");
    row(
        "address without domain",
        [](Account &a) { a.identities[0].address = QStringLiteral("alice@"); },
        "not an email address");
    row(
        "address with name",
        [](Account &a) { a.identities[0].address = QStringLiteral("A <a@b.test>"); },
        "not an email address");
    row(
        "two addresses",
        [](Account &a) { a.identities[0].address = QStringLiteral("a@b.test, c@d.test"); },
        "not an email address");
    row(
        "display name with LF",
        [](Account &a) { a.identities[0].displayName = QStringLiteral("A\nBcc: x"); },
        "display name");
    row(
        "two defaults", [](Account &a) { a.identities[0].isDefault = true; },
        "Exactly one identity");
    row(
        "no default", [](Account &a) { a.identities[1].isDefault = false; },
        "Exactly one identity");
    row(
        "too many identities",
        [](Account &a) {
            while (a.identities.size() <= maxIdentities)
                a.identities.append(Identity {QString(), QStringLiteral("x@example.test"), false});
        },
        "at most 100 identities");
    row(
        "short fingerprint", [](Account &a) { a.trustExceptions[0].sha256 = "abcd"; }, "SHA-256");
    row(
        "upper-case fingerprint",
        [](Account &a) { a.trustExceptions[0].sha256 = a.trustExceptions[0].sha256.toUpper(); },
        "SHA-256");
    row(
        "trust without host", [](Account &a) { a.trustExceptions[0].host.clear(); },
        "not a host name");
    row(
        "trust without date", [](Account &a) { a.trustExceptions[0].added = QDateTime(); },
        "no valid date");
    row(
        "trusted twice", [](Account &a) { a.trustExceptions[1] = a.trustExceptions[0]; },
        "trusted twice");
    row(
        "key without certificate", [](Account &a) { a.clientCertificate.certificatePath.clear(); },
        "needs its certificate");
    row(
        "source not an address", [](Account &a) { a.sourceAddress = QStringLiteral("eth0"); },
        "not an IP address");
    row(
        "source of the other family",
        [](Account &a) { a.sourceAddress = QStringLiteral("2001:db8::1"); }, "IP family");
    row(
        "source port alone",
        [](Account &a) {
            a.sourceAddress.clear();
            a.sourcePort = 2525;
        },
        "source port needs a source address");
}

void TestAccount::validate()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    Account a = sampleTcpAccount();
    mutate(a);
    const QStringList problems = a.validate();
    QVERIFY2(!problems.isEmpty(), "the account was accepted");
    QVERIFY2(problems.join('\n').contains(expected), qPrintable(problems.join('\n')));
    // A refused account makes no session either.
    QString error;
    QVERIFY(!a.sessionOptions(&error));
    QVERIFY(error.contains(expected));
}

void TestAccount::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("change"); // JSON object merged over the sample's form
    QTest::addColumn<QString>("expected");
    QTest::newRow("port as text") << QByteArray(R"({"port": "587"})")
                                  << "\"port\" must be a whole number";
    QTest::newRow("port too big") << QByteArray(R"({"port": 70000})")
                                  << "\"port\" must be a whole number from 0 to 65535";
    QTest::newRow("port fraction")
        << QByteArray(R"({"port": 25.5})") << "\"port\" must be a whole number";
    QTest::newRow("timeout negative")
        << QByteArray(R"({"replyTimeoutMs": -1})") << "\"replyTimeoutMs\"";
    QTest::newRow("unknown security")
        << QByteArray(R"({"security": "ssl"})") << "unknown value \"ssl\"";
    QTest::newRow("unknown dialect")
        << QByteArray(R"({"dialect": "esmtp"})") << "unknown value \"esmtp\"";
    QTest::newRow("flag as text") << QByteArray(R"({"allowPlaintextAuth": "yes"})")
                                  << "true or false";
    QTest::newRow("identities not a list")
        << QByteArray(R"({"identities": {}})") << "must be a list";
    QTest::newRow("identity not an object")
        << QByteArray(R"({"identities": ["a@b.test"]})") << "must be an object";
    QTest::newRow("bad fingerprint") << QByteArray(
        R"({"trustExceptions": [{"host": "h.test", "sha256": "zz", "added": "2024-01-01T00:00:00Z"}]})")
                                     << "is not a SHA-256 fingerprint";
    QTest::newRow("bad date") << QByteArray(R"({"trustExceptions": [{"host": "h.test", "sha256": ")"
                                            + QByteArray(64, 'a') + R"(", "added": "yesterday"}]})")
                              << "not a date and time";
    QTest::newRow("password field") << QByteArray(R"({"password": "hunter2"})")
                                    << "secrets are kept only in the system keychain";
    QTest::newRow("token field") << QByteArray(R"({"token": "ya29.x"})") << "would hold a secret";
    QTest::newRow("name missing") << QByteArray(R"({"name": null})") << "must be a string";
    QTest::newRow("invalid after reading")
        << QByteArray(R"({"host": "", "socketPath": ""})") << "needs a server host name";
}

void TestAccount::fromJsonRefuses()
{
    QFETCH(QByteArray, change);
    QFETCH(QString, expected);
    QJsonObject o = sampleTcpAccount().toJson();
    const QJsonObject c = QJsonDocument::fromJson(change).object();
    QVERIFY(!c.isEmpty());
    for (auto it = c.begin(); it != c.end(); ++it)
        o.insert(it.key(), it.value());
    QString error;
    QVERIFY(!Account::fromJson(o, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("account")), qPrintable(error)); // says which account

    QJsonObject noName = sampleTcpAccount().toJson();
    noName.remove("name");
    QVERIFY(!Account::fromJson(noName, &error));
    QVERIFY2(error.contains("has no \"name\""), qPrintable(error));
}

void TestAccount::fromJsonIgnoresUnknownFieldsAndNormalizes()
{
    QJsonObject o = sampleTcpAccount().toJson();
    o.insert("fieldOfAFutureVersion", QJsonObject {{"x", 1}});
    o.insert("authMechanism", "cram-md5");
    QString error;
    std::optional<Account> a = Account::fromJson(o, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->authMechanism, QStringLiteral("CRAM-MD5"));
    o.insert("authMechanism", "Auto");
    a = Account::fromJson(o, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->authMechanism, QStringLiteral("auto"));
    // Missing fields take their defaults.
    a = Account::fromJson(QJsonObject {{"name", "n"}, {"host", "h.example.test"}}, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->security, session::Security::StartTls);
    QCOMPARE(a->replyTimeoutMs, 30000);
    QCOMPARE(a->authMechanism, QStringLiteral("auto"));
}

void TestAccount::mailboxes()
{
    const Account a = sampleTcpAccount();
    // RFC 5322 3.2.3: a comma is a special, so the display name is quoted.
    QCOMPARE(a.identities.at(0).mailbox(), QStringLiteral("\"Doe, Alice\" <alice@example.test>"));
    QCOMPARE(a.defaultIdentity()->address, QStringLiteral("zoe@example.test"));
    for (const Identity &identity : a.identities) {
        const std::optional<mime::Mailbox> parsed = mime::parseMailbox(identity.mailbox());
        QVERIFY(parsed);
        QCOMPARE(parsed->displayName, identity.displayName);
        QCOMPARE(parsed->address, identity.address.toUtf8());
    }
    const Identity bare {QString(), QStringLiteral("a@b.test"), true};
    QCOMPARE(bare.mailbox(), QStringLiteral("a@b.test"));
    QVERIFY(!mime::parseMailbox(QStringLiteral("a@b.test, c@d.test")));
    QVERIFY(!mime::parseMailbox(QStringLiteral("  ")));
    TrustException t;
    QVERIFY(!t.setFingerprint(QString(64, QLatin1Char('a')) + QLatin1Char('\n')));
    QVERIFY(!t.setFingerprint(QString(63, QLatin1Char('a'))));
    QVERIFY(t.setFingerprint(QString(64, QLatin1Char('A'))));
    QCOMPARE(t.sha256, QByteArray(64, 'a'));
    QVERIFY(!mime::parseMailbox(QStringLiteral("group: a@b.test;")));
}

void TestAccount::sessionOptions()
{
    Account a = sampleTcpAccount();
    a.caFile.clear();
    QString error;
    std::optional<session::SessionOptions> o = a.sessionOptions(&error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->host, a.host);
    QCOMPARE(o->port, quint16(587));
    QVERIFY(o->socketPath.isEmpty());
    QCOMPARE(o->security, session::Security::Tls);
    QCOMPARE(o->dialect, engine::Dialect::Lmtp);
    QCOMPARE(o->heloName, QByteArray("client.example.test"));
    QCOMPARE(o->timeoutMs, 45000);
    QCOMPARE(o->sourceAddress, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(o->sourcePort, quint16(40025));
    QCOMPARE(o->family, session::AddressFamily::IPv4);
    // Every exception for the host, the newest (the renewed certificate)
    // first: the one a changed certificate is compared with.
    QCOMPARE(o->trustedCertificates.size(), 2);
    QCOMPARE(o->trustedCertificates.first().sha256, a.trustExceptions.at(1).sha256);
    QVERIFY(o->trustedFingerprint.isEmpty());
    QVERIFY(o->extraCaCertificates.isEmpty());

    // Another host: no exception applies.
    a.host = QStringLiteral("other.example.test");
    o = a.sessionOptions(&error);
    QVERIFY2(o, qPrintable(error));
    QVERIFY(o->trustedFingerprint.isEmpty());
    QVERIFY(o->trustedCertificates.isEmpty());
    // Host names compare without regard to case.
    a.host = QStringLiteral("MAIL.Example.TEST");
    QCOMPARE(a.sessionOptions()->trustedCertificates.value(0).sha256, a.trustExceptions.at(1).sha256);

    const Account s = sampleSocketAccount();
    o = s.sessionOptions(&error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->socketPath, s.socketPath);
    QCOMPARE(o->security, session::Security::Opportunistic);
}

void TestAccount::sessionOptionsCaFile()
{
    Account a = sampleTcpAccount();
    QString error;
    a.caFile = QStringLiteral("/nonexistent/postscope-ca.pem");
    QVERIFY(!a.sessionOptions(&error));
    QVERIFY2(error.contains(a.caFile), qPrintable(error));

    QTemporaryDir dir;
    QFile notPem(dir.filePath("not.pem"));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();
    a.caFile = notPem.fileName();
    QVERIFY(!a.sessionOptions(&error));
    QVERIFY2(error.contains("no PEM certificate"), qPrintable(error));

    const testsupport::TestCertificates &certs = testsupport::TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    a.caFile = certs.ca.certificatePath;
    const std::optional<session::SessionOptions> o = a.sessionOptions(&error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->extraCaCertificates, QList<QSslCertificate> {certs.ca.certificate});
}

void TestAccount::sandboxNotRunning()
{
    const Account a = Account::sandbox(nullptr);
    QCOMPARE(a.name, QStringLiteral("sandbox"));
    QVERIFY(a.builtIn);
    QCOMPARE(a.validate(), QStringList());
    QString error;
    QVERIFY(!a.sessionOptions(&error));
    QVERIFY2(error.contains("not running"), qPrintable(error));
}

void TestAccount::sandboxRunning()
{
    QTemporaryDir dir;
    sandbox::SandboxConfig config;
    config.maildir = dir.filePath("mail");
    config.certificateFolder = dir.filePath("cert");
    sandbox::SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    const Account a = Account::sandbox(&server);
    QVERIFY(a.builtIn);
    QCOMPARE(a.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(a.port, server.port());
    QCOMPARE(a.security, session::Security::StartTls);
    QCOMPARE(a.caFile, server.certificate().certificatePath);
    QCOMPARE(a.defaultIdentity()->address, QStringLiteral("you@sandbox.test"));

    // The account's options reach the sandbox over STARTTLS with its
    // certificate verified as a trust anchor (not trusted by exception).
    const std::optional<session::SessionOptions> options = a.sessionOptions(&error);
    QVERIFY2(options, qPrintable(error));
    session::SmtpSession smtp(*options);
    bool ready = false;
    QString failure;
    connect(&smtp, &session::SmtpSession::ready, this, [&] { ready = true; });
    connect(&smtp, &session::SmtpSession::errorOccurred, this, [&](const engine::SmtpError &e) {
        failure = e.message + QStringLiteral(" (an error)");
    });
    smtp.open();
    QTRY_VERIFY_WITH_TIMEOUT(ready || !failure.isEmpty(), 15000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(smtp.isEncrypted());
    QVERIFY(smtp.tlsInfo().peerVerified);
    QVERIFY(!smtp.tlsInfo().trustedByFingerprint);
    smtp.quit();
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
