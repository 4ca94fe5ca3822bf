// The lint before sending (issue 9, section 3): a table of messages, each
// with exactly the findings it must produce and none other.
#include "mime/lint.h"

#include <QTest>

using namespace postscope::mime;

class TestLint : public QObject
{
    Q_OBJECT
private slots:
    void table_data();
    void table();
    void pieces();
};

static const QByteArray good = "Date: Sun, 22 Nov 2026 07:00:00 +0000\r\n"
                               "From: Ann <ann@example.test>\r\n"
                               "To: bob@example.test\r\n"
                               "Message-ID: <1@example.test>\r\n"
                               "Subject: hi\r\n\r\n";

void TestLint::table_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("server"); // TransportCapabilities::parse
    QTest::addColumn<QByteArray>("mailFrom");
    QTest::addColumn<QList<QByteArray>>("mailOptions");
    QTest::addColumn<QList<QByteArray>>("rcptOptions");
    QTest::addColumn<QList<QByteArray>>("blind");
    QTest::addColumn<QList<QByteArray>>("findings"); // ids, in the lint's order; "!" marks an error

    using L = QList<QByteArray>;
    QTest::newRow("clean") << good + "body\r\n"
                           << "" << QByteArray("ann@example.test") << L {} << L {} << L {} << L {};
    QTest::newRow("bare-lf") << QByteArray(good + "a\nb\r\n") << ""
                             << QByteArray("ann@example.test") << L {} << L {} << L {}
                             << L {"bare-lf"};
    QTest::newRow("bare-cr") << QByteArray(good + "a\rb\r\n") << ""
                             << QByteArray("ann@example.test") << L {} << L {} << L {}
                             << L {"bare-cr"};
    QTest::newRow("long-body-line") << good + QByteArray(999, 'x') + "\r\n"
                                    << "8BITMIME" << QByteArray("ann@example.test") << L {} << L {}
                                    << L {} << L {"!line-too-long"};
    QTest::newRow("998-is-fine") << good + QByteArray(998, 'x') + "\r\n"
                                 << "" << QByteArray("ann@example.test") << L {} << L {} << L {}
                                 << L {};
    QTest::newRow("long-line-binarymime")
        << good + QByteArray(5000, 'x') + "\r\n"
        << "BINARYMIME,CHUNKING,8BITMIME" << QByteArray("ann@example.test") << L {"BODY=BINARYMIME"}
        << L {} << L {} << L {};
    QTest::newRow("binarymime-without-chunking")
        << good + "x\r\n"
        << "BINARYMIME" << QByteArray("ann@example.test") << L {"BODY=BINARYMIME"} << L {} << L {}
        << L {"!binarymime-not-offered"};
    QTest::newRow("8bit-no-8bitmime")
        << good + "caf\xc3\xa9\r\n"
        << "" << QByteArray("ann@example.test") << L {} << L {} << L {} << L {"!8bit-not-offered"};
    QTest::newRow("8bit-with-8bitmime")
        << good + "caf\xc3\xa9\r\n"
        << "8BITMIME" << QByteArray("ann@example.test") << L {} << L {} << L {} << L {};
    QTest::newRow("no-date-no-id")
        << QByteArray("From: ann@example.test\r\nTo: bob@example.test\r\n\r\nx\r\n") << ""
        << QByteArray("ann@example.test") << L {} << L {} << L {}
        << L {"missing-date", "missing-message-id"};
    QTest::newRow("no-from") << QByteArray(
        "Date: Sun, 22 Nov 2026 07:00:00 +0000\r\nMessage-ID: <1@x.test>\r\n\r\n")
                             << "" << QByteArray("ann@example.test") << L {} << L {} << L {}
                             << L {"missing-from"};
    QTest::newRow("from-differs") << good + "x\r\n"
                                  << "" << QByteArray("bounce@other.test") << L {} << L {} << L {}
                                  << L {"from-differs"};
    QTest::newRow("from-same-idn")
        << QByteArray(good).replace("ann@example.test",
                                    "ann@b\xc3\xbc"
                                    "cher.example")
            + "x\r\n"
        << "SMTPUTF8" << QByteArray("ann@xn--bcher-kva.example") << L {} << L {} << L {} << L {};
    QTest::newRow("null-sender") << good + "x\r\n"
                                 << "" << QByteArray() << L {} << L {} << L {} << L {};
    QTest::newRow("!bcc-visible") << good + "x\r\n"
                                  << "" << QByteArray("ann@example.test") << L {} << L {}
                                  << L {"BOB@example.test"} << L {"!bcc-visible"};
    QTest::newRow("!bcc-field-sent")
        << QByteArray(good).replace("Subject:", "Bcc: carl@example.test\r\nSubject:") + "x\r\n"
        << "" << QByteArray("ann@example.test") << L {} << L {} << L {"carl@example.test"}
        << L {"!bcc-field-sent", "!bcc-visible"};
    QTest::newRow("html-only")
        << QByteArray(good).replace("Subject: hi\r\n", "Subject: hi\r\nContent-Type: text/html\r\n")
            + "<p>x</p>\r\n"
        << "" << QByteArray("ann@example.test") << L {} << L {} << L {} << L {"html-without-text"};
    const QByteArray alternative
        = "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
          "Content-Type: text/plain\r\n\r\nx\r\n--b1\r\nContent-Type: text/html\r\n\r\n"
          "<p>x</p>\r\n--b1--\r\n";
    QTest::newRow("html-with-alternative")
        << QByteArray(good).chopped(2) + alternative << "" << QByteArray("ann@example.test") << L {}
        << L {} << L {} << L {};
    const QByteArray mixedHtml
        = "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\n"
          "Content-Type: text/html\r\n\r\n<p>x</p>\r\n--m\r\nContent-Type: text/plain\r\n\r\n"
          "x\r\n--m--\r\n";
    QTest::newRow("html-in-mixed")
        << QByteArray(good).chopped(2) + mixedHtml << "" << QByteArray("ann@example.test") << L {}
        << L {} << L {} << L {"html-without-text"};
    QTest::newRow("size") << good + QByteArray(100, 'x') + "\r\n"
                          << "SIZE=100" << QByteArray("ann@example.test") << L {} << L {} << L {}
                          << L {"!size-exceeded"};
    QTest::newRow("size-unlimited")
        << good + "x\r\n"
        << "SIZE" << QByteArray("ann@example.test") << L {} << L {} << L {} << L {};
    QTest::newRow("utf8-header") << QByteArray(good).replace("Subject: hi", "Subject: h\xc3\xafi")
                                 << "8BITMIME" << QByteArray("ann@example.test") << L {} << L {}
                                 << L {} << L {"!utf8-header-not-offered"};
    QTest::newRow("utf8-header-smtputf8")
        << QByteArray(good).replace("Subject: hi", "Subject: h\xc3\xafi") << "8BITMIME,SMTPUTF8"
        << QByteArray("ann@example.test") << L {} << L {} << L {} << L {};
    QTest::newRow("utf8-part-header") << QByteArray(good).chopped(2)
            + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: "
              "text/plain; name=\"\xc3\xa9.txt\"\r\n\r\nx\r\n--m--\r\n"
                                      << "8BITMIME" << QByteArray("ann@example.test") << L {}
                                      << L {} << L {} << L {"!utf8-header-not-offered"};
    QTest::newRow("utf8-address") << good + "x\r\n"
                                  << "" << QByteArray("j\xc3\xb6rg@example.test") << L {} << L {}
                                  << L {} << L {"from-differs", "!utf8-address-not-offered"};
    QTest::newRow("dsn") << good + "x\r\n"
                         << "" << QByteArray("ann@example.test") << L {"RET=HDRS"}
                         << L {"NOTIFY=SUCCESS,FAILURE"} << L {} << L {"!dsn-not-offered"};
    QTest::newRow("dsn-offered") << good + "x\r\n"
                                 << "DSN" << QByteArray("ann@example.test") << L {"RET=HDRS"}
                                 << L {"NOTIFY=SUCCESS,FAILURE"} << L {} << L {};
}

void TestLint::table()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, server);
    QFETCH(QByteArray, mailFrom);
    QFETCH(QList<QByteArray>, mailOptions);
    QFETCH(QList<QByteArray>, rcptOptions);
    QFETCH(QList<QByteArray>, blind);
    QFETCH(QList<QByteArray>, findings);
    LintContext context;
    QString error;
    context.server = TransportCapabilities::parse(server, &error);
    QVERIFY(error.isEmpty());
    context.envelope.sender = mailFrom;
    context.envelope.mailOptions = mailOptions;
    context.envelope.recipients = {postscope::engine::Recipient {"bob@example.test", rcptOptions}};
    context.blindRecipients = blind;
    const QList<LintFinding> found = lintMessage(message, context);
    QList<QByteArray> ids;
    for (const LintFinding &f : found) {
        ids.append((f.severity == LintFinding::Severity::Error ? "!" : "") + f.id);
        QVERIFY(!f.message.isEmpty() && !f.fix.isEmpty());
        // The server lacks an extension: send exits 11 for these (CLI.md).
        QCOMPARE(f.needsExtension, f.id.contains("not-offered") || f.id == "size-exceeded");
    }
    QCOMPARE(ids, findings);
}

// Fed in pieces of every size, the findings are the same (state crosses
// piece boundaries: CR LF split, delimiters, header blocks).
void TestLint::pieces()
{
    const QByteArray message = QByteArray(good).chopped(2)
        + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\n"
          "Content-Type: text/html\r\n\r\n<p>x</p>\r\nbare\nlf\r\n--m--\r\n";
    LintContext context;
    context.envelope.sender = "ann@example.test";
    const QList<LintFinding> whole = lintMessage(message, context);
    QCOMPARE(whole.size(), 2);
    for (int step = 1; step < 9; ++step) {
        Linter linter(context);
        for (qsizetype i = 0; i < message.size(); i += step)
            linter.feed(
                QByteArrayView(message).sliced(i, qMin<qsizetype>(step, message.size() - i)));
        const QList<LintFinding> found = linter.finish();
        QCOMPARE(found.size(), whole.size());
        for (int i = 0; i < found.size(); ++i)
            QCOMPARE(found.at(i).id, whole.at(i).id);
    }
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
