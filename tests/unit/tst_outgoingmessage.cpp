// The one send path's message preparation (send/outgoingmessage.h): the
// envelope and octets for a built message and for a complete message file,
// by the same rules for the CLI and the window. The window used to miss
// SMTPUTF8 for a non-ASCII recipient (issue 7); now there is one rule.
#include "send/outgoingmessage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using namespace postscope::send;

namespace {

QByteArray readAll(const PreparedMessage &message)
{
    auto source = message.source();
    QByteArray all;
    while (!source->atEnd()) {
        const QByteArray piece = source->read(4096);
        if (piece.isEmpty())
            break;
        all += piece;
    }
    return all;
}

QList<QByteArray> recipients(const PreparedMessage &message)
{
    QList<QByteArray> list;
    for (const engine::Recipient &r : message.envelope.recipients)
        list << r.address;
    return list;
}

} // namespace

class TestOutgoingMessage : public QObject
{
    Q_OBJECT
private slots:
    void builtMessageEnvelope();
    void nonAsciiRecipientNeedsSmtpUtf8_data();
    void nonAsciiRecipientNeedsSmtpUtf8();
    void messageFileAsSmtplibDerivesIt();
    void overridesWin();
    void errors();
    void sourceCanBeReadAgain();
};

void TestOutgoingMessage::builtMessageEnvelope()
{
    MessageRequest request;
    request.spec.from = QStringLiteral("Alice <alice@example.test>");
    request.spec.to = {QStringLiteral("Bob <bob@example.test>")};
    request.spec.cc = {QStringLiteral("carol@example.test")};
    request.spec.bcc = {QStringLiteral("dave@example.test")};
    request.spec.subject = QStringLiteral("Hi");
    request.spec.body = QStringLiteral("Hello\n");
    request.rcptOptions = {"NOTIFY=NEVER"};
    request.mailOptions = {"RET=HDRS"};
    const PreparedMessage m = prepareMessage(request);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.envelope.sender, QByteArray("alice@example.test"));
    QCOMPARE(recipients(m),
             (QList<QByteArray> {"bob@example.test", "carol@example.test", "dave@example.test"}));
    QCOMPARE(m.envelope.recipients.first().options, QList<QByteArray> {"NOTIFY=NEVER"});
    QCOMPARE(m.envelope.mailOptions, QList<QByteArray> {"RET=HDRS"});
    QVERIFY(!m.envelope.smtpUtf8);
    QVERIFY(!m.envelope.eightBit);
    const QByteArray data = readAll(m);
    QVERIFY(data.contains("Subject: Hi"));
    QVERIFY(!data.contains("dave@")); // Bcc is envelope only
    QVERIFY(data.contains("@example.test>")); // Message-ID from the sender's domain
}

void TestOutgoingMessage::nonAsciiRecipientNeedsSmtpUtf8_data()
{
    QTest::addColumn<bool>("file");
    QTest::newRow("built (the window's sandbox account)") << false;
    QTest::newRow("message file") << true;
}

void TestOutgoingMessage::nonAsciiRecipientNeedsSmtpUtf8()
{
    // RFC 6531 3.4: the recipient below is UTF-8; whatever the path, MAIL
    // must carry SMTPUTF8 (and smtplib's BODY=8BITMIME with it).
    QFETCH(bool, file);
    QTemporaryDir dir;
    MessageRequest request;
    if (file) {
        request.messageFile = dir.filePath(QStringLiteral("m.eml"));
        QFile f(request.messageFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: a@example.test\r\nTo: plain@example.test\r\nSubject: x\r\n\r\nbody\r\n");
        f.close();
        request.recipients = {QStringLiteral("j\u00f6rg@example.test").toUtf8()};
    } else {
        request.spec.from = QStringLiteral("a@example.test");
        request.spec.to = {QStringLiteral("J\u00f6rg <j\u00f6rg@example.test>")};
        request.spec.body = QStringLiteral("ascii only\n");
    }
    const PreparedMessage m = prepareMessage(request);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(recipients(m), QList<QByteArray> {QStringLiteral("j\u00f6rg@example.test").toUtf8()});
    QVERIFY(m.envelope.smtpUtf8);
    QVERIFY(m.envelope.eightBit);
}

void TestOutgoingMessage::messageFileAsSmtplibDerivesIt()
{
    QTemporaryDir dir;
    MessageRequest request;
    request.messageFile = dir.filePath(QStringLiteral("m.eml"));
    QFile f(request.messageFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("From: Someone <from@example.test>\r\nSender: sender@example.test\r\n"
            "To: to1@example.test, To Two <to2@example.test>\r\nCc: cc@example.test\r\n"
            "Bcc: hidden@example.test\r\nSubject: as is\r\n\r\nLine one\r\n.leading dot\r\n");
    f.close();
    const PreparedMessage m = prepareMessage(request);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.envelope.sender, QByteArray("sender@example.test"));
    QCOMPARE(recipients(m),
             (QList<QByteArray> {"to1@example.test", "to2@example.test", "hidden@example.test",
                                 "cc@example.test"}));
    const QByteArray data = readAll(m);
    QVERIFY(!data.contains("Bcc"));
    QVERIFY(data.endsWith("Line one\r\n.leading dot\r\n")); // the engine stuffs dots, not this
}

void TestOutgoingMessage::overridesWin()
{
    QTemporaryDir dir;
    MessageRequest request;
    request.messageFile = dir.filePath(QStringLiteral("m.eml"));
    QFile f(request.messageFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("From: from@example.test\r\nTo: to@example.test\r\n\r\nbody\r\n");
    f.close();
    request.sender = QByteArray(""); // the null reverse path, explicitly
    request.recipients = {"only@example.test"};
    const PreparedMessage m = prepareMessage(request);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QVERIFY(m.envelope.sender.isEmpty());
    QCOMPARE(recipients(m), QList<QByteArray> {"only@example.test"});
}

void TestOutgoingMessage::errors()
{
    MessageRequest noRecipient;
    noRecipient.spec.from = QStringLiteral("a@example.test");
    QVERIFY(!prepareMessage(noRecipient).isValid());

    MessageRequest badAddress;
    badAddress.spec.from = QStringLiteral("a@example.test");
    badAddress.spec.to = {QStringLiteral("not an address")};
    const PreparedMessage bad = prepareMessage(badAddress);
    QVERIFY(!bad.isValid());
    QVERIFY2(bad.error.contains(QStringLiteral("not an address")), qPrintable(bad.error));

    MessageRequest missing;
    missing.messageFile = QStringLiteral("/nonexistent/m.eml");
    const PreparedMessage gone = prepareMessage(missing);
    QVERIFY(!gone.isValid());
    QVERIFY2(gone.error.startsWith(QStringLiteral("/nonexistent/m.eml: ")), qPrintable(gone.error));
}

void TestOutgoingMessage::sourceCanBeReadAgain()
{
    // --count N reads the message N times: each source() starts afresh.
    QTemporaryDir dir;
    const QString body = dir.filePath(QStringLiteral("body.txt"));
    QFile f(body);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 40000; ++i)
        f.write("a line of a body big enough to be streamed from disk\n");
    f.close();
    MessageRequest request;
    request.spec.from = QStringLiteral("a@example.test");
    request.spec.to = {QStringLiteral("b@example.test")};
    request.spec.bodyFile = body;
    const PreparedMessage m = prepareMessage(request);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QVERIFY(m.built && m.built->streamed()); // streamed, not in memory
    const QByteArray once = readAll(m);
    QCOMPARE(once.size(), m.size());
    QCOMPARE(readAll(m), once);
}

QTEST_GUILESS_MAIN(TestOutgoingMessage)
#include "tst_outgoingmessage.moc"
