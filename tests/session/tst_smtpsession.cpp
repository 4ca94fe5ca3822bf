// SmtpSession over real loopback sockets with real TLS, against the scripted
// server of tests/support: STARTTLS (RFC 3207), implicit TLS (RFC 8314),
// certificate checks that fail closed, the STARTTLS injection trap, timeouts,
// a disconnect in the middle of DATA, a 20 MiB message streamed from disk with
// flat memory, and LMTP (RFC 2033) over a Unix-domain socket.

#include "scriptedserver.h"
#include "sessionrecorder.h"
#include "testcerts.h"

#include "session/smtpsession.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace postscope;
using namespace postscope::session;
using namespace postscope::testsupport;
using engine::SmtpError;

namespace {

const QByteArray ehloWithStartTls = "S: 220 localhost ESMTP scripted\n"
                                    "C: EHLO client.test\n"
                                    "S: 250-localhost\n"
                                    "S: 250-PIPELINING\n"
                                    "S: 250-AUTH PLAIN LOGIN\n"
                                    "S: 250 STARTTLS\n";
// The greeting, STARTTLS accepted, the handshake, and EHLO again over TLS.
const QByteArray startTlsThenEhlo = ehloWithStartTls
        + "C: STARTTLS\n"
          "S: 220 go ahead\n"
          "X: starttls\n"
          "C: EHLO client.test\n"
          "S: 250 localhost\n";

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void names();
    void deviceSourceReadsPieces();
    void connectRefused();
    void greetingOnly();

    void starttls_data();
    void starttls();
    void handshakeTimeout();
    void implicitTls();
    void starttlsRequiredButMissing();
    void opportunisticWithoutStarttls();
    void plaintextInjectedAfter220();
    void unknownCa();
    void wrongHostName();
    void trustedFingerprint_data();
    void trustedFingerprint();
    void wrongFingerprint();
    void timeoutWithSilentServer();
    void serverClosesMidData();
    void bigMessageFromDiskWithFlatMemory();
    void lmtpOverUnixSocket();
    void quitWithoutReply();
    void defaultHeloFromConnection();

private:
    SessionOptions options(quint16 port, Security security) const;
    const TestCertificates *m_certs = nullptr;
};

void TestSmtpSession::initTestCase()
{
    m_certs = &TestCertificates::instance();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

SessionOptions TestSmtpSession::options(quint16 port, Security security) const
{
    SessionOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.security = security;
    o.heloName = "client.test";
    o.timeoutMs = 5000;
    o.extraCaCertificates = {m_certs->ca.certificate};
    return o;
}

void TestSmtpSession::names()
{
    for (Security s :
         {Security::None, Security::StartTls, Security::Tls, Security::Opportunistic}) {
        Security parsed = Security::None;
        QVERIFY(parseSecurity(securityName(s), &parsed));
        QCOMPARE(parsed, s);
    }
    Security parsed = Security::None;
    QVERIFY(parseSecurity(QStringLiteral("STARTTLS"), &parsed));
    QCOMPARE(parsed, Security::StartTls);
    QVERIFY(!parseSecurity(QStringLiteral("ssl"), &parsed));
    QCOMPARE(securityName(Security::Opportunistic), QStringLiteral("opportunistic"));

    SessionOptions o;
    QCOMPARE(o.effectivePort(), quint16(25));
    o.security = Security::Tls;
    QCOMPARE(o.effectivePort(), quint16(465));
    o.security = Security::Opportunistic;
    QCOMPARE(o.effectivePort(), quint16(25));
    o.dialect = engine::Dialect::Lmtp;
    QCOMPARE(o.effectivePort(), quint16(24));
    o.port = 2525;
    QCOMPARE(o.effectivePort(), quint16(2525));

    // smtplib's rule: a dotted FQDN, or an address literal.
    const QByteArray helo = SmtpSession::defaultHeloName();
    QVERIFY(!helo.isEmpty());
    QVERIFY2(helo.contains('.') && (!helo.startsWith('[') || helo.endsWith(']')), helo.constData());

    SessionOptions unix;
    unix.socketPath = QStringLiteral("/run/lmtp.sock");
    SmtpSession s(unix);
    QCOMPARE(s.peerDescription(), QStringLiteral("/run/lmtp.sock"));
    SessionOptions tcp;
    tcp.host = QStringLiteral("mx.example.test");
    tcp.port = 2525;
    SmtpSession t(tcp);
    QCOMPARE(t.peerDescription(), QStringLiteral("mx.example.test:2525"));
}

void TestSmtpSession::deviceSourceReadsPieces()
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("0123456789");
    auto source = SmtpSession::deviceSource(std::move(buffer));
    QCOMPARE(source->sizeHint(), 10);
    QCOMPARE(source->read(4), QByteArray("0123"));
    QVERIFY(!source->atEnd());
    QCOMPARE(source->read(100), QByteArray("456789"));
    QVERIFY(source->atEnd());
    QVERIFY(source->errorString().isEmpty());

    auto missing = SmtpSession::deviceSource(
        std::make_unique<QFile>(QStringLiteral("/nonexistent/postscope-message")));
    QVERIFY(missing->read(10).isEmpty());
    QVERIFY(!missing->errorString().isEmpty());
}

void TestSmtpSession::connectRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SessionOptions o = options(port, Security::None);
    o.host = QStringLiteral("127.0.0.1");
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::ConnectFailed);
    QCOMPARE(SmtpError::exitCode(r.errors.first().kind), 3);
    QCOMPARE(r.ready, 0);
    QCOMPARE(r.connected, 0);
}

void TestSmtpSession::greetingOnly()
{
    ScriptedServer server;
    server.setScript("S: 220 raw console\nC: NOOP\nS: 250 ok\nC: QUIT\nS: 221 bye\n");
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::StartTls);
    o.autoHello = false;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.ready, 1);
    QVERIFY(r.commands.isEmpty());
    QCOMPARE(session.engine().greeting().code, 220);
    session.noop();
    QTRY_COMPARE(r.replies.size(), 2);
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QCOMPARE(r.commands, (QList<QByteArray> {"NOOP", "QUIT"}));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::starttls_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("required") << Security::StartTls;
    QTest::newRow("opportunistic, offered") << Security::Opportunistic;
}

void TestSmtpSession::starttls()
{
    QFETCH(Security, security);
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->server));
    server.setScript(ehloWithStartTls
                     + "C: STARTTLS\n"
                       "S: 220 2.0.0 Ready to start TLS\n"
                       "X: starttls\n"
                       "C: EHLO client.test\n"
                       "S: 250-localhost\n"
                       "S: 250-AUTH PLAIN LOGIN SCRAM-SHA-256\n"
                       "S: 250 SIZE 1000000\n"
                       "C: QUIT\n"
                       "S: 221 2.0.0 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), security));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_VERIFY2(r.ready == 1 || !r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QCOMPARE(r.connected, 1);
    QVERIFY(session.isReady());
    QVERIFY(session.isEncrypted());
    QCOMPARE(r.commands, (QList<QByteArray> {"EHLO client.test", "STARTTLS", "EHLO client.test"}));

    // RFC 3207 4.2: what the server said before TLS is forgotten.
    QVERIFY(session.capabilitiesBeforeTls().startTls());
    QVERIFY(session.capabilitiesBeforeTls().pipelining());
    QVERIFY(!session.engine().capabilities().startTls());
    QVERIFY(!session.engine().capabilities().pipelining());
    QCOMPARE(session.engine().capabilities().sizeLimit(), 1000000);
    QCOMPARE(session.engine().capabilities().authMechanisms(),
             (QList<QByteArray> {"PLAIN", "LOGIN", "SCRAM-SHA-256"}));

    QCOMPARE(r.tls.size(), 1);
    const TlsInfo &info = session.tlsInfo();
    QVERIFY2(info.protocol.startsWith(QStringLiteral("TLSv1.")), qPrintable(info.protocol));
    QVERIFY(!info.cipher.isEmpty());
    QVERIFY(info.peerVerified);
    QVERIFY(!info.trustedByFingerprint);
    QVERIFY(info.errors.isEmpty());
    QVERIFY(!info.chain.isEmpty());
    QCOMPARE(info.chain.first(), m_certs->server.certificate);
    QVERIFY(std::any_of(r.notes.cbegin(), r.notes.cend(), [](const QString &n) {
        return n.startsWith(QStringLiteral("TLS started: TLSv1."));
    }));
    QVERIFY(std::any_of(r.notes.cbegin(), r.notes.cend(), [](const QString &n) {
        return n.startsWith(QStringLiteral("Connected to"));
    }));

    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QTRY_VERIFY(server.connection().scriptDone);
    QVERIFY(server.connection().encrypted);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::handshakeTimeout()
{
    // STARTTLS accepted, then no handshake: the wait has a limit too.
    ScriptedServer server;
    server.setScript(ehloWithStartTls + "C: STARTTLS\nS: 220 go ahead\nX: silent\n");
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::StartTls);
    o.timeoutMs = 300;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(r.closed, 1, 5000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::Timeout);
    QVERIFY(r.tls.isEmpty());
    QCOMPARE(r.ready, 0);
}

void TestSmtpSession::implicitTls()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->server));
    server.setScript("S: 220 localhost ESMTP implicit\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 AUTH PLAIN\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen(ScriptedServer::Mode::ImplicitTls));
    // Typed as an address: verified against the certificate's IP subjectAltName.
    SessionOptions o = options(server.port(), Security::Tls);
    o.host = QStringLiteral("127.0.0.1");
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_VERIFY2(r.ready == 1 || !r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY(session.isEncrypted());
    QCOMPARE(r.tls.size(), 1);
    QVERIFY(session.tlsInfo().peerVerified);
    QCOMPARE(r.commands, (QList<QByteArray> {"EHLO client.test"}));
    QVERIFY(session.engine().capabilities().has("AUTH"));
    QCOMPARE(session.peerDescription(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
    QVERIFY(server.connection().encrypted);
}

void TestSmtpSession::starttlsRequiredButMissing()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250-AUTH PLAIN\n"
                     "S: 250 PIPELINING\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::StartTls));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::TlsFailed);
    QCOMPARE(SmtpError::exitCode(r.errors.first().kind), 6);
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("STARTTLS not offered")),
             qPrintable(r.errors.first().message));
    QCOMPARE(r.ready, 0);
    // Nothing but EHLO and QUIT went over the plaintext connection.
    QTRY_VERIFY(server.connection().scriptDone);
    QCOMPARE(server.connection().received, QByteArray("EHLO client.test\r\nQUIT\r\n"));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::opportunisticWithoutStarttls()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 8BITMIME\n"
                     "C: NOOP\n"
                     "S: 250 2.0.0 Ok\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::Opportunistic));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_VERIFY2(r.ready == 1 || !r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY(!session.isEncrypted());
    QVERIFY(r.tls.isEmpty());
    QVERIFY(std::any_of(r.notes.cbegin(), r.notes.cend(), [](const QString &n) {
        return n.contains(QStringLiteral("STARTTLS not offered"));
    }));
    session.noop();
    QTRY_VERIFY(r.commands.contains("NOOP") && r.replies.size() == 3);
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::plaintextInjectedAfter220()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->server));
    // The 220 and a forged reply in one write: a client that started TLS now
    // would read "250 fake" as if it had come encrypted (Qt 6.4 keeps it).
    server.setScript(ehloWithStartTls
                     + "C: STARTTLS\n"
                       "R: 220 go ahead\\r\\n250 fake\\r\\n\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::StartTls));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::TlsFailed);
    QCOMPARE(r.ready, 0);
    QVERIFY(r.tls.isEmpty());
    QVERIFY(!session.isEncrypted());
    QCOMPARE(r.commands, (QList<QByteArray> {"EHLO client.test", "STARTTLS"}));
    // Not a byte after STARTTLS: no EHLO, no TLS ClientHello.
    QTRY_VERIFY(server.connection().closed);
    QCOMPARE(server.connection().receivedAfter("STARTTLS\r\n"), QByteArray(""));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::unknownCa()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->otherServer));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::StartTls));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::TlsFailed);
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("verification failed")),
             qPrintable(r.errors.first().message));
    QCOMPARE(r.ready, 0);
    QVERIFY(r.tls.isEmpty());
    QCOMPARE(r.commands, (QList<QByteArray> {"EHLO client.test", "STARTTLS"}));
    QTRY_VERIFY(server.connection().closed);
    QVERIFY(!server.connection().encrypted);
    QCOMPARE(server.connection().clientLines, (QList<QByteArray> {"EHLO client.test", "STARTTLS"}));
}

void TestSmtpSession::wrongHostName()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->wrongHost));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::StartTls));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::TlsFailed);
    // The CA is trusted here: only the name is wrong.
    const QString hostMismatch = QSslError(QSslError::HostNameMismatch).errorString();
    QVERIFY2(r.errors.first().message.contains(hostMismatch), qPrintable(r.errors.first().message));
    QCOMPARE(r.ready, 0);
    QVERIFY(!server.connection().encrypted);
    QCOMPARE(server.connection().clientLines.size(), 2);
}

void TestSmtpSession::trustedFingerprint_data()
{
    QTest::addColumn<QByteArray>("fingerprint");
    const QByteArray hex = TestCertificates::instance().wrongHost.sha256Hex();
    QTest::newRow("lower hex") << hex;
    QTest::newRow("upper with colons") << TestCertificates::instance().wrongHost.sha256Colons();
}

void TestSmtpSession::trustedFingerprint()
{
    QFETCH(QByteArray, fingerprint);
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->wrongHost));
    server.setScript(ehloWithStartTls
                     + "C: STARTTLS\n"
                       "S: 220 go ahead\n"
                       "X: starttls\n"
                       "C: EHLO client.test\n"
                       "S: 250 localhost\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n");
    QVERIFY(server.listen());
    // Wrong name and an untrusted CA: accepted only for its fingerprint.
    SessionOptions o = options(server.port(), Security::StartTls);
    o.extraCaCertificates.clear();
    o.trustedFingerprint = fingerprint;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_VERIFY2(r.ready == 1 || !r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY(session.isEncrypted());
    const TlsInfo &info = session.tlsInfo();
    QVERIFY(info.trustedByFingerprint);
    QVERIFY(!info.peerVerified);
    QVERIFY(!info.errors.isEmpty());
    QVERIFY(std::any_of(info.errors.cbegin(), info.errors.cend(), [](const QSslError &e) {
        return e.error() == QSslError::HostNameMismatch;
    }));
    QVERIFY(std::any_of(r.notes.cbegin(), r.notes.cend(), [](const QString &n) {
        return n.contains(QStringLiteral("fingerprint"));
    }));
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::wrongFingerprint()
{
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->wrongHost));
    server.setScript(startTlsThenEhlo);
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::StartTls);
    o.extraCaCertificates.clear();
    o.trustedFingerprint = m_certs->otherServer.sha256Hex(); // another certificate's
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::TlsFailed);
    QVERIFY2(r.errors.first().message.contains(QString::fromLatin1(m_certs->wrongHost.sha256Hex())),
             qPrintable(r.errors.first().message));
    QCOMPARE(r.ready, 0);
    QVERIFY(!server.connection().encrypted);
}

void TestSmtpSession::timeoutWithSilentServer()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\nC: EHLO client.test\nX: silent\n");
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::StartTls);
    o.timeoutMs = 300;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(r.closed, 1, 5000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::Timeout);
    QCOMPARE(SmtpError::exitCode(r.errors.first().kind), 12);
    QVERIFY2(elapsed >= 250 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.ready, 0);
}

void TestSmtpSession::serverClosesMidData()
{
    ScriptedServer server;
    server.setScript("S: 220 localhost ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250 localhost\n"
                     "C: MAIL FROM:<a@example.test>\n"
                     "S: 250 2.1.0 Ok\n"
                     "C: RCPT TO:<b@example.test>\n"
                     "S: 250 2.1.5 Ok\n"
                     "C: DATA\n"
                     "S: 354 End data with <CR><LF>.<CR><LF>\n"
                     "X: bytes 10\n"
                     "X: close\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::None));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.ready, 1);
    engine::Envelope envelope;
    envelope.sender = "a@example.test";
    envelope.recipients = {engine::Recipient {"b@example.test", {}}};
    QByteArray body = "Subject: cut short\r\n\r\n";
    for (int i = 0; i < 2000; ++i)
        body += "a line of the message that the server will never see the end of\r\n";
    session.send(envelope, std::make_unique<engine::ByteArraySource>(body));
    QTRY_COMPARE(r.closed, 1);
    QCOMPARE(r.transactions.size(), 1);
    QVERIFY(!r.transactions.first().sent);
    QCOMPARE(r.transactions.first().error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, SmtpError::Kind::Disconnected);
    QCOMPARE(SmtpError::exitCode(r.errors.first().kind), 4);
    // closed() is the last word, after the transaction's result.
    QCOMPARE(r.order,
             (QStringList {QStringLiteral("ready"), QStringLiteral("transaction"),
                           QStringLiteral("error"), QStringLiteral("closed")}));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::bigMessageFromDiskWithFlatMemory()
{
    // A 20 MiB message on disk, CRLF lines, none starting with a dot.
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray line = QByteArray(78, 'x') + "\r\n";
    QByteArray block;
    for (int i = 0; i < 800; ++i)
        block += line; // 64,000 octets
    file.write("Subject: big\r\n\r\n");
    for (int i = 0; i < 328; ++i)
        QCOMPARE(file.write(block), block.size());
    file.flush();
    const qint64 fileSize = file.size();
    QVERIFY(fileSize > 20 * 1000 * 1000);
    file.close();

    ScriptedServer server;
    server.setScript("S: 220 sink ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250 sink\n"
                     "C: MAIL FROM:<a@example.test>\n"
                     "S: 250 2.1.0 Ok\n"
                     "C: RCPT TO:<b@example.test>\n"
                     "S: 250 2.1.5 Ok\n"
                     "C: DATA\n"
                     "S: 354 go ahead\n"
                     "X: data\n"
                     "S: 250 2.0.0 queued\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), Security::None));
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.ready, 1);

    const bool exactPeak = resetPeakRss();
    const qint64 before = peakRssKiB();
    QVERIFY(before > 0);
    engine::Envelope envelope;
    envelope.sender = "a@example.test";
    envelope.recipients = {engine::Recipient {"b@example.test", {}}};
    session.send(envelope, SmtpSession::deviceSource(std::make_unique<QFile>(file.fileName())));
    QTRY_COMPARE_WITH_TIMEOUT(r.transactions.size(), 1, 60000);
    const qint64 growthKiB = peakRssKiB() - before;

    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY(r.transactions.first().sent);
    QCOMPARE(server.connection().messageSizes, (QList<qint64> {fileSize}));
    QVERIFY(r.transactions.first().dataBytes >= fileSize);
    QVERIFY(r.dataBytes >= fileSize);
    // Client and server share this process: both together must stay far
    // below the 20 MiB the file holds.
    qInfo("peak RSS growth while sending %lld octets: %lld KiB (%s)", fileSize, growthKiB,
          exactPeak ? "peak reset before" : "peak not resettable");
    QVERIFY2(growthKiB < 10 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(growthKiB)));

    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::lmtpOverUnixSocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScriptedServer server;
    server.setScript("S: 220 localhost LMTP ready\n"
                     "C: LHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 ENHANCEDSTATUSCODES\n"
                     "C: MAIL FROM:<a@example.test>\n"
                     "S: 250 2.1.0 Ok\n"
                     "C: RCPT TO:<b@example.test>\n"
                     "S: 250 2.1.5 Ok\n"
                     "C: RCPT TO:<c@example.test>\n"
                     "S: 250 2.1.5 Ok\n"
                     "C: DATA\n"
                     "S: 354 go ahead\n"
                     "X: data\n"
                     "S: 250 2.0.0 <b@example.test> delivered\n"
                     "S: 452 4.2.2 <c@example.test> mailbox full\n"
                     "C: QUIT\n"
                     "S: 221 2.0.0 Bye\n");
    const QString path = dir.filePath(QStringLiteral("lmtp.sock"));
    QVERIFY2(server.listenLocal(path), qPrintable(server.errorString()));
    SessionOptions o = options(0, Security::None);
    o.socketPath = path;
    o.dialect = engine::Dialect::Lmtp;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_VERIFY2(r.ready == 1 || !r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QCOMPARE(session.peerDescription(), path);
    engine::Envelope envelope;
    envelope.sender = "a@example.test";
    envelope.recipients
        = {engine::Recipient {"b@example.test", {}}, engine::Recipient {"c@example.test", {}}};
    session.send(envelope,
                 std::make_unique<engine::ByteArraySource>(
                     QByteArray("Subject: lmtp\r\n\r\n.leading dot\r\n")));
    QTRY_COMPARE(r.transactions.size(), 1);
    const engine::TransactionResult &t = r.transactions.first();
    QVERIFY(t.sent);
    QVERIFY(t.partial());
    QCOMPARE(t.recipients.size(), 2);
    QVERIFY(t.recipients.at(0).accepted);
    QVERIFY(!t.recipients.at(1).accepted);
    QCOMPARE(t.recipients.at(1).reply.code, 452);
    // RFC 5321 4.5.2: the leading dot went out doubled.
    QCOMPARE(server.connection().messages.value(0),
             QByteArray("Subject: lmtp\r\n\r\n..leading dot\r\n"));
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSmtpSession::quitWithoutReply()
{
    ScriptedServer server;
    server.setScript(
        "S: 220 localhost\nC: EHLO client.test\nS: 250 localhost\nC: QUIT\nX: silent\n");
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::None);
    o.timeoutMs = 400;
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.ready, 1);
    QElapsedTimer clock;
    clock.start();
    session.quit();
    // No 221: the session closes after a short grace, and that is no error.
    QTRY_COMPARE_WITH_TIMEOUT(r.closed, 1, 5000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
    QTRY_VERIFY(server.connection().closed);
    session.quit(); // safe to call again
    QCOMPARE(r.closed, 1);
}

void TestSmtpSession::defaultHeloFromConnection()
{
    // smtplib's rule: the local FQDN when it has a dot, else the address
    // literal of this connection's own end (RFC 5321 4.1.3).
    ScriptedServer server;
    server.setScript("S: 220 localhost\n"
                     "C~ EHLO ([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+|\\[127\\.0\\.0\\.1\\])\n"
                     "S: 250 localhost\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.scriptError().isEmpty());
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), Security::None);
    o.host = QStringLiteral("127.0.0.1");
    o.heloName.clear();
    SmtpSession session(o);
    SessionRecorder r;
    r.attach(&session);
    session.open();
    QTRY_COMPARE(r.ready, 1);
    session.quit();
    QTRY_COMPARE(r.closed, 1);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
    const QByteArray sent = server.connection().clientLines.value(0);
    const QByteArray expected = SmtpSession::defaultHeloName().startsWith('[')
        ? QByteArray("EHLO [127.0.0.1]")
        : "EHLO " + SmtpSession::defaultHeloName();
    QCOMPARE(sent, expected);
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
