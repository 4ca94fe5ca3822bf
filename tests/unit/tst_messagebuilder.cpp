// The message `postscope-cli send` builds (RFC 5322 3.6, RFC 2045/2046/2047)
// and the --header check against header injection.
#include "mime/envelope.h"
#include "mime/messagebuilder.h"
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
    QVERIFY(built.streamFile.isEmpty());
    QVERIFY(!built.eightBit);
    QVERIFY(!built.smtpUtf8);
    const QByteArray &m = built.data;
    QVERIFY(!field(m, "Date").isEmpty());
    QVERIFY(field(m, "Message-ID").endsWith("@example.test>"));
    QCOMPARE(field(m, "From"), QByteArray("Ann <ann@example.test>"));
    QCOMPARE(addressesOf({field(m, "To")}), (QList<QByteArray>{"bob@example.test", "carl@example.test"}));
    QCOMPARE(field(m, "Cc"), QByteArray("dee@example.test"));
    QCOMPARE(field(m, "Bcc"), QByteArray());
    QCOMPARE(field(m, "Subject"), QByteArray("Hello"));
    QCOMPARE(field(m, "MIME-Version"), QByteArray("1.0"));
    QCOMPARE(field(m, "Content-Type"), QByteArray("text/plain; charset=utf-8"));
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
    QCOMPARE(field(built.data, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    QVERIFY(built.data.contains("h=C3=A9llo"));
    QVERIFY(field(built.data, "Subject").startsWith("=?"));
    QVERIFY(!built.eightBit);
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
    QCOMPARE(built.data.count("X-Tag: "), 2);
    QCOMPARE(field(built.data, "Subject"), QByteArray("replaced"));
    QCOMPARE(built.data.count("Subject:"), 1);
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
    spec.attachments = {att.fileName()};
    const BuiltMessage built = buildMessage(spec);
    QVERIFY2(built.isValid(), qPrintable(built.error));
    QVERIFY(field(built.data, "Content-Type").startsWith("multipart/mixed"));
    QVERIFY(built.data.contains("multipart/alternative"));
    QVERIFY(built.data.contains("text/html; charset=utf-8"));
    QVERIFY(built.data.contains("filename=data.bin"));
    QVERIFY(built.data.contains("Content-Transfer-Encoding: base64"));
    QVERIFY(built.data.contains(binary.left(57).toBase64()));
    QVERIFY(!built.eightBit);

    spec.attachments = {dir.filePath(QStringLiteral("missing"))};
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
    // Only the header section is built; the file follows it unread.
    QCOMPARE(built.streamFile, body.fileName());
    QVERIFY(built.data.endsWith("\r\n\r\n"));
    QCOMPARE(headerSectionLength(built.data), built.data.size());
    QVERIFY(built.eightBit);   // the scan found the é
    QCOMPARE(field(built.data, "Content-Transfer-Encoding"), QByteArray("8bit"));
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
    QTest::newRow("no-space") << QStringLiteral("X-A:b") << true << QByteArray("X-A") << QByteArray("b");
    QTest::newRow("crlf-injection") << QStringLiteral("X-A: 1\r\nBcc: evil@example.test") << false << QByteArray()
                                    << QByteArray();
    QTest::newRow("lf-injection") << QStringLiteral("X-A: 1\nBcc: e@x") << false << QByteArray() << QByteArray();
    QTest::newRow("cr") << QStringLiteral("X-A: 1\rB") << false << QByteArray() << QByteArray();
    QTest::newRow("nul") << QStringLiteral("X-A: 1") + QChar(0) << false << QByteArray() << QByteArray();
    QTest::newRow("no-colon") << QStringLiteral("X-A value") << false << QByteArray() << QByteArray();
    QTest::newRow("empty-name") << QStringLiteral(": value") << false << QByteArray() << QByteArray();
    QTest::newRow("space-in-name") << QStringLiteral("X A: value") << false << QByteArray() << QByteArray();
    QTest::newRow("non-ascii-name") << QStringLiteral("Tëst: value") << false << QByteArray() << QByteArray();
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

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
