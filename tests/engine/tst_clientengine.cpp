// Engine tests: scripted conversations replayed byte for byte against the
// pure client engine (no sockets). A script is the transcript form of
// ARCHITECTURE.md: "C: " lines the engine must have written, "S: " lines fed
// to it, in wire order. Pipelined groups are C: lines before their S: lines.

#include "script.h"

#include "auth/selection.h"
#include "engine/clientengine.h"

#include <QRegularExpression>
#include <QTest>

using namespace postscope;
using namespace postscope::engine;
using protocol::Reply;

namespace {

class Harness
{
public:
    explicit Harness(ClientEngine::Options options = {}, Channel channel = Channel::Plaintext)
        : engine(options)
    {
        engine.connectionEstablished(channel);
    }

    // Runs the engine's side until it has nothing more to do: pumps message
    // data and collects bytes and events.
    void settle()
    {
        for (int guard = 0; guard < 100000; ++guard) {
            if (engine.wantsData()) {
                engine.pumpData(pumpBudget);
                continue;
            }
            break;
        }
        QByteArray out = engine.takeOutgoing();
        writes.append(out);
        sent += out;
        events += engine.takeEvents();
    }

    void server(const QByteArray &bytes)
    {
        engine.receive(bytes);
        settle();
    }

    QByteArray takeSent()
    {
        QByteArray s;
        s.swap(sent);
        return s;
    }

    QList<Event> ofType(Event::Type type) const
    {
        QList<Event> list;
        for (const auto &e : events) {
            if (e.type == type)
                list.append(e);
        }
        return list;
    }

    TransactionResult transaction(quint64 id) const
    {
        for (const auto &e : events) {
            if (e.type == Event::Type::TransactionFinished && e.requestId == id)
                return e.transaction;
        }
        return {};
    }

    bool finished(quint64 id) const
    {
        for (const auto &e : events) {
            if ((e.type == Event::Type::TransactionFinished || e.type == Event::Type::RequestFinished)
                && e.requestId == id)
                return true;
        }
        return false;
    }

    Event request(quint64 id) const
    {
        for (const auto &e : events) {
            if (e.type == Event::Type::RequestFinished && e.requestId == id)
                return e;
        }
        return {};
    }

    SmtpError fatalError() const
    {
        for (const auto &e : events) {
            if (e.type == Event::Type::Error)
                return e.error;
        }
        return {};
    }

    // Replays a script (tests/support/script.h): every run of C: lines must
    // be exactly what the engine wrote since the last S: run; each S: run is
    // fed in one piece. Returns an empty string on success, else what differed.
    QString replay(const QString &text)
    {
        const testsupport::Script script = testsupport::readScript(text.toUtf8());
        if (!script.error.isEmpty())
            return script.error;
        QString problem;
        auto check = [&](const QByteArray &expected) {
            settle();
            const QByteArray got = takeSent();
            if (got != expected && problem.isEmpty()) {
                problem = QStringLiteral("client wrote:\n%1\nexpected:\n%2")
                              .arg(QString::fromUtf8(got), QString::fromUtf8(expected));
            }
        };
        QByteArray expected;
        for (const testsupport::ScriptRun &run : script.runs()) {
            if (run.tag == "C:") {
                expected = run.wire();
            } else {
                check(expected);
                expected.clear();
                server(run.wire());
            }
        }
        check(expected);
        return problem;
    }

    ClientEngine engine;
    QList<Event> events;
    QByteArray sent;
    QList<QByteArray> writes;
    qint64 pumpBudget = 256 * 1024;
};

std::unique_ptr<MessageSource> text(const QByteArray &data)
{
    return std::make_unique<ByteArraySource>(data);
}

Envelope envelope(const QByteArray &from, const QList<QByteArray> &to)
{
    Envelope env;
    env.sender = from;
    for (const auto &r : to)
        env.recipients.append({r, {}});
    return env;
}

// A SASL mechanism for the tests: PLAIN's bytes, with a secret to look for.
class TestPlain : public auth::SaslClientMechanism
{
public:
    QByteArray name() const override { return "PLAIN"; }
    std::optional<QByteArray> initialResponse() override { return QByteArray("\0user\0s3cret-pw", 15); }
    Step respond(QByteArrayView) override { return {}; }
};

// Any mechanism name, answering every challenge with "ok".
class NamedMechanism : public auth::SaslClientMechanism
{
public:
    explicit NamedMechanism(QByteArray name)
        : m_name(std::move(name))
    {
    }
    QByteArray name() const override { return m_name; }
    Step respond(QByteArrayView) override { return {QByteArray("ok"), {}}; }

private:
    QByteArray m_name;
};

// The tests of the AUTH exchange itself run over a plaintext channel with
// PLAIN and LOGIN explicitly allowed (what --allow-plaintext-auth does).
ClientEngine::Options plaintextAuthAllowed()
{
    ClientEngine::Options options;
    options.plaintextAuth = PlaintextAuth::Allow;
    return options;
}

class TestLogin : public auth::SaslClientMechanism
{
public:
    QByteArray name() const override { return "LOGIN"; }
    Step respond(QByteArrayView challenge) override
    {
        Step s;
        s.response = challenge.startsWith("User") ? QByteArray("user") : QByteArray("s3cret-pw");
        return s;
    }
};

// A failing source, like a file that cannot be read half-way.
class BrokenSource : public MessageSource
{
public:
    QByteArray read(qint64) override
    {
        if (m_calls++ == 0)
            return "Subject: x\r\n\r\npart one\r\n";
        return {};
    }
    bool atEnd() const override { return false; }
    QString errorString() const override { return QStringLiteral("disk on fire"); }
private:
    int m_calls = 0;
};

const char ehloPipelining[] = "S: 250-mx.test\nS: 250-PIPELINING\nS: 250-8BITMIME\nS: 250 ENHANCEDSTATUSCODES\n";

} // namespace

Q_DECLARE_METATYPE(postscope::auth::MechanismOrder)

class TestClientEngine : public QObject
{
    Q_OBJECT
private slots:
    void lockstepSend();
    void pipelinedGroupInOneWrite();
    void nextTransactionFollowsFinalDot();
    void senderRefused_data();
    void senderRefused();
    void someRecipientsRefused_data();
    void someRecipientsRefused();
    void allRecipientsRefusedLockstep();
    void allRecipientsRefusedButDataAccepted();
    void dataRefusedAfterDot();
    void closingReplyMidTransaction();
    void unsolicited421();
    void disconnectMidData();
    void disconnectWithCommandPending();
    void malformedReply_data();
    void malformedReply();
    void unsolicitedExtraReply();
    void greetingRefused();
    void heloFallback();
    void heloRefused();
    void startTls();
    void startTlsInjection();
    void startTlsNotOffered();
    void startTlsRefused();
    void authPlainRedacted();
    void authFallback_data();
    void authFallback();
    void authStepsDecoded();
    void authLoginChallenges();
    void authFailed();
    void authNotOffered();
    void authMalformedChallenge();
    void plaintextAuthRefused_data();
    void plaintextAuthRefused();
    void awaitedReplyNamesTheCommand();
    void manyRepliesInOneRead();
    void endlessReplyIsBounded_data();
    void endlessReplyIsBounded();
    void startTlsInjectionInALaterSlice();
    void sizeParameter();
    void sizeLimitExceeded();
    void eightBitAndUtf8_data();
    void eightBitAndUtf8();
    void chunkingPipelined();
    void chunkingMultipleChunksLockstep();
    void lmtpPerRecipientReplies();
    void outOfOrderRequests();
    void injectionInAddressRefused();
    void timeout();
    void sourceFailureNeverEndsData();
    void rawConsoleData();
    void vrfyExpnHelpNoop();
    void dotStuffingAndLineEndings();
    void recordedPostfixSession();
    void dataRefusedLeavesNobodyDelivered();
    void checkRecipientsPipelined();
    void checkRecipientsLockstep();
    void checkRecipientsSenderRefused_data();
    void checkRecipientsSenderRefused();
    void checkRecipientsClosingMidway();
    void checkRecipientsInternational();
    void timingsFromTheClock();
};

void TestClientEngine::lockstepSend()
{
    Harness h;
    h.engine.hello("client.test");
    const auto id = h.engine.send(envelope("a@client.test", {"b@example.test"}), text("Subject: t\n\nbody\n"));
    h.engine.quit();
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx.test ESMTP\n"
        "C: EHLO client.test\n"
        "S: 250-mx.test\n"
        "S: 250 8BITMIME\n"
        "C: MAIL FROM:<a@client.test>\n"
        "S: 250 2.1.0 Ok\n"
        "C: RCPT TO:<b@example.test>\n"
        "S: 250 2.1.5 Ok\n"
        "C: DATA\n"
        "S: 354 go ahead\n"
        "C: Subject: t\n"
        "C: \n"
        "C: body\n"
        "C: .\n"
        "S: 250 2.0.0 Ok: queued\n"
        "C: QUIT\n"
        "S: 221 2.0.0 Bye\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto result = h.transaction(id);
    QVERIFY(result.sent);
    QVERIFY(!result.partial());
    QVERIFY(!result.error);
    QCOMPARE(result.recipients.size(), 1);
    QVERIFY(result.recipients[0].accepted);
    QCOMPARE(result.dataReply.code, 250);
    QCOMPARE(h.engine.state(), State::Closed);
    QVERIFY(!h.fatalError());
}

void TestClientEngine::pipelinedGroupInOneWrite()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t", "y@t"}), text("hi\r\n"));
    h.server("220 mx\r\n");
    h.takeSent();
    h.writes.clear();
    h.server("250-mx\r\n250 PIPELINING\r\n");
    // RFC 2920 3.1: MAIL, every RCPT and DATA leave in one write.
    QCOMPARE(h.writes.size(), 1);
    QCOMPARE(h.writes[0], QByteArray("MAIL FROM:<a@c>\r\nRCPT TO:<x@t>\r\nRCPT TO:<y@t>\r\nDATA\r\n"));
    h.server("250 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n");
    QCOMPARE(h.writes.last(), QByteArray("hi\r\n.\r\n"));
    QVERIFY(!h.finished(id));
    h.server("250 queued\r\n");
    QVERIFY(h.transaction(id).sent);
}

void TestClientEngine::nextTransactionFollowsFinalDot()
{
    Harness h;
    h.engine.hello("c");
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << h.engine.send(envelope("a@c", {"x@t"}), text("m" + QByteArray::number(i) + "\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\n"
        "C: EHLO c\n"
        "S: 250-mx\n"
        "S: 250 PIPELINING\n"
        "C: MAIL FROM:<a@c>\n"
        "C: RCPT TO:<x@t>\n"
        "C: DATA\n"
        "S: 250 ok\n"
        "S: 250 ok\n"
        "S: 354 go\n"
        // the end of data and the next group in the same write
        "C: m0\n"
        "C: .\n"
        "C: MAIL FROM:<a@c>\n"
        "C: RCPT TO:<x@t>\n"
        "C: DATA\n"
        "S: 250 queued 0\n"
        "S: 250 ok\n"
        "S: 250 ok\n"
        "S: 354 go\n"
        "C: m1\n"
        "C: .\n"
        "C: MAIL FROM:<a@c>\n"
        "C: RCPT TO:<x@t>\n"
        "C: DATA\n"
        "S: 250 queued 1\n"
        "S: 250 ok\n"
        "S: 250 ok\n"
        "S: 354 go\n"
        "C: m2\n"
        "C: .\n"
        "S: 250 queued 2\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int i = 0; i < 3; ++i) {
        const auto r = h.transaction(ids[i]);
        QVERIFY(r.sent);
        QCOMPARE(r.dataReply.text(), QByteArray("queued ") + QByteArray::number(i));
    }
    QVERIFY(h.engine.isIdle());
}

void TestClientEngine::senderRefused_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("lockstep") << false;
    QTest::newRow("pipelined") << true;
}

void TestClientEngine::senderRefused()
{
    QFETCH(bool, pipelining);
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("bad@c", {"x@t"}), text("secret body\r\n"));
    h.engine.noop();
    QString script = QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250-mx\n");
    if (pipelining) {
        script += QStringLiteral("S: 250 PIPELINING\n"
                                 "C: MAIL FROM:<bad@c>\nC: RCPT TO:<x@t>\nC: DATA\n"
                                 "S: 550 5.7.1 Sender rejected\nS: 503 5.5.1 need MAIL\nS: 503 5.5.1 need MAIL\n");
    } else {
        script += QStringLiteral("S: 250 SIZE\nC: MAIL FROM:<bad@c> SIZE=13\nS: 550 5.7.1 Sender rejected\n");
    }
    script += QStringLiteral("C: RSET\nS: 250 ok\nC: NOOP\nS: 250 ok\n");
    const QString problem = h.replay(script);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::SenderRefused);
    QCOMPARE(r.error.code, 550);
    QCOMPARE(r.error.enhanced.toString(), QStringLiteral("5.7.1"));
    QVERIFY(r.error.message.contains(QLatin1String("Sender rejected")));
    QCOMPARE(r.dataBytes, 0);
    QVERIFY(!h.fatalError());
}

void TestClientEngine::someRecipientsRefused_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("lockstep") << false;
    QTest::newRow("pipelined") << true;
}

void TestClientEngine::someRecipientsRefused()
{
    QFETCH(bool, pipelining);
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"alice@t", "ghost@t", "bob@t"}), text("x\r\n"));
    QString script = QStringLiteral("S: 220 mx\nC: EHLO c\n");
    if (pipelining) {
        script += QStringLiteral("S: 250-mx\nS: 250 PIPELINING\n"
                                 "C: MAIL FROM:<a@c>\nC: RCPT TO:<alice@t>\nC: RCPT TO:<ghost@t>\nC: RCPT TO:<bob@t>\nC: DATA\n"
                                 "S: 250 ok\nS: 250 ok\nS: 550 5.1.1 <ghost@t>: User unknown\nS: 251 will forward\nS: 354 go\n");
    } else {
        script += QStringLiteral("S: 250 mx\nC: MAIL FROM:<a@c>\nS: 250 ok\nC: RCPT TO:<alice@t>\nS: 250 ok\n"
                                 "C: RCPT TO:<ghost@t>\nS: 550 5.1.1 <ghost@t>: User unknown\n"
                                 "C: RCPT TO:<bob@t>\nS: 251 will forward\nC: DATA\nS: 354 go\n");
    }
    script += QStringLiteral("C: x\nC: .\nS: 250 queued\n");
    const QString problem = h.replay(script);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(r.sent);
    QVERIFY(r.partial());
    QVERIFY(!r.error);
    QCOMPARE(r.recipients.size(), 3);
    QVERIFY(r.recipients[0].accepted);
    QVERIFY(!r.recipients[1].accepted);
    QCOMPARE(r.recipients[1].reply.code, 550);
    QCOMPARE(r.recipients[1].reply.enhanced.toString(), QStringLiteral("5.1.1"));
    QVERIFY(r.recipients[2].accepted);
    QCOMPARE(r.recipients[2].reply.code, 251);
}

void TestClientEngine::allRecipientsRefusedLockstep()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t", "y@t"}), text("never sent\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 250 mx\n"
        "C: MAIL FROM:<a@c>\nS: 250 ok\n"
        "C: RCPT TO:<x@t>\nS: 550 no\n"
        "C: RCPT TO:<y@t>\nS: 450 4.2.0 later\n"
        "C: RSET\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::RecipientsRefused);
    QCOMPARE(r.dataBytes, 0);
    QCOMPARE(r.recipients[1].reply.code, 450);
}

void TestClientEngine::allRecipientsRefusedButDataAccepted()
{
    // RFC 2920 3.1: a server that answers 354 although no RCPT succeeded gets
    // a lone dot, and none of the message.
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("never sent\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 PIPELINING\n"
        "C: MAIL FROM:<a@c>\nC: RCPT TO:<x@t>\nC: DATA\n"
        "S: 250 ok\nS: 550 no\nS: 354 go\n"
        "C: .\n"
        "S: 554 no valid recipients\n"
        "C: RSET\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::RecipientsRefused);
}

void TestClientEngine::dataRefusedAfterDot()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("spam\r\n"));
    const auto id2 = h.engine.send(envelope("a@c", {"x@t"}), text("ham\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 PIPELINING\n"
        "C: MAIL FROM:<a@c>\nC: RCPT TO:<x@t>\nC: DATA\n"
        "S: 250 ok\nS: 250 ok\nS: 354 go\n"
        "C: spam\nC: .\nC: MAIL FROM:<a@c>\nC: RCPT TO:<x@t>\nC: DATA\n"
        // no RSET between: the refused data ended the first transaction
        "S: 554 5.7.1 looks like spam\nS: 250 ok\nS: 250 ok\nS: 354 go\n"
        "C: ham\nC: .\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::DataRefused);
    QCOMPARE(r.error.code, 554);
    QVERIFY(h.transaction(id2).sent);
}

void TestClientEngine::closingReplyMidTransaction()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t", "y@t"}), text("x\r\n"));
    const auto after = h.engine.noop();
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 250 mx\n"
        "C: MAIL FROM:<a@c>\nS: 250 ok\n"
        "C: RCPT TO:<x@t>\nS: 421 4.3.2 shutting down\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(h.engine.state(), State::Closed);
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::Disconnected);
    QCOMPARE(h.fatalError().code, 421);
    QCOMPARE(h.request(after).error.kind, SmtpError::Kind::Disconnected);
    QVERIFY(h.takeSent().isEmpty());
}

void TestClientEngine::unsolicited421()
{
    Harness h;
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    h.server("421 4.4.2 idle timeout\r\n");
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::Disconnected);
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::disconnectMidData()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("x\r\n"));
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    h.server("250 ok\r\n");
    h.server("250 ok\r\n");
    h.server("354 go\r\n");
    QVERIFY(h.takeSent().endsWith("x\r\n.\r\n"));
    h.engine.connectionClosed();
    h.settle();
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);   // the 250 never came: nothing is reported as sent
    QCOMPARE(r.error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::Disconnected);
}

void TestClientEngine::disconnectWithCommandPending()
{
    // Found by fuzz_clientengine: a command waiting for its reply when the
    // connection went ended twice (it is both the current request and an
    // expected reply). Every request ends exactly once.
    Harness h;
    const auto vrfy = h.engine.vrfy("x");
    const auto noop = h.engine.noop();
    h.server("220 mx\r\n");
    QCOMPARE(h.takeSent(), QByteArray("VRFY x\r\n"));
    h.engine.connectionClosed();
    h.settle();
    QCOMPARE(h.engine.state(), State::Closed);
    for (const auto id : {vrfy, noop}) {
        int ends = 0;
        for (const auto &e : std::as_const(h.events)) {
            if (e.type == Event::Type::RequestFinished && e.requestId == id) {
                ++ends;
                QCOMPARE(e.error.kind, SmtpError::Kind::Disconnected);
            }
        }
        QCOMPARE(ends, 1);
    }
}

void TestClientEngine::malformedReply_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("letters") << QByteArray("abc hello\r\n");
    QTest::newRow("short code") << QByteArray("25 ok\r\n");
    QTest::newRow("bad separator") << QByteArray("250x ok\r\n");
    QTest::newRow("mixed codes") << QByteArray("250-mx\r\n251 PIPELINING\r\n");
    QTest::newRow("code 999") << QByteArray("999 what\r\n");
    QTest::newRow("endless line") << QByteArray(100000, 'x');
}

void TestClientEngine::malformedReply()
{
    QFETCH(QByteArray, bytes);
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("x\r\n"));
    h.server("220 mx\r\n");
    h.server(bytes);
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::ProtocolViolation);
    QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::ProtocolViolation);
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::unsolicitedExtraReply()
{
    Harness h;
    const auto id = h.engine.noop();
    h.server("220 mx\r\n");
    QCOMPARE(h.takeSent(), QByteArray("NOOP\r\n"));
    // Two replies to one command: the second must not be taken for an answer
    // to anything else.
    h.server("250 ok\r\n250 extra\r\n");
    QCOMPARE(h.request(id).reply.code, 250);
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::ProtocolViolation);
}

void TestClientEngine::greetingRefused()
{
    Harness h;
    const auto id = h.engine.hello("c");
    h.server("554 5.3.2 no service for you\r\n");
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::ConnectFailed);
    QCOMPARE(h.fatalError().code, 554);
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::ConnectFailed);
    QVERIFY(h.takeSent().isEmpty());
}

void TestClientEngine::heloFallback()
{
    Harness h;
    const auto id = h.engine.hello("c");
    const auto tx = h.engine.send(envelope("a@c", {"x@t"}), text("x\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 old.test SMTP\nC: EHLO c\nS: 502 5.5.2 what?\nC: HELO c\nS: 250 old.test\n"
        "C: MAIL FROM:<a@c>\nS: 250 ok\nC: RCPT TO:<x@t>\nS: 250 ok\nC: DATA\nS: 354 go\nC: x\nC: .\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!h.request(id).error);
    QVERIFY(h.engine.capabilities().keywords().isEmpty());
    QVERIFY(h.transaction(tx).sent);
}

void TestClientEngine::heloRefused()
{
    Harness h;
    const auto id = h.engine.hello("c");
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 550 go away\nC: HELO c\nS: 550 5.7.1 really go away\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::HeloRefused);
    QCOMPARE(h.request(id).error.code, 550);
}

void TestClientEngine::startTls()
{
    Harness h;
    h.engine.hello("c");
    const auto tls = h.engine.startTls();
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250-SIZE 1000\r\n250 STARTTLS\r\n");
    QVERIFY(h.engine.capabilities().startTls());
    h.takeSent();
    h.events.clear();
    h.server("220 2.0.0 Ready to start TLS\r\n");
    QCOMPARE(h.ofType(Event::Type::TlsRequested).size(), 1);
    QCOMPARE(h.engine.state(), State::StartingTls);
    QVERIFY(h.takeSent().isEmpty());
    h.engine.tlsEstablished();
    h.settle();
    QVERIFY(h.finished(tls));
    QVERIFY(!h.request(tls).error);
    QVERIFY(h.engine.isEncrypted());
    // RFC 3207 4.2: everything learnt before TLS is forgotten.
    QVERIFY(!h.engine.capabilities().startTls());
    QCOMPARE(h.engine.capabilities().sizeLimit(), -1);
    QCOMPARE(h.engine.state(), State::Greeted);
    h.engine.hello("c");
    h.settle();
    QCOMPARE(h.takeSent(), QByteArray("EHLO c\r\n"));
    h.server("250-mx\r\n250 AUTH PLAIN\r\n");
    QCOMPARE(h.engine.capabilities().authMechanisms(), QList<QByteArray>{"PLAIN"});
}

void TestClientEngine::startTlsInjection()
{
    Harness h;
    h.engine.hello("c");
    const auto tls = h.engine.startTls();
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 STARTTLS\r\n");
    h.takeSent();
    // The 220 and a forged reply arrive together, before any handshake.
    h.server("220 go ahead\r\n250-evil\r\n250 AUTH PLAIN\r\n");
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::TlsFailed);
    QCOMPARE(h.request(tls).error.kind, SmtpError::Kind::TlsFailed);
    QVERIFY(h.ofType(Event::Type::TlsRequested).isEmpty());
    QVERIFY(h.takeSent().isEmpty());
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::startTlsNotOffered()
{
    Harness h;
    h.engine.hello("c");
    const auto tls = h.engine.startTls();
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 PIPELINING\r\n");
    QCOMPARE(h.request(tls).error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(h.takeSent(), QByteArray("EHLO c\r\n"));
}

void TestClientEngine::startTlsRefused()
{
    Harness h;
    h.engine.hello("c");
    const auto tls = h.engine.startTls();
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 STARTTLS\r\n");
    h.server("454 4.7.0 TLS not available due to temporary reason\r\n");
    QCOMPARE(h.request(tls).error.kind, SmtpError::Kind::TlsFailed);
    QCOMPARE(h.request(tls).error.code, 454);
    QVERIFY(!h.engine.isEncrypted());
}

// smtplib's login(): after a failure reply the next candidate (in the
// --auth-order) is tried; 235 and 503 end it; a 421, or the client's own
// "*", end it without a fallback. Each row is the server's answer to each
// AUTH line in turn; "mechanisms" the AUTH lines expected.
void TestClientEngine::authFallback_data()
{
    QTest::addColumn<auth::MechanismOrder>("order");
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QList<QByteArray>>("answers");
    QTest::addColumn<QList<QByteArray>>("mechanisms");
    QTest::addColumn<int>("exitCode"); // 0: logged in

    using L = QList<QByteArray>;
    const auto ours = auth::MechanismOrder::Postscope;
    const auto smtplib = auth::MechanismOrder::Smtplib;
    QTest::newRow("535, then the next one succeeds")
        << ours << QByteArray("PLAIN CRAM-MD5 LOGIN") << L {"535 5.7.8 no", "235 2.7.0 ok"}
        << L {"CRAM-MD5", "PLAIN"} << 0;
    QTest::newRow("every candidate refused: the last reply decides, exit 7")
        << ours << QByteArray("PLAIN CRAM-MD5") << L {"535 5.7.8 no", "535 5.7.8 still no"}
        << L {"CRAM-MD5", "PLAIN"} << 7;
    QTest::newRow("smtplib order: CRAM-MD5, PLAIN, LOGIN; SCRAM never tried")
        << smtplib << QByteArray("SCRAM-SHA-256 LOGIN PLAIN") << L {"504 5.5.4 nope", "235 ok"}
        << L {"PLAIN", "LOGIN"} << 0;
    QTest::newRow("503 already authenticated counts as success")
        << ours << QByteArray("PLAIN CRAM-MD5") << L {"503 5.5.1 already authenticated"}
        << L {"CRAM-MD5"} << 0;
    QTest::newRow("421 ends it: no fallback")
        << ours << QByteArray("PLAIN CRAM-MD5") << L {"421 4.7.0 bye"} << L {"CRAM-MD5"} << 7;
    QTest::newRow("454 temporary: the next one")
        << ours << QByteArray("SCRAM-SHA-1 PLAIN") << L {"454 4.7.0 try later", "235 ok"}
        << L {"SCRAM-SHA-1", "PLAIN"} << 0;
}

void TestClientEngine::authFallback()
{
    QFETCH(auth::MechanismOrder, order);
    QFETCH(QByteArray, offered);
    QFETCH(QList<QByteArray>, answers);
    QFETCH(QList<QByteArray>, mechanisms);
    QFETCH(int, exitCode);
    ClientEngine::Options options;
    options.authOrder = order;
    Harness h(options, Channel::Encrypted);
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH " + offered + "\r\n");
    h.takeSent();
    auth::Credentials credentials;
    credentials.user = QStringLiteral("bob");
    credentials.password = QStringLiteral("s3cret-pw");
    const auto id
        = h.engine.authenticate(auth::autoMechanisms(auth::CredentialKind::Password, order),
                                [credentials](const QByteArray &name) {
                                    return auth::createClientMechanism(name, credentials);
                                });
    h.settle();
    QList<QByteArray> lines;
    for (const QByteArray &answer : answers) {
        const QByteArray wire = h.takeSent();
        QVERIFY2(wire.startsWith("AUTH "), wire.constData());
        lines << wire.mid(5).split(' ').value(0).trimmed();
        // The answer comes before any challenge: the failure (or success)
        // of this attempt.
        h.server(answer + "\r\n");
    }
    QCOMPARE(lines, mechanisms);
    QVERIFY(h.finished(id));
    const Event done = h.request(id);
    QCOMPARE(done.attempts, mechanisms);
    QCOMPARE(done.mechanism, mechanisms.constLast());
    if (exitCode == 0) {
        QVERIFY2(!done.error, qPrintable(done.error.message));
    } else {
        const SmtpError error = done.error ? done.error : h.fatalError();
        QVERIFY(error);
        QCOMPARE(SmtpError::exitCode(error.kind), exitCode);
    }
    // Nothing more went out for the login: no AUTH after the end.
    QVERIFY(!h.takeSent().contains("AUTH"));
    // PLAIN's secret is on the wire in base64 only, never as it is.
    QVERIFY(!h.writes.join().contains("s3cret-pw"));
}

// Each AUTH step decoded in an AuthStep event, secrets redacted unless the
// options ask for them (--show-secrets); a client cancel is said in words.
void TestClientEngine::authStepsDecoded()
{
    for (const auto display : {auth::SecretDisplay::Redacted, auth::SecretDisplay::Revealed}) {
        ClientEngine::Options options;
        options.authStepDisplay = display;
        Harness h(options, Channel::Encrypted);
        h.engine.hello("c");
        h.server("220 mx\r\n");
        h.server("250-mx\r\n250 AUTH LOGIN\r\n");
        auth::Credentials credentials;
        credentials.user = QStringLiteral("bob");
        credentials.password = QStringLiteral("s3cret-pw");
        const auto id = h.engine.authenticate({"LOGIN"}, [credentials](const QByteArray &name) {
            return auth::createClientMechanism(name, credentials);
        });
        h.settle();
        h.server("334 VXNlcm5hbWU6\r\n"); // "Username:"
        h.server("334 UGFzc3dvcmQ6\r\n"); // "Password:"
        h.server("235 2.7.0 ok\r\n");
        QVERIFY(h.finished(id));
        QVERIFY(!h.request(id).error);
        QStringList steps;
        for (const Event &e : h.ofType(Event::Type::AuthStep))
            steps << e.text;
        const QString all = steps.join(u'\n');
        QCOMPARE(steps.size(), 4); // two challenges, two responses
        QVERIFY2(all.contains(u"Username:") && all.contains(u"bob"), qPrintable(all));
        if (display == auth::SecretDisplay::Redacted) {
            QVERIFY2(!all.contains(u"s3cret-pw"), qPrintable(all));
            QVERIFY2(all.contains(auth::redactionMark), qPrintable(all));
        } else {
            QVERIFY2(all.contains(u"s3cret-pw"), qPrintable(all));
        }
    }

    // A challenge that is not base64: "*", and the step says why.
    Harness h({}, Channel::Encrypted);
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH CRAM-MD5 PLAIN\r\n");
    auth::Credentials credentials;
    credentials.user = QStringLiteral("bob");
    credentials.password = QStringLiteral("pw");
    const auto id = h.engine.authenticate(auth::autoMechanisms(auth::CredentialKind::Password),
                                          [credentials](const QByteArray &name) {
                                              return auth::createClientMechanism(name, credentials);
                                          });
    h.settle();
    h.takeSent();
    h.server("334 !!!not-base64\r\n");
    QCOMPARE(h.takeSent(), QByteArray("*\r\n"));
    h.server("501 5.7.0 cancelled\r\n");
    QVERIFY(h.finished(id));
    // The client cancelled: no fallback to the weaker PLAIN.
    QCOMPARE(h.request(id).attempts, QList<QByteArray> {"CRAM-MD5"});
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::AuthFailed);
    QVERIFY(h.takeSent().isEmpty());
    const QList<Event> steps = h.ofType(Event::Type::AuthStep);
    QVERIFY(!steps.isEmpty());
    QVERIFY2(steps.constLast().text.contains(u"cancelled"), qPrintable(steps.constLast().text));
}

void TestClientEngine::authPlainRedacted()
{
    Harness h(plaintextAuthAllowed());
    h.engine.hello("c");
    const auto id = h.engine.authenticate(std::make_unique<TestPlain>());
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH LOGIN PLAIN\r\n");
    const QByteArray wire = h.takeSent();
    QVERIFY(wire.endsWith("AUTH PLAIN " + QByteArray("\0user\0s3cret-pw", 15).toBase64() + "\r\n"));
    h.server("235 2.7.0 Authentication successful\r\n");
    QVERIFY(h.finished(id));
    QVERIFY(!h.request(id).error);
    for (const auto &e : h.ofType(Event::Type::CommandSent)) {
        QVERIFY(!e.command.display().contains(QByteArray("\0user\0s3cret-pw", 15).toBase64()));
        QVERIFY(!e.command.display().contains("s3cret"));
    }
}

void TestClientEngine::authLoginChallenges()
{
    Harness h(plaintextAuthAllowed());
    h.engine.hello("c");
    const auto id = h.engine.authenticate(std::make_unique<TestLogin>());
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 AUTH=LOGIN\n"
        "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\n"
        "C: dXNlcg==\nS: 334 UGFzc3dvcmQ6\n"
        "C: czNjcmV0LXB3\nS: 235 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!h.request(id).error);
    for (const auto &e : h.ofType(Event::Type::CommandSent))
        QVERIFY(!e.command.display().contains("czNjcmV0LXB3"));
}

void TestClientEngine::authFailed()
{
    Harness h(plaintextAuthAllowed());
    h.engine.hello("c");
    const auto id = h.engine.authenticate(std::make_unique<TestPlain>());
    const auto after = h.engine.noop();
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH PLAIN\r\n");
    h.server("535 5.7.8 Error: authentication failed\r\n");
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::AuthFailed);
    QCOMPARE(h.request(id).error.enhanced.toString(), QStringLiteral("5.7.8"));
    // The session goes on: the next request runs.
    QVERIFY(h.takeSent().endsWith("NOOP\r\n"));
    h.server("250 ok\r\n");
    QVERIFY(!h.request(after).error);
}

void TestClientEngine::authNotOffered()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.authenticate(std::make_unique<TestPlain>());
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH CRAM-MD5\r\n");
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(h.takeSent(), QByteArray("EHLO c\r\n"));
    Harness h2;
    h2.engine.hello("c");
    const auto id2 = h2.engine.authenticate(std::make_unique<TestPlain>());
    h2.server("220 mx\r\n");
    h2.server("250 mx\r\n");
    QCOMPARE(h2.request(id2).error.kind, SmtpError::Kind::NotSupported);
}

void TestClientEngine::authMalformedChallenge()
{
    Harness h(plaintextAuthAllowed());
    h.engine.hello("c");
    const auto id = h.engine.authenticate(std::make_unique<TestLogin>());
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 AUTH LOGIN\r\n");
    h.takeSent();
    h.server("334 !!!not base64!!!\r\n");
    QCOMPARE(h.takeSent(), QByteArray("*\r\n"));   // RFC 4954 4: cancel
    h.server("501 5.7.0 cancelled\r\n");
    QCOMPARE(h.request(id).error.kind, SmtpError::Kind::AuthFailed);
}

void TestClientEngine::plaintextAuthRefused_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<PlaintextAuth>("policy");
    QTest::addColumn<bool>("refused");
    const auto plain = Channel::Plaintext;
    const auto tls = Channel::Encrypted;
    const auto refuse = PlaintextAuth::Refuse;
    const auto allow = PlaintextAuth::Allow;
    // RFC 4954 14: PLAIN and LOGIN reveal the password to whoever reads the connection.
    QTest::newRow("PLAIN, plaintext") << QByteArray("PLAIN") << plain << false << refuse << true;
    QTest::newRow("LOGIN, plaintext") << QByteArray("LOGIN") << plain << false << refuse << true;
    QTest::newRow("plain (lower case), plaintext")
        << QByteArray("plain") << plain << false << refuse << true;
    QTest::newRow("unknown mechanism, plaintext")
        << QByteArray("XOAUTH2") << plain << false << refuse << true;
    QTest::newRow("PLAIN, plaintext, allowed")
        << QByteArray("PLAIN") << plain << false << allow << false;
    QTest::newRow("PLAIN, implicit TLS") << QByteArray("PLAIN") << tls << false << refuse << false;
    QTest::newRow("PLAIN, after STARTTLS")
        << QByteArray("PLAIN") << plain << true << refuse << false;
    QTest::newRow("LOGIN, after STARTTLS")
        << QByteArray("LOGIN") << plain << true << refuse << false;
    // RFC 2195, RFC 5802: these prove the password without sending it.
    QTest::newRow("CRAM-MD5, plaintext")
        << QByteArray("CRAM-MD5") << plain << false << refuse << false;
    QTest::newRow("SCRAM-SHA-256, plaintext")
        << QByteArray("SCRAM-SHA-256") << plain << false << refuse << false;
    QTest::newRow("SCRAM-SHA-1, plaintext")
        << QByteArray("SCRAM-SHA-1") << plain << false << refuse << false;
}

void TestClientEngine::plaintextAuthRefused()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(Channel, channel);
    QFETCH(bool, startTls);
    QFETCH(PlaintextAuth, policy);
    QFETCH(bool, refused);
    ClientEngine::Options options;
    options.plaintextAuth = policy;
    Harness h(options, channel);
    QCOMPARE(h.engine.isEncrypted(), channel == Channel::Encrypted);
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 "
             "XOAUTH2\r\n");
    if (startTls) {
        h.engine.startTls();
        h.settle();
        h.server("220 go ahead\r\n");
        QCOMPARE(h.engine.state(), State::StartingTls);
        h.engine.tlsEstablished();
        h.engine.hello("c");
        h.settle();
        h.server("250-mx\r\n250 AUTH PLAIN LOGIN\r\n");
        QVERIFY(h.engine.isEncrypted());
    }
    h.takeSent();
    const auto id = h.engine.authenticate(std::make_unique<NamedMechanism>(mechanism));
    const auto after = h.engine.noop();
    h.settle();
    const QByteArray wire = h.takeSent();
    if (refused) {
        QVERIFY(h.finished(id));
        const SmtpError error = h.request(id).error;
        QCOMPARE(error.kind, SmtpError::Kind::NotSupported);
        QCOMPARE(SmtpError::exitCode(error.kind), 11);
        QVERIFY2(error.message.contains(QStringLiteral("not encrypted")),
                 qPrintable(error.message));
        // Nothing of the exchange went out: no AUTH line at all. The session
        // goes on with the next request.
        QVERIFY2(!wire.contains("AUTH"), wire.constData());
        QCOMPARE(wire, QByteArray("NOOP\r\n"));
        h.server("250 ok\r\n");
        QVERIFY(h.finished(after));
        QVERIFY(!h.request(after).error);
    } else {
        QVERIFY2(wire.startsWith("AUTH " + mechanism.toUpper())
                     || wire.startsWith("AUTH " + mechanism),
                 wire.constData());
        QVERIFY(!h.finished(id));
    }
}

void TestClientEngine::awaitedReplyNamesTheCommand()
{
    Harness h;
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the greeting"));
    h.engine.hello("c");
    h.server("220 mx\r\n");
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the reply to EHLO"));
    h.server("250 mx\r\n");
    QVERIFY(h.engine.awaitedReply().isEmpty());
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("Subject: x\r\n\r\nbody\r\n"));
    h.settle();
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the reply to MAIL FROM"));
    h.server("250 ok\r\n");
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the reply to RCPT TO"));
    h.server("250 ok\r\n");
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the reply to DATA"));
    h.server("354 go\r\n");
    QCOMPARE(h.engine.awaitedReply(), QStringLiteral("the reply to the end of the message data"));
    // What timed out travels in the error (exit 12).
    h.engine.timedOut(
        QStringLiteral("Timed out after 2 s waiting for %1").arg(h.engine.awaitedReply()));
    h.settle();
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::Timeout);
    QCOMPARE(
        h.fatalError().message,
        QStringLiteral("Timed out after 2 s waiting for the reply to the end of the message data"));
    QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::Timeout);
    QVERIFY(!h.transaction(id).sent);
    QVERIFY(h.engine.awaitedReply().isEmpty());

    Harness v;
    v.engine.hello("c");
    v.server("220 mx\r\n");
    v.server("250 mx\r\n");
    v.engine.vrfy("postmaster");
    v.settle();
    QCOMPARE(v.engine.awaitedReply(), QStringLiteral("the reply to VRFY"));
    Harness r;
    r.server("220 mx\r\n");
    r.engine.raw("XCLIENT \x1b[2J secret");
    r.settle();
    // Only the typed verb, escaped (protocol/printable.h).
    QCOMPARE(r.engine.awaitedReply(), QStringLiteral("the reply to XCLIENT"));
}

void TestClientEngine::manyRepliesInOneRead()
{
    // Many complete replies in one read are fine, even when together they
    // are longer than the bound on one unfinished reply (RFC 2920: a
    // pipelined group of 600 RCPT is answered in one go).
    ClientEngine::Options options;
    options.replyLimits.maxBuffered = 4096;
    Harness h(options);
    h.engine.hello("c");
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 PIPELINING\r\n");
    QList<QByteArray> to;
    for (int i = 0; i < 600; ++i)
        to << "r" + QByteArray::number(i) + "@t";
    const auto id = h.engine.send(envelope("a@c", to), text("Subject: x\r\n\r\nbody\r\n"));
    h.settle();
    QByteArray replies = "250 2.1.0 ok\r\n";
    for (int i = 0; i < 600; ++i)
        replies += "250 2.1.5 ok\r\n";
    replies += "354 go ahead\r\n";
    QVERIFY(replies.size() > 2 * options.replyLimits.maxBuffered);
    h.server(replies);
    QVERIFY2(!h.fatalError(), qPrintable(h.fatalError().message));
    QVERIFY(h.takeSent().endsWith("body\r\n.\r\n"));
    h.server("250 2.0.0 queued\r\n");
    QVERIFY(h.transaction(id).sent);
    QCOMPARE(h.transaction(id).recipients.size(), 600);
    QVERIFY(h.transaction(id).recipients.last().accepted);
}

void TestClientEngine::endlessReplyIsBounded_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("why");
    QTest::newRow("endless continuation lines")
        << QByteArray("250-more\r\n") << QStringLiteral("lines");
    QTest::newRow("endless line") << QByteArray("x") << QStringLiteral("too long");
    QTest::newRow("long continuation lines")
        << QByteArray("250-" + QByteArray(3000, 'y') + "\r\n") << QStringLiteral("bytes");
}

void TestClientEngine::endlessReplyIsBounded()
{
    QFETCH(QByteArray, unit);
    QFETCH(QString, why);
    Harness h;
    h.engine.hello("c");
    h.server("220 mx\r\n");
    const QByteArray start = unit == "x" ? QByteArray("250 ") : QByteArray();
    // 8 MiB in 64 KiB reads: the engine gives up long before, with
    // ProtocolViolation (exit 13), and keeps no more than its bound.
    QByteArray piece;
    while (piece.size() < 64 * 1024)
        piece += unit;
    h.engine.receive(start);
    int fed = 0;
    for (; fed < 128 && h.engine.state() != State::Closed; ++fed)
        h.engine.receive(piece);
    h.settle();
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::ProtocolViolation);
    QCOMPARE(SmtpError::exitCode(h.fatalError().kind), 13);
    QVERIFY2(h.fatalError().message.contains(why), qPrintable(h.fatalError().message));
    // Stopped within the parser's limits (1 MiB, 1000 lines of 4096 octets).
    QVERIFY2(fed <= 20, qPrintable(QString::number(fed)));
    QVERIFY(h.ofType(Event::Type::ReplyReceived).size() == 1); // the greeting only
}

void TestClientEngine::startTlsInjectionInALaterSlice()
{
    // The engine parses a read in slices (a quarter of maxBuffered, here
    // 1024 octets). A 220 that fills the first slice exactly, with a forged
    // reply in the next: still plaintext after the 220, still refused, and
    // no handshake is asked for.
    ClientEngine::Options options;
    options.replyLimits.maxBuffered = 4096;
    Harness h(options);
    h.engine.hello("c");
    const auto tls = h.engine.startTls();
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 STARTTLS\r\n");
    h.takeSent();
    const QByteArray ready = "220 " + QByteArray(1024 - 6, 'g') + "\r\n";
    QCOMPARE(ready.size(), 1024);
    h.engine.receive(ready + "250-evil\r\n250 AUTH PLAIN\r\n");
    h.settle();
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::TlsFailed);
    QCOMPARE(h.request(tls).error.kind, SmtpError::Kind::TlsFailed);
    QVERIFY(h.ofType(Event::Type::TlsRequested).isEmpty());
    QVERIFY(h.takeSent().isEmpty());
    QCOMPARE(h.engine.state(), State::Closed);

    // The same 220 alone is fine: the handshake is asked for.
    Harness ok(options);
    ok.engine.hello("c");
    ok.engine.startTls();
    ok.server("220 mx\r\n");
    ok.server("250-mx\r\n250 STARTTLS\r\n");
    ok.engine.receive(ready);
    ok.settle();
    QCOMPARE(ok.ofType(Event::Type::TlsRequested).size(), 1);
    QCOMPARE(ok.engine.state(), State::StartingTls);
}

void TestClientEngine::sizeParameter()
{
    Harness h;
    h.engine.hello("c");
    h.engine.send(envelope("a@c", {"x@t"}), text("0123456789"));
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 SIZE 1000\r\n");
    // RFC 1870 6: SIZE with the message size.
    QVERIFY(h.takeSent().endsWith("MAIL FROM:<a@c> SIZE=10\r\n"));
}

void TestClientEngine::sizeLimitExceeded()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text(QByteArray(2000, 'x')));
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 SIZE 1000\r\n");
    QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::NotSupported);
    QCOMPARE(h.takeSent(), QByteArray("EHLO c\r\n"));
}

void TestClientEngine::eightBitAndUtf8_data()
{
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<QByteArray>("mail");   // empty: NotSupported, nothing sent
    QTest::newRow("8bit offered") << true << false << QByteArray("250-mx\r\n250 8BITMIME\r\n")
                                  << QByteArray("MAIL FROM:<a@c> BODY=8BITMIME\r\n");
    QTest::newRow("8bit missing") << true << false << QByteArray("250 mx\r\n") << QByteArray();
    QTest::newRow("utf8 offered") << true << true << QByteArray("250-mx\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                                  << QByteArray("MAIL FROM:<a@c> BODY=8BITMIME SMTPUTF8\r\n");
    QTest::newRow("utf8 missing") << false << true << QByteArray("250-mx\r\n250 8BITMIME\r\n") << QByteArray();
}

void TestClientEngine::eightBitAndUtf8()
{
    QFETCH(bool, eightBit);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, ehlo);
    QFETCH(QByteArray, mail);
    Harness h;
    h.engine.hello("c");
    Envelope env = envelope("a@c", {"x@t"});
    env.eightBit = eightBit;
    env.smtpUtf8 = utf8;
    const auto id = h.engine.send(env, text("x"));
    h.server("220 mx\r\n");
    h.takeSent();
    h.server(ehlo);
    if (mail.isEmpty()) {
        QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::NotSupported);
        QVERIFY(h.takeSent().isEmpty());
    } else {
        QCOMPARE(h.takeSent(), mail);
    }
}

void TestClientEngine::chunkingPipelined()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("line\n.dot\n"));
    h.server("220 mx\r\n");
    h.takeSent();
    h.writes.clear();
    h.server("250-mx\r\n250-PIPELINING\r\n250 CHUNKING\r\n");
    // RFC 3030: no dot-stuffing, exact octet count, line endings made CRLF.
    const QByteArray data = "line\r\n.dot\r\n";
    QCOMPARE(h.takeSent(), QByteArray("MAIL FROM:<a@c>\r\nRCPT TO:<x@t>\r\nBDAT ")
                               + QByteArray::number(data.size()) + " LAST\r\n" + data);
    h.server("250 ok\r\n250 ok\r\n250 2.0.0 queued\r\n");
    QVERIFY(h.transaction(id).sent);
}

void TestClientEngine::chunkingMultipleChunksLockstep()
{
    ClientEngine::Options options;
    options.chunkSize = 4;
    Harness g(options);
    g.engine.hello("c");
    const auto gid = g.engine.send(envelope("a@c", {"x@t"}), text("abcdefghij"));
    g.server("220 mx\r\n");
    g.server("250-mx\r\n250 CHUNKING\r\n");
    g.server("250 ok\r\n");
    g.takeSent();
    g.server("250 ok\r\n");
    // Without PIPELINING each chunk waits for the reply to the one before.
    QCOMPARE(g.takeSent(), QByteArray("BDAT 4\r\nabcd"));
    g.server("250 ok\r\n");
    QCOMPARE(g.takeSent(), QByteArray("BDAT 4\r\nefgh"));
    g.server("250 ok\r\n");
    QCOMPARE(g.takeSent(), QByteArray("BDAT 4 LAST\r\nij\r\n"));
    QVERIFY(!g.finished(gid));
    g.server("250 done\r\n");
    QVERIFY(g.transaction(gid).sent);
}

void TestClientEngine::lmtpPerRecipientReplies()
{
    ClientEngine::Options options;
    options.dialect = Dialect::Lmtp;
    Harness h(options);
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"alice@t", "nobody@t", "bob@t", "full@t"}), text("hi\r\n"));
    const QString problem = h.replay(QStringLiteral(
        "S: 220 lmtp ready\nC: LHLO c\nS: 250-lmtp\nS: 250 PIPELINING\n"
        "C: MAIL FROM:<a@c>\nC: RCPT TO:<alice@t>\nC: RCPT TO:<nobody@t>\nC: RCPT TO:<bob@t>\nC: RCPT TO:<full@t>\nC: DATA\n"
        "S: 250 ok\nS: 250 ok\nS: 550 5.1.1 no such user\nS: 250 ok\nS: 250 ok\nS: 354 go\n"
        "C: hi\nC: .\n"
        // RFC 2033 4.2: one reply per accepted recipient, in order
        "S: 250 2.0.0 alice delivered\nS: 250 2.0.0 bob delivered\nS: 452 4.2.2 mailbox full\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(r.sent);
    QVERIFY(r.partial());
    QVERIFY(r.recipients[0].accepted);
    QCOMPARE(r.recipients[0].reply.text(), QByteArray("2.0.0 alice delivered"));
    QVERIFY(!r.recipients[1].accepted);
    QCOMPARE(r.recipients[1].reply.code, 550);
    QVERIFY(r.recipients[2].accepted);
    QVERIFY(!r.recipients[3].accepted);
    QCOMPARE(r.recipients[3].reply.code, 452);
    QVERIFY(h.engine.isIdle());
}

void TestClientEngine::outOfOrderRequests()
{
    Harness h;
    // No EHLO: a transaction is refused, not sent.
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), text("x"));
    const auto v = h.engine.vrfy({});
    const auto tls = h.engine.startTls();
    h.server("220 mx\r\n");
    QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::Usage);
    QCOMPARE(h.request(v).error.kind, SmtpError::Kind::Usage);
    QCOMPARE(h.request(tls).error.kind, SmtpError::Kind::Usage);
    QVERIFY(h.takeSent().isEmpty());
    ClientEngine::Options lmtp;
    lmtp.dialect = Dialect::Lmtp;
    Harness l(lmtp);
    const auto helo = l.engine.helo("c");
    l.server("220 lmtp\r\n");
    QCOMPARE(l.request(helo).error.kind, SmtpError::Kind::Usage);
}

void TestClientEngine::injectionInAddressRefused()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t>\r\nRCPT TO:<evil@t"}), text("x"));
    const auto id2 = h.engine.send(envelope("a@c\r\nDATA", {"x@t"}), text("x"));
    const auto v = h.engine.vrfy("bob\r\nEXPN staff");
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    QCOMPARE(h.transaction(id).error.kind, SmtpError::Kind::Usage);
    QCOMPARE(h.transaction(id2).error.kind, SmtpError::Kind::Usage);
    QCOMPARE(h.request(v).error.kind, SmtpError::Kind::Usage);
    QCOMPARE(h.takeSent(), QByteArray("EHLO c\r\n"));   // nothing else left the machine
}

void TestClientEngine::timeout()
{
    Harness h;
    h.engine.hello("c");
    QVERIFY(h.engine.awaitingReply());   // the greeting
    h.server("220 mx\r\n");
    QVERIFY(h.engine.awaitingReply());   // the EHLO reply
    h.engine.timedOut();
    h.settle();
    QCOMPARE(h.fatalError().kind, SmtpError::Kind::Timeout);
    QVERIFY(!h.engine.awaitingReply());
}

void TestClientEngine::sourceFailureNeverEndsData()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t"}), std::make_unique<BrokenSource>());
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    h.server("250 ok\r\n");
    h.server("250 ok\r\n");
    h.takeSent();
    h.server("354 go\r\n");
    const QByteArray wire = h.takeSent();
    QVERIFY(!wire.contains("\r\n.\r\n"));   // a truncated message is never ended
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QVERIFY(r.error.message.contains(QLatin1String("disk on fire")));
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::rawConsoleData()
{
    Harness h;
    QList<quint64> ids;
    for (const char *line : {"EHLO me", "MAIL FROM:<a@c>", "RCPT TO:<x@t>", "DATA", "Subject: typed", "", "hello", ".", "QUIT"})
        ids << h.engine.raw(line);
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: EHLO me\nS: 250-mx\nS: 250 PIPELINING\n"
        "C: MAIL FROM:<a@c>\nS: 250 ok\nC: RCPT TO:<x@t>\nS: 250 ok\nC: DATA\nS: 354 go\n"
        "C: Subject: typed\nC: \nC: hello\nC: .\nS: 250 queued\nC: QUIT\nS: 221 bye\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(h.engine.capabilities().pipelining());
    QCOMPARE(h.request(ids[3]).reply.code, 354);
    QCOMPARE(h.request(ids[7]).reply.code, 250);
    QCOMPARE(h.request(ids[8]).reply.code, 221);
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::vrfyExpnHelpNoop()
{
    Harness h;
    const auto v1 = h.engine.vrfy("dhellmann");
    const auto v2 = h.engine.vrfy("notthere");
    const auto e = h.engine.expn("staff");
    const auto hp = h.engine.help();
    const QString problem = h.replay(QStringLiteral(
        "S: 220 mx\nC: VRFY dhellmann\nS: 250 2.1.5 Doug Hellmann <dhellmann@mail.example.com>\n"
        "C: VRFY notthere\nS: 550 5.1.1 <notthere>... User unknown\n"
        "C: EXPN staff\nS: 250-2.1.5 <a@t>\nS: 250 2.1.5 <b@t>\n"
        "C: HELP\nS: 214 see RFC 5321\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(h.request(v1).reply.code, 250);
    QCOMPARE(h.request(v2).reply.code, 550);
    QVERIFY(!h.request(v2).error);   // a negative answer is an answer, not an error
    QCOMPARE(h.request(e).reply.lines.size(), 2);
    QCOMPARE(h.request(hp).reply.code, 214);
}

void TestClientEngine::dotStuffingAndLineEndings()
{
    Harness h;
    h.pumpBudget = 3;   // tiny reads: every split position is exercised
    h.engine.hello("c");
    h.engine.send(envelope("a@c", {"x@t"}), text(".hidden\n..\n.\nbare\rcr\r\nend"));
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    h.server("250 ok\r\n");
    h.server("250 ok\r\n");
    h.takeSent();
    h.server("354 go\r\n");
    QCOMPARE(h.takeSent(), QByteArray("..hidden\r\n...\r\n..\r\nbare\r\ncr\r\nend\r\n.\r\n"));
}

void TestClientEngine::recordedPostfixSession()
{
    // The server side of a recorded Postfix 3.7 conversation, replayed: the
    // engine's commands must match what was recorded (SIZE aside: Postfix
    // offers it, so the engine announces the size).
    QFile file(QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts/postfix-3.7-session.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString recorded = QString::fromUtf8(file.readAll());
    // Take the part up to the end of the pipelined transaction.
    const int cut = recorded.indexOf(QLatin1String("C: MAIL FROM:<a@client.test> BODY=8BITMIME"));
    QVERIFY(cut > 0);
    QString script = recorded.left(cut);
    ClientEngine::Options options;
    options.useChunking = false;   // the recorded client used DATA
    Harness h(options);
    h.engine.hello("client.test");
    h.engine.vrfy("alice@example.test");
    h.engine.vrfy("ghost@example.test");
    h.engine.expn("alice@example.test");
    h.engine.help();
    h.engine.raw("FOO bar");
    const auto id = h.engine.send(envelope("a@client.test", {"alice@example.test", "ghost@example.test"}),
                                  text("Subject: t\r\n\r\n.dot line\r\n"));
    script.replace(QLatin1String("C: MAIL FROM:<a@client.test>\n"),
                   QLatin1String("C: MAIL FROM:<a@client.test> SIZE=25\n"));
    const QString problem = h.replay(script);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(r.sent);
    QVERIFY(r.recipients[0].accepted);
    QVERIFY(!r.recipients[1].accepted);
    QCOMPARE(r.recipients[1].reply.enhanced.toString(), QStringLiteral("5.1.1"));
    QCOMPARE(r.dataReply.text(), QByteArray("2.0.0 Ok: queued as 12597A740F3"));
}

void TestClientEngine::dataRefusedLeavesNobodyDelivered()
{
    // issue 7: RCPT accepted, DATA refused: the RCPT answer is kept, but
    // nobody reads as having the message.
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.send(envelope("a@c", {"x@t", "y@t"}), text("x\r\n"));
    const QString problem = h.replay(
        QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 PIPELINING\n"
                       "C: MAIL FROM:<a@c>\nC: RCPT TO:<x@t>\nC: RCPT TO:<y@t>\nC: DATA\n"
                       "S: 250 ok\nS: 250 2.1.5 ok\nS: 550 5.1.1 no\nS: 554 5.5.1 no data for you\n"
                       "C: RSET\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.sent);
    QCOMPARE(r.error.kind, SmtpError::Kind::DataRefused);
    QVERIFY(r.recipients[0].rcptAccepted);
    QCOMPARE(r.recipients[0].rcptReply.code, 250);
    QVERIFY(!r.recipients[0].accepted);
    QVERIFY(!r.recipients[0].delivered());
    QVERIFY(!r.recipients[1].rcptAccepted);
    QCOMPARE(r.recipients[1].rcptReply.code, 550);
    QVERIFY(!r.recipients[1].accepted);

    // And when the message does go through, RCPT and delivery agree.
    Harness ok;
    ok.engine.hello("c");
    const auto id2 = ok.engine.send(envelope("a@c", {"x@t", "y@t"}), text("x\r\n"));
    QVERIFY(ok.replay(QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250 mx\n"
                                     "C: MAIL FROM:<a@c>\nS: 250 ok\nC: RCPT TO:<x@t>\nS: 250 "
                                     "ok\nC: RCPT TO:<y@t>\nS: 550 no\n"
                                     "C: DATA\nS: 354 go\nC: x\nC: .\nS: 250 queued\n"))
                .isEmpty());
    const auto r2 = ok.transaction(id2);
    QVERIFY(r2.sent && r2.partial());
    QVERIFY(r2.recipients[0].rcptAccepted && r2.recipients[0].delivered());
    QVERIFY(!r2.recipients[1].rcptAccepted && !r2.recipients[1].delivered());
}

void TestClientEngine::checkRecipientsPipelined()
{
    Harness h;
    h.engine.hello("c");
    const auto first
        = h.engine.checkRecipients(envelope("probe@c", {"alice@t", "ghost@t", "bob@t"}));
    const auto second = h.engine.checkRecipients(envelope("probe@c", {"carol@t"}));
    h.server("220 mx\r\n");
    h.takeSent();
    h.writes.clear();
    h.server("250-mx\r\n250 PIPELINING\r\n");
    // RFC 2920 3.1: MAIL, RCPT and RSET in one group; the second check
    // follows the first one's RSET at once, before any reply is in. Never DATA.
    QCOMPARE(h.writes.size(), 1);
    QCOMPARE(h.writes[0],
             QByteArray("MAIL FROM:<probe@c>\r\nRCPT TO:<alice@t>\r\nRCPT TO:<ghost@t>\r\n"
                        "RCPT TO:<bob@t>\r\nRSET\r\n"
                        "MAIL FROM:<probe@c>\r\nRCPT TO:<carol@t>\r\nRSET\r\n"));
    h.server(
        "250 2.1.0 ok\r\n250 2.1.5 ok\r\n550 5.1.1 unknown\r\n252 2.1.5 maybe\r\n250 2.0.0 ok\r\n");
    QVERIFY(h.finished(first));
    QVERIFY(!h.finished(second));
    const auto r = h.transaction(first);
    QCOMPARE(r.kind, TransactionResult::Kind::RecipientCheck);
    QVERIFY(!r.sent);
    QVERIFY2(!r.error, qPrintable(r.error.message)); // refused recipients are answers, not errors
    QCOMPARE(r.recipients.size(), 3);
    QCOMPARE(r.recipients[0].rcptReply.code, 250);
    QVERIFY(r.recipients[0].rcptAccepted);
    QCOMPARE(r.recipients[1].rcptReply.code, 550);
    QCOMPARE(r.recipients[1].rcptReply.enhanced.toString(), QStringLiteral("5.1.1"));
    QVERIFY(!r.recipients[1].rcptAccepted);
    QCOMPARE(r.recipients[2].rcptReply.code, 252);
    for (const auto &rcpt : r.recipients)
        QVERIFY(!rcpt.delivered()); // a check delivers nothing
    QCOMPARE(h.engine.state(), State::InTransaction);
    h.server("250 ok\r\n250 ok\r\n250 ok\r\n");
    QCOMPARE(h.transaction(second).recipients[0].rcptReply.code, 250);
    QCOMPARE(h.engine.state(), State::Identified);
    QVERIFY(h.engine.isIdle());
    QVERIFY(!h.takeSent().contains("DATA"));
    QVERIFY(!h.fatalError());
}

void TestClientEngine::checkRecipientsLockstep()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.checkRecipients(envelope("", {"alice@t", "ghost@t"}));
    const auto noop = h.engine.noop();
    const QString problem = h.replay(QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250 mx\n"
                                                    "C: MAIL FROM:<>\nS: 250 ok\n"
                                                    "C: RCPT TO:<alice@t>\nS: 250 ok\n"
                                                    "C: RCPT TO:<ghost@t>\nS: 450 4.1.1 try later\n"
                                                    "C: RSET\nS: 250 ok\n"
                                                    "C: NOOP\nS: 250 ok\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QVERIFY(!r.error);
    QCOMPARE(r.recipients[1].rcptReply.code, 450);
    QCOMPARE(h.request(noop).reply.code, 250);
}

void TestClientEngine::checkRecipientsSenderRefused_data()
{
    QTest::addColumn<bool>("pipelined");
    QTest::addColumn<QString>("script");
    QTest::newRow("lockstep") << false
                              << QStringLiteral(
                                     "S: 220 mx\nC: EHLO c\nS: 250 mx\n"
                                     "C: MAIL FROM:<bad@c>\nS: 553 5.7.1 sender rejected\n"
                                     "C: RSET\nS: 250 ok\n");
    QTest::newRow("pipelined")
        << true
        << QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 PIPELINING\n"
                          "C: MAIL FROM:<bad@c>\nC: RCPT TO:<alice@t>\nC: RSET\n"
                          "S: 553 5.7.1 sender rejected\nS: 503 5.5.1 need MAIL\nS: 250 ok\n");
}

void TestClientEngine::checkRecipientsSenderRefused()
{
    QFETCH(QString, script);
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.checkRecipients(envelope("bad@c", {"alice@t"}));
    const QString problem = h.replay(script);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QCOMPARE(r.error.kind, SmtpError::Kind::SenderRefused);
    QCOMPARE(r.error.code, 553);
    QCOMPARE(r.mailReply.code, 553);
    QCOMPARE(h.engine.state(), State::Identified);
}

void TestClientEngine::checkRecipientsClosingMidway()
{
    Harness h;
    h.engine.hello("c");
    const auto id = h.engine.checkRecipients(envelope("p@c", {"a@t", "b@t"}));
    const QString problem = h.replay(
        QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 PIPELINING\n"
                       "C: MAIL FROM:<p@c>\nC: RCPT TO:<a@t>\nC: RCPT TO:<b@t>\nC: RSET\n"
                       "S: 250 ok\nS: 250 ok\nS: 421 4.7.0 too many probes\n"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto r = h.transaction(id);
    QCOMPARE(r.error.kind, SmtpError::Kind::Disconnected);
    QCOMPARE(r.recipients[0].rcptReply.code, 250); // what was answered is kept
    QCOMPARE(r.recipients[1].rcptReply.code, 421);
    QVERIFY(!r.recipients[0].delivered());
    QCOMPARE(h.engine.state(), State::Closed);
}

void TestClientEngine::checkRecipientsInternational()
{
    // RFC 6531 3.4: an address with UTF-8 needs SMTPUTF8 on MAIL; refused
    // before anything is written when the server does not offer it.
    Harness h;
    h.engine.hello("c");
    Envelope env = envelope("p@c", {"j\xc3\xb6rg@t"});
    env.smtpUtf8 = true;
    const auto refused = h.engine.checkRecipients(env);
    h.server("220 mx\r\n");
    h.server("250 mx\r\n");
    QCOMPARE(h.transaction(refused).error.kind, SmtpError::Kind::NotSupported);
    QVERIFY(!h.takeSent().contains("MAIL"));

    Harness u;
    u.engine.hello("c");
    const auto id = u.engine.checkRecipients(env);
    QVERIFY(u.replay(QStringLiteral("S: 220 mx\nC: EHLO c\nS: 250-mx\nS: 250 SMTPUTF8\n"
                                    "C: MAIL FROM:<p@c> SMTPUTF8\nS: 250 ok\n"
                                    "C: RCPT TO:<j\u00f6rg@t>\nS: 250 ok\nC: RSET\nS: 250 ok\n"))
                .isEmpty());
    QVERIFY(!u.transaction(id).error);
}

void TestClientEngine::timingsFromTheClock()
{
    qint64 clock = 1000;
    ClientEngine::Options options;
    options.clock = [&clock] { return clock; };
    Harness h(options);
    h.engine.hello("c");
    const auto check = h.engine.checkRecipients(envelope("p@c", {"a@t", "b@t"}));
    h.server("220 mx\r\n");
    h.server("250-mx\r\n250 PIPELINING\r\n"); // MAIL, RCPT, RCPT, RSET written at 1000
    clock = 1040;
    h.server("250 ok\r\n250 ok\r\n");
    clock = 1100;
    h.server("550 no\r\n250 ok\r\n");
    const auto r = h.transaction(check);
    QCOMPARE(r.recipients[0].elapsedMs, qint64(40));
    QCOMPARE(r.recipients[1].elapsedMs, qint64(100));
    const auto vrfy = h.engine.vrfy("a@t"); // written at 1100
    h.settle();
    clock = 1125;
    h.server("252 maybe\r\n");
    QCOMPARE(h.request(vrfy).elapsedMs, qint64(25));

    // Without a clock there are no timings, never made-up ones.
    Harness plain;
    plain.engine.hello("c");
    const auto v = plain.engine.vrfy("a@t");
    plain.server("220 mx\r\n");
    plain.server("250 mx\r\n");
    plain.server("252 maybe\r\n");
    QCOMPARE(plain.request(v).elapsedMs, qint64(-1));
}

QTEST_GUILESS_MAIN(TestClientEngine)
#include "tst_clientengine.moc"
