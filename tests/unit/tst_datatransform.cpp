// The message data transform: line endings to CRLF, then dot-stuffing
// (RFC 5321 2.3.8, 4.5.2), checked against every end-of-data look-alike of the
// 2023 "SMTP smuggling" research (SEC Consult) and by a property test.
#include "protocol/datatransform.h"

#include <QRandomGenerator>
#include <QTest>

using namespace postscope::protocol;
using Mode = DataEncoder::Mode;

namespace {

// An independent reference: every CRLF, bare CR and bare LF is one line end.
QByteArray normalised(QByteArray data)
{
    data.replace("\r\n", "\n");
    data.replace('\r', '\n');
    data.replace("\n", "\r\n");
    return data;
}

// What the receiver must get back: the normalised data ending with CRLF.
QByteArray expectedContent(const QByteArray &input)
{
    QByteArray n = normalised(input);
    if (!n.isEmpty() && !n.endsWith("\r\n"))
        n += "\r\n";
    return n;
}

QByteArray encodeInPieces(const QByteArray &input, const QList<qsizetype> &cuts, Mode mode)
{
    DataEncoder encoder(mode);
    QByteArray out;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        encoder.encode(QByteArrayView(input).sliced(pos, cut - pos), &out);
        pos = cut;
    }
    out += encoder.encode(QByteArrayView(input).sliced(pos));
    out += encoder.finish();
    return out;
}

// The end-of-data look-alikes published with the research (the sequences of
// SEC Consult's smtp_smuggling_scanner.py and the blog post's table), plus
// every CR/LF/CRLF/CRCRLF combination around a dot and the NUL variants.
QList<QByteArray> lookAlikes()
{
    QList<QByteArray> out = {
        "\n.\n",
        "\n.\r",
        "\r.\n",
        "\r.\r",
        "\n.\r\n",
        "\r.\r\n",
        "\r\n.\n",
        "\r\n.\r",
        "\r\n.\r\r\n",
        "\r\r\n.\r\r\n",
        "\n\n.\r\n",
        "\r\n.",
        QByteArray("\r\n\0.\r\n", 6),
        QByteArray("\r\n\0.\r", 5),
        QByteArray("\r\n\0.\n", 5),
        QByteArray("\r\n.\0\r\n", 6),
        QByteArray("\0\r\n.\r\n", 6),
        QByteArray("\r\0\n.\r\n", 6),
        QByteArray("\r\n.\r\0\n", 6),
        QByteArray("\r\n.\r\n\0", 6),
        QByteArray("\n\0.\n", 4),
        QByteArray("\r\n\0\0.\r\n", 7),
    };
    const QList<QByteArray> ends = {"\r", "\n", "\r\n", "\r\r\n", "\n\r"};
    for (const QByteArray &before : ends) {
        for (const QByteArray &after : ends) {
            const QByteArray seq = before + '.' + after;
            if (!out.contains(seq))
                out.append(seq);
        }
    }
    return out;
}

QString printable(const QByteArray &bytes)
{
    QString s;
    for (char c : bytes) {
        if (c == '\r')
            s += "\\r";
        else if (c == '\n')
            s += "\\n";
        else if (c == '\0')
            s += "\\0";
        else
            s += QLatin1Char(c);
    }
    return s;
}

// The wire invariants. Returns an empty string when they hold.
QString checkWire(const QByteArray &wire, Mode mode)
{
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\r' && (i + 1 == wire.size() || wire[i + 1] != '\n'))
            return QStringLiteral("bare CR at %1").arg(i);
        if (wire[i] == '\n' && (i == 0 || wire[i - 1] != '\r'))
            return QStringLiteral("bare LF at %1").arg(i);
    }
    QByteArray body = wire;
    if (mode == Mode::DotStuffing) {
        if (wire != ".\r\n" && !wire.endsWith("\r\n.\r\n"))
            return QStringLiteral("does not end with CRLF.CRLF");
        body.chop(3);
        // No line before the final one is a lone dot, not even once NULs are
        // dropped by a lenient next hop.
        qsizetype start = 0;
        while (start < body.size()) {
            const qsizetype end = body.indexOf("\r\n", start);
            QByteArray line = body.mid(start, end - start);
            line.replace('\0', "");
            if (line == ".")
                return QStringLiteral("a line of just '.' at %1").arg(start);
            start = end + 2;
        }
        for (const QByteArray &seq : lookAlikes()) {
            if (seq.endsWith('.'))
                continue; // a prefix of a stuffed line: "\r\n.." is fine
            if (body.contains(seq))
                return QStringLiteral("look-alike %1 inside the data").arg(printable(seq));
        }
        if (body.startsWith(".\r\n"))
            return QStringLiteral("starts with an end-of-data line");
    }
    if (!body.isEmpty() && !body.endsWith("\r\n"))
        return QStringLiteral("content does not end with CRLF");
    return {};
}

} // namespace

class tst_DataTransform : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void smuggling_data();
    void smuggling();
    void chunkSplitAtEveryPosition_data() { encode_data(); }
    void chunkSplitAtEveryPosition();
    void smugglingChunkSplit_data() { smuggling_data(); }
    void smugglingChunkSplit();
    void property_data();
    void property();
    void pendingCrIsHeld();
    void encoderIsReusableAfterFinish();
    void unstuff_data();
    void unstuff();
    void largeInputPieces();
    void decoder_data();
    void decoder();
    void decoderSplitAtEveryPosition_data() { decoder_data(); }
    void decoderSplitAtEveryPosition();
    void decoderReadsWhatTheEncoderWrites();
    void decoderLimit();
};

void tst_DataTransform::encode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("stuffed");
    QTest::addColumn<QByteArray>("lineEndings");

    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n") << QByteArray();
    QTest::newRow("one-char") << QByteArray("a") << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n");
    QTest::newRow("crlf-ended") << QByteArray("a\r\n") << QByteArray("a\r\n.\r\n")
                                << QByteArray("a\r\n");
    QTest::newRow("lf-ended") << QByteArray("a\n") << QByteArray("a\r\n.\r\n")
                              << QByteArray("a\r\n");
    QTest::newRow("cr-ended") << QByteArray("a\r") << QByteArray("a\r\n.\r\n")
                              << QByteArray("a\r\n");
    QTest::newRow("only-crlf") << QByteArray("\r\n") << QByteArray("\r\n.\r\n")
                               << QByteArray("\r\n");
    QTest::newRow("only-lf") << QByteArray("\n") << QByteArray("\r\n.\r\n") << QByteArray("\r\n");
    QTest::newRow("only-cr") << QByteArray("\r") << QByteArray("\r\n.\r\n") << QByteArray("\r\n");
    QTest::newRow("lf-cr-is-two-lines")
        << QByteArray("\n\r") << QByteArray("\r\n\r\n.\r\n") << QByteArray("\r\n\r\n");
    QTest::newRow("cr-cr-lf") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n")
                              << QByteArray("a\r\n\r\nb\r\n");
    QTest::newRow("lone-dot") << QByteArray(".") << QByteArray("..\r\n.\r\n")
                              << QByteArray(".\r\n");
    QTest::newRow("dot-line") << QByteArray(".\r\n") << QByteArray("..\r\n.\r\n")
                              << QByteArray(".\r\n");
    QTest::newRow("two-dots") << QByteArray("..x") << QByteArray("...x\r\n.\r\n")
                              << QByteArray("..x\r\n");
    QTest::newRow("dot-mid-line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n")
                                  << QByteArray("a.b\r\n");
    // RFC 5321 4.5.2 example: a line starting with a period.
    QTest::newRow("rfc-dot-line") << QByteArray("Subject: t\r\n\r\n.dot line\r\n")
                                  << QByteArray("Subject: t\r\n\r\n..dot line\r\n.\r\n")
                                  << QByteArray("Subject: t\r\n\r\n.dot line\r\n");
    QTest::newRow("mixed-endings")
        << QByteArray("a\nb\rc\r\nd") << QByteArray("a\r\nb\r\nc\r\nd\r\n.\r\n")
        << QByteArray("a\r\nb\r\nc\r\nd\r\n");
    QTest::newRow("blank-lines") << QByteArray("\n\n\n") << QByteArray("\r\n\r\n\r\n.\r\n")
                                 << QByteArray("\r\n\r\n\r\n");
    QTest::newRow("8bit-kept") << QByteArray("caf\xc3\xa9\n") << QByteArray("caf\xc3\xa9\r\n.\r\n")
                               << QByteArray("caf\xc3\xa9\r\n");
    QTest::newRow("nul-dot") << QByteArray("a\n\0.\nb", 6)
                             << QByteArray("a\r\n\0..\r\nb\r\n.\r\n", 14)
                             << QByteArray("a\r\n\0.\r\nb\r\n", 10);
    QTest::newRow("nul-only-line") << QByteArray("a\n\0", 3) << QByteArray("a\r\n\0\r\n.\r\n", 9)
                                   << QByteArray("a\r\n\0\r\n", 6);
    QTest::newRow("nul-mid-line") << QByteArray("a\0.b", 4) << QByteArray("a\0.b\r\n.\r\n", 9)
                                  << QByteArray("a\0.b\r\n", 6);
}

void tst_DataTransform::encode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stuffed);
    QFETCH(QByteArray, lineEndings);
    QCOMPARE(DataEncoder::encodeAll(input), stuffed);
    QCOMPARE(DataEncoder::encodeAll(input, Mode::LineEndingsOnly), lineEndings);
    QVERIFY2(checkWire(stuffed, Mode::DotStuffing).isEmpty(),
             qPrintable(checkWire(stuffed, Mode::DotStuffing)));
    QCOMPARE(postscope::protocol::unstuff(stuffed.chopped(3)), expectedContent(input));
}

void tst_DataTransform::smuggling_data()
{
    QTest::addColumn<QByteArray>("input");
    int n = 0;
    for (const QByteArray &seq : lookAlikes()) {
        const QString name = printable(seq);
        // The attack: a message, the look-alike, then a second, spoofed transaction.
        QTest::addRow("%02d-middle %s", n, qPrintable(name)) << "From: a@client.test\r\n\r\nhello"
                + seq
                + "MAIL FROM:<ceo@victim.test>\r\nRCPT TO:<x@victim.test>\r\nDATA\r\n"
                  "From: ceo@victim.test\r\n\r\nsmuggled"
                + seq + "QUIT\r\n";
        QTest::addRow("%02d-start %s", n, qPrintable(name)) << seq.mid(seq.indexOf('.')) + "x";
        QTest::addRow("%02d-end %s", n, qPrintable(name)) << "body" + seq;
        QTest::addRow("%02d-alone %s", n, qPrintable(name)) << seq;
        QTest::addRow("%02d-twice %s", n, qPrintable(name)) << seq + seq;
        ++n;
    }
    QTest::addRow("real-end-of-data-inside") << QByteArray("a\r\n.\r\nMAIL FROM:<x@y>\r\n");
}

void tst_DataTransform::smuggling()
{
    QFETCH(QByteArray, input);
    const QByteArray wire = DataEncoder::encodeAll(input);
    const QString why = checkWire(wire, Mode::DotStuffing);
    QVERIFY2(why.isEmpty(), qPrintable(why + " in " + printable(wire)));
    // The one and only CRLF.CRLF is the final one.
    QCOMPARE(wire.indexOf("\r\n.\r\n"), wire.size() == 3 ? -1 : wire.size() - 5);
    QCOMPARE(postscope::protocol::unstuff(wire.chopped(3)), expectedContent(input));
    const QByteArray bdat = DataEncoder::encodeAll(input, Mode::LineEndingsOnly);
    QVERIFY2(checkWire(bdat, Mode::LineEndingsOnly).isEmpty(),
             qPrintable(checkWire(bdat, Mode::LineEndingsOnly)));
    QCOMPARE(bdat, expectedContent(input));
}

void tst_DataTransform::chunkSplitAtEveryPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stuffed);
    QFETCH(QByteArray, lineEndings);
    for (qsizetype i = 0; i <= input.size(); ++i) {
        QCOMPARE(encodeInPieces(input, {i}, Mode::DotStuffing), stuffed);
        QCOMPARE(encodeInPieces(input, {i}, Mode::LineEndingsOnly), lineEndings);
        for (qsizetype j = i; j <= input.size(); ++j)
            QCOMPARE(encodeInPieces(input, {i, j}, Mode::DotStuffing), stuffed);
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    QCOMPARE(encodeInPieces(input, everyByte, Mode::DotStuffing), stuffed);
}

void tst_DataTransform::smugglingChunkSplit()
{
    QFETCH(QByteArray, input);
    const QByteArray whole = DataEncoder::encodeAll(input);
    for (qsizetype i = 0; i <= input.size(); ++i)
        QCOMPARE(encodeInPieces(input, {i}, Mode::DotStuffing), whole);
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    QCOMPARE(encodeInPieces(input, everyByte, Mode::DotStuffing), whole);
}

void tst_DataTransform::property_data()
{
    QTest::addColumn<QByteArray>("alphabet");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("cr-lf-dot-x") << QByteArray("\r\n.x") << quint32(20231218);
    QTest::newRow("cr-lf-dot-x-2") << QByteArray("\r\n.x") << quint32(5321);
    QTest::newRow("with-nul") << QByteArray("\r\n.x\0", 5) << quint32(3030);
    QTest::newRow("dot-heavy") << QByteArray("\r\n...") << quint32(2920);
}

void tst_DataTransform::property()
{
    QFETCH(QByteArray, alphabet);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 3000; ++round) {
        const int length = int(rng.bounded(80));
        QByteArray input(length, Qt::Uninitialized);
        for (char &c : input)
            c = alphabet.at(int(rng.bounded(int(alphabet.size()))));
        QList<qsizetype> cuts;
        qsizetype pos = 0;
        while (pos < length && rng.bounded(4) != 0) {
            pos += rng.bounded(length - pos + 1);
            cuts.append(pos);
        }
        const QByteArray wire = encodeInPieces(input, cuts, Mode::DotStuffing);
        const QString why = checkWire(wire, Mode::DotStuffing);
        if (!why.isEmpty())
            QFAIL(qPrintable(why + " for input " + printable(input) + " -> " + printable(wire)));
        if (wire != DataEncoder::encodeAll(input))
            QFAIL(qPrintable("chunking changed the output for " + printable(input)));
        if (postscope::protocol::unstuff(wire.chopped(3)) != expectedContent(input))
            QFAIL(qPrintable("round trip failed for " + printable(input)));
        const QByteArray bdat = encodeInPieces(input, cuts, Mode::LineEndingsOnly);
        if (bdat != expectedContent(input))
            QFAIL(qPrintable("line endings wrong for " + printable(input)));
    }
}

void tst_DataTransform::pendingCrIsHeld()
{
    DataEncoder encoder;
    QCOMPARE(encoder.encode("a\r"), QByteArray("a"));
    QCOMPARE(encoder.encode("\nb\r"), QByteArray("\r\nb"));
    QCOMPARE(encoder.encode(".x"), QByteArray("\r\n..x")); // the held CR ended the line
    QCOMPARE(encoder.encode("\r"), QByteArray());
    QCOMPARE(encoder.finish(), QByteArray("\r\n.\r\n"));
}

void tst_DataTransform::encoderIsReusableAfterFinish()
{
    DataEncoder encoder;
    QByteArray first = encoder.encode("one");
    first += encoder.finish();
    QCOMPARE(first, QByteArray("one\r\n.\r\n"));
    QByteArray second = encoder.encode(".two\r");
    second += encoder.finish();
    QCOMPARE(second, QByteArray("..two\r\n.\r\n"));
    // reset() mid-message drops what was held back.
    encoder.encode("x\r");
    encoder.reset();
    QByteArray third = encoder.encode("\n.y");
    third += encoder.finish();
    QCOMPARE(third, QByteArray("\r\n..y\r\n.\r\n"));
}

void tst_DataTransform::unstuff_data()
{
    QTest::addColumn<QByteArray>("stuffed");
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("nothing") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("first-line") << QByteArray("..a\r\n") << QByteArray(".a\r\n");
    QTest::newRow("later-line") << QByteArray("a\r\n...\r\n") << QByteArray("a\r\n..\r\n");
    QTest::newRow("mid-line-dot-kept") << QByteArray("a..b\r\n") << QByteArray("a..b\r\n");
    QTest::newRow("bare-lf-lines") << QByteArray("a\n..b\n") << QByteArray("a\n.b\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_DataTransform::unstuff()
{
    QFETCH(QByteArray, stuffed);
    QFETCH(QByteArray, plain);
    QCOMPARE(postscope::protocol::unstuff(stuffed), plain);
}

void tst_DataTransform::largeInputPieces()
{
    QRandomGenerator rng(8);
    QByteArray input(1 << 20, Qt::Uninitialized);
    const char alphabet[] = "\r\n.abcdefgh ";
    for (char &c : input)
        c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
    const QByteArray whole = DataEncoder::encodeAll(input);
    QList<qsizetype> cuts;
    for (qsizetype pos = 4093; pos < input.size(); pos += 4093)
        cuts.append(pos);
    QCOMPARE(encodeInPieces(input, cuts, Mode::DotStuffing), whole);
    QVERIFY(checkWire(whole, Mode::DotStuffing).isEmpty());
    QCOMPARE(postscope::protocol::unstuff(whole.chopped(3)), expectedContent(input));
}

using postscope::protocol::BareLineFeed;
using postscope::protocol::DataDecoder;
using postscope::protocol::EndOfData;

namespace {
// The decoder table's policy column: the BareLineFeed value, with this bit
// for EndOfData::UnsafeAnyLineEnd.
constexpr int unsafeEndFlag = 0x100;
DataDecoder makeDecoder(int policy)
{
    return DataDecoder(BareLineFeed(policy & ~unsafeEndFlag), -1,
                       (policy & unsafeEndFlag) ? EndOfData::UnsafeAnyLineEnd : EndOfData::Exact);
}
} // namespace

void tst_DataTransform::decoder_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QByteArray>("data"); // what follows the 354, with the end mark
    QTest::addColumn<QByteArray>("content"); // the message as stored
    QTest::addColumn<bool>("finished"); // false: no end mark in data
    QTest::addColumn<int>("bareLf");
    QTest::addColumn<bool>("rejected");
    const int keep = int(BareLineFeed::Keep), normalize = int(BareLineFeed::Normalize),
              reject = int(BareLineFeed::Reject);
    const int unsafeEnd = unsafeEndFlag;

    // RFC 5321 4.1.1.4: only CRLF . CRLF ends the data; what follows is not taken.
    QTest::newRow("plain") << reject << QByteArray("a\r\nb\r\n.\r\n") << QByteArray("a\r\nb\r\n")
                           << true << 0 << false;
    QTest::newRow("empty message")
        << reject << QByteArray(".\r\n") << QByteArray() << true << 0 << false;
    QTest::newRow("unfinished") << reject << QByteArray("a\r\n.") << QByteArray() << false << 0
                                << false;
    // RFC 5321 4.5.2: one leading dot removed, nothing else.
    QTest::newRow("stuffed") << reject << QByteArray("..a\r\n...\r\nb..c\r\n.\r\n")
                             << QByteArray(".a\r\n..\r\nb..c\r\n") << true << 0 << false;
    QTest::newRow("dot after NUL kept") << reject << QByteArray("\0.x\r\n.\r\n", 8)
                                        << QByteArray("\0.x\r\n", 5) << true << 0 << false;
    QTest::newRow("bare CR kept") << reject << QByteArray("a\rb\r\r\n.\r\n")
                                  << QByteArray("a\rb\r\r\n") << true << 0 << false;
    QTest::newRow("dot then bare CR")
        << reject << QByteArray(".\rx\r\n.\r\n") << QByteArray("\rx\r\n") << true << 0 << false;
    QTest::newRow("CR.CR is no end")
        << reject << QByteArray("a\r.\r\n.\r\n") << QByteArray("a\r.\r\n") << true << 0 << false;
    // Bare LFs, policy by policy (RFC 5321 2.3.8; Postfix smtpd_forbid_bare_newline).
    QTest::newRow("reject") << reject << QByteArray("a\nb\r\n.\r\n") << QByteArray() << true << 1
                            << true;
    QTest::newRow("keep") << keep << QByteArray("a\nb\r\n.\r\n") << QByteArray("a\nb\r\n") << true
                          << 1 << false;
    QTest::newRow("normalize") << normalize << QByteArray("a\nb\r\n.\r\n")
                               << QByteArray("a\r\nb\r\n") << true << 1 << false;
    // A dot after a bare LF: data when LF ends no line (keep), stuffing when it does (normalize).
    QTest::newRow("keep: dot after LF")
        << keep << QByteArray("a\n.b\r\n.\r\n") << QByteArray("a\n.b\r\n") << true << 1 << false;
    QTest::newRow("normalize: dot after LF") << normalize << QByteArray("a\n..b\r\n.\r\n")
                                             << QByteArray("a\r\n.b\r\n") << true << 1 << false;
    // Smuggling: LF.LF, LF.CRLF, CRLF.LF never end the data, in any mode.
    QTest::newRow("keep: LF.LF") << keep << QByteArray("a\n.\nb\r\n.\r\n")
                                 << QByteArray("a\n.\nb\r\n") << true << 2 << false;
    QTest::newRow("normalize: LF.LF") << normalize << QByteArray("a\n.\nb\r\n.\r\n")
                                      << QByteArray("a\r\n.\r\nb\r\n") << true << 2 << false;
    QTest::newRow("normalize: LF.CRLF") << normalize << QByteArray("a\n.\r\nMAIL\r\n.\r\n")
                                        << QByteArray("a\r\n.\r\nMAIL\r\n") << true << 1 << false;
    QTest::newRow("keep: LF.CRLF") << keep << QByteArray("a\n.\r\nMAIL\r\n.\r\n")
                                   << QByteArray("a\n.\r\nMAIL\r\n") << true << 1 << false;
    QTest::newRow("keep: CRLF.LF") << keep << QByteArray("a\r\n.\nb\r\n.\r\n")
                                   << QByteArray("a\r\n\nb\r\n") << true << 1 << false;
    QTest::newRow("normalize: CRLF.LF") << normalize << QByteArray("a\r\n.\nb\r\n.\r\n")
                                        << QByteArray("a\r\n.\r\nb\r\n") << true << 1 << false;
    QTest::newRow("reject: LF.CRLF")
        << reject << QByteArray("a\n.\r\nMAIL\r\n.\r\n") << QByteArray() << true << 1 << true;
    // UNSAFE (the sandbox's unsafe-bare-lf-end, issue 11): a vulnerable
    // server's reading, where each of them ends the data.
    const int unsafeKeep = keep | unsafeEnd, unsafeNormalize = normalize | unsafeEnd;
    QTest::newRow("unsafe: LF.LF")
        << unsafeKeep << QByteArray("a\n.\n") << QByteArray("a\n") << true << 1 << false;
    QTest::newRow("unsafe: LF.CRLF")
        << unsafeKeep << QByteArray("a\n.\r\n") << QByteArray("a\n") << true << 1 << false;
    QTest::newRow("unsafe: CRLF.LF")
        << unsafeKeep << QByteArray("a\r\n.\n") << QByteArray("a\r\n") << true << 0 << false;
    QTest::newRow("unsafe: CRLF.CRLF")
        << unsafeKeep << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n") << true << 0 << false;
    QTest::newRow("unsafe: stuffed after LF") << unsafeKeep << QByteArray("a\n..b\r\n.\r\n")
                                              << QByteArray("a\n.b\r\n") << true << 1 << false;
    QTest::newRow("unsafe normalize: LF.LF")
        << unsafeNormalize << QByteArray("a\n.\n") << QByteArray("a\r\n") << true << 1 << false;
}

void tst_DataTransform::decoder()
{
    QFETCH(int, policy);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, content);
    QFETCH(bool, finished);
    QFETCH(int, bareLf);
    QFETCH(bool, rejected);
    // A pipelined command after the data must not be taken.
    const QByteArray wire = data + "NOOP\r\n";
    DataDecoder d = makeDecoder(policy);
    const qsizetype used = d.feed(wire);
    QCOMPARE(d.isFinished(), finished);
    QCOMPARE(used, finished ? data.size() : wire.size());
    QCOMPARE(d.bareLineFeeds(), bareLf);
    QCOMPARE(d.rejected(), rejected);
    if (finished)
        QCOMPARE(d.takeContent(), content);
}

void tst_DataTransform::decoderSplitAtEveryPosition()
{
    QFETCH(int, policy);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, content);
    QFETCH(bool, finished);
    const QByteArray wire = data + "NOOP\r\n";
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        DataDecoder d = makeDecoder(policy);
        qsizetype used = d.feed(QByteArrayView(wire).first(cut));
        if (!d.isFinished())
            used += d.feed(QByteArrayView(wire).sliced(cut));
        QCOMPARE(d.isFinished(), finished);
        if (finished) {
            QCOMPARE(used, data.size());
            QCOMPARE(d.takeContent(), content);
        }
    }
}

void tst_DataTransform::decoderReadsWhatTheEncoderWrites()
{
    // The client's encoder and the server's decoder agree on every input
    // without NULs (the encoder stuffs dots after leading NULs for relays
    // that drop them; an RFC reader keeps those dots).
    QRandomGenerator rng(11);
    const char alphabet[] = "\r\n.ab ";
    for (int round = 0; round < 500; ++round) {
        QByteArray input(rng.bounded(1, 60), Qt::Uninitialized);
        for (char &c : input)
            c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
        const QByteArray wire = DataEncoder::encodeAll(input) + "NEXT";
        DataDecoder d;
        QCOMPARE(d.feed(wire), wire.size() - 4);
        QVERIFY(d.isFinished());
        QCOMPARE(d.bareLineFeeds(), 0);
        QCOMPARE(d.takeContent(), expectedContent(input));
    }
}

void tst_DataTransform::decoderLimit()
{
    // Past the limit nothing more is kept, but the end is still found.
    DataDecoder d(BareLineFeed::Reject, 10);
    const QByteArray big = QByteArray(1000, 'x') + "\r\n";
    for (int i = 0; i < 100; ++i)
        QCOMPARE(d.feed(big), big.size());
    QCOMPARE(d.feed(".\r\nMORE"), 3);
    QVERIFY(d.isFinished());
    QVERIFY(d.overflowed());
    QCOMPARE(d.contentSize(), qint64(100) * 1002);
    QCOMPARE(d.takeContent(), QByteArray());
    DataDecoder fits(BareLineFeed::Reject, 4);
    fits.feed("abcd\r\n.\r\n");
    QVERIFY(fits.overflowed()); // 6 octets with the CRLF
    DataDecoder exact(BareLineFeed::Reject, 6);
    exact.feed("abcd\r\n.\r\n");
    QVERIFY(!exact.overflowed());
    QCOMPARE(exact.takeContent(), QByteArray("abcd\r\n"));
}

QTEST_APPLESS_MAIN(tst_DataTransform)
#include "tst_datatransform.moc"
