// The envelope rules of smtplib's send_message() (Lib/smtplib.py and
// Lib/test/test_smtplib.py: testSendMessage*, Resent- blocks, Bcc removal,
// international addresses), applied to raw header sections.
#include "mime/envelope.h"

#include <QTest>

using namespace postscope::mime;

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void derive_data();
    void derive();
    void overrides();
    void stripBcc_data();
    void stripBcc();
    void headerSection_data();
    void headerSection();
    void folding();
};

void TestEnvelope::derive_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("sender");
    QTest::addColumn<QList<QByteArray>>("recipients");
    QTest::addColumn<bool>("resent");
    QTest::addColumn<bool>("international");
    QTest::addColumn<bool>("valid");

    using L = QList<QByteArray>;
    // testSendMessage: From, To, Cc and Bcc with display names; smtplib
    // reads To, then Bcc, then Cc.
    QTest::newRow("to-cc-bcc")
        << QByteArray("From: foo@bar.com\r\n"
                      "To: John <john@example.test>, Dinsdale <dinsdale@example.test>\r\n"
                      "CC: Sally <sally@example.test>, Fred <fred@example.test>\r\n"
                      "Bcc: John Root <root@localhost>, \"Dinsdale\" <warped@silly.walks.com>\r\n"
                      "Subject: x\r\n\r\n")
        << QByteArray("foo@bar.com")
        << L{"john@example.test", "dinsdale@example.test", "root@localhost", "warped@silly.walks.com",
             "sally@example.test", "fred@example.test"}
        << false << false << true;
    // testSendMessageWithSpecifiedAddresses is covered by overrides().
    // testSendMessageWithMultipleFrom: Sender wins over From (RFC 5322 3.6.2).
    QTest::newRow("sender-over-from")
        << QByteArray("From: Bernard <the_rescuers@Rescue-Aid-Society.com>, Bianca <bianca@example.test>\r\n"
                      "Sender: the_rescuers@Rescue-Aid-Society.com\r\n"
                      "To: John <john@example.test>\r\n\r\n")
        << QByteArray("the_rescuers@Rescue-Aid-Society.com") << L{"john@example.test"} << false << false << true;
    QTest::newRow("sender-after-from-still-wins")
        << QByteArray("From: a@example.test\r\nTo: b@example.test\r\nSender: s@example.test\r\n\r\n")
        << QByteArray("s@example.test") << L{"b@example.test"} << false << false << true;
    QTest::newRow("first-from-only")
        << QByteArray("From: a@example.test, other@example.test\r\nTo: b@example.test\r\n\r\n")
        << QByteArray("a@example.test") << L{"b@example.test"} << false << false << true;
    QTest::newRow("group-flattened")
        << QByteArray("From: a@example.test\r\nTo: friends: x@example.test, y@example.test;, z@example.test\r\n\r\n")
        << QByteArray("a@example.test") << L{"x@example.test", "y@example.test", "z@example.test"}
        << false << false << true;
    QTest::newRow("case-insensitive-names")
        << QByteArray("FROM: a@example.test\r\nto: b@example.test\r\nbcc: c@example.test\r\n\r\n")
        << QByteArray("a@example.test") << L{"b@example.test", "c@example.test"} << false << false << true;
    QTest::newRow("only-first-to-field")
        << QByteArray("From: a@example.test\r\nTo: b@example.test\r\nTo: ignored@example.test\r\n\r\n")
        << QByteArray("a@example.test") << L{"b@example.test"} << false << false << true;
    // testSendMessageResent: the single Resent- block replaces the rest.
    QTest::newRow("resent-block")
        << QByteArray("From: foo@bar.com\r\n"
                      "To: John <john@example.test>\r\n"
                      "CC: Sally <sally@example.test>\r\n"
                      "Bcc: John Root <root@localhost>\r\n"
                      "Resent-Date: Thu, 1 Jan 1970 17:42:00 +0000\r\n"
                      "Resent-From: holy@grail.net\r\n"
                      "Resent-To: Martha <my_mom@great.cooker.com>, Jeff\r\n"
                      "Resent-Bcc: doe@losthope.net\r\n\r\n")
        << QByteArray("holy@grail.net") << L{"my_mom@great.cooker.com", "Jeff", "doe@losthope.net"}
        << true << false << true;
    QTest::newRow("resent-sender")
        << QByteArray("From: foo@bar.com\r\nSender: s@bar.com\r\nTo: t@bar.com\r\n"
                      "Resent-Date: Thu, 1 Jan 1970 17:42:00 +0000\r\n"
                      "Resent-Sender: rs@grail.net\r\nResent-From: rf@grail.net\r\nResent-Cc: rc@grail.net\r\n\r\n")
        << QByteArray("rs@grail.net") << L{"rc@grail.net"} << true << false << true;
    // testSendMessageMultipleResentRaises: ValueError in smtplib.
    QTest::newRow("two-resent-blocks")
        << QByteArray("From: foo@bar.com\r\nTo: John <john@example.test>\r\n"
                      "Resent-Date: Thu, 1 Jan 1970 17:42:00 +0000\r\n"
                      "Resent-From: holy@grail.net\r\nResent-To: Martha <my_mom@great.cooker.com>, Jeff\r\n"
                      "Resent-Date: Thu, 2 Jan 1970 17:42:00 +0000\r\n"
                      "Resent-To: holy@grail.net\r\nResent-From: Martha <my_mom@great.cooker.com>, Jeff\r\n\r\n")
        << QByteArray() << L{} << false << false << false;
    // test_send_message_uses_smtputf8_if_addrs_non_ascii (RFC 6531).
    QTest::newRow("international")
        << QByteArray("From: Páolo <főo@bar.com>\r\nTo: Dinsdale <dinsdale@example.test>, Ünicode <ü@example.test>\r\n\r\n")
        << QByteArray("főo@bar.com") << L{"dinsdale@example.test", "ü@example.test"} << false << true << true;
    QTest::newRow("encoded-name-ascii-address")
        << QByteArray("From: =?utf-8?q?P=C3=A1olo?= <paolo@bar.com>\r\nTo: t@example.test\r\n\r\n")
        << QByteArray("paolo@bar.com") << L{"t@example.test"} << false << false << true;
    QTest::newRow("no-sender")
        << QByteArray("To: t@example.test\r\n\r\n") << QByteArray() << L{} << false << false << false;
    QTest::newRow("no-recipients")
        << QByteArray("From: a@example.test\r\nSubject: hi\r\n\r\n") << QByteArray() << L{} << false << false << false;
    QTest::newRow("lf-only")
        << QByteArray("From: a@example.test\nTo: b@example.test\n\nbody\n")
        << QByteArray("a@example.test") << L{"b@example.test"} << false << false << true;
}

void TestEnvelope::derive()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, sender);
    QFETCH(QList<QByteArray>, recipients);
    QFETCH(bool, resent);
    QFETCH(bool, international);
    QFETCH(bool, valid);

    const qsizetype length = headerSectionLength(headers);
    QVERIFY(length > 0);
    const DerivedEnvelope envelope = deriveEnvelope(QByteArrayView(headers).first(length));
    QCOMPARE(envelope.isValid(), valid);
    if (!valid) {
        QVERIFY(!envelope.error.isEmpty());
        return;
    }
    QCOMPARE(envelope.sender, sender);
    QCOMPARE(envelope.recipients, recipients);
    QCOMPARE(envelope.resent, resent);
    QCOMPARE(envelope.international, international);
}

void TestEnvelope::overrides()
{
    // testSendMessageWithSpecifiedAddresses: explicit from/to win.
    const QByteArray headers = "From: foo@bar.com\r\nTo: John <john@example.test>\r\nBcc: r@localhost\r\n\r\n";
    DerivedEnvelope envelope = deriveEnvelope(headers, "joe@example.com", {"foo@example.net"});
    QVERIFY(envelope.isValid());
    QCOMPARE(envelope.sender, QByteArray("joe@example.com"));
    QCOMPARE(envelope.recipients, QList<QByteArray>{"foo@example.net"});
    envelope = deriveEnvelope(headers, "joe@example.com");
    QCOMPARE(envelope.recipients, (QList<QByteArray>{"john@example.test", "r@localhost"}));
    // Even a message that names nobody can go out with --from/--to.
    envelope = deriveEnvelope("Subject: x\r\n\r\n", "a@b.test", {"c@d.test"});
    QVERIFY(envelope.isValid());
    // An international override needs SMTPUTF8 too.
    envelope = deriveEnvelope(headers, "jöe@example.com");
    QVERIFY(envelope.international);
}

void TestEnvelope::stripBcc_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("bcc") << QByteArray("From: a@x\r\nBcc: b@x\r\nTo: c@x\r\n\r\n")
                         << QByteArray("From: a@x\r\nTo: c@x\r\n\r\n");
    QTest::newRow("folded-bcc") << QByteArray("From: a@x\r\nBCC: b@x,\r\n  d@x\r\n\tf@x\r\nTo: c@x\r\n\r\n")
                                << QByteArray("From: a@x\r\nTo: c@x\r\n\r\n");
    QTest::newRow("resent-bcc-and-several") << QByteArray("Bcc: 1@x\r\nResent-Bcc: 2@x\r\nX: y\r\nbcc: 3@x\r\n\r\n")
                                            << QByteArray("X: y\r\n\r\n");
    QTest::newRow("bcc-lookalikes-kept") << QByteArray("X-Bcc: k@x\r\nBccx: k@x\r\nSubject: Bcc: no\r\n\r\n")
                                         << QByteArray("X-Bcc: k@x\r\nBccx: k@x\r\nSubject: Bcc: no\r\n\r\n");
    QTest::newRow("lf") << QByteArray("Bcc: b@x\nTo: c@x\n\n") << QByteArray("To: c@x\n\n");
    QTest::newRow("last-field") << QByteArray("To: c@x\r\nBcc: b@x\r\n\r\n") << QByteArray("To: c@x\r\n\r\n");
}

void TestEnvelope::stripBcc()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(stripBccFields(in), out);
}

void TestEnvelope::headerSection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<int>("length");
    QTest::newRow("crlf") << QByteArray("A: b\r\n\r\nbody") << false << 8;
    QTest::newRow("lf") << QByteArray("A: b\n\nbody") << false << 6;
    QTest::newRow("no-header") << QByteArray("\r\nbody") << false << 2;
    QTest::newRow("incomplete") << QByteArray("A: b\r\nC: d\r\n") << false << -1;
    QTest::newRow("all-header") << QByteArray("A: b\r\nC: d\r\n") << true << 12;
}

void TestEnvelope::headerSection()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, atEnd);
    QFETCH(int, length);
    QCOMPARE(headerSectionLength(data, atEnd), qsizetype(length));
}

void TestEnvelope::folding()
{
    const QByteArray headers = "Subject: one\r\n two\r\nTo: a@x,\r\n\tb@x\r\n\r\n";
    const QList<HeaderField> fields = parseHeaderFields(headers);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].name, QByteArray("Subject"));
    QCOMPARE(fields[0].value, QByteArray("one two"));
    QCOMPARE(fields[1].offset, qsizetype(20));
    QCOMPARE(fields[1].length, qsizetype(16)); // "To: a@x,\r\n" + "\tb@x\r\n"
    QCOMPARE(addressesOf({fields[1].value}), (QList<QByteArray>{"a@x", "b@x"}));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
