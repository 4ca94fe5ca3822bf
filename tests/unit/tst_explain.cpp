// Explanations of reply codes (RFC 5321 4.2), enhanced status codes (RFC 3463,
// RFC 4954 6, RFC 5248 registry) and ESMTP extensions.
#include "protocol/explain.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace postscope::protocol;

namespace {

// Marks every sentence of the protocol context, to show they go through
// QCoreApplication::translate() with that context and nothing else does.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) == "postscope::protocol")
            return QStringLiteral("[tr] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

EnhancedCode ec(int k, int s, int d)
{
    EnhancedCode c;
    c.klass = k;
    c.subject = s;
    c.detail = d;
    return c;
}

bool oneLine(const Explanation &e)
{
    return !e.summary.contains(QLatin1Char('\n')) && e.summary.size() < 120
        && !e.reference.contains(QLatin1Char('\n'));
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void replyCodes_data();
    void replyCodes();
    void replyCodeFallback_data();
    void replyCodeFallback();
    void everyReplyCodeIsWellFormed();
    void enhancedCodes_data();
    void enhancedCodes();
    void everyRegisteredEnhancedCodeIsKnown();
    void enhancedFallback_data();
    void enhancedFallback();
    void extensions_data();
    void extensions();
    void summariesAreTranslated();
};

void TestExplain::replyCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("reference");

    QTest::newRow("211") << 211 << "System status"
                         << "RFC 5321 4.2.2";
    QTest::newRow("214") << 214 << "Help"
                         << "RFC 5321 4.2.2";
    QTest::newRow("220") << 220 << "Service ready"
                         << "RFC 5321 4.2.2";
    QTest::newRow("221") << 221 << "closing"
                         << "RFC 5321 4.2.2";
    QTest::newRow("235") << 235 << "Authentication succeeded"
                         << "RFC 4954 6";
    QTest::newRow("250") << 250 << "completed"
                         << "RFC 5321 4.2.2";
    QTest::newRow("251") << 251 << "will forward"
                         << "RFC 5321 4.2.2";
    QTest::newRow("252") << 252 << "Cannot verify"
                         << "RFC 5321 4.2.2";
    QTest::newRow("334") << 334 << "challenge"
                         << "RFC 4954 4";
    QTest::newRow("354") << 354 << "Start mail input"
                         << "RFC 5321 4.2.2";
    QTest::newRow("421") << 421 << "not available"
                         << "RFC 5321 4.2.3";
    QTest::newRow("432") << 432 << "password transition"
                         << "RFC 4954 6";
    QTest::newRow("450") << 450 << "Mailbox unavailable"
                         << "RFC 5321 4.2.3";
    QTest::newRow("451") << 451 << "local error"
                         << "RFC 5321 4.2.3";
    QTest::newRow("452") << 452 << "storage"
                         << "RFC 5321 4.2.3";
    QTest::newRow("454") << 454 << "TLS not available"
                         << "RFC 3207 4";
    QTest::newRow("455") << 455 << "accommodate parameters"
                         << "RFC 5321 4.2.3";
    QTest::newRow("500") << 500 << "command unrecognized"
                         << "RFC 5321 4.2.3";
    QTest::newRow("501") << 501 << "parameters or arguments"
                         << "RFC 5321 4.2.3";
    QTest::newRow("502") << 502 << "not implemented"
                         << "RFC 5321 4.2.3";
    QTest::newRow("503") << 503 << "Bad sequence"
                         << "RFC 5321 4.2.3";
    QTest::newRow("504") << 504 << "parameter not implemented"
                         << "RFC 5321 4.2.3";
    QTest::newRow("521") << 521 << "does not accept mail"
                         << "RFC 7504";
    QTest::newRow("523") << 523 << "Encryption needed"
                         << "RFC 5248";
    QTest::newRow("530") << 530 << "Authentication required"
                         << "RFC 4954 6";
    QTest::newRow("534") << 534 << "too weak"
                         << "RFC 4954 6";
    QTest::newRow("535") << 535 << "credentials invalid"
                         << "RFC 4954 6";
    QTest::newRow("538") << 538 << "Encryption required"
                         << "RFC 4954 6";
    QTest::newRow("550") << 550 << "Mailbox unavailable"
                         << "RFC 5321 4.2.3";
    QTest::newRow("551") << 551 << "User not local"
                         << "RFC 5321 4.2.3";
    QTest::newRow("552") << 552 << "storage allocation"
                         << "RFC 5321 4.2.3";
    QTest::newRow("553") << 553 << "Mailbox name not allowed"
                         << "RFC 5321 4.2.3";
    QTest::newRow("554") << 554 << "Transaction failed"
                         << "RFC 5321 4.2.3";
    QTest::newRow("555") << 555 << "not recognized"
                         << "RFC 5321 4.2.3";
}

void TestExplain::replyCodes()
{
    QFETCH(int, code);
    QFETCH(QString, summaryContains);
    QFETCH(QString, reference);
    const Explanation e = explainReplyCode(code);
    QVERIFY(e.isKnown());
    QVERIFY2(e.summary.contains(summaryContains), qPrintable(e.summary));
    QVERIFY2(e.reference.startsWith(reference), qPrintable(e.reference));
    QVERIFY(oneLine(e));
    // Specific, not the class fallback.
    QVERIFY(!e.reference.startsWith("RFC 5321 4.2.1"));
}

void TestExplain::replyCodeFallback_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("summaryContains"); // empty: unknown

    // RFC 5321 4.2.1: the first digit alone still says something.
    QTest::newRow("1yz") << 199 << "preliminary";
    QTest::newRow("2yz") << 299 << "Positive completion";
    QTest::newRow("3yz") << 399 << "intermediate";
    QTest::newRow("4yz") << 499 << "Transient";
    QTest::newRow("5yz") << 599 << "Permanent";
    QTest::newRow("zero") << 0 << "";
    QTest::newRow("99") << 99 << "";
    QTest::newRow("600") << 600 << "";
    QTest::newRow("negative") << -250 << "";
}

void TestExplain::replyCodeFallback()
{
    QFETCH(int, code);
    QFETCH(QString, summaryContains);
    const Explanation e = explainReplyCode(code);
    if (summaryContains.isEmpty()) {
        QVERIFY(!e.isKnown());
        QVERIFY(e.reference.isEmpty());
    } else {
        QVERIFY2(e.summary.contains(summaryContains), qPrintable(e.summary));
        QCOMPARE(e.reference, QStringLiteral("RFC 5321 4.2.1"));
    }
}

void TestExplain::everyReplyCodeIsWellFormed()
{
    for (int code = 100; code <= 599; ++code) {
        const Explanation e = explainReplyCode(code);
        QVERIFY2(e.isKnown(), qPrintable(QString::number(code)));
        QVERIFY2(e.reference.startsWith("RFC "), qPrintable(QString::number(code)));
        QVERIFY(oneLine(e));
    }
}

void TestExplain::enhancedCodes_data()
{
    QTest::addColumn<int>("klass");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("reference");

    QTest::newRow("2.0.0") << 2 << 0 << 0 << "Success"
                           << "RFC 3463";
    QTest::newRow("4.0.0") << 4 << 0 << 0 << "Other or undefined"
                           << "RFC 3463 3.1";
    QTest::newRow("2.1.5") << 2 << 1 << 5 << "Destination address valid"
                           << "RFC 3463 3.2";
    QTest::newRow("5.1.1") << 5 << 1 << 1 << "Bad destination mailbox"
                           << "RFC 3463 3.2";
    QTest::newRow("5.1.3") << 5 << 1 << 3 << "syntax"
                           << "RFC 3463 3.2";
    QTest::newRow("5.1.10") << 5 << 1 << 10 << "null MX"
                            << "RFC 7505";
    QTest::newRow("4.2.2") << 4 << 2 << 2 << "Mailbox full"
                           << "RFC 3463 3.3";
    QTest::newRow("5.3.4") << 5 << 3 << 4 << "too big"
                           << "RFC 3463 3.4";
    QTest::newRow("4.4.1") << 4 << 4 << 1 << "No answer"
                           << "RFC 3463 3.5";
    QTest::newRow("4.4.7") << 4 << 4 << 7 << "Delivery time expired"
                           << "RFC 3463 3.5";
    QTest::newRow("5.5.1") << 5 << 5 << 1 << "Invalid command"
                           << "RFC 3463 3.6";
    QTest::newRow("5.5.2") << 5 << 5 << 2 << "Syntax error"
                           << "RFC 3463 3.6";
    QTest::newRow("5.5.6") << 5 << 5 << 6 << "too long"
                           << "RFC 4954 6";
    QTest::newRow("5.6.7") << 5 << 6 << 7 << "Non-ASCII"
                           << "RFC 6531";
    QTest::newRow("5.7.1") << 5 << 7 << 1 << "not authorized"
                           << "RFC 3463 3.8";
    // RFC 4954 6's codes.
    QTest::newRow("5.7.0") << 5 << 7 << 0 << "authentication required"
                           << "RFC 3463 3.8, RFC 4954 6";
    QTest::newRow("4.7.0") << 4 << 7 << 0 << "temporary authentication failure"
                           << "RFC 3463 3.8, RFC 4954 6";
    QTest::newRow("5.7.8") << 5 << 7 << 8 << "credentials invalid"
                           << "RFC 4954 6";
    QTest::newRow("5.7.9") << 5 << 7 << 9 << "too weak"
                           << "RFC 4954 6";
    QTest::newRow("5.7.11") << 5 << 7 << 11 << "Encryption required"
                            << "RFC 4954 6";
    QTest::newRow("4.7.12") << 4 << 7 << 12 << "password transition"
                            << "RFC 4954 6";
    QTest::newRow("5.7.10") << 5 << 7 << 10 << "Encryption needed"
                            << "RFC 5248";
    QTest::newRow("5.7.23") << 5 << 7 << 23 << "SPF"
                            << "RFC 7372";
    QTest::newRow("5.7.30") << 5 << 7 << 30 << "REQUIRETLS"
                            << "RFC 8689";
}

void TestExplain::enhancedCodes()
{
    QFETCH(int, klass);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QFETCH(QString, summaryContains);
    QFETCH(QString, reference);
    const Explanation e = explainEnhancedCode(ec(klass, subject, detail));
    QVERIFY(e.isKnown());
    QVERIFY2(e.summary.contains(summaryContains, Qt::CaseInsensitive), qPrintable(e.summary));
    QVERIFY2(e.reference.startsWith(reference), qPrintable(e.reference));
    QVERIFY(oneLine(e));
}

void TestExplain::everyRegisteredEnhancedCodeIsKnown()
{
    // Every code of RFC 3463 3.1-3.8, plus those added by RFC 3886, 4468,
    // 4954, 5248, 6531, 6710, 7293, 7372 and 7505: a specific explanation each,
    // distinct from the subject's "other" entry.
    const QList<QPair<int, int>> lastDetail = {
        {1, 10}, {2, 4}, {3, 6}, {4, 7}, {5, 6}, {6, 9}, {7, 27},
    };
    for (const int klass : {4, 5}) {
        for (const auto &[subject, last] : lastDetail) {
            const Explanation other = explainEnhancedCode(ec(klass, subject, 0));
            QVERIFY(other.isKnown());
            for (int detail = 1; detail <= last; ++detail) {
                const Explanation e = explainEnhancedCode(ec(klass, subject, detail));
                const QString code = ec(klass, subject, detail).toString();
                QVERIFY2(e.isKnown(), qPrintable(code));
                QVERIFY2(e.summary != other.summary, qPrintable(code));
                QVERIFY2(e.reference.startsWith("RFC "), qPrintable(code));
                QVERIFY(oneLine(e));
            }
        }
    }
}

void TestExplain::enhancedFallback_data()
{
    QTest::addColumn<int>("klass");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("summaryContains"); // empty: unknown

    // An unregistered detail falls back to its subject's "other" meaning.
    QTest::newRow("5.1.99") << 5 << 1 << 99 << "Other address status";
    QTest::newRow("4.4.500") << 4 << 4 << 500 << "network or routing";
    // An unknown subject falls back to the class.
    QTest::newRow("5.9.9") << 5 << 9 << 9 << "Permanent failure";
    QTest::newRow("4.8.0") << 4 << 8 << 0 << "Persistent transient failure";
    QTest::newRow("2.9.9") << 2 << 9 << 9 << "Success";
    QTest::newRow("absent") << 0 << 1 << 1 << "";
}

void TestExplain::enhancedFallback()
{
    QFETCH(int, klass);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QFETCH(QString, summaryContains);
    const Explanation e = explainEnhancedCode(ec(klass, subject, detail));
    if (summaryContains.isEmpty()) {
        QVERIFY(!e.isKnown());
    } else {
        QVERIFY2(e.summary.contains(summaryContains), qPrintable(e.summary));
        QVERIFY(e.reference.startsWith("RFC 3463"));
    }
}

void TestExplain::extensions_data()
{
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QString>("reference"); // empty: unknown

    QTest::newRow("SIZE") << QByteArray("SIZE") << "RFC 1870";
    QTest::newRow("PIPELINING") << QByteArray("PIPELINING") << "RFC 2920";
    QTest::newRow("CHUNKING") << QByteArray("CHUNKING") << "RFC 3030";
    QTest::newRow("BINARYMIME") << QByteArray("BINARYMIME") << "RFC 3030";
    QTest::newRow("8BITMIME") << QByteArray("8BITMIME") << "RFC 6152";
    QTest::newRow("SMTPUTF8") << QByteArray("SMTPUTF8") << "RFC 6531";
    QTest::newRow("DSN") << QByteArray("DSN") << "RFC 3461";
    QTest::newRow("ENHANCEDSTATUSCODES") << QByteArray("ENHANCEDSTATUSCODES") << "RFC 2034";
    QTest::newRow("STARTTLS") << QByteArray("STARTTLS") << "RFC 3207";
    QTest::newRow("AUTH") << QByteArray("AUTH") << "RFC 4954";
    QTest::newRow("AUTH=") << QByteArray("AUTH=") << "RFC 4954";
    QTest::newRow("DELIVERBY") << QByteArray("DELIVERBY") << "RFC 2852";
    QTest::newRow("REQUIRETLS") << QByteArray("REQUIRETLS") << "RFC 8689";
    QTest::newRow("ETRN") << QByteArray("ETRN") << "RFC 1985";
    QTest::newRow("VRFY") << QByteArray("VRFY") << "RFC 5321";
    QTest::newRow("EXPN") << QByteArray("EXPN") << "RFC 5321";
    QTest::newRow("HELP") << QByteArray("HELP") << "RFC 5321";
    QTest::newRow("XCLIENT") << QByteArray("XCLIENT") << "Postfix";
    QTest::newRow("XFORWARD") << QByteArray("XFORWARD") << "Postfix";
    QTest::newRow("MTRK") << QByteArray("MTRK") << "RFC 3885";
    QTest::newRow("FUTURERELEASE") << QByteArray("FUTURERELEASE") << "RFC 4865";
    QTest::newRow("LIMITS") << QByteArray("LIMITS") << "RFC 9422";
    QTest::newRow("MT-PRIORITY") << QByteArray("MT-PRIORITY") << "RFC 6710";
    QTest::newRow("BURL") << QByteArray("BURL") << "RFC 4468";
    QTest::newRow("lower-case") << QByteArray("pipelining") << "RFC 2920";
    QTest::newRow("mixed-case") << QByteArray("StartTls") << "RFC 3207";
    QTest::newRow("unknown") << QByteArray("X-NOPE") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("prefix-only") << QByteArray("PIPE") << "";
}

void TestExplain::extensions()
{
    QFETCH(QByteArray, keyword);
    QFETCH(QString, reference);
    const Explanation e = explainExtension(keyword);
    if (reference.isEmpty()) {
        QVERIFY(!e.isKnown());
        return;
    }
    QVERIFY(e.isKnown());
    QVERIFY2(e.reference.startsWith(reference), qPrintable(e.reference));
    QVERIFY(oneLine(e));
}

void TestExplain::summariesAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Explanation reply = explainReplyCode(550);
    const Explanation generic = explainReplyCode(299);
    const Explanation enhanced = explainEnhancedCode(ec(5, 7, 8));
    const Explanation extension = explainExtension("SIZE");
    QCoreApplication::removeTranslator(&translator);

    for (const Explanation &e : {reply, generic, enhanced, extension}) {
        QVERIFY2(e.summary.startsWith("[tr] "), qPrintable(e.summary));
        // References are protocol text: never translated.
        QVERIFY2(e.reference.startsWith("RFC "), qPrintable(e.reference));
    }
    QVERIFY(!explainReplyCode(550).summary.startsWith("[tr] "));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
