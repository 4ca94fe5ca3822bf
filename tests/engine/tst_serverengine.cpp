// The server engine, driven byte for byte: every bad sequence with its exact
// reply code and enhanced code (RFC 5321 4.1.4, 4.2, 4.5.3; RFC 3030;
// RFC 3207; RFC 4954; RFC 2033), data end detection and the fault hook.
#include "auth/qca.h"
#include "engine/serverengine.h"
#include "protocol/command.h"

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
    QList<QByteArray> commandLines; // CommandReceived's line, as a transcript records it
    QList<QString> notes;
    int maxEventsPerTake = 0; // the most events one takeEvents() returned
    qsizetype maxOutputPerTake = 0;
    QByteArray wire;
    bool closed = false;
    bool tlsRequested = false;
    bool autoDeliver = true;
    QList<Reply> verdicts;

    void pump()
    {
        while (engine.hasEvents() || engine.hasOutgoing() || engine.isHoldingBack()) {
            // Backpressure: an engine that held input back goes on once its
            // output and events have been taken.
            if (!engine.hasEvents() && !engine.hasOutgoing()) {
                engine.processBuffered();
                continue;
            }
            const QByteArray out = engine.takeOutgoing();
            maxOutputPerTake = qMax(maxOutputPerTake, out.size());
            wire += out;
            const QList<ServerEvent> events = engine.takeEvents();
            maxEventsPerTake = qMax(maxEventsPerTake, int(events.size()));
            for (const ServerEvent &e : events) {
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
                    commandLines << e.line;
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
    void dataEndOnlyCrLfDotCrLf_data();
    void dataEndOnlyCrLfDotCrLf();
    void bareLineFeedRejectedSessionGoesOn();
    void dotAfterNulKept();
    void controlCharacters_data();
    void controlCharacters();
    void authVariantsRedactedBeforeEvents_data();
    void authVariantsRedactedBeforeEvents();
    void duplicateRecipientsStoredOnce();
    void duplicateRecipientsLmtp();
    void transactionBytesBounded();
    void floodHeldBackInBoundedSlices();
    void clientWaitPhases();
    void closeWithReply();
    void startTlsWithoutTlsRefused();
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
    void bdatChunkAfterRefusedGreeting();
    void bdatFaultReplyFailsMessage_data();
    void bdatFaultReplyFailsMessage();
    void lmtpRefusedMessageRepliesPerRecipient_data();
    void lmtpRefusedMessageRepliesPerRecipient();
    void replyLinesWithin512_data();
    void replyLinesWithin512();
    void longSaslResponseEndsExchange_data();
    void longSaslResponseEndsExchange();
    void tooManyErrorsCloses();
    void misbehaviourExactBytes_data();
    void misbehaviourExactBytes();
    void misbehaviourNames();
    void unsafeBareLfEndSmuggles();
    void exactEndDoesNotSmuggle();
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

void TestServerEngine::dataEndOnlyCrLfDotCrLf_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("bareLineFeeds");

    // None of these look-alikes may end the data, in any mode.
    // Keep: only CRLF ends a line, so only a dot right after CRLF is stuffing.
    QTest::newRow("keep") << int(protocol::BareLineFeed::Keep) << true
                          << QByteArray("a\n.\nb\r\n"
                                        "c\r\n\nd\r\n"
                                        "e\n.\r\nf\r\n"
                                        "g\r.\r\nh\r\n"
                                        "i\r\n\rj\r\n"
                                        "MAIL FROM:<smuggled@x.test>\r\n")
                          << 4;
    // Normalize: a bare LF is read as CRLF, but "LF . CRLF" is a "." line.
    QTest::newRow("normalize") << int(protocol::BareLineFeed::Normalize) << true
                               << QByteArray("a\r\n.\r\nb\r\n"
                                             "c\r\n.\r\nd\r\n"
                                             "e\r\n.\r\nf\r\n"
                                             "g\r.\r\nh\r\n"
                                             "i\r\n\rj\r\n"
                                             "MAIL FROM:<smuggled@x.test>\r\n")
                               << 4;
    // Reject (the default): refused whole, nothing stored.
    QTest::newRow("reject") << int(protocol::BareLineFeed::Reject) << false << QByteArray() << 4;
}

void TestServerEngine::dataEndOnlyCrLfDotCrLf()
{
    QFETCH(int, policy);
    QFETCH(bool, stored);
    QFETCH(QByteArray, content);
    QFETCH(int, bareLineFeeds);
    // SMTP smuggling: none of these look-alikes may end the data.
    const QByteArray lookAlikes = "a\n.\nb\r\n"
                                  "c\r\n.\nd\r\n"
                                  "e\n.\r\nf\r\n"
                                  "g\r.\r\nh\r\n"
                                  "i\r\n.\rj\r\n"
                                  "MAIL FROM:<smuggled@x.test>\r\n";
    ServerConfig c;
    c.bareLineFeeds = protocol::BareLineFeed(policy);
    // Split at every position: the decoder's state must not depend on where
    // the reads end.
    for (int split = 0; split <= lookAlikes.size(); ++split) {
        Harness h(c);
        h.start();
        h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
        h.feed(lookAlikes.left(split));
        h.feed(lookAlikes.mid(split));
        QCOMPARE(h.messages.size(), 0);
        QCOMPARE(h.replies.size(), 5); // nothing ended the data early
        h.feed(".\r\nNOOP\r\n");
        QCOMPARE(h.messages.size(), stored ? 1 : 0);
        if (stored) {
            QCOMPARE(h.messages[0].data, content);
            QCOMPARE(h.messages[0].bareLineFeeds, bareLineFeeds);
            QCOMPARE(h.messages[0].bareLineFeedHandling, protocol::BareLineFeed(policy));
            QCOMPARE(h.codes().mid(5), (QStringList {"250 2.0.0", "250 2.0.0"}));
        } else {
            QCOMPARE(h.codes().mid(5), (QStringList {"554 5.5.2", "250 2.0.0"}));
        }
        QVERIFY(!h.closed);
    }
}

void TestServerEngine::bareLineFeedRejectedSessionGoesOn()
{
    // The default, as Postfix >= 3.9: a bare LF refuses the message with a
    // clear reply after the (unambiguous) end of data; the session goes on.
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nSubject: "
           "x\n\nbody\r\n.\r\n");
    QCOMPARE(h.messages.size(), 0);
    QCOMPARE(h.codes().last(), QStringLiteral("554 5.5.2"));
    QVERIFY(h.replies.last().lines.first().contains("bare <LF>"));
    QCOMPARE(h.engine.state(), ServerState::Identified);
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nSubject: x\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray("Subject: x\r\n\r\nbody\r\n"));
    QCOMPARE(h.messages[0].bareLineFeeds, 0);
}

void TestServerEngine::dotAfterNulKept()
{
    // RFC 5321 4.5.2: only a "." that is the first octet of a line is removed;
    // one after NULs is data and stays.
    Harness h;
    h.start();
    const QByteArray body("\0.x\r\n\0\0..y\r\n", 12);
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n" + body + ".\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, body);
}

void TestServerEngine::controlCharacters_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::newRow("HELO NUL") << QByteArray("HELO \0\r\n", 8) << "501 5.5.2";
    QTest::newRow("EHLO NUL inside") << QByteArray("EHLO a\0b\r\n", 10) << "501 5.5.2";
    QTest::newRow("NUL in verb") << QByteArray("NO\0OP\r\n", 7) << "500 5.5.2";
    QTest::newRow("lone CR in verb") << QByteArray("NOOP\r\r\n") << "500 5.5.2";
    QTest::newRow("lone CR in argument") << QByteArray("NOOP a\rb\r\n") << "501 5.5.2";
    QTest::newRow("ESC in argument") << QByteArray("VRFY \x1b[2Jx@y.test\r\n") << "501 5.5.2";
    QTest::newRow("BEL") << QByteArray("HELO x\x07\r\n") << "501 5.5.2";
    QTest::newRow("DEL") << QByteArray("HELO x\x7f\r\n") << "501 5.5.2";
    QTest::newRow("MAIL with NUL") << QByteArray("MAIL FROM:<a@x.test>\0\r\n", 23) << "501 5.5.2";
    QTest::newRow("TAB in HELO") << QByteArray("HELO a\tb\r\n") << "501 5.5.4";
    QTest::newRow("TAB as separator") << QByteArray("NOOP\tx\r\n") << "500 5.5.2";
    QTest::newRow("8-bit is no control") << QByteArray("NOOP \xc3\xa9\r\n") << "250 2.0.0";
}

void TestServerEngine::controlCharacters()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    Harness h;
    h.start();
    h.feed(line);
    h.feed("NOOP\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList {code, "250 2.0.0"}));
    QCOMPARE(h.engine.helo(), QByteArray()); // HELO with a control was not taken
}

void TestServerEngine::authVariantsRedactedBeforeEvents_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("shown");
    const QByteArray secret = QByteArray("\0alice\0s3cret", 13).toBase64();
    QTest::newRow("plain") << "AUTH PLAIN " + secret + "\r\n" << QByteArray("AUTH PLAIN ********");
    QTest::newRow("lower case") << "auth plain " + secret + "\r\n"
                                << QByteArray("auth plain ********");
    QTest::newRow("tab") << "AUTH\tPLAIN " + secret + "\r\n" << QByteArray("AUTH PLAIN ********");
    QTest::newRow("leading space") << " AUTH PLAIN " + secret + "\r\n"
                                   << QByteArray("AUTH PLAIN ********");
    QTest::newRow("leading tab, two spaces") << "\tAuth  PLAIN  " + secret + "\r\n"
                                             << QByteArray("Auth PLAIN ********");
    QTest::newRow("NUL separator") << QByteArray("AUTH\0PLAIN ", 11) + secret + "\r\n"
                                   << QByteArray("AUTH PLAIN ********");
    QTest::newRow("bare LF") << "AUTH PLAIN " + secret + "\n" << QByteArray("AUTH PLAIN ********");
    QTest::newRow("no mechanism name") << "AUTH " + secret + "\r\n" << QByteArray("AUTH ********");
    QTest::newRow("AUTHX") << "AUTHPLAIN " + secret + "\r\n" << QByteArray("AUTH ********");
    QTest::newRow("no space") << "AUTH" + secret + "\r\n" << QByteArray("AUTH ********");
    QTest::newRow("too many words") << "AUTH PLAIN " + secret + " " + secret + "\r\n"
                                    << QByteArray("AUTH PLAIN ********");
    // After a 334, every line: the LOGIN user name and password.
    QTest::newRow("login continuation") << "AUTH LOGIN\r\n" + QByteArray("alice").toBase64()
            + "\r\n" + QByteArray("s3cret").toBase64()
            + "\r\n" << QByteArray("********");
    QTest::newRow("continuation with spaces") << "AUTH PLAIN\r\n " + secret + " \r\n"
                                              << QByteArray("********");
}

void TestServerEngine::authVariantsRedactedBeforeEvents()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, shown);
    ServerConfig c = withUsers();
    Harness h(c);
    h.start();
    h.feed("EHLO x\r\n");
    h.feed(input);
    const QList<QByteArray> secrets
        = {QByteArray("\0alice\0s3cret", 13).toBase64(), QByteArray("s3cret").toBase64(), "s3cret"};
    // Neither the display form nor the line itself (what a transcript
    // records as raw octets) may hold the credential.
    for (const QByteArray &line : std::as_const(h.commandLines)) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!line.contains(secret), line.constData());
    }
    QVERIFY2(h.commands.contains(shown), h.commands.join(" | ").constData());
}

void TestServerEngine::duplicateRecipientsStoredOnce()
{
    // 1000 RCPTs for one mailbox (the domain in any case): 250 to each, one copy.
    Harness h;
    h.start();
    QByteArray in = "EHLO x\r\nMAIL FROM:<a@x.test>\r\n";
    for (int i = 0; i < 1000; ++i)
        in += i % 2 ? "RCPT TO:<box@X.Test>\r\n" : "RCPT TO:<box@x.test>\r\n";
    in += "RCPT TO:<Box@x.test>\r\n"; // another local part: another mailbox (RFC 5321 2.4)
    h.feed(in);
    QCOMPARE(h.replies.size(), 1 + 1 + 1 + 1001);
    QCOMPARE(h.replies.last().code,
             452); // the 1001st RCPT: maxRecipients counts every accepted one
    h.replies.clear();
    ServerConfig c;
    c.maxRecipients = 2000;
    Harness h2(c);
    h2.start();
    h2.feed(in + "DATA\r\nSubject: dup\r\n\r\nhi\r\n.\r\n");
    QCOMPARE(h2.messages.size(), 1);
    QCOMPARE(h2.messages[0].recipients.size(), 2);
    QCOMPARE(h2.messages[0].recipients[0].address, QByteArray("box@x.test"));
    QCOMPARE(h2.messages[0].recipients[1].address, QByteArray("Box@x.test"));
    QCOMPARE(h2.messages[0].duplicateRecipients, 999);
    int accepted = 0;
    for (const Reply &r : std::as_const(h2.replies))
        accepted += r.code == 250 && r.lines.first().startsWith("2.1.5") ? 1 : 0;
    QCOMPARE(accepted, 1001);
    QVERIFY(h2.notes.filter(QStringLiteral("Duplicate recipient")).size() == 999);
    QCOMPARE(h2.codes().last(), QStringLiteral("250 2.0.0"));
}

void TestServerEngine::duplicateRecipientsLmtp()
{
    // RFC 2033 4.2: one reply per accepted RCPT after DATA, duplicates too,
    // each with the verdict for the mailbox it repeats.
    Harness h(profile(QStringLiteral("lmtp")));
    h.verdicts = {Reply(), Reply::make(452, QByteArray("4.2.2 Mailbox full"))};
    h.start();
    h.feed("LHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT TO:<r2@x.test>\r\nRCPT "
           "TO:<r1@X.TEST>\r\n"
           "RCPT TO:<r2@x.test>\r\nDATA\r\nhi\r\n.\r\n");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].recipients.size(), 2);
    QCOMPARE(h.codes().mid(8), (QStringList {"250 2.0.0", "452 4.2.2", "250 2.0.0", "452 4.2.2"}));
}

void TestServerEngine::transactionBytesBounded()
{
    ServerConfig c;
    c.maxTransactionBytes = 1000;
    {
        // 3 copies of 400 octets: over; nothing is handed over for storing.
        Harness h(c);
        h.start();
        h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT "
               "TO:<r2@x.test>\r\nRCPT TO:<r3@x.test>\r\n"
               "DATA\r\n"
               + QByteArray(398, 'x') + "\r\n.\r\nNOOP\r\n");
        QCOMPARE(h.messages.size(), 0);
        QCOMPARE(h.codes().mid(7), (QStringList {"552 5.3.4", "250 2.0.0"}));
        QVERIFY(h.replies[7].lines.first().contains("3 recipients"));
        // The same with BDAT.
        h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT TO:<r2@x.test>\r\nRCPT "
               "TO:<r3@x.test>\r\n"
               "BDAT 400 LAST\r\n"
               + QByteArray(400, 'y') + "NOOP\r\n");
        QCOMPARE(h.messages.size(), 0);
        QCOMPARE(h.codes().mid(13), (QStringList {"552 5.3.4", "250 2.0.0"}));
        // Two copies fit.
        h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<r1@x.test>\r\nRCPT TO:<r2@x.test>\r\nRCPT "
               "TO:<r1@x.test>\r\n"
               "DATA\r\n"
               + QByteArray(398, 'x') + "\r\n.\r\n");
        QCOMPARE(h.messages.size(), 1);
    }
    {
        // With SIZE= declared, the recipient that would go over gets 452 at once.
        Harness h(c);
        h.start();
        h.feed("EHLO x\r\nMAIL FROM:<a@x.test> SIZE=400\r\nRCPT TO:<r1@x.test>\r\nRCPT "
               "TO:<r2@x.test>\r\nRCPT TO:<r3@x.test>\r\n"
               "RCPT TO:<r1@x.test>\r\n");
        QCOMPARE(
            h.codes().mid(1),
            (QStringList {"250", "250 2.1.0", "250 2.1.5", "250 2.1.5", "452 4.5.3", "250 2.1.5"}));
    }
}

void TestServerEngine::floodHeldBackInBoundedSlices()
{
    // Six megabytes of pipelined NOOPs in one go: the engine handles them in
    // slices bounded by maxPendingOutput / maxPendingEvents, and holds the
    // rest until its output has been taken.
    const int n = 200000;
    QByteArray flood;
    for (int i = 0; i < n; ++i)
        flood += "NOOP\r\n";
    ServerConfig c;
    c.maxErrors = 1000000;
    ServerEngine engine(c);
    engine.start();
    engine.takeOutgoing();
    engine.takeEvents();
    engine.receive(flood);
    QVERIFY(engine.isHoldingBack());
    QVERIFY(!engine.wantsInput());
    QVERIFY(engine.bufferedSize() > 0);
    const QList<ServerEvent> first = engine.takeEvents();
    QVERIFY2(first.size() <= c.maxPendingEvents + 2, qPrintable(QString::number(first.size())));
    QVERIFY(engine.takeOutgoing().size() <= c.maxPendingOutput + 512);
    int replies = 0;
    for (const ServerEvent &e : first)
        replies += e.type == ServerEvent::Type::ReplySent ? 1 : 0;
    // Taken: it goes on, slice by slice, until every NOOP is answered.
    qsizetype wire = 0;
    while (engine.isHoldingBack()) {
        engine.processBuffered();
        const QList<ServerEvent> events = engine.takeEvents();
        QVERIFY(events.size() <= c.maxPendingEvents + 2);
        const QByteArray out = engine.takeOutgoing();
        QVERIFY(out.size() <= c.maxPendingOutput + 512);
        wire += out.size();
        for (const ServerEvent &e : events)
            replies += e.type == ServerEvent::Type::ReplySent ? 1 : 0;
    }
    QCOMPARE(replies, n);
    QCOMPARE(engine.bufferedSize(), 0);
    QVERIFY(engine.wantsInput());
    QVERIFY(wire > 0);
}

void TestServerEngine::clientWaitPhases()
{
    Harness h;
    QCOMPARE(h.engine.clientWait(), ClientWait::Nothing); // before the greeting
    h.start();
    QCOMPARE(h.engine.clientWait(), ClientWait::Command);
    h.feed("NO");
    QCOMPARE(h.engine.clientWait(), ClientWait::CommandLine);
    h.feed("OP\r\n");
    QCOMPARE(h.engine.clientWait(), ClientWait::Command);
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    QCOMPARE(h.engine.clientWait(), ClientWait::MessageData);
    h.feed("hi\r\n.\r\n");
    QCOMPARE(h.engine.clientWait(), ClientWait::Command);
    // Between BDAT chunks the message is still under way.
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 2\r\nab");
    QCOMPARE(h.engine.clientWait(), ClientWait::MessageData);
    h.feed("BDAT 0 LAST\r\n");
    QCOMPARE(h.engine.clientWait(), ClientWait::Command);
    // An endless line being discarded is still a command under way.
    h.feed(QByteArray(20000, 'A'));
    QCOMPARE(h.engine.clientWait(), ClientWait::CommandLine);
    h.feed("\r\n");
    QCOMPARE(h.engine.clientWait(), ClientWait::Command);
    // The server's own turn (delivery) is no wait for the client.
    h.autoDeliver = false;
    h.feed("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nx\r\n.\r\n");
    QCOMPARE(h.engine.state(), ServerState::Delivering);
    QCOMPARE(h.engine.clientWait(), ClientWait::Nothing);
    QVERIFY(!h.engine.wantsInput());

    Harness tls(profile(QStringLiteral("tls")));
    tls.start();
    tls.feed("EHLO x\r\nSTARTTLS\r\n");
    QCOMPARE(tls.engine.clientWait(), ClientWait::TlsHandshake);
    QVERIFY(!tls.engine.wantsInput());
}

void TestServerEngine::closeWithReply()
{
    Harness h;
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\npartial");
    h.engine.closeWith(
        h.engine.makeReply(421, "4.4.2", "localhost Message data not completed in time"));
    h.pump();
    QCOMPARE(h.codes().last(), QStringLiteral("421 4.4.2"));
    QVERIFY(h.closed);
    QVERIFY(h.messages.isEmpty());
    QCOMPARE(h.engine.clientWait(), ClientWait::Nothing);
}

void TestServerEngine::startTlsWithoutTlsRefused()
{
    // A connection without TLS (a Unix socket): STARTTLS is neither offered
    // nor attempted, and the session goes on.
    Harness h; // tlsAvailable = false, the extension on
    h.start();
    h.feed("EHLO x\r\n");
    QVERIFY(!h.wire.contains("STARTTLS"));
    h.feed("STARTTLS\r\nNOOP\r\n");
    QCOMPARE(h.codes().mid(2), (QStringList {"502 5.5.1", "250 2.0.0"}));
    QVERIFY(h.replies[2].lines.first().contains("no TLS on this connection"));
    QVERIFY(!h.tlsRequested);
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

// The regression tests below were found by tests/fuzz/fuzz_serverengine;
// each conversation is the smallest that shows the fault.

void TestServerEngine::bdatChunkAfterRefusedGreeting()
{
    // RFC 3030 2: the chunk follows the BDAT command whatever the reply; a
    // server that refuses BDAT still reads its octets as data. After a 554
    // greeting (RFC 5321 3.1) BDAT gets 503 and "QUIT\r\n" here is its chunk.
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
    h.feed("BDAT 6\r\nQUIT\r\nNOOP\r\n");
    QCOMPARE(h.commandLines, (QList<QByteArray> {"BDAT 6\r\n", "NOOP\r\n"}));
    QCOMPARE(h.codes(), (QStringList {"554 5.3.2", "503 5.5.1", "503 5.5.1"}));
    QVERIFY(!h.closed);
}

void TestServerEngine::bdatFaultReplyFailsMessage_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("faultCode");
    QTest::addColumn<QStringList>("expected"); // after the RCPT's 250
    // The fault plan answers the first BDAT instead of the engine: its chunk
    // is read all the same, and the message can no longer be stored whole,
    // so BDAT LAST fails too (RFC 3030 2), once per recipient in LMTP.
    QTest::newRow("451") << "" << 451 << QStringList {"451 4.0.0", "451 4.0.0", "250 2.0.0"};
    QTest::newRow("550 LMTP") << "lmtp" << 550
                              << QStringList {"550 5.0.0", "550 5.0.0", "550 5.0.0", "250 2.0.0"};
    // A positive word from the fault plan is still no stored chunk.
    QTest::newRow("250") << "" << 250 << QStringList {"250 2.0.0", "554 5.5.0", "250 2.0.0"};
}

void TestServerEngine::bdatFaultReplyFailsMessage()
{
    QFETCH(QString, profile);
    QFETCH(int, faultCode);
    QFETCH(QStringList, expected);
    Harness h(::profile(profile));
    int bdats = 0;
    h.engine.setInterventionHook([&bdats, faultCode](const Checkpoint &cp) {
        Intervention iv;
        if (cp.verb == "BDAT" && ++bdats == 1) {
            iv.action = Intervention::Action::Reply;
            iv.reply = Reply::make(faultCode, QByteArray::number(faultCode / 100) + ".0.0 Fault");
        }
        return iv;
    });
    h.start();
    const QByteArray hello = profile == QLatin1String("lmtp") ? "LHLO x\r\n" : "EHLO x\r\n";
    const QByteArray rcpts = profile == QLatin1String("lmtp")
        ? "RCPT TO:<b@x.test>\r\nRCPT TO:<c@x.test>\r\n"
        : "RCPT TO:<b@x.test>\r\n";
    h.feed(hello + "MAIL FROM:<a@x.test>\r\n" + rcpts
           + "BDAT 6\r\nRSET\r\nBDAT 4 LAST\r\nNOOPNOOP\r\n");
    QCOMPARE(h.messages.size(), 0);
    const int rcptReplies = profile == QLatin1String("lmtp") ? 2 : 1;
    QCOMPARE(h.codes().mid(3 + rcptReplies), expected);
    // Neither chunk was read as commands.
    QVERIFY(!h.commands.contains("RSET"));
    QCOMPARE(h.commands.count("NOOP"), 1);
    // The next message goes through.
    h.feed("MAIL FROM:<a@x.test>\r\n" + rcpts + "BDAT 2 LAST\r\nok");
    QCOMPARE(h.messages.size(), 1);
    QCOMPARE(h.messages[0].data, QByteArray("ok"));
}

void TestServerEngine::lmtpRefusedMessageRepliesPerRecipient_data()
{
    QTest::addColumn<QByteArray>("transfer");
    QTest::addColumn<QStringList>("refusals");
    const QByteArray big(50, 'x');
    QTest::newRow("DATA too big") << "DATA\r\n" + big + "\r\n.\r\n"
                                  << QStringList {"354", "552 5.3.4", "552 5.3.4", "552 5.3.4"};
    QTest::newRow("DATA bare LF") << QByteArray("DATA\r\na\nb\r\n.\r\n")
                                  << QStringList {"354", "554 5.5.2", "554 5.5.2", "554 5.5.2"};
    const QStringList three552 = {"552 5.3.4", "552 5.3.4", "552 5.3.4"};
    QTest::newRow("BDAT LAST too big") << "BDAT 50 LAST\r\n" + big << three552;
    QTest::newRow("BDAT LAST after a failed chunk")
        << "BDAT 50\r\n" + big + "BDAT 1 LAST\r\nx"
        << QStringList {"552 5.3.4", "552 5.3.4", "552 5.3.4", "552 5.3.4"};
}

void TestServerEngine::lmtpRefusedMessageRepliesPerRecipient()
{
    // RFC 2033 4.2: after the final dot (or BDAT LAST) the server returns
    // one reply for each RCPT that succeeded, whatever happened to the
    // message; a client that gets one reply waits for the others. A merged
    // duplicate RCPT is an accepted RCPT too.
    QFETCH(QByteArray, transfer);
    QFETCH(QStringList, refusals);
    ServerConfig config = profile(QStringLiteral("lmtp"));
    config.maxMessageSize = 10;
    Harness h(config);
    h.start();
    h.feed("LHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nRCPT TO:<c@x.test>\r\n"
           "RCPT TO:<b@X.TEST>\r\n");
    QCOMPARE(h.codes().size(), 6);
    h.replies.clear();
    h.feed(transfer);
    h.feed("NOOP\r\n");
    QCOMPARE(h.codes(), refusals + QStringList {"250 2.0.0"});
    QVERIFY(h.messages.isEmpty());
    QCOMPARE(h.engine.state(), ServerState::Identified);
}

void TestServerEngine::replyLinesWithin512_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("input"); // the last line without its CRLF
    QTest::addColumn<QString>("code"); // of the last reply
    QTest::addColumn<bool>("quoted"); // the client's words in it, shortened
    const QByteArray mail = "EHLO x\r\nMAIL FROM:<a@b.test>";
    const QByteArray rcpt = mail + "\r\nRCPT TO:<c@d.test>";
    const QByteArray key(700, 'K');
    // SCRAM's server-first message repeats the client's nonce: a challenge
    // that cannot fit one reply line ends the exchange (RFC 4954 6).
    const QByteArray scram = "n,,n=alice,r=" + QByteArray(400, 'n');
    QTest::newRow("EHLO name") << ""
                               << "EHLO " + QByteArray(500, 'a') << "250" << true;
    QTest::newRow("MAIL parameter") << "" << mail + " X" + QByteArray(1000, 'Y') + "=1"
                                    << "555 5.5.4" << true;
    QTest::newRow("RCPT parameter")
        << "" << rcpt + " Z" + QByteArray(1400, 'z') << "555 5.5.4" << true;
    QTest::newRow("duplicate parameter") << "" << mail + ' ' + key + "=1 " + key + "=2"
                                         << "501" << true;
    QTest::newRow("VRFY") << "directory"
                          << "VRFY " + QByteArray(500, 'v') << "550 5.1.1" << true;
    QTest::newRow("EXPN") << "directory"
                          << "EXPN " + QByteArray(500, 'e') << "550 5.1.1" << true;
    QTest::newRow("SCRAM nonce") << "users"
                                 << "EHLO x\r\nAUTH SCRAM-SHA-256 " + scram.toBase64()
                                 << "500 5.5.6" << false;
}

void TestServerEngine::replyLinesWithin512()
{
    // RFC 5321 4.5.3.1.5: a reply line is at most 512 octets with its CRLF,
    // and its text printable ASCII (4.2); the engine quotes a client's
    // words in a shortened, escaped form.
    QFETCH(QString, profile);
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(bool, quoted);
    Harness h(::profile(profile));
    h.start();
    h.feed(input + "\r\n");
    QVERIFY2(h.codes().last().startsWith(code), qPrintable(h.codes().last()));
    for (const QByteArray &line : h.wire.split('\n'))
        QVERIFY2(line.size() + 1 <= 512,
                 qPrintable(QStringLiteral("%1 octets").arg(line.size() + 1)));
    QCOMPARE(h.wire.contains("..."), quoted);
    QVERIFY(!h.closed);
    // The conversation goes on.
    h.feed("NOOP\r\n");
    QCOMPARE(h.codes().last(), QStringLiteral("250 2.0.0"));
}

void TestServerEngine::longSaslResponseEndsExchange_data()
{
    QTest::addColumn<bool>("endless");
    // Held whole until its end (just over the limit), or discarded as it
    // comes: both end the exchange (RFC 4954 4), and what follows is a
    // command again, not another SASL response.
    QTest::newRow("held") << false;
    QTest::newRow("discarded") << true;
}

void TestServerEngine::longSaslResponseEndsExchange()
{
    QFETCH(bool, endless);
    Harness h(withUsers());
    h.start();
    h.feed("EHLO x\r\nAUTH LOGIN\r\n");
    QCOMPARE(h.replies.last().code, 334);
    if (endless) {
        for (int i = 0; i < 5; ++i)
            h.feed(QByteArray(8000, 'A'));
    } else {
        h.feed(QByteArray(protocol::limits::authLine, 'A'));
    }
    h.feed("\r\nNOOP\r\n");
    QCOMPARE(h.codes().mid(3), (QStringList {"500 5.5.6", "250 2.0.0"}));
    QCOMPARE(h.engine.state(), ServerState::Identified);
    QCOMPARE(h.commands.last(), QByteArray("NOOP"));
    // A new exchange starts afresh.
    h.feed("AUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n");
    QCOMPARE(h.codes().last(), QStringLiteral("235 2.7.0"));
}

void TestServerEngine::tooManyErrorsCloses()
{
    Harness h(profile(QStringLiteral("fewerrors")));
    h.start();
    h.feed("A\r\nB\r\nC\r\nD\r\n");
    QCOMPARE(h.codes().mid(1), (QStringList{"500 5.5.2", "500 5.5.2", "500 5.5.2", "421 4.7.0"}));
    QVERIFY(h.closed);
}

// Each misbehaviour (issue 11) writes exactly its bytes, and nothing else
// of the conversation changes.
void TestServerEngine::misbehaviourExactBytes_data()
{
    QTest::addColumn<int>("misbehaviour");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");
    const QByteArray ehloHead
        = "220 localhost ESMTP Postscope sandbox\r\n"
          "250-localhost Hello x\r\n250-PIPELINING\r\n250-SIZE 104857600\r\n"
          "250-VRFY\r\n250-EXPN\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-DSN\r\n"
          "250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n";
    QTest::newRow("none") << 0 << QByteArray("EHLO x\r\nSTARTTLS\r\n")
                          << ehloHead
            + "250-STARTTLS\r\n250 HELP\r\n220 2.0.0 Ready to start TLS\r\n";
    QTest::newRow("strip-starttls")
        << int(Misbehaviour::StripStartTls) << QByteArray("EHLO x\r\nSTARTTLS\r\n")
        << ehloHead + "250-XXXXXXXA\r\n250 HELP\r\n500 5.5.2 Command not recognized\r\n";
    QTest::newRow("refuse-starttls")
        << int(Misbehaviour::RefuseStartTls) << QByteArray("EHLO x\r\nSTARTTLS\r\n")
        << ehloHead
            + "250-STARTTLS\r\n250 HELP\r\n454 4.7.0 TLS not available due to temporary reason\r\n";
    QTest::newRow("inject-after-starttls")
        << int(Misbehaviour::InjectAfterStartTls) << QByteArray("EHLO x\r\nSTARTTLS\r\n")
        << ehloHead
            + "250-STARTTLS\r\n250 HELP\r\n220 2.0.0 Ready to start TLS\r\n"
              "250-injected.invalid Hello from before TLS\r\n250 AUTH PLAIN LOGIN\r\n";
    QTest::newRow("broken-multiline")
        << int(Misbehaviour::BrokenMultiline) << QByteArray("EHLO x\r\n")
        << ehloHead + "250-STARTTLS\r\n251 HELP\r\n";
}

void TestServerEngine::misbehaviourExactBytes()
{
    QFETCH(int, misbehaviour);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    ServerConfig c = profile(QStringLiteral("tls"));
    c.misbehaviours = Misbehaviours(Misbehaviour(misbehaviour));
    Harness h(c);
    h.start();
    h.feed(input);
    QCOMPARE(h.wire, wire);
    // The replies the events carry are the bytes written: a transcript of
    // the server's side shows the misbehaviour as it went out.
    QByteArray fromEvents;
    for (const Reply &r : h.replies)
        fromEvents += r.raw;
    QCOMPARE(fromEvents, wire);
    // Only the plain and the injecting server start TLS.
    QCOMPARE(h.tlsRequested,
             misbehaviour == 0 || misbehaviour == int(Misbehaviour::InjectAfterStartTls));
    if (misbehaviour)
        QVERIFY(!h.notes.isEmpty());
}

void TestServerEngine::misbehaviourNames()
{
    QCOMPARE(engine::misbehaviourNames(),
             (QList<QByteArray> {"strip-starttls", "refuse-starttls", "inject-after-starttls",
                                 "broken-multiline", "unsafe-bare-lf-end"}));
    for (const QByteArray &name : engine::misbehaviourNames()) {
        Misbehaviour m;
        QVERIFY(parseMisbehaviour(name.toUpper(), &m));
        QCOMPARE(misbehaviourName(m), name);
    }
    Misbehaviour m;
    QVERIFY(!parseMisbehaviour("strip", &m));
}

// UNSAFE mode: LF "." LF ends the data, so what follows is read as commands:
// one DATA carries a second, smuggled transaction (SMTP smuggling, 2023).
void TestServerEngine::unsafeBareLfEndSmuggles()
{
    ServerConfig c;
    c.misbehaviours = Misbehaviour::UnsafeBareLfEndOfData;
    Harness h(c);
    h.start();
    h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
           "Subject: first\r\n\r\nhello\n.\n"
           "MAIL FROM:<evil@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
           "Subject: smuggled\r\n\r\n.\r\n");
    QCOMPARE(h.messages.size(), 2);
    QCOMPARE(h.messages[0].data, QByteArray("Subject: first\r\n\r\nhello\n"));
    QCOMPARE(h.messages[0].bareLineFeeds, 1);
    QCOMPARE(h.messages[1].mailFrom.address, QByteArray("evil@x.test"));
    QCOMPARE(h.messages[1].data, QByteArray("Subject: smuggled\r\n\r\n"));
    // "." LF right after CRLF ends it too, and so does LF "." CRLF.
    Harness h2(c);
    h2.start();
    h2.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\na\r\n.\nNOOP\r\n"
            "MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nb\n.\r\nNOOP\r\n");
    QCOMPARE(h2.messages.size(), 2);
    QCOMPARE(h2.messages[0].data, QByteArray("a\r\n"));
    QCOMPARE(h2.messages[1].data, QByteArray("b\n"));
    QCOMPARE(h2.codes().last(), QStringLiteral("250 2.0.0"));
}

// The same bytes to a server that is not misbehaving: one message, the
// smuggled commands stay data (and the bare LF refuses it by default).
void TestServerEngine::exactEndDoesNotSmuggle()
{
    for (auto policy : {protocol::BareLineFeed::Reject, protocol::BareLineFeed::Keep}) {
        ServerConfig c;
        c.bareLineFeeds = policy;
        Harness h(c);
        h.start();
        h.feed("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
               "Subject: first\r\n\r\nhello\n.\n"
               "MAIL FROM:<evil@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n"
               "Subject: smuggled\r\n\r\n.\r\n");
        if (policy == protocol::BareLineFeed::Reject) {
            QVERIFY(h.messages.isEmpty());
            QCOMPARE(h.codes().last(), QStringLiteral("554 5.5.2"));
        } else {
            QCOMPARE(h.messages.size(), 1);
            QVERIFY(h.messages[0].data.contains("MAIL FROM:<evil@x.test>"));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerEngine)
#include "tst_serverengine.moc"
