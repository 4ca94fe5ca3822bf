// The client (SmtpSession) against hostile servers (issue 6): servers that
// trickle bytes, flood endless lines and replies, stop reading in the middle
// of DATA, read at a crawl, or hang the connect and the TLS handshake. Each
// must end with the right error within a bounded time and bounded memory;
// an honest but slow server must still be served. Real loopback sockets,
// against the scripted server of tests/support (T:, F:, X: deaf, X: throttle).

#include "scriptedserver.h"
#include "sessionrecorder.h"
#include "testcerts.h"

#include "session/smtpsession.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace postscope;
using namespace postscope::session;
using namespace postscope::testsupport;
using engine::SmtpError;

namespace {

// N octets of message, made as they are read: a 32 MiB message costs no
// memory here.
class GeneratedSource final : public engine::MessageSource
{
public:
    explicit GeneratedSource(qint64 size)
        : m_size(size)
    {
    }
    qint64 sizeHint() const override { return m_size; }
    QByteArray read(qint64 maxBytes) override
    {
        // 78 octets and CRLF, line after line, wherever a read ends.
        const qint64 n = qMin(maxBytes, m_size - m_pos);
        QByteArray out(n, 'm');
        for (qint64 i = 0; i < n; ++i) {
            const qint64 column = (m_pos + i) % 80;
            if (column >= 78)
                out[i] = column == 78 ? '\r' : '\n';
        }
        m_pos += n;
        return out;
    }
    bool atEnd() const override { return m_pos >= m_size; }
    QString errorString() const override { return {}; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

const QByteArray throughMail = "S: 220 hostile ESMTP\n"
                               "C: EHLO client.test\n"
                               "S: 250 hostile\n"
                               "C: MAIL FROM:<a@example.test>\n"
                               "S: 250 2.1.0 Ok\n"
                               "C: RCPT TO:<b@example.test>\n"
                               "S: 250 2.1.5 Ok\n"
                               "C: DATA\n"
                               "S: 354 go ahead\n";

engine::Envelope envelope()
{
    engine::Envelope e;
    e.sender = "a@example.test";
    e.recipients = {engine::Recipient {"b@example.test", {}}};
    return e;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void hostileReplies_data();
    void hostileReplies();
    void eachReplyHasItsOwnDeadline();
    void connectDeadline();
    void handshakeTrickles();
    void serverStopsReadingDuringData();
    void slowReaderHitsTheTransferLimit();
    void slowButHonestReaderIsServed();
    void disconnectMidData();
    void plaintextAuthOverUnixSocketRefused();
    void plainAuthOverImplicitTls();

private:
    SessionOptions options(quint16 port, int timeoutMs) const;
    const TestCertificates *m_certs = nullptr;
};

void TestHostileServer::initTestCase()
{
    m_certs = &TestCertificates::instance();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

SessionOptions TestHostileServer::options(quint16 port, int timeoutMs) const
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = Security::None;
    o.heloName = "client.test";
    o.timeoutMs = timeoutMs;
    o.extraCaCertificates = {m_certs->ca.certificate};
    return o;
}

void TestHostileServer::hostileReplies_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("withinMs");

    const QByteArray ehlo = "S: 220 hostile\nC: EHLO client.test\n";
    const QByteArray sentence = QByteArray("a sentence that never ends, one octet at a time");
    // Trickling: each octet would restart a timer that resets on progress.
    QTest::newRow("greeting trickles")
        << "T: 50 220 " + sentence + sentence + "\n"
        << 600 << SmtpError::Kind::Timeout
        << QStringLiteral("Timed out after 0.6 s waiting for the greeting") << 1500;
    QTest::newRow("EHLO reply trickles")
        << ehlo + "T: 50 250-hostile\\r\\n250-PIPELINING\\r\\n250-" + sentence
            + "\\r\\n250 SIZE 10\\r\\n\n"
        << 600 << SmtpError::Kind::Timeout
        << QStringLiteral("Timed out after 0.6 s waiting for the reply to EHLO") << 1500;
    QTest::newRow("complete continuation lines, slowly")
        << ehlo + "T: 20 " + QByteArray("250-line\\r\\n").repeated(200) + "250 end\\r\\n\n"
        << 600 << SmtpError::Kind::Timeout << QStringLiteral("waiting for the reply to EHLO")
        << 1500;
    // Floods: the reply parser's limits (RFC 5321 4.5.3.1.5: lines are
    // short; 1000 lines, 4096 octets a line, 1 MiB a reply) end them.
    QTest::newRow("endless continuation lines") << ehlo + "F: 100000000 250-flood\\r\\n\n"
                                                << 5000 << SmtpError::Kind::ProtocolViolation
                                                << QStringLiteral("more than 1000 lines") << 3000;
    QTest::newRow("long continuation lines")
        << ehlo + "F: 100000 250-" + QByteArray(4000, 'w') + "\\r\\n\n"
        << 5000 << SmtpError::Kind::ProtocolViolation << QStringLiteral("more than 1048576 bytes")
        << 3000;
    QTest::newRow("endless line") << ehlo + "R: 250 \nF: 1000000000 x\n"
                                  << 5000 << SmtpError::Kind::ProtocolViolation
                                  << QStringLiteral("Reply line too long") << 3000;
    QTest::newRow("huge greeting")
        << QByteArray("R: 220 \nF: 1000000000 G\n") << 5000 << SmtpError::Kind::ProtocolViolation
        << QStringLiteral("Reply line too long") << 3000;
    QTest::newRow("huge multiline greeting")
        << QByteArray("F: 100000000 220-welcome\\r\\n\n") << 5000
        << SmtpError::Kind::ProtocolViolation << QStringLiteral("more than 1000 lines") << 3000;
    QTest::newRow("replies nobody asked for")
        << ehlo + "S: 250 hostile\nF: 100000000 250 ok\\r\\n\n"
        << 5000 << SmtpError::Kind::ProtocolViolation << QStringLiteral("nobody asked for") << 3000;
    QTest::newRow("disconnect mid-reply")
        << ehlo + "R: 250-hostile\\r\\n250-PIPELINING\\r\\n250-8BI\nX: close\n"
        << 5000 << SmtpError::Kind::Disconnected << QStringLiteral("closed the connection") << 3000;
}

void TestHostileServer::hostileReplies()
{
    QFETCH(QByteArray, script);
    QFETCH(int, timeoutMs);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(QString, says);
    QFETCH(int, withinMs);
    ScriptedServer server;
    server.setScript(script);
    QVERIFY2(server.scriptError().isEmpty(), qPrintable(server.scriptError()));
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), timeoutMs));
    SessionRecorder o;
    o.attach(&session);
    const bool exactPeak = resetPeakRss();
    const qint64 before = peakRssKiB();
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 20000);
    const qint64 elapsed = clock.elapsed();
    const qint64 growthKiB = peakRssKiB() - before;
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.first().kind, kind);
    QVERIFY2(o.errors.first().message.contains(says), qPrintable(o.errorText()));
    QVERIFY2(elapsed < withinMs, qPrintable(QString::number(elapsed)));
    if (kind == SmtpError::Kind::Timeout)
        QVERIFY2(elapsed >= timeoutMs - 50, qPrintable(QString::number(elapsed)));
    // Client and server share this process; the server queues at most
    // 256 KiB, the client keeps at most one reply's worth (1 MiB) and reads
    // 64 KiB at a time. What the server sent is far more.
    qInfo("%lld ms, server sent %lld octets, peak RSS growth %lld KiB (%s)", elapsed,
          server.connection().sentTotal, growthKiB, exactPeak ? "peak reset" : "no reset");
    QVERIFY2(growthKiB < 16 * 1024, qPrintable(QString::number(growthKiB)));
}

void TestHostileServer::eachReplyHasItsOwnDeadline()
{
    // Honest but slow: each reply 350 ms after its command, under a 700 ms
    // timeout. The session as a whole takes far longer than the timeout.
    ScriptedServer server;
    server.setScript("X: wait 350\nS: 220 slow\n"
                     "C: EHLO client.test\nX: wait 350\nS: 250 slow\n"
                     "C: NOOP\nX: wait 350\nS: 250 one\n"
                     "C: NOOP\nX: wait 350\nS: 250 two\n"
                     "C: NOOP\nX: wait 350\nS: 250 three\n"
                     "C: QUIT\nS: 221 bye\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), 700));
    SessionRecorder o;
    o.attach(&session);
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(o.ready, 1, 5000);
    session.noop();
    session.noop();
    session.noop();
    session.quit();
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 10000);
    QVERIFY2(o.errors.isEmpty(), qPrintable(o.errorText()));
    QVERIFY2(clock.elapsed() > 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestHostileServer::connectDeadline()
{
    // A listener that never accepts, its backlog full: the SYN goes
    // unanswered and the connect hangs (Linux drops SYNs to a full queue).
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 0), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    QList<int> fillers;
    for (int i = 0; i < 3; ++i) {
        const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
        fillers.append(filler);
    }
    QTest::qWait(100);

    SmtpSession session(options(ntohs(address.sin_port), 700));
    SessionRecorder o;
    o.attach(&session);
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 10000);
    const qint64 elapsed = clock.elapsed();
    for (int fd : std::as_const(fillers))
        ::close(fd);
    ::close(listener);
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.first().kind, SmtpError::Kind::Timeout);
    QCOMPARE(SmtpError::exitCode(o.errors.first().kind), 12);
    QVERIFY2(o.errors.first().message.contains(QStringLiteral("connecting to 127.0.0.1:")),
             qPrintable(o.errorText()));
    QVERIFY2(elapsed >= 650 && elapsed < 2000, qPrintable(QString::number(elapsed)));
}

void TestHostileServer::handshakeTrickles()
{
    // Implicit TLS, and the "server" dribbles a TLS record header and junk,
    // one octet every 100 ms: the handshake has one deadline all the same.
    ScriptedServer server;
    server.setScript("T: 100 \\x16\\x03\\x03\\x40\\x00" + QByteArray("junk").repeated(50) + "\n");
    QVERIFY(server.listen());
    SessionOptions o = options(server.port(), 700);
    o.security = Security::Tls;
    SmtpSession session(o);
    SessionRecorder out;
    out.attach(&session);
    QElapsedTimer clock;
    clock.start();
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(out.closed, 1, 10000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.errors.first().kind, SmtpError::Kind::Timeout);
    QVERIFY2(out.errors.first().message.contains(QStringLiteral("TLS handshake")),
             qPrintable(out.errorText()));
    // The trickle lasts 20 s. Loading the system CAs (once, before the
    // connect) may take a second or two on a busy machine.
    QVERIFY2(elapsed >= 650 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    QVERIFY(server.connection().sentTotal > 3);
}

void TestHostileServer::serverStopsReadingDuringData()
{
    ScriptedServer server;
    server.setScript(throughMail + "X: deaf\nX: data\nS: 250 never\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), 800));
    SessionRecorder o;
    o.attach(&session);
    session.open();
    QTRY_COMPARE(o.ready, 1);
    QElapsedTimer clock;
    clock.start();
    session.send(envelope(), std::make_unique<GeneratedSource>(32 << 20));
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 20000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(o.transactions.size(), 1);
    QVERIFY(!o.transactions.first().sent);
    QCOMPARE(o.transactions.first().error.kind, SmtpError::Kind::Timeout);
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.first().kind, SmtpError::Kind::Timeout);
    QVERIFY2(o.errors.first().message.contains(QStringLiteral("took none of it for 0.8 s")),
             qPrintable(o.errorText()));
    // The kernel's buffers swallow megabytes at once; they earn no time.
    QVERIFY2(elapsed >= 750 && elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TestHostileServer::slowReaderHitsTheTransferLimit()
{
    // The server reads 1 MiB/s, steadily: never a stall, but slower than the
    // least rate allowed (here 64 MiB/s, to keep the test short): the whole
    // transfer may take timeout + size / rate and no more.
    ScriptedServer server;
    server.setScript(throughMail + "X: throttle 1048576\nX: data\nS: 250 too late\n");
    QVERIFY(server.listen());
    SessionOptions opts = options(server.port(), 2000);
    opts.minTransferRate = 64 << 20;
    SmtpSession session(opts);
    SessionRecorder o;
    o.attach(&session);
    session.open();
    QTRY_COMPARE(o.ready, 1);
    QElapsedTimer clock;
    clock.start();
    session.send(envelope(), std::make_unique<GeneratedSource>(32 << 20));
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 30000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.first().kind, SmtpError::Kind::Timeout);
    QVERIFY2(o.errors.first().message.contains(QStringLiteral("slower than the least rate")),
             qPrintable(o.errorText()));
    QVERIFY(!o.transactions.value(0).sent);
    QVERIFY2(elapsed >= 2000 && elapsed < 6000, qPrintable(QString::number(elapsed)));
}

void TestHostileServer::slowButHonestReaderIsServed()
{
    // 6.4 MB read at 2 MiB/s under a 2 s timeout: longer than the timeout,
    // faster than the least rate (512 KiB/s here). The message goes through,
    // and the wait for the final reply starts only once the server has it.
    ScriptedServer server;
    server.setScript(throughMail
                     + "X: throttle 2097152\nX: data\nS: 250 2.0.0 queued\nC: QUIT\nS: 221 bye\n");
    QVERIFY(server.listen());
    SessionOptions opts = options(server.port(), 2000);
    opts.minTransferRate = 512 << 10;
    SmtpSession session(opts);
    SessionRecorder o;
    o.attach(&session);
    session.open();
    QTRY_COMPARE(o.ready, 1);
    QElapsedTimer clock;
    clock.start();
    const qint64 size = 80 * 80000; // whole lines: the data goes out as it is
    session.send(envelope(), std::make_unique<GeneratedSource>(size));
    QTRY_COMPARE_WITH_TIMEOUT(o.transactions.size(), 1, 30000);
    QVERIFY2(o.errors.isEmpty(), qPrintable(o.errorText()));
    QVERIFY(o.transactions.first().sent);
    QVERIFY2(clock.elapsed() > 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.connection().messageSizes, (QList<qint64> {size}));
    session.quit();
    QTRY_COMPARE(o.closed, 1);
}

void TestHostileServer::disconnectMidData()
{
    // The server takes 100 KiB of the message and resets: Disconnected
    // (exit 4), nothing reported as sent.
    ScriptedServer server;
    server.setScript(throughMail + "X: bytes 102400\nX: abort\n");
    QVERIFY(server.listen());
    SmtpSession session(options(server.port(), 5000));
    SessionRecorder o;
    o.attach(&session);
    session.open();
    QTRY_COMPARE(o.ready, 1);
    session.send(envelope(), std::make_unique<GeneratedSource>(8 << 20));
    QTRY_COMPARE_WITH_TIMEOUT(o.closed, 1, 10000);
    QCOMPARE(o.transactions.size(), 1);
    QVERIFY(!o.transactions.first().sent);
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.first().kind, SmtpError::Kind::Disconnected);
    QCOMPARE(SmtpError::exitCode(o.errors.first().kind), 4);
}

void TestHostileServer::plaintextAuthOverUnixSocketRefused()
{
    // LMTP over a Unix socket counts as plaintext: AUTH PLAIN is refused and
    // nothing of it is written (the script would report any AUTH line).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScriptedServer server;
    server.setScript("S: 220 lmtp\nC: LHLO client.test\nS: 250-lmtp\nS: 250 AUTH PLAIN LOGIN\n"
                     "C: NOOP\nS: 250 ok\nC: QUIT\nS: 221 bye\n");
    const QString path = dir.filePath(QStringLiteral("lmtp.sock"));
    QVERIFY2(server.listenLocal(path), qPrintable(server.errorString()));
    SessionOptions o = options(0, 5000);
    o.socketPath = path;
    o.dialect = engine::Dialect::Lmtp;
    SmtpSession session(o);
    SessionRecorder out;
    out.attach(&session);
    // The request may end before authenticate() returns its id.
    QHash<quint64, SmtpError> requestErrors;
    connect(&session, &SmtpSession::requestFinished, &session,
            [&](quint64 id, const protocol::Reply &, const SmtpError &e) {
                requestErrors.insert(id, e);
            });
    session.open();
    QTRY_COMPARE(out.ready, 1);
    auth::Credentials credentials;
    credentials.user = QStringLiteral("user");
    credentials.password = QStringLiteral("s3cret-pw");
    const quint64 authId = session.authenticate(auth::createClientMechanism("PLAIN", credentials));
    session.noop();
    session.quit();
    QTRY_COMPARE(out.closed, 1);
    QVERIFY(requestErrors.contains(authId));
    QCOMPARE(requestErrors.value(authId).kind, SmtpError::Kind::NotSupported);
    QVERIFY(out.errors.isEmpty());
    QVERIFY(!server.connection().received.contains("AUTH"));
    QVERIFY(!server.connection().received.contains("s3cret"));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestHostileServer::plainAuthOverImplicitTls()
{
    // Implicit TLS: the channel is encrypted from the first byte, so PLAIN
    // goes ahead without --allow-plaintext-auth.
    ScriptedServer server;
    server.setTlsConfiguration(m_certs->serverConfiguration(m_certs->server));
    server.setScript("S: 220 tls\nC: EHLO client.test\nS: 250-tls\nS: 250 AUTH PLAIN\n"
                     "C~ AUTH PLAIN \\S+\nS: 235 2.7.0 ok\nC: QUIT\nS: 221 bye\n");
    QVERIFY(server.listen(ScriptedServer::Mode::ImplicitTls));
    SessionOptions o = options(server.port(), 5000);
    o.security = Security::Tls;
    SmtpSession session(o);
    SessionRecorder out;
    out.attach(&session);
    // The request may end before authenticate() returns its id.
    QHash<quint64, SmtpError> requestErrors;
    connect(&session, &SmtpSession::requestFinished, &session,
            [&](quint64 id, const protocol::Reply &, const SmtpError &e) {
                requestErrors.insert(id, e);
            });
    session.open();
    QTRY_VERIFY2(out.ready == 1 || !out.errors.isEmpty(), qPrintable(out.errorText()));
    auth::Credentials credentials;
    credentials.user = QStringLiteral("user");
    credentials.password = QStringLiteral("s3cret-pw");
    const quint64 authId = session.authenticate(auth::createClientMechanism("PLAIN", credentials));
    session.quit();
    QTRY_COMPARE(out.closed, 1);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errorText()));
    QVERIFY(requestErrors.contains(authId));
    QVERIFY2(!requestErrors.value(authId), qPrintable(requestErrors.value(authId).message));
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
