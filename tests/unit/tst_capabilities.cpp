// Capabilities from an EHLO reply (RFC 5321 4.1.1.1), with the replies of
// real servers in tests/data/transcripts.
#include "protocol/capabilities.h"
#include "script.h"

#include <QTest>

using namespace postscope;
using namespace postscope::protocol;

namespace {

Reply parseOne(const QByteArray &wire)
{
    ReplyParser parser;
    parser.feed(wire);
    Reply reply;
    const auto status = parser.next(&reply);
    if (status != ReplyParser::Status::GotReply)
        qFatal("test input is not one complete reply: %s", qPrintable(parser.errorString()));
    return reply;
}

// The n-th EHLO reply of a recorded conversation (format: README.md beside it,
// read by tests/support/script.h): the S: run right after the n-th "C: EHLO"
// (any case), on the wire.
QByteArray ehloReplyFromTranscript(const QString &file, int occurrence)
{
    const testsupport::Script script
        = testsupport::loadScript(QStringLiteral(POSTSCOPE_TEST_DATA "/transcripts/") + file);
    if (!script.error.isEmpty())
        return {};
    const QList<testsupport::ScriptRun> runs = script.runs();
    int seen = -1;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs.at(i).tag != "C:")
            continue;
        const QList<testsupport::ScriptLine> &commands = runs.at(i).lines;
        for (qsizetype c = 0; c < commands.size(); ++c) {
            if (!commands.at(c).text.toUpper().startsWith("EHLO ") || ++seen != occurrence)
                continue;
            // A reply follows only the last command of a run.
            const bool answered = c == commands.size() - 1 && i + 1 < runs.size();
            return answered ? runs.at(i + 1).wire() : QByteArray();
        }
    }
    return {};
}

QList<QByteArray> L(std::initializer_list<const char *> words)
{
    QList<QByteArray> out;
    for (const char *w : words)
        out.append(QByteArray(w));
    return out;
}

QList<QByteArray> names(const Capabilities &caps)
{
    QList<QByteArray> out;
    for (const auto &kw : caps.keywords())
        out.append(kw.name);
    return out;
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void recordedServers_data();
    void recordedServers();
    void oldAuthForm_data();
    void oldAuthForm();
    void caseInsensitive();
    void sizeParam_data();
    void sizeParam();
    void unknownKeywordsKept();
    void paramsSplitOnAnySpacing();
    void repeatedKeywordLastWins();
    void singleLineReply();
    void emptyByDefault();
    void noPrefixMatch();
};

void TestCapabilities::recordedServers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QByteArray>("domainLine");
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QList<QByteArray>>("auth");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<bool>("chunking");

    QTest::newRow("postfix-3.7") << "postfix-3.7-session.txt" << 0 << QByteArray("localhost")
                                 << L({"PIPELINING", "SIZE", "VRFY", "ETRN", "STARTTLS", "AUTH",
                                       "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8",
                                       "CHUNKING"})
                                 << qint64(10240000)
                                 << L({"PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1",
                                       "SCRAM-SHA-256"})
                                 << true << true << true;
    QTest::newRow("sendmail") << "sendmail-ehlo-send.txt" << 0
                              << QByteArray(
                                     "mail.example.com Hello [192.168.1.17], pleased to meet you")
                              << L({"ENHANCEDSTATUSCODES", "PIPELINING", "8BITMIME", "SIZE", "DSN",
                                    "ETRN", "AUTH", "DELIVERBY", "HELP"})
                              << qint64(0) // "250-SIZE" without a number: no fixed limit
                              << L({"GSSAPI", "DIGEST-MD5", "CRAM-MD5"}) << true << false << false;
    QTest::newRow("exim-before-tls")
        << "exim-starttls-cram-md5.txt" << 0
        << QByteArray("elasmtp-isp.net Hello localhost.local [<your IP here>]")
        << L({"SIZE", "PIPELINING", "AUTH", "STARTTLS", "HELP"}) << qint64(14680064)
        << L({"PLAIN", "LOGIN", "CRAM-MD5"}) << true << true << false;
    // RFC 3207 4.2: after TLS the server no longer offers STARTTLS.
    QTest::newRow("exim-after-tls")
        << "exim-starttls-cram-md5.txt" << 1
        << QByteArray("elasmtp-isp.net Hello localhost.local [<your IP here>]")
        << L({"SIZE", "PIPELINING", "AUTH", "HELP"}) << qint64(14680064)
        << L({"PLAIN", "LOGIN", "CRAM-MD5"}) << true << false << false;
    // smtp-sink's last line is a bare "250 ": it carries no keyword.
    QTest::newRow("smtp-sink") << "smtp-sink-session.txt" << 0 << QByteArray("smtp-sink")
                               << L({"PIPELINING", "8BITMIME", "AUTH", "XCLIENT", "XFORWARD",
                                     "ENHANCEDSTATUSCODES", "DSN"})
                               << qint64(-1) << L({"PLAIN", "LOGIN"}) << true << false << false;
}

void TestCapabilities::recordedServers()
{
    QFETCH(QString, file);
    QFETCH(int, occurrence);
    QFETCH(QByteArray, domainLine);
    QFETCH(QList<QByteArray>, keywords);
    QFETCH(qint64, size);
    QFETCH(QList<QByteArray>, auth);
    QFETCH(bool, pipelining);
    QFETCH(bool, startTls);
    QFETCH(bool, chunking);

    const QByteArray wire = ehloReplyFromTranscript(file, occurrence);
    QVERIFY2(!wire.isEmpty(), qPrintable("no EHLO reply found in " + file));
    const Reply reply = parseOne(wire);
    QCOMPARE(reply.code, 250);
    const Capabilities caps = Capabilities::fromEhloReply(reply);
    QCOMPARE(caps.domainLine(), domainLine);
    QCOMPARE(names(caps), keywords);
    for (const QByteArray &k : keywords) {
        QVERIFY2(caps.has(k), k.constData());
        QVERIFY2(caps.has(k.toLower()), k.constData());
    }
    QCOMPARE(caps.sizeLimit(), size);
    QCOMPARE(caps.authMechanisms(), auth);
    QCOMPARE(caps.params("auth"), auth);
    QCOMPARE(caps.pipelining(), pipelining);
    QCOMPARE(caps.startTls(), startTls);
    QCOMPARE(caps.chunking(), chunking);
    // Each keyword keeps the line exactly as sent.
    for (const auto &kw : caps.keywords())
        QVERIFY(reply.lines.contains(kw.line));
}

void TestCapabilities::oldAuthForm_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QList<QByteArray>>("mechanisms");

    QTest::newRow("old-only") << QByteArray("250-mx.test\r\n250 AUTH=LOGIN PLAIN\r\n")
                              << L({"LOGIN", "PLAIN"});
    QTest::newRow("old-lower-case")
        << QByteArray("250-mx.test\r\n250 auth=login\r\n") << L({"LOGIN"});
    // Exchange and old Sendmail send both; the union keeps the server's order.
    QTest::newRow("both") << QByteArray(
        "250-mx.test\r\n250-AUTH GSSAPI NTLM LOGIN\r\n250 AUTH=LOGIN PLAIN\r\n")
                          << L({"GSSAPI", "NTLM", "LOGIN", "PLAIN"});
    QTest::newRow("old-first") << QByteArray(
        "250-mx.test\r\n250-AUTH=LOGIN\r\n250 AUTH PLAIN LOGIN\r\n")
                               << L({"LOGIN", "PLAIN"});
    QTest::newRow("old-empty") << QByteArray("250-mx.test\r\n250 AUTH=\r\n") << QList<QByteArray>();
    QTest::newRow("mixed-case-mechs")
        << QByteArray("250-mx.test\r\n250 AUTH plain Login\r\n") << L({"PLAIN", "LOGIN"});
}

void TestCapabilities::oldAuthForm()
{
    QFETCH(QByteArray, wire);
    QFETCH(QList<QByteArray>, mechanisms);
    const Capabilities caps = Capabilities::fromEhloReply(parseOne(wire));
    // smtplib's has_extn("auth") is true for the old form as well.
    QVERIFY(caps.has("AUTH"));
    QVERIFY(caps.has("auth"));
    QCOMPARE(caps.authMechanisms(), mechanisms);
    QCOMPARE(caps.paramString("AUTH"), mechanisms.join(' '));
}

void TestCapabilities::caseInsensitive()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parseOne("250-mx.test greets you\r\n250-pipelining\r\n250-Size 1000\r\n250-8bitmime\r\n"
                 "250-StartTLS\r\n250-smtputf8\r\n250-chunking\r\n250-BinaryMime\r\n250-dsn\r\n"
                 "250-requiretls\r\n250 enhancedstatuscodes\r\n"));
    QCOMPARE(names(caps),
             L({"PIPELINING", "SIZE", "8BITMIME", "STARTTLS", "SMTPUTF8", "CHUNKING", "BINARYMIME",
                "DSN", "REQUIRETLS", "ENHANCEDSTATUSCODES"}));
    QVERIFY(caps.has("PIPELINING"));
    QVERIFY(caps.has("pipelining"));
    QVERIFY(caps.has("PipeLining"));
    QVERIFY(caps.pipelining());
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.startTls());
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.chunking());
    QVERIFY(caps.binaryMime());
    QVERIFY(caps.dsn());
    QVERIFY(caps.requireTls());
    QVERIFY(caps.enhancedStatusCodes());
    QCOMPARE(caps.sizeLimit(), qint64(1000));
    QCOMPARE(caps.params("size"), L({"1000"}));
    QCOMPARE(caps.keywords().at(1).line, QByteArray("Size 1000"));
    QVERIFY(!caps.has("AUTH"));
    QVERIFY(caps.authMechanisms().isEmpty());
}

void TestCapabilities::sizeParam_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qint64>("limit");

    // RFC 1870 4: SIZE [limit]; no number or 0 means no fixed maximum.
    QTest::newRow("absent") << QByteArray("250-mx\r\n250 PIPELINING\r\n") << qint64(-1);
    QTest::newRow("no-number") << QByteArray("250-mx\r\n250 SIZE\r\n") << qint64(0);
    QTest::newRow("zero") << QByteArray("250-mx\r\n250 SIZE 0\r\n") << qint64(0);
    QTest::newRow("number") << QByteArray("250-mx\r\n250 SIZE 52428800\r\n") << qint64(52428800);
    QTest::newRow("beyond-32-bit")
        << QByteArray("250-mx\r\n250 SIZE 10000000000\r\n") << qint64(10000000000LL);
    QTest::newRow("garbage") << QByteArray("250-mx\r\n250 SIZE lots\r\n") << qint64(0);
    QTest::newRow("negative") << QByteArray("250-mx\r\n250 SIZE -5\r\n") << qint64(0);
    QTest::newRow("lower-case") << QByteArray("250-mx\r\n250 size 1024\r\n") << qint64(1024);
    QTest::newRow("domain-line-is-not-a-keyword") << QByteArray("250 SIZE 100\r\n") << qint64(-1);
}

void TestCapabilities::sizeParam()
{
    QFETCH(QByteArray, wire);
    QFETCH(qint64, limit);
    QCOMPARE(Capabilities::fromEhloReply(parseOne(wire)).sizeLimit(), limit);
}

void TestCapabilities::unknownKeywordsKept()
{
    const Capabilities caps = Capabilities::fromEhloReply(parseOne(
        "250-mx.test\r\n250-X-FOO bar baz\r\n250-XEXCH50\r\n250 LIMITS RCPTMAX=100 MAILMAX=5\r\n"));
    QCOMPARE(names(caps), L({"X-FOO", "XEXCH50", "LIMITS"}));
    QVERIFY(caps.has("x-foo"));
    QCOMPARE(caps.params("X-FOO"), L({"bar", "baz"}));
    QCOMPARE(caps.paramString("x-foo"), QByteArray("bar baz"));
    QVERIFY(caps.has("xexch50"));
    QVERIFY(caps.params("XEXCH50").isEmpty());
    QCOMPARE(caps.params("limits"), L({"RCPTMAX=100", "MAILMAX=5"}));
    QVERIFY(caps.params("NOPE").isEmpty());
    QVERIFY(caps.paramString("NOPE").isEmpty());
}

void TestCapabilities::paramsSplitOnAnySpacing()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parseOne("250-mx\r\n250-AUTH  PLAIN   LOGIN \r\n250 XFORWARD\tNAME ADDR\r\n"));
    QCOMPARE(caps.authMechanisms(), L({"PLAIN", "LOGIN"}));
    QVERIFY(caps.has("AUTH"));
}

void TestCapabilities::repeatedKeywordLastWins()
{
    // Like smtplib's esmtp_features dict.
    const Capabilities caps
        = Capabilities::fromEhloReply(parseOne("250-mx\r\n250-SIZE 100\r\n250 SIZE 200\r\n"));
    QCOMPARE(caps.sizeLimit(), qint64(200));
    QCOMPARE(caps.keywords().size(), 2);
}

void TestCapabilities::singleLineReply()
{
    // RFC 5321 4.1.1.1: "250 Domain [ SP ehlo-greet ]" with no extensions.
    const Capabilities caps
        = Capabilities::fromEhloReply(parseOne("250 mx.test at your service\r\n"));
    QVERIFY(!caps.isEmpty());
    QCOMPARE(caps.domainLine(), QByteArray("mx.test at your service"));
    QVERIFY(caps.keywords().isEmpty());
    QVERIFY(!caps.has("mx.test"));
    QCOMPARE(caps.sizeLimit(), qint64(-1));
}

void TestCapabilities::emptyByDefault()
{
    const Capabilities caps;
    QVERIFY(caps.isEmpty());
    QVERIFY(!caps.has("PIPELINING"));
    QCOMPARE(caps.sizeLimit(), qint64(-1));
    QVERIFY(Capabilities::fromEhloReply(Reply()).isEmpty());
}

void TestCapabilities::noPrefixMatch()
{
    const Capabilities caps
        = Capabilities::fromEhloReply(parseOne("250-mx\r\n250-SIZE 1\r\n250 8BITMIME\r\n"));
    QVERIFY(!caps.has("SIZ"));
    QVERIFY(!caps.has("SIZES"));
    QVERIFY(!caps.has("8BIT"));
    QVERIFY(!caps.has(""));
}

QTEST_APPLESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
