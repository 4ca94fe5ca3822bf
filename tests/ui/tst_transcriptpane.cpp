// The transcript pane over core's transcript model, driven offscreen: one
// row per wire line in the one text form, batched inserts while 100,000
// lines arrive (with the longest event-loop stall measured), the ring bound
// by lines and by bytes with its note, filters by side and session, search,
// copy, export (text and JSON Lines) from core's model, what a reply's codes
// mean, the TLS marker, redaction and escaped control characters.

#include "transcript/transcript.h"
#include "transcript/transcriptfiltermodel.h"
#include "transcript/transcriptmodel.h"
#include "transcript/transcriptpane.h"
#include "transcript/transcriptview.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace postscope;
using D = transcript::Entry::Direction;
using K = transcript::Entry::Kind;

namespace {

transcript::Entry entry(D direction, K kind, const QByteArray &raw, const QString &session = {},
                        int code = 0, const QByteArray &enhanced = {})
{
    transcript::Entry e;
    e.time = QDateTime(QDate(2024, 5, 1), QTime(14, 2, 11, 204));
    e.direction = direction;
    e.kind = kind;
    e.raw = raw;
    e.session = session;
    e.replyCode = code;
    if (!enhanced.isEmpty())
        e.enhanced = protocol::EnhancedCode::parse(enhanced);
    return e;
}

QString text(const ui::TranscriptModel &model, int row,
             int column = ui::TranscriptModel::TextColumn)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestTranscriptPane : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreWireLines();
    void hundredThousandLinesStayResponsive();
    void ringBoundByLines();
    void ringBoundByBytes();
    void longLinesAreCut();
    void filterBySideAndSession();
    void search();
    void copyAndExport();
    void replyExplained();
    void tlsMarkerRedactionAndEscapes();
    void coloursFollowThePalette();
    void followsTheTail();
    void timestampsColumn();
};

void TestTranscriptPane::rowsAreWireLines()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.setTranscript(&core);
    core.append(entry(D::Server, K::Reply, "220 mx.example.test ESMTP\r\n", "work #1", 220));
    core.append(entry(D::Client, K::Command, "EHLO client.example\r\n", "work #1"));
    core.append(entry(D::Client, K::Data, "Subject: hi\r\n\r\n..dot\r\n.\r\n", "work #1"));
    core.append(entry(D::Note, K::Note, "first\nsecond", "work #1"));
    // Nothing yet: rows come in batches, on the timer.
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.model()->pendingEntries(), 4);
    QTRY_COMPARE(pane.model()->rowCount(), 8);
    const ui::TranscriptModel &m = *pane.model();
    QCOMPARE(text(m, 0), QStringLiteral("220 mx.example.test ESMTP"));
    QCOMPARE(text(m, 0, ui::TranscriptModel::TimeColumn), QStringLiteral("14:02:11.204"));
    QCOMPARE(text(m, 0, ui::TranscriptModel::SessionColumn), QStringLiteral("work #1"));
    QCOMPARE(text(m, 0, ui::TranscriptModel::DirectionColumn), QStringLiteral("S:"));
    QCOMPARE(text(m, 1, ui::TranscriptModel::DirectionColumn), QStringLiteral("C:"));
    QCOMPARE(text(m, 2), QStringLiteral("Subject: hi"));
    QCOMPARE(text(m, 3), QString());
    QCOMPARE(text(m, 4), QStringLiteral("..dot")); // as sent, dot-stuffed (RFC 5321 4.5.2)
    QCOMPARE(text(m, 5), QStringLiteral("."));
    QCOMPARE(text(m, 6, ui::TranscriptModel::DirectionColumn), QStringLiteral("**"));
    QCOMPARE(text(m, 7), QStringLiteral("second"));
    // The rows in the one text form are exactly core's text form of the entries.
    QList<int> all;
    for (int row = 0; row < m.rowCount(); ++row)
        all.append(row);
    QCOMPARE(m.text(all, true), transcript::toText(core.entries()));
    QCOMPARE(m.sessions(), QStringList {QStringLiteral("work #1")});
}

void TestTranscriptPane::hundredThousandLinesStayResponsive()
{
    constexpr int total = 100000;
    constexpr int perTick = 2000;
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setTranscript(&core);
    ui::TranscriptModel *model = pane.model();
    QCOMPARE(model->maxRows(), ui::TranscriptModel::defaultMaxRows);
    QVERIFY(model->maxRows() >= total);

    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
    // The producer: a session's burst, perTick lines per event-loop turn.
    int produced = 0;
    QTimer producer;
    producer.setInterval(1);
    connect(&producer, &QTimer::timeout, &producer, [&] {
        for (int i = 0; i < perTick && produced < total; ++i, ++produced)
            core.append(entry(produced % 2 ? D::Server : D::Client, K::Command,
                              "250 line " + QByteArray::number(produced) + "\r\n",
                              QStringLiteral("bench #1")));
        if (produced == total)
            producer.stop();
    });
    // The monitor: how long the event loop went without turning.
    qint64 longestStallMs = 0;
    QElapsedTimer sinceLastTick;
    QTimer monitor;
    monitor.setInterval(5);
    connect(&monitor, &QTimer::timeout, &monitor,
            [&] { longestStallMs = qMax(longestStallMs, sinceLastTick.restart() - 5); });
    QElapsedTimer wall;
    wall.start();
    sinceLastTick.start();
    monitor.start();
    producer.start();
    QTRY_VERIFY_WITH_TIMEOUT(produced == total && model->pendingEntries() == 0, 60000);
    monitor.stop();
    qInfo("100,000 lines shown in %lld ms; longest event-loop stall %lld ms; %lld inserts",
          qint64(wall.elapsed()), longestStallMs, qint64(inserts.size()));

    QCOMPARE(model->rowCount(), total);
    QCOMPARE(model->droppedRows(), qint64(0));
    QCOMPARE(text(*model, total - 1), QStringLiteral("250 line 99999"));
    // Batched: one beginInsertRows per tick, not one per line, and no batch
    // larger than the bound per tick.
    QVERIFY2(inserts.size() <= total / 100, qPrintable(QString::number(inserts.size())));
    for (const QList<QVariant> &insert : std::as_const(inserts))
        QVERIFY(insert.at(2).toInt() - insert.at(1).toInt() < ui::TranscriptModel::maxRowsPerBatch);
    // A generous bound on 2 shared cores under load (the bench has the 50 ms target).
    QVERIFY2(longestStallMs < 1000, qPrintable(QString::number(longestStallMs)));
    // The view follows the newest line.
    QTRY_COMPARE(pane.view()->verticalScrollBar()->value(),
                 pane.view()->verticalScrollBar()->maximum());
}

void TestTranscriptPane::ringBoundByLines()
{
    transcript::Transcript core; // keeps everything: the export has what the view dropped
    ui::TranscriptPane pane;
    pane.setTranscript(&core);
    pane.model()->setMaxRows(10000);
    for (int i = 0; i < 100000; ++i)
        core.append(entry(D::Client, K::Command, "NOOP " + QByteArray::number(i) + "\r\n"));
    // What waits for the next batch is bounded too: older entries that the
    // newer ones push out are dropped before they cost anything.
    QVERIFY2(pane.model()->pendingEntries() <= 10000,
             qPrintable(QString::number(pane.model()->pendingEntries())));
    QTRY_COMPARE(pane.model()->pendingEntries(), 0);
    QCOMPARE(pane.model()->rowCount(), 10000);
    QCOMPARE(text(*pane.model(), 0), QStringLiteral("NOOP 90000"));
    QCOMPARE(text(*pane.model(), 9999), QStringLiteral("NOOP 99999"));
    QCOMPARE(pane.model()->droppedRows(), qint64(90000));
    auto *note = pane.findChild<QLabel *>(QStringLiteral("droppedNote"));
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(QLocale().toString(90000)), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLocale().toString(10000)));

    // Exports come from core's model, which kept every line.
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(pane.write(&out, ui::TranscriptPane::Format::Text), qint64(100000));
    QCOMPARE(out.data().count('\n'), 100000);
    QVERIFY(out.data().startsWith("14:02:11.204 C: NOOP 0\n"));

    // Lowering the bound drops at once; clearing forgets everything.
    pane.model()->setMaxRows(5000);
    QCOMPARE(pane.model()->rowCount(), 5000);
    QCOMPARE(pane.model()->droppedRows(), qint64(95000));
    pane.clear();
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(core.entries().isEmpty());
    QVERIFY(note->isHidden());
}

void TestTranscriptPane::ringBoundByBytes()
{
    transcript::Transcript core;
    ui::TranscriptModel model;
    model.setMaxBytes(64 * 1024);
    model.setTranscript(&core);
    const QByteArray line(900, 'x');
    for (int i = 0; i < 1000; ++i)
        core.append(entry(D::Client, K::Data, line + QByteArray::number(i) + "\r\n"));
    QTRY_COMPARE(model.pendingEntries(), 0);
    QVERIFY(model.rowCount() > 10);
    QVERIFY2(model.rowCount() < 100, qPrintable(QString::number(model.rowCount())));
    QVERIFY(model.bytes() <= model.maxBytes());
    QVERIFY(text(model, model.rowCount() - 1).endsWith(QStringLiteral("x999")));
    QCOMPARE(model.droppedRows() + model.rowCount(), qint64(1000));
}

void TestTranscriptPane::longLinesAreCut()
{
    // RFC 5321 4.5.3.1.6: a text line is at most 1000 octets; the view keeps
    // that much of a longer one and says how much is missing.
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.setTranscript(&core);
    const QByteArray longLine = "250 " + QByteArray(4996, 'y');
    core.append(entry(D::Server, K::Reply, longLine + "\r\n", {}, 250));
    QTRY_COMPARE(pane.model()->rowCount(), 1);
    const QString shown = text(*pane.model(), 0);
    QVERIFY(shown.startsWith(QStringLiteral("250 yyy")));
    QVERIFY2(shown.contains(QStringLiteral("4000 more octets"))
                 || shown.contains(QLocale().toString(4000) + QStringLiteral(" more octets")),
             qPrintable(shown.right(80)));
    QVERIFY(shown.size() < 1100);
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    pane.write(&out, ui::TranscriptPane::Format::Text);
    QCOMPARE(out.data(), "14:02:11.204 S: " + longLine + '\n');
}

void TestTranscriptPane::filterBySideAndSession()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.setTranscript(&core);
    core.append(entry(D::Note, K::Note, "Connected", "a #1"));
    core.append(entry(D::Server, K::Reply, "220 a ready\r\n", "a #1", 220));
    core.append(entry(D::Note, K::Note, "Connected", "b #1"));
    core.append(entry(D::Server, K::Reply, "220 b ready\r\n", "b #1", 220));
    core.append(entry(D::Client, K::Command, "EHLO a\r\n", "a #1"));
    core.append(entry(D::Client, K::Command, "EHLO b\r\n", "b #1"));
    core.append(entry(D::Server, K::Reply, "250 b hello\r\n", "b #1", 250));
    QTRY_COMPARE(pane.model()->rowCount(), 7);

    QComboBox *sessions = pane.sessionCombo();
    QCOMPARE(sessions->count(), 3);
    QCOMPARE(sessions->itemText(1), QStringLiteral("a #1"));
    QCOMPARE(sessions->itemText(2), QStringLiteral("b #1"));
    sessions->setCurrentIndex(2);
    QCOMPARE(pane.filter()->rowCount(), 4);
    for (int row = 0; row < pane.filter()->rowCount(); ++row)
        QCOMPARE(pane.filter()->index(row, ui::TranscriptModel::SessionColumn).data().toString(),
                 QStringLiteral("b #1"));

    // Only what the server said.
    pane.findChild<QCheckBox *>(QStringLiteral("showClientLines"))->setChecked(false);
    pane.findChild<QCheckBox *>(QStringLiteral("showNotes"))->setChecked(false);
    QCOMPARE(pane.filter()->rowCount(), 2);
    QCOMPARE(pane.filter()->index(1, ui::TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("250 b hello"));

    // The export writes what the filters let through.
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(pane.write(&out, ui::TranscriptPane::Format::Text), qint64(2));
    QCOMPARE(out.data(),
             QByteArray("14:02:11.204 [b #1] S: 220 b ready\n"
                        "14:02:11.204 [b #1] S: 250 b hello\n"));

    // New lines of a filtered-out session stay out; back to all sessions.
    core.append(entry(D::Server, K::Reply, "221 a bye\r\n", "a #1", 221));
    QTRY_COMPARE(pane.model()->rowCount(), 8);
    QCOMPARE(pane.filter()->rowCount(), 2);
    sessions->setCurrentIndex(0);
    QCOMPARE(pane.filter()->rowCount(), 4); // the server lines of both
    pane.findChild<QCheckBox *>(QStringLiteral("showClientLines"))->setChecked(true);
    pane.findChild<QCheckBox *>(QStringLiteral("showNotes"))->setChecked(true);
    QCOMPARE(pane.filter()->rowCount(), 8);
}

void TestTranscriptPane::search()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.show();
    pane.setTranscript(&core);
    for (int i = 0; i < 10; ++i)
        core.append(entry(D::Client, K::Command,
                          "RCPT TO:<user" + QByteArray::number(i) + "@example.test>\r\n"));
    core.append(entry(D::Server, K::Reply, "250 2.0.0 Ok: queued as ABC\r\n", {}, 250));
    QTRY_COMPARE(pane.model()->rowCount(), 11);
    auto currentRow = [&pane] { return pane.view()->currentIndex().row(); };

    QVERIFY(pane.find(QStringLiteral("QUEUED"))); // case-insensitive
    QCOMPARE(currentRow(), 10);
    QVERIFY(pane.find(QStringLiteral("user")));
    QCOMPARE(currentRow(), 0); // wraps around
    QVERIFY(pane.find(QStringLiteral("user")));
    QCOMPARE(currentRow(), 1);
    QVERIFY(pane.find(QStringLiteral("user"), true));
    QCOMPARE(currentRow(), 0);
    QVERIFY(pane.find(QStringLiteral("user"), true));
    QCOMPARE(currentRow(), 9);
    QVERIFY(pane.view()->selectionModel()->isRowSelected(9, {}));

    // Typing searches as you type; Enter and the buttons go on.
    QLineEdit *edit = pane.findEdit();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("user5"));
    QCOMPARE(currentRow(), 5);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(currentRow(), 5); // the only match
    QTest::keyClicks(edit, QStringLiteral("x"));
    auto *status = pane.findChild<QLabel *>(QStringLiteral("findStatus"));
    QCOMPARE(status->text(), QStringLiteral("No match"));
    QVERIFY(!pane.find(QStringLiteral("nowhere")));
    // Search looks only at the lines the filters show.
    pane.findChild<QCheckBox *>(QStringLiteral("showServerLines"))->setChecked(false);
    QVERIFY(!pane.find(QStringLiteral("queued")));
}

void TestTranscriptPane::copyAndExport()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.show();
    pane.setTranscript(&core);
    core.append(entry(D::Server, K::Reply, "220 mx ESMTP\r\n", "s #1", 220));
    core.append(entry(D::Client, K::Command, "EHLO me\r\n", "s #1"));
    core.append(entry(D::Server, K::Reply, "250 mx\r\n", "s #1", 250));
    QTRY_COMPARE(pane.model()->rowCount(), 3);
    pane.view()->selectRow(0);
    pane.view()->selectionModel()->select(pane.filter()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    pane.copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("14:02:11.204 [s #1] S: 220 mx ESMTP\n"
                            "14:02:11.204 [s #1] C: EHLO me\n"));
    pane.setTimestamps(false);
    QCOMPARE(pane.selectedText(), QByteArray("[s #1] S: 220 mx ESMTP\n[s #1] C: EHLO me\n"));

    QBuffer json;
    QVERIFY(json.open(QIODevice::WriteOnly));
    QCOMPARE(pane.write(&json, ui::TranscriptPane::Format::JsonLines), qint64(3));
    const QList<QByteArray> lines = json.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject ehlo = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(ehlo.value(u"text").toString(), QStringLiteral("EHLO me"));
    QCOMPARE(ehlo.value(u"session").toString(), QStringLiteral("s #1"));
    QCOMPARE(ehlo.value(u"direction").toString(), QStringLiteral("client"));
}

void TestTranscriptPane::replyExplained()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.show();
    pane.setTranscript(&core);
    core.append(entry(D::Client, K::Command, "RCPT TO:<nobody@example.test>\r\n"));
    core.append(entry(D::Server, K::Reply, "550-5.1.1 No such user\r\n", {}, 550, "5.1.1"));
    core.append(entry(D::Server, K::Reply, "550 5.1.1 here\r\n", {}, 550, "5.1.1"));
    QTRY_COMPARE(pane.model()->rowCount(), 3);
    // Hovering a reply: what its code and enhanced code mean, with the RFC.
    const QString tip
        = pane.model()->index(1, ui::TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("550: Mailbox unavailable")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("RFC 5321 4.2.3")));
    QVERIFY2(tip.contains(QStringLiteral("5.1.1: Bad destination mailbox address")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("RFC 3463")));
    QVERIFY(pane.model()->index(0, ui::TranscriptModel::TextColumn).data(Qt::ToolTipRole).isNull());
    // Selecting it: the line whole, and the same meaning below the table.
    QSignalSpy explained(&pane, &ui::TranscriptPane::currentExplanationChanged);
    pane.view()->setCurrentIndex(pane.filter()->index(2, ui::TranscriptModel::TextColumn));
    QCOMPARE(explained.size(), 1);
    QCOMPARE(explained.at(0).at(0).toString(), tip);
    const QString detail = pane.detailView()->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("S: 550 5.1.1 here")));
    QVERIFY(detail.contains(QStringLiteral("Bad destination mailbox address")));
}

void TestTranscriptPane::tlsMarkerRedactionAndEscapes()
{
    transcript::Transcript core;
    ui::TranscriptModel model;
    model.setTranscript(&core);
    transcript::Entry auth = entry(D::Client, K::Command, "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
    auth.redacted = "AUTH PLAIN ********";
    auth.tls = true;
    core.append(auth);
    core.append(entry(D::Server, K::Reply,
                      QByteArray("220 \x1b[2J\x07 mx\0 \xc2\x9b"
                                 "1m\r\n",
                                 18)));
    core.append(entry(D::Server, K::Reply, "250 ok\rS: 250 forged\xff\r\n"));
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0), QStringLiteral("AUTH PLAIN ********"));
    QVERIFY(!model.text({0}, true).contains("AGFsaWNl"));
    const QModelIndex side = model.index(0, ui::TranscriptModel::DirectionColumn);
    QVERIFY(side.data(ui::TranscriptModel::TlsRole).toBool());
    QVERIFY(!side.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(side.data(Qt::AccessibleTextRole).toString(), QStringLiteral("client, inside TLS"));
    QVERIFY(model.index(1, ui::TranscriptModel::DirectionColumn).data(Qt::DecorationRole).isNull());
    // A server's ESC, BEL, NUL, C1 controls, bare CR and bad UTF-8 are shown
    // as escapes, never raw: they cannot forge or hide a line.
    QCOMPARE(text(model, 1), QStringLiteral("220 \\x1b[2J\\x07 mx\\x00 \\u009b1m"));
    QCOMPARE(text(model, 2), QStringLiteral("250 ok\\rS: 250 forged\\xff"));
}

void TestTranscriptPane::coloursFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    for (D side : {D::Client, D::Server}) {
        const QColor onLight = ui::transcriptColor(side, K::Command, 250, light);
        const QColor onDark = ui::transcriptColor(side, K::Command, 250, dark);
        QVERIFY(onLight.lightness() < 128); // dark ink on a light base
        QVERIFY(onDark.lightness() > 128); // light ink on a dark base
    }
    // Client, server and a refusal are told apart; notes use the palette's own colour.
    QVERIFY(ui::transcriptColor(D::Client, K::Command, 0, light)
            != ui::transcriptColor(D::Server, K::Reply, 250, light));
    QVERIFY(ui::transcriptColor(D::Server, K::Reply, 550, light)
            != ui::transcriptColor(D::Server, K::Reply, 250, light));
    QCOMPARE(ui::transcriptColor(D::Note, K::Note, 0, dark), dark.color(QPalette::PlaceholderText));
}

void TestTranscriptPane::followsTheTail()
{
    transcript::Transcript core;
    ui::TranscriptPane pane;
    pane.resize(600, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setTranscript(&core);
    pane.model()->setMaxRows(1000);
    for (int i = 0; i < 500; ++i)
        core.append(entry(D::Client, K::Command, "NOOP " + QByteArray::number(i) + "\r\n"));
    QTRY_COMPARE(pane.model()->rowCount(), 500);
    QScrollBar *bar = pane.view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    // Scrolled up, it stays on the lines being read, also when the ring
    // drops the oldest ones.
    bar->setValue(300);
    const QPoint textAt(pane.view()->columnViewportPosition(ui::TranscriptModel::TextColumn) + 5,
                        5);
    const QString reading = pane.view()->indexAt(textAt).data().toString();
    QVERIFY(reading.startsWith(QStringLiteral("NOOP ")));
    for (int i = 500; i < 1200; ++i)
        core.append(entry(D::Client, K::Command, "NOOP " + QByteArray::number(i) + "\r\n"));
    QTRY_COMPARE(pane.model()->pendingEntries(), 0);
    QCOMPARE(pane.model()->rowCount(), 1000);
    QVERIFY(bar->value() < bar->maximum());
    QCOMPARE(pane.view()->indexAt(textAt).data().toString(), reading);
    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    core.append(entry(D::Client, K::Command, "NOOP last\r\n"));
    QTRY_COMPARE(pane.model()->pendingEntries(), 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestTranscriptPane::timestampsColumn()
{
    ui::TranscriptPane pane;
    QVERIFY(!pane.view()->isColumnHidden(ui::TranscriptModel::TimeColumn));
    pane.setTimestamps(false);
    QVERIFY(pane.view()->isColumnHidden(ui::TranscriptModel::TimeColumn));
    QVERIFY(QFontInfo(pane.view()->font()).fixedPitch());
}

QTEST_MAIN(TestTranscriptPane)
#include "tst_transcriptpane.moc"
