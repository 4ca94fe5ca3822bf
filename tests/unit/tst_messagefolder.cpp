// Drafts and the outbox (send/messagefolder.h): a message kept there comes
// back exactly as it was composed; an outbox entry keeps the exact octets
// and envelope so that it can be sent again even when an attached file is
// gone; stored files are input like any other (checked, bounded).
#include "send/messagefolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;

class TestMessageFolder : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void outboxKeepsExactSource();
    void refusesHostileFiles();
};

static mime::MessageSpec sampleSpec(const QString &attachment)
{
    mime::MessageSpec spec;
    spec.from = QStringLiteral("Alice <alice@example.test>");
    spec.to
        = {QStringLiteral("bob@example.test"), QStringLiteral("\"Doe, Jane\" <jane@example.test>")};
    spec.cc = {QStringLiteral("carol@example.test")};
    spec.bcc = {QStringLiteral("hidden@example.test")};
    spec.subject = QStringLiteral("Quarterly r\u00e9sum\u00e9");
    spec.body = QStringLiteral("Hello\n");
    spec.html = QStringLiteral("<p>Hello</p>");
    spec.attachments.append({attachment, QStringLiteral("notes.txt"), "text/plain", false, {}});
    spec.extraHeaders.append(qMakePair(QByteArray("X-Test"), QByteArray("one")));
    spec.messageIdDomain = "example.test";
    spec.priority = mime::Priority::High;
    return spec;
}

void TestMessageFolder::roundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("some notes\n");
    f.close();
    send::MessageFolder folder(dir.filePath(QStringLiteral("drafts")));
    send::StoredMessage m;
    m.account = QStringLiteral("work");
    m.spec = sampleSpec(file);
    QString error;
    const QString id = folder.save(m, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY(folder.contains(id));

    const std::optional<send::StoredMessage> back = folder.load(id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->account, QStringLiteral("work"));
    QCOMPARE(back->spec.from, m.spec.from);
    QCOMPARE(back->spec.to, m.spec.to);
    QCOMPARE(back->spec.cc, m.spec.cc);
    QCOMPARE(back->spec.bcc, m.spec.bcc);
    QCOMPARE(back->spec.subject, m.spec.subject);
    QCOMPARE(back->spec.html, m.spec.html);
    QCOMPARE(back->spec.attachments.size(), 1);
    QCOMPARE(back->spec.attachments.first().path, file);
    QCOMPARE(back->spec.extraHeaders, m.spec.extraHeaders);
    QCOMPARE(int(back->spec.priority), int(mime::Priority::High));

    // Saved again under the same id: one entry, the newest content.
    m.id = id;
    m.spec.subject = QStringLiteral("changed");
    QCOMPARE(folder.save(m, &error), id);
    const QList<send::StoredMessage> all = folder.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().spec.subject, QStringLiteral("changed"));
    // A draft whose files are there is sent by building it again.
    const std::optional<send::MessageRequest> request = all.first().request(&error);
    QVERIFY2(request, qPrintable(error));
    QVERIFY(request->messageFile.isEmpty());

    QVERIFY(folder.remove(id, &error));
    QVERIFY(folder.list().isEmpty());
}

void TestMessageFolder::outboxKeepsExactSource()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("some notes\n");
    f.close();
    send::MessageRequest request;
    request.spec = sampleSpec(file);
    const send::PreparedMessage prepared = send::prepareMessage(request);
    QVERIFY2(prepared.isValid(), qPrintable(prepared.error));
    QString error;
    const QByteArray expected = prepared.built->bytes(&error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));

    send::MessageFolder outbox(dir.filePath(QStringLiteral("outbox")));
    send::StoredMessage m;
    m.account = QStringLiteral("sandbox");
    m.spec = request.spec;
    m.lastError = QStringLiteral("550 no");
    m.attempts = 1;
    const QString id = outbox.saveWithSource(m, prepared, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    std::optional<send::StoredMessage> back = outbox.load(id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->lastError, QStringLiteral("550 no"));
    QCOMPARE(back->attempts, 1);
    QFile eml(back->sourceFile);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), expected);
    eml.close();
    // Bcc is in the envelope only, and kept there.
    QVERIFY(back->envelopeRecipients.contains("hidden@example.test"));
    QCOMPARE(back->envelopeSender, QByteArray("alice@example.test"));

    // The attached file is gone: the retry sends the kept octets.
    QVERIFY(QFile::remove(file));
    std::optional<send::MessageRequest> retry = back->request(&error);
    QVERIFY2(retry, qPrintable(error));
    QCOMPARE(retry->messageFile, back->sourceFile);
    QCOMPARE(retry->recipients, back->envelopeRecipients);
    const send::PreparedMessage again = send::prepareMessage(*retry);
    QVERIFY2(again.isValid(), qPrintable(again.error));
    QCOMPARE(again.envelope.recipients.size(), 4);

    // Deleting removes both files.
    QVERIFY(outbox.remove(id, &error));
    QVERIFY(!QFile::exists(back->sourceFile));
}

void TestMessageFolder::refusesHostileFiles()
{
    QTemporaryDir dir;
    send::MessageFolder folder(dir.path());
    QString error;
    // An id that would leave the folder.
    QVERIFY(!folder.load(QStringLiteral("../../etc/passwd"), &error));
    QVERIFY(error.contains(QStringLiteral("not a name")));
    send::StoredMessage bad;
    bad.id = QStringLiteral("a/b");
    QVERIFY(folder.save(bad, &error).isEmpty());

    // A header field with a line break in a stored file: refused as when typed.
    QFile f(dir.filePath(QStringLiteral("x.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"message":{"from":"a@x.test","headers":[["X-A","v\r\nBcc: evil@x.test"]]}})");
    f.close();
    QVERIFY(!folder.load(QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("injection")), qPrintable(error));
    // Not JSON at all.
    QFile g(dir.filePath(QStringLiteral("y.json")));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("garbage");
    g.close();
    QStringList errors;
    QVERIFY(folder.list(&errors).isEmpty());
    QCOMPARE(errors.size(), 2);
    // Too big to be read.
    QFile h(dir.filePath(QStringLiteral("z.json")));
    QVERIFY(h.open(QIODevice::WriteOnly));
    QVERIFY(h.resize(send::MessageFolder::maxEntryBytes + 1));
    h.close();
    QVERIFY(!folder.load(QStringLiteral("z"), &error));
    QVERIFY(error.contains(QStringLiteral("bigger")));
}

QTEST_GUILESS_MAIN(TestMessageFolder)
#include "tst_messagefolder.moc"
