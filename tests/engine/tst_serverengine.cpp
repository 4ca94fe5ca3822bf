// The server engine, driven byte for byte: every bad sequence with its exact
// reply code and enhanced code (RFC 5321 4.1.4, 4.2, 4.5.3; RFC 3030;
// RFC 3207; RFC 4954; RFC 2033), data end detection and the fault hook.
#include "auth/qca.h"
#include "engine/serverengine.h"

#include <QtTest>

using namespace postscope;
using namespace postscope::engine;
using protocol::Reply;

namespace {

struct Harness
{
    explicit Harness(ServerConfig config = {}) : engine(std::move(config)) {}

    ServerEngine engine;
    QList<Reply> replies;
    QList<ReceivedMessage> messages;
    QList<int> pauses;
    QList<QByteArray> commands;     // display form of CommandReceived
    QList<QString> notes;
    QByteArray wire;
    bool closed = false;
    bool tlsRequested = false;
    bool autoDeliver = true;
    QList<Reply> verdicts;

    void pump()
    {
        while (engine.hasEvents() || engine.hasOutgoing()) {
            wire += engine.takeOutgoing();
            for (const ServerEvent &e : engine.takeEvents()) {
                switch (e.type) {
                case ServerEvent::Type::ReplySent: replies << e.reply; break;
                case ServerEvent::Type::MessageReceived:
                    messages << e.message;
                    if (autoDeliver)
                        engine.deliver(verdicts);
                    break;
                case ServerEvent::Type::Pause: pauses << e.delayMs; break;
                case ServerEvent::Type::CloseRequested: closed = true; break;
                case ServerEvent::Type::TlsRequested: tlsRequested = true; break;
                case ServerEvent::Type::CommandReceived:
                    commands << (e.redacted.isEmpty() ? e.line.trimmed() : e.redacted);
                    break;
                case ServerEvent::Type::Note: notes << e.text; break;
                default: break;
                }
            }
        }
    }
    void start()
    {
        engine.start();
        pump();
    }
    void feed(QByteArrayView bytes)
    {
        engine.receive(bytes);
        pump();
    }
    // "250", "503 5.5.1", ...
    QStringList codes() const
    {
        QStringList out;
        for (const Reply &r : replies)
            out << (r.enhanced.isValid() ? QStringLiteral("%1 %2").arg(r.code).arg(r.enhanced.toString())
                                         : QString::number(r.code));
        return out;
    }
};

ServerConfig withUsers(ServerConfig c = {})
{
    c.passwords = [](const QString &user) -> std::optional<QString> {
        if (user == QLatin1String("alice"))
            return QStringLiteral("s3cret");
        return std::nullopt;
    };
    return c;
}

ServerConfig profile(const QString &name)
{
    ServerConfig c;
    if (name == QLatin1String("smallsize"))
        c.maxMessageSize = 10;
    else if (name == QLatin1String("users"))
        c = withUsers();
    else if (name == QLatin1String("users-tlsonly")) {
        c = withUsers();
        c.requireTlsForAuth = true;
        c.tlsAvailable = true;
    } else if (name == QLatin1String("tls"))
        c.tlsAvailable = true;
    else if (name == QLatin1String("nochunking"))
        c.extensions &= ~ServerExtensions(ServerExtension::Chunking);
    else if (name == QLatin1String("noenhanced"))
        c.extensions &= ~ServerExtensions(ServerExtension::EnhancedStatusCodes);
    else if (name == QLatin1String("directory") || name == QLatin1String("novrfy") || name == QLatin1String("strict")) {
        c.directory.mailboxes = {"alice@example.test", "bob@example.test", "bob@other.test"};
        c.directory.lists.insert("staff", {"alice@example.test", "bob@example.test"});
        if (name == QLatin1String("novrfy"))
            c.extensions &= ~ServerExtensions(ServerExtension::Vrfy | ServerExtension::Expn);
        if (name == QLatin1String("strict"))
            c.rejectUnknownRecipients = true;
    } else if (name == QLatin1String("lmtp"))
        c.dialect = Dialect::Lmtp;
    else if (name == QLatin1String("fewerrors"))
        c.maxErrors = 3;
    else if (name == QLatin1String("tworcpt"))
        c.maxRecipients = 2;
    return c;
}

} // namespace

class TestServerEngine : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data();
    void sequences();
    void greetingAndEhlo();
    void pipelinedRepliesInOrder();
    void dataEndOnlyCrLfDotCrLf();
    void dataUnstuffedAndSplitAnywhere();
    void emptyMessage();
    void bdatBinaryExact();
    void bdatZeroLast();
    void bdatRefusedChunkIsConsumed();
    void sizeLimitOnData();
    void longLineWithoutEnd();
    void quitClosesAndIgnoresRest();
    void startTlsDiscardsInjectedAndForgetsEhlo();
    void authPlainLoginCram();
    void authRedactedInEvents();
    void lmtpRepliesPerRecipient();
    void vrfyExpnReplies();
    void faultHook();
    void greeting554OnlyQuit();
    void tooManyErrorsCloses();
};

void TestServerEngine::sequences_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");   // after the 220 greeting

    const QByteArray ehlo = "EHLO client.test\r\n";
    const QByteArray mail = "MAIL FROM:<a@example.test>\r\n";
    const QByteArray rcpt = "RCPT TO:<b@example.test>\r\n";

    QTest::newRow("MAIL before EHLO") << "" << mail << QStringList{"503 5.5.1"};
    QTest::newRow("RCPT before MAIL") << "" << ehlo + rcpt << QStringList{"250", "503 5.5.1"};
    QTest::newRow("second MAIL") << "" << ehlo + mail + mail << QStringList{"250", "250 2.1.0", "503 5.5.1"};
    QTest::newRow("DATA before MAIL") << "" << ehlo + "DATA\r\n" << QStringList{"250", "503 5.5.1"};
    QTest::newRow("DATA without RCPT") << "" << ehlo + mail + "DATA\r\n" << QStringList{"250", "250 2.1.0", "503 5.5.1"};
    QTest::newRow("DATA after refused RCPT") << "strict" << ehlo + mail + "RCPT TO:<nobody@example.test>\r\nDATA\r\n"
                                             << QStringList{"250", "250 2.1.0", "550 5.1.1", "503 5.5.1"};
    QTest::newRow("RSET ends the transaction") << "" << ehlo + mail + rcpt + "RSET\r\nDATA\r\n"
                                               << QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.0.0", "503 5.5.1"};
    QTest::newRow("EHLO resets the transaction") << "" << ehlo + mail + ehlo + rcpt
                                                 << QStringList{"250", "250 2.1.0", "250", "503 5.5.1"};
    QTest::newRow("unknown command") << "" << QByteArray("FROB\r\n") << QStringList{"500 5.5.2"};
    QTest::newRow("empty line") << "" << QByteArray("\r\n") << QStringList{"500 5.5.2"};
    QTest::newRow("lower-case verbs") << "" << QByteArray("ehlo x\r\nmail from:<a@b.test>\r\nrcpt to:<c@d.test>\r\n")
                                      << QStringList{"250", "250 2.1.0", "250 2.1.5"};
    QTest::newRow("EHLO without name") << "" << QByteArray("EHLO\r\n") << QStringList{"501 5.5.4"};
    QTest::newRow("MAIL without brackets") << "" << ehlo + "MAIL FROM:a@b.test\r\n" << QStringList{"250", "501 5.5.4"};
    QTest::newRow("MAIL TO:") << "" << ehlo + "MAIL TO:<a@b.test>\r\n" << QStringList{"250", "501 5.5.4"};
    QTest::newRow("MAIL bad address") << "" << ehlo + "MAIL FROM:<a@@b.test>\r\n" << QStringList{"250", "501 5.1.7"};
    QTest::newRow("RCPT bad address") << "" << ehlo + mail + "RCPT TO:<a b@c.test>\r\n"
                                      << QStringList{"250", "250 2.1.0", "501 5.1.3"};
    QTest::newRow("RCPT null path") << "" << ehlo + mail + "RCPT TO:<>\r\n" << QStringList{"250", "250 2.1.0", "501 5.1.3"};
    QTest::newRow("MAIL null path") << "" << ehlo + "MAIL FROM:<>\r\n" << QStringList{"250", "250 2.1.0"};
    QTest::newRow("source route") << "" << ehlo + "MAIL FROM:<@relay.test,@r2.test:a@b.test>\r\n"
                                  << QStringList{"250", "250 2.1.0"};
    QTest::newRow("RCPT Postmaster") << "strict" << ehlo + mail + "RCPT TO:<Postmaster>\r\n"
                                     << QStringList{"250", "250 2.1.0", "250 2.1.5"};
    QTest::newRow("unknown MAIL parameter") << "" << ehlo + "MAIL FROM:<a@b.test> FOO=1\r\n" << QStringList{"250", "555 5.5.4"};
    QTest::newRow("SIZE too big") << "smallsize" << ehlo + "MAIL FROM:<a@b.test> SIZE=11\r\n" << QStringList{"250", "552 5.3.4"};
    QTest::newRow("SIZE fits") << "smallsize" << ehlo + "MAIL FROM:<a@b.test> SIZE=10\r\n" << QStringList{"250", "250 2.1.0"};
    QTest::newRow("SIZE not a number") << "" << ehlo + "MAIL FROM:<a@b.test> SIZE=x\r\n" << QStringList{"250", "501 5.5.4"};
    QTest::newRow("BODY=8BITMIME") << "" << ehlo + "MAIL FROM:<a@b.test> BODY=8BITMIME\r\n" << QStringList{"250", "250 2.1.0"};
    QTest::newRow("BODY=BINARYMIME") << "" << ehlo + "MAIL FROM:<a@b.test> BODY=BINARYMIME\r\n" << QStringList{"250", "501 5.5.4"};
    QTest::newRow("UTF-8 sender without SMTPUTF8") << "" << ehlo + "MAIL FROM:<j\xc3\xb6rg@b.test>\r\n" << QStringList{"250", "553 5.6.7"};
    QTest::newRow("UTF-8 sender with SMTPUTF8") << "" << ehlo + "MAIL FROM:<j\xc3\xb6rg@b.test> SMTPUTF8\r\n" << QStringList{"250", "250 2.1.0"};
    QTest::newRow("DSN parameters") << "" << ehlo + "MAIL FROM:<a@b.test> RET=HDRS ENVID=x1\r\nRCPT TO:<c@d.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;c@d.test\r\n"
                                    << QStringList{"250", "250 2.1.0", "250 2.1.5"};
    QTest::newRow("NOTIFY=NEVER,SUCCESS") << "" << ehlo + mail + "RCPT TO:<c@d.test> NOTIFY=NEVER,SUCCESS\r\n"
                                          << QStringList{"250", "250 2.1.0", "501 5.5.4"};
    QTest::newRow("too many recipients") << "tworcpt" << ehlo + mail + rcpt + rcpt + rcpt
                                         << QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.1.5", "452 4.5.3"};
    QTest::newRow("DATA with argument") << "" << ehlo + mail + rcpt + "DATA now\r\n"
                                        << QStringList{"250", "250 2.1.0", "250 2.1.5", "501 5.5.4"};
    QTest::newRow("line too long") << "" << "NOOP " + QByteArray(600, 'x') + "\r\nNOOP\r\n" << QStringList{"500 5.5.6", "250 2.0.0"};
    QTest::newRow("MAIL may be longer") << "" << ehlo + "MAIL FROM:<a@b.test> ENVID=" + QByteArray(600, 'x') + "\r\n"
                                        << QStringList{"250", "250 2.1.0"};
    QTest::newRow("BDAT without MAIL") << "" << ehlo + "BDAT 5\r\nhelloNOOP\r\n" << QStringList{"250", "503 5.5.1", "250 2.0.0"};
    QTest::newRow("BDAT without RCPT") << "" << ehlo + mail + "BDAT 3 LAST\r\nabcNOOP\r\n"
                                       << QStringList{"250", "250 2.1.0", "503 5.5.1", "250 2.0.0"};
    QTest::newRow("DATA after BDAT") << "" << ehlo + mail + rcpt + "BDAT 3\r\nabcDATA\r\n"
                                     << QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.0.0", "503 5.5.1"};
    QTest::newRow("BDAT syntax") << "" << ehlo + mail + rcpt + "BDAT x\r\n"
                                 << QStringList{"250", "250 2.1.0", "250 2.1.5", "501 5.5.4"};
    QTest::newRow("BDAT with CHUNKING off") << "nochunking" << ehlo + mail + rcpt + "BDAT 2 LAST\r\nabNOOP\r\n"
                                            << QStringList{"250", "250 2.1.0", "250 2.1.5", "502 5.5.1", "250 2.0.0"};
    QTest::newRow("RCPT after BDAT") << "" << ehlo + mail + rcpt + "BDAT 1\r\na" + rcpt
                                     << QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.0.0", "503 5.5.1"};
    QTest::newRow("LHLO in SMTP") << "" << QByteArray("LHLO x\r\n") << QStringList{"500 5.5.1"};
    QTest::newRow("EHLO in LMTP") << "lmtp" << QByteArray("EHLO x\r\nHELO x\r\nLHLO x\r\n")
                                  << QStringList{"500 5.5.1", "500 5.5.1", "250"};
    QTest::newRow("HELO then MAIL") << "" << "HELO x\r\n" + mail << QStringList{"250", "250 2.1.0"};
    QTest::newRow("STARTTLS not offered") << "" << ehlo + "STARTTLS\r\n" << QStringList{"250", "502 5.5.1"};
    QTest::newRow("STARTTLS with argument") << "tls" << ehlo + "STARTTLS now\r\n" << QStringList{"250", "501 5.5.4"};
    QTest::newRow("STARTTLS before EHLO") << "tls" << QByteArray("STARTTLS\r\n") << QStringList{"503 5.5.1"};
    QTest::newRow("STARTTLS in transaction") << "tls" << ehlo + mail + "STARTTLS\r\n" << QStringList{"250", "250 2.1.0", "503 5.5.1"};
    QTest::newRow("AUTH without users") << "" << ehlo + "AUTH PLAIN\r\n" << QStringList{"250", "502 5.5.1"};
    QTest::newRow("AUTH before EHLO") << "users" << QByteArray("AUTH PLAIN\r\n") << QStringList{"503 5.5.1"};
    QTest::newRow("AUTH unknown mechanism") << "users" << ehlo + "AUTH FOO\r\n" << QStringList{"250", "504 5.5.4"};
    QTest::newRow("AUTH in transaction") << "users" << ehlo + mail + "AUTH PLAIN\r\n" << QStringList{"250", "250 2.1.0", "503 5.5.1"};
    QTest::newRow("AUTH cancelled") << "users" << ehlo + "AUTH PLAIN\r\n*\r\n" << QStringList{"250", "334", "501 5.0.0"};
    QTest::newRow("AUTH bad base64") << "users" << ehlo + "AUTH PLAIN !!!\r\n" << QStringList{"250", "501 5.5.2"};
    QTest::newRow("AUTH wrong password") << "users" << ehlo + "AUTH PLAIN " + QByteArray("\0alice\0wrong", 12).toBase64() + "\r\n"
                                         << QStringList{"250", "535 5.7.8"};
    QTest::newRow("AUTH before TLS") << "users-tlsonly" << ehlo + "AUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n"
                                     << QStringList{"250", "538 5.7.11"};
    QTest::newRow("VRFY without argument") << "" << QByteArray("VRFY\r\n") << QStringList{"501 5.5.4"};
    QTest::newRow("RSET with argument") << "" << QByteArray("RSET x\r\n") << QStringList{"501 5.5.4"};
    QTest::newRow("NOOP with argument") << "" << QByteArray("NOOP hello\r\n") << QStringList{"250 2.0.0"};
    QTest::newRow("HELP") << "" << QByteArray("HELP\r\n") << QStringList{"214 2.0.0"};
    QTest::newRow("no enhanced codes") << "noenhanced" << QByteArray("FROB\r\nMAIL FROM:<a@b.test>\r\n") << QStringList{"500", "503"};
    QTest::newRow("bare LF command") << "" << QByteArray("NOOP\n") << QStringList{"250 2.0.0"};
}

void TestServerEngine::sequences()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    Harness h(::profile(profile));
    h.start();
    QCOMPARE(h.replies.size(), 1);
    QCOMPARE(h.replies.first().code, 220);
    h.replies.clear();
    h.feed(input);
    QCOMPARE(h.codes(), expected);
    QVERIFY(!h.closed);
}

void TestServerEngine::greetingAndEhlo()
{
    Harness h;
    h.start();
    QCOMPARE(h.wire, QByteArray("220 localhost ESMTP Postscope sandbox\r\n"));
    h.wire.clear();
    h.feed("EHLO client.test\r\n");
    QCOMPARE(h.wire, QByteArray("250-localhost Hello client.test\r\n"
                                "250-PIPELINING\r\n"
                                "250-SIZE 104857600\r\n"
                                "250-VRFY\r\n"
                                "250-EXPN\r\n"
                                "250-8BITMIME\r\n"
                                "250-SMTPUTF8\r\n"
                                "250-DSN\r\n"
                                "250-ENHANCEDSTATUSCODES\r\n"
                                "250-CHUNKING\r\n"
                                "250 HELP\r\n"));
    // Switched-off extensions are not announced.
    ServerConfig c = withUsers();
    c.tlsAvailable = true;
    c.extensions &= ~ServerExtensions(ServerExtension::Pipelining | ServerExtension::Size);
    Harness h2(c);
    h2.start();
    h2.feed("EHLO x\r\n");
    QVERIFY(!h2.wire.contains("PIPELINING"));
    QVERIFY(!h2.wire.contains("SIZE"));
    QVERIFY(h2.wire.contains("250-STARTTLS\r\n"));
    QVERIFY(h2.wire.contains("250-AUTH SCRAM-SHA-256 CRAM-MD5 PLAIN LOGIN\r\n"));
}

void TestServerEngine::pipelinedRepliesInOrder()
{
    // RFC 2920 3.1: one buffer, many commands, replies in order.
    ServerConfig c;
    c.maxErrors = 1000;   // one refused RCPT per message is on purpose here
    Harness h(c);
    h.start();
    h.replies.clear();
    QByteArray in = "EHLO x\r\n";
    for (int i = 0; i < 50; ++i) {
        in += "MAIL FROM:<s" + QByteArray::number(i) + "@x.test>\r\nRCPT TO:<r@x.test>\r\nRCPT TO:<bad>\r\nDATA\r\n"
              "Subject: " + QByteArray::number(i) + "\r\n\r\nbody\r\n.\r\n";
    }
    in += "QUIT\r\n";
    h.feed(in);
    QCOMPARE(h.messages.size(), 50);
    QCOMPARE(h.replies.size(), 1 + 50 * 5 + 1);
    for (int i = 0; i < 50; ++i) {
        const int base = 1 + i * 5;
        QCOMPARE(h.replies[base].code, 250);
        QCOMPARE(h.replies[base + 1].code, 250);
        QCOMPARE(h.replies[base + 2].code, 501);
        QCOMPARE(h.replies[base + 3].code, 354);
        QCOMPARE(h.replies[base + 4].code, 250);
        QCOMPARE(h.messages[i].mailFrom.address, "s" + QByteArray::number(i) + "@x.test");
        QCOMPARE(h.messages[i].data, "Subject: " + QByteArray::number(i) + "\r\n\r\nbody\r\n");
    }
    QCOMPARE(h.replies.last().code, 221);
    QVERIFY(h.closed);
}

void TestServerEngine::dataEndOnlyCrLfDotCrLf()
{
    // SMTP smuggling: none of these look-alikes may end the data.
    const QByteArray lookAlikes = "a\n.\nb\r\n"
                                  "c\r\n.\nd\r\n"
                                  "e\n.\r\nf\r\n"
                                  "g\r.\r\nh\r\n"
                                  "i\r\n.\rj\r\n"
                                  "MAIL FROM:<smuggled@x.test>\r\n";
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    h.feed(lookAlikes);
    QCOMPARE(h.messages.size(), 0);
    h.feed(".\r\nNOOP\r\n");
    QCOMPARE(h.messages.size(), 1);
    // Nothing ended the data early, and the smuggled MAIL stayed message text.
    // (unstuff() takes a dot after a bare LF as stuffing, as Postfix reads it.)
    QCOMPARE(h.messages[0].data, QByteArray("a\n\nb\r\n"
                                            "c\r\n\nd\r\n"
                                            "e\n\r\nf\r\n"
                                            "g\r.\r\nh\r\n"
                                            "i\r\n\rj\r\n"
                                            "MAIL FROM:<smuggled@x.test>\r\n"));
    QCOMPARE(h.codes().mid(5), (QStringList{"250 2.0.0", "250 2.0.0"}));
}

void TestServerEngine::dataUnstuffedAndSplitAnywhere()
{
    // RFC 5321 4.5.2: a leading dot is removed; the end mark may arrive in pieces.
    const QByteArray stuffed = "..leading dot\r\n...two\r\nplain\r\n.\r\n";
    for (int split = 0; split <= stuffed.size(); ++split) {
        Harness h;
        h.start();
        h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
        h.feed(stuffed.left(split));
        h.feed(stuffed.mid(split));
        QCOMPARE(h.messages.size(), 1);
        QCOMPARE(h.messages[0].data, QByteArray(".leading dot\r\n..two\r\nplain\r\n"));
    }
    // Byte by byte.
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (char c : stuffed)
        h.feed(QByteArrayView(&c, 1));
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray(".leading dot\r\n..two\r\nplain\r\n"));
}

void TestServerEngine::emptyMessage()
{
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n.\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray());
    QCOMPARE(h.replies.last().code, 250);
}

void TestServerEngine::bdatBinaryExact()
{
    Harness h;
    h.start();
    QByteArray chunk1("\0\r\n.\r\nbinary\n", 14);
    QByteArray chunk2 = QByteArray("QUIT\r\n");   // looks like a command, is data
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT " + QByteArray::number(chunk1.size()) + "\r\n"
           + chunk1 + "BDAT " + QByteArray::number(chunk2.size()) + " LAST\r\n" + chunk2 + "NOOP\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, chunk1 + chunk2);
    QVERIFY(h.messages[0].chunked);
    QCOMPARE(h.codes().mid(1), (QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.0.0", "250 2.0.0", "250 2.0.0"}));
    QVERIFY(!h.closed);
}

void TestServerEngine::bdatZeroLast()
{
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 3\r\nabcBDAT 0 LAST\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray("abc"));
    // BDAT 0 LAST on its own: an empty message.
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 0 LAST\r\n");
    QCOMPARE(h.messages.size(), 2);
    QCOMPARE(h.messages[1].data, QByteArray());
    QCOMPARE(h.replies.last().code, 250);
}

void TestServerEngine::bdatRefusedChunkIsConsumed()
{
    // RFC 3030 2: a refused chunk's octets are read anyway, and the rest of
    // the message fails too; a new transaction works after it.
    ServerConfig c;
    c.maxMessageSize = 5;
    Harness h(c);
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 4\r\nabcdBDAT 4\r\nMAILBDAT 1 LAST\r\nxNOOP\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"250", "250 2.1.0", "250 2.1.5", "250 2.0.0", "552 5.3.4", "552 5.3.4", "250 2.0.0"}));
    QCOMPARE(h.messages.size(), 0);
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 2 LAST\r\nok");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray("ok"));
}

void TestServerEngine::sizeLimitOnData()
{
    ServerConfig c;
    c.maxMessageSize = 100;
    Harness h(c);
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int i = 0; i < 100; ++i)
        h.feed(QByteArray(50, 'x') + "\r\n");
    h.feed(".\r\nNOOP\r\n");
    QCOMPARE(h.messages.size(), 0);
    QCOMPARE(h.codes().mid(4), (QStringList{"354", "552 5.3.4", "250 2.0.0"}));
    QCOMPARE(h.engine.state(), ServerState::Identified);
}

void TestServerEngine::longLineWithoutEnd()
{
    // RFC 5321 4.5.3.1.4 / 4.5.3.1.10: an endless line is dropped and answered once.
    Harness h;
    h.start();
    h.replies.clear();
    for (int i = 0; i < 10; ++i)
        h.feed(QByteArray(4000, 'A'));
    QVERIFY(h.engine.bufferedSize() < 20000);
    h.feed("\r\nNOOP\r\n");
    QCOMPARE(h.codes(), (QStringList{"500 5.5.6", "250 2.0.0"}));
}

void TestServerEngine::quitClosesAndIgnoresRest()
{
    Harness h;
    h.start();
    h.feed("QUIT\r\nNOOP\r\n");
    QCOMPARE(h.codes().mid(1), QStringList{"221 2.0.0"});
    QVERIFY(h.closed);
    QVERIFY(h.engine.isClosed());
    h.feed("NOOP\r\n");
    QCOMPARE(h.replies.size(), 2);
}

void TestServerEngine::startTlsDiscardsInjectedAndForgetsEhlo()
{
    Harness h(profile(QStringLiteral("tls")));
    h.start();
    // RFC 3207 5: the pipelined MAIL is plaintext injection: discarded.
    h.feed("EHLO x\r\nSTARTTLS\r\nMAIL FROM:<injected@x.test>\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"250", "220 2.0.0"}));
    QVERIFY(h.tlsRequested);
    QCOMPARE(h.engine.state(), ServerState::StartingTls);
    QVERIFY(!h.notes.isEmpty());
    h.feed("MAIL FROM:<more@x.test>\r\n");
    QCOMPARE(h.replies.size(), 3);
    h.engine.tlsEstablished();
    h.pump();
    QVERIFY(h.engine.isEncrypted());
    // RFC 3207 4.2: EHLO is forgotten.
    h.feed("MAIL FROM:<a@x.test>\r\nEHLO x\r\nSTARTTLS\r\n");
    QCOMPARE(h.codes().mid(3), (QStringList{"503 5.5.1", "250", "503 5.5.1"}));
    QVERIFY(!h.wire.mid(h.wire.lastIndexOf("250-localhost")).contains("STARTTLS\r\n250"));
}

void TestServerEngine::authPlainLoginCram()
{
    {
        Harness h(withUsers());
        h.start();
        h.feed("EHLO x\r\nAUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n");
        QCOMPARE(h.codes().mid(1), (QStringList{"250", "235 2.7.0"}));
        QCOMPARE(h.engine.authenticatedUser(), QStringLiteral("alice"));
        h.feed("AUTH PLAIN\r\n");
        QCOMPARE(h.replies.last().code, 503);
    }
    {
        Harness h(withUsers());
        h.start();
        h.feed("EHLO x\r\nAUTH LOGIN\r\n");
        QCOMPARE(h.replies.last().code, 334);
        QCOMPARE(QByteArray::fromBase64(h.replies.last().lines.first()), QByteArray("Username:"));
        h.feed(QByteArray("alice").toBase64() + "\r\n");
        QCOMPARE(h.replies.last().code, 334);
        h.feed(QByteArray("s3cret").toBase64() + "\r\n");
        QCOMPARE(h.codes().last(), QStringLiteral("235 2.7.0"));
    }
    {
        Harness h(withUsers());
        h.start();
        h.feed("EHLO x\r\nAUTH CRAM-MD5\r\n");
        QCOMPARE(h.replies.last().code, 334);
        const QByteArray challenge = QByteArray::fromBase64(h.replies.last().lines.first());
        QVERIFY(challenge.startsWith('<') && challenge.endsWith('>'));
        const QByteArray digest = auth::hmac(QStringLiteral("md5"), "s3cret", challenge).toHex();
        QVERIFY(!digest.isEmpty());
        h.feed(("alice " + digest).toBase64() + "\r\n");
        QCOMPARE(h.codes().last(), QStringLiteral("235 2.7.0"));
    }
    {
        // TLS-only AUTH works after the handshake.
        Harness h(profile(QStringLiteral("users-tlsonly")));
        h.start();
        h.feed("EHLO x\r\n");
        QVERIFY(!h.wire.contains("AUTH"));
        h.feed("STARTTLS\r\n");
        h.engine.tlsEstablished();
        h.feed("EHLO x\r\nAUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n");
        QCOMPARE(h.codes().last(), QStringLiteral("235 2.7.0"));
    }
}

void TestServerEngine::authRedactedInEvents()
{
    Harness h(withUsers());
    h.start();
    const QByteArray secret = QByteArray("\0alice\0s3cret", 13).toBase64();
    h.feed("EHLO x\r\nAUTH PLAIN " + secret + "\r\n");
    Harness login(withUsers());
    login.start();
    login.feed("EHLO x\r\nAUTH LOGIN\r\n");
    login.feed(QByteArray("alice").toBase64() + "\r\n" + QByteArray("s3cret").toBase64() + "\r\n");
    QCOMPARE(login.replies.last().code, 235);
    h.commands += login.commands;
    for (const QByteArray &c : std::as_const(h.commands)) {
        QVERIFY2(!c.contains(secret) && !c.contains(QByteArray("s3cret").toBase64()), c.constData());
    }
    QVERIFY(h.commands.contains("AUTH PLAIN ********"));
}

void TestServerEngine::lmtpRepliesPerRecipient()
{
    Harness h(profile(QStringLiteral("lmtp")));
    h.verdicts = {Reply(), Reply::make(452, QByteArray("4.2.2 Mailbox full")), Reply()};
    h.start();
    QVERIFY(h.wire.startsWith("220 localhost LMTP"));
    h.feed("LHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT TO:<bad@>\r\nRCPT TO:<r2@x.test>\r\n"
           "RCPT TO:<r3@x.test>\r\nDATA\r\nhello\r\n.\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"250", "250 2.1.0", "250 2.1.5", "501 5.1.3", "250 2.1.5", "250 2.1.5", "354",
                                            "250 2.0.0", "452 4.2.2", "250 2.0.0"}));
    QVERIFY(h.replies[8].lines.first().contains("<r1@x.test>"));
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].recipients.size(), 3);
    // BDAT LAST in LMTP: one reply per recipient too.
    h.verdicts.clear();
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT TO:<r2@x.test>\r\nBDAT 2 LAST\r\nhi");
    QCOMPARE(h.codes().mid(11), (QStringList{"250 2.1.0", "250 2.1.5", "250 2.1.5", "250 2.0.0", "250 2.0.0"}));
}

void TestServerEngine::vrfyExpnReplies()
{
    Harness h(profile(QStringLiteral("directory")));
    h.start();
    h.feed("VRFY alice@example.test\r\nVRFY <alice@example.test>\r\nVRFY alice\r\nVRFY bob\r\nVRFY nobody@example.test\r\n"
           "EXPN staff\r\nEXPN nobody\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"250 2.1.5", "250 2.1.5", "250 2.1.5", "553 5.1.4", "550 5.1.1",
                                            "250 2.1.5", "550 5.1.1"}));
    QCOMPARE(h.replies[4].lines.size(), 3);   // ambiguous: the possibilities
    const Reply expn = h.replies[6];
    QCOMPARE(expn.lines, (QList<QByteArray>{"2.1.5 <alice@example.test>", "2.1.5 <bob@example.test>"}));

    Harness off(profile(QStringLiteral("novrfy")));
    off.start();
    off.feed("VRFY alice@example.test\r\nEXPN staff\r\n");
    QCOMPARE(off.codes().mid(1), (QStringList{"252 2.5.0", "252 2.5.0"}));
}

void TestServerEngine::faultHook()
{
    Harness h;
    int rcpts = 0;
    h.engine.setInterventionHook([&rcpts](const Checkpoint &cp) {
        Intervention iv;
        if (cp.verb == "RCPT" && ++rcpts == 2) {
            iv.action = Intervention::Action::Reply;
            iv.reply = Reply::make(550, QByteArray("5.1.1 No such user"));
        }
        if (cp.verb == "DATA")
            iv.delayMs = 1500;
        if (cp.verb == "NOOP" && cp.argument == "bye")
            iv.action = Intervention::Action::Disconnect;
        if (cp.stage == Checkpoint::Stage::Body && cp.verb == "BODY") {
            iv.action = Intervention::Action::Reply;
            iv.reply = Reply::make(451, QByteArray("4.3.0 Try later"));
        }
        return iv;
    });
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nRCPT TO:<c@x.test>\r\nDATA\r\nhello\r\n.\r\nNOOP\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"250", "250 2.1.0", "250 2.1.5", "550 5.1.1"}));
    QCOMPARE(h.pauses, QList<int>{1500});
    QVERIFY(h.engine.isPaused());
    h.engine.resume();
    h.pump();
    QCOMPARE(h.codes().mid(5), (QStringList{"354", "451 4.3.0", "250 2.0.0"}));
    QCOMPARE(h.messages.size(), 0);
    h.feed("NOOP bye\r\nNOOP\r\n");
    QVERIFY(h.closed);
    QCOMPARE(h.replies.size(), 8);
}

void TestServerEngine::greeting554OnlyQuit()
{
    Harness h;
    h.engine.setInterventionHook([](const Checkpoint &cp) {
        Intervention iv;
        if (cp.stage == Checkpoint::Stage::Greeting) {
            iv.action = Intervention::Action::Reply;
            iv.reply = Reply::make(554, QByteArray("5.3.2 No service"));
        }
        return iv;
    });
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nQUIT\r\n");
    // RFC 5321 3.1: after 554 only QUIT.
    QCOMPARE(h.codes(), (QStringList{"554 5.3.2", "503 5.5.1", "503 5.5.1", "221 2.0.0"}));

    Harness h421;
    h421.engine.setInterventionHook([](const Checkpoint &cp) {
        Intervention iv;
        if (cp.stage == Checkpoint::Stage::Greeting) {
            iv.delayMs = 10;
            iv.action = Intervention::Action::Reply;
            iv.reply = Reply::make(421, QByteArray("4.3.2 Go away"));
        }
        return iv;
    });
    h421.start();
    QVERIFY(h421.replies.isEmpty());
    QCOMPARE(h421.pauses, QList<int>{10});
    h421.engine.resume();
    h421.pump();
    QCOMPARE(h421.codes(), QStringList{"421 4.3.2"});
    QVERIFY(h421.closed);
}

void TestServerEngine::tooManyErrorsCloses()
{
    Harness h(profile(QStringLiteral("fewerrors")));
    h.start();
    h.feed("A\r\nB\r\nC\r\nD\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"500 5.5.2", "500 5.5.2", "500 5.5.2", "421 4.7.0"}));
    QVERIFY(h.closed);
}

QTEST_GUILESS_MAIN(TestServerEngine)
#include "tst_serverengine.moc"
