// The sandbox server in-process over real loopback sockets: a pipelined
// burst over TCP, implicit TLS, LMTP over a Unix socket, the transcript
// signals (C:/S: from the server's view), the Maildir and envelope layout,
// and the QCA certificate kept between runs.
#include "sandbox/sandboxserver.h"
#include "session/smtpsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace postscope;
using namespace postscope::sandbox;

namespace {

// Reads until the buffer holds `count` final reply lines ("ddd " ...).
QByteArray readReplies(QIODevice *socket, int count, int timeoutMs = 10000)
{
    QByteArray all;
    QElapsedTimer t;
    t.start();
    auto finals = [&all] {
        int n = 0;
        for (const QByteArray &line : all.split('\n')) {
            if (line.size() >= 4 && line[3] == ' ')
                ++n;
        }
        return n;
    };
    // The server runs in this thread: keep its event loop turning (no
    // blocking waitForReadyRead).
    while (finals() < count && t.elapsed() < timeoutMs) {
        QTest::qWait(1);
        all += socket->readAll();
    }
    return all;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files);
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT
private slots:
    void pipelinedBurstOverTcp();
    void implicitTlsAndStartTls();
    void lmtpOverUnixSocket();
    void transcriptFromServerView();
    void certificateKeptBetweenRuns();
    void startTlsVerifiedByAddress();
    void folderNames();
    void tlsConfigurationIsModern();
    void startTlsRefusedOnUnixSocket();
    void smtpPartialStoreRolledBack();
};

void TestSandboxServer::pipelinedBurstOverTcp()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.tls = false;
    config.maildir = dir.path();
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.port() != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(readReplies(&client, 1).startsWith("220 "));

    // RFC 2920: everything in one write; the server must answer each command in order.
    const int n = 1000;
    QByteArray burst = "EHLO burst.test\r\n";
    for (int i = 0; i < n; ++i) {
        burst += "MAIL FROM:<s@burst.test>\r\nRCPT TO:<box@burst.test>\r\nDATA\r\nSubject: " + QByteArray::number(i)
                 + "\r\n\r\n" + QByteArray(1000, 'x') + "\r\n.\r\n";
    }
    burst += "QUIT\r\n";
    QElapsedTimer t;
    t.start();
    client.write(burst);
    const QByteArray replies = readReplies(&client, 2 + n * 4, 60000);
    const qint64 ms = t.elapsed();
    QCOMPARE(replies.count("354 "), n);
    QCOMPARE(replies.count("Ok: queued as"), n);
    QVERIFY(replies.endsWith("221 2.0.0 localhost Bye\r\n"));
    // Not a crawl: the 1000 messages (with their files) in well under 20 s.
    QVERIFY2(ms < 20000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QTRY_COMPARE(filesIn(dir.path() + "/box@burst.test/new").size(), n);
    QCOMPARE(filesIn(dir.path() + "/box@burst.test/envelopes").size(), n);
    QCOMPARE(filesIn(dir.path() + "/box@burst.test/tmp").size(), 0);
    qInfo("%d pipelined messages in %lld ms", n, ms);
}

void TestSandboxServer::implicitTlsAndStartTls()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.maildir = dir.path() + "/mail";
    config.certificateFolder = dir.path() + "/cert";
    config.listenTls = true;
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.tlsPort() != 0);
    QCOMPARE(server.listenUrls().size(), 2);
    QVERIFY(server.listenUrls().at(1).startsWith("smtps://127.0.0.1:"));

    // Implicit TLS: the greeting comes over TLS, with the generated certificate.
    QSslSocket tls;
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.tlsPort());
    QTRY_VERIFY_WITH_TIMEOUT(tls.isEncrypted(), 10000);
    QCOMPARE(tls.peerCertificate(), server.certificate().certificate);
    QVERIFY(tls.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry).contains("localhost"));
    QVERIFY(readReplies(&tls, 1).startsWith("220 localhost ESMTP"));
    tls.write("EHLO x\r\n");
    const QByteArray ehlo = readReplies(&tls, 1);
    QVERIFY(!ehlo.contains("STARTTLS"));   // already encrypted
    tls.write("MAIL FROM:<a@x.test>\r\nRCPT TO:<tls@x.test>\r\nDATA\r\nSubject: tls\r\n\r\nhi\r\n.\r\n");
    QVERIFY(readReplies(&tls, 4).contains("Ok: queued"));
    QTRY_COMPARE(filesIn(config.maildir + "/tls@x.test/new").size(), 1);
    const QString envPath = config.maildir + "/tls@x.test/envelopes/" + filesIn(config.maildir + "/tls@x.test/envelopes").first();
    QFile envFile(envPath);
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    const QJsonObject env = QJsonDocument::fromJson(envFile.readAll()).object();
    QCOMPARE(env.value("tls").toBool(), true);
    QCOMPARE(env.value("listener").toString(), QStringLiteral("smtps"));
    QCOMPARE(env.value("mailFrom").toString(), QStringLiteral("a@x.test"));

    // STARTTLS on the plain port, with a command injected after it in the
    // same write: the server must drop it (RFC 3207 5).
    QSslSocket plain;
    plain.setPeerVerifyMode(QSslSocket::VerifyNone);
    plain.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(plain.waitForConnected(5000));
    readReplies(&plain, 1);
    plain.write("EHLO x\r\n");
    QVERIFY(readReplies(&plain, 1).contains("250-STARTTLS"));
    plain.write("STARTTLS\r\nMAIL FROM:<injected@x.test>\r\n");
    const QByteArray r = readReplies(&plain, 1);
    QCOMPARE(r, QByteArray("220 2.0.0 Ready to start TLS\r\n"));
    plain.startClientEncryption();
    QTRY_VERIFY_WITH_TIMEOUT(plain.isEncrypted(), 10000);
    plain.write("MAIL FROM:<a@x.test>\r\n");
    // EHLO forgotten after TLS and the injected MAIL never ran: 503, not a nested-MAIL error.
    const QByteArray after = readReplies(&plain, 1);
    QVERIFY2(after.startsWith("503 5.5.1") && after.contains("EHLO"), after.constData());
}

void TestSandboxServer::lmtpOverUnixSocket()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.tls = false;
    config.listenTcp = false;
    config.server.dialect = engine::Dialect::Lmtp;
    config.socketPath = dir.path() + "/lmtp.sock";
    config.maildir = dir.path() + "/mail";
    QString error;
    config.faults.addRule(FaultRule::parse(QStringLiteral("DELIVER=full@x.test:452:4.2.2 Mailbox full"), &error));
    QVERIFY(error.isEmpty());
    SandboxServer server(config);
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.listenUrls(), QStringList{"lmtp+unix://" + config.socketPath});

    QLocalSocket client;
    client.connectToServer(config.socketPath);
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(readReplies(&client, 1).startsWith("220 localhost LMTP"));
    client.write("LHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<one@x.test>\r\nRCPT TO:<full@x.test>\r\n"
                 "RCPT TO:<two@x.test>\r\nDATA\r\nSubject: lmtp\r\n\r\nhi\r\n.\r\n");
    const QByteArray replies = readReplies(&client, 9);
    const QList<QByteArray> lines = replies.trimmed().split('\n');
    QCOMPARE(lines.size() >= 3, true);
    QVERIFY(lines.at(lines.size() - 3).startsWith("250 2.0.0 <one@x.test>"));
    QVERIFY(lines.at(lines.size() - 2).startsWith("452 4.2.2 Mailbox full"));
    QVERIFY(lines.at(lines.size() - 1).startsWith("250 2.0.0 <two@x.test>"));
    QTRY_COMPARE(filesIn(config.maildir + "/one@x.test/new").size(), 1);
    QCOMPARE(filesIn(config.maildir + "/two@x.test/new").size(), 1);
    QVERIFY(!QDir(config.maildir + "/full@x.test").exists());
    server.stop();
    QVERIFY(!QFile::exists(config.socketPath));
}

void TestSandboxServer::transcriptFromServerView()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.tls = false;
    config.maildir = dir.path();
    config.users.insert(QStringLiteral("u"), QStringLiteral("pw-secret"));
    SandboxServer server(config);
    QList<transcript::Entry> entries;
    connect(&server, &SandboxServer::transcriptEntry, this,
            [&entries](quint64, const transcript::Entry &e) { entries << e; });
    QSignalSpy started(&server, &SandboxServer::sessionStarted);
    QSignalSpy finished(&server, &SandboxServer::sessionFinished);
    QSignalSpy received(&server, &SandboxServer::messageReceived);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    readReplies(&client, 1);
    const QByteArray secret = QByteArray("\0u\0pw-secret", 12).toBase64();
    client.write("EHLO x\r\nAUTH PLAIN " + secret + "\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
                 "Subject: t\r\n\r\nbody line\r\n.\r\nQUIT\r\n");
    readReplies(&client, 7);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(received.size(), 1);

    const QByteArray text = transcript::toText(entries, false);
    QVERIFY2(text.contains("S: 220 localhost ESMTP"), text.constData());
    QVERIFY(text.contains("C: EHLO x"));
    QVERIFY(text.contains("S: 250 2.1.0"));
    QVERIFY(text.contains("C: body line"));
    QVERIFY(text.contains("S: 221 2.0.0"));
    QVERIFY(text.contains("AUTH PLAIN ********"));
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains("pw-secret"));
}

void TestSandboxServer::certificateKeptBetweenRuns()
{
    QTemporaryDir dir;
    const SandboxCertificate first = SandboxCertificate::loadOrCreate(dir.path());
    QVERIFY2(first.isValid(), qPrintable(first.error));
    QVERIFY(first.generated);
    QCOMPARE(QFile::permissions(first.keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                  | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(first.certificate.subjectInfo(QSslCertificate::CommonName).contains("localhost"));
    QVERIFY(first.certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains("localhost"));
    // The addresses a user types for the loopback sandbox, and never a wrong one.
    const auto ips = first.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    QVERIFY(ips.contains("127.0.0.1"));
    QVERIFY(!ips.contains("0.0.0.0"));
    const SandboxCertificate second = SandboxCertificate::loadOrCreate(dir.path());
    QVERIFY(second.isValid());
    QVERIFY(!second.generated);
    QCOMPARE(second.certificate, first.certificate);
}

void TestSandboxServer::folderNames()
{
    QCOMPARE(MailStore::folderName("Bob@Example.TEST"), QStringLiteral("bob@example.test"));
    QCOMPARE(MailStore::folderName("../../etc/passwd"), QStringLiteral("_._.._etc_passwd"));
    QCOMPARE(MailStore::folderName(".."), QStringLiteral("_.."));
    QCOMPARE(MailStore::folderName("\"a b\"@x.test"), QStringLiteral("_a_b_@x.test"));
}

void TestSandboxServer::startTlsVerifiedByAddress()
{
    // A client that trusts the sandbox's certificate verifies it against the
    // address it connected to (127.0.0.1), with no exception of any kind.
    QTemporaryDir dir;
    SandboxConfig config;
    config.maildir = dir.path() + QStringLiteral("/mail");
    config.certificateFolder = dir.path() + QStringLiteral("/cert");
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    postscope::session::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.security = postscope::session::Security::StartTls;
    o.extraCaCertificates = {server.certificate().certificate};
    o.timeoutMs = 10000;
    postscope::session::SmtpSession session(o);
    QSignalSpy ready(&session, &postscope::session::SmtpSession::ready);
    QString failure;
    connect(&session, &postscope::session::SmtpSession::errorOccurred, this,
            [&failure](const postscope::engine::SmtpError &e) { failure = e.message; });
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failure.isEmpty(), 10000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(session.isEncrypted());
    QVERIFY(session.tlsInfo().peerVerified);
    QVERIFY(!session.tlsInfo().trustedByFingerprint);
    session.quit();
}

void TestSandboxServer::tlsConfigurationIsModern()
{
    // RFC 9325 4.1/4.2: TLS 1.2+, forward-secret AEAD suites only.
    QTemporaryDir dir;
    const SandboxCertificate cert = SandboxCertificate::loadOrCreate(dir.path());
    QVERIFY(cert.isValid());
    const QSslConfiguration c = sandboxTlsConfiguration(cert);
    QCOMPARE(c.protocol(), QSsl::TlsV1_2OrLater);
    QVERIFY(!c.ciphers().isEmpty());
    QStringList names;
    for (const QSslCipher &cipher : c.ciphers()) {
        names << cipher.name();
        QVERIFY2(!cipher.name().contains("PSK"), qPrintable(cipher.name()));
        QVERIFY2(cipher.name().contains("GCM") || cipher.name().contains("CHACHA20"),
                 qPrintable(cipher.name()));
        QVERIFY2(cipher.name().startsWith("TLS_") || cipher.name().startsWith("ECDHE-")
                     || cipher.name().startsWith("DHE-"),
                 qPrintable(cipher.name()));
    }
    QVERIFY(names.contains("ECDHE-RSA-AES128-GCM-SHA256"));
    QVERIFY(names.contains("ECDHE-RSA-CHACHA20-POLY1305"));
    // The predicate itself, on names the issue found accepted.
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString n = cipher.name();
        if (n == "AES128-SHA" || n == "AES256-GCM-SHA384" || n == "ECDHE-RSA-AES128-SHA"
            || n.contains("PSK") || n == "TLS_AES_128_CCM_SHA256")
            QVERIFY2(!isModernServerCipher(cipher), qPrintable(n));
        if (n == "TLS_AES_256_GCM_SHA384" || n == "ECDHE-ECDSA-AES256-GCM-SHA384")
            QVERIFY2(isModernServerCipher(cipher), qPrintable(n));
    }
}

void TestSandboxServer::startTlsRefusedOnUnixSocket()
{
    // A QLocalSocket has no TLS layer: STARTTLS is not offered there, and
    // typed anyway it is refused (it used to crash the server).
    QTemporaryDir dir;
    SandboxConfig config;
    config.certificateFolder = dir.path() + "/cert"; // a certificate: TCP offers STARTTLS
    config.socketPath = dir.path() + "/smtp.sock";
    config.maildir = dir.path() + "/mail";
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    for (int round = 0; round < 2; ++round) {
        QLocalSocket client;
        client.connectToServer(config.socketPath);
        QVERIFY(client.waitForConnected(5000));
        readReplies(&client, 1);
        client.write("EHLO x\r\n");
        QVERIFY(!readReplies(&client, 1).contains("STARTTLS"));
        client.write("STARTTLS\r\nNOOP\r\n");
        const QByteArray r = readReplies(&client, 2);
        QVERIFY2(r.startsWith("502 5.5.1") && r.endsWith("250 2.0.0 Ok\r\n"), r.constData());
    }
    QTcpSocket tcp;
    tcp.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(tcp.waitForConnected(5000));
    readReplies(&tcp, 1);
    tcp.write("EHLO x\r\n");
    QVERIFY(readReplies(&tcp, 1).contains("250-STARTTLS"));
}

void TestSandboxServer::smtpPartialStoreRolledBack()
{
    // SMTP has one reply per message: when it cannot be stored for every
    // recipient, none keeps a copy, or the client's retry would store it twice.
    QTemporaryDir dir;
    SandboxConfig config;
    config.tls = false;
    config.maildir = dir.path();
    QFile blocker(dir.path() + "/blocked@x.test"); // a file where the mailbox folder would go
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    readReplies(&client, 1);
    client.write("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<fine@x.test>\r\nRCPT "
                 "TO:<blocked@x.test>\r\nDATA\r\n"
                 "Subject: t\r\n\r\nhi\r\n.\r\n");
    const QByteArray replies = readReplies(&client, 6);
    QVERIFY2(replies.endsWith("451 4.3.0 Local error in processing: cannot store the message\r\n"),
             replies.constData());
    QCOMPARE(filesIn(dir.path() + "/fine@x.test/new").size(), 0);
    QCOMPARE(filesIn(dir.path() + "/fine@x.test/envelopes").size(), 0);
    QCOMPARE(filesIn(dir.path() + "/fine@x.test/tmp").size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
