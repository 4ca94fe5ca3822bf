// Address checking as the composer's fields are typed (mime/addresscheck.h):
// each mailbox of a field gets a verdict and, when it cannot be used, a
// sentence saying why (RFC 5322 3.4, RFC 5321 4.1.2 and 4.5.3.1).
#include "mime/addresscheck.h"

#include <QTest>

using namespace postscope::mime;

class TestAddressCheck : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void mailbox_data();
    void mailbox();
    void bounds();
};

void TestAddressCheck::split_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("two") << QStringLiteral("a@x.test, b@x.test")
                         << QStringList {QStringLiteral("a@x.test"), QStringLiteral("b@x.test")};
    QTest::newRow("quoted comma") << QStringLiteral("\"Doe, Jane\" <jane@x.test>; bob@x.test")
                                  << QStringList {QStringLiteral("\"Doe, Jane\" <jane@x.test>"),
                                                  QStringLiteral("bob@x.test")};
    QTest::newRow("comment comma") << QStringLiteral("jane@x.test (Doe, (J,) Jane), ,")
                                   << QStringList {QStringLiteral("jane@x.test (Doe, (J,) Jane)")};
    QTest::newRow("escaped quote")
        << QStringLiteral("\"a\\\", b\" <a@x.test>, c@x.test")
        << QStringList {QStringLiteral("\"a\\\", b\" <a@x.test>"), QStringLiteral("c@x.test")};
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList {};
}

void TestAddressCheck::split()
{
    QFETCH(QString, field);
    QFETCH(QStringList, parts);
    QCOMPARE(splitAddressField(field), parts);
}

void TestAddressCheck::mailbox_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QString>("reason"); // a word the error must hold; empty: valid
    QTest::addColumn<bool>("utf8");
    QTest::newRow("bare") << QStringLiteral("alice@example.test")
                          << QByteArray("alice@example.test") << QString() << false;
    QTest::newRow("named") << QStringLiteral("Alice <alice@example.test>")
                           << QByteArray("alice@example.test") << QString() << false;
    QTest::newRow("literal") << QStringLiteral("root@[192.0.2.1]") << QByteArray("root@[192.0.2.1]")
                             << QString() << false;
    QTest::newRow("utf8") << QStringLiteral("J\u00f6rg <j\u00f6rg@example.test>")
                          << QByteArray("j\xc3\xb6rg@example.test") << QString() << true;
    QTest::newRow("no at") << QStringLiteral("alice") << QByteArray() << QStringLiteral("no @")
                           << false;
    QTest::newRow("no domain") << QStringLiteral("alice@") << QByteArray() << QStringLiteral("@")
                               << false;
    QTest::newRow("bad domain") << QStringLiteral("alice@exa_mple..test") << QByteArray()
                                << QStringLiteral("domain") << false;
    QTest::newRow("open bracket") << QStringLiteral("Alice <alice@example.test") << QByteArray()
                                  << QStringLiteral("angle bracket") << false;
    QTest::newRow("long local") << QString(QString(65, QLatin1Char('a'))
                                           + QStringLiteral("@x.test"))
                                << QByteArray() << QStringLiteral("64") << false;
    QTest::newRow("injection") << QStringLiteral("a@x.test\r\nBcc: evil@x.test") << QByteArray()
                               << QStringLiteral("header injection") << false;
}

void TestAddressCheck::mailbox()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, address);
    QFETCH(QString, reason);
    QFETCH(bool, utf8);
    const AddressCheck check = checkMailbox(text);
    if (reason.isEmpty()) {
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.address, address);
        QCOMPARE(check.needsSmtpUtf8, utf8);
    } else {
        QVERIFY(!check.ok());
        QVERIFY2(check.error.contains(reason, Qt::CaseInsensitive), qPrintable(check.error));
    }
}

void TestAddressCheck::bounds()
{
    QStringList many;
    for (int i = 0; i < maxAddressesPerField + 5; ++i)
        many.append(QStringLiteral("u%1@x.test").arg(i));
    const QList<AddressCheck> checks = checkAddressField(many.join(QLatin1Char(',')));
    QCOMPARE(checks.size(), maxAddressesPerField + 1);
    QVERIFY(checks.last().error.contains(QStringLiteral("More than")));
    const QList<AddressCheck> huge
        = checkAddressField(QString(maxAddressFieldChars + 1, QLatin1Char('a')));
    QCOMPARE(huge.size(), 1);
    QVERIFY(!huge.first().ok());
}

QTEST_GUILESS_MAIN(TestAddressCheck)
#include "tst_addresscheck.moc"
