// protocol::printable(): the one notation for control characters in text
// for a person (issue 6, item 4). Every row is the whole input and the exact
// output; the JSON helper keeps JSON valid and exact for a JSON reader.

#include "protocol/printable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace postscope::protocol;

class TestPrintable : public QObject
{
    Q_OBJECT
private slots:
    void bytes_data();
    void bytes();
    void keepLineBreaks();
    void string_data();
    void string();
    void idempotent_data();
    void idempotent();
    void everyByteIsSafe();
    void everyCharacterIsSafe();
    void json();
};

void TestPrintable::bytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain text stays") << QByteArray("250 2.0.0 Ok: queued as 4F3") << QByteArray("250 2.0.0 Ok: queued as 4F3");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    // ECMA-48: ESC [ 2 J clears the screen, ESC ] 0 ; ... BEL retitles the window.
    QTest::newRow("clear screen") << QByteArray("220 \x1b[2J hi") << QByteArray("220 \\x1b[2J hi");
    QTest::newRow("window title") << QByteArray("220 \x1b]0;pwned\x07") << QByteArray("220 \\x1b]0;pwned\\x07");
    QTest::newRow("NUL") << QByteArray("250 a\0b", 7) << QByteArray("250 a\\x00b");
    QTest::newRow("BEL") << QByteArray("\a") << QByteArray("\\x07");
    QTest::newRow("backspace") << QByteArray("ab\bc") << QByteArray("ab\\x08c");
    QTest::newRow("CR") << QByteArray("250 ok\rS: 250 forged") << QByteArray("250 ok\\rS: 250 forged");
    QTest::newRow("LF escaped by default") << QByteArray("a\nb") << QByteArray("a\\nb");
    QTest::newRow("TAB stays") << QByteArray("a\tb") << QByteArray("a\tb");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("a\\x7f");
    QTest::newRow("unit separator") << QByteArray("\x1f") << QByteArray("\\x1f");
    QTest::newRow("UTF-8 stays") << QByteArray("250 Grüße 日本 🙂") << QByteArray("250 Grüße 日本 🙂");
    // U+009B is CSI: as dangerous as ESC [ on terminals that honour C1.
    QTest::newRow("C1 CSI in UTF-8") << QByteArray("a\xc2\x9b" "2Jb") << QByteArray("a\\u009b2Jb");
    QTest::newRow("C1 NEL") << QByteArray("\xc2\x85") << QByteArray("\\u0085");
    QTest::newRow("U+00A0 stays") << QByteArray("\xc2\xa0") << QByteArray("\xc2\xa0");
    // A text view starts a new line at U+2028: a forged "C:" line.
    QTest::newRow("line separator") << QByteArray("250 ok\xe2\x80\xa8" "C: AUTH")
                                    << QByteArray("250 ok\\u2028C: AUTH");
    QTest::newRow("paragraph separator") << QByteArray("\xe2\x80\xa9") << QByteArray("\\u2029");
    // UAX #9 controls reorder what is shown (CVE-2021-42574).
    QTest::newRow("right-to-left override") << QByteArray("a\xe2\x80\xae" "b") << QByteArray("a\\u202eb");
    QTest::newRow("isolates") << QByteArray("\xe2\x81\xa6x\xe2\x81\xa9") << QByteArray("\\u2066x\\u2069");
    QTest::newRow("RLM and ALM") << QByteArray("\xe2\x80\x8f\xd8\x9c") << QByteArray("\\u200f\\u061c");
    QTest::newRow("em dash stays") << QByteArray("a\xe2\x80\x94" "b") << QByteArray("a\xe2\x80\x94" "b");
    QTest::newRow("raw 8-bit CSI byte") << QByteArray("a\x9b" "2J") << QByteArray("a\\x9b2J");
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9") << QByteArray("caf\\xe9");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
    QTest::newRow("cut short") << QByteArray("ab\xe6\x97") << QByteArray("ab\\xe6\\x97");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QByteArray("\\xf4\\x90\\x80\\x80");
    QTest::newRow("backslash stays") << QByteArray("C:\\dir") << QByteArray("C:\\dir");
}

void TestPrintable::bytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(printable(input), expected);
    QCOMPARE(isPrintable(input), input == expected);
}

void TestPrintable::keepLineBreaks()
{
    QCOMPARE(printable(QByteArrayView("one\ntwo\r\n\x1b"), LineBreaks::Keep), QByteArray("one\ntwo\\r\n\\x1b"));
    QCOMPARE(printable(u"one\ntwo\r\n\x1b"_qs, LineBreaks::Keep), u"one\ntwo\\r\n\\x1b"_qs);
    QVERIFY(isPrintable("a\nb", LineBreaks::Keep));
    QVERIFY(!isPrintable("a\nb"));
}

void TestPrintable::string_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Timed out after 2 s"_qs << u"Timed out after 2 s"_qs;
    QTest::newRow("ESC") << u"The server refused: 554 \x1b[31mred"_qs << u"The server refused: 554 \\x1b[31mred"_qs;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_qs;
    QTest::newRow("C1") << QString(QChar(0x9b)) << u"\\u009b"_qs;
    QTest::newRow("DEL") << QString(QChar(0x7f)) << u"\\x7f"_qs;
    QTest::newRow("non-ASCII stays") << u"Grüße"_qs << u"Grüße"_qs;
    QTest::newRow("TAB stays") << u"a\tb"_qs << u"a\tb"_qs;
    QTest::newRow("U+2028") << QString(QChar(0x2028)) << u"\\u2028"_qs;
    QTest::newRow("U+202E") << (u"x"_qs + QChar(0x202e)) << u"x\\u202e"_qs;
}

void TestPrintable::string()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(printable(input), expected);
    // The byte form agrees with the string form on UTF-8 text.
    QCOMPARE(QString::fromUtf8(printable(input.toUtf8())), expected);
}

void TestPrintable::idempotent_data()
{
    bytes_data();
}

void TestPrintable::idempotent()
{
    QFETCH(QByteArray, input);
    const QByteArray once = printable(input);
    QCOMPARE(printable(once), once);
    QVERIFY(isPrintable(once));
}

void TestPrintable::everyByteIsSafe()
{
    // Every single octet and every pair: no C0 control other than TAB, no
    // DEL, no C1 and no invalid UTF-8 survives.
    for (int a = 0; a < 256; ++a) {
        for (int b = -1; b < 256; ++b) {
            QByteArray in(1, char(a));
            if (b >= 0)
                in += char(b);
            const QByteArray out = printable(in);
            for (char c : out) {
                const auto u = uchar(c);
                QVERIFY2(u == '\t' || (u >= 0x20 && u != 0x7f), in.toHex().constData());
            }
            QVERIFY2(QByteArrayView(out).isValidUtf8(), in.toHex().constData());
            const QString text = QString::fromUtf8(out);
            for (QChar ch : text)
                QVERIFY2(ch.unicode() < 0x80 || ch.unicode() > 0x9f, in.toHex().constData());
        }
    }
}

void TestPrintable::everyCharacterIsSafe()
{
    // Every character of the BMP, as UTF-8 and as a QString: what is left
    // holds no control or display-control character; everything else stays.
    auto isControl = [](char16_t u) {
        return (u < 0x20 && u != '\t') || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e
            || u == 0x200f || (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    };
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (c >= 0xd800 && c <= 0xdfff)
            continue;
        const QString in{QChar(char16_t(c))};
        const QString out = printable(in);
        QCOMPARE(printable(in.toUtf8()), out.toUtf8()); // bytes: fromUtf8 would drop a BOM
        if (isControl(char16_t(c))) {
            QVERIFY2(out.startsWith(QLatin1Char('\\')), qPrintable(QString::number(c, 16)));
            for (QChar ch : out)
                QVERIFY(!isControl(ch.unicode()));
        } else {
            QCOMPARE(out, in);
        }
    }
}

void TestPrintable::json()
{
    const QString value = QStringLiteral("a") + QChar(0x1b) + QChar(0x7f) + QChar(0x9b) + QChar(0xe9) + QChar(0)
        + QChar(0x2028) + QChar(0x202e);
    const QByteArray raw = QJsonDocument(QJsonObject{{QStringLiteral("text"), value}}).toJson(QJsonDocument::Compact);
    const QByteArray safe = terminalSafeJson(raw);
    QVERIFY2(!safe.contains('\x1b') && !safe.contains('\x7f') && !safe.contains("\xc2\x9b"), safe.constData());
    QVERIFY(safe.contains("\\u007f"));
    QVERIFY(safe.contains("\\u009b"));
    QVERIFY(safe.contains("\\u2028"));
    QVERIFY(safe.contains("\\u202e"));
    QVERIFY(safe.contains("\xc3\xa9")); // é stays
    // The same value for a JSON reader.
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(safe, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object().value(QStringLiteral("text")).toString(), value);
}

QTEST_APPLESS_MAIN(TestPrintable)
#include "tst_printable.moc"
