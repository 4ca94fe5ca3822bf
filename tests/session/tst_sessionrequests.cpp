// SmtpSession's requests each carry their own result (issue 7, section 1):
// the callback gets exactly that request's reply, error or transaction, also
// when the request ends before the call returns, and never reaches a
// receiver that is gone. login() picks the mechanism and is the one place
// that checks what the server offers. Connecting tries every address in
// turn and binds to a source address first (smtplib's source_address); the
// opening report holds each step with its time.

#include "scriptedserver.h"
#include "testcerts.h"

#include "auth/saslclient.h"
#include "session/smtpsession.h"

#include <QTcpServer>
#include <QTest>

using namespace postscope;
using namespace postscope::session;
using namespace postscope::testsupport;
using engine::SmtpError;

namespace {

const QByteArray greetingAndEhlo = "S: 220 localhost ESMTP scripted\n"
                                   "C: EHLO client.test\n"
                                   "S: 250-localhost\n"
                                   "S: 250-PIPELINING\n"
                                   "S: 250 AUTH CRAM-MD5 PLAIN\n";

SessionOptions plainOptions(quint16 port)
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = Security::None;
    o.heloName = "client.test";
    o.timeoutMs = 5000;
    return o;
}

// Opens a session and waits until it is ready (or failed).
bool openReady(SmtpSession &session)
{
    bool ready = false;
    bool failed = false;
    QObject::connect(&session, &SmtpSession::ready, &session, [&] { ready = true; });
    QObject::connect(&session, &SmtpSession::errorOccurred, &session,
                     [&](const SmtpError &) { failed = true; });
    session.open();
    return QTest::qWaitFor([&] { return ready || failed; }, 5000) && ready;
}

} // namespace

class TestSessionRequests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachRequestGetsItsOwnResult();
    void earlyFinishIsNotLost();
    void destroyedReceiverIsNotCalled();
    void requestsEndedByTheConnection();
    void abortEndsEveryRequest();
    void quitWaitsForEarlierRequests();
    void loginPicksTheFirstOfferedMechanism();
    void loginWithNothingInCommon();
    void everyAddressIsTried();
    void sourceAddressAndFamily();
    void openingReportStepByStep();
};

void TestSessionRequests::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(),
             qPrintable(TestCertificates::instance().errorString()));
}

void TestSessionRequests::eachRequestGetsItsOwnResult()
{
    ScriptedServer server;
    server.setScript(greetingAndEhlo
                     + "C: VRFY alice\n"
                       "S: 252 2.1.5 maybe\n"
                       "C: VRFY ghost\n"
                       "S: 550 5.1.1 no such user\n"
                       "C: NOOP\n"
                       "S: 250 2.0.0 Ok\n"
                       "C: MAIL FROM:<a@client.test>\n"
                       "C: RCPT TO:<b@example.test>\n"
                       "C: DATA\n"
                       "S: 250 2.1.0 Ok\n"
                       "S: 250 2.1.5 Ok\n"
                       "S: 354 go ahead\n"
                       "X: data\n"
                       "S: 250 2.0.0 queued\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));

    QList<RequestResult> vrfyAlice, vrfyGhost, noop;
    QList<engine::TransactionResult> sent;
    QList<RequestResult> quit;
    QObject receiver;
    const quint64 a
        = session.vrfy("alice", &receiver, [&](const RequestResult &r) { vrfyAlice << r; });
    const quint64 g
        = session.vrfy("ghost", &receiver, [&](const RequestResult &r) { vrfyGhost << r; });
    session.noop(&receiver, [&](const RequestResult &r) { noop << r; });
    engine::Envelope envelope;
    envelope.sender = "a@client.test";
    envelope.recipients = {{"b@example.test", {}}};
    const quint64 t
        = session.send(envelope, std::make_unique<engine::ByteArraySource>("Hi\r\n"), &receiver,
                       [&](const engine::TransactionResult &r) { sent << r; });
    session.quit(&receiver, [&](const RequestResult &r) { quit << r; });
    QTRY_COMPARE(quit.size(), 1);

    QCOMPARE(vrfyAlice.size(), 1);
    QCOMPARE(vrfyAlice.first().id, a);
    QCOMPARE(vrfyAlice.first().reply.code, 252);
    QVERIFY(!vrfyAlice.first().error);
    QVERIFY(vrfyAlice.first().elapsedMs >= 0);
    QCOMPARE(vrfyGhost.size(), 1);
    QCOMPARE(vrfyGhost.first().id, g);
    QCOMPARE(vrfyGhost.first().reply.code, 550);
    QCOMPARE(vrfyGhost.first().reply.enhanced.toString(), QStringLiteral("5.1.1"));
    QCOMPARE(noop.size(), 1);
    QCOMPARE(noop.first().reply.code, 250);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().id, t);
    QVERIFY(sent.first().sent);
    QVERIFY(sent.first().recipients.first().delivered());
    QCOMPARE(quit.first().reply.code, 221);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSessionRequests::earlyFinishIsNotLost()
{
    // A request refused before anything is written ends inside the call
    // that makes it, before its id is returned: the callback still gets it.
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: QUIT\nS: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));

    QList<RequestResult> results;
    QList<quint64> signalled;
    connect(&session, &SmtpSession::requestFinished, this,
            [&](quint64 id, const protocol::Reply &, const SmtpError &) { signalled << id; });
    const quint64 id
        = session.vrfy(QByteArray(), this, [&](const RequestResult &r) { results << r; });
    QCOMPARE(results.size(), 1); // already there when vrfy() returns
    QCOMPARE(results.first().id, id);
    QCOMPARE(results.first().error.kind, SmtpError::Kind::Usage);
    QVERIFY(!results.first().reply.isValid());
    QCOMPARE(signalled, QList<quint64> {id}); // and the signal still tells the transcript

    // A transaction refused at once (no recipients) the same way.
    QList<engine::TransactionResult> transactions;
    engine::Envelope empty;
    empty.sender = "a@client.test";
    session.send(empty, std::make_unique<engine::ByteArraySource>("x\r\n"), this,
                 [&](const engine::TransactionResult &r) { transactions << r; });
    QCOMPARE(transactions.size(), 1);
    QCOMPARE(transactions.first().error.kind, SmtpError::Kind::Usage);
    QVERIFY(!transactions.first().sent);

    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
    QCOMPARE(server.connection().clientLines.size(), 2); // EHLO and QUIT: nothing else went out
}

void TestSessionRequests::destroyedReceiverIsNotCalled()
{
    ScriptedServer server;
    server.setScript(greetingAndEhlo
                     + "C: NOOP\n"
                       "X: wait 200\n"
                       "S: 250 Ok\n"
                       "C: NOOP\n"
                       "S: 250 Ok\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));

    int goneCalls = 0;
    int aliveCalls = 0;
    int signalled = 0;
    connect(&session, &SmtpSession::requestFinished, this,
            [&](quint64, const protocol::Reply &, const SmtpError &) { ++signalled; });
    auto *gone = new QObject;
    session.noop(gone, [&](const RequestResult &) { ++goneCalls; });
    QObject alive;
    session.noop(&alive, [&](const RequestResult &) { ++aliveCalls; });
    delete gone; // before the first reply comes
    QTRY_COMPARE(aliveCalls, 1);
    QCOMPARE(goneCalls, 0);
    QCOMPARE(signalled, 2); // the request itself did end
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);
}

void TestSessionRequests::requestsEndedByTheConnection()
{
    // The server goes away with requests queued: each one ends, with an
    // error, exactly once; none reads as done.
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: NOOP\nX: close\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));
    QList<RequestResult> noop, vrfy;
    QList<engine::TransactionResult> sent;
    session.noop(this, [&](const RequestResult &r) { noop << r; });
    session.vrfy("alice", this, [&](const RequestResult &r) { vrfy << r; });
    engine::Envelope envelope;
    envelope.sender = "a@client.test";
    envelope.recipients = {{"b@example.test", {}}};
    session.send(envelope, std::make_unique<engine::ByteArraySource>("x\r\n"), this,
                 [&](const engine::TransactionResult &r) { sent << r; });
    QTRY_VERIFY(noop.size() == 1 && vrfy.size() == 1 && sent.size() == 1);
    QCOMPARE(noop.first().error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(vrfy.first().error.kind, SmtpError::Kind::Disconnected);
    QVERIFY(!sent.first().sent);
    QCOMPARE(sent.first().error.kind, SmtpError::Kind::Disconnected);
    QTest::qWait(50);
    QCOMPARE(noop.size() + vrfy.size() + sent.size(), 3);
}

void TestSessionRequests::abortEndsEveryRequest()
{
    // Closed by us with requests under way: each one still ends, once.
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: NOOP\nX: silent\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));
    QList<RequestResult> noop, vrfy;
    session.noop(this, [&](const RequestResult &r) { noop << r; });
    session.vrfy("alice", this, [&](const RequestResult &r) { vrfy << r; });
    QTRY_VERIFY(server.connection().clientLines.size() == 2); // EHLO, NOOP; VRFY waits its turn
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] {
        closed = true;
        QCOMPARE(noop.size(), 1); // before closed(), the last word
    });
    session.abort();
    QTRY_VERIFY(closed);
    QCOMPARE(noop.size(), 1);
    QCOMPARE(vrfy.size(), 1);
    QCOMPARE(noop.first().error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(vrfy.first().error.kind, SmtpError::Kind::Disconnected);
}

void TestSessionRequests::quitWaitsForEarlierRequests()
{
    // quit() while a slow reply is owed: the QUIT and its short grace wait
    // (3 s) come after the answer, which is not cut off though it takes
    // longer than the grace.
    ScriptedServer server;
    server.setScript(greetingAndEhlo
                     + "C: VRFY alice\n"
                       "X: wait 3500\n"
                       "S: 252 2.1.5 maybe\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n");
    QVERIFY(server.listen());
    SessionOptions o = plainOptions(server.port());
    o.timeoutMs = 6000; // the VRFY's own wait
    SmtpSession session(o);
    QVERIFY(openReady(session));
    QList<RequestResult> vrfy;
    QList<SmtpError> errors;
    connect(&session, &SmtpSession::errorOccurred, this, [&](const SmtpError &e) { errors << e; });
    session.vrfy("alice", this, [&](const RequestResult &r) { vrfy << r; });
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
    QCOMPARE(vrfy.size(), 1);
    QCOMPARE(vrfy.first().reply.code, 252);
    QVERIFY(errors.isEmpty());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSessionRequests::loginPicksTheFirstOfferedMechanism()
{
    // Our preference is SCRAM-SHA-256, CRAM-MD5, PLAIN; the server offers
    // CRAM-MD5 and PLAIN: CRAM-MD5 it is (RFC 2195 example challenge).
    ScriptedServer server;
    server.setScript(greetingAndEhlo
                     + "C: AUTH CRAM-MD5\n"
                       "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
                       "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n"
                       "S: 235 2.7.0 Authentication successful\n"
                       "C: QUIT\n"
                       "S: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));
    QStringList asked;
    const auth::Credentials credentials {
        QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), {}};
    auto factory = [&](const QByteArray &name) {
        asked << QString::fromLatin1(name);
        return auth::createClientMechanism(name, credentials);
    };
    QList<RequestResult> results;
    session.login({"SCRAM-SHA-256", "CRAM-MD5", "PLAIN"}, factory, this,
                  [&](const RequestResult &r) { results << r; });
    QTRY_COMPARE(results.size(), 1);
    QVERIFY2(!results.first().error, qPrintable(results.first().error.message));
    QCOMPARE(results.first().reply.code, 235);
    QCOMPARE(results.first().mechanism, QByteArray("CRAM-MD5"));
    QCOMPARE(asked, QStringList {QStringLiteral("CRAM-MD5")}); // only the chosen one is made
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSessionRequests::loginWithNothingInCommon()
{
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: QUIT\nS: 221 Bye\n");
    QVERIFY(server.listen());
    SmtpSession session(plainOptions(server.port()));
    QVERIFY(openReady(session));
    int made = 0;
    auto factory = [&](const QByteArray &) {
        ++made;
        return std::unique_ptr<auth::SaslClientMechanism>();
    };
    QList<RequestResult> results;
    session.login({"SCRAM-SHA-256", "LOGIN"}, factory, this,
                  [&](const RequestResult &r) { results << r; });
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error.kind, SmtpError::Kind::NotSupported);
    QVERIFY2(results.first().error.message.contains(QStringLiteral("CRAM-MD5, PLAIN")),
             qPrintable(results.first().error.message));
    QCOMPARE(made, 0);
    // One name the server does not offer: said so, by name.
    session.login({"login"}, factory, this, [&](const RequestResult &r) { results << r; });
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.last().error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(results.last().mechanism, QByteArray("LOGIN"));
    // Offered, but the factory cannot make it: a usage error, nothing sent.
    session.login({"CRAM-MD5"}, factory, this, [&](const RequestResult &r) { results << r; });
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.last().error.kind, SmtpError::Kind::Usage);
    QCOMPARE(made, 1);
    // PLAIN over a connection without TLS: withheld (RFC 4954 14), said
    // so, and nothing sent; the factory is not even asked.
    session.login({"PLAIN"}, factory, this, [&](const RequestResult &r) { results << r; });
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.last().error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(results.last().withheld, QList<QByteArray> {"PLAIN"});
    QVERIFY2(results.last().error.message.contains(QStringLiteral("not encrypted")),
             qPrintable(results.last().error.message));
    QCOMPARE(made, 1);
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestSessionRequests::everyAddressIsTried()
{
    // 127.0.0.2 has nothing on the port (the server listens on 127.0.0.1
    // only): refused, noted, and the next address answers.
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: QUIT\nS: 221 Bye\n");
    QVERIFY(server.listen());
    SessionOptions o = plainOptions(server.port());
    o.host = QStringLiteral("mx.example.test");
    o.connectAddresses = {QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress::LocalHost};
    SmtpSession session(o);
    QStringList notes;
    connect(&session, &SmtpSession::note, this, [&](const QString &n) { notes << n; });
    QVERIFY(openReady(session));
    const OpeningReport &report = session.openingReport();
    QCOMPARE(report.failedAddresses.size(), 1);
    QVERIFY2(report.failedAddresses.first().startsWith(
                 QStringLiteral("127.0.0.2:%1: ").arg(server.port())),
             qPrintable(report.failedAddresses.first()));
    QCOMPARE(report.remoteAddress, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QVERIFY(report.localAddress.startsWith(QStringLiteral("127.0.0.1:")));
    const QString tried = notes.filter(QStringLiteral("Could not connect to 127.0.0.2")).value(0);
    QVERIFY2(!tried.isEmpty(), qPrintable(notes.join('\n')));
    // The transcript's note names both ends of the connection.
    const QString connected = notes.filter(QStringLiteral("Connected to mx.example.test")).value(0);
    QVERIFY2(connected.contains(report.remoteAddress) && connected.contains(report.localAddress),
             qPrintable(connected));
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);

    // Every address refused: one ConnectFailed that names each.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    SessionOptions dead = plainOptions(deadPort);
    dead.connectAddresses
        = {QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QStringLiteral("127.0.0.3"))};
    SmtpSession failing(dead);
    QList<SmtpError> errors;
    bool failedClosed = false;
    connect(&failing, &SmtpSession::errorOccurred, this, [&](const SmtpError &e) { errors << e; });
    connect(&failing, &SmtpSession::closed, this, [&] { failedClosed = true; });
    failing.open();
    QTRY_VERIFY(failedClosed);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind, SmtpError::Kind::ConnectFailed);
    QVERIFY2(errors.first().message.contains(QStringLiteral("127.0.0.2"))
                 && errors.first().message.contains(QStringLiteral("127.0.0.3")),
             qPrintable(errors.first().message));
    QCOMPARE(failing.openingReport().failedAddresses.size(), 2);
}

void TestSessionRequests::sourceAddressAndFamily()
{
    ScriptedServer server;
    server.setScript(greetingAndEhlo + "C: QUIT\nS: 221 Bye\n");
    QVERIFY(server.listen());
    SessionOptions o = plainOptions(server.port());
    o.sourceAddress = QHostAddress(QStringLiteral("127.0.0.2")); // all of 127/8 is this machine
    SmtpSession session(o);
    QVERIFY(openReady(session));
    QVERIFY2(session.openingReport().localAddress.startsWith(QStringLiteral("127.0.0.2:")),
             qPrintable(session.openingReport().localAddress));
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);

    // -6 for a server that has only an IPv4 address: refused before any
    // connection is tried.
    SessionOptions v6 = plainOptions(server.port());
    v6.family = AddressFamily::IPv6;
    SmtpSession six(v6);
    QList<SmtpError> errors;
    bool sixClosed = false;
    connect(&six, &SmtpSession::errorOccurred, this, [&](const SmtpError &e) { errors << e; });
    connect(&six, &SmtpSession::closed, this, [&] { sixClosed = true; });
    six.open();
    QTRY_VERIFY(sixClosed);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind, SmtpError::Kind::ConnectFailed);
    QVERIFY2(errors.first().message.contains(QStringLiteral("IPv6")),
             qPrintable(errors.first().message));
    QVERIFY(six.openingReport().failedAddresses.isEmpty());

    // A source address that is not this machine's: a clear connect failure.
    SessionOptions foreign = plainOptions(server.port());
    foreign.sourceAddress = QHostAddress(QStringLiteral("192.0.2.1")); // TEST-NET-1 (RFC 5737)
    SmtpSession other(foreign);
    QList<SmtpError> otherErrors;
    bool otherClosed = false;
    connect(&other, &SmtpSession::errorOccurred, this,
            [&](const SmtpError &e) { otherErrors << e; });
    connect(&other, &SmtpSession::closed, this, [&] { otherClosed = true; });
    other.open();
    QTRY_VERIFY(otherClosed);
    QCOMPARE(otherErrors.size(), 1);
    QCOMPARE(otherErrors.first().kind, SmtpError::Kind::ConnectFailed);
    QVERIFY2(otherErrors.first().message.contains(QStringLiteral("192.0.2.1")),
             qPrintable(otherErrors.first().message));
}

void TestSessionRequests::openingReportStepByStep()
{
    ScriptedServer server;
    server.setTlsConfiguration(
        TestCertificates::instance().serverConfiguration(TestCertificates::instance().server));
    server.setScript("S: 220 localhost ESMTP scripted\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 STARTTLS\n"
                     "C: STARTTLS\n"
                     "S: 220 go ahead\n"
                     "X: starttls\n"
                     "C: EHLO client.test\n"
                     "S: 250-localhost\n"
                     "S: 250 AUTH PLAIN\n"
                     "C: QUIT\n"
                     "S: 221 Bye\n");
    QVERIFY(server.listen());
    SessionOptions o = plainOptions(server.port());
    o.host = QStringLiteral("localhost");
    o.security = Security::StartTls;
    o.extraCaCertificates = {TestCertificates::instance().ca.certificate};
    SmtpSession session(o);
    QVERIFY(openReady(session));
    const OpeningReport &report = session.openingReport();
    QCOMPARE(report.greeting.code, 220);
    QVERIFY(protocol::Capabilities::fromEhloReply(report.hello).startTls());
    QVERIFY(
        protocol::Capabilities::fromEhloReply(report.helloAfterTls).offersAuthMechanism("PLAIN"));
    for (qint64 ms : {report.lookupMs, report.connectMs, report.greetingMs, report.helloMs,
                      report.startTlsMs, report.handshakeMs, report.helloAfterTlsMs})
        QVERIFY2(ms >= 0 && ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY(report.failedAddresses.isEmpty());
    bool closed = false;
    connect(&session, &SmtpSession::closed, this, [&] { closed = true; });
    session.quit();
    QTRY_VERIFY(closed);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

QTEST_GUILESS_MAIN(TestSessionRequests)
#include "tst_sessionrequests.moc"
