// The recorded conversations of tests/data/transcripts (format in README.md
// there) read back through core/protocol: every S: block parses into the
// replies the server sent, every C: command comes out of the formatter as the
// client sent it, and every message body re-encodes to the recorded bytes.
#include "protocol/command.h"
#include "protocol/datatransform.h"
#include "protocol/reply.h"
#include "transcript/transcriptreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace postscope::protocol;

namespace {

const QString transcriptsDir = QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts");

struct Line
{
    char side; // 'C' or 'S'
    QByteArray text;
    bool data = false; // message data (after a 354, or a BDAT chunk)
};

// Through the one transcript reader (core/transcript/transcriptreader.h):
// its entries, one wire line each, as C:/S: lines.
QList<Line> readTranscript(const QString &path, QString *error)
{
    const postscope::transcript::ReadTranscript read
        = postscope::transcript::readTranscriptFile(path);
    if (!read.ok()) {
        *error = QStringLiteral("%1: %2").arg(path, read.error);
        return {};
    }
    using postscope::transcript::Entry;
    QList<Line> out;
    for (const Entry &e : read.entries) {
        if (e.direction == Entry::Direction::Note)
            continue;
        out.append({e.direction == Entry::Direction::Client ? 'C' : 'S', e.display(),
                    e.kind == Entry::Kind::Data});
    }
    return out;
}

// "250 2.1.0" for a reply with an enhanced code, "250" without.
QString summary(const Reply &r)
{
    QString s = QString::number(r.code);
    if (r.enhanced.isValid())
        s += QLatin1Char(' ') + r.enhanced.toString();
    return s;
}

// What each recorded server answered, in order (README.md tells the story).
const QHash<QString, QStringList> &expectedReplies()
{
    static const QHash<QString, QStringList> expected = {
        {"exim-starttls-cram-md5.txt",
         {"250", "220", "250", "334", "235", "250", "250", "354", "250", "221"}},
        {"postfix-3.7-session.txt",
         {"220", "250", "252 2.0.0", "550 5.1.1", "500 5.5.2", "500 5.5.2", "500 5.5.2",
          "250 2.1.0", "250 2.1.5", "550 5.1.1", "354", "250 2.0.0", "250 2.1.0", "250 2.0.0",
          "503 5.5.1", "250 2.0.0", "221 2.0.0"}},
        {"sendmail-ehlo-send.txt",
         {"250", "250 2.1.0", "250 2.1.5", "354", "250 2.0.0", "221 2.0.0"}},
        {"sendmail-vrfy.txt", {"250 2.1.5", "550 5.1.1", "221 2.0.0"}},
        {"smtp-sink-session.txt",
         {"220", "250", "250 2.1.0", "250 2.1.5", "354", "250 2.0.0", "221"}},
    };
    return expected;
}

QList<QByteArray> splitParams(const QByteArray &rest)
{
    QList<QByteArray> out;
    for (const QByteArray &w : rest.split(' ')) {
        if (!w.isEmpty())
            out.append(w);
    }
    return out;
}

// The formatter's version of a recorded command line.
Command format(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1);
    if (verb == "EHLO")
        return commands::ehlo(arg);
    if (verb == "HELO")
        return commands::helo(arg);
    if (verb == "LHLO")
        return commands::lhlo(arg);
    if (verb == "STARTTLS" && arg.isEmpty())
        return commands::startTls();
    if (verb == "AUTH") {
        const QList<QByteArray> words = splitParams(arg);
        return commands::auth(words.value(0), words.value(1));
    }
    if ((verb == "MAIL" && arg.toUpper().startsWith("FROM:"))
        || (verb == "RCPT" && arg.toUpper().startsWith("TO:"))) {
        const QByteArray afterColon = arg.mid(arg.indexOf(':') + 1);
        const qsizetype end = afterColon.indexOf('>');
        const QByteArray path = end < 0 ? afterColon : afterColon.left(end + 1);
        const QList<QByteArray> params = splitParams(afterColon.mid(path.size()));
        return verb == "MAIL" ? commands::mail(path, params) : commands::rcpt(path, params);
    }
    if (verb == "DATA" && arg.isEmpty())
        return commands::data();
    if (verb == "RSET" && arg.isEmpty())
        return commands::rset();
    if (verb == "VRFY")
        return commands::vrfy(arg);
    if (verb == "EXPN")
        return commands::expn(arg);
    if (verb == "HELP")
        return commands::help(arg);
    if (verb == "NOOP")
        return commands::noop(arg);
    if (verb == "QUIT" && arg.isEmpty())
        return commands::quit();
    return commands::raw(line);
}

// Same line, or the same but for case when the recorded client wrote its
// verb in lower case (smtplib's "mail FROM:", "rcpt TO:", "ehlo").
bool sameCommand(const QByteArray &formatted, const QByteArray &recorded)
{
    if (formatted == recorded)
        return true;
    const QByteArray verb
        = recorded.left(recorded.indexOf(' ') < 0 ? recorded.size() : recorded.indexOf(' '));
    return verb != verb.toUpper() && formatted.compare(recorded, Qt::CaseInsensitive) == 0;
}

} // namespace

class tst_RecordedTranscripts : public QObject
{
    Q_OBJECT

private slots:
    void knownTranscriptsArePresent();
    void replay_data();
    void replay();
};

void tst_RecordedTranscripts::knownTranscriptsArePresent()
{
    const QStringList files = QDir(transcriptsDir).entryList({"*.txt"}, QDir::Files);
    for (auto it = expectedReplies().cbegin(); it != expectedReplies().cend(); ++it)
        QVERIFY2(files.contains(it.key()), qPrintable("missing transcript " + it.key()));
}

void tst_RecordedTranscripts::replay_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(transcriptsDir).entryList({"*.txt"}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable("no transcripts in " + transcriptsDir));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void tst_RecordedTranscripts::replay()
{
    QFETCH(QString, file);
    QString error;
    const QList<Line> lines = readTranscript(transcriptsDir + QLatin1Char('/') + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!lines.isEmpty());

    QStringList replies;
    int commandsChecked = 0;
    int authResponses = 0;
    int messages = 0;
    bool inData = false;
    bool expectAuthResponse = false;
    QList<QByteArray> dataLines;

    for (qsizetype i = 0; i < lines.size();) {
        if (lines.at(i).side == 'S') {
            // One block of consecutive server lines: the bytes as they came.
            QByteArray wire;
            QList<QByteArray> blockLines;
            for (; i < lines.size() && lines.at(i).side == 'S'; ++i) {
                wire += lines.at(i).text + "\r\n";
                blockLines.append(lines.at(i).text);
            }
            QList<Reply> parsed;
            for (const int piece : {int(wire.size()), 1}) {
                ReplyParser parser;
                QList<Reply> got;
                for (qsizetype pos = 0; pos < wire.size(); pos += piece) {
                    parser.feed(QByteArrayView(wire).sliced(
                        pos, qMin<qsizetype>(piece, wire.size() - pos)));
                    Reply r;
                    ReplyParser::Status status;
                    while ((status = parser.next(&r)) == ReplyParser::Status::GotReply)
                        got.append(r);
                    QVERIFY2(status != ReplyParser::Status::Error,
                             qPrintable(parser.errorString()));
                }
                QCOMPARE(parser.bufferedSize(), 0);
                if (piece != 1) {
                    parsed = got;
                } else {
                    QCOMPARE(got.size(), parsed.size());
                    for (qsizetype k = 0; k < got.size(); ++k)
                        QCOMPARE(got.at(k).raw, parsed.at(k).raw);
                }
            }
            // Every line kept, in order, with its code.
            QByteArray raws;
            qsizetype lineIndex = 0;
            for (const Reply &r : parsed) {
                raws += r.raw;
                for (const QByteArray &text : r.lines) {
                    const QByteArray recorded = blockLines.at(lineIndex++);
                    QCOMPARE(recorded.left(3).toInt(), r.code);
                    QCOMPARE(text, recorded.mid(4));
                }
                replies.append(summary(r));
            }
            QCOMPARE(lineIndex, blockLines.size());
            QCOMPARE(raws, wire);
            inData = parsed.last().code == 354;
            expectAuthResponse = parsed.last().code == 334;
            continue;
        }

        const bool chunkData = lines.at(i).data && !inData;
        const QByteArray text = lines.at(i++).text;
        if (chunkData)
            continue; // a BDAT chunk's octets (RFC 3030 2), not commands
        if (inData) {
            if (text != ".") {
                dataLines.append(text);
                continue;
            }
            // The recorded body is stuffed; unstuffing it and encoding again
            // must give back exactly the recorded bytes and the final dot.
            QByteArray stuffed;
            for (const QByteArray &l : dataLines)
                stuffed += l + "\r\n";
            const QByteArray content = unstuff(stuffed);
            QCOMPARE(DataEncoder::encodeAll(content), stuffed + ".\r\n");
            dataLines.clear();
            inData = false;
            ++messages;
            continue;
        }
        if (expectAuthResponse) {
            const Command c = commands::authResponse(text);
            QVERIFY2(c.isValid(), qPrintable(c.error));
            QCOMPARE(c.line(), text);
            QCOMPARE(c.display(), QByteArray("********"));
            expectAuthResponse = false;
            ++authResponses;
            continue;
        }
        const Command c = format(text);
        QVERIFY2(c.isValid(), qPrintable(c.error + " for " + text));
        QVERIFY2(sameCommand(c.line(), text), qPrintable(c.line() + " vs recorded " + text));
        QVERIFY(c.wire.endsWith("\r\n"));
        ++commandsChecked;
        if (text.toUpper().startsWith("BDAT ") && text.toUpper().endsWith(" LAST"))
            ++messages;
    }
    QVERIFY2(!inData, "a message body never ended");
    QVERIFY(commandsChecked > 0);

    if (expectedReplies().contains(file))
        QCOMPARE(replies, expectedReplies().value(file));
    if (file.startsWith("exim"))
        QCOMPARE(authResponses, 1);
    if (file != "sendmail-vrfy.txt")
        QCOMPARE(messages, 1);
}

QTEST_APPLESS_MAIN(tst_RecordedTranscripts)
#include "tst_recordedtranscripts.moc"
