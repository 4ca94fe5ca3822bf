// TLS detail and trust (issue 8.2) over real loopback TLS with certificates
// made at run time: the chain report (session/tlsreport.h) of a verified
// and of a refused handshake, errors by their QSslError name; an account's
// trust exception accepting exactly its leaf, and a changed certificate for
// the same host failing again with what changed; client certificates read
// from PEM (plain and encrypted) and PKCS#12; the account's JSON form of
// the new fields.

#include "scriptedserver.h"
#include "testcerts.h"

#include "accounts/account.h"
#include "session/clientcertificate.h"
#include "session/smtpsession.h"
#include "sandbox/sandboxcertificate.h"
#include "session/tlsreport.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using namespace postscope::session;
using namespace postscope::testsupport;
using engine::SmtpError;

namespace {

const QByteArray startTlsThenEhlo = "S: 220 localhost ESMTP scripted\n"
                                    "C: EHLO client.test\n"
                                    "S: 250-localhost\n"
                                    "S: 250 STARTTLS\n"
                                    "C: STARTTLS\n"
                                    "S: 220 go ahead\n"
                                    "X: starttls\n"
                                    "C: EHLO client.test\n"
                                    "S: 250 localhost\n"
                                    "C: QUIT\n"
                                    "S: 221 Bye\n";

// One session from open() to its end: the error (None when it got ready).
struct Outcome
{
    SmtpError error;
    bool ready = false;
    TlsInfo tls;
};

Outcome runSession(const SessionOptions &options)
{
    SmtpSession session(options);
    Outcome outcome;
    bool closed = false;
    QObject::connect(&session, &SmtpSession::errorOccurred, &session,
                     [&](const SmtpError &e) { outcome.error = e; });
    QObject::connect(&session, &SmtpSession::ready, &session, [&] {
        outcome.ready = true;
        session.quit();
    });
    QObject::connect(&session, &SmtpSession::closed, &session, [&] { closed = true; });
    session.open();
    if (!QTest::qWaitFor([&] { return closed; }, 15000))
        outcome.error = SmtpError::make(SmtpError::Kind::Timeout, QStringLiteral("test: no end"));
    outcome.tls = session.tlsInfo();
    return outcome;
}

SessionOptions optionsFor(quint16 port)
{
    SessionOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.security = Security::StartTls;
    o.heloName = "client.test";
    o.timeoutMs = 10000;
    return o;
}

bool openssl(const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void errorNames_data();
    void errorNames();
    void reportOfVerifiedChain();
    void reportOfRefusedChain();
    void selfSignedLeafWithoutCaRights();
    void certificateChangesNameWhatChanged();
    void accountTrustExceptionAcceptsExactLeaf();
    void changedCertificateFailsAgainAndSaysWhat();
    void accountTrustEditing();
    void accountJsonKeepsTlsFields();
    void clientCertificateFiles_data();
    void clientCertificateFiles();

private:
    const TestCertificates *m_certs = nullptr;
    QTemporaryDir m_dir;
};

void TestTlsTrust::initTestCase()
{
    m_certs = &TestCertificates::instance();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
    QVERIFY(m_dir.isValid());
    // An encrypted PEM key and PKCS#12 files for the client certificate
    // rows (the test CA's server identity stands in for a client's).
    QString error;
    const QString key = m_certs->server.keyPath;
    const QString cert = m_certs->server.certificatePath;
    QVERIFY2(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-aes256"),
                      QStringLiteral("-passout"), QStringLiteral("pass:open sesame"),
                      QStringLiteral("-out"), m_dir.filePath(QStringLiteral("enc.key"))},
                     &error),
             qPrintable(error));
    QVERIFY2(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                      cert, QStringLiteral("-inkey"), key, QStringLiteral("-certfile"),
                      m_certs->ca.certificatePath, QStringLiteral("-passout"),
                      QStringLiteral("pass:p12 pass"), QStringLiteral("-out"),
                      m_dir.filePath(QStringLiteral("client.p12"))},
                     &error),
             qPrintable(error));
    QFile combined(m_dir.filePath(QStringLiteral("combined.pem")));
    QVERIFY(combined.open(QIODevice::WriteOnly));
    QFile c(cert), k(key);
    QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
    combined.write(c.readAll() + k.readAll());
}

void TestTlsTrust::errorNames_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("name");
    QTest::newRow("host") << int(QSslError::HostNameMismatch) << QStringLiteral("HostNameMismatch");
    QTest::newRow("expired") << int(QSslError::CertificateExpired)
                             << QStringLiteral("CertificateExpired");
    QTest::newRow("not yet") << int(QSslError::CertificateNotYetValid)
                             << QStringLiteral("CertificateNotYetValid");
    QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate)
                                 << QStringLiteral("SelfSignedCertificate");
    QTest::newRow("unknown CA") << int(QSslError::UnableToGetLocalIssuerCertificate)
                                << QStringLiteral("UnableToGetLocalIssuerCertificate");
    QTest::newRow("not a value") << 9999 << QStringLiteral("UnknownError");
}

void TestTlsTrust::errorNames()
{
    QFETCH(int, error);
    QFETCH(QString, name);
    QCOMPARE(sslErrorName(QSslError::SslError(error)), name);
}

void TestTlsTrust::reportOfVerifiedChain()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->server));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    SessionOptions o = optionsFor(server.port());
    o.extraCaCertificates = {m_certs->ca.certificate};
    const Outcome outcome = runSession(o);
    QVERIFY2(outcome.ready, qPrintable(outcome.error.message));
    const TlsReport report = TlsReport::fromInfo(outcome.tls, QDateTime::currentDateTimeUtc());
    QVERIFY(report.established);
    QCOMPARE(report.verification, TlsReport::Verification::Verified);
    QCOMPARE(report.verificationName(), QStringLiteral("verified"));
    QCOMPARE(report.peerName, QStringLiteral("localhost"));
    QVERIFY(report.protocol.startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!report.cipher.isEmpty());
    QVERIFY(report.errors.isEmpty());
    QVERIFY(report.chain.size() >= 1);
    const CertificateDetail &leaf = report.chain.first();
    QCOMPARE(leaf.commonName, QStringLiteral("localhost"));
    QVERIFY(leaf.subject.contains(QLatin1String("CN=localhost")));
    QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(leaf.subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
    QVERIFY2(leaf.issuer.contains(QLatin1String("CN=Postscope Test CA")), qPrintable(leaf.issuer));
    QCOMPARE(leaf.keyType, QStringLiteral("RSA"));
    QCOMPARE(leaf.keyBits, 2048);
    QCOMPARE(leaf.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
    QCOMPARE(leaf.sha256, m_certs->server.sha256Hex());
    QCOMPARE(leaf.validity, CertificateDetail::Validity::Valid);
    QVERIFY(!leaf.selfSigned);
    QCOMPARE(leaf.notAfter, m_certs->server.certificate.expiryDate().toUTC());
    if (report.chain.size() > 1) // the CA sent along is its own issuer
        QVERIFY(report.chain.at(1).selfSigned);

    // The same certificate judged at other moments.
    const QDateTime later = leaf.notAfter.addDays(1);
    QCOMPARE(CertificateDetail::fromCertificate(m_certs->server.certificate, later).validity,
             CertificateDetail::Validity::Expired);
    QCOMPARE(
        CertificateDetail::fromCertificate(m_certs->server.certificate, leaf.notBefore.addDays(-1))
            .validityName(),
        QStringLiteral("not-yet-valid"));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("verification")).toString(), QStringLiteral("verified"));
    const QJsonObject first = json.value(QStringLiteral("chain")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(m_certs->server.sha256Hex()));
    QCOMPARE(first.value(QStringLiteral("keyBits")).toInt(), 2048);
    QCOMPARE(first.value(QStringLiteral("selfSigned")).toBool(), false);
    const QStringList text = report.toText();
    QVERIFY(text.join('\n').contains(QLatin1String("RSA 2048")));
}

void TestTlsTrust::selfSignedLeafWithoutCaRights()
{
    // The sandbox's certificate signs itself but is no CA (CA:FALSE, no
    // keyCertSign): OpenSSL's X509_check_issued() says "not issued by
    // itself", yet it is self-signed (RFC 5280 6.1) and must be shown so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const sandbox::SandboxCertificate sandboxCert = sandbox::SandboxCertificate::loadOrCreate(dir.path());
    QVERIFY2(!sandboxCert.certificate.isNull(), "the sandbox made no certificate");
    QVERIFY(CertificateDetail::fromCertificate(sandboxCert.certificate, QDateTime::currentDateTimeUtc())
                .selfSigned);
    // A leaf a CA signed is not, however its names read.
    QVERIFY(!CertificateDetail::fromCertificate(m_certs->server.certificate,
                                                QDateTime::currentDateTimeUtc())
                 .selfSigned);
    QVERIFY(CertificateDetail::fromCertificate(m_certs->ca.certificate, QDateTime::currentDateTimeUtc())
                .selfSigned);
}

void TestTlsTrust::reportOfRefusedChain()
{
    // A certificate for another name from a CA nobody trusts: refused, and
    // the report still has the chain and each error by name.
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->wrongHost));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    const Outcome outcome = runSession(optionsFor(server.port()));
    QVERIFY(!outcome.ready);
    QCOMPARE(outcome.error.kind, SmtpError::Kind::TlsFailed);
    QVERIFY2(outcome.error.message.contains(QLatin1String("HostNameMismatch")),
             qPrintable(outcome.error.message));
    const TlsReport report = TlsReport::fromInfo(outcome.tls, QDateTime::currentDateTimeUtc());
    QVERIFY(!report.established);
    QCOMPARE(report.verification, TlsReport::Verification::Failed);
    QVERIFY(!report.chain.isEmpty());
    QCOMPARE(report.chain.first().sha256, m_certs->wrongHost.sha256Hex());
    QStringList names;
    for (const VerificationError &e : report.errors) {
        names << e.name;
        QVERIFY(!e.text.isEmpty());
    }
    QVERIFY2(names.contains(QStringLiteral("HostNameMismatch")), qPrintable(names.join(' ')));
    const auto hostError = std::find_if(
        report.errors.cbegin(), report.errors.cend(),
        [](const VerificationError &e) { return e.error == QSslError::HostNameMismatch; });
    QCOMPARE(hostError->certificateIndex, 0);
    QVERIFY(report.toText().join('\n').contains(QLatin1String("error HostNameMismatch")));
}

void TestTlsTrust::certificateChangesNameWhatChanged()
{
    const QSslCertificate &a = m_certs->server.certificate;
    const QSslCertificate &b = m_certs->otherServer.certificate;
    QVERIFY(certificateChanges(CertificateSummary::fromCertificate(a), a).isEmpty());
    const QStringList changes = certificateChanges(CertificateSummary::fromCertificate(a), b);
    // Same subject (CN=localhost), another issuer and fingerprint.
    QVERIFY2(changes.size() >= 2, qPrintable(changes.join('\n')));
    QVERIFY(changes.first().contains(QString::fromLatin1(m_certs->server.sha256Hex())));
    QVERIFY(changes.first().contains(QString::fromLatin1(m_certs->otherServer.sha256Hex())));
    QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("issuer:"))
            && line.contains(QLatin1String("Postscope Other CA"));
    }));
    QVERIFY(!std::any_of(changes.cbegin(), changes.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("subject:"));
    }));
    // Only the fingerprint was remembered: only it is compared.
    CertificateSummary bare;
    bare.sha256 = m_certs->server.sha256Hex();
    QCOMPARE(certificateChanges(bare, b).size(), 1);
}

void TestTlsTrust::accountTrustExceptionAcceptsExactLeaf()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->wrongHost));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    accounts::Account account;
    account.name = QStringLiteral("trusting");
    account.host = QStringLiteral("localhost");
    account.port = server.port();
    account.heloName = QStringLiteral("client.test");
    QString error;
    QVERIFY2(account.addTrustException(
                 accounts::TrustException::forCertificate(
                     account.host, m_certs->wrongHost.certificate, QStringLiteral("lab box")),
                 &error),
             qPrintable(error));
    const auto options = account.sessionOptions(&error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->trustedCertificates.size(), 1);
    const Outcome outcome = runSession(*options);
    QVERIFY2(outcome.ready, qPrintable(outcome.error.message));
    QVERIFY(outcome.tls.trustedByFingerprint);
    QVERIFY(!outcome.tls.peerVerified);
    const TlsReport report = TlsReport::fromInfo(outcome.tls, QDateTime::currentDateTimeUtc());
    QCOMPARE(report.verificationName(), QStringLiteral("trusted-by-fingerprint"));
    QVERIFY(!report.errors.isEmpty()); // the errors that were overlooked stay visible
}

void TestTlsTrust::changedCertificateFailsAgainAndSaysWhat()
{
    // Trusted: wrongHost (CN=wrong.example.test, Postscope Test CA). The
    // server now presents otherServer (CN=localhost, Postscope Other CA).
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->otherServer));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    accounts::Account account;
    account.name = QStringLiteral("changed");
    account.host = QStringLiteral("localhost");
    account.port = server.port();
    account.heloName = QStringLiteral("client.test");
    account.trustExceptions
        = {accounts::TrustException::forCertificate(account.host, m_certs->wrongHost.certificate)};
    QString error;
    const auto options = account.sessionOptions(&error);
    QVERIFY2(options, qPrintable(error));
    const Outcome outcome = runSession(*options);
    QVERIFY(!outcome.ready);
    QCOMPARE(outcome.error.kind, SmtpError::Kind::TlsFailed);
    const QString message = outcome.error.message;
    QVERIFY2(message.contains(QLatin1String("changed since it was trusted")), qPrintable(message));
    QVERIFY2(message.contains(QString::fromLatin1(m_certs->wrongHost.sha256Hex()))
                 && message.contains(QString::fromLatin1(m_certs->otherServer.sha256Hex())),
             qPrintable(message));
    const QStringList &changes = outcome.tls.trustChanges;
    QVERIFY2(std::any_of(changes.cbegin(), changes.cend(),
                         [](const QString &l) {
                             return l.startsWith(QLatin1String("subject:"))
                                 && l.contains(QLatin1String("wrong.example.test"))
                                 && l.contains(QLatin1String("CN=localhost"));
                         }),
             qPrintable(changes.join('\n')));
    QVERIFY(std::any_of(changes.cbegin(), changes.cend(),
                        [](const QString &l) { return l.startsWith(QLatin1String("issuer:")); }));
    const TlsReport report = TlsReport::fromInfo(outcome.tls, QDateTime::currentDateTimeUtc());
    QCOMPARE(report.trustChanges, changes);
    QCOMPARE(report.verification, TlsReport::Verification::Failed);
}

void TestTlsTrust::accountTrustEditing()
{
    accounts::Account a;
    a.name = QStringLiteral("edit");
    a.host = QStringLiteral("mx.example.test");
    QString error;
    auto first = accounts::TrustException::forCertificate(a.host, m_certs->server.certificate);
    first.added = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(a.addTrustException(first, &error));
    QVERIFY(!a.addTrustException(first, &error)); // the same again
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    const auto second
        = accounts::TrustException::forCertificate(a.host, m_certs->otherServer.certificate);
    QVERIFY(a.addTrustException(second, &error));
    // Newest first; both go to the session.
    const QList<accounts::TrustException> forHost
        = a.trustExceptionsFor(QStringLiteral("MX.example.test"));
    QCOMPARE(forHost.size(), 2);
    QCOMPARE(forHost.first().sha256, m_certs->otherServer.sha256Hex());
    const auto options = a.sessionOptions(&error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->trustedCertificates.size(), 2);
    QCOMPARE(options->trustedCertificates.first().sha256, m_certs->otherServer.sha256Hex());
    QVERIFY(options->trustedFingerprint.isEmpty());
    // Removing by the colon form, upper case.
    QVERIFY2(
        a.removeTrustException(QString::fromLatin1(m_certs->server.sha256Colons()), {}, &error),
        qPrintable(error));
    QCOMPARE(a.trustExceptions.size(), 1);
    QVERIFY(!a.removeTrustException(QString::fromLatin1(m_certs->server.sha256Hex()), {}, &error));
    QVERIFY2(error.contains(QLatin1String("trusts no certificate")), qPrintable(error));
    QVERIFY(!a.removeTrustException(QStringLiteral("not hex"), {}, &error));
    // A trust exception is never a blanket one: no host, no exception.
    accounts::TrustException blank = second;
    blank.host.clear();
    QVERIFY(!a.addTrustException(blank, &error));
}

void TestTlsTrust::accountJsonKeepsTlsFields()
{
    accounts::Account a;
    a.name = QStringLiteral("json");
    a.host = QStringLiteral("mx.example.test");
    a.tlsMinimum = TlsVersion::Tls1_3;
    a.trustExceptions = {accounts::TrustException::forCertificate(
        a.host, m_certs->server.certificate, QStringLiteral("note"))};
    QString error;
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(QStringLiteral("tlsMinimum")).toString(), QStringLiteral("1.3"));
    const QJsonObject trust
        = json.value(QStringLiteral("trustExceptions")).toArray().at(0).toObject();
    QVERIFY(trust.value(QStringLiteral("subject")).toString().contains(QLatin1String("localhost")));
    QVERIFY(!trust.value(QStringLiteral("notAfter")).toString().isEmpty());
    const auto back = accounts::Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tlsMinimum, TlsVersion::Tls1_3);
    QCOMPARE(back->trustExceptions.first().subject, a.trustExceptions.first().subject);
    QCOMPARE(back->trustExceptions.first().issuer, a.trustExceptions.first().issuer);
    QCOMPARE(back->trustExceptions.first().notAfter, a.trustExceptions.first().notAfter);
    QCOMPARE(back->sessionOptions(&error)->tlsMinimum, TlsVersion::Tls1_3);
    // An older file without the new fields still reads.
    QJsonObject old = json;
    old.remove(QStringLiteral("tlsMinimum"));
    QJsonArray list;
    QJsonObject bare = trust;
    for (const char *k : {"subject", "issuer", "notBefore", "notAfter"})
        bare.remove(QLatin1String(k));
    list.append(bare);
    old.insert(QStringLiteral("trustExceptions"), list);
    const auto older = accounts::Account::fromJson(old, &error);
    QVERIFY2(older, qPrintable(error));
    QCOMPARE(older->tlsMinimum, TlsVersion::Any);
    QVERIFY(older->trustExceptions.first().subject.isEmpty());
    QJsonObject bad = json;
    bad.insert(QStringLiteral("tlsMinimum"), QStringLiteral("2.0"));
    QVERIFY(!accounts::Account::fromJson(bad, &error));
}

void TestTlsTrust::clientCertificateFiles_data()
{
    using Status = ClientCertificateLoad::Status;
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("chainLength");
    const QString cert = TestCertificates::instance().server.certificatePath;
    const QString key = TestCertificates::instance().server.keyPath;
    const QString dir = m_dir.path() + QLatin1Char('/');
    QTest::newRow("PEM pair") << cert << key << QByteArray() << int(Status::Loaded) << 0;
    QTest::newRow("PEM in one file")
        << dir + "combined.pem" << QString() << QByteArray() << int(Status::Loaded) << 0;
    QTest::newRow("certificate without key")
        << cert << QString() << QByteArray() << int(Status::NoKey) << 0;
    QTest::newRow("encrypted key, no passphrase")
        << cert << dir + "enc.key" << QByteArray() << int(Status::NeedsPassphrase) << 0;
    QTest::newRow("encrypted key, wrong passphrase")
        << cert << dir + "enc.key" << QByteArray("nope") << int(Status::WrongPassphrase) << 0;
    QTest::newRow("encrypted key, right passphrase")
        << cert << dir + "enc.key" << QByteArray("open sesame") << int(Status::Loaded) << 0;
    QTest::newRow("PKCS#12, no passphrase")
        << dir + "client.p12" << QString() << QByteArray() << int(Status::NeedsPassphrase) << 0;
    QTest::newRow("PKCS#12, wrong passphrase")
        << dir + "client.p12" << QString() << QByteArray("nope") << int(Status::WrongPassphrase)
        << 0;
    QTest::newRow("PKCS#12, right passphrase")
        << dir + "client.p12" << QString() << QByteArray("p12 pass") << int(Status::Loaded) << 1;
    QTest::newRow("missing file") << dir + "absent.pem" << QString() << QByteArray()
                                  << int(Status::Unreadable) << 0;
    QTest::newRow("a key is not a certificate")
        << key << QString() << QByteArray() << int(Status::NoCertificate) << 0;
}

void TestTlsTrust::clientCertificateFiles()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, status);
    QFETCH(int, chainLength);
    SessionOptions options;
    const ClientCertificateLoad load
        = loadClientCertificate(certificate, key, passphrase, &options);
    QCOMPARE(int(load.status), status);
    if (load.ok()) {
        QVERIFY(load.error.isEmpty());
        QCOMPARE(options.clientCertificate, m_certs->server.certificate);
        QVERIFY(!options.clientKey.isNull());
        QCOMPARE(options.clientKey.type(), QSsl::PrivateKey);
        QCOMPARE(options.clientCertificateChain.size(), chainLength);
    } else {
        QVERIFY(!load.error.isEmpty());
        QVERIFY(options.clientCertificate.isNull());
        QVERIFY(!load.error.contains(QLatin1String(passphrase.isEmpty() ? "\x01" : passphrase)));
    }
}

QTEST_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
