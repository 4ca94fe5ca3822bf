// `serve --replay` without sockets (core/sandbox/replayengine.h): a
// recording played to a client that says the same answers byte for byte as
// the recorded server did (pipelined groups, DATA, BDAT, STARTTLS, a SASL
// exchange), tolerant of the EHLO name, sizes, dates and Message-ID; a
// deviation gets 554 5.5.0 naming what the recording has, and a note, and
// the recording waits; past its end only QUIT is answered normally; every
// line is bounded and secrets are redacted before any event holds them.
#include "sandbox/replayengine.h"
#include "transcript/transcriptreader.h"

#include <QFile>
#include <QTest>

using namespace postscope;
using namespace postscope::sandbox;
using engine::ServerEvent;

namespace {

std::shared_ptr<const ReplayScript> scriptFrom(const QByteArray &text)
{
    const transcript::ReadTranscript read = transcript::readTranscript(text);
    QString error;
    auto script = std::make_shared<const ReplayScript>(
        ReplayScript::fromConversation(read.conversation, &error));
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return script;
}

QByteArray dataFile(const QString &name)
{
    QFile f(QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Player
{
    explicit Player(std::shared_ptr<const ReplayScript> script, bool tls = false)
        : engine(std::move(script), [tls] {
            engine::ServerConfig c;
            c.tlsAvailable = tls;
            c.maxErrors = 5;
            return c;
        }())
    {
    }
    ReplayEngine engine;
    QByteArray wire;
    QStringList notes;
    QList<QByteArray> commands; // CommandReceived lines
    bool tlsRequested = false;
    bool closed = false;

    void pump()
    {
        wire += engine.takeOutgoing();
        for (const ServerEvent &e : engine.takeEvents()) {
            switch (e.type) {
            case ServerEvent::Type::Note:
                notes << e.text;
                break;
            case ServerEvent::Type::CommandReceived:
                commands << e.line;
                break;
            case ServerEvent::Type::TlsRequested:
                tlsRequested = true;
                break;
            case ServerEvent::Type::CloseRequested:
                closed = true;
                break;
            default:
                break;
            }
        }
    }
    QByteArray feed(const QByteArray &bytes)
    {
        const qsizetype before = wire.size();
        engine.receive(bytes);
        pump();
        return wire.mid(before);
    }
};

// The server's side of a recording, as wire bytes.
QByteArray serverBytes(const QByteArray &text)
{
    QByteArray out;
    for (const transcript::Entry &e : transcript::readTranscript(text).entries) {
        if (e.direction == transcript::Entry::Direction::Server)
            out += e.raw;
    }
    return out;
}

} // namespace

class tst_ReplayEngine : public QObject
{
    Q_OBJECT
private slots:
    void postfixSessionByteForByte();
    void deviationWaitsForTheRecordedCommand();
    void pastTheEnd();
    void startTlsAndSasl();
    void messageComparedWithMasks();
    void bdatChunksWhateverTheirSize();
    void linesBounded();
    void tooManyDeviationsClose();
};

void tst_ReplayEngine::postfixSessionByteForByte()
{
    const QByteArray text = dataFile(QStringLiteral("postfix-3.7-session.txt"));
    Player p(scriptFrom(text));
    p.engine.start();
    p.pump();
    // The client's side as recorded, but with another EHLO name, all at once.
    QByteArray client;
    for (const transcript::Entry &e : transcript::readTranscript(text).entries) {
        if (e.direction == transcript::Entry::Direction::Client)
            client += e.raw;
    }
    client.replace("EHLO client.test", "EHLO elsewhere.example");
    p.feed(client);
    QCOMPARE(p.wire, serverBytes(text));
    QVERIFY2(p.notes.isEmpty(), qPrintable(p.notes.join('\n')));
    QVERIFY(p.closed); // QUIT's 221
    QCOMPARE(p.engine.deviations(), 0);
}

void tst_ReplayEngine::deviationWaitsForTheRecordedCommand()
{
    Player p(scriptFrom("S: 220 mx ESMTP\nC: EHLO a\nS: 250 mx\nC: VRFY alice\n"
                        "S: 252 2.0.0 alice\nC: QUIT\nS: 221 bye\n"));
    p.engine.start();
    p.pump();
    QCOMPARE(p.feed("EHLO b\r\n"), QByteArray("250 mx\r\n"));
    QCOMPARE(p.feed("NOOP\r\n"),
             QByteArray("554 5.5.0 Replay: the recording has \"VRFY alice\" here\r\n"));
    QCOMPARE(p.notes.size(), 1);
    QVERIFY(p.notes.first().contains(QLatin1String("\"NOOP\"")));
    QCOMPARE(p.engine.position(), 1);
    // A verb in another case is the same command (RFC 5321 2.4).
    QCOMPARE(p.feed("vrfy alice\r\n"), QByteArray("252 2.0.0 alice\r\n"));
    QCOMPARE(p.feed("QUIT\r\n"), QByteArray("221 bye\r\n"));
    QVERIFY(p.closed);
}

void tst_ReplayEngine::pastTheEnd()
{
    Player p(scriptFrom("S: 220 mx\nC: NOOP\nS: 250 ok\n"));
    p.engine.start();
    p.pump();
    QCOMPARE(p.feed("NOOP\r\nNOOP\r\n"),
             QByteArray("250 ok\r\n554 5.5.0 Replay: the recording ends here\r\n"));
    QCOMPARE(p.feed("QUIT\r\n"), QByteArray("221 2.0.0 localhost Bye\r\n"));
    QVERIFY(p.closed);
    // QUIT where the recording has something else ends the session too.
    Player q(scriptFrom("S: 220 mx\nC: NOOP\nS: 250 ok\n"));
    q.engine.start();
    q.pump();
    QCOMPARE(q.feed("QUIT\r\n"), QByteArray("221 2.0.0 localhost Bye\r\n"));
    QVERIFY(q.closed);
    QVERIFY(q.notes.first().contains(QLatin1String("quit")));
}

void tst_ReplayEngine::startTlsAndSasl()
{
    const QByteArray text = dataFile(QStringLiteral("exim-starttls-cram-md5.txt"));
    Player p(scriptFrom(text), true);
    p.engine.start();
    p.pump();
    // The recording starts after the greeting: one is made up.
    QCOMPARE(p.wire, QByteArray("220 localhost ESMTP Postscope replay\r\n"));
    p.feed("EHLO x\r\nSTARTTLS\r\nNOOP injected before TLS\r\n");
    QVERIFY(p.tlsRequested);
    QVERIFY(p.wire.endsWith("220 TLS go ahead\r\n"));
    p.engine.tlsEstablished();
    p.pump();
    p.feed("EHLO x\r\nAUTH CRAM-MD5\r\n");
    QVERIFY(p.wire.endsWith(
        "334 PDExNjkyLjEyMjI2MTI1NzlAZWxhc210cC1tZWFseS5hdGwuc2EuZWFydGhsaW5rLm5ldD4=\r\n"));
    // Any response is taken (the recording never held the secret), and no
    // event holds it.
    QCOMPARE(p.feed("c2VjcmV0IHJlc3BvbnNl\r\n"), QByteArray("235 Authentication succeeded\r\n"));
    QCOMPARE(p.commands.last(), QByteArray("********\r\n"));
    for (const QByteArray &c : p.commands)
        QVERIFY(!c.contains("c2VjcmV0"));
    QCOMPARE(p.engine.deviations(), 0);
}

void tst_ReplayEngine::messageComparedWithMasks()
{
    const QByteArray text = "S: 220 mx\nC: MAIL FROM:<a@x.test> SIZE=90\nS: 250 ok\n"
                            "C: RCPT TO:<b@x.test>\nS: 250 ok\nC: DATA\nS: 354 go\n"
                            "C: Date: Mon, 1 Jan 2024 10:00:00 +0000\nC: Message-ID: <1@x.test>\n"
                            "C: Subject: s\nC: \nC: ..dotted\nC: body\nC: .\n"
                            "S: 250 2.0.0 queued as ABC123\n";
    auto script = scriptFrom(text);
    {
        Player p(script);
        p.engine.start();
        p.pump();
        // Another date, Message-ID and SIZE: the same message.
        QCOMPARE(p.feed("MAIL FROM:<a@x.test> SIZE=99\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
                        "Date: Tue, 2 Jan 2024 11:11:11 +0100\r\nMessage-ID: <2@elsewhere>\r\n"
                        "Subject: s\r\n\r\n..dotted\r\nbody\r\n.\r\n"),
                 QByteArray("250 ok\r\n250 ok\r\n354 go\r\n250 2.0.0 queued as ABC123\r\n"));
        QCOMPARE(p.engine.deviations(), 0);
    }
    {
        Player p(script);
        p.engine.start();
        p.pump();
        QCOMPARE(
            p.feed("MAIL FROM:<a@x.test> SIZE=80\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
                   "Date: x\r\nMessage-ID: <2@y>\r\nSubject: s\r\n\r\n.dotted\r\nbody\r\n.\r\n"),
            QByteArray("250 ok\r\n250 ok\r\n354 go\r\n554 5.5.0 Replay: the message "
                       "differs from the recorded one\r\n"));
        QVERIFY(p.notes.last().contains(QLatin1String("line 5: \"dotted\" where the recording "
                                                      "has \".dotted\"")));
    }
}

void tst_ReplayEngine::bdatChunksWhateverTheirSize()
{
    const QByteArray text = dataFile(QStringLiteral("postfix-3.7-send-bdat.txt"));
    Player p(scriptFrom(text), true);
    p.engine.start();
    p.pump();
    p.feed("EHLO me\r\nSTARTTLS\r\n");
    QVERIFY(p.tlsRequested);
    p.engine.tlsEstablished();
    p.pump();
    // The recorded message with another Date and Message-ID.
    const QByteArray message = "From: sender@example.test\r\n"
                               "To: alice@example.test, ghost@example.test, bob@example.test\r\n"
                               "Subject: replay me\r\nDate: Wed, 02 Dec 2026 09:00:00 +0000\r\n"
                               "Message-ID: <OTHER.ID.123@example.test>\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=us-ascii\r\n\r\nA line.\r\n"
                               ".A line that starts with a dot.\r\nThe end.\r\n";
    const QByteArray out
        = p.feed("EHLO me\r\nAUTH PLAIN AHNlY3JldA==\r\n"
                 "MAIL FROM:<sender@example.test> SIZE="
                 + QByteArray::number(message.size())
                 + "\r\nRCPT TO:<alice@example.test>\r\nRCPT "
                   "TO:<ghost@example.test>\r\nRCPT TO:<bob@example.test>\r\nBDAT "
                 + QByteArray::number(message.size()) + " LAST\r\n" + message + "QUIT\r\n");
    QVERIFY2(p.notes.isEmpty(), qPrintable(p.notes.join('\n')));
    QVERIFY(out.contains("550 5.1.1 <ghost@example.test>: Recipient address rejected"));
    QVERIFY(out.contains("250 2.0.0 Ok: 302 bytes queued as ACFEEA93F7D\r\n221 2.0.0 Bye\r\n"));
    // The AUTH line reached the events redacted only.
    for (const QByteArray &c : p.commands)
        QVERIFY(!c.contains("AHNlY3JldA=="));
}

void tst_ReplayEngine::linesBounded()
{
    Player p(scriptFrom("S: 220 mx\nC: NOOP\nS: 250 ok\n"));
    p.engine.start();
    p.pump();
    // An endless line is dropped as it comes; its end gets one 554.
    for (int i = 0; i < 10; ++i)
        p.feed(QByteArray(4096, 'a'));
    QVERIFY(p.engine.wantsInput());
    QCOMPARE(p.feed("\r\nNOOP\r\n"), QByteArray("554 5.5.0 Replay: line too long\r\n250 ok\r\n"));
}

void tst_ReplayEngine::tooManyDeviationsClose()
{
    Player p(scriptFrom("S: 220 mx\nC: NOOP\nS: 250 ok\n"));
    p.engine.start();
    p.pump();
    p.feed("A\r\nB\r\nC\r\nD\r\nE\r\nF\r\n");
    QVERIFY(p.closed);
    QVERIFY(p.wire.endsWith("421 4.7.0 localhost Too many deviations, closing\r\n"));
    QCOMPARE(p.engine.deviations(), 5);
}

QTEST_GUILESS_MAIN(tst_ReplayEngine)
#include "tst_replayengine.moc"
