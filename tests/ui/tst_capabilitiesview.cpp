// The capabilities view: every EHLO keyword with its parameters and meaning,
// before and after TLS side by side with the differences marked (RFC 3207
// 4.2), SIZE in human units (RFC 1870), AUTH offered outside TLS flagged
// (RFC 4954 4), implicit TLS, and the empty state.

#include "capabilities/capabilitiesview.h"
#include "common/findingsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace postscope;
using View = ui::CapabilitiesView;

namespace {

protocol::Capabilities ehlo(const QList<QByteArray> &lines)
{
    return protocol::Capabilities::fromEhloReply(protocol::Reply::make(250, lines));
}

View::Change changeOf(QTreeWidgetItem *item)
{
    return View::Change(item->data(View::KeywordColumn, View::ChangeRole).toInt());
}

} // namespace

class TestCapabilitiesView : public QObject
{
    Q_OBJECT

private slots:
    void emptyUntilAServerAnswers();
    void beforeAndAfterTls();
    void sizeInHumanUnits_data();
    void sizeInHumanUnits();
    void authBeforeTlsFlagged();
    void withoutTls();
    void implicitTls();
    void serverWordsEscaped();
};

void TestCapabilitiesView::emptyUntilAServerAnswers()
{
    View view;
    QCOMPARE(view.tree()->topLevelItemCount(), 1);
    QVERIFY(view.tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Nothing yet")));
    QVERIFY(view.serverName()->isHidden());
    QVERIFY(view.remarks()->isHidden());
}

void TestCapabilitiesView::beforeAndAfterTls()
{
    // A usual submission server: STARTTLS before, AUTH only after, a larger
    // SIZE after login is possible.
    const auto before
        = ehlo({"mx.example.test Hello", "PIPELINING", "SIZE 10240000", "STARTTLS", "8BITMIME"});
    const auto after = ehlo(
        {"mx.example.test Hello", "PIPELINING", "SIZE 52428800", "AUTH PLAIN LOGIN", "8BITMIME"});
    View view;
    view.show();
    view.setCapabilities(before, after, QStringLiteral("192.0.2.1:587"));
    QTreeWidget *tree = view.tree();
    QCOMPARE(tree->headerItem()->text(View::BeforeColumn), QStringLiteral("Before TLS"));
    QCOMPARE(tree->headerItem()->text(View::AfterColumn), QStringLiteral("After TLS"));
    QVERIFY(!tree->isColumnHidden(View::ChangeColumn));
    // The server's name line above, then the union of keywords in the server's order.
    QCOMPARE(view.serverName()->text(),
             QStringLiteral("The server calls itself “mx.example.test Hello”."));
    QStringList keywords;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keywords.append(tree->topLevelItem(i)->text(View::KeywordColumn));
    QCOMPARE(keywords, (QStringList {"PIPELINING", "SIZE", "STARTTLS", "8BITMIME", "AUTH"}));

    QCOMPARE(changeOf(view.rowFor(QStringLiteral("PIPELINING"))), View::Change::None);
    QCOMPARE(view.rowFor(QStringLiteral("PIPELINING"))->text(View::ChangeColumn), QString());
    QTreeWidgetItem *starttls = view.rowFor(QStringLiteral("STARTTLS"));
    QCOMPARE(changeOf(starttls), View::Change::Removed);
    QCOMPARE(starttls->text(View::ChangeColumn), QStringLiteral("only before TLS"));
    QCOMPARE(starttls->text(View::BeforeColumn), QStringLiteral("✓"));
    QCOMPARE(starttls->text(View::AfterColumn), QStringLiteral("—"));
    QCOMPARE(starttls->data(View::AfterColumn, Qt::AccessibleTextRole).toString(),
             QStringLiteral("not offered"));
    QVERIFY(starttls->font(View::KeywordColumn).bold());
    QTreeWidgetItem *auth = view.rowFor(QStringLiteral("AUTH"));
    QCOMPARE(changeOf(auth), View::Change::Added);
    QCOMPARE(auth->text(View::ChangeColumn), QStringLiteral("only after TLS"));
    QCOMPARE(auth->childCount(), 2);
    QCOMPARE(auth->child(0)->text(View::KeywordColumn), QStringLiteral("PLAIN"));
    QCOMPARE(auth->child(0)->text(View::AfterColumn), QStringLiteral("✓"));
    // AUTH only after TLS is what RFC 4954 4 asks for: nothing flagged.
    QVERIFY(!auth->data(View::BeforeColumn, View::FlaggedRole).toBool());
    QVERIFY(view.remarks()->isHidden());
    QTreeWidgetItem *size = view.rowFor(QStringLiteral("SIZE"));
    QCOMPARE(changeOf(size), View::Change::Changed);
    QCOMPARE(size->text(View::ChangeColumn), QStringLiteral("parameters changed"));
    // Every keyword says what it means and where that is written.
    QVERIFY(size->text(View::MeaningColumn).contains(QStringLiteral("RFC 1870")));
    QVERIFY(starttls->text(View::MeaningColumn).contains(QStringLiteral("RFC 3207")));
    QVERIFY(auth->text(View::MeaningColumn).contains(QStringLiteral("RFC 4954")));
}

void TestCapabilitiesView::sizeInHumanUnits_data()
{
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("detail");
    const QLocale locale;
    QTest::newRow("100 MiB") << QByteArray("104857600")
                             << locale.formattedDataSize(104857600, 0, QLocale::DataSizeIecFormat)
                             << locale.toString(104857600);
    QTest::newRow("10 MB, not whole MiB")
        << QByteArray("10240000")
        << locale.formattedDataSize(10240000, 1, QLocale::DataSizeIecFormat)
        << locale.toString(10240000);
    QTest::newRow("small") << QByteArray("512") << QStringLiteral("512 octets") << QString();
    QTest::newRow("no fixed limit") << QByteArray("0") << QStringLiteral("no fixed limit")
                                    << QStringLiteral("0 means no fixed maximum");
    QTest::newRow("not a number") << QByteArray("lots") << QStringLiteral("lots") << QString();
}

void TestCapabilitiesView::sizeInHumanUnits()
{
    QFETCH(QByteArray, parameter);
    QFETCH(QString, shown);
    QFETCH(QString, detail);
    QCOMPARE(View::sizeText(parameter), shown);
    if (!detail.isEmpty())
        QVERIFY2(View::sizeDetail(parameter).contains(detail),
                 qPrintable(View::sizeDetail(parameter)));
    View view;
    view.setCapabilities(ehlo({"mx", "SIZE " + parameter}), {});
    QCOMPARE(view.rowFor(QStringLiteral("SIZE"))->text(View::BeforeColumn), shown);
}

void TestCapabilitiesView::authBeforeTlsFlagged()
{
    const auto before = ehlo({"mx", "AUTH PLAIN LOGIN CRAM-MD5", "STARTTLS"});
    const auto after = ehlo({"mx", "AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256"});
    View view;
    view.show();
    view.setCapabilities(before, after);
    QTreeWidgetItem *auth = view.rowFor(QStringLiteral("AUTH"));
    QVERIFY(auth->data(View::BeforeColumn, View::FlaggedRole).toBool());
    QVERIFY(!auth->icon(View::BeforeColumn).isNull());
    QVERIFY(auth->toolTip(View::BeforeColumn).contains(QStringLiteral("RFC 4954")));
    QVERIFY(!auth->data(View::AfterColumn, View::FlaggedRole).toBool());
    QCOMPARE(changeOf(auth), View::Change::Changed);
    // The mechanisms that carry the password itself are flagged one by one.
    QMap<QString, bool> flagged;
    for (int i = 0; i < auth->childCount(); ++i)
        flagged.insert(auth->child(i)->text(View::KeywordColumn),
                       auth->child(i)->data(View::BeforeColumn, View::FlaggedRole).toBool());
    QCOMPARE(flagged,
             (QMap<QString, bool> {
                 {"PLAIN", true}, {"LOGIN", true}, {"CRAM-MD5", false}, {"SCRAM-SHA-256", false}}));
    QCOMPARE(auth->child(3)->text(View::BeforeColumn), QStringLiteral("—"));
    // And said in words above the table.
    QVERIFY(!view.remarks()->isHidden());
    QCOMPARE(view.remarks()->findings().size(), 1);
    const ui::Finding finding = view.remarks()->findings().first();
    QCOMPARE(finding.severity, ui::Finding::Severity::Warning);
    QCOMPARE(finding.message,
             QStringLiteral("The server offers AUTH (PLAIN, LOGIN, CRAM-MD5) before TLS."));
    QVERIFY(finding.detail.contains(QStringLiteral("RFC 4954 4")));
}

void TestCapabilitiesView::withoutTls()
{
    // A session without TLS: one column, and AUTH there flagged all the same.
    View view;
    view.setCapabilities(ehlo({"mx", "PIPELINING", "AUTH CRAM-MD5"}), {});
    QTreeWidget *tree = view.tree();
    QCOMPARE(tree->headerItem()->text(View::BeforeColumn), QStringLiteral("Without TLS"));
    QVERIFY(tree->isColumnHidden(View::AfterColumn));
    QVERIFY(tree->isColumnHidden(View::ChangeColumn));
    QVERIFY(
        view.rowFor(QStringLiteral("AUTH"))->data(View::BeforeColumn, View::FlaggedRole).toBool());
    QCOMPARE(view.remarks()->findings().first().severity, ui::Finding::Severity::Info);
    QVERIFY(view.remarks()->findings().first().message.contains(QStringLiteral("without TLS")));
}

void TestCapabilitiesView::implicitTls()
{
    // TLS from the first byte (RFC 8314): there is no "before".
    View view;
    view.setCapabilities({}, ehlo({"mx", "AUTH PLAIN", "SIZE 1048576"}));
    QTreeWidget *tree = view.tree();
    QVERIFY(tree->isColumnHidden(View::BeforeColumn));
    QVERIFY(!tree->isColumnHidden(View::AfterColumn));
    QCOMPARE(tree->headerItem()->text(View::AfterColumn), QStringLiteral("Over TLS"));
    QVERIFY(
        !view.rowFor(QStringLiteral("AUTH"))->data(View::AfterColumn, View::FlaggedRole).toBool());
    QVERIFY(view.remarks()->isHidden());
    QCOMPARE(view.rowFor(QStringLiteral("SIZE"))->text(View::AfterColumn),
             QLocale().formattedDataSize(1048576, 0, QLocale::DataSizeIecFormat));
}

void TestCapabilitiesView::serverWordsEscaped()
{
    View view;
    view.setCapabilities(ehlo({"mx \x1b[31mred",
                               "X-EVIL a\x07"
                               "b"}),
                         ehlo({"mx2", "X-EVIL"}));
    QCOMPARE(view.serverName()->text(),
             QStringLiteral("The server calls itself “mx \\x1b[31mred” "
                            "before TLS, “mx2” after TLS."));
    QCOMPARE(view.rowFor(QStringLiteral("X-EVIL"))->text(View::BeforeColumn),
             QStringLiteral("a\\x07b"));
}

QTEST_MAIN(TestCapabilitiesView)
#include "tst_capabilitiesview.moc"
