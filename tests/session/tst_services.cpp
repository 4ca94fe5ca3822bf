// The services of core over real loopback sockets (ARCHITECTURE.md
// "Services"): ServerProbe's report and findings against the scripted server
// and the sandbox, the findings' certificate dates with a moved clock,
// AddressProbe's RCPT method (pipelined batches with a bounded window,
// lockstep, nothing delivered) and VRFY, and SendJob's per-recipient
// results when DATA is refused.

#include "scriptedserver.h"
#include "testcerts.h"

#include "diagnostics/addressprobe.h"
#include "diagnostics/serverprobe.h"
#include "sandbox/sandboxserver.h"
#include "send/sendjob.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using namespace postscope::diagnostics;
using namespace postscope::testsupport;
using engine::SmtpError;
using session::Security;
using session::SessionOptions;

namespace {

SessionOptions options(quint16 port, Security security)
{
    SessionOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.security = security;
    o.heloName = "client.test";
    o.timeoutMs = 5000;
    o.extraCaCertificates = {TestCertificates::instance().ca.certificate};
    return o;
}

bool runToEnd(session::SessionJob &job, int timeoutMs = 10000)
{
    job.start();
    return QTest::qWaitFor([&] { return job.isFinished(); }, timeoutMs);
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out;
}

int filesUnder(const QString &path)
{
    int n = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A sandbox on 127.0.0.1 that knows alice and bob and refuses the rest.
std::unique_ptr<sandbox::SandboxServer> sandboxWithDirectory(const QTemporaryDir &dir, bool tls)
{
    sandbox::SandboxConfig config;
    config.maildir = dir.filePath(QStringLiteral("mail"));
    config.certificateFolder = dir.filePath(QStringLiteral("cert"));
    config.tls = tls;
    config.server.directory.mailboxes = {"alice@example.test", "bob@example.test"};
    config.server.rejectUnknownRecipients = true;
    auto server = std::make_unique<sandbox::SandboxServer>(config);
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return {};
    }
    return server;
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void probeFindingsAgainstScriptedServer();
    void probeStopsAtMissingStartTls();
    void probeAgainstSandbox();
    void certificateDates_data();
    void certificateDates();
    void rcptMethodPipelinedWithBoundedWindow();
    void rcptMethodLockstep();
    void rcptMethodSenderRefused();
    void rcptMethodAgainstSandboxDeliversNothing();
    void rcptMethodInternationalApart();
    void vrfyMethod();
    void sendJobDataRefused();
};

void TestServices::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(),
             qPrintable(TestCertificates::instance().errorString()));
}

void TestServices::probeFindingsAgainstScriptedServer()
{
    // A server that offers PLAIN before TLS, no SIZE, greets as a name its
    // certificate does not hold, and offers STARTTLS again after TLS.
    ScriptedServer server;
    server.setTlsConfiguration(
        TestCertificates::instance().serverConfiguration(TestCertificates::instance().server));
    server.setScript("S: 220 mx.other.test ESMTP scripted\n"
                     "C: EHLO client.test\n"
                     "S: 250-mx.other.test\n"
                     "S: 250-PIPELINING\n"
                     "S: 250-AUTH PLAIN LOGIN CRAM-MD5\n"
                     "S: 250-SMTPUTF8\n"
                     "S: 250 STARTTLS\n"
                     "C: STARTTLS\n"
                     "S: 220 go ahead\n"
                     "X: starttls\n"
                     "C: EHLO client.test\n"
                     "S: 250-mx.other.test\n"
                     "S: 250-PIPELINING\n"
                     "S: 250-SMTPUTF8\n"
                     "S: 250-AUTH PLAIN LOGIN CRAM-MD5\n"
                     "S: 250 STARTTLS\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    ServerProbe probe(options(server.port(), Security::StartTls));
    QVERIFY(runToEnd(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    const ProbeReport &report = probe.report();
    const QStringList found = ids(report.findings);
    QVERIFY2(found.contains(QStringLiteral("auth-plaintext-before-tls")),
             qPrintable(found.join(' ')));
    QVERIFY2(found.contains(QStringLiteral("greeting-name-mismatch")), qPrintable(found.join(' ')));
    QVERIFY2(found.contains(QStringLiteral("no-size")), qPrintable(found.join(' ')));
    QVERIFY2(found.contains(QStringLiteral("starttls-offered-after-tls")),
             qPrintable(found.join(' ')));
    for (const QString &absent :
         {QStringLiteral("starttls-not-offered"), QStringLiteral("tls-not-verified"),
          QStringLiteral("tls-failed"), QStringLiteral("no-pipelining"),
          QStringLiteral("certificate-expired"), QStringLiteral("auth-not-offered")})
        QVERIFY2(!found.contains(absent), qPrintable(absent));
    const Finding *plain = report.finding(QStringLiteral("auth-plaintext-before-tls"));
    QCOMPARE(plain->severity, Finding::Severity::Warning);
    QVERIFY2(plain->message.contains(QStringLiteral("PLAIN LOGIN")), qPrintable(plain->message));
    const Finding *mismatch = report.finding(QStringLiteral("greeting-name-mismatch"));
    QVERIFY2(mismatch->message.contains(QStringLiteral("mx.other.test")),
             qPrintable(mismatch->message));
    QVERIFY2(mismatch->detail.contains(QStringLiteral("localhost")), qPrintable(mismatch->detail));
    // Worst first.
    for (qsizetype i = 1; i < report.findings.size(); ++i)
        QVERIFY(int(report.findings[i - 1].severity) >= int(report.findings[i].severity));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("banner")).toObject().value(QStringLiteral("code")).toInt(),
             220);
    QCOMPARE(json.value(QStringLiteral("authMechanisms"))
                 .toObject()
                 .value(QStringLiteral("beforeTls"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(
        json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("peerVerified")).toBool(),
        true);
    QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), report.findings.size());
    const QJsonObject timings = json.value(QStringLiteral("timings")).toObject();
    for (const char *step :
         {"connect", "greeting", "ehlo", "starttls", "tlsHandshake", "ehloAfterTls"})
        QVERIFY2(timings.value(QLatin1String(step)).isDouble(), step);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::probeStopsAtMissingStartTls()
{
    // STARTTLS required but not offered: the probe fails closed (exit 6 in
    // the CLI) and still reports what it saw, with the finding that says why.
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250-SIZE 1000000\n"
                     "S: 250 AUTH LOGIN\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    ServerProbe probe(options(server.port(), Security::StartTls));
    QVERIFY(runToEnd(probe));
    QCOMPARE(probe.error().kind, SmtpError::Kind::TlsFailed);
    const ProbeReport &report = probe.report();
    QCOMPARE(report.opening.greeting.code, 220);
    QVERIFY(report.capabilitiesBeforeTls().offersAuthMechanism("LOGIN"));
    QVERIFY(!report.tls);
    const QStringList found = ids(report.findings);
    QVERIFY2(found.contains(QStringLiteral("starttls-not-offered")), qPrintable(found.join(' ')));
    QVERIFY2(found.contains(QStringLiteral("tls-failed")), qPrintable(found.join(' ')));
    QVERIFY2(found.contains(QStringLiteral("auth-plaintext-before-tls")),
             qPrintable(found.join(' ')));
    QCOMPARE(report.findings.first().severity, Finding::Severity::Error);
    QVERIFY(!found.contains(QStringLiteral("no-size")));
}

void TestServices::probeAgainstSandbox()
{
    QTemporaryDir dir;
    auto server = sandboxWithDirectory(dir, true);
    QVERIFY(server);
    SessionOptions o = options(server->port(), Security::StartTls);
    o.host = QStringLiteral("127.0.0.1");
    o.extraCaCertificates = {server->certificate().certificate};
    ServerProbe probe(o);
    QVERIFY(runToEnd(probe, 20000));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    const ProbeReport &report = probe.report();
    QVERIFY(report.tls);
    QVERIFY(report.tlsInfo.peerVerified);
    QVERIFY(report.capabilitiesBeforeTls().startTls());
    QVERIFY(!report.capabilitiesAfterTls().startTls());
    const QStringList found = ids(report.findings);
    // The sandbox greets as localhost, a name its own certificate holds; it
    // offers SIZE, PIPELINING and SMTPUTF8.
    for (const QString &absent :
         {QStringLiteral("greeting-name-mismatch"), QStringLiteral("starttls-not-offered"),
          QStringLiteral("no-size"), QStringLiteral("no-pipelining"),
          QStringLiteral("tls-not-verified"), QStringLiteral("starttls-offered-after-tls")})
        QVERIFY2(!found.contains(absent), qPrintable(found.join(' ')));
    for (const Finding &f : report.findings)
        QVERIFY2(f.severity != Finding::Severity::Error, qPrintable(f.id));
}

void TestServices::certificateDates_data()
{
    QTest::addColumn<int>("daysBeforeExpiry"); // where "now" is put
    QTest::addColumn<QString>("expected");
    QTest::newRow("a year left") << 365 << QString();
    QTest::newRow("31 days left") << 31 << QString();
    QTest::newRow("30 days left") << 30 << QStringLiteral("certificate-expires-soon");
    QTest::newRow("1 day left") << 1 << QStringLiteral("certificate-expires-soon");
    QTest::newRow("expired yesterday") << -1 << QStringLiteral("certificate-expired");
    QTest::newRow("not valid yet") << 400 << QStringLiteral("certificate-not-yet-valid");
}

void TestServices::certificateDates()
{
    // A certificate valid for 399 days (the test CA's are short-lived), and
    // the findings judged at moved moments of its life.
    QFETCH(int, daysBeforeExpiry);
    QFETCH(QString, expected);
    static QSslCertificate leaf = [] {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("399"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("c.pem"))});
        openssl.waitForFinished(30000);
        const auto certs = QSslCertificate::fromPath(dir.filePath(QStringLiteral("c.pem")));
        return certs.value(0);
    }();
    QVERIFY2(!leaf.isNull(), "openssl could not make the test certificate");
    ProbeReport report;
    report.tls = true;
    report.tlsInfo.peerVerified = true;
    report.tlsInfo.protocol = QStringLiteral("TLSv1.3");
    report.tlsInfo.chain = {leaf};
    const QDateTime now = leaf.expiryDate().toUTC().addDays(-daysBeforeExpiry).addSecs(-60);
    const QList<Finding> findings = findingsFor(report, now);
    const QStringList dateFindings = ids(findings).filter(QStringLiteral("certificate-"));
    QCOMPARE(dateFindings, expected.isEmpty() ? QStringList() : QStringList {expected});
    if (!expected.isEmpty()) {
        for (const Finding &finding : findings) {
            if (finding.id == expected) {
                QCOMPARE(finding.severity,
                         expected == QLatin1String("certificate-expires-soon")
                             ? Finding::Severity::Warning
                             : Finding::Severity::Error);
                QVERIFY(!finding.detail.isEmpty());
            }
        }
    }
}

void TestServices::rcptMethodPipelinedWithBoundedWindow()
{
    // Five addresses, batches of two, two batches on the wire at most:
    // batch 1 and 2 leave before any reply; batch 3 only after batch 1's
    // replies. Never DATA.
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250-PIPELINING\n"
                     "S: 250 ENHANCEDSTATUSCODES\n"
                     "C: MAIL FROM:<probe@client.test>\n"
                     "C: RCPT TO:<alice@example.test>\n"
                     "C: RCPT TO:<ghost@example.test>\n"
                     "C: RSET\n"
                     "C: MAIL FROM:<probe@client.test>\n"
                     "C: RCPT TO:<bob@example.test>\n"
                     "C: RCPT TO:<later@example.test>\n"
                     "C: RSET\n"
                     "X: wait 400\n"
                     "S: 250 2.1.0 Ok\n"
                     "S: 250 2.1.5 Ok\n"
                     "S: 550 5.1.1 <ghost@example.test>: User unknown\n"
                     "S: 250 2.0.0 Ok\n"
                     "C: MAIL FROM:<probe@client.test>\n"
                     "C: RCPT TO:<carol@example.test>\n"
                     "C: RSET\n"
                     "S: 250 2.1.0 Ok\n"
                     "S: 252 2.1.5 maybe\n"
                     "S: 450 4.1.1 try later\n"
                     "S: 250 2.0.0 Ok\n"
                     "S: 250 2.1.0 Ok\n"
                     "S: 502 5.5.1 not here\n"
                     "S: 250 2.0.0 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    AddressProbeOptions rcpt;
    rcpt.method = AddressMethod::Rcpt;
    rcpt.sender = "probe@client.test";
    rcpt.batchSize = 2;
    rcpt.batchesInFlight = 2;
    const QStringList queries {
        QStringLiteral("alice@example.test"), QStringLiteral("Ghost <ghost@example.test>"),
        QStringLiteral("bob@example.test"), QStringLiteral("later@example.test"),
        QStringLiteral("carol@example.test")};
    AddressProbe probe(options(server.port(), Security::None), {}, rcpt, queries);
    probe.start();
    // Both batches are out before any reply; the third waits for room.
    QTRY_VERIFY(server.connectionCount() == 1 && server.connection().clientLines.size() >= 9);
    QTest::qWait(150);
    QCOMPARE(server.connection().clientLines.size(), 9); // EHLO + 2 x (MAIL, 2 RCPT, RSET)
    QTRY_VERIFY(probe.isFinished());
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    QVERIFY(probe.pipelined());
    const QList<AddressResult> &results = probe.results();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results[0].verdict, Verdict::Exists);
    QCOMPARE(results[1].verdict, Verdict::Unknown);
    QCOMPARE(results[1].query, QStringLiteral("Ghost <ghost@example.test>"));
    QCOMPARE(results[1].reply.enhanced.toString(), QStringLiteral("5.1.1"));
    QCOMPARE(results[2].verdict, Verdict::CannotVerify);
    QCOMPARE(results[3].verdict, Verdict::TemporaryFailure);
    QCOMPARE(results[4].verdict, Verdict::NotSupported);
    for (const AddressResult &r : results)
        QVERIFY2(r.elapsedMs >= 0, qPrintable(r.query));
    QVERIFY(results[0].elapsedMs >= 300); // answered after the server's pause
    QVERIFY(!server.connection().received.contains("DATA"));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::rcptMethodLockstep()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250 localhost\n"
                     "C: MAIL FROM:<>\n"
                     "S: 250 Ok\n"
                     "C: RCPT TO:<alice@example.test>\n"
                     "S: 250 Ok\n"
                     "C: RCPT TO:<ghost@example.test>\n"
                     "S: 550 No such user here\n"
                     "C: RSET\n"
                     "S: 250 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    AddressProbeOptions rcpt;
    rcpt.method = AddressMethod::Rcpt;
    AddressProbe probe(
        options(server.port(), Security::None), {}, rcpt,
        {QStringLiteral("alice@example.test"), QStringLiteral("ghost@example.test")});
    QVERIFY(runToEnd(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    QVERIFY(!probe.pipelined());
    QCOMPARE(probe.results()[0].verdict, Verdict::Exists);
    QCOMPARE(probe.results()[1].verdict, Verdict::Unknown);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::rcptMethodSenderRefused()
{
    // Every batch would meet the same refusal: the probe stops after the
    // first, says why, and leaves the rest unanswered.
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 PIPELINING\n"
                     "C: MAIL FROM:<bad@client.test>\n"
                     "C: RCPT TO:<a@example.test>\n"
                     "C: RSET\n"
                     "C: MAIL FROM:<bad@client.test>\n"
                     "C: RCPT TO:<b@example.test>\n"
                     "C: RSET\n"
                     "S: 553 5.7.1 <bad@client.test>: Sender address rejected\n"
                     "S: 503 5.5.1 need MAIL\n"
                     "S: 250 Ok\n"
                     "S: 553 5.7.1 <bad@client.test>: Sender address rejected\n"
                     "S: 503 5.5.1 need MAIL\n"
                     "S: 250 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    AddressProbeOptions rcpt;
    rcpt.method = AddressMethod::Rcpt;
    rcpt.sender = "bad@client.test";
    rcpt.batchSize = 1;
    AddressProbe probe(options(server.port(), Security::None), {}, rcpt,
                       {QStringLiteral("a@example.test"), QStringLiteral("b@example.test"),
                        QStringLiteral("c@example.test")});
    QVERIFY(runToEnd(probe));
    QCOMPARE(probe.error().kind, SmtpError::Kind::SenderRefused);
    QCOMPARE(probe.error().code, 553);
    for (const AddressResult &r : probe.results()) {
        QCOMPARE(r.verdict, Verdict::Unanswered); // a 503 behind a refused MAIL says nothing
        if (r.query != QLatin1String("c@example.test"))
            QCOMPARE(r.error.kind, SmtpError::Kind::SenderRefused);
    }
    QVERIFY(!server.connection().received.contains("c@example.test"));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::rcptMethodAgainstSandboxDeliversNothing()
{
    QTemporaryDir dir;
    auto server = sandboxWithDirectory(dir, false);
    QVERIFY(server);
    AddressProbeOptions rcpt;
    rcpt.method = AddressMethod::Rcpt;
    rcpt.sender = "probe@client.test";
    rcpt.batchSize = 7;
    QStringList queries;
    for (int i = 0; i < 40; ++i)
        queries << QStringLiteral("nobody%1@example.test").arg(i);
    queries[3] = QStringLiteral("alice@example.test");
    queries[29] = QStringLiteral("bob@example.test");
    SessionOptions o = options(server->port(), Security::None);
    o.host = QStringLiteral("127.0.0.1");
    AddressProbe probe(o, {}, rcpt, queries);
    QSignalSpy progress(&probe, &AddressProbe::resultReady);
    QVERIFY(runToEnd(probe, 20000));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    QVERIFY(probe.pipelined());
    QCOMPARE(progress.count(), 40);
    for (int i = 0; i < queries.size(); ++i) {
        const Verdict expected = (i == 3 || i == 29) ? Verdict::Exists : Verdict::Unknown;
        QCOMPARE(probe.results()[i].verdict, expected);
    }
    QTest::qWait(100);
    QCOMPARE(filesUnder(dir.filePath(QStringLiteral("mail"))), 0); // nothing delivered
}

void TestServices::rcptMethodInternationalApart()
{
    // The server does not offer SMTPUTF8: the UTF-8 address cannot be
    // checked (not-supported, nothing sent for it), the others are.
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 PIPELINING\n"
                     "C: MAIL FROM:<>\n"
                     "C: RCPT TO:<alice@example.test>\n"
                     "C: RSET\n"
                     "C: MAIL FROM:<>\n"
                     "C: RCPT TO:<bob@example.test>\n"
                     "C: RSET\n"
                     "S: 250 Ok\nS: 250 Ok\nS: 250 Ok\n"
                     "S: 250 Ok\nS: 550 5.1.1 unknown\nS: 250 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    AddressProbeOptions rcpt;
    rcpt.method = AddressMethod::Rcpt;
    AddressProbe probe(options(server.port(), Security::None), {}, rcpt,
                       {QStringLiteral("alice@example.test"),
                        QStringLiteral("j\u00f6rg@example.test"),
                        QStringLiteral("bob@example.test")});
    QVERIFY(runToEnd(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    QCOMPARE(probe.results()[0].verdict, Verdict::Exists);
    QCOMPARE(probe.results()[1].verdict, Verdict::NotSupported);
    QCOMPARE(probe.results()[1].error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(probe.results()[2].verdict, Verdict::Unknown);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::vrfyMethod()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 PIPELINING\n"
                     "C: VRFY alice\n"
                     "S: 250 2.1.5 Alice <alice@example.test>\n"
                     "C: VRFY ghost\n"
                     "S: 502 5.5.1 VRFY command is disabled\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    AddressProbe probe(options(server.port(), Security::None), {}, AddressProbeOptions {},
                       {QStringLiteral("alice"), QStringLiteral("ghost")});
    QVERIFY(runToEnd(probe));
    QVERIFY2(!probe.error(), qPrintable(probe.error().message));
    QCOMPARE(probe.results()[0].verdict, Verdict::Exists);
    QCOMPARE(probe.results()[1].verdict, Verdict::NotSupported);
    QVERIFY(!meaningOf(probe.results()[1].reply).isEmpty());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestServices::sendJobDataRefused()
{
    // RCPT accepted for both, DATA refused: every recipient says its RCPT
    // was accepted and that the message did not reach it (issue 7).
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 PIPELINING\n"
                     "C: MAIL FROM:<a@client.test>\n"
                     "C: RCPT TO:<b@example.test>\n"
                     "C: RCPT TO:<c@example.test>\n"
                     "C: DATA\n"
                     "S: 250 2.1.0 Ok\n"
                     "S: 250 2.1.5 Ok\n"
                     "S: 250 2.1.5 Ok\n"
                     "S: 554 5.5.1 Error: no valid recipients\n"
                     "C: RSET\n"
                     "S: 250 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    send::MessageRequest request;
    request.spec.from = QStringLiteral("a@client.test");
    request.spec.to = {QStringLiteral("b@example.test"), QStringLiteral("c@example.test")};
    request.spec.body = QStringLiteral("hello\n");
    send::PreparedMessage message = send::prepareMessage(request);
    QVERIFY2(message.isValid(), qPrintable(message.error));
    send::SendJob job(options(server.port(), Security::None), {}, message);
    QSignalSpy each(&job, &send::SendJob::transactionFinished);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, SmtpError::Kind::DataRefused);
    QCOMPARE(each.count(), 1);
    const send::SendReport &report = job.report();
    QCOMPARE(report.messagesSent, 0);
    const engine::TransactionResult &t = report.transactions.first();
    QCOMPARE(t.recipients.size(), 2);
    for (const engine::RecipientResult &r : t.recipients) {
        QVERIFY(r.rcptAccepted);
        QCOMPARE(r.rcptReply.code, 250);
        QVERIFY(!r.delivered());
    }
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
