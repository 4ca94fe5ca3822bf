// Comparing transcripts (core/transcript/transcriptdiff.h): two runs of one
// conversation are the same once times, the client's name and address,
// dates, queue ids, Message-ID and Date headers, MIME boundaries, SASL
// challenges and TLS details are masked; a changed reply is found and shown
// as a unified diff with exact hunk headers.
#include "transcript/transcriptdiff.h"
#include "transcript/transcriptreader.h"

#include <QTest>

using namespace postscope::transcript;

namespace {

Conversation read(const QByteArray &text)
{
    const ReadTranscript r = readTranscript(text);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error));
    return r.conversation;
}

// One session; the run-to-run parts come from the arguments.
QByteArray session(const QByteArray &time, const QByteArray &helo, const QByteArray &queueId,
                   const QByteArray &boundary, const QByteArray &rcptReply = "250 2.1.5 Ok")
{
    return time + " ** Connected to localhost (127.0.0.1:2525)\n" + time
        + " S: 220 mx.test ESMTP Sendmail 8.15; Sun, 28 Sep 2008 10:02:48 -0400\n" + time
        + " C: EHLO " + helo + "\n" + time + " S: 250-mx.test Hello " + helo + " [192.0.2."
        + (helo == "a.test" ? "1" : "77") + "]\n" + time + " S: 250 STARTTLS\n" + time
        + " C: STARTTLS\n" + time + " S: 220 go\n" + time + " ** TLS started: TLSv1."
        + (helo == "a.test" ? "3, TLS_AES_256_GCM_SHA384" : "2, ECDHE-RSA-AES128-GCM-SHA256")
        + ", peer mx.test\n" + time + " C: EHLO " + helo + "\n" + time + " S: 250 AUTH CRAM-MD5\n"
        + time + " C: AUTH CRAM-MD5\n" + time + " S: 334 "
        + (helo == "a.test" ? "PDEyMzQ1QG14PiA=" : "PDk4NzZAbXg+IA==") + "\n" + time
        + " C: ********\n" + time + " S: 235 ok\n" + time + " C: MAIL FROM:<a@client.test>\n" + time
        + " C: RCPT TO:<b@example.test>\n" + time + " C: DATA\n" + time + " S: 250 2.1.0 Ok\n"
        + time + " S: " + rcptReply + "\n" + time + " S: 354 go\n" + time
        + " C: Date: Mon, 1 Jan 2024 10:00:0" + time.right(1) + " +0000\n" + time
        + " C: Message-ID: <" + queueId + "@client.test>\n" + time
        + " C: Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n" + time + " C: \n"
        + time + " C: --" + boundary + "\n" + time + " C: hello\n" + time + " C: --" + boundary
        + "--\n" + time + " C: .\n" + time + " S: 250 2.0.0 Ok: queued as " + queueId + "\n" + time
        + " C: QUIT\n" + time + " S: 221 2.0.0 Bye\n";
}

} // namespace

class tst_TranscriptDiff : public QObject
{
    Q_OBJECT
private slots:
    void volatilePartsMasked();
    void changedReplyFound();
    void unifiedHunks();
    void queueIdFormats_data();
    void queueIdFormats();
    void hugeMiddleBounded();
};

void tst_TranscriptDiff::volatilePartsMasked()
{
    const Conversation a = read(session("10:00:00.001", "a.test", "4F1A2B3C4D", "b1_abc"));
    const Conversation b = read(session("23:59:59.999", "other.test", "9XYZ8W7V6U", "=_zz9"));
    const TranscriptDiff d = diffConversations(a, b);
    QVERIFY2(d.identical(), d.unified("a", "b").constData());
    QVERIFY(d.unified("a", "b").isEmpty());
    // What the masks made of the lines.
    QVERIFY(d.a.contains("C: EHLO <client-name>"));
    QVERIFY(d.a.contains("S: 250-mx.test Hello <client-name> <address>"));
    QVERIFY(d.a.contains("S: 220 mx.test ESMTP Sendmail 8.15; <date>"));
    QVERIFY(d.a.contains("S: 334 <challenge>"));
    QVERIFY(d.a.contains("C: ********"));
    QVERIFY(d.a.contains("D: Message-ID: <message-id>"));
    QVERIFY(d.a.contains("D: Date: <date>"));
    QVERIFY(d.a.contains("D: --<boundary-1>--"));
    QVERIFY(d.a.contains("S: 250 2.0.0 Ok: queued as <queue-id>"));
    QCOMPARE(d.a.count("** TLS"), 1);
}

void tst_TranscriptDiff::changedReplyFound()
{
    const Conversation a = read(session("10:00:00.001", "a.test", "4F1A2B3C4D", "b1"));
    const Conversation b = read(session("10:00:00.001", "a.test", "4F1A2B3C4D", "b1",
                                        "550 5.1.1 <b@example.test>: User unknown"));
    const TranscriptDiff d = diffConversations(a, b);
    QVERIFY(!d.identical());
    int removed = 0, added = 0;
    for (const DiffLine &l : d.lines) {
        removed += l.op == DiffLine::Op::Removed;
        added += l.op == DiffLine::Op::Added;
        if (l.op == DiffLine::Op::Removed)
            QCOMPARE(l.text, QByteArray("S: 250 2.1.5 Ok"));
        if (l.op == DiffLine::Op::Added)
            QCOMPARE(l.text, QByteArray("S: 550 5.1.1 <b@example.test>: User unknown"));
    }
    QCOMPARE(removed, 1);
    QCOMPARE(added, 1);
}

void tst_TranscriptDiff::unifiedHunks()
{
    const Conversation a = read("S: 220 a\nC: NOOP\nS: 250 1\nC: NOOP\nS: 250 2\nC: NOOP\n"
                                "S: 250 3\nC: NOOP\nS: 250 4\nC: QUIT\nS: 221 bye\n");
    const Conversation b = read("S: 220 a\nC: NOOP\nS: 250 1\nC: NOOP\nS: 250 2\nC: NOOP\n"
                                "S: 250 3\nC: NOOP\nS: 450 busy\nC: RSET\nS: 250 ok\nC: QUIT\n"
                                "S: 221 bye\n");
    const TranscriptDiff d = diffConversations(a, b);
    QCOMPARE(d.unified("before.txt", "after.txt", 2),
             QByteArray("--- before.txt\n+++ after.txt\n"
                        "@@ -7,5 +7,7 @@\n"
                        " S: 250 3\n"
                        " C: NOOP\n"
                        "-S: 250 4\n"
                        "+S: 450 busy\n"
                        "+C: RSET\n"
                        "+S: 250 ok\n"
                        " C: QUIT\n"
                        " S: 221 bye\n"));
    // With no context, only the changed lines.
    QCOMPARE(d.unified("a", "b", 0),
             QByteArray("--- a\n+++ b\n@@ -9,1 +9,3 @@\n-S: 250 4\n+S: 450 busy\n+C: RSET\n"
                        "+S: 250 ok\n"));
}

void tst_TranscriptDiff::queueIdFormats_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("masked");
    QTest::newRow("postfix") << QByteArray("250 2.0.0 Ok: queued as 12597A740F3")
                             << QByteArray("S: 250 2.0.0 Ok: queued as <queue-id>");
    QTest::newRow("exim") << QByteArray("250 OK id=1KjxNj-00032a-Ux")
                          << QByteArray("S: 250 OK id=<queue-id>");
    QTest::newRow("sendmail")
        << QByteArray("250 2.0.0 m8SE2mpc015614 Message accepted for delivery")
        << QByteArray("S: 250 2.0.0 <queue-id> Message accepted for delivery");
    QTest::newRow("sandbox") << QByteArray("250 2.0.0 Ok: queued as S12.3")
                             << QByteArray("S: 250 2.0.0 Ok: queued as <queue-id>");
}

void tst_TranscriptDiff::queueIdFormats()
{
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, masked);
    const Conversation c = read("S: 220 x\nC: MAIL FROM:<>\nC: RCPT TO:<a@b.test>\nC: DATA\n"
                                "S: 250 ok\nS: 250 ok\nS: 354 go\nC: hi\nC: .\nS: "
                                + reply + "\n");
    const QList<QByteArray> lines = comparableLines(c);
    QCOMPARE(lines.last(), masked);
    // Outside a reply to the end of data, an id-like token is kept.
    const QList<QByteArray> ehlo = comparableLines(read("C: EHLO x\nS: 250 AUTH SCRAM-SHA-256\n"));
    QCOMPARE(ehlo.last(), QByteArray("S: 250 AUTH SCRAM-SHA-256"));
}

void tst_TranscriptDiff::hugeMiddleBounded()
{
    // More line pairs than maxDiffCells: shown as removed and added whole,
    // at once (the common head and tail are still found).
    QByteArray a = "S: 220 x\n";
    QByteArray b = "S: 220 x\n";
    for (int i = 0; i < 2100; ++i) {
        a += "C: NOOP a" + QByteArray::number(i) + "\nS: 250 ok\n";
        b += "C: NOOP b" + QByteArray::number(i) + "\nS: 250 ok\n";
    }
    a += "C: QUIT\nS: 221 bye\n";
    b += "C: QUIT\nS: 221 bye\n";
    const TranscriptDiff d = diffConversations(read(a), read(b));
    QVERIFY(!d.identical());
    QCOMPARE(d.lines.first().op, DiffLine::Op::Same);
    QCOMPARE(d.lines.last().op, DiffLine::Op::Same);
    int removed = 0;
    for (const DiffLine &l : d.lines)
        removed += l.op == DiffLine::Op::Removed;
    QCOMPARE(removed, 2 * 2100 - 1); // the last "S: 250 ok" belongs to the common tail
}

QTEST_GUILESS_MAIN(tst_TranscriptDiff)
#include "tst_transcriptdiff.moc"
