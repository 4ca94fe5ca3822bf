// The server-side command grammar: RFC 5321 4.1.2 paths (null path, source
// routes, quoted local parts, address literals, Postmaster), ESMTP
// parameters, BDAT arguments (RFC 3030), and agreement with the formatter.
#include "protocol/command.h"
#include "protocol/commandparser.h"

#include <QtTest>

using namespace postscope::protocol;

class TestCommandParser : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void mail_data();
    void mail();
    void rcpt_data();
    void rcpt();
    void params();
    void bdat_data();
    void bdat();
    void mailbox_data();
    void mailbox();
    void formatterRoundTrip_data();
    void formatterRoundTrip();
    void controlOctets_data();
    void controlOctets();
    void redaction_data();
    void redaction();
    void redactionAgreesWithFormatter();
};

void TestCommandParser::split_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<bool>("hasArgument");
    QTest::newRow("noop") << QByteArray("NOOP") << QByteArray("NOOP") << QByteArray() << false;
    QTest::newRow("lower") << QByteArray("ehlo client.test") << QByteArray("EHLO") << QByteArray("client.test") << true;
    QTest::newRow("mail") << QByteArray("MAIL FROM:<a@b> SIZE=1") << QByteArray("MAIL") << QByteArray("FROM:<a@b> SIZE=1") << true;
    QTest::newRow("empty") << QByteArray("") << QByteArray("") << QByteArray() << false;
    QTest::newRow("trailing space") << QByteArray("DATA ") << QByteArray("DATA") << QByteArray("") << true;
}

void TestCommandParser::split()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, argument);
    QFETCH(bool, hasArgument);
    const CommandLine c = splitCommandLine(line);
    QCOMPARE(c.verb, verb);
    QCOMPARE(c.argument, argument);
    QCOMPARE(c.hasArgument, hasArgument);
}

void TestCommandParser::mail_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<bool>("nullPath");
    QTest::addColumn<QByteArray>("sourceRoute");
    QTest::addColumn<int>("params");

    // RFC 5321 4.1.1.2 and 4.1.2 examples and their edges.
    QTest::newRow("plain") << QByteArray("FROM:<Smith@bar.com>") << true << QByteArray("Smith@bar.com") << false << QByteArray() << 0;
    QTest::newRow("lower keyword") << QByteArray("from:<a@b.test>") << true << QByteArray("a@b.test") << false << QByteArray() << 0;
    QTest::newRow("space after colon") << QByteArray("FROM: <a@b.test>") << true << QByteArray("a@b.test") << false << QByteArray() << 0;
    QTest::newRow("null path") << QByteArray("FROM:<>") << true << QByteArray() << true << QByteArray() << 0;
    QTest::newRow("null path with params") << QByteArray("FROM:<> SIZE=100 BODY=8BITMIME") << true << QByteArray() << true << QByteArray() << 2;
    QTest::newRow("source route") << QByteArray("FROM:<@hosta.int,@jkl.org:userc@d.bar.org>") << true
                                  << QByteArray("userc@d.bar.org") << false << QByteArray("@hosta.int,@jkl.org") << 0;
    QTest::newRow("quoted local part") << QByteArray("FROM:<\"john q. public\"@example.test>") << true
                                       << QByteArray("\"john q. public\"@example.test") << false << QByteArray() << 0;
    QTest::newRow("quoted pair") << QByteArray("FROM:<\"a\\\"b\"@example.test>") << true
                                 << QByteArray("\"a\\\"b\"@example.test") << false << QByteArray() << 0;
    QTest::newRow("quoted with >") << QByteArray("FROM:<\"a>b\"@example.test>") << true
                                   << QByteArray("\"a>b\"@example.test") << false << QByteArray() << 0;
    QTest::newRow("ipv4 literal") << QByteArray("FROM:<a@[127.0.0.1]>") << true << QByteArray("a@[127.0.0.1]") << false << QByteArray() << 0;
    QTest::newRow("ipv6 literal") << QByteArray("FROM:<a@[IPv6:::1]>") << true << QByteArray("a@[IPv6:::1]") << false << QByteArray() << 0;
    QTest::newRow("atext specials") << QByteArray("FROM:<a.b+c!#$%&'*/=?^_`{|}~-d@x-y.test>") << true
                                    << QByteArray("a.b+c!#$%&'*/=?^_`{|}~-d@x-y.test") << false << QByteArray() << 0;
    QTest::newRow("utf8") << QByteArray("FROM:<j\xc3\xb6rg@m\xc3\xbcller.test> SMTPUTF8") << true
                          << QByteArray("j\xc3\xb6rg@m\xc3\xbcller.test") << false << QByteArray() << 1;

    QTest::newRow("no brackets") << QByteArray("FROM:a@b.test") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("no keyword") << QByteArray("<a@b.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("TO keyword") << QByteArray("TO:<a@b.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("no domain") << QByteArray("FROM:<a>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("double at") << QByteArray("FROM:<a@@b.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("double dot") << QByteArray("FROM:<a..b@c.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("leading dot") << QByteArray("FROM:<.a@c.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("space in local") << QByteArray("FROM:<a b@c.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("unclosed") << QByteArray("FROM:<a@b.test") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("hyphen domain end") << QByteArray("FROM:<a@b-.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("empty label") << QByteArray("FROM:<a@b..test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("bad ipv4") << QByteArray("FROM:<a@[300.0.0.1]>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("bad ipv6") << QByteArray("FROM:<a@[IPv6:zz::1]>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("route without colon") << QByteArray("FROM:<@a.test,b@c.test>") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("junk after path") << QByteArray("FROM:<a@b.test>x") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("local part 65") << "FROM:<" + QByteArray(65, 'a') + "@b.test>" << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("local part 64") << "FROM:<" + QByteArray(64, 'a') + "@b.test>" << true << QByteArray(64, 'a') + "@b.test" << false << QByteArray() << 0;
    QTest::newRow("path over 256") << "FROM:<a@" + QByteArray(300, 'b') + ".test>" << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("bad param") << QByteArray("FROM:<a@b.test> =x") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("empty value") << QByteArray("FROM:<a@b.test> SIZE=") << false << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("duplicate param") << QByteArray("FROM:<a@b.test> SIZE=1 size=2") << false << QByteArray() << false << QByteArray() << 0;
}

void TestCommandParser::mail()
{
    QFETCH(QByteArray, argument);
    QFETCH(bool, ok);
    QFETCH(QByteArray, address);
    QFETCH(bool, nullPath);
    QFETCH(QByteArray, sourceRoute);
    QFETCH(int, params);
    const PathArgument p = parseMailArgument(argument);
    QCOMPARE(p.ok, ok);
    if (!ok) {
        QVERIFY(!p.error.isEmpty());
        return;
    }
    QCOMPARE(p.address, address);
    QCOMPARE(p.nullPath, nullPath);
    QCOMPARE(p.sourceRoute, sourceRoute);
    QCOMPARE(p.params.size(), params);
}

void TestCommandParser::rcpt_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<bool>("postmaster");
    QTest::newRow("plain") << QByteArray("TO:<Jones@XYZ.COM>") << true << QByteArray("Jones@XYZ.COM") << false;
    // RFC 5321 4.5.1: <Postmaster> without a domain, any case.
    QTest::newRow("postmaster") << QByteArray("TO:<Postmaster>") << true << QByteArray("Postmaster") << true;
    QTest::newRow("POSTMASTER") << QByteArray("TO:<POSTMASTER>") << true << QByteArray("POSTMASTER") << true;
    QTest::newRow("postmaster@domain") << QByteArray("TO:<postmaster@x.test>") << true << QByteArray("postmaster@x.test") << false;
    QTest::newRow("null path refused") << QByteArray("TO:<>") << false << QByteArray() << false;
    QTest::newRow("FROM keyword") << QByteArray("FROM:<a@b.test>") << false << QByteArray() << false;
    QTest::newRow("other bare name") << QByteArray("TO:<abuse>") << false << QByteArray() << false;
    QTest::newRow("dsn params") << QByteArray("TO:<a@b.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;a@b.test") << true << QByteArray("a@b.test") << false;
}

void TestCommandParser::rcpt()
{
    QFETCH(QByteArray, argument);
    QFETCH(bool, ok);
    QFETCH(QByteArray, address);
    QFETCH(bool, postmaster);
    const PathArgument p = parseRcptArgument(argument);
    QCOMPARE(p.ok, ok);
    if (ok) {
        QCOMPARE(p.address, address);
        QCOMPARE(p.postmaster, postmaster);
    }
}

void TestCommandParser::params()
{
    const PathArgument p = parseMailArgument("FROM:<a@b.test> size=1234 BODY=8BITMIME SMTPUTF8 ENVID=QQ314159");
    QVERIFY(p.ok);
    QCOMPARE(p.params.size(), 4);
    QCOMPARE(p.params[0].keyword, QByteArray("SIZE"));
    QCOMPARE(p.params[0].value, QByteArray("1234"));
    QVERIFY(p.params[0].hasValue);
    QCOMPARE(p.params[2].keyword, QByteArray("SMTPUTF8"));
    QVERIFY(!p.params[2].hasValue);
    QVERIFY(p.param("body"));
    QCOMPARE(p.param("BODY")->value, QByteArray("8BITMIME"));
    QVERIFY(!p.param("RET"));
    QVERIFY(!p.utf8);
    QVERIFY(parseMailArgument("FROM:<j\xc3\xb6rg@x.test>").utf8);
}

void TestCommandParser::bdat_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("last");
    QTest::newRow("size") << QByteArray("86") << true << qint64(86) << false;
    QTest::newRow("last") << QByteArray("1024 LAST") << true << qint64(1024) << true;
    QTest::newRow("last lower") << QByteArray("0 last") << true << qint64(0) << true;
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0) << false;
    QTest::newRow("big") << QByteArray("5000000000") << true << qint64(5000000000LL) << false;
    QTest::newRow("empty") << QByteArray("") << false << qint64(0) << false;
    QTest::newRow("negative") << QByteArray("-1") << false << qint64(0) << false;
    QTest::newRow("junk") << QByteArray("12 FIRST") << false << qint64(0) << false;
    QTest::newRow("glued") << QByteArray("12LAST") << false << qint64(0) << false;
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << false << qint64(0) << false;
}

void TestCommandParser::bdat()
{
    QFETCH(QByteArray, argument);
    QFETCH(bool, ok);
    QFETCH(qint64, size);
    QFETCH(bool, last);
    const BdatArgument b = parseBdatArgument(argument);
    QCOMPARE(b.ok, ok);
    if (ok) {
        QCOMPARE(b.size, size);
        QCOMPARE(b.last, last);
    }
}

void TestCommandParser::mailbox_data()
{
    QTest::addColumn<QByteArray>("mailbox");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << QByteArray("user@example.test") << true;
    QTest::newRow("general literal") << QByteArray("user@[tag:stuff]") << true;
    // Found by fuzz_commandparser: a non-ASCII tag was taken, and the address
    // was not even marked as needing SMTPUTF8 (RFC 5321 4.1.3, RFC 6531 3.3).
    QTest::newRow("general literal non-ASCII tag") << QByteArray("user@[x\xff\xff:stuff]") << false;
    // Found by fuzz_commandparser: QHostAddress took spaces around an IPv6
    // literal, and the formatter could not write the address back.
    QTest::newRow("ipv6 literal with spaces") << QByteArray("a@[IPv6:  ::1]") << false;
    QTest::newRow("ipv6 literal with scope") << QByteArray("a@[IPv6:fe80::1%eth0]") << false;
    QTest::newRow("ipv6 literal") << QByteArray("a@[IPv6:2001:db8::1]") << true;
    QTest::newRow("ipv6 literal with IPv4 tail") << QByteArray("a@[IPv6:::ffff:192.0.2.1]") << true;
    QTest::newRow("general literal UTF-8 tag") << QByteArray("user@[t\xc3\xa4g:stuff]") << false;
    QTest::newRow("no at") << QByteArray("user") << false;
    QTest::newRow("trailing dot") << QByteArray("user@example.test.") << false;
    QTest::newRow("empty") << QByteArray("") << false;
}

void TestCommandParser::mailbox()
{
    QFETCH(QByteArray, mailbox);
    QFETCH(bool, ok);
    QCOMPARE(isValidMailbox(mailbox), ok);
}

void TestCommandParser::formatterRoundTrip_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("params");
    QTest::newRow("plain") << QByteArray("a@b.test") << QList<QByteArray>{};
    QTest::newRow("null") << QByteArray() << QList<QByteArray>{"SIZE=10"};
    QTest::newRow("params") << QByteArray("x.y@z.test") << QList<QByteArray>{"BODY=8BITMIME", "SMTPUTF8", "RET=HDRS"};
}

void TestCommandParser::formatterRoundTrip()
{
    // What the client formatter writes, the server parser reads back.
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, params);
    const Command mailCmd = commands::mail(path, params);
    QVERIFY2(mailCmd.isValid(), qPrintable(mailCmd.error));
    const CommandLine c = splitCommandLine(mailCmd.line());
    QCOMPARE(c.verb, QByteArray("MAIL"));
    const PathArgument p = parseMailArgument(c.argument);
    QVERIFY2(p.ok, p.error.constData());
    QCOMPARE(p.address, path);
    QCOMPARE(p.nullPath, path.isEmpty());
    QCOMPARE(p.params.size(), params.size());
    for (int i = 0; i < params.size(); ++i)
        QCOMPARE(p.params[i].hasValue ? p.params[i].keyword + '=' + p.params[i].value : p.params[i].keyword, params[i]);
    if (!path.isEmpty()) {
        const Command rcptCmd = commands::rcpt(path);
        const PathArgument r = parseRcptArgument(splitCommandLine(rcptCmd.line()).argument);
        QVERIFY(r.ok);
        QCOMPARE(r.address, path);
    }
    const Command bdatCmd = commands::bdat(4096, true);
    const BdatArgument b = parseBdatArgument(splitCommandLine(bdatCmd.line()).argument);
    QVERIFY(b.ok);
    QCOMPARE(b.size, 4096);
    QVERIFY(b.last);
}

void TestCommandParser::controlOctets_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("at");
    QTest::addColumn<bool>("inVerb");
    QTest::newRow("clean") << QByteArray("MAIL FROM:<a@b.test>") << -1 << false;
    QTest::newRow("tab is left to the grammar") << QByteArray("NOOP a\tb") << -1 << false;
    QTest::newRow("8-bit is text") << QByteArray("NOOP \xc3\xa9") << -1 << false;
    QTest::newRow("NUL argument") << QByteArray("HELO \0", 6) << 5 << false;
    QTest::newRow("NUL verb") << QByteArray("HE\0LO x", 8) << 2 << true;
    QTest::newRow("lone CR") << QByteArray("NOOP a\rb") << 6 << false;
    QTest::newRow("LF") << QByteArray("NOOP a\nb") << 6 << false;
    QTest::newRow("ESC") << QByteArray("\x1b[2J") << 0 << true;
    QTest::newRow("DEL") << QByteArray("NOOP \x7f") << 5 << false;
    QTest::newRow("first of several") << QByteArray("NOOP \x01\x02") << 5 << false;
}

void TestCommandParser::controlOctets()
{
    QFETCH(QByteArray, line);
    QFETCH(int, at);
    QFETCH(bool, inVerb);
    QCOMPARE(findControlOctet(line), qsizetype(at));
    const CommandLine c = splitCommandLine(line);
    QCOMPARE(c.controlAt, qsizetype(at));
    QCOMPARE(c.controlInVerb(), inVerb);
}

void TestCommandParser::redaction_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("saslResponse");
    QTest::addColumn<QByteArray>("shown"); // empty: shown as it is
    const QByteArray secret = "AGFsaWNlAHMzY3JldA==";
    QTest::newRow("AUTH PLAIN x") << "AUTH PLAIN " + secret << false
                                  << QByteArray("AUTH PLAIN ********");
    QTest::newRow("lower case") << "auth plain " + secret << false
                                << QByteArray("auth plain ********");
    QTest::newRow("mixed case") << "aUtH Plain " + secret << false
                                << QByteArray("aUtH Plain ********");
    QTest::newRow("tab") << "AUTH\tPLAIN " + secret << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("tab before response")
        << "AUTH PLAIN\t" + secret << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("leading space")
        << " AUTH PLAIN " + secret << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("leading controls") << "\t\x01"
                                         "AUTH PLAIN "
            + secret << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("many spaces") << "AUTH    PLAIN    " + secret << false
                                 << QByteArray("AUTH PLAIN ********");
    QTest::newRow("NUL separators")
        << QByteArray("AUTH\0PLAIN\0", 11) + secret << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("trailing words")
        << "AUTH PLAIN " + secret + " more" << false << QByteArray("AUTH PLAIN ********");
    QTest::newRow("response only") << "AUTH " + secret << false << QByteArray("AUTH ********");
    QTest::newRow("long mechanism")
        << "AUTH " + QByteArray(21, 'A') + " x" << false << QByteArray("AUTH ********");
    QTest::newRow("AUTH-like verb")
        << "AUTHPLAIN " + secret << false << QByteArray("AUTH ********");
    QTest::newRow("no space after AUTH") << "AUTH" + secret << false << QByteArray("AUTH ********");
    QTest::newRow("no response") << QByteArray("AUTH PLAIN") << false << QByteArray();
    QTest::newRow("empty response") << QByteArray("AUTH PLAIN =") << false << QByteArray();
    QTest::newRow("bare AUTH") << QByteArray("AUTH") << false << QByteArray();
    QTest::newRow("other verb") << QByteArray("MAIL FROM:<auth@x.test>") << false << QByteArray();
    QTest::newRow("AUTH= parameter")
        << QByteArray("MAIL FROM:<a@x.test> AUTH=<>") << false << QByteArray();
    QTest::newRow("AUT is not AUTH") << QByteArray("AUT PLAIN x") << false << QByteArray();
    // Read at SP only, the control octets are the mechanism and PLAIN is
    // part of the response: only the verb is shown (fuzz_commandparser).
    QTest::newRow("controls as mechanism")
        << "AUTH \x02\x02 PLAIN " + secret << false << QByteArray("AUTH ********");
    QTest::newRow("controls as mechanism, no response")
        << QByteArray("AUTH \x02 PLAIN") << false << QByteArray("AUTH ********");
    const QByteArray controlInMechanism = "AUTH PL" + QByteArray(1, '\x02') + "AIN ";
    QTest::newRow("control inside the mechanism")
        << controlInMechanism + secret << false << QByteArray("AUTH ********");
    QTest::newRow("control before an empty response")
        << QByteArray("AUTH PLAIN \x1d =") << false << QByteArray("AUTH PLAIN ********");
    // RFC 4954 4: every line after a 334.
    QTest::newRow("SASL response") << secret << true << QByteArray("********");
    QTest::newRow("SASL response with spaces")
        << " " + secret + " " << true << QByteArray("********");
    QTest::newRow("SASL looks like a command")
        << QByteArray("NOOP") << true << QByteArray("********");
    QTest::newRow("SASL cancel") << QByteArray("*") << true << QByteArray();
    QTest::newRow("SASL empty") << QByteArray() << true << QByteArray();
}

void TestCommandParser::redaction()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, saslResponse);
    QFETCH(QByteArray, shown);
    const QByteArray r = redactClientLine(
        line, saslResponse ? ClientLineKind::SaslResponse : ClientLineKind::Command);
    QCOMPARE(r, shown);
    if (!r.isEmpty())
        QVERIFY(!r.contains("AGFsaWNl"));
}

void TestCommandParser::redactionAgreesWithFormatter()
{
    // One rule on both sides: the client's formatted and typed lines are
    // redacted exactly as the server redacts what it receives.
    const QList<QByteArray> lines
        = {"AUTH PLAIN AGFsaWNlAHMzY3JldA==", "auth login dXNlcg==", "AUTH PLAIN =",
           "AUTH\tPLAIN AGFsaWNlAHMzY3JldA==", " AUTH PLAIN AGFsaWNlAHMzY3JldA=="};
    for (const QByteArray &line : lines) {
        const Command c = commands::raw(line);
        QVERIFY(c.isValid());
        QCOMPARE(c.redacted, redactClientLine(line));
    }
    QCOMPARE(commands::auth("PLAIN", "AGFsaWNlAHMzY3JldA==").redacted,
             QByteArray("AUTH PLAIN ********"));
    QCOMPARE(commands::authResponse("dXNlcg==").redacted, QByteArray("********"));
    QCOMPARE(commands::authResponse("*").redacted, QByteArray());
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
