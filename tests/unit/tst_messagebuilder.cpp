// The message `postscope-cli send` builds (RFC 5322 3.6, RFC 2045/2046/2047)
// and the --header check against header injection.
#include "mime/emldocument.h"
#include "mime/envelope.h"
#include "mime/filesources.h"
#include "mime/lint.h"
#include "mime/messagebuilder.h"
#include "mime/parsedmessage.h"
#include "mime/sequencesource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace postscope::mime;

class TestMessageBuilder : public QObject
{
    Q_OBJECT
private slots:
    void minimal();
    void nonAsciiBody();
    void userHeaders();
    void multipart();
    void streamedBody();
    void headerArgument_data();
    void headerArgument();
    void sequenceSource();
    void injection_data();
    void injection();
    void injectionInFileName();
    void base64Source();
    void emlDocument();
    void parsedBounds();
};

static QByteArray headerOf(const QByteArray &message)
{
    return message.left(headerSectionLength(message, true));
}

static QByteArray field(const QByteArray &message, const QByteArray &name)
{
    for (const HeaderField &f : parseHeaderFields(headerOf(message))) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    }
    return {};
}

void TestMessageBuilder::minimal()
{
    MessageSpec spec;
    spec.from = QStringLiteral("Ann <ann@example.test>");
    spec.to = {QStringLiteral("bob@example.test"), QStringLiteral("Carl <carl@example.test>")};
    spec.cc = {QStringLiteral("dee@example.test")};
    spec.subject = QStringLiteral("Hello");
    spec.body = QStringLiteral("line one\n.dot\n");
    spec.messageIdDomain = "example.test";
    const BuiltMessage built = buildMessage(spec);
    QVERIFY2(built.isValid(), qPrintable(built.error));
    QVERIFY(!built.streamed());
    QCOMPARE(built.bodyType, BodyType::SevenBit);
    QVERIFY(!built.smtpUtf8);
    const QByteArray m = built.bytes();
    QVERIFY(!field(m, "Date").isEmpty());
    QVERIFY(field(m, "Message-ID").endsWith("@example.test>"));
    QCOMPARE(field(m, "From"), QByteArray("Ann <ann@example.test>"));
    QCOMPARE(addressesOf({field(m, "To")}),
             (QList<QByteArray> {"bob@example.test", "carl@example.test"}));
    QCOMPARE(field(m, "Cc"), QByteArray("dee@example.test"));
    QCOMPARE(field(m, "Bcc"), QByteArray());
    QCOMPARE(field(m, "Subject"), QByteArray("Hello"));
    QCOMPARE(field(m, "MIME-Version"), QByteArray("1.0"));
    QCOMPARE(field(m, "Content-Type"), QByteArray("text/plain; charset=us-ascii"));
    // RFC 5322 2.1: CRLF everywhere, and the body as given.
    QVERIFY(!m.contains("\r\r") && m.count('\n') == m.count("\r\n"));
    QVERIFY(m.endsWith("\r\n\r\nline one\r\n.dot\r\n"));
}

void TestMessageBuilder::nonAsciiBody()
{
    MessageSpec spec;
    spec.from = QStringLiteral("ann@example.test");
    spec.to = {QStringLiteral("bob@example.test")};
    spec.subject = QStringLiteral("Grüße");
    spec.body = QStringLiteral("héllo");
    const BuiltMessage built = buildMessage(spec);
    QVERIFY(built.isValid());
    // Quoted-printable UTF-8 (not ISO-8859-1), and an RFC 2047 subject:
    // the message stays 7-bit.
    QCOMPARE(field(built.bytes(), "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    QVERIFY(built.bytes().contains("h=C3=A9llo"));
    QVERIFY(field(built.bytes(), "Subject").startsWith("=?"));
    QCOMPARE(built.bodyType, BodyType::SevenBit);
    // With 8BITMIME the same text goes as it is (RFC 6152).
    spec.transport.eightBitMime = true;
    const BuiltMessage eight = buildMessage(spec);
    QCOMPARE(field(eight.bytes(), "Content-Transfer-Encoding"), QByteArray("8bit"));
    QVERIFY(eight.bytes().contains("h\xc3\xa9llo"));
    QCOMPARE(eight.bodyType, BodyType::EightBit);
    QCOMPARE(eight.mailParameters, QList<QByteArray> {"BODY=8BITMIME"});
}

void TestMessageBuilder::userHeaders()
{
    MessageSpec spec;
    spec.from = QStringLiteral("ann@example.test");
    spec.to = {QStringLiteral("bob@example.test")};
    spec.subject = QStringLiteral("original");
    spec.extraHeaders = {{"X-Tag", "1"}, {"X-Tag", "2"}, {"Subject", "replaced"}};
    const BuiltMessage built = buildMessage(spec);
    QVERIFY(built.isValid());
    QCOMPARE(built.bytes().count("X-Tag: "), 2);
    QCOMPARE(field(built.bytes(), "Subject"), QByteArray("replaced"));
    QCOMPARE(built.bytes().count("Subject:"), 1);
}

void TestMessageBuilder::multipart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile html(dir.filePath(QStringLiteral("m.html")));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write("<p>hi</p>\n");
    html.close();
    QFile att(dir.filePath(QStringLiteral("data.bin")));
    QVERIFY(att.open(QIODevice::WriteOnly));
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary += char(i % 256);
    att.write(binary);
    att.close();

    MessageSpec spec;
    spec.from = QStringLiteral("ann@example.test");
    spec.to = {QStringLiteral("bob@example.test")};
    spec.body = QStringLiteral("plain");
    spec.htmlFile = html.fileName();
    spec.attachments = {Attachment {att.fileName(), {}, {}, false, {}}};
    const BuiltMessage built = buildMessage(spec);
    QVERIFY2(built.isValid(), qPrintable(built.error));
    const QByteArray data = built.bytes();
    QVERIFY(field(data, "Content-Type").startsWith("multipart/mixed"));
    QVERIFY(data.contains("multipart/alternative"));
    QVERIFY(data.contains("text/html; charset=us-ascii"));
    QVERIFY(data.contains("filename=data.bin"));
    QVERIFY(data.contains("Content-Transfer-Encoding: base64"));
    QVERIFY(data.contains(binary.left(57).toBase64()));
    QCOMPARE(built.bodyType, BodyType::SevenBit);

    // The part tree and offsets as ParsedMessage reads them back.
    const ParsedMessage parsed = ParsedMessage::fromBytes(data);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.tree(),
             QStringLiteral("multipart/mixed\n  multipart/alternative\n    text/plain\n"
                            "    text/html\n  application/octet-stream (data.bin)\n"));
    QCOMPARE(parsed.text(parsed.textPart()), QStringLiteral("plain"));
    QCOMPARE(parsed.text(parsed.htmlPart()),
             QStringLiteral("<p>hi</p>\r\n")); // canonical CRLF (RFC 2046 4.1.1)
    QCOMPARE(parsed.attachments(), QList<int> {4});
    QCOMPARE(parsed.content(4), binary);
    const ParsedPart &leaf = parsed.parts().at(4);
    QVERIFY(data.mid(leaf.begin).startsWith("Content-Type: application/octet-stream"));
    QCOMPARE(data.mid(leaf.bodyBegin, 20), binary.left(15).toBase64());
    // The same from a file, parsed in place.
    QFile saved(dir.filePath(QStringLiteral("saved.eml")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.write(data);
    saved.close();
    const ParsedMessage fromFile = ParsedMessage::fromFile(saved.fileName());
    QVERIFY(fromFile.isValid());
    QCOMPARE(fromFile.tree(), parsed.tree());
    QCOMPARE(fromFile.content(4), binary);
    QCOMPARE(fromFile.parts().at(4).bodyBegin, leaf.bodyBegin);
    QCOMPARE(fromFile.header("From"), QStringLiteral("ann@example.test"));
    QVERIFY(!ParsedMessage::fromFile(dir.filePath(QStringLiteral("absent.eml"))).isValid());

    spec.attachments = {Attachment {dir.filePath(QStringLiteral("missing")), {}, {}, false, {}}};
    QVERIFY(!buildMessage(spec).isValid());
}

void TestMessageBuilder::streamedBody()
{
    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("big.txt")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    const QByteArray line = "0123456789 abcdefghijklmnopqrstuvwxyz\n";
    while (body.size() <= streamBodyThreshold)
        body.write(line);
    body.write("caf\xc3\xa9\n");
    body.close();

    MessageSpec spec;
    spec.from = QStringLiteral("ann@example.test");
    spec.to = {QStringLiteral("bob@example.test")};
    spec.bodyFile = body.fileName();
    const BuiltMessage built = buildMessage(spec);
    QVERIFY2(built.isValid(), qPrintable(built.error));
    // Without 8BITMIME the big body goes as base64 read from the file.
    QVERIFY(built.streamed());
    QCOMPARE(built.segments.at(1).kind, Segment::Kind::Base64File);
    QCOMPARE(field(built.headerSection, "Content-Transfer-Encoding"), QByteArray("base64"));
    const QByteArray all = built.bytes();
    QCOMPARE(qint64(all.size()), built.size());
    {
        LintContext context;
        context.envelope = engineEnvelope(built);
        QString lintError;
        QCOMPARE(lintMessage(built, context, &lintError).size(), lintMessage(all, context).size());
    }
    QFile check(body.fileName());
    QVERIFY(check.open(QIODevice::ReadOnly));
    const ParsedMessage parsed = ParsedMessage::fromBytes(all);
    QCOMPARE(parsed.content(0), check.readAll());
    // With 8BITMIME the file follows the header as it is.
    spec.transport.eightBitMime = true;
    const BuiltMessage eight = buildMessage(spec);
    QCOMPARE(eight.segments.at(1).kind, Segment::Kind::File);
    QCOMPARE(eight.bodyType, BodyType::EightBit); // the scan found the é
    QCOMPARE(field(eight.headerSection, "Content-Transfer-Encoding"), QByteArray("8bit"));
    // Read with CRLF line endings: the octets are exactly what is sent and
    // exactly as many as announced (SIZE).
    const QByteArray sent = eight.bytes();
    QCOMPARE(qint64(sent.size()), eight.size());
    QCOMPARE(sent.count('\n'), sent.count("\r\n"));
    QVERIFY(sent.endsWith("caf\xc3\xa9\r\n"));
    // Building again with the first build's scan gives the same message.
    spec.bodyFileScan = eight.bodyFileScan;
    QVERIFY(spec.bodyFileScan.has_value());
    QCOMPARE(buildMessage(spec).segments.at(1).size(), eight.segments.at(1).size());
    // The lint judges the streamed segment from the scan, and finds what a
    // full read finds.
    LintContext context;
    context.envelope = engineEnvelope(eight);
    for (const bool offers : {false, true}) {
        context.server.eightBitMime = offers;
        QString lintError;
        const QList<LintFinding> fromScan = lintMessage(eight, context, &lintError);
        const QList<LintFinding> fromBytes = lintMessage(sent, context);
        QVERIFY(lintError.isEmpty());
        QCOMPARE(fromScan.size(), fromBytes.size());
        for (int i = 0; i < fromScan.size(); ++i)
            QCOMPARE(fromScan.at(i).id, fromBytes.at(i).id);
        QCOMPARE(fromScan.size(), offers ? 0 : 1); // 8bit-not-offered
    }
    QString error;
    QVERIFY(fileHasEightBit(body.fileName(), &error));
    QVERIFY(!fileHasEightBit(body.fileName(), &error, body.size()));
}

void TestMessageBuilder::headerArgument_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QStringLiteral("X-Test: value here") << true << QByteArray("X-Test")
                           << QByteArray("value here");
    QTest::newRow("no-space") << QStringLiteral("X-A:b") << true << QByteArray("X-A")
                              << QByteArray("b");
    QTest::newRow("crlf-injection") << QStringLiteral("X-A: 1\r\nBcc: evil@example.test") << false
                                    << QByteArray() << QByteArray();
    QTest::newRow("lf-injection") << QStringLiteral("X-A: 1\nBcc: e@x") << false << QByteArray()
                                  << QByteArray();
    QTest::newRow("cr") << QStringLiteral("X-A: 1\rB") << false << QByteArray() << QByteArray();
    QTest::newRow("nul") << QStringLiteral("X-A: 1") + QChar(0) << false << QByteArray()
                         << QByteArray();
    QTest::newRow("no-colon") << QStringLiteral("X-A value") << false << QByteArray()
                              << QByteArray();
    QTest::newRow("empty-name") << QStringLiteral(": value") << false << QByteArray()
                                << QByteArray();
    QTest::newRow("space-in-name")
        << QStringLiteral("X A: value") << false << QByteArray() << QByteArray();
    QTest::newRow("non-ascii-name")
        << QStringLiteral("Tëst: value") << false << QByteArray() << QByteArray();
}

void TestMessageBuilder::headerArgument()
{
    QFETCH(QString, argument);
    QFETCH(bool, ok);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QByteArray n, v;
    const QString error = checkHeaderArgument(argument, &n, &v);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(n, name);
        QCOMPARE(v, value);
    }
}

void TestMessageBuilder::sequenceSource()
{
    SequenceSource source;
    source.append(QByteArray("head\r\n\r\n"));
    source.append(QByteArray());
    source.append(QByteArray("body"));
    QCOMPARE(source.sizeHint(), qint64(12));
    QByteArray all;
    while (!source.atEnd())
        all += source.read(3);
    QCOMPARE(all, QByteArray("head\r\n\r\nbody"));
    QVERIFY(source.errorString().isEmpty());
}

// Header injection (CR, LF or NUL) in every field of the model: refused
// with an error that names the field, nothing built.
void TestMessageBuilder::injection_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject", "Message-ID",
                          "In-Reply-To", "References", "X-Custom", "filename", "MAIL FROM"}) {
        for (const char *bad : {"\r\nBcc: evil@example.test", "\nX: y", "\rX: y", "\0"})
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(f),
                                            QString::fromLatin1(bad)
                                                .toHtmlEscaped()
                                                .replace(QLatin1Char('\r'), QLatin1String("CR"))
                                                .replace(QLatin1Char('\n'), QLatin1String("LF"))
                                                .replace(QChar(0), QLatin1String("NUL")))))
                << QString::fromLatin1(f) + QLatin1Char('|')
                    + QString::fromUtf8(QByteArray(bad, bad[0] ? int(qstrlen(bad)) : 1));
    }
}

void TestMessageBuilder::injection()
{
    QFETCH(QString, field);
    const QString name = field.section(QLatin1Char('|'), 0, 0);
    const QString bad = field.section(QLatin1Char('|'), 1);
    QTemporaryDir dir;
    QFile att(dir.filePath(QStringLiteral("a.txt")));
    QVERIFY(att.open(QIODevice::WriteOnly));
    att.write("x\n");
    att.close();
    MessageSpec spec;
    spec.from = QStringLiteral("ann@example.test");
    spec.to = {QStringLiteral("bob@example.test")};
    spec.attachments = {Attachment {att.fileName(), {}, {}, false, {}}};
    const QString value = QStringLiteral("x@example.test") + bad;
    if (name == QLatin1String("From"))
        spec.from = value;
    else if (name == QLatin1String("Sender"))
        spec.sender = value;
    else if (name == QLatin1String("Reply-To"))
        spec.replyTo = {value};
    else if (name == QLatin1String("To"))
        spec.to = {value};
    else if (name == QLatin1String("Cc"))
        spec.cc = {value};
    else if (name == QLatin1String("Bcc"))
        spec.bcc = {value};
    else if (name == QLatin1String("Subject"))
        spec.subject = value;
    else if (name == QLatin1String("Message-ID"))
        spec.messageId = value.toUtf8();
    else if (name == QLatin1String("In-Reply-To"))
        spec.inReplyTo = value.toUtf8();
    else if (name == QLatin1String("References"))
        spec.references = {value.toUtf8()};
    else if (name == QLatin1String("X-Custom"))
        spec.extraHeaders = {{"X-Custom", value.toUtf8()}};
    else if (name == QLatin1String("filename"))
        spec.attachments.first().fileName = value;
    else if (name == QLatin1String("MAIL FROM"))
        spec.envelopeFrom = value.toUtf8();
    const BuiltMessage built = buildMessage(spec);
    QVERIFY(!built.isValid());
    QVERIFY2(built.error.contains(QLatin1String("injection")), qPrintable(built.error));
    QVERIFY(built.segments.isEmpty());
}

// A file whose own name holds a line break (POSIX allows it) cannot smuggle
// a header field through Content-Disposition's filename.
void TestMessageBuilder::injectionInFileName()
{
    QTemporaryDir dir;
    for (const char *name : {"a\nBcc: evil@example.test", "b\rX: y", "c\r\nX: y"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n");
        f.close();
        MessageSpec spec;
        spec.from = QStringLiteral("ann@example.test");
        spec.to = {QStringLiteral("bob@example.test")};
        spec.attachments = {Attachment {path, {}, {}, false, {}}};
        BuiltMessage built = buildMessage(spec);
        QVERIFY2(!built.isValid() && built.error.contains(QLatin1String("injection")),
                 qPrintable(built.error));
        spec.attachments.clear();
        spec.attachedMessages = {path};
        built = buildMessage(spec);
        QVERIFY2(!built.isValid() && built.error.contains(QLatin1String("injection")),
                 qPrintable(built.error));
    }
}

void TestMessageBuilder::base64Source()
{
    QTemporaryDir dir;
    for (qint64 n : {qint64(0), qint64(1), qint64(56), qint64(57), qint64(58),
                     qint64(57 * 4600 + 3), qint64(1000000)}) {
        QFile f(dir.filePath(QStringLiteral("f%1").arg(n)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(n, Qt::Uninitialized);
        for (qint64 i = 0; i < n; ++i)
            data[i] = char(i * 7 + 3);
        f.write(data);
        f.close();
        Base64FileSource source(f.fileName(), n);
        QByteArray out;
        while (!source.atEnd())
            out += source.read(1000);
        QVERIFY(source.errorString().isEmpty());
        QCOMPARE(qint64(out.size()), source.sizeHint());
        QCOMPARE(out, base64Lines(data));
        QCOMPARE(QByteArray::fromBase64(QByteArray(out).replace("\r\n", "")), data);
    }
    // A file shorter than promised is an error, never a short message.
    QFile f(dir.filePath(QStringLiteral("short")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    Base64FileSource source(f.fileName(), 100);
    QVERIFY(source.read(1000).isEmpty());
    QVERIFY(!source.errorString().isEmpty());
}

void TestMessageBuilder::emlDocument()
{
    const QByteArray original
        = "From: a@example.test\nSubject: old\n  folded\nX-Keep:  spaced  \n\nbody\r\nstays\n";
    EmlDocument doc = EmlDocument::fromBytes(original);
    QCOMPARE(doc.value("Subject"), QByteArray("old folded"));
    QVERIFY(doc.setHeader("Subject", "new").isEmpty());
    QVERIFY(doc.setHeader("To", "b@example.test").isEmpty());
    QCOMPARE(
        doc.bytes(),
        QByteArray("From: a@example.test\nSubject: new\nX-Keep:  spaced  \nTo: b@example.test\n\n"
                   "body\r\nstays\n"));
    QVERIFY(!doc.setHeader("X-Bad", "a\r\nBcc: evil@example.test").isEmpty());
    // A header section whose last field ends in LF and whose empty line is
    // CRLF (found by fuzz_mime): the new field still goes before the body.
    EmlDocument mixed
        = EmlDocument::fromBytes("From: a@example.test\nTo: b@example.test\n\r\nbody\r\n");
    QVERIFY(mixed.setHeader("X-New", "1").isEmpty());
    QCOMPARE(mixed.body(), QByteArray("body\r\n"));
    QCOMPARE(mixed.value("X-New"), QByteArray("1"));
    EmlDocument noEnd = EmlDocument::fromBytes("From: a@example.test");
    QVERIFY(noEnd.setHeader("X-New", "1").isEmpty());
    QCOMPARE(noEnd.value("From"), QByteArray("a@example.test"));
    QCOMPARE(noEnd.value("X-New"), QByteArray("1"));
    doc.removeHeader("x-keep");
    QCOMPARE(doc.body(), QByteArray("body\r\nstays\n"));
    QVERIFY(!doc.bytes().contains("X-Keep"));
}

// A hostile message nests multiparts 500 deep: the part tree stops at its
// bound instead of growing (and recursing) with the input.
void TestMessageBuilder::parsedBounds()
{
    QByteArray message = "From: a@example.test\r\n";
    for (int i = 0; i < 500; ++i)
        message += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
            + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    message += "Content-Type: text/plain\r\n\r\ndeep\r\n";
    const ParsedMessage parsed = ParsedMessage::fromBytes(message);
    QVERIFY(parsed.isValid());
    QVERIFY(parsed.parts().size() > 10);
    QVERIFY(parsed.parts().size() <= 65);
    for (const ParsedPart &p : parsed.parts())
        QVERIFY(p.depth <= 64);
}

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
