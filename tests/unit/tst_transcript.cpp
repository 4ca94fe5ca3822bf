// The transcript model and its writers (core/transcript), without a session:
// exact text for a scripted conversation, JSON Lines, the entry limit, and
// that a redacted secret never reaches either writer.

#include "transcript/transcript.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace postscope::transcript;
using Direction = Entry::Direction;
using Kind = Entry::Kind;

namespace {

// "AUTH PLAIN" with authzid "", user "user", password "pencil" (RFC 4616).
const QByteArray secret = QByteArray("\0user\0pencil", 12).toBase64();

QDateTime at(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2024, 5, 1), QTime(h, m, s, ms));
}

Entry make(QDateTime time, Direction direction, Kind kind, const QByteArray &raw,
           const QByteArray &redacted = {})
{
    Entry e;
    e.time = time;
    e.direction = direction;
    e.kind = kind;
    e.raw = raw;
    e.redacted = redacted;
    return e;
}

// ARCHITECTURE.md's example, continued with AUTH and a message.
QList<Entry> scriptedConversation()
{
    return {
        make(at(14, 2, 11, 204), Direction::Server, Kind::Reply, "220 mx.example.test ESMTP\r\n"),
        make(at(14, 2, 11, 205), Direction::Client, Kind::Command, "EHLO client.example\r\n"),
        make(at(14, 2, 11, 206), Direction::Server, Kind::Reply, "250-mx.example.test\r\n"),
        make(at(14, 2, 11, 206), Direction::Server, Kind::Reply, "250 PIPELINING\r\n"),
        make(at(14, 2, 11, 207), Direction::Note, Kind::Note,
             "TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384, peer mx.example.test"),
        make(at(14, 2, 11, 210), Direction::Client, Kind::Command,
             "AUTH PLAIN " + secret + "\r\n", "AUTH PLAIN ********"),
        make(at(14, 2, 11, 212), Direction::Server, Kind::Reply,
             "235 2.7.0 Authentication successful\r\n"),
        make(at(14, 2, 11, 213), Direction::Client, Kind::Command, "MAIL FROM:<a@example.test>\r\n"),
        make(at(14, 2, 11, 213), Direction::Client, Kind::Data, "<1234 octets of message data>"),
        make(at(14, 2, 11, 214), Direction::Client, Kind::Data,
             "Subject: hi\r\n\r\n..leading dot\r\n.\r\n"),
        make(at(14, 2, 11, 215), Direction::Note, Kind::Note, "first line\nsecond line"),
    };
}

const QByteArray expectedText =
        "14:02:11.204 S: 220 mx.example.test ESMTP\n"
        "14:02:11.205 C: EHLO client.example\n"
        "14:02:11.206 S: 250-mx.example.test\n"
        "14:02:11.206 S: 250 PIPELINING\n"
        "14:02:11.207 ** TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384, peer mx.example.test\n"
        "14:02:11.210 C: AUTH PLAIN ********\n"
        "14:02:11.212 S: 235 2.7.0 Authentication successful\n"
        "14:02:11.213 C: MAIL FROM:<a@example.test>\n"
        "14:02:11.213 C: <1234 octets of message data>\n"
        "14:02:11.214 C: Subject: hi\n"
        "14:02:11.214 C: \n"
        "14:02:11.214 C: ..leading dot\n"
        "14:02:11.214 C: .\n"
        "14:02:11.215 ** first line\n"
        "14:02:11.215 ** second line\n";

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void display_data();
    void display();
    void textWriterExact();
    void textWriterWithoutTimestamps();
    void textWriterEscapesBareCr();
    void textWriterEscapesControls_data();
    void textWriterEscapesControls();
    void jsonWriterKeepsControlsExact();
    void jsonWriter();
    void jsonWriterBase64ForNonUtf8();
    void secretNeverWritten();
    void appendAndSignal();
    void addNote();
    void maxEntries();
    void maxBytes();
    void sessionAndTls();
    void clear();
};

void TestTranscript::display_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("redacted");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("CRLF removed") << QByteArray("EHLO x\r\n") << QByteArray() << QByteArray("EHLO x");
    QTest::newRow("LF removed") << QByteArray("EHLO x\n") << QByteArray() << QByteArray("EHLO x");
    QTest::newRow("no line ending") << QByteArray("note") << QByteArray() << QByteArray("note");
    QTest::newRow("only the last ending") << QByteArray("a\r\nb\r\n") << QByteArray()
                                          << QByteArray("a\r\nb");
    QTest::newRow("redacted wins") << QByteArray("AUTH PLAIN " + secret + "\r\n")
                                   << QByteArray("AUTH PLAIN ********")
                                   << QByteArray("AUTH PLAIN ********");
}

void TestTranscript::display()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, redacted);
    QFETCH(QByteArray, expected);
    QCOMPARE(make(at(1, 2, 3, 4), Direction::Client, Kind::Command, raw, redacted).display(),
             expected);
}

void TestTranscript::textWriterExact()
{
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TextWriter writer(&buffer);
    for (const Entry &e : scriptedConversation())
        writer.write(e);
    QCOMPARE(out, expectedText);
    QCOMPARE(toText(scriptedConversation()), expectedText);
    QVERIFY(!out.contains('\r'));
}

void TestTranscript::textWriterWithoutTimestamps()
{
    const QByteArray text = toText(scriptedConversation(), false);
    QByteArray expected;
    for (const QByteArray &line : expectedText.split('\n')) {
        if (!line.isEmpty())
            expected += line.mid(13) + '\n';   // "14:02:11.204 " is 13 characters
    }
    QCOMPARE(text, expected);
    QVERIFY(text.startsWith("S: 220 mx.example.test ESMTP\nC: EHLO client.example\n"));
}

void TestTranscript::textWriterEscapesBareCr()
{
    // A CR inside a line would move a terminal's cursor back and let a server
    // overwrite what the line shows.
    const Entry e = make(at(9, 0, 0, 1), Direction::Server, Kind::Reply,
                         "250 ok\rS: 250 forged\r\n");
    QCOMPARE(toText({e}), "09:00:00.001 S: 250 ok\\rS: 250 forged\n");
}

void TestTranscript::textWriterEscapesControls_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected");
    // A hostile server's greeting: clear the screen, retitle the window, ring.
    QTest::newRow("escape sequences") << QByteArray("220 \x1b[2J\x1b]0;owned\x07 mx\r\n")
                                      << QByteArray("S: 220 \\x1b[2J\\x1b]0;owned\\x07 mx\n");
    QTest::newRow("NUL") << QByteArray("250 a\0b\r\n", 9) << QByteArray("S: 250 a\\x00b\n");
    QTest::newRow("C1 CSI") << QByteArray("250 \xc2\x9b" "2J\r\n") << QByteArray("S: 250 \\u009b2J\n");
    QTest::newRow("not UTF-8") << QByteArray("250 caf\xe9\r\n") << QByteArray("S: 250 caf\\xe9\n");
    QTest::newRow("TAB stays") << QByteArray("250 a\tb\r\n") << QByteArray("S: 250 a\tb\n");
}

void TestTranscript::textWriterEscapesControls()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    const Entry e = make(at(9, 0, 0, 1), Direction::Server, Kind::Reply, raw);
    const QByteArray text = toText({e}, false);
    QCOMPARE(text, expected);
    for (char c : text)
        QVERIFY(uchar(c) >= 0x20 || c == '\n' || c == '\t');
}

void TestTranscript::jsonWriterKeepsControlsExact()
{
    // JSON Lines: a JSON reader gets the exact characters; the bytes written
    // hold no raw control character (JSON's own \u escapes).
    const QByteArray raw("220 \x1b[2J\x07\x7f\xc2\x9b mx\r\n");
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter writer(&buffer);
    writer.write(make(at(9, 0, 0, 1), Direction::Server, Kind::Reply, raw));
    QVERIFY(out.endsWith('\n'));
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        const auto c = uchar(out[i]);
        QVERIFY2(c >= 0x20 && c != 0x7f && !(c == 0xc2 && uchar(out[i + 1]) < 0xa0), out.constData());
    }
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(u"text").toString().toUtf8(), raw.chopped(2));
}

void TestTranscript::jsonWriter()
{
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter writer(&buffer);
    const QList<Entry> entries = scriptedConversation();
    for (const Entry &e : entries)
        writer.write(e);

    QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());   // every object ends with a newline
    QCOMPARE(lines.size(), entries.size());

    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(lines[0], &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(first.value(u"direction").toString(), u"server"_qs);
    QCOMPARE(first.value(u"kind").toString(), u"reply"_qs);
    QCOMPARE(first.value(u"text").toString(), u"220 mx.example.test ESMTP"_qs);
    QCOMPARE(QDateTime::fromString(first.value(u"time").toString(), Qt::ISODateWithMs),
             entries[0].time);
    QVERIFY(first.value(u"time").toString().contains(u"14:02:11.204"));
    QVERIFY(!first.contains(u"base64"));
    QVERIFY(!first.contains(u"redacted"));

    const QJsonObject ehlo = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(ehlo.value(u"direction").toString(), u"client"_qs);
    QCOMPARE(ehlo.value(u"kind").toString(), u"command"_qs);
    QCOMPARE(ehlo.value(u"text").toString(), u"EHLO client.example"_qs);

    const QJsonObject note = QJsonDocument::fromJson(lines[4]).object();
    QCOMPARE(note.value(u"direction").toString(), u"note"_qs);
    QCOMPARE(note.value(u"kind").toString(), u"note"_qs);

    const QJsonObject auth = QJsonDocument::fromJson(lines[5]).object();
    QCOMPARE(auth.value(u"text").toString(), u"AUTH PLAIN ********"_qs);
    QCOMPARE(auth.value(u"redacted").toBool(), true);

    const QJsonObject data = QJsonDocument::fromJson(lines[9]).object();
    QCOMPARE(data.value(u"kind").toString(), u"data"_qs);
    QCOMPARE(data.value(u"text").toString(), u"Subject: hi\r\n\r\n..leading dot\r\n."_qs);
}

void TestTranscript::jsonWriterBase64ForNonUtf8()
{
    const QByteArray raw("250 caf\xe9 \xff\r\n");
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter(&buffer).write(make(at(1, 0, 0, 0), Direction::Server, Kind::Reply, raw));
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    QVERIFY(object.contains(u"base64"));
    QCOMPARE(QByteArray::fromBase64(object.value(u"base64").toString().toLatin1()), raw);
    QVERIFY(object.value(u"text").toString().startsWith(u"250 caf"));
}

void TestTranscript::secretNeverWritten()
{
    // The secret in base64, and even one that is not valid UTF-8, must not
    // leak through "text" or "base64".
    QList<Entry> entries = scriptedConversation();
    entries << make(at(14, 2, 12, 0), Direction::Client, Kind::Command, "\xff\xfe" + secret + "\r\n",
                    "********");
    QByteArray json;
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter writer(&buffer);
    for (const Entry &e : entries)
        writer.write(e);
    const QByteArray text = toText(entries) + toText(entries, false);

    for (const QByteArray &needle : {secret, QByteArray("pencil"), secret.toBase64()}) {
        QVERIFY2(!text.contains(needle), needle.constData());
        QVERIFY2(!json.contains(needle), needle.constData());
    }
    QVERIFY(text.contains("C: AUTH PLAIN ********\n"));
    QVERIFY(text.contains("C: ********\n"));
    QVERIFY(json.contains("\"text\":\"AUTH PLAIN ********\""));
}

void TestTranscript::appendAndSignal()
{
    Transcript transcript;
    QSignalSpy spy(&transcript, &Transcript::entryAdded);
    for (const Entry &e : scriptedConversation())
        transcript.append(e);
    QCOMPARE(spy.count(), scriptedConversation().size());
    QCOMPARE(transcript.entries().size(), scriptedConversation().size());
    QCOMPARE(transcript.entries().at(5).redacted, QByteArray("AUTH PLAIN ********"));
    QCOMPARE(spy.at(1).at(0).value<Entry>().raw, QByteArray("EHLO client.example\r\n"));
    QCOMPARE(toText(transcript.entries()), expectedText);
}

void TestTranscript::addNote()
{
    Transcript transcript;
    const QDateTime before = QDateTime::currentDateTime();
    transcript.addNote(u"Connected to 127.0.0.1:2525 — café"_qs);
    const QDateTime after = QDateTime::currentDateTime();
    QCOMPARE(transcript.entries().size(), 1);
    const Entry &e = transcript.entries().first();
    QCOMPARE(e.direction, Direction::Note);
    QCOMPARE(e.kind, Kind::Note);
    QCOMPARE(e.raw, u"Connected to 127.0.0.1:2525 — café"_qs.toUtf8());
    QVERIFY(e.redacted.isEmpty());
    QVERIFY(e.time >= before && e.time <= after);
    QVERIFY(toText(transcript.entries(), false) == "** " + e.raw + '\n');
}

void TestTranscript::maxEntries()
{
    Transcript transcript;
    transcript.setMaxEntries(3);
    for (int i = 0; i < 10; ++i)
        transcript.addNote(QString::number(i));
    QCOMPARE(transcript.entries().size(), 3);
    QCOMPARE(transcript.entries().at(0).raw, QByteArray("7"));
    QCOMPARE(transcript.entries().at(2).raw, QByteArray("9"));

    // Lowering the limit drops the oldest at once; 0 lifts it.
    transcript.setMaxEntries(2);
    QCOMPARE(transcript.entries().size(), 2);
    QCOMPARE(transcript.entries().at(0).raw, QByteArray("8"));
    transcript.setMaxEntries(0);
    for (int i = 10; i < 20; ++i)
        transcript.addNote(QString::number(i));
    QCOMPARE(transcript.entries().size(), 12);
    QCOMPARE(transcript.entries().last().raw, QByteArray("19"));
}

void TestTranscript::maxBytes()
{
    // Big message data (256 KiB chunks) is bounded by bytes, not only by count.
    Transcript transcript;
    transcript.setMaxBytes(1000);
    const QByteArray chunk(300, 'x');
    for (int i = 0; i < 10; ++i)
        transcript.append(make(at(1, 0, 0, i), Direction::Client, Kind::Data, chunk));
    QCOMPARE(transcript.entries().size(), 3);
    QCOMPARE(transcript.bytes(), qint64(900));
    QCOMPARE(transcript.droppedEntries(), qint64(7));
    QCOMPARE(transcript.entries().last().time, at(1, 0, 0, 9));
    // An entry larger than the limit is still kept alone: the newest entry
    // is never dropped on arrival.
    transcript.append(make(at(1, 0, 1, 0), Direction::Client, Kind::Data, QByteArray(5000, 'y')));
    QCOMPARE(transcript.entries().size(), 1);
    QCOMPARE(transcript.bytes(), qint64(5000));
    transcript.addNote(u"n"_qs);
    QCOMPARE(transcript.entries().size(), 1);
    QCOMPARE(transcript.entries().first().raw, QByteArray("n"));
    // Both limits hold together; clear() resets the counts.
    transcript.setMaxBytes(0);
    transcript.setMaxEntries(2);
    for (int i = 0; i < 5; ++i)
        transcript.addNote(QString::number(i));
    QCOMPARE(transcript.entries().size(), 2);
    QCOMPARE(transcript.bytes(), qint64(2));
    transcript.clear();
    QCOMPARE(transcript.bytes(), qint64(0));
    QCOMPARE(transcript.droppedEntries(), qint64(0));
}

void TestTranscript::sessionAndTls()
{
    // A transcript of several sessions says which one each line is from.
    Entry e = make(at(14, 2, 11, 204), Direction::Client, Kind::Command, "EHLO x\r\n");
    e.session = u"work #2"_qs;
    e.tls = true;
    QCOMPARE(toText({e}), "14:02:11.204 [work #2] C: EHLO x\n");
    QCOMPARE(toText({e}, false), "[work #2] C: EHLO x\n");
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter writer(&buffer);
    writer.write(e);
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    QCOMPARE(object.value(u"session").toString(), u"work #2"_qs);
    QCOMPARE(object.value(u"tls").toBool(false), true);
    // Without a session: no "session" field, and "tls" false.
    out.clear();
    buffer.seek(0);
    writer.write(make(at(1, 0, 0, 0), Direction::Client, Kind::Command, "NOOP\r\n"));
    const QJsonObject plain = QJsonDocument::fromJson(out).object();
    QVERIFY(!plain.contains(u"session"));
    QCOMPARE(plain.value(u"tls").toBool(true), false);
}

void TestTranscript::clear()
{
    Transcript transcript;
    transcript.addNote(u"x"_qs);
    transcript.clear();
    QVERIFY(transcript.entries().isEmpty());
    transcript.addNote(u"y"_qs);
    QCOMPARE(transcript.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
