// The AddressProbe's classification table (diagnostics/addressprobe.h): one
// reply to VRFY, EXPN or RCPT and what it says about the address. Rows are
// what real servers answer (Postfix, Exim, Sendmail, Exchange) and the RFCs'
// own codes (RFC 5321 4.2, RFC 3463).
#include "diagnostics/addressprobe.h"

#include <QTest>

using namespace postscope;
using namespace postscope::diagnostics;
using protocol::Reply;

Q_DECLARE_METATYPE(postscope::diagnostics::Verdict)
Q_DECLARE_METATYPE(postscope::diagnostics::AddressMethod)

class TestAddressVerdicts : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void noReplyIsUnanswered();
    void names();
    void meaning();
};

void TestAddressVerdicts::classify_data()
{
    QTest::addColumn<AddressMethod>("method");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Verdict>("verdict");

    const auto V = AddressMethod::Vrfy;
    const auto E = AddressMethod::Expn;
    const auto R = AddressMethod::Rcpt;
    // Postfix: VRFY of a known mailbox, and the RCPT method.
    QTest::newRow("postfix vrfy known")
        << V << 252 << QByteArray("2.0.0 alice@example.test") << Verdict::CannotVerify;
    QTest::newRow("postfix rcpt known") << R << 250 << QByteArray("2.1.5 Ok") << Verdict::Exists;
    QTest::newRow("postfix unknown")
        << R << 550
        << QByteArray("5.1.1 <ghost@example.test>: Recipient address rejected: User unknown in "
                      "virtual mailbox table")
        << Verdict::Unknown;
    QTest::newRow("postfix vrfy disabled")
        << V << 502 << QByteArray("5.5.1 VRFY command is disabled") << Verdict::NotSupported;
    QTest::newRow("postfix expn") << E << 502 << QByteArray("5.5.2 Error: command not recognized")
                                  << Verdict::NotSupported;
    QTest::newRow("postfix relay denied")
        << R << 554 << QByteArray("5.7.1 <x@elsewhere.test>: Relay access denied")
        << Verdict::Refused;
    QTest::newRow("postfix verify unsure")
        << R << 450
        << QByteArray("4.1.1 <x@example.test>: Recipient address rejected: unverified address")
        << Verdict::TemporaryFailure;
    QTest::newRow("greylisting") << R << 451 << QByteArray("4.7.1 Greylisted, try again later")
                                 << Verdict::TemporaryFailure;
    QTest::newRow("too many recipients")
        << R << 452 << QByteArray("4.5.3 Too many recipients") << Verdict::TemporaryFailure;
    QTest::newRow("closing") << V << 421 << QByteArray("4.3.2 Service shutting down")
                             << Verdict::TemporaryFailure;
    // RFC 5321 3.5 examples and codes.
    QTest::newRow("vrfy 250") << V << 250 << QByteArray("Fred Smith <Smith@USC-ISIF.ARPA>")
                              << Verdict::Exists;
    QTest::newRow("vrfy 251") << V << 251
                              << QByteArray("User not local; will forward to <Jones@XYZ.COM>")
                              << Verdict::Exists;
    QTest::newRow("vrfy 551") << V << 551
                              << QByteArray("User not local; please try <Jones@XYZ.COM>")
                              << Verdict::Unknown;
    QTest::newRow("vrfy 550 plain")
        << V << 550 << QByteArray("String does not match anything.") << Verdict::Unknown;
    QTest::newRow("vrfy 553 ambiguous")
        << V << 553 << QByteArray("User ambiguous") << Verdict::Unknown;
    QTest::newRow("expn 250") << E << 250 << QByteArray("Jon Postel <Postel@USC-ISIF.ARPA>")
                              << Verdict::Exists;
    QTest::newRow("not implemented 500")
        << V << 500 << QByteArray("Syntax error, command unrecognized") << Verdict::NotSupported;
    QTest::newRow("parameter not implemented 504")
        << V << 504 << QByteArray("5.5.4 not implemented") << Verdict::NotSupported;
    // Refusals of other kinds.
    QTest::newRow("bad syntax 501")
        << R << 501 << QByteArray("5.1.3 Bad recipient address syntax") << Verdict::Refused;
    QTest::newRow("bad sequence 503")
        << R << 503 << QByteArray("5.5.1 Error: need MAIL command") << Verdict::Refused;
    QTest::newRow("mailbox full 552")
        << R << 552 << QByteArray("5.2.2 Mailbox full") << Verdict::Refused;
    QTest::newRow("disabled mailbox")
        << R << 550 << QByteArray("5.2.1 Mailbox disabled") << Verdict::Refused;
    QTest::newRow("policy 550 5.7.1")
        << V << 550 << QByteArray("5.7.1 VRFY administratively denied") << Verdict::Refused;
    QTest::newRow("554 plain") << R << 554 << QByteArray("Transaction failed") << Verdict::Refused;
    // X.1.x address status: not there.
    QTest::newRow("bad system 5.1.2")
        << R << 550 << QByteArray("5.1.2 Domain not found") << Verdict::Unknown;
    QTest::newRow("moved 5.1.6") << R << 551 << QByteArray("5.1.6 Mailbox has moved")
                                 << Verdict::Unknown;
    QTest::newRow("other address 5.1.0")
        << R << 553 << QByteArray("5.1.0 Address rejected") << Verdict::Unknown;
    QTest::newRow("exchange unknown")
        << R << 550 << QByteArray("5.1.10 RESOLVER.ADR.RecipientNotFound") << Verdict::Unknown;
    QTest::newRow("bad syntax 5.1.3 as 553")
        << R << 553 << QByteArray("5.1.3 Bad address syntax") << Verdict::Refused;
    QTest::newRow("odd 3xx") << R << 354 << QByteArray("go ahead") << Verdict::Refused;
}

void TestAddressVerdicts::classify()
{
    QFETCH(AddressMethod, method);
    QFETCH(int, code);
    QFETCH(QByteArray, text);
    QFETCH(Verdict, verdict);
    const Reply reply = Reply::make(code, text);
    QCOMPARE(postscope::diagnostics::classify(method, reply), verdict);
}

void TestAddressVerdicts::noReplyIsUnanswered()
{
    QCOMPARE(postscope::diagnostics::classify(AddressMethod::Rcpt, Reply()), Verdict::Unanswered);
}

void TestAddressVerdicts::names()
{
    const QStringList expected {
        QStringLiteral("exists"),        QStringLiteral("cannot-verify"),
        QStringLiteral("unknown"),       QStringLiteral("refused"),
        QStringLiteral("not-supported"), QStringLiteral("temporary-failure"),
        QStringLiteral("unanswered")};
    QStringList got;
    for (Verdict v : {Verdict::Exists, Verdict::CannotVerify, Verdict::Unknown, Verdict::Refused,
                      Verdict::NotSupported, Verdict::TemporaryFailure, Verdict::Unanswered})
        got << verdictName(v);
    QCOMPARE(got, expected);
    AddressMethod m = AddressMethod::Vrfy;
    QVERIFY(parseMethod(QStringLiteral("RCPT"), &m));
    QCOMPARE(m, AddressMethod::Rcpt);
    QVERIFY(parseMethod(QStringLiteral("expn"), &m));
    QCOMPARE(methodName(m), QStringLiteral("expn"));
    QVERIFY(!parseMethod(QStringLiteral("smtp"), &m));
    QCOMPARE(m, AddressMethod::Expn);
}

void TestAddressVerdicts::meaning()
{
    // The enhanced code's meaning wins; the RFC section comes with it.
    const QString unknown = meaningOf(Reply::make(550, QByteArray("5.1.1 User unknown")));
    QVERIFY2(unknown.contains(QStringLiteral("RFC 3463")), qPrintable(unknown));
    const QString plain = meaningOf(Reply::make(252, QByteArray("maybe")));
    QVERIFY2(plain.contains(QStringLiteral("RFC 5321")), qPrintable(plain));
    QVERIFY(meaningOf(Reply()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressVerdicts)
#include "tst_addressverdicts.moc"
