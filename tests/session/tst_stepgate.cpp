// The session's step gate (issue 11.2) against the real sandbox: nothing
// leaves while a step is held (no commandSent, no byte at the server), no
// deadline runs while it waits, step() writes one step, finishSteps()
// opens the gate, and stopSteps() inside an AUTH exchange cancels it with
// "*" (RFC 4954 4: 501) before its own QUIT (221), ending the requests
// under way with a Usage error.
#include "auth/saslclient.h"
#include "sandbox/sandboxserver.h"
#include "session/smtpsession.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;

class tst_StepGate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void heldStepsWaitWithoutDeadline();
    void stopInsideAuthCancelsThenQuits();

private:
    session::SessionOptions options() const;
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void tst_StepGate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(QStringLiteral("maildir"));
    config.tls = false;
    config.users.insert(QStringLiteral("alice"), QStringLiteral("wonderland"));
    config.server.requireTlsForAuth = false;
    m_server = std::make_unique<sandbox::SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

session::SessionOptions tst_StepGate::options() const
{
    session::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_server->port();
    o.security = session::Security::None;
    o.plaintextAuth = engine::PlaintextAuth::Allow;
    o.timeoutMs = 300; // a held step waits longer than this
    o.stepping = true;
    return o;
}

void tst_StepGate::heldStepsWaitWithoutDeadline()
{
    session::SmtpSession s(options());
    QVERIFY(s.isStepping());
    QSignalSpy steps(&s, &session::SmtpSession::stepReady);
    QSignalSpy sent(&s, &session::SmtpSession::commandSent);
    QSignalSpy ready(&s, &session::SmtpSession::ready);
    QSignalSpy errors(&s, &session::SmtpSession::errorOccurred);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, 5000);
    const auto first = steps.at(0).at(0).value<session::PendingStep>();
    QCOMPARE(first.command.verb, protocol::Verb::Ehlo);
    QVERIFY(s.hasHeldStep());
    // Held for twice the timeout: nothing went out, and nothing timed out.
    QTest::qWait(700);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(errors.size(), 0);
    s.step();
    QCOMPARE(sent.size(), 1); // commandSent comes when the bytes go out
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
    QCOMPARE(errors.size(), 0);

    // A send: MAIL waits at the gate; finishSteps() lets everything go.
    engine::Envelope envelope;
    envelope.sender = "a@client.test";
    envelope.recipients.append({QByteArray("b@sandbox.test"), {}});
    auto body = std::make_unique<QBuffer>();
    body->setData("Subject: gate\r\n\r\nheld, then let go\r\n");
    body->open(QIODevice::ReadOnly);
    bool delivered = false;
    s.send(envelope, session::SmtpSession::deviceSource(std::move(body)), this,
           [&](const engine::TransactionResult &r) { delivered = r.sent; });
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 5000);
    QCOMPARE(steps.at(1).at(0).value<session::PendingStep>().command.verb, protocol::Verb::Mail);
    QCOMPARE(sent.size(), 1);
    s.finishSteps();
    QVERIFY(!s.isStepping());
    QTRY_VERIFY_WITH_TIMEOUT(delivered, 5000);
    QCOMPARE(steps.size(), 2); // no more steps after the gate opened
    s.quit();
    QSignalSpy closed(&s, &session::SmtpSession::closed);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(errors.size(), 0);
}

void tst_StepGate::stopInsideAuthCancelsThenQuits()
{
    session::SmtpSession s(options());
    QSignalSpy steps(&s, &session::SmtpSession::stepReady);
    QSignalSpy sent(&s, &session::SmtpSession::commandSent);
    QSignalSpy replies(&s, &session::SmtpSession::replyReceived);
    QSignalSpy closed(&s, &session::SmtpSession::closed);
    QSignalSpy errors(&s, &session::SmtpSession::errorOccurred);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, 5000);
    s.step(); // EHLO
    QTRY_VERIFY_WITH_TIMEOUT(s.isReady(), 5000);
    auth::Credentials credentials;
    credentials.user = QStringLiteral("alice");
    credentials.password = QStringLiteral("wonderland");
    session::RequestResult login;
    bool loginEnded = false;
    s.authenticate(auth::createClientMechanism("CRAM-MD5", credentials), this,
                   [&](const session::RequestResult &r) {
                       login = r;
                       loginEnded = true;
                   });
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 5000);
    QCOMPARE(steps.at(1).at(0).value<session::PendingStep>().command.verb, protocol::Verb::Auth);
    s.step(); // AUTH CRAM-MD5; the server's 334 challenge comes back
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 3, 5000);
    const auto response = steps.at(2).at(0).value<session::PendingStep>();
    QCOMPARE(response.command.verb, protocol::Verb::AuthResponse);
    const qsizetype sentBefore = sent.size();
    s.stopSteps();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    // The held response never went out: "*" and QUIT did, in that order.
    QList<QByteArray> wire;
    for (qsizetype i = sentBefore; i < sent.size(); ++i)
        wire << sent.at(i).at(0).value<protocol::Command>().wire;
    QCOMPARE(wire, (QList<QByteArray> {"*\r\n", "QUIT\r\n"}));
    QList<int> codes;
    for (const QList<QVariant> &r : replies)
        codes << r.at(0).value<protocol::Reply>().code;
    QVERIFY2(codes.size() >= 2 && codes.at(codes.size() - 2) == 501 && codes.last() == 221,
             qPrintable(QString::number(codes.size())));
    QVERIFY(loginEnded);
    QCOMPARE(login.error.kind, engine::SmtpError::Kind::Usage);
    QVERIFY2(login.error.message.contains(QStringLiteral("Stopped in step mode")),
             qPrintable(login.error.message));
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(tst_StepGate)
#include "tst_stepgate.moc"
