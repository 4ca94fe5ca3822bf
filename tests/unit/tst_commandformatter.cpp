// Command formatter (RFC 5321 4.1, 4.5.3.1; RFC 3207; RFC 4954; RFC 3030; RFC 2033).
#include "protocol/command.h"

#include <QTest>
#include <functional>

using namespace postscope::protocol;

Q_DECLARE_METATYPE(postscope::protocol::Command)

namespace {

// Every argument a caller can pass, as a function of that argument, so that
// injection can be tried through each one of them.
struct Builder
{
    const char *name;
    std::function<Command(const QByteArray &)> make;
};

const QList<Builder> &builders()
{
    static const QList<Builder> all = {
        {"helo", [](const QByteArray &a) { return commands::helo("client" + a + "test"); }},
        {"ehlo", [](const QByteArray &a) { return commands::ehlo("client" + a + "test"); }},
        {"lhlo", [](const QByteArray &a) { return commands::lhlo("client" + a + "test"); }},
        {"auth-mechanism", [](const QByteArray &a) { return commands::auth("PLA" + a + "IN"); }},
        {"auth-initial",
         [](const QByteArray &a) { return commands::auth("PLAIN", "AGE" + a + "AGI="); }},
        {"auth-response",
         [](const QByteArray &a) { return commands::authResponse("dXN" + a + "lcg=="); }},
        {"mail-path", [](const QByteArray &a) { return commands::mail("a" + a + "@client.test"); }},
        {"mail-path-bracketed",
         [](const QByteArray &a) { return commands::mail("<a@client.test" + a + ">"); }},
        {"mail-param",
         [](const QByteArray &a) { return commands::mail("a@client.test", {"SIZE=1" + a + "0"}); }},
        {"mail-second-param",
         [](const QByteArray &a) {
             return commands::mail("a@client.test", {"BODY=8BITMIME", a + "SMTPUTF8"});
         }},
        {"rcpt-path", [](const QByteArray &a) { return commands::rcpt("b@example.test" + a); }},
        {"rcpt-param",
         [](const QByteArray &a) {
             return commands::rcpt("b@example.test", {"NOTIFY=NEVER" + a});
         }},
        {"vrfy", [](const QByteArray &a) { return commands::vrfy("alice" + a); }},
        {"expn", [](const QByteArray &a) { return commands::expn(a + "staff"); }},
        {"help", [](const QByteArray &a) { return commands::help("MAIL" + a); }},
        {"noop", [](const QByteArray &a) { return commands::noop(a); }},
        {"raw", [](const QByteArray &a) { return commands::raw("XFOO " + a + "bar"); }},
        {"raw-auth", [](const QByteArray &a) { return commands::raw("AUTH PLAIN " + a); }},
    };
    return all;
}

} // namespace

class TestCommandFormatter : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void injectionRefused_data();
    void injectionRefused();
    void injectionAbsentIsAccepted_data();
    void injectionAbsentIsAccepted();
    void refused_data();
    void refused();
    void lengthLimits_data();
    void lengthLimits();
    void quoteAddress_data();
    void quoteAddress();
    void verbNames();
};

void TestCommandFormatter::valid_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<int>("verb");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("display");

    auto row = [](const char *name, const Command &c, Verb verb, const QByteArray &wire,
                  const QByteArray &display = {}) {
        QTest::newRow(name) << c << int(verb) << wire
                            << (display.isNull() ? wire.chopped(2) : display);
    };
    row("helo", commands::helo("client.test"), Verb::Helo, "HELO client.test\r\n");
    row("ehlo", commands::ehlo("client.test"), Verb::Ehlo, "EHLO client.test\r\n");
    row("ehlo-literal", commands::ehlo("[127.0.0.1]"), Verb::Ehlo, "EHLO [127.0.0.1]\r\n");
    row("ehlo-ipv6-literal", commands::ehlo("[IPv6:::1]"), Verb::Ehlo, "EHLO [IPv6:::1]\r\n");
    row("lhlo", commands::lhlo("client.test"), Verb::Lhlo, "LHLO client.test\r\n");
    row("starttls", commands::startTls(), Verb::StartTls, "STARTTLS\r\n");
    // RFC 4954 4: initial response hidden in the transcript form.
    row("auth-plain-ir", commands::auth("PLAIN", "AGFsaWNlAHNlY3JldA=="), Verb::Auth,
        "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n", "AUTH PLAIN ********");
    row("auth-login", commands::auth("LOGIN"), Verb::Auth, "AUTH LOGIN\r\n");
    row("auth-empty-ir", commands::auth("EXTERNAL", "="), Verb::Auth, "AUTH EXTERNAL =\r\n");
    row("auth-cram", commands::auth("CRAM-MD5"), Verb::Auth, "AUTH CRAM-MD5\r\n");
    row("auth-response", commands::authResponse("ZGhlbGxtYW5u"), Verb::AuthResponse,
        "ZGhlbGxtYW5u\r\n", "********");
    row("auth-cancel", commands::authResponse("*"), Verb::AuthResponse, "*\r\n", "*");
    row("auth-empty-response", commands::authResponse(""), Verb::AuthResponse, "\r\n", "");
    row("mail", commands::mail("a@client.test"), Verb::Mail, "MAIL FROM:<a@client.test>\r\n");
    row("mail-null", commands::mail(""), Verb::Mail, "MAIL FROM:<>\r\n");
    row("mail-null-bracketed", commands::mail("<>"), Verb::Mail, "MAIL FROM:<>\r\n");
    row("mail-bracketed", commands::mail("<a@client.test>"), Verb::Mail,
        "MAIL FROM:<a@client.test>\r\n");
    row("mail-display-name", commands::mail("Alice <a@client.test>"), Verb::Mail,
        "MAIL FROM:<a@client.test>\r\n");
    row("mail-params", commands::mail("a@client.test", {"SIZE=1000", "BODY=8BITMIME"}), Verb::Mail,
        "MAIL FROM:<a@client.test> SIZE=1000 BODY=8BITMIME\r\n");
    row("mail-smtputf8", commands::mail("\xc3\xa9l\xc3\xa8ve@\xc3\xa9" "cole.test", {"SMTPUTF8"}),
        Verb::Mail, "MAIL FROM:<\xc3\xa9l\xc3\xa8ve@\xc3\xa9" "cole.test> SMTPUTF8\r\n");
    row("mail-quoted-local-part", commands::mail("\"john doe\"@client.test"), Verb::Mail,
        "MAIL FROM:<\"john doe\"@client.test>\r\n");
    row("mail-source-route", commands::mail("<@relay.test:a@client.test>"), Verb::Mail,
        "MAIL FROM:<@relay.test:a@client.test>\r\n");
    row("rcpt", commands::rcpt("b@example.test"), Verb::Rcpt, "RCPT TO:<b@example.test>\r\n");
    row("rcpt-postmaster", commands::rcpt("<Postmaster>"), Verb::Rcpt, "RCPT TO:<Postmaster>\r\n");
    row("rcpt-dsn",
        commands::rcpt("b@example.test", {"NOTIFY=SUCCESS,FAILURE", "ORCPT=rfc822;b@example.test"}),
        Verb::Rcpt,
        "RCPT TO:<b@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b@example.test\r\n");
    row("data", commands::data(), Verb::Data, "DATA\r\n");
    row("bdat", commands::bdat(1024, false), Verb::Bdat, "BDAT 1024\r\n");
    row("bdat-last", commands::bdat(86, true), Verb::Bdat, "BDAT 86 LAST\r\n");
    row("bdat-zero-last", commands::bdat(0, true), Verb::Bdat, "BDAT 0 LAST\r\n");
    row("bdat-big", commands::bdat(Q_INT64_C(53687091200), false), Verb::Bdat,
        "BDAT 53687091200\r\n");
    row("rset", commands::rset(), Verb::Rset, "RSET\r\n");
    row("vrfy", commands::vrfy("alice@example.test"), Verb::Vrfy, "VRFY alice@example.test\r\n");
    row("vrfy-bracketed", commands::vrfy("<dhellmann>"), Verb::Vrfy, "VRFY <dhellmann>\r\n");
    row("vrfy-name", commands::vrfy("Smith"), Verb::Vrfy, "VRFY Smith\r\n");
    row("expn", commands::expn("Example-People"), Verb::Expn, "EXPN Example-People\r\n");
    row("help", commands::help(), Verb::Help, "HELP\r\n");
    row("help-arg", commands::help("MAIL"), Verb::Help, "HELP MAIL\r\n");
    row("noop", commands::noop(), Verb::Noop, "NOOP\r\n");
    row("noop-arg", commands::noop("ping"), Verb::Noop, "NOOP ping\r\n");
    row("quit", commands::quit(), Verb::Quit, "QUIT\r\n");
    row("raw", commands::raw("FOO bar"), Verb::Raw, "FOO bar\r\n");
    row("raw-empty", commands::raw(""), Verb::Raw, "\r\n");
    row("raw-auth-hidden", commands::raw("auth plain AGFsaWNlAHNlY3JldA=="), Verb::Raw,
        "auth plain AGFsaWNlAHNlY3JldA==\r\n", "auth plain ********");
    row("raw-auth-no-ir", commands::raw("AUTH LOGIN"), Verb::Raw, "AUTH LOGIN\r\n");
    row("raw-auth-empty-ir", commands::raw("AUTH EXTERNAL ="), Verb::Raw, "AUTH EXTERNAL =\r\n");
    // Found by fuzz_commandparser: servers differ on what separates AUTH's
    // words (RFC 4954 4), so a run of spaces, a tab or a leading blank must
    // not let the initial response into the transcript.
    row("raw-auth-two-spaces", commands::raw("AUTH PLAIN  AGFsaWNlAHNlY3JldA=="), Verb::Raw,
        "AUTH PLAIN  AGFsaWNlAHNlY3JldA==\r\n", "AUTH PLAIN ********");
    row("raw-auth-tabs", commands::raw("AUTH\tPLAIN\tAGFsaWNlAHNlY3JldA=="), Verb::Raw,
        "AUTH\tPLAIN\tAGFsaWNlAHNlY3JldA==\r\n", "AUTH PLAIN ********");
    row("raw-auth-leading-space", commands::raw(" AUTH PLAIN AGFsaWNlAHNlY3JldA=="), Verb::Raw,
        " AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n", "AUTH PLAIN ********");
    row("raw-auth-vt", commands::raw("AUTH EX \v ="), Verb::Raw, "AUTH EX \v =\r\n",
        "AUTH EX ********");
    row("raw-auth-two-words", commands::raw("AUTH PLAIN = AGFsaWNlAHNlY3JldA=="), Verb::Raw,
        "AUTH PLAIN = AGFsaWNlAHNlY3JldA==\r\n", "AUTH PLAIN ********");
}

void TestCommandFormatter::valid()
{
    QFETCH(Command, command);
    QFETCH(int, verb);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, display);
    QVERIFY2(command.isValid(), qPrintable(command.error));
    QCOMPARE(int(command.verb), verb);
    QCOMPARE(command.wire, wire);
    QCOMPARE(command.line(), wire.chopped(2));
    QCOMPARE(command.display(), display);
    // One line: the only CR and LF are the final CRLF.
    QCOMPARE(command.wire.count('\r'), 1);
    QCOMPARE(command.wire.count('\n'), 1);
    QVERIFY(!command.wire.contains('\0'));
    // A secret never shows up in the transcript form.
    if (!command.redacted.isEmpty()) {
        const QByteArray secret = command.line().mid(command.line().lastIndexOf(' ') + 1);
        QVERIFY(command.display().endsWith("********"));
        QVERIFY(!command.display().contains(secret));
    }
}

void TestCommandFormatter::injectionRefused_data()
{
    QTest::addColumn<Command>("command");
    const QList<QPair<const char *, QByteArray>> bad = {
        {"CRLF", "\r\n"},
        {"CR", "\r"},
        {"LF", "\n"},
        {"NUL", QByteArray(1, '\0')},
        {"CRLF-command", "\r\nRCPT TO:<evil@attacker.test>\r\n"},
        {"LF-dot", "\n.\n"},
    };
    for (const Builder &b : builders()) {
        for (const auto &[badName, bytes] : bad)
            QTest::addRow("%s-%s", b.name, badName) << b.make(bytes);
    }
}

void TestCommandFormatter::injectionRefused()
{
    QFETCH(Command, command);
    QVERIFY(!command.isValid());
    QVERIFY(command.wire.isEmpty());
    QVERIFY(command.line().isEmpty());
    QVERIFY2(command.error.contains("CR, LF or NUL"), qPrintable(command.error));
}

void TestCommandFormatter::injectionAbsentIsAccepted_data()
{
    QTest::addColumn<Command>("command");
    for (const Builder &b : builders())
        QTest::addRow("%s", b.name) << b.make({});
}

void TestCommandFormatter::injectionAbsentIsAccepted()
{
    // The same builders are fine without the bad bytes, so the refusals above
    // are about the bytes and nothing else.
    QFETCH(Command, command);
    QVERIFY2(command.isValid(), qPrintable(command.error));
    QVERIFY(command.wire.endsWith("\r\n"));
}

void TestCommandFormatter::refused_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("ehlo-empty") << commands::ehlo("") << "host name";
    QTest::newRow("helo-empty") << commands::helo("") << "host name";
    QTest::newRow("lhlo-empty") << commands::lhlo("") << "host name";
    QTest::newRow("ehlo-space") << commands::ehlo("client test") << "spaces";
    QTest::newRow("ehlo-tab") << commands::ehlo("client\ttest") << "spaces";
    QTest::newRow("auth-empty") << commands::auth("") << "mechanism";
    QTest::newRow("auth-two-words") << commands::auth("PLAIN LOGIN") << "mechanism";
    QTest::newRow("auth-ir-space") << commands::auth("PLAIN", "abc def") << "spaces";
    QTest::newRow("auth-response-space") << commands::authResponse("abc def") << "spaces";
    QTest::newRow("mail-param-space")
        << commands::mail("a@b.test", {"SIZE=1 BODY=8BITMIME"}) << "one word";
    QTest::newRow("mail-param-empty") << commands::mail("a@b.test", {""}) << "one word";
    QTest::newRow("rcpt-param-space")
        << commands::rcpt("a@b.test", {"NOTIFY=NEVER ORCPT=x"}) << "one word";
    // A path cannot smuggle a parameter in.
    QTest::newRow("mail-path-smuggles-param")
        << commands::mail("a@b.test> SMTPUTF8 <x") << "'<' or '>'";
    QTest::newRow("mail-path-bare-space") << commands::mail("a b@b.test") << "space";
    QTest::newRow("mail-path-double-brackets") << commands::mail("<<a@b.test>>") << "'<' or '>'";
    QTest::newRow("rcpt-empty") << commands::rcpt("") << "recipient";
    QTest::newRow("rcpt-null") << commands::rcpt("<>") << "recipient";
    QTest::newRow("vrfy-empty") << commands::vrfy("") << "argument";
    QTest::newRow("vrfy-spaces") << commands::vrfy("   ") << "argument";
    QTest::newRow("expn-empty") << commands::expn("") << "argument";
    QTest::newRow("bdat-negative") << commands::bdat(-1, true) << "chunk size";
}

void TestCommandFormatter::refused()
{
    QFETCH(Command, command);
    QFETCH(QString, errorContains);
    QVERIFY(!command.isValid());
    QVERIFY(command.wire.isEmpty());
    QVERIFY2(command.error.contains(errorContains), qPrintable(command.error));
}

void TestCommandFormatter::lengthLimits_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<bool>("valid");

    // RFC 5321 4.5.3.1.4: 512 octets with CRLF.
    QTest::newRow("ehlo-512") << commands::ehlo(QByteArray(512 - 7, 'h')) << true;
    QTest::newRow("ehlo-513") << commands::ehlo(QByteArray(512 - 6, 'h')) << false;
    QTest::newRow("vrfy-512") << commands::vrfy(QByteArray(512 - 7, 'v')) << true;
    QTest::newRow("vrfy-513") << commands::vrfy(QByteArray(512 - 6, 'v')) << false;
    QTest::newRow("noop-513") << commands::noop(QByteArray(512 - 6, 'n')) << false;
    QTest::newRow("raw-512") << commands::raw(QByteArray(510, 'r')) << true;
    QTest::newRow("raw-513") << commands::raw(QByteArray(511, 'r')) << false;
    // RFC 5321 4.5.3.1.3: a path is at most 256 octets with its brackets.
    QTest::newRow("mail-path-256")
        << commands::mail(QByteArray(64, 'l') + '@' + QByteArray(189, 'd')) << true;
    QTest::newRow("mail-path-257")
        << commands::mail(QByteArray(64, 'l') + '@' + QByteArray(190, 'd')) << false;
    QTest::newRow("rcpt-path-257")
        << commands::rcpt(QByteArray(64, 'l') + '@' + QByteArray(190, 'd')) << false;
    // MAIL/RCPT with parameters get 1024 more (RFC 5321 4.5.3.1.4, RFC 1870, RFC 3461).
    // "MAIL FROM:<a@b> " is 16 octets.
    QTest::newRow("mail-params-1536")
        << commands::mail("a@b", {"X=" + QByteArray(1536 - 2 - 16 - 2, 'p')}) << true;
    QTest::newRow("mail-params-1537")
        << commands::mail("a@b", {"X=" + QByteArray(1536 - 2 - 16 - 1, 'p')}) << false;
    QTest::newRow("rcpt-params-1536")
        << commands::rcpt("a@bcd", {"X=" + QByteArray(1536 - 2 - 16 - 2, 'p')}) << true;
    QTest::newRow("rcpt-params-1537")
        << commands::rcpt("a@bcd", {"X=" + QByteArray(1536 - 2 - 16 - 1, 'p')}) << false;
    QTest::newRow("raw-mail-1536")
        << commands::raw("MAIL FROM:<a@b> X=" + QByteArray(1536 - 2 - 18, 'p')) << true;
    QTest::newRow("raw-mail-1537")
        << commands::raw("MAIL FROM:<a@b> X=" + QByteArray(1536 - 2 - 17, 'p')) << false;
    // RFC 4954 4: AUTH lines up to 12288 octets.
    QTest::newRow("auth-12288") << commands::auth("PLAIN", QByteArray(12288 - 2 - 11, 'A')) << true;
    QTest::newRow("auth-12289") << commands::auth("PLAIN", QByteArray(12288 - 2 - 10, 'A'))
                                << false;
    QTest::newRow("auth-response-12288") << commands::authResponse(QByteArray(12286, 'A')) << true;
    QTest::newRow("auth-response-12289") << commands::authResponse(QByteArray(12287, 'A')) << false;
    QTest::newRow("raw-auth-12288")
        << commands::raw("AUTH PLAIN " + QByteArray(12288 - 2 - 11, 'A')) << true;
    QTest::newRow("raw-auth-12289")
        << commands::raw("AUTH PLAIN " + QByteArray(12288 - 2 - 10, 'A')) << false;
}

void TestCommandFormatter::lengthLimits()
{
    QFETCH(Command, command);
    QFETCH(bool, valid);
    QCOMPARE(command.isValid(), valid);
    if (valid) {
        QVERIFY(command.wire.endsWith("\r\n"));
    } else {
        QVERIFY(command.wire.isEmpty());
        QVERIFY2(command.error.contains("too long"), qPrintable(command.error));
    }
}

void TestCommandFormatter::quoteAddress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("quoted");

    // The cases smtplib's quoteaddr() handles.
    QTest::newRow("empty") << QByteArray() << QByteArray("<>");
    QTest::newRow("null") << QByteArray("<>") << QByteArray("<>");
    QTest::newRow("plain") << QByteArray("a@b.test") << QByteArray("<a@b.test>");
    QTest::newRow("bracketed") << QByteArray("<a@b.test>") << QByteArray("<a@b.test>");
    QTest::newRow("display-name") << QByteArray("Alice Example <a@b.test>")
                                  << QByteArray("<a@b.test>");
    QTest::newRow("quoted-display-name")
        << QByteArray("\"Example, Alice\" <a@b.test>") << QByteArray("<a@b.test>");
    QTest::newRow("spaces-around") << QByteArray("  a@b.test ") << QByteArray("<a@b.test>");
    QTest::newRow("local-only") << QByteArray("postmaster") << QByteArray("<postmaster>");
}

void TestCommandFormatter::quoteAddress()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, quoted);
    QCOMPARE(postscope::protocol::quoteAddress(input), quoted);
}

void TestCommandFormatter::verbNames()
{
    const QList<QPair<Verb, QByteArray>> names = {
        {Verb::Helo, "HELO"},         {Verb::Ehlo, "EHLO"}, {Verb::Lhlo, "LHLO"},
        {Verb::StartTls, "STARTTLS"}, {Verb::Auth, "AUTH"}, {Verb::AuthResponse, ""},
        {Verb::Mail, "MAIL"},         {Verb::Rcpt, "RCPT"}, {Verb::Data, "DATA"},
        {Verb::Bdat, "BDAT"},         {Verb::Rset, "RSET"}, {Verb::Vrfy, "VRFY"},
        {Verb::Expn, "EXPN"},         {Verb::Help, "HELP"}, {Verb::Noop, "NOOP"},
        {Verb::Quit, "QUIT"},         {Verb::Raw, ""},
    };
    for (const auto &[verb, name] : names)
        QCOMPARE(verbName(verb), name);
}

QTEST_APPLESS_MAIN(TestCommandFormatter)
#include "tst_commandformatter.moc"
