// The one transcript reader (core/transcript/transcriptreader.h) and the
// conversation it pairs: the recorded sessions of tests/data/transcripts,
// what TextWriter and JsonWriter write read back entry for entry (with and
// without timestamps, session labels, data that is not UTF-8, BDAT chunks
// that end inside a line, redacted AUTH), LMTP's replies per recipient, and
// input that is not a transcript.
#include "transcript/conversation.h"
#include "transcript/transcriptreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace postscope;
using namespace postscope::transcript;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// "VERB code" per command exchange, "greeting code", "data code[,code]".
QStringList summary(const Conversation &c)
{
    QStringList out;
    for (const Exchange &e : c.exchanges) {
        QStringList codes;
        for (const protocol::Reply &r : e.replies)
            codes << QString::number(r.code);
        QString what;
        switch (e.kind) {
        case Exchange::Kind::Greeting:
            what = QStringLiteral("greeting");
            break;
        case Exchange::Kind::Command:
            what = QString::fromLatin1(e.verb);
            break;
        case Exchange::Kind::SaslResponse:
            what = QStringLiteral("sasl");
            break;
        case Exchange::Kind::MessageData:
            what = QStringLiteral("data");
            break;
        case Exchange::Kind::Unsolicited:
            what = QStringLiteral("unsolicited");
            break;
        }
        out << what + QLatin1Char(' ') + codes.join(QLatin1Char(','));
    }
    return out;
}

Entry entry(Entry::Direction d, Entry::Kind k, const QByteArray &raw,
            const QByteArray &redacted = {})
{
    Entry e;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(14, 2, 11, 204));
    e.direction = d;
    e.kind = k;
    e.raw = raw;
    e.redacted = redacted;
    return e;
}

// A session as Transcript::attach() records it: commands, one entry per
// reply line, data chunks, a redacted AUTH, a BDAT chunk that ends inside a
// line, 8-bit data that is not UTF-8, and notes.
QList<Entry> liveSession()
{
    using D = Entry::Direction;
    using K = Entry::Kind;
    return {
        entry(D::Note, K::Note, "Connected to localhost (127.0.0.1:2525)"),
        entry(D::Server, K::Reply, "220 mx.example.test ESMTP\r\n"),
        entry(D::Client, K::Command, "EHLO client.test\r\n"),
        entry(D::Server, K::Reply, "250-mx.example.test\r\n"),
        entry(D::Server, K::Reply, "250-CHUNKING\r\n"),
        entry(D::Server, K::Reply, "250 AUTH PLAIN\r\n"),
        entry(D::Client, K::Command, "AUTH PLAIN ********\r\n", "AUTH PLAIN ********"),
        entry(D::Server, K::Reply, "235 2.7.0 Authentication successful\r\n"),
        entry(D::Client, K::Command, "MAIL FROM:<a@client.test>\r\n"),
        entry(D::Client, K::Command, "RCPT TO:<b@example.test>\r\n"),
        entry(D::Client, K::Command, "DATA\r\n"),
        entry(D::Server, K::Reply, "250 2.1.0 Ok\r\n"),
        entry(D::Server, K::Reply, "250 2.1.5 Ok\r\n"),
        entry(D::Server, K::Reply, "354 End data with <CR><LF>.<CR><LF>\r\n"),
        entry(D::Client, K::Data, "Subject: caf\xc3\xa9\r\n\r\n..dot\r\n"),
        entry(D::Client, K::Data, ".\r\n"),
        entry(D::Server, K::Reply, "250 2.0.0 Ok: queued as 1A2B3C\r\n"),
        entry(D::Client, K::Command, "MAIL FROM:<a@client.test>\r\n"),
        entry(D::Client, K::Command, "RCPT TO:<b@example.test>\r\n"),
        entry(D::Client, K::Command, "BDAT 7\r\n"),
        entry(D::Client, K::Data, "abc\r\nde"),
        entry(D::Client, K::Command, "BDAT 4 LAST\r\n"),
        entry(D::Client, K::Data, "f\r\n"),
        entry(D::Client, K::Data, "g"),
        entry(D::Server, K::Reply, "250 2.1.0 Ok\r\n"),
        entry(D::Server, K::Reply, "250 2.1.5 Ok\r\n"),
        entry(D::Server, K::Reply, "250 2.0.0 7 octets received\r\n"),
        entry(D::Server, K::Reply, "250 2.0.0 Ok: queued as 4D5E6F\r\n"),
        entry(D::Client, K::Command, "QUIT\r\n"),
        entry(D::Server, K::Reply, "221 2.0.0 Bye\r\n"),
    };
}

QByteArray written(const QList<Entry> &entries, bool json, bool timestamps = true)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    TextWriter text(&buffer, timestamps);
    JsonWriter jsonWriter(&buffer);
    for (const Entry &e : entries) {
        if (json)
            jsonWriter.write(e);
        else
            text.write(e);
    }
    return out;
}

} // namespace

class tst_TranscriptReader : public QObject
{
    Q_OBJECT
private slots:
    void recordedSessions_data();
    void recordedSessions();
    void postfixExchanges();
    void saslResponsesAndTls();
    void writtenAndReadBack_data();
    void writtenAndReadBack();
    void liveConversation();
    void jsonKeepsEveryOctet();
    void lmtpRepliesPerRecipient();
    void malformedReplyNoted();
    void notATranscript_data();
    void notATranscript();
    void missingFile();
};

void tst_TranscriptReader::recordedSessions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("postfix") << QStringLiteral("postfix-3.7-session.txt")
                             << QStringList {"greeting 220", "EHLO 250", "VRFY 252", "VRFY 550",
                                             "EXPN 500",     "HELP 500", "FOO 500",  "MAIL 250",
                                             "RCPT 250",     "RCPT 550", "DATA 354", "data 250",
                                             "MAIL 250",     "RSET 250", "RCPT 503", "NOOP 250",
                                             "QUIT 221"};
    QTest::newRow("exim") << QStringLiteral("exim-starttls-cram-md5.txt")
                          << QStringList {"EHLO 250", "STARTTLS 220", "EHLO 250", "AUTH 334",
                                          "sasl 235", "MAIL 250",     "RCPT 250", "DATA 354",
                                          "data 250", "QUIT 221"};
    QTest::newRow("sendmail") << QStringLiteral("sendmail-ehlo-send.txt")
                              << QStringList {"EHLO 250", "MAIL 250", "RCPT 250",
                                              "DATA 354", "data 250", "QUIT 221"};
    QTest::newRow("sendmail-vrfy")
        << QStringLiteral("sendmail-vrfy.txt") << QStringList {"VRFY 250", "VRFY 550", "QUIT 221"};
    QTest::newRow("smtp-sink") << QStringLiteral("smtp-sink-session.txt")
                               << QStringList {"greeting 220", "EHLO 250", "MAIL 250", "RCPT 250",
                                               "DATA 354",     "data 250", "QUIT 221"};
}

void tst_TranscriptReader::recordedSessions()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QByteArray bytes = readData(file);
    QVERIFY(!bytes.isEmpty());
    const ReadTranscript r = readTranscript(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, ReadTranscript::Format::Text);
    QCOMPARE(summary(r.conversation), expected);
    QVERIFY2(r.conversation.problems.isEmpty(), qPrintable(r.conversation.problems.join('\n')));
    // Read again from the entries: the same conversation.
    QCOMPARE(summary(buildConversation(r.entries)), expected);
}

void tst_TranscriptReader::postfixExchanges()
{
    const ReadTranscript r = readTranscript(readData(QStringLiteral("postfix-3.7-session.txt")));
    QVERIFY(r.ok());
    const Conversation &c = r.conversation;
    QCOMPARE(c.greeting()->reply()->lines, QList<QByteArray> {"localhost ESMTP Postfix"});
    const auto ehlo = c.commands("EHLO");
    QCOMPARE(ehlo.size(), 1);
    QCOMPARE(ehlo.first()->reply()->lines.size(), 12);
    const auto rcpts = c.commands("RCPT");
    QCOMPARE(rcpts.size(), 3);
    QCOMPARE(rcpts[1]->argument, QByteArray("TO:<ghost@example.test>"));
    QCOMPARE(rcpts[1]->reply()->enhanced.toString(), QStringLiteral("5.1.1"));
    // The message data as sent: dot-stuffed, CRLF, with the final dot.
    const Exchange *data = nullptr;
    for (const Exchange &e : c.exchanges) {
        if (e.kind == Exchange::Kind::MessageData)
            data = &e;
    }
    QVERIFY(data);
    QCOMPARE(data->data, QByteArray("Subject: t\r\n\r\n..dot line\r\n.\r\n"));
    QCOMPARE(data->reply()->lines.first(), QByteArray("2.0.0 Ok: queued as 12597A740F3"));
    // The data lines are Data entries, the rest commands.
    int dataEntries = 0;
    for (const Entry &e : r.entries)
        dataEntries += e.kind == Entry::Kind::Data;
    QCOMPARE(dataEntries, 4);
    QCOMPARE(c.notes.size(), 1);
}

void tst_TranscriptReader::saslResponsesAndTls()
{
    const ReadTranscript r = readTranscript(readData(QStringLiteral("exim-starttls-cram-md5.txt")));
    QVERIFY(r.ok());
    const Conversation &c = r.conversation;
    QVERIFY(c.startTls);
    QVERIFY(!c.implicitTls);
    const auto ehlo = c.commands("EHLO");
    QCOMPARE(ehlo.size(), 2);
    QVERIFY(!ehlo[0]->tls);
    QVERIFY(ehlo[1]->tls);
    // RFC 4954 4: the line after a 334 is a SASL response, a secret.
    const Exchange *sasl = nullptr;
    for (const Exchange &e : c.exchanges) {
        if (e.kind == Exchange::Kind::SaslResponse)
            sasl = &e;
    }
    QVERIFY(sasl);
    QVERIFY(sasl->redacted);
    QCOMPARE(sasl->code(), 235);
}

void tst_TranscriptReader::writtenAndReadBack_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QByteArray>("label");
    QTest::newRow("text") << false << true << QByteArray();
    QTest::newRow("text without times") << false << false << QByteArray();
    QTest::newRow("text with a session label") << false << true << QByteArray("[work #2] ");
    QTest::newRow("json") << true << true << QByteArray();
}

void tst_TranscriptReader::writtenAndReadBack()
{
    QFETCH(bool, json);
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, label);
    const QList<Entry> live = liveSession();
    QByteArray bytes = written(live, json, timestamps);
    if (!label.isEmpty()) {
        // What a transcript of several sessions looks like (the time, then
        // the session's label, then the marker).
        QByteArray labelled;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty())
                labelled += line.left(13) + label + line.mid(13) + '\n';
        }
        bytes = labelled;
    }
    const ReadTranscript r = readTranscript(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, json ? ReadTranscript::Format::JsonLines : ReadTranscript::Format::Text);
    QVERIFY2(r.conversation.problems.isEmpty(), qPrintable(r.conversation.problems.join('\n')));

    // The octets each side sent, in order, come back exactly (the text form
    // splits data chunks into lines; the octets are the same).
    QByteArray clientLive, clientRead, serverLive, serverRead;
    for (const Entry &e : live) {
        if (e.direction == Entry::Direction::Client)
            clientLive += e.raw;
        else if (e.direction == Entry::Direction::Server)
            serverLive += e.raw;
    }
    for (const Entry &e : r.entries) {
        if (e.direction == Entry::Direction::Client)
            clientRead += e.raw;
        else if (e.direction == Entry::Direction::Server)
            serverRead += e.raw;
    }
    QCOMPARE(clientRead, clientLive);
    QCOMPARE(serverRead, serverLive);
    for (const Entry &e : r.entries) {
        if (e.raw.startsWith("AUTH"))
            QCOMPARE(e.redacted, QByteArray("AUTH PLAIN ********"));
    }
    if (timestamps)
        QCOMPARE(r.entries.first().time.time(), QTime(14, 2, 11, 204));
    if (!label.isEmpty())
        QCOMPARE(r.entries.first().session, QStringLiteral("work #2"));
    QCOMPARE(summary(r.conversation), summary(buildConversation(live)));
}

void tst_TranscriptReader::liveConversation()
{
    const Conversation c = buildConversation(liveSession());
    QCOMPARE(
        summary(c),
        (QStringList {"greeting 220", "EHLO 250", "AUTH 235", "MAIL 250", "RCPT 250", "DATA 354",
                      "data 250", "MAIL 250", "RCPT 250", "BDAT 250", "BDAT 250", "QUIT 221"}));
    QVERIFY(c.commands("AUTH").first()->redacted);
    const auto bdat = c.commands("BDAT");
    QCOMPARE(bdat[0]->data, QByteArray("abc\r\nde"));
    QCOMPARE(bdat[1]->data, QByteArray("f\r\ng"));
    QCOMPARE(c.exchanges[6].data, QByteArray("Subject: caf\xc3\xa9\r\n\r\n..dot\r\n.\r\n"));
    QCOMPARE(c.notes, QStringList {"Connected to localhost (127.0.0.1:2525)"});
}

void tst_TranscriptReader::jsonKeepsEveryOctet()
{
    // The text form is for people: printable() shows a byte that is not
    // UTF-8 as \xHH. The JSON form carries such data as base64, exactly.
    using D = Entry::Direction;
    using K = Entry::Kind;
    const QList<Entry> live {entry(D::Server, K::Reply, "220 x\r\n"),
                             entry(D::Client, K::Command, "DATA\r\n"),
                             entry(D::Server, K::Reply, "354 go\r\n"),
                             entry(D::Client, K::Data, "Latin-1: caf\xe9\r\n.\r\n"),
                             entry(D::Server, K::Reply, "250 ok\r\n")};
    const ReadTranscript json = readTranscript(written(live, true));
    QVERIFY(json.ok());
    QCOMPARE(json.conversation.exchanges[2].data, QByteArray("Latin-1: caf\xe9\r\n.\r\n"));
    const ReadTranscript text = readTranscript(written(live, false));
    QVERIFY(text.ok());
    QCOMPARE(text.conversation.exchanges[2].data, QByteArray("Latin-1: caf\\xe9\r\n.\r\n"));
}

void tst_TranscriptReader::lmtpRepliesPerRecipient()
{
    // RFC 2033 4.2: after the data, one reply per accepted recipient.
    const QByteArray text = "S: 220 lmtp ready\n"
                            "C: LHLO c\n"
                            "S: 250-lmtp\n"
                            "S: 250 PIPELINING\n"
                            "C: MAIL FROM:<a@x.test>\n"
                            "C: RCPT TO:<b@x.test>\n"
                            "C: RCPT TO:<nobody@x.test>\n"
                            "C: RCPT TO:<c@x.test>\n"
                            "C: DATA\n"
                            "S: 250 ok\n"
                            "S: 250 ok\n"
                            "S: 550 no\n"
                            "S: 250 ok\n"
                            "S: 354 go\n"
                            "C: hi\n"
                            "C: .\n"
                            "S: 250 2.0.0 b delivered\n"
                            "S: 452 4.2.2 c is full\n"
                            "C: QUIT\n"
                            "S: 221 bye\n";
    const ReadTranscript r = readTranscript(text);
    QVERIFY(r.ok());
    QVERIFY(r.conversation.lmtp);
    QCOMPARE(summary(r.conversation),
             (QStringList {"greeting 220", "LHLO 250", "MAIL 250", "RCPT 250", "RCPT 550",
                           "RCPT 250", "DATA 354", "data 250,452", "QUIT 221"}));
}

void tst_TranscriptReader::malformedReplyNoted()
{
    // The sandbox's broken-multiline misbehaviour, as a transcript shows it.
    const ReadTranscript r = readTranscript("S: 220 hi\nC: EHLO x\nS: 250-hi\nS: 251 HELP\n");
    QVERIFY(r.ok());
    QCOMPARE(r.conversation.problems.size(), 1);
    QVERIFY(r.conversation.problems.first().contains(QLatin1String("251")));
    QCOMPARE(summary(r.conversation), (QStringList {"greeting 220", "EHLO 251"}));
}

void tst_TranscriptReader::notATranscript_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::newRow("prose") << QByteArray("S: 220 hi\nHello there\n") << 2;
    QTest::newRow("marker without space") << QByteArray("C:EHLO x\n") << 1;
    QTest::newRow("bad json") << QByteArray("{\"direction\":\"client\"}\n{oops\n") << 2;
    QTest::newRow("json direction")
        << QByteArray("{\"direction\":\"sideways\",\"text\":\"x\"}\n") << 1;
    QTest::newRow("json base64") << QByteArray("{\"direction\":\"client\",\"base64\":\"!!\"}\n")
                                 << 1;
}

void tst_TranscriptReader::notATranscript()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    const ReadTranscript r = readTranscript(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorLine, line);
    QVERIFY(r.error.contains(QString::number(line)));
}

void tst_TranscriptReader::missingFile()
{
    const ReadTranscript r = readTranscriptFile(QStringLiteral("/nonexistent/transcript.txt"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("/nonexistent/transcript.txt")));
}

QTEST_GUILESS_MAIN(tst_TranscriptReader)
#include "tst_transcriptreader.moc"
