// Signing, encryption and DKIM in the window (issue 10.3), offscreen and
// end to end: an account's Security tab filled in through its widgets (its
// "Test Signing" says OK), a composer for that account with Sign, Encrypt
// and DKIM enabled and defaulted from it, a send to the built-in sandbox,
// and the stored message checked by tools nobody here wrote: `openssl cms
// -decrypt` with the recipient's key and `openssl cms -verify` against a
// throwaway CA, Python's dkim package given the public key (as
// tests/interop/test_secure_mail.py does), and gpg --decrypt/--verify in a
// private GNUPGHOME for OpenPGP. The source tab shows exactly the octets
// the sandbox received, DKIM-Signature included. A recipient without a
// certificate keeps Send off and is named. A PKCS#12 file opens with the
// signing passphrase from the keychain (a private Secret Service: the test
// runs itself inside dbus-run-session). A missing tool is a failure.
#include "accounts/accountdialog.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "accounts/securitypage.h"
#include "composer/composerwidget.h"
#include "privatekeyring.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("%1 did not start (is it installed?)").arg(program).toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

#define RUN_OK(r, what)                                                                            \
    QVERIFY2((r).code == 0,                                                                        \
             qPrintable(QStringLiteral("%1: %2").arg(what, QString::fromUtf8((r).err))))

QStringList delivered(const QString &maildir)
{
    QStringList files;
    QDirIterator it(maildir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/new/")))
            files.append(path);
    }
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// dkimpy's verification with the public key given, no DNS (RFC 6376 3.6.2.2
// record "v=DKIM1; k=rsa; p=...").
const char dkimVerify[] = R"(
import sys, dkim
record = open(sys.argv[2], 'rb').read().strip()
data = open(sys.argv[1], 'rb').read()
ok = dkim.verify(data, dnsfunc=lambda name, timeout=5: record if name == b'sel._domainkey.sandbox.test.' else None)
sys.exit(0 if ok else 1)
)";

// The first part of an RFC 3156 multipart/signed exactly as signed, and its
// signature, for gpg --verify.
const char pgpSplit[] = R"(
import sys, email, email.policy
raw = open(sys.argv[1], 'rb').read()
m = email.message_from_bytes(raw, policy=email.policy.default)
assert m.get_content_type() == 'multipart/signed', m.get_content_type()
b = m.get_param('boundary').encode()
first = raw.split(b'--' + b + b'\r\n')[1].rsplit(b'\r\n', 1)[0]
open(sys.argv[2], 'wb').write(first)
sig = list(m.iter_parts())[1].get_content()
open(sys.argv[3], 'wb').write(sig if isinstance(sig, bytes) else sig.encode())
)";

} // namespace

class TestComposerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void securityTabAndSmimeSendToSandbox();
    void recipientWithoutCertificateIsNamed();
    void openPgpSendToSandbox();
    void pkcs12PassphraseFromKeychain();
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    accounts::Account accountFromDialog(const accounts::SigningSettings &wanted);
    QByteArray sendAndReceive(ui::ComposerWidget &composer, const QString &maildir);

    QTemporaryDir m_dir;
    ui::SandboxAccount m_server;
    QString m_maildir;
    QByteArray m_pgpFingerprint;
};

void TestComposerSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", path("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", path("config").toUtf8());
    QVERIFY(QDir().mkpath(path("gnupg")));
    QFile::setPermissions(path("gnupg"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("GNUPGHOME", path("gnupg").toUtf8());

    // A throwaway CA; Ann signs, Bob is a recipient (his certificate in a folder).
    const QString openssl = QStringLiteral("openssl");
    writeFile(path("ext.cnf"),
              "subjectAltName=email:ann@sandbox.test\n"
              "keyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=emailProtection\n");
    writeFile(path("bob.cnf"),
              "subjectAltName=email:bob@sandbox.test\n"
              "keyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=emailProtection\n");
    QVERIFY(QDir().mkpath(path("people")));
    RUN_OK(run(openssl,
               {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out",
                path("ca.pem"), "-days", "2", "-subj", "/CN=Postscope Test CA"}),
           "CA");
    for (const char *who : {"ann", "bob"}) {
        const QString w = QLatin1String(who);
        RUN_OK(run(openssl,
                   {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", path(w + ".key"), "-out",
                    path(w + ".csr"), "-subj", "/CN=" + w}),
               w + " request");
        RUN_OK(run(openssl,
                   {"x509", "-req", "-in", path(w + ".csr"), "-CA", path("ca.pem"), "-CAkey",
                    path("ca.key"), "-CAcreateserial", "-out",
                    w == "bob" ? path("people/bob.pem") : path("ann.pem"), "-days", "2", "-extfile",
                    w == "bob" ? path("bob.cnf") : path("ext.cnf")}),
               w + " certificate");
    }
    // The DKIM key and its DNS record's p= (RFC 6376 3.6.1).
    RUN_OK(run(openssl,
               {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
                path("dkim.pem")}),
           "DKIM key");
    const Run der = run(openssl, {"pkey", "-in", path("dkim.pem"), "-pubout", "-outform", "DER"});
    RUN_OK(der, "DKIM public key");
    writeFile(path("dkim.txt"), "v=DKIM1; k=rsa; p=" + der.out.toBase64());

    // OpenPGP: Ann's key with an encryption subkey, no passphrase.
    const QString gpg = QStringLiteral("gpg");
    RUN_OK(run(gpg,
               {"--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key",
                "Ann <ann@sandbox.test>", "ed25519", "sign,cert", "1d"}),
           "gpg key");
    const Run list = run(gpg, {"--with-colons", "--list-keys", "ann@sandbox.test"});
    for (const QByteArray &line : list.out.split('\n')) {
        if (line.startsWith("fpr:") && m_pgpFingerprint.isEmpty())
            m_pgpFingerprint = line.split(':').value(9);
    }
    QVERIFY(!m_pgpFingerprint.isEmpty());
    RUN_OK(run(gpg,
               {"--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-add-key",
                QString::fromLatin1(m_pgpFingerprint), "cv25519", "encr", "1d"}),
           "gpg subkey");

    sandbox::SandboxConfig config;
    m_maildir = path("maildir");
    config.maildir = m_maildir;
    config.tls = false;
    QString error;
    QVERIFY2(m_server.start(config, &error), qPrintable(error));
}

accounts::Account TestComposerSecurity::accountFromDialog(const accounts::SigningSettings &wanted)
{
    // The sandbox's connection under a name of its own, set up in the dialog.
    accounts::Account base = accounts::Account::sandbox(m_server.server());
    base.builtIn = false;
    base.name = QStringLiteral("secure");
    base.identities
        = {accounts::Identity {QStringLiteral("Ann"), QStringLiteral("ann@sandbox.test"), true}};
    accounts::SecretStore secrets(QStringLiteral("PostscopeTest"));
    ui::AccountDialog dialog(ui::AccountDialog::Mode::Add, base, nullptr, &secrets);
    dialog.setTestConnectionAvailable(false);
    ui::SecurityPage *page = dialog.securityPage();
    if (!page) {
        qWarning("no Security tab");
        return {};
    }
    page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(int(wanted.kind)));
    page->smimeCertEdit()->setText(wanted.smimeCert);
    page->smimeKeyEdit()->setText(wanted.smimeKey);
    page->recipientCertList()->addItems(wanted.smimeRecipientCerts);
    page->pgpKeyCombo()->setEditText(wanted.pgpKey);
    page->signByDefaultBox()->setChecked(wanted.signByDefault);
    page->encryptByDefaultBox()->setChecked(wanted.encryptByDefault);
    page->dkimDomainEdit()->setText(wanted.dkimDomain);
    page->dkimSelectorEdit()->setText(wanted.dkimSelector);
    page->dkimKeyEdit()->setText(wanted.dkimKey);
    // "Test Signing": signs a tiny message with these fields.
    page->testButton()->click();
    const QString status = page->testStatusLabel()->text();
    if (!status.startsWith(QStringLiteral("OK")))
        qWarning("Test Signing: %s", qPrintable(status));
    const accounts::Account a = dialog.account();
    if (!dialog.problems().isEmpty())
        qWarning("dialog problems: %s", qPrintable(dialog.problems().join('\n')));
    return status.startsWith(QStringLiteral("OK")) && dialog.problems().isEmpty()
        ? a
        : accounts::Account {};
}

QByteArray TestComposerSecurity::sendAndReceive(ui::ComposerWidget &composer,
                                                const QString &maildir)
{
    const QStringList before = delivered(maildir);
    QSignalSpy finished(&composer, &ui::ComposerWidget::sendFinished);
    QString error;
    if (!composer.send(&error)) {
        qWarning("send refused: %s", qPrintable(error));
        return {};
    }
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 60000)) {
        qWarning("the send did not finish");
        return {};
    }
    if (!finished.first().at(0).toBool()) {
        qWarning("send failed: %s", qPrintable(finished.first().at(1).toString()));
        return {};
    }
    QStringList fresh;
    for (const QString &f : delivered(maildir)) {
        if (!before.contains(f))
            fresh.append(f);
    }
    if (fresh.size() != 1) {
        qWarning("%d new messages in the sandbox, not one", int(fresh.size()));
        return {};
    }
    return readFile(fresh.first());
}

void TestComposerSecurity::securityTabAndSmimeSendToSandbox()
{
    accounts::SigningSettings wanted;
    wanted.kind = mime::Security::Kind::Smime;
    wanted.smimeCert = path("ann.pem");
    wanted.smimeKey = path("ann.key");
    wanted.smimeRecipientCerts = {path("people")};
    wanted.signByDefault = true;
    wanted.dkimDomain = QStringLiteral("sandbox.test");
    wanted.dkimSelector = QStringLiteral("sel");
    wanted.dkimKey = path("dkim.pem");
    const accounts::Account account = accountFromDialog(wanted);
    QCOMPARE(account.name, QStringLiteral("secure"));
    QVERIFY(account.signing == wanted);
    // The JSON form carries it (export, list --json), never a passphrase.
    QCOMPARE(account.toJson().value("signing").toObject().value("smimeCert").toString(),
             path("ann.pem"));

    ui::ComposerWidget composer(account);
    // Enabled where configured, defaulted from the account.
    QVERIFY(composer.signBox()->isEnabled());
    QVERIFY(composer.encryptBox()->isEnabled());
    QVERIFY(composer.dkimBox()->isEnabled());
    QVERIFY(composer.signBox()->isChecked()); // sign by default
    QVERIFY(!composer.encryptBox()->isChecked());
    QVERIFY(composer.dkimBox()->isChecked()); // DKIM whenever it is set up
    QCOMPARE(composer.fromBox()->currentText(), QStringLiteral("Ann <ann@sandbox.test>"));

    composer.toEdit()->setText(QStringLiteral("bob@sandbox.test"));
    composer.subjectEdit()->setText(QStringLiteral("Signed and sealed"));
    composer.bodyEdit()->setPlainText(QStringLiteral("For Bob only.\n"));
    composer.encryptBox()->setChecked(true);
    composer.refreshPreviews();
    QVERIFY2(composer.problems().isEmpty(), qPrintable(composer.problems().join('\n')));
    QTRY_VERIFY(composer.sourceReady());
    QVERIFY2(
        composer.sourceView()->toPlainText().contains(QStringLiteral("application/pkcs7-mime")),
        "the preview shows the encrypted form");

    const QByteArray raw = sendAndReceive(composer, m_maildir);
    QVERIFY(!raw.isEmpty());
    // The source tab holds exactly the octets that were sent (DKIM-Signature
    // first); the sandbox stored them after its own trace fields.
    QTRY_VERIFY(composer.sourceReady());
    const QByteArray shown = composer.sourceView()->toPlainText().toUtf8();
    QVERIFY(shown.startsWith("DKIM-Signature:"));
    QString normalised = QString::fromUtf8(raw);
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QVERIFY2(normalised.endsWith(
                 QString::fromUtf8(shown).replace(QStringLiteral("\r\n"), QStringLiteral("\n"))),
             "the source tab shows what the sandbox received");

    // The message as sent (the sandbox's trace fields above it removed).
    const qsizetype start = raw.indexOf("DKIM-Signature:");
    QVERIFY(start >= 0);
    const QByteArray sent = raw.mid(start);
    writeFile(path("sent.eml"), sent);
    const Run dkim
        = run(QStringLiteral("/usr/bin/python3"),
              {"-c", QString::fromLatin1(dkimVerify), path("sent.eml"), path("dkim.txt")});
    RUN_OK(dkim, "dkimpy verifies the DKIM signature");

    const Run decrypted = run(QStringLiteral("openssl"),
                              {"cms", "-decrypt", "-in", path("sent.eml"), "-recip",
                               path("people/bob.pem"), "-inkey", path("bob.key")});
    RUN_OK(decrypted, "openssl cms -decrypt with Bob's key");
    writeFile(path("inner.eml"), decrypted.out);
    const Run verified = run(
        QStringLiteral("openssl"),
        {"cms", "-verify", "-in", path("inner.eml"), "-CAfile", path("ca.pem"), "-purpose", "any"});
    RUN_OK(verified, "openssl cms -verify of the decrypted entity");
    QVERIFY(verified.out.contains("For Bob only."));
    // Ann's key is not among the recipients: she cannot decrypt it.
    QVERIFY(run(QStringLiteral("openssl"),
                {"cms", "-decrypt", "-in", path("sent.eml"), "-recip", path("ann.pem"), "-inkey",
                 path("ann.key")})
                .code
            != 0);
}

void TestComposerSecurity::recipientWithoutCertificateIsNamed()
{
    accounts::SigningSettings wanted;
    wanted.kind = mime::Security::Kind::Smime;
    wanted.smimeCert = path("ann.pem");
    wanted.smimeKey = path("ann.key");
    wanted.smimeRecipientCerts = {path("people")};
    wanted.encryptByDefault = true;
    const accounts::Account account = accountFromDialog(wanted);
    QCOMPARE(account.name, QStringLiteral("secure"));
    ui::ComposerWidget composer(account);
    QVERIFY(composer.encryptBox()->isChecked()); // encrypt by default
    QVERIFY(!composer.dkimBox()->isEnabled()); // no DKIM set up
    composer.toEdit()->setText(QStringLiteral("bob@sandbox.test, carol@sandbox.test"));
    composer.subjectEdit()->setText(QStringLiteral("x"));
    composer.bodyEdit()->setPlainText(QStringLiteral("x\n"));
    composer.refreshPreviews();
    const QString problems = composer.problems().join('\n');
    QVERIFY2(problems.contains(QStringLiteral("carol@sandbox.test"))
                 && !problems.contains(QStringLiteral("bob@sandbox.test")),
             qPrintable(problems));
    QVERIFY(composer.problemLabel()->text().contains(QStringLiteral("carol@sandbox.test")));
    QVERIFY(!composer.sendButton()->isEnabled());
    const int before = delivered(m_maildir).size();
    QString error;
    QVERIFY(!composer.send(&error));
    QVERIFY2(error.contains(QStringLiteral("carol@sandbox.test")), qPrintable(error));
    QCOMPARE(delivered(m_maildir).size(), before);
    // Without encryption it may go.
    composer.encryptBox()->setChecked(false);
    composer.refreshPreviews();
    QVERIFY2(composer.problems().isEmpty(), qPrintable(composer.problems().join('\n')));
}

void TestComposerSecurity::openPgpSendToSandbox()
{
    accounts::SigningSettings wanted;
    wanted.kind = mime::Security::Kind::OpenPgp;
    wanted.pgpKey = QString::fromLatin1(m_pgpFingerprint);
    const accounts::Account account = accountFromDialog(wanted);
    QCOMPARE(account.name, QStringLiteral("secure"));
    ui::ComposerWidget composer(account);
    QVERIFY(composer.signBox()->isEnabled());
    QVERIFY(!composer.signBox()->isChecked());
    composer.toEdit()->setText(QStringLiteral("ann@sandbox.test"));
    composer.subjectEdit()->setText(QStringLiteral("OpenPGP"));
    composer.bodyEdit()->setPlainText(QStringLiteral("Signed and encrypted with gpg.\n"));
    composer.signBox()->setChecked(true);
    composer.encryptBox()->setChecked(true);
    const QByteArray raw = sendAndReceive(composer, m_maildir);
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.contains("multipart/encrypted"));
    const qsizetype begin = raw.indexOf("-----BEGIN PGP MESSAGE-----");
    const qsizetype end = raw.indexOf("-----END PGP MESSAGE-----");
    QVERIFY(begin > 0 && end > begin);
    const Run decrypted
        = run(QStringLiteral("gpg"), {"--batch", "--decrypt"}, raw.mid(begin, end - begin + 25));
    RUN_OK(decrypted, "gpg --decrypt");
    QVERIFY(decrypted.out.contains("multipart/signed"));
    // The decrypted entity is a multipart/signed whose signature gpg verifies.
    writeFile(path("pgp-inner.eml"), decrypted.out);
    RUN_OK(run(QStringLiteral("/usr/bin/python3"),
               {"-c", QString::fromLatin1(pgpSplit), path("pgp-inner.eml"), path("signed.bin"),
                path("sig.asc")}),
           "the signed part and its signature");
    const Run verified
        = run(QStringLiteral("gpg"), {"--batch", "--verify", path("sig.asc"), path("signed.bin")});
    RUN_OK(verified, "gpg --verify");
    QVERIFY(readFile(path("signed.bin")).contains("Signed and encrypted with gpg."));
}

void TestComposerSecurity::pkcs12PassphraseFromKeychain()
{
    // A PKCS#12 file that opens only with its passphrase, which the keychain
    // (a private Secret Service) keeps as the account's signing passphrase.
    RUN_OK(run(QStringLiteral("openssl"),
               {"pkcs12", "-export", "-in", path("ann.pem"), "-inkey", path("ann.key"), "-out",
                path("ann.p12"), "-passout", "pass:p12-secret-42"}),
           "PKCS#12");
    accounts::SecretStore secrets;
    const accounts::SecretResult stored
        = secrets.writeBlocking(QStringLiteral("p12"), accounts::SecretKind::SigningPassphrase,
                                QStringLiteral("p12-secret-42"));
    QVERIFY2(stored.ok(), qPrintable(stored.errorText));

    accounts::Account account = accounts::Account::sandbox(m_server.server());
    account.builtIn = false;
    account.name = QStringLiteral("p12");
    account.identities
        = {accounts::Identity {QStringLiteral("Ann"), QStringLiteral("ann@sandbox.test"), true}};
    account.signing.kind = mime::Security::Kind::Smime;
    account.signing.smimeCert = path("ann.p12");
    account.signing.signByDefault = true;
    QVERIFY2(account.validate().isEmpty(), qPrintable(account.validate().join('\n')));
    ui::ComposerWidget composer(account);
    QVERIFY(composer.signBox()->isChecked());
    composer.toEdit()->setText(QStringLiteral("bob@sandbox.test"));
    composer.subjectEdit()->setText(QStringLiteral("PKCS#12"));
    composer.bodyEdit()->setPlainText(QStringLiteral("Signed with a PKCS#12 file.\n"));
    // Sent at once: the send waits for the keychain's answer if need be.
    const QByteArray raw = sendAndReceive(composer, m_maildir);
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.contains("multipart/signed"));
    writeFile(path("p12.eml"), raw);
    const Run verified = run(
        QStringLiteral("openssl"),
        {"cms", "-verify", "-in", path("p12.eml"), "-CAfile", path("ca.pem"), "-purpose", "any"});
    RUN_OK(verified, "openssl cms -verify of the PKCS#12-signed message");
    QVERIFY(verified.out.contains("Signed with a PKCS#12 file."));
    // The passphrase reached no file of the app's (drafts, settings, mail).
    for (const char *dir : {"data", "config", "maildir"})
        QVERIFY2(testsupport::filesContaining(path(QLatin1String(dir)), "p12-secret-42").isEmpty(),
                 dir);
}

void TestComposerSecurity::cleanupTestCase()
{
    // gpg started an agent for the private GNUPGHOME: it goes with the test.
    run(QStringLiteral("gpgconf"), {"--kill", "all"});
}

int main(int argc, char **argv)
{
    // A private Secret Service for the signing passphrase (never the
    // machine's keychain).
    if (const int rc = postscope::testsupport::runInsidePrivateKeyring(argc, argv); rc >= 0)
        return rc;
    QApplication app(argc, argv);
    TestComposerSecurity test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_composer_security.moc"
