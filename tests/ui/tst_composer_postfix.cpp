// The composer against a real Postfix (issue 10.3 and 10.10): a message with
// an attachment typed into the real widgets goes through STARTTLS (the
// peer's certificate as the account's CA file) and AUTH, to two mailboxes
// Postfix knows and one it refuses; the result table shows each recipient
// with Postfix's own words and what its codes mean, the transcript has
// the conversation, and the Maildir holds the attachment.
//
// Without PEER_PORT this program runs itself again under
// `tests/support/peers/peers.py postfix --`, which starts a private Postfix
// and Dovecot and stops them afterwards. A missing peer is a failure.
#include "composer/composerwidget.h"
#include "session/smtpsession.h"
#include "transcript/transcript.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace postscope;

class tst_ComposerPostfix : public QObject
{
    Q_OBJECT
private slots:
    void sendWithAttachment();
};

static QStringList delivered(const QString &maildir)
{
    QStringList files;
    QDirIterator it(maildir + QStringLiteral("/new"), QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void tst_ComposerPostfix::sendWithAttachment()
{
    const QString port = qEnvironmentVariable("PEER_PORT");
    const QString cert = qEnvironmentVariable("PEER_CERT");
    const QString user = qEnvironmentVariable("PEER_USER1");
    const QString password = qEnvironmentVariable("PEER_PASSWORD1");
    const QString maildir = qEnvironmentVariable("PEER_MAILDIR");
    QVERIFY2(!port.isEmpty() && !cert.isEmpty() && !user.isEmpty() && !password.isEmpty(),
             "PEER_PORT, PEER_CERT, PEER_USER1 and PEER_PASSWORD1 must come from peers.py");

    accounts::Account account;
    account.name = QStringLiteral("Postfix test");
    account.host = QStringLiteral("localhost");
    account.port = quint16(port.toUInt());
    account.security = session::Security::StartTls;
    account.caFile = cert;
    account.user = user;
    account.identities = {{QStringLiteral("Alice"), user, true}};
    QTemporaryDir dir;
    send::MessageFolder drafts(dir.filePath(QStringLiteral("drafts")));
    send::MessageFolder outbox(dir.filePath(QStringLiteral("outbox")));

    ui::ComposerWidget composer(account);
    composer.setFolders(&drafts, &outbox);
    int logins = 0;
    composer.setAuthProvider([&](const accounts::Account &a, auto answer) {
        ++logins;
        session::AuthSettings auth;
        auth.mechanism = "AUTO";
        auth.credentials.user = a.user;
        auth.credentials.password = password;
        auth.credentials.host = a.host;
        answer(auth, QString());
    });
    transcript::Transcript transcript;
    connect(&composer, &ui::ComposerWidget::sessionStarted, &transcript,
            [&transcript](const QString &name, session::SmtpSession *session) {
                transcript.attach(session, name);
            });
    composer.show();

    QTest::keyClicks(composer.toEdit(),
                     QStringLiteral("alice@example.test, Bob <bob@example.test>, "
                                    "nobody@example.test"));
    QTest::keyClicks(composer.subjectEdit(), QStringLiteral("Composer to Postfix"));
    QTest::keyClicks(composer.bodyEdit(), QStringLiteral("With an attachment."));
    QTest::keyClick(composer.bodyEdit(), Qt::Key_Return);
    QTest::keyClicks(composer.bodyEdit(), QStringLiteral(".leading dot"));
    const QString file = dir.filePath(QStringLiteral("figures.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("one two three\n");
    f.close();
    QVERIFY(composer.addAttachment(file));

    QSignalSpy finished(&composer, &ui::ComposerWidget::sendFinished);
    QVERIFY(composer.sendButton()->isEnabled());
    composer.sendButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(logins, 1);

    QTableWidget *results = composer.resultTable();
    QCOMPARE(results->rowCount(), 3);
    QCOMPARE(results->item(0, 1)->text(), QStringLiteral("Delivered"));
    QCOMPARE(results->item(1, 1)->text(), QStringLiteral("Delivered"));
    // Postfix refuses the unknown mailbox: 550 5.1.1 and its own words.
    QCOMPARE(results->item(2, 0)->text(), QStringLiteral("nobody@example.test"));
    QCOMPARE(results->item(2, 1)->text(), QStringLiteral("Refused"));
    QCOMPARE(results->item(2, 2)->text(), QStringLiteral("550"));
    QCOMPARE(results->item(2, 3)->text(), QStringLiteral("5.1.1"));
    QVERIFY2(results->item(2, 4)->text().contains(QStringLiteral("nobody@example.test")),
             qPrintable(results->item(2, 4)->text()));
    QVERIFY2(results->item(2, 5)->text().contains(QStringLiteral("RFC 3463")),
             qPrintable(results->item(2, 5)->text()));

    // The transcript: STARTTLS, AUTH (redacted), the envelope.
    QStringList lines;
    for (const transcript::Entry &e : transcript.entries())
        lines.append(QString::fromUtf8(e.raw));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("STARTTLS")));
    QVERIFY(all.contains(QStringLiteral("RCPT TO:<nobody@example.test>")));
    QVERIFY2(!all.contains(password), "the password must never reach the transcript");

    // Postfix delivered the message with its attachment to both mailboxes.
    QTRY_VERIFY_WITH_TIMEOUT(!delivered(maildir + QStringLiteral("/alice")).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!delivered(maildir + QStringLiteral("/bob")).isEmpty(), 20000);
    QFile mail(delivered(maildir + QStringLiteral("/alice")).first());
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QByteArray bytes = mail.readAll();
    QVERIFY(bytes.contains("Subject: Composer to Postfix"));
    QVERIFY(bytes.contains("filename=figures.txt"));
    QVERIFY(bytes.contains("\n.leading dot")); // unstuffed again (RFC 5321 4.5.2)
    QVERIFY(outbox.list().isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("PEER_PORT")) {
        std::vector<char *> args;
        static char python[] = "/usr/bin/python3";
        static char peers[] = POSTSCOPE_SOURCE_DIR "/tests/support/peers/peers.py";
        static char kind[] = "postfix";
        static char separator[] = "--";
        args.insert(args.end(), {python, peers, kind, separator});
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execv(python, args.data());
        std::fprintf(stderr, "tst_composer_postfix: cannot run %s (for peers.py): %s\n", python,
                     std::strerror(errno));
        return 1;
    }
    QApplication app(argc, argv);
    tst_ComposerPostfix test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_composer_postfix.moc"
