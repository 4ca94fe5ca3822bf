// The transcript bound to a real session over loopback: every wire line shows
// up as one text line in order (message data included, dot-stuffed as sent,
// even when data chunks end inside a line), and the AUTH secret never enters
// the model or its writers.

#include "auth/saslclient.h"
#include "scriptedserver.h"
#include "session/smtpsession.h"
#include "testcerts.h"
#include "transcript/transcript.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace postscope;

class TestTranscriptSession : public QObject
{
    Q_OBJECT
private slots:
    void everyWireLineInOrder();
    void labelTlsAndReplyCodes();
};

void TestTranscriptSession::everyWireLineInOrder()
{
    // About 600 KiB of lines, so the session's 256 KiB data chunks end
    // inside lines; some lines begin with a dot.
    QByteArray body;
    QList<QByteArray> bodyLines;
    for (int i = 0; body.size() < 600 * 1024; ++i) {
        QByteArray line = (i % 7 == 0 ? "." : "") + QByteArray("line ") + QByteArray::number(i)
                + ' ' + QByteArray(i % 97, 'x');
        bodyLines.append(line);
        body += line + "\r\n";
    }
    const QByteArray message = "Subject: t\r\n\r\n" + body;

    testsupport::ScriptedServer server;
    server.setScript("S: 220 mx.test ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-mx.test\n"
                     "S: 250 AUTH PLAIN\n"
                     "C~ AUTH PLAIN \\S+\n"
                     "S: 235 2.7.0 ok\n"
                     "C: MAIL FROM:<a@c.test>\n"
                     "S: 250 ok\n"
                     "C: RCPT TO:<b@t.test>\n"
                     "S: 250 ok\n"
                     "C: DATA\n"
                     "S: 354 go\n"
                     "X: data\n"
                     "S: 250 queued\n"
                     "C: QUIT\n"
                     "S: 221 bye\n");
    QVERIFY2(server.listen(), qPrintable(server.errorString()));

    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.security = session::Security::None;
    // The AUTH PLAIN line over loopback without TLS, allowed explicitly: the
    // point here is that its secret never reaches the transcript.
    options.plaintextAuth = engine::PlaintextAuth::Allow;
    options.heloName = "client.test";
    options.timeoutMs = 10000;
    session::SmtpSession session(options);
    transcript::Transcript model;
    model.attach(&session);
    QBuffer text;
    text.open(QIODevice::WriteOnly);
    transcript::TextWriter writer(&text, false);
    connect(&model, &transcript::Transcript::entryAdded, &model,
            [&writer](const transcript::Entry &e) { writer.write(e); });

    auth::Credentials credentials;
    credentials.user = QStringLiteral("user");
    credentials.password = QStringLiteral("s3cret-pw");
    connect(&session, &session::SmtpSession::ready, &session, [&] {
        session.authenticate(auth::createClientMechanism("PLAIN", credentials));
        engine::Envelope env;
        env.sender = "a@c.test";
        env.recipients = {{"b@t.test", {}}};
        session.send(env, std::make_unique<engine::ByteArraySource>(message));
        session.quit();
    });
    QSignalSpy closed(&session, &session::SmtpSession::closed);
    session.open();
    QVERIFY(closed.wait(15000) || closed.count() > 0);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));

    QList<QByteArray> wire;
    for (const QByteArray &line : text.data().split('\n')) {
        if (line.startsWith("C: ") || line.startsWith("S: "))
            wire.append(line);
    }
    QList<QByteArray> expected = {"S: 220 mx.test ESMTP", "C: EHLO client.test", "S: 250-mx.test",
                                  "S: 250 AUTH PLAIN"};
    QVERIFY(wire.size() > 5);
    QVERIFY2(wire[4].startsWith("C: AUTH PLAIN "), wire[4].constData());
    expected += wire[4];
    expected += {"S: 235 2.7.0 ok", "C: MAIL FROM:<a@c.test>", "S: 250 ok", "C: RCPT TO:<b@t.test>",
                 "S: 250 ok", "C: DATA", "S: 354 go", "C: Subject: t", "C: "};
    for (const QByteArray &line : bodyLines)
        expected += "C: " + (line.startsWith('.') ? "." + line : line);   // RFC 5321 4.5.2
    expected += {"C: .", "S: 250 queued", "C: QUIT", "S: 221 bye"};
    QCOMPARE(wire.size(), expected.size());
    for (int i = 0; i < wire.size(); ++i)
        QCOMPARE(wire[i], expected[i]);

    // The secret is nowhere: not in the text, not in any entry of the model.
    const QByteArray secret = QByteArray("\0user\0s3cret-pw", 15).toBase64();
    QVERIFY(!text.data().contains("s3cret"));
    QVERIFY(!text.data().contains(secret));
    for (const auto &entry : model.entries()) {
        QVERIFY(!entry.raw.contains(secret));
        QVERIFY(!entry.raw.contains("s3cret"));
    }
}

void TestTranscriptSession::labelTlsAndReplyCodes()
{
    // Each entry names its session, says whether it crossed the wire inside
    // TLS, and a reply's lines carry the code and enhanced code the engine
    // parsed (RFC 5321 4.2, RFC 3463), so that no view parses the wire again.
    const auto &certs = testsupport::TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    testsupport::ScriptedServer server;
    server.setTlsConfiguration(certs.serverConfiguration(certs.server));
    server.setScript("S: 220 mx.test ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 250-mx.test\n"
                     "S: 250 STARTTLS\n"
                     "C: STARTTLS\n"
                     "S: 220 2.0.0 go ahead\n"
                     "X: starttls\n"
                     "C: EHLO client.test\n"
                     "S: 250-mx.test\n"
                     "S: 250 ENHANCEDSTATUSCODES\n"
                     "C: NOOP\n"
                     "S: 550-5.1.1 first line\n"
                     "S: 550 5.1.1 second line\n"
                     "C: QUIT\n"
                     "S: 221 bye\n");
    QVERIFY2(server.listen(), qPrintable(server.errorString()));

    session::SessionOptions options;
    options.host = QStringLiteral("localhost");
    options.port = server.port();
    options.security = session::Security::StartTls;
    options.heloName = "client.test";
    options.timeoutMs = 10000;
    options.extraCaCertificates = {certs.ca.certificate};
    session::SmtpSession session(options);
    transcript::Transcript model;
    model.attach(&session, QStringLiteral("work #2"));
    connect(&session, &session::SmtpSession::ready, &session, [&] {
        session.noop();
        session.quit();
    });
    QSignalSpy closed(&session, &session::SmtpSession::closed);
    session.open();
    QVERIFY(closed.wait(15000) || closed.count() > 0);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));

    bool sawTlsNote = false;
    bool afterHandshake = false;
    int refusedLines = 0;
    for (const transcript::Entry &entry : model.entries()) {
        QCOMPARE(entry.session, QStringLiteral("work #2"));
        if (entry.kind == transcript::Entry::Kind::Note && entry.raw.startsWith("TLS started")) {
            sawTlsNote = true;
            afterHandshake = true;
        }
        // The STARTTLS command and its 220 went in the clear; all after the
        // handshake inside TLS (RFC 3207 4.2).
        QCOMPARE(entry.tls, afterHandshake);
        if (entry.direction == transcript::Entry::Direction::Server) {
            QVERIFY(entry.replyCode >= 200);
            QCOMPARE(QByteArray::number(entry.replyCode), entry.raw.left(3));
        } else {
            QCOMPARE(entry.replyCode, 0);
        }
        if (entry.raw.startsWith("550")) {
            ++refusedLines;
            QCOMPARE(entry.replyCode, 550);
            QCOMPARE(entry.enhanced.toString(), QStringLiteral("5.1.1"));
        }
    }
    QVERIFY(sawTlsNote);
    QCOMPARE(refusedLines, 2);
    // The labelled text form and JSON form say which session a line is from.
    QVERIFY(transcript::toText(model.entries(), false).contains("[work #2] C: NOOP\n"));
}

QTEST_GUILESS_MAIN(TestTranscriptSession)
#include "tst_transcriptsession.moc"
