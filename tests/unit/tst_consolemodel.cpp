// The console's logic without a connection (core/console/consolemodel.h):
// the state followed through a conversation, the prompt, the commands valid
// now, the warning before each kind of command a server refuses (with the
// reply to expect), completion with argument templates, every reply
// annotated, DATA mode's dot-stuffing, and the /bytes escapes.
#include "console/consolemodel.h"
#include "console/consolesession.h"

#include <QTest>

using namespace postscope;
using namespace postscope::console;
using protocol::Reply;

namespace {

Reply ehloReply(const QList<QByteArray> &keywords)
{
    return Reply::make(250, QList<QByteArray> {"mx.example.test"} + keywords);
}

// A model after the greeting and EHLO.
ConsoleModel identified(const QList<QByteArray> &keywords
                        = {"PIPELINING", "SIZE 1000", "8BITMIME", "STARTTLS", "AUTH PLAIN LOGIN",
                           "CHUNKING", "DSN"})
{
    ConsoleModel m;
    m.replyReceived(Reply::make(220, QByteArray("mx ESMTP")));
    m.commandSent("EHLO me.example");
    m.replyReceived(ehloReply(keywords));
    return m;
}

} // namespace

class tst_ConsoleModel : public QObject
{
    Q_OBJECT
private slots:
    void stateAndPrompt();
    void saslAndTls();
    void warnings_data();
    void warnings();
    void sentAnywayStateFollowsReplies();
    void completions();
    void annotation();
    void dataLines();
    void bytesEscapes_data();
    void bytesEscapes();
};

void tst_ConsoleModel::stateAndPrompt()
{
    ConsoleModel m;
    QCOMPARE(m.state(), ConsoleState::Connecting);
    QVERIFY(m.validCommands().isEmpty());
    m.replyReceived(Reply::make(220, QByteArray("hi")));
    QCOMPARE(m.prompt(), QStringLiteral("smtp greeted> "));
    QCOMPARE(m.validCommands().first(), QStringLiteral("EHLO"));
    m.commandSent("EHLO me");
    m.replyReceived(ehloReply({"PIPELINING", "STARTTLS"}));
    QCOMPARE(m.state(), ConsoleState::Identified);
    QVERIFY(m.validCommands().contains(QStringLiteral("STARTTLS")));
    QVERIFY(!m.validCommands().contains(QStringLiteral("AUTH")));
    // Pipelined: replies pair with commands in order (RFC 2920 3.1).
    m.commandSent("MAIL FROM:<a@x>");
    m.commandSent("RCPT TO:<b@x>");
    m.commandSent("DATA");
    m.replyReceived(Reply::make(250, QByteArray("ok")));
    QCOMPARE(m.state(), ConsoleState::MailGiven);
    m.replyReceived(Reply::make(550, QByteArray("no")));
    QCOMPARE(m.state(), ConsoleState::MailGiven);
    m.replyReceived(Reply::make(554, QByteArray("no valid recipients")));
    QCOMPARE(m.state(), ConsoleState::MailGiven);
    m.commandSent("RCPT TO:<c@x>");
    m.replyReceived(Reply::make(250, QByteArray("ok")));
    QCOMPARE(m.state(), ConsoleState::RecipientsGiven);
    QCOMPARE(m.prompt(), QStringLiteral("smtp rcpt> "));
    m.commandSent("DATA");
    m.replyReceived(Reply::make(354, QByteArray("go")));
    QCOMPARE(m.state(), ConsoleState::Data);
    QCOMPARE(m.validCommands(), QStringList {QStringLiteral(".")});
    m.commandSent("a line");
    m.commandSent(".");
    m.replyReceived(Reply::make(250, QByteArray("queued")));
    QCOMPARE(m.state(), ConsoleState::Identified);
    m.commandSent("QUIT");
    m.replyReceived(Reply::make(221, QByteArray("bye")));
    QCOMPARE(m.state(), ConsoleState::Closed);
    ConsoleModel lmtp(engine::Dialect::Lmtp);
    lmtp.replyReceived(Reply::make(220, QByteArray("hi")));
    QCOMPARE(lmtp.prompt(), QStringLiteral("lmtp greeted> "));
    QCOMPARE(lmtp.validCommands().first(), QStringLiteral("LHLO"));
}

void tst_ConsoleModel::saslAndTls()
{
    ConsoleModel m = identified();
    m.commandSent("STARTTLS");
    m.replyReceived(Reply::make(220, QByteArray("go ahead")));
    QCOMPARE(m.state(), ConsoleState::StartingTls);
    m.tlsEstablished();
    // RFC 3207 4.2: the EHLO reply is forgotten.
    QCOMPARE(m.state(), ConsoleState::Greeted);
    QVERIFY(m.capabilities().isEmpty());
    QCOMPARE(m.prompt(), QStringLiteral("smtp tls greeted> "));
    m.commandSent("EHLO me");
    m.replyReceived(ehloReply({"AUTH PLAIN LOGIN"}));
    m.commandSent("AUTH LOGIN");
    m.replyReceived(Reply::make(334, QByteArray("VXNlcm5hbWU6")));
    QCOMPARE(m.state(), ConsoleState::Sasl);
    QCOMPARE(m.prompt(), QStringLiteral("smtp tls sasl> "));
    QVERIFY(!m.warningFor("not a command at all").isWarning());
    m.commandSent("********");
    m.replyReceived(Reply::make(334, QByteArray("UGFzc3dvcmQ6")));
    m.commandSent("********");
    m.replyReceived(Reply::make(235, QByteArray("ok")));
    QCOMPARE(m.state(), ConsoleState::Identified);
    QVERIFY(m.isAuthenticated());
    QCOMPARE(m.prompt(), QStringLiteral("smtp tls auth identified> "));
    QCOMPARE(m.warningFor("AUTH PLAIN").expectedCode, 503);
}

void tst_ConsoleModel::warnings_data()
{
    QTest::addColumn<QString>("setup"); // greeted, identified, helo, mail, rcpt
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code"); // 0: no warning
    QTest::addColumn<QString>("words");
    QTest::newRow("fine EHLO") << "greeted" << QByteArray("EHLO me") << 0 << QString();
    QTest::newRow("EHLO without a name") << "greeted" << QByteArray("EHLO") << 501 << "name";
    QTest::newRow("unknown verb") << "identified" << QByteArray("FOO bar") << 500 << "FOO";
    QTest::newRow("MAIL before EHLO")
        << "greeted" << QByteArray("MAIL FROM:<a@x>") << 503 << "EHLO first";
    QTest::newRow("RCPT before MAIL")
        << "identified" << QByteArray("RCPT TO:<b@x>") << 503 << "after MAIL";
    QTest::newRow("DATA before RCPT") << "mail" << QByteArray("DATA") << 503 << "No recipient";
    QTest::newRow("nested MAIL") << "mail" << QByteArray("MAIL FROM:<a@x>") << 503
                                 << "open already";
    QTest::newRow("MAIL without brackets")
        << "identified" << QByteArray("MAIL FROM:a@x") << 501 << "MAIL FROM:<address>";
    QTest::newRow("SIZE over the limit")
        << "identified" << QByteArray("MAIL FROM:<a@x> SIZE=5000") << 552 << "1000";
    QTest::newRow("SIZE within") << "identified" << QByteArray("MAIL FROM:<a@x> SIZE=500") << 0
                                 << QString();
    QTest::newRow("unknown parameter")
        << "identified" << QByteArray("MAIL FROM:<a@x> FOO=1") << 555 << "FOO";
    QTest::newRow("SMTPUTF8 not offered")
        << "identified" << QByteArray("MAIL FROM:<a@x> SMTPUTF8") << 555 << "SMTPUTF8";
    QTest::newRow("non-ASCII without SMTPUTF8")
        << "identified" << QByteArray("MAIL FROM:<j\xc3\xbcrgen@x>") << 553 << "SMTPUTF8";
    QTest::newRow("parameters after HELO")
        << "helo" << QByteArray("MAIL FROM:<a@x> SIZE=5") << 555 << "HELO";
    QTest::newRow("DSN on RCPT") << "mail" << QByteArray("RCPT TO:<b@x> NOTIFY=NEVER") << 0
                                 << QString();
    QTest::newRow("BDAT fine") << "rcpt" << QByteArray("BDAT 10 LAST") << 0 << QString();
    QTest::newRow("BDAT without a size") << "rcpt" << QByteArray("BDAT LAST") << 501 << "BDAT";
    QTest::newRow("STARTTLS in a transaction")
        << "mail" << QByteArray("STARTTLS") << 503 << "RSET first";
    QTest::newRow("STARTTLS after HELO")
        << "helo" << QByteArray("STARTTLS") << 502 << "did not offer";
    QTest::newRow("AUTH mechanism not offered")
        << "identified" << QByteArray("AUTH CRAM-MD5") << 504 << "PLAIN LOGIN";
    QTest::newRow("AUTH without mechanism")
        << "identified" << QByteArray("AUTH") << 501 << "mechanism";
    QTest::newRow("VRFY without argument")
        << "identified" << QByteArray("VRFY") << 501 << "argument";
    QTest::newRow("QUIT always") << "rcpt" << QByteArray("QUIT") << 0 << QString();
    QTest::newRow("EHLO in LMTP") << "lmtp" << QByteArray("EHLO me") << 500 << "LHLO";
}

void tst_ConsoleModel::warnings()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(QString, words);
    ConsoleModel m
        = setup == QLatin1String("lmtp") ? ConsoleModel(engine::Dialect::Lmtp) : identified();
    if (setup == QLatin1String("greeted") || setup == QLatin1String("lmtp")) {
        m = ConsoleModel(setup == QLatin1String("lmtp") ? engine::Dialect::Lmtp
                                                        : engine::Dialect::Smtp);
        m.replyReceived(Reply::make(220, QByteArray("hi")));
    } else if (setup == QLatin1String("helo")) {
        m = ConsoleModel();
        m.replyReceived(Reply::make(220, QByteArray("hi")));
        m.commandSent("HELO me");
        m.replyReceived(Reply::make(250, QByteArray("mx")));
    }
    if (setup == QLatin1String("mail") || setup == QLatin1String("rcpt")) {
        m.commandSent("MAIL FROM:<a@x>");
        m.replyReceived(Reply::make(250, QByteArray("ok")));
    }
    if (setup == QLatin1String("rcpt")) {
        m.commandSent("RCPT TO:<b@x>");
        m.replyReceived(Reply::make(250, QByteArray("ok")));
    }
    const ConsoleModel::Warning w = m.warningFor(line);
    QCOMPARE(w.expectedCode, code);
    QCOMPARE(w.isWarning(), code != 0);
    if (code)
        QVERIFY2(w.text.contains(words), qPrintable(w.text));
}

void tst_ConsoleModel::sentAnywayStateFollowsReplies()
{
    // A command the learner sent despite the warning: the server's refusal
    // leaves the state as it was.
    ConsoleModel m;
    m.replyReceived(Reply::make(220, QByteArray("hi")));
    QVERIFY(m.warningFor("MAIL FROM:<a@x>").isWarning());
    m.commandSent("MAIL FROM:<a@x>");
    m.replyReceived(Reply::make(503, QByteArray("5.5.1 send EHLO first")));
    QCOMPARE(m.state(), ConsoleState::Greeted);
    // 421 ends everything (RFC 5321 3.8).
    m.commandSent("NOOP");
    m.replyReceived(Reply::make(421, QByteArray("closing")));
    QCOMPARE(m.state(), ConsoleState::Closed);
    QVERIFY(m.warningFor("NOOP").isWarning());
}

void tst_ConsoleModel::completions()
{
    const ConsoleModel m = identified();
    QCOMPARE(m.completions(QStringLiteral("MA")), QStringList {QStringLiteral("MAIL FROM:<>")});
    QCOMPARE(m.completions(QStringLiteral("rc")), QStringList {QStringLiteral("RCPT TO:<>")});
    QCOMPARE(m.completions(QStringLiteral("BD")), QStringList {QStringLiteral("BDAT n LAST")});
    // AUTH with the mechanisms the server offers.
    QCOMPARE(m.completions(QStringLiteral("AUTH ")),
             (QStringList {QStringLiteral("AUTH PLAIN"), QStringLiteral("AUTH LOGIN")}));
    QCOMPARE(m.completions(QStringLiteral("/s")), QStringList {QStringLiteral("/send ")});
    // Valid commands come first.
    const QStringList all = m.completions(QString());
    QVERIFY(all.indexOf(QStringLiteral("MAIL FROM:<>"))
            < all.indexOf(QStringLiteral("RCPT TO:<>")));
    ConsoleModel data = identified();
    data.commandSent("MAIL FROM:<a@x>");
    data.replyReceived(Reply::make(250, QByteArray("ok")));
    data.commandSent("RCPT TO:<b@x>");
    data.replyReceived(Reply::make(250, QByteArray("ok")));
    QVERIFY(data.completions(QString()).first() == QStringLiteral("RCPT TO:<>"));
    data.commandSent("DATA");
    data.replyReceived(Reply::make(354, QByteArray("go")));
    QVERIFY(data.completions(QStringLiteral("M")).isEmpty()); // message text is not completed
}

void tst_ConsoleModel::annotation()
{
    const Annotation a
        = annotate(Reply::make(550, QByteArray("5.1.1 <x@y>: Recipient address rejected")));
    QCOMPARE(a.code, 550);
    QVERIFY2(a.klass.startsWith(QLatin1String("5xx: Permanent")), qPrintable(a.klass));
    QVERIFY(a.codeMeaning.startsWith(QLatin1String("550: Mailbox unavailable")));
    QCOMPARE(a.enhanced, QStringLiteral("5.1.1"));
    QVERIFY(a.enhancedMeaning.contains(QLatin1String("no such user")));
    QVERIFY(a.references.contains(QStringLiteral("RFC 5321 4.2.1")));
    QVERIFY(a.references.contains(QStringLiteral("RFC 3463 3.2")));
    const QStringList lines = a.lines();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.last().startsWith(QLatin1String("  [RFC 5321 4.2.1")));
    const Annotation t = annotate(Reply::make(451, QByteArray("try later")));
    QVERIFY(t.klass.startsWith(QLatin1String("4xx: Transient")));
    QVERIFY(t.enhanced.isEmpty());
}

void tst_ConsoleModel::dataLines()
{
    QCOMPARE(dataLine("hello").wire, QByteArray("hello\r\n"));
    QVERIFY(!dataLine("hello").stuffed);
    // RFC 5321 4.5.2
    QCOMPARE(dataLine(".hidden").wire, QByteArray("..hidden\r\n"));
    QVERIFY(dataLine(".hidden").stuffed);
    QCOMPARE(dataLine("..").wire, QByteArray("...\r\n"));
    QVERIFY(dataLine(".").endsData);
    QCOMPARE(dataLine(".").wire, QByteArray(".\r\n"));
    QCOMPARE(dataLine("").wire, QByteArray("\r\n"));
}

void tst_ConsoleModel::bytesEscapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QByteArray("abc") << true << QByteArray("abc");
    QTest::newRow("line ends") << QByteArray("a\\r\\nb\\n.\\n") << true
                               << QByteArray("a\r\nb\n.\n");
    QTest::newRow("hex") << QByteArray("\\x00\\x7f\\xFF") << true << QByteArray("\0\x7f\xff", 3);
    QTest::newRow("backslash") << QByteArray("a\\\\b\\t") << true << QByteArray("a\\b\t");
    QTest::newRow("trailing backslash") << QByteArray("a\\") << false << QByteArray();
    QTest::newRow("short hex") << QByteArray("\\x4") << false << QByteArray();
    QTest::newRow("bad hex") << QByteArray("\\xZZ") << false << QByteArray();
    QTest::newRow("unknown escape") << QByteArray("\\q") << false << QByteArray();
}

void tst_ConsoleModel::bytesEscapes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    QCOMPARE(unescapeBytes(text, &out), ok);
    if (ok)
        QCOMPARE(out, bytes);
}

QTEST_GUILESS_MAIN(tst_ConsoleModel)
#include "tst_consolemodel.moc"
