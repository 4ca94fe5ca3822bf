// The window's sandbox account sends through core's one send path (issue
// 7): the same envelope rules as postscope-cli send, so a recipient with a
// non-ASCII address gets SMTPUTF8 on MAIL (RFC 6531 3.4), which the window
// used to leave out; and a message that cannot be built is refused with
// core's words before any connection is made.
#include "sandbox/sandboxaccount.h"
#include "session/smtpsession.h"
#include "transcript/transcript.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;

class TestSandboxAccount : public QObject
{
    Q_OBJECT
private slots:
    void nonAsciiRecipientGetsSmtpUtf8();
    void refusedBeforeConnecting();
};

void TestSandboxAccount::nonAsciiRecipientGetsSmtpUtf8()
{
    QTemporaryDir dir;
    transcript::Transcript transcript;
    ui::SandboxAccount account;
    // The window follows each session the account starts (SessionHub); here
    // a transcript does.
    QObject::connect(&account, &ui::SandboxAccount::sessionStarted, &transcript,
                     [&transcript](session::SmtpSession *s) { transcript.attach(s); });
    sandbox::SandboxConfig config;
    config.maildir = dir.filePath(QStringLiteral("maildir"));
    config.certificateFolder = dir.filePath(QStringLiteral("certificate"));
    QString error;
    QVERIFY2(account.start(config, &error), qPrintable(error));

    mime::MessageSpec spec = ui::SandboxAccount::testMessage();
    spec.to = {QStringLiteral("J\u00f6rg <j\u00f6rg@sandbox.test>")};
    QSignalSpy finished(&account, &ui::SandboxAccount::sendFinished);
    QVERIFY2(account.send(spec, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_VERIFY(!account.isBusy());

    QByteArray mail;
    for (const transcript::Entry &e : transcript.entries()) {
        if (e.raw.startsWith("MAIL FROM:"))
            mail = e.raw;
    }
    QVERIFY2(mail.contains(" SMTPUTF8"), mail.constData());
    QVERIFY2(mail.contains(" BODY=8BITMIME"), mail.constData());
    int delivered = 0;
    QDirIterator it(config.maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(QStringLiteral("/new/")))
            ++delivered;
    }
    QCOMPARE(delivered, 1);
}

void TestSandboxAccount::refusedBeforeConnecting()
{
    QTemporaryDir dir;
    transcript::Transcript transcript;
    ui::SandboxAccount account;
    QSignalSpy started(&account, &ui::SandboxAccount::sessionStarted);
    sandbox::SandboxConfig config;
    config.maildir = dir.filePath(QStringLiteral("maildir"));
    config.tls = false;
    QString error;
    QVERIFY2(account.start(config, &error), qPrintable(error));
    mime::MessageSpec spec = ui::SandboxAccount::testMessage();
    spec.to = {QStringLiteral("not an address")};
    QVERIFY(!account.send(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("not an address")), qPrintable(error));
    QVERIFY(!account.isBusy());
    QCOMPARE(started.count(), 0); // no session was even started
}

QTEST_MAIN(TestSandboxAccount)
#include "tst_sandboxaccount.moc"
