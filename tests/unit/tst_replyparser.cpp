// Reply parser (RFC 5321 4.2) and enhanced status codes (RFC 3463, RFC 2034).
#include "protocol/reply.h"

#include <QRandomGenerator>
#include <QTest>

using namespace postscope::protocol;

namespace {

struct Parsed
{
    QList<Reply> replies;
    bool error = false;
    QString errorString;
    qsizetype buffered = 0;
};

// Feeds the input in pieces of the given sizes (cycled), taking every reply
// after each piece, the way the engine does.
Parsed parseInPieces(const QByteArray &input, const QList<int> &pieces,
                     ReplyParser::Limits limits = {})
{
    ReplyParser parser(limits);
    Parsed out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < input.size()) {
        const qsizetype n = qMin<qsizetype>(pieces.at(i++ % pieces.size()), input.size() - pos);
        parser.feed(QByteArrayView(input).sliced(pos, n));
        pos += n;
        Reply reply;
        ReplyParser::Status status;
        while ((status = parser.next(&reply)) == ReplyParser::Status::GotReply)
            out.replies.append(reply);
        if (status == ReplyParser::Status::Error)
            break;
    }
    out.error = parser.hasError();
    out.errorString = parser.errorString();
    out.buffered = parser.bufferedSize();
    return out;
}

Parsed parseAll(const QByteArray &input, ReplyParser::Limits limits = {})
{
    return parseInPieces(input, {int(qMax<qsizetype>(input.size(), 1))}, limits);
}

QList<QByteArray> L(std::initializer_list<const char *> lines)
{
    QList<QByteArray> out;
    for (const char *l : lines)
        out.append(QByteArray(l));
    return out;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void byteAtATime_data() { parse_data(); }
    void byteAtATime();
    void randomPieces_data() { parse_data(); }
    void randomPieces();
    void malformed_data();
    void malformed();
    void malformedAfterGoodReply();
    void lineLengthLimit();
    void partialLineTooLongFailsWithoutNewline();
    void linesPerReplyLimit();
    void endlessMultilineStaysBounded();
    void bufferedLimit();
    void injectionAfterStartTlsReplyStaysBuffered();
    void partialReplyCountsAsBuffered();
    void resetClearsError();
    void enhancedParse_data();
    void enhancedParse();
    void text_data();
    void text();
    void makeAndToWire_data();
    void makeAndToWire();
    void makeNeverEmitsLineBreaksInsideALine();
    void toWireRoundTrip();
    void quoteForReply_data();
    void quoteForReply();
};

void TestReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QList<QList<QByteArray>>>("lines");
    QTest::addColumn<QStringList>("enhanced");

    // RFC 5321 D.1, the server's side of the typical transaction.
    QTest::newRow("rfc5321-d1")
        << QByteArray("220 foo.com Simple Mail Transfer Service Ready\r\n"
                      "250-foo.com greets bar.com\r\n"
                      "250-8BITMIME\r\n"
                      "250-SIZE\r\n"
                      "250-DSN\r\n"
                      "250 HELP\r\n"
                      "250 OK\r\n"
                      "250 OK\r\n"
                      "550 No such user here\r\n"
                      "250 OK\r\n"
                      "354 Start mail input; end with <CRLF>.<CRLF>\r\n"
                      "250 OK\r\n"
                      "221 foo.com Service closing transmission channel\r\n")
        << QList<int> {220, 250, 250, 250, 550, 250, 354, 250, 221}
        << QList<QList<QByteArray>> {L({"foo.com Simple Mail Transfer Service Ready"}),
                                     L({"foo.com greets bar.com", "8BITMIME", "SIZE", "DSN",
                                        "HELP"}),
                                     L({"OK"}),
                                     L({"OK"}),
                                     L({"No such user here"}),
                                     L({"OK"}),
                                     L({"Start mail input; end with <CRLF>.<CRLF>"}),
                                     L({"OK"}),
                                     L({"foo.com Service closing transmission channel"})}
        << QStringList {"", "", "", "", "", "", "", "", ""};
    // RFC 5321 4.2.1's own multiline example.
    QTest::newRow("rfc5321-4.2.1")
        << QByteArray("123-First line\r\n123-Second line\r\n123-234 text beginning with numbers\r\n"
                      "123 The last line\r\n")
        << QList<int> {123}
        << QList<QList<QByteArray>> {L(
               {"First line", "Second line", "234 text beginning with numbers", "The last line"})}
        << QStringList {""};
    QTest::newRow("bare-code") << QByteArray("250\r\n") << QList<int> {250}
                               << QList<QList<QByteArray>> {L({""})} << QStringList {""};
    QTest::newRow("code-space") << QByteArray("250 \r\n") << QList<int> {250}
                                << QList<QList<QByteArray>> {L({""})} << QStringList {""};
    QTest::newRow("smtp-sink-ehlo")
        << QByteArray("250-smtp-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 \r\n")
        << QList<int> {250}
        << QList<QList<QByteArray>> {L({"smtp-sink", "PIPELINING", "8BITMIME", ""})}
        << QStringList {""};
    QTest::newRow("bare-code-last-of-multiline")
        << QByteArray("250-a\r\n250\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"a", ""})} << QStringList {""};
    QTest::newRow("empty-continuation")
        << QByteArray("250-\r\n250 b\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"", "b"})} << QStringList {""};
    QTest::newRow("lf-only") << QByteArray("220 hi\n250-a\n250 b\n250\n")
                             << QList<int> {220, 250, 250}
                             << QList<QList<QByteArray>> {L({"hi"}), L({"a", "b"}), L({""})}
                             << QStringList {"", "", ""};
    QTest::newRow("mixed-endings")
        << QByteArray("250-a\n250-b\r\n250 c\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"a", "b", "c"})} << QStringList {""};
    QTest::newRow("enhanced") << QByteArray("550 5.1.1 <ghost@example.test>: User unknown\r\n")
                              << QList<int> {550}
                              << QList<QList<QByteArray>> {L(
                                     {"5.1.1 <ghost@example.test>: User unknown"})}
                              << QStringList {"5.1.1"};
    QTest::newRow("enhanced-alone")
        << QByteArray("250 2.0.0\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"2.0.0"})} << QStringList {"2.0.0"};
    QTest::newRow("enhanced-three-digits")
        << QByteArray("550 5.1.10 null MX\r\n") << QList<int> {550}
        << QList<QList<QByteArray>> {L({"5.1.10 null MX"})} << QStringList {"5.1.10"};
    // RFC 3463 3: the class must match the reply's first digit.
    QTest::newRow("enhanced-class-mismatch")
        << QByteArray("250 5.1.1 odd\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"5.1.1 odd"})} << QStringList {""};
    QTest::newRow("enhanced-not-followed-by-space")
        << QByteArray("550 5.1.1User\r\n") << QList<int> {550}
        << QList<QList<QByteArray>> {L({"5.1.1User"})} << QStringList {""};
    QTest::newRow("enhanced-only-from-first-line")
        << QByteArray("250-first\r\n250 2.0.0 ok\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"first", "2.0.0 ok"})} << QStringList {""};
    QTest::newRow("enhanced-multiline")
        << QByteArray("451-4.3.0 one\r\n451 4.3.0 two\r\n") << QList<int> {451}
        << QList<QList<QByteArray>> {L({"4.3.0 one", "4.3.0 two"})} << QStringList {"4.3.0"};
    // RFC 4954 4: a challenge with an empty text and one with base64.
    QTest::newRow("rfc4954-challenges")
        << QByteArray("334 \r\n334 VXNlcm5hbWU6\r\n235 2.7.0 Authentication successful\r\n")
        << QList<int> {334, 334, 235}
        << QList<QList<QByteArray>> {L({""}), L({"VXNlcm5hbWU6"}),
                                     L({"2.7.0 Authentication successful"})}
        << QStringList {"", "", "2.7.0"};
    // RFC 3207 4 example.
    QTest::newRow("rfc3207") << QByteArray("220 Ready to start TLS\r\n") << QList<int> {220}
                             << QList<QList<QByteArray>> {L({"Ready to start TLS"})}
                             << QStringList {""};
    QTest::newRow("text-keeps-8bit-and-tabs")
        << QByteArray("250 caf\xc3\xa9\tok\r\n") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"caf\xc3\xa9\tok"})} << QStringList {""};
    QTest::newRow("421-any-time") << QByteArray("421 4.7.0 Try again later, closing connection\r\n")
                                  << QList<int> {421}
                                  << QList<QList<QByteArray>> {L(
                                         {"4.7.0 Try again later, closing connection"})}
                                  << QStringList {"4.7.0"};
    QTest::newRow("incomplete-tail-not-a-reply")
        << QByteArray("250 ok\r\n250-more") << QList<int> {250}
        << QList<QList<QByteArray>> {L({"ok"})} << QStringList {""};
}

void TestReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, codes);
    QFETCH(QList<QList<QByteArray>>, lines);
    QFETCH(QStringList, enhanced);

    const Parsed p = parseAll(input);
    QVERIFY2(!p.error, qPrintable(p.errorString));
    QCOMPARE(p.replies.size(), codes.size());
    QByteArray raws;
    for (qsizetype i = 0; i < p.replies.size(); ++i) {
        const Reply &r = p.replies.at(i);
        QCOMPARE(r.code, codes.at(i));
        QCOMPARE(r.lines, lines.at(i));
        QCOMPARE(r.enhanced.toString(), enhanced.at(i));
        QVERIFY(r.isValid());
        raws += r.raw;
    }
    // The raw bytes are exactly what arrived, line endings included.
    QVERIFY(input.startsWith(raws));
    QCOMPARE(p.buffered, input.size() - raws.size());
}

void TestReplyParser::byteAtATime()
{
    QFETCH(QByteArray, input);
    const Parsed whole = parseAll(input);
    const Parsed bytes = parseInPieces(input, {1});
    QCOMPARE(bytes.error, whole.error);
    QCOMPARE(bytes.replies.size(), whole.replies.size());
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        QCOMPARE(bytes.replies.at(i).code, whole.replies.at(i).code);
        QCOMPARE(bytes.replies.at(i).lines, whole.replies.at(i).lines);
        QCOMPARE(bytes.replies.at(i).raw, whole.replies.at(i).raw);
        QCOMPARE(bytes.replies.at(i).enhanced, whole.replies.at(i).enhanced);
    }
    QCOMPARE(bytes.buffered, whole.buffered);
}

void TestReplyParser::randomPieces()
{
    QFETCH(QByteArray, input);
    const Parsed whole = parseAll(input);
    QRandomGenerator rng(0x5eed);
    for (int round = 0; round < 50; ++round) {
        QList<int> pieces;
        for (int i = 0; i < 16; ++i)
            pieces.append(1 + int(rng.bounded(12)));
        const Parsed p = parseInPieces(input, pieces);
        QCOMPARE(p.error, whole.error);
        QCOMPARE(p.replies.size(), whole.replies.size());
        for (qsizetype i = 0; i < whole.replies.size(); ++i)
            QCOMPARE(p.replies.at(i).raw, whole.replies.at(i).raw);
    }
}

void TestReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("letters-in-code") << QByteArray("25X ok\r\n") << "three-digit code";
    QTest::newRow("all-letters") << QByteArray("abc\r\n") << "three-digit code";
    QTest::newRow("leading-space") << QByteArray(" 250 ok\r\n") << "three-digit code";
    QTest::newRow("four-digits") << QByteArray("2500 ok\r\n") << "space or '-'";
    QTest::newRow("tab-after-code") << QByteArray("250\tok\r\n") << "space or '-'";
    QTest::newRow("letter-after-code") << QByteArray("250x\r\n") << "space or '-'";
    QTest::newRow("cr-after-code-then-text") << QByteArray("250\rok\r\n") << "space or '-'";
    QTest::newRow("code-too-low") << QByteArray("099 ok\r\n") << "outside 100..599";
    QTest::newRow("code-too-high") << QByteArray("600 ok\r\n") << "outside 100..599";
    QTest::newRow("code-999") << QByteArray("999 ok\r\n") << "outside 100..599";
    QTest::newRow("mixed-codes") << QByteArray("250-a\r\n251 b\r\n") << "multiline 250";
    QTest::newRow("mixed-codes-lf") << QByteArray("250-a\n550-b\n") << "multiline 250";
    QTest::newRow("empty-line") << QByteArray("\r\n") << "too short";
    QTest::newRow("bare-lf") << QByteArray("\n") << "too short";
    QTest::newRow("short-line") << QByteArray("25\r\n") << "too short";
    QTest::newRow("nul-in-code") << QByteArray("2\0"
                                               "0 ok\r\n",
                                               8)
                                 << "three-digit code";
    QTest::newRow("http-response")
        << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "three-digit code";
    QTest::newRow("garbage-no-newline") << QByteArray("\x16\x03\x01\x02\x00") << "three-digit code";
}

void TestReplyParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorContains);

    for (const QList<int> &pieces : {QList<int> {int(input.size())}, QList<int> {1}}) {
        ReplyParser parser;
        Reply reply;
        ReplyParser::Status status = ReplyParser::Status::NeedMore;
        for (qsizetype pos = 0; pos < input.size(); pos += pieces.first()) {
            parser.feed(QByteArrayView(input).sliced(
                pos, qMin<qsizetype>(pieces.first(), input.size() - pos)));
            status = parser.next(&reply);
            if (status != ReplyParser::Status::NeedMore)
                break;
        }
        QCOMPARE(status, ReplyParser::Status::Error);
        QVERIFY(parser.hasError());
        QVERIFY2(parser.errorString().contains(errorContains), qPrintable(parser.errorString()));
        // The error is sticky: no reply comes out of the rest, even a good one.
        parser.feed("250 ok\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Status::Error);
        QCOMPARE(parser.next(&reply), ReplyParser::Status::Error);
    }
}

void TestReplyParser::malformedAfterGoodReply()
{
    ReplyParser parser;
    parser.feed("220 ready\r\nXYZ nonsense\r\n");
    Reply reply;
    QCOMPARE(parser.next(&reply), ReplyParser::Status::GotReply);
    QCOMPARE(reply.code, 220);
    QCOMPARE(parser.next(&reply), ReplyParser::Status::Error);
    QVERIFY(parser.errorString().contains("XYZ nonsense"));
}

void TestReplyParser::lineLengthLimit()
{
    ReplyParser::Limits limits;
    limits.maxLineLength = 100;
    // Exactly at the limit (the line without CRLF): accepted.
    const QByteArray atLimit = "250 " + QByteArray(96, 'x') + "\r\n";
    Parsed p = parseAll(atLimit, limits);
    QVERIFY2(!p.error, qPrintable(p.errorString));
    QCOMPARE(p.replies.size(), 1);
    QCOMPARE(parseInPieces(atLimit, {1}, limits).replies.size(), 1);
    // One more octet: refused, whole or byte by byte.
    const QByteArray over = "250 " + QByteArray(97, 'x') + "\r\n";
    p = parseAll(over, limits);
    QVERIFY(p.error);
    QVERIFY2(p.errorString.contains("too long"), qPrintable(p.errorString));
    QVERIFY(parseInPieces(over, {1}, limits).error);
    // The default limit is lenient (4096) but there.
    QVERIFY(!parseAll("250 " + QByteArray(1000, 'x') + "\r\n").error);
    QVERIFY(parseAll("250 " + QByteArray(5000, 'x') + "\r\n").error);
}

void TestReplyParser::partialLineTooLongFailsWithoutNewline()
{
    // An endless line must not be buffered until maxBuffered: it fails once it
    // is longer than a line may be, with no LF ever arriving.
    ReplyParser parser;
    const QByteArray chunk = "250 " + QByteArray(1020, 'y');
    Reply reply;
    ReplyParser::Status status = ReplyParser::Status::NeedMore;
    int fed = 0;
    while (status == ReplyParser::Status::NeedMore && fed < 100) {
        parser.feed(fed == 0 ? chunk : QByteArray(1024, 'y'));
        ++fed;
        status = parser.next(&reply);
    }
    QCOMPARE(status, ReplyParser::Status::Error);
    QCOMPARE(fed, 5); // 4096 + 1 allowed for a CR; the 5th KiB is too much
    QVERIFY(parser.errorString().contains("too long"));
    // And it stops taking bytes.
    const qsizetype before = parser.bufferedSize();
    parser.feed(QByteArray(1 << 16, 'z'));
    QCOMPARE(parser.bufferedSize(), before);
}

void TestReplyParser::linesPerReplyLimit()
{
    ReplyParser::Limits limits;
    limits.maxLinesPerReply = 5;
    QByteArray five;
    for (int i = 0; i < 4; ++i)
        five += "250-line\r\n";
    five += "250 last\r\n";
    Parsed p = parseAll(five, limits);
    QVERIFY2(!p.error, qPrintable(p.errorString));
    QCOMPARE(p.replies.size(), 1);
    QCOMPARE(p.replies.first().lines.size(), 5);

    const QByteArray six = "250-line\r\n" + five;
    p = parseAll(six, limits);
    QVERIFY(p.error);
    QVERIFY2(p.errorString.contains("more than 5 lines"), qPrintable(p.errorString));
    QVERIFY(parseInPieces(six, {1}, limits).error);
}

void TestReplyParser::endlessMultilineStaysBounded()
{
    // A server that never ends its multiline reply: an error, not a hang and
    // not unbounded memory (default: 1000 lines).
    ReplyParser parser;
    Reply reply;
    ReplyParser::Status status = ReplyParser::Status::NeedMore;
    int rounds = 0;
    for (; rounds < 100000 && status == ReplyParser::Status::NeedMore; ++rounds) {
        parser.feed("250-again and again\r\n");
        status = parser.next(&reply);
    }
    QCOMPARE(status, ReplyParser::Status::Error);
    QCOMPARE(rounds, 1001);
    QVERIFY(parser.bufferedSize() < 64 * 1024);
}

void TestReplyParser::bufferedLimit()
{
    ReplyParser::Limits limits;
    limits.maxBuffered = 64;
    ReplyParser parser(limits);
    parser.feed(QByteArray(40, '2'));
    QVERIFY(!parser.hasError());
    parser.feed(QByteArray(40, '2'));
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains("64"));
    Reply reply;
    QCOMPARE(parser.next(&reply), ReplyParser::Status::Error);
    QVERIFY(parser.bufferedSize() <= 64);

    // Complete replies taken in time do not count against the limit.
    ReplyParser steady(limits);
    for (int i = 0; i < 1000; ++i) {
        steady.feed("250 2.0.0 Ok\r\n");
        QCOMPARE(steady.next(&reply), ReplyParser::Status::GotReply);
    }
    QVERIFY(!steady.hasError());
    QCOMPARE(steady.bufferedSize(), 0);
}

void TestReplyParser::injectionAfterStartTlsReplyStaysBuffered()
{
    // RFC 3207 5 / CVE-2011-0411: bytes after the 220 arrived in plaintext
    // and must be visible to the caller, not parsed as if they were encrypted.
    const QByteArray injected = "250-evil\r\n250 STARTTLS-stripped\r\n";
    for (int piece : {1000, 1, 3}) {
        ReplyParser parser;
        const QByteArray all = "220 2.0.0 Ready to start TLS\r\n" + injected;
        for (qsizetype pos = 0; pos < all.size(); pos += piece)
            parser.feed(QByteArrayView(all).sliced(pos, qMin<qsizetype>(piece, all.size() - pos)));
        Reply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Status::GotReply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(parser.bufferedSize(), injected.size());
        QCOMPARE(parser.takeBuffered(), injected);
        QCOMPARE(parser.bufferedSize(), 0);
        QCOMPARE(parser.next(&reply), ReplyParser::Status::NeedMore);
    }
}

void TestReplyParser::partialReplyCountsAsBuffered()
{
    ReplyParser parser;
    parser.feed("220 go\r\n25");
    Reply reply;
    QCOMPARE(parser.next(&reply), ReplyParser::Status::GotReply);
    QCOMPARE(parser.next(&reply), ReplyParser::Status::NeedMore);
    QCOMPARE(parser.bufferedSize(), 2);
    parser.feed("0-a\r\n");
    QCOMPARE(parser.next(&reply), ReplyParser::Status::NeedMore);
    QCOMPARE(parser.bufferedSize(), 7);
    QCOMPARE(parser.takeBuffered(), QByteArray("250-a\r\n"));
    // What was taken is gone: the parser starts over at a line start.
    parser.feed("221 bye\r\n");
    QCOMPARE(parser.next(&reply), ReplyParser::Status::GotReply);
    QCOMPARE(reply.code, 221);
    QCOMPARE(reply.lines, L({"bye"}));
}

void TestReplyParser::resetClearsError()
{
    ReplyParser parser;
    parser.feed("xyz\r\n");
    Reply reply;
    QCOMPARE(parser.next(&reply), ReplyParser::Status::Error);
    parser.reset();
    QVERIFY(!parser.hasError());
    QVERIFY(parser.errorString().isEmpty());
    QCOMPARE(parser.bufferedSize(), 0);
    parser.feed("250 ok\r\n");
    QCOMPARE(parser.next(&reply), ReplyParser::Status::GotReply);
    QCOMPARE(reply.code, 250);
}

void TestReplyParser::enhancedParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("consumed");

    QTest::newRow("with-text") << QByteArray("5.1.1 User unknown") << "5.1.1" << 5;
    QTest::newRow("alone") << QByteArray("2.0.0") << "2.0.0" << 5;
    QTest::newRow("three-digit-detail") << QByteArray("5.7.26 x") << "5.7.26" << 6;
    QTest::newRow("three-digit-both") << QByteArray("4.123.456 x") << "4.123.456" << 9;
    QTest::newRow("leading-zeros") << QByteArray("5.01.001 x") << "5.1.1" << 8;
    QTest::newRow("tab") << QByteArray("4.4.1\tx") << "4.4.1" << 5;
    QTest::newRow("class-3") << QByteArray("3.1.1 x") << "" << 0;
    QTest::newRow("class-1") << QByteArray("1.0.0") << "" << 0;
    QTest::newRow("four-digit-subject") << QByteArray("5.1000.1 x") << "" << 0;
    QTest::newRow("four-digit-detail") << QByteArray("5.1.1000 x") << "" << 0;
    QTest::newRow("two-parts") << QByteArray("5.1 x") << "" << 0;
    QTest::newRow("empty-subject") << QByteArray("5..1 x") << "" << 0;
    QTest::newRow("glued-text") << QByteArray("5.1.1x") << "" << 0;
    QTest::newRow("trailing-dot") << QByteArray("5.1.1. x") << "" << 0;
    QTest::newRow("not-at-start") << QByteArray(" 5.1.1 x") << "" << 0;
    QTest::newRow("empty") << QByteArray() << "" << 0;
    QTest::newRow("class-two-digits") << QByteArray("55.1.1 x") << "" << 0;
}

void TestReplyParser::enhancedParse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(int, consumed);
    qsizetype used = -1;
    const EnhancedCode code = EnhancedCode::parse(text, &used);
    QCOMPARE(code.toString(), expected);
    QCOMPARE(code.isValid(), !expected.isEmpty());
    QCOMPARE(used, qsizetype(consumed));
}

void TestReplyParser::text_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("stripped");

    QTest::newRow("one-line") << QByteArray("250 2.1.0 Ok\r\n") << QByteArray("2.1.0 Ok")
                              << QByteArray("Ok");
    QTest::newRow("multi") << QByteArray("550-5.1.1 first\r\n550 5.1.1 second\r\n")
                           << QByteArray("5.1.1 first\n5.1.1 second")
                           << QByteArray("first\nsecond");
    QTest::newRow("no-enhanced") << QByteArray("250-a\r\n250 b\r\n") << QByteArray("a\nb")
                                 << QByteArray("a\nb");
    QTest::newRow("class-mismatch-kept")
        << QByteArray("250 5.1.1 x\r\n") << QByteArray("5.1.1 x") << QByteArray("5.1.1 x");
    QTest::newRow("code-only") << QByteArray("250 2.0.0\r\n") << QByteArray("2.0.0")
                               << QByteArray("");
    QTest::newRow("bare") << QByteArray("250\r\n") << QByteArray("") << QByteArray("");
}

void TestReplyParser::text()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, stripped);
    const Parsed p = parseAll(wire);
    QCOMPARE(p.replies.size(), 1);
    QCOMPARE(p.replies.first().text(), plain);
    QCOMPARE(p.replies.first().text(true), stripped);
}

void TestReplyParser::makeAndToWire_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("enhanced");

    QTest::newRow("one") << 250 << L({"2.0.0 Ok"}) << QByteArray("250 2.0.0 Ok\r\n") << "2.0.0";
    QTest::newRow("multi") << 250 << L({"mx.test", "PIPELINING", "SIZE 100"})
                           << QByteArray("250-mx.test\r\n250-PIPELINING\r\n250 SIZE 100\r\n") << "";
    QTest::newRow("empty-text") << 354 << L({""}) << QByteArray("354\r\n") << "";
    QTest::newRow("no-lines") << 221 << QList<QByteArray>() << QByteArray("221\r\n") << "";
    QTest::newRow("empty-middle") << 214 << L({"a", "", "b"})
                                  << QByteArray("214-a\r\n214-\r\n214 b\r\n") << "";
    QTest::newRow("class-mismatch") << 250 << L({"5.0.0 x"}) << QByteArray("250 5.0.0 x\r\n") << "";
}

void TestReplyParser::makeAndToWire()
{
    QFETCH(int, code);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QByteArray, wire);
    QFETCH(QString, enhanced);
    const Reply r = Reply::make(code, lines);
    QCOMPARE(r.toWire(), wire);
    QCOMPARE(r.raw, wire);
    QCOMPARE(r.code, code);
    QCOMPARE(r.enhanced.toString(), enhanced);
}

void TestReplyParser::makeNeverEmitsLineBreaksInsideALine()
{
    // Server code that quotes a client's argument must not let it add a line.
    const Reply r = Reply::make(550, QByteArray("no such user: x\r\n250 fake\nz\0y", 29));
    const QByteArray wire = r.toWire();
    QCOMPARE(wire.count('\n'), 1);
    QCOMPARE(wire.count('\r'), 1);
    QVERIFY(!wire.contains('\0'));
    QVERIFY(wire.endsWith("\r\n"));
    const Parsed p = parseAll(wire);
    QCOMPARE(p.replies.size(), 1);
    QCOMPARE(p.replies.first().code, 550);
}

void TestReplyParser::toWireRoundTrip()
{
    const Reply made = Reply::make(250, L({"smtp.test Hello", "8BITMIME", ""}));
    const Parsed p = parseAll(made.toWire());
    QVERIFY(!p.error);
    QCOMPARE(p.replies.size(), 1);
    QCOMPARE(p.replies.first().code, made.code);
    QCOMPARE(p.replies.first().lines, made.lines);
    QCOMPARE(p.replies.first().raw, made.raw);
}

void TestReplyParser::quoteForReply_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("printable") << QByteArray("client.example") << 100
                               << QByteArray("client.example");
    QTest::newRow("empty") << QByteArray() << 100 << QByteArray();
    QTest::newRow("UTF-8, controls, DEL") << QByteArray("j\xc3\xb6rg\x1b[2J\x7f\t", 11) << 100
                                          << QByteArray("j\\xC3\\xB6rg\\x1B[2J\\x7F\\x09");
    QTest::newRow("NUL, CR, LF") << QByteArray("a\0b\r\nc", 6) << 100
                                 << QByteArray("a\\x00b\\x0D\\x0Ac");
    QTest::newRow("backslash doubled") << QByteArray("a\\x41") << 100 << QByteArray("a\\\\x41");
    QTest::newRow("exactly the limit") << QByteArray(10, 'a') << 10 << QByteArray(10, 'a');
    QTest::newRow("one over") << QByteArray(11, 'a') << 10 << QByteArray("aaaaaaa...");
    QTest::newRow("no escape cut in half")
        << QByteArray("aaaaa\xff\xff\xff", 8) << 10 << QByteArray("aaaaa...");
    QTest::newRow("long") << QByteArray(12288, 'x') << 100 << QByteArray(97, 'x') + "...";
}

void TestReplyParser::quoteForReply()
{
    // RFC 5321 4.2 / 4.5.3.1.5: a client's words inside a reply are printable
    // ASCII and short, whatever the client sent.
    QFETCH(QByteArray, text);
    QFETCH(int, max);
    QFETCH(QByteArray, quoted);
    const QByteArray got = postscope::protocol::quoteForReply(text, max);
    QCOMPARE(got, quoted);
    QVERIFY(got.size() <= max);
    for (const char c : got)
        QVERIFY(c >= 32 && c <= 126);
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
