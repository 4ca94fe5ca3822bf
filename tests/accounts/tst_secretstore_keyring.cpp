// SecretStore against a real Secret Service: gnome-keyring-daemon in a
// private D-Bus session of this test's own (main() runs the program again
// inside dbus-run-session, with a temporary HOME; the machine's keyring and
// session bus are never touched). Stores, reads back and deletes secrets, and
// checks each step independently with libsecret's secret-tool. Then: no
// secret in the settings file, the JSON export, the log, or any file of the
// private HOME.
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "privatekeyring.h"
#include "sampleaccounts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace postscope::accounts;
Q_DECLARE_METATYPE(postscope::accounts::SecretKind)
using postscope::testsupport::filesContaining;
using postscope::testsupport::privateHome;

namespace {

// Everything Qt logs while the test runs (QtKeychain, QtDBus, ours).
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_log.append(text);
    if (g_previous)
        g_previous(type, context, text);
}

const QString service = QStringLiteral("Postscope");

struct Tool
{
    int exitCode = -1;
    QByteArray out;
};

// secret-tool, libsecret's own client: an independent look at the keyring.
// QtKeychain keeps an entry under the attributes user=KEY, server=SERVICE,
// type=plaintext (schema org.qt.keychain).
Tool secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    Tool t;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (program.isEmpty())
        return t;
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return t;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    return t;
}

Tool lookup(const QString &account, SecretKind kind)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("user"),
                       SecretStore::entryKey(account, kind), QStringLiteral("server"), service});
}

SecretResult waitFor(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretResult> result;
    int calls = 0;
    call([&](const SecretResult &r) {
        result = r;
        ++calls;
    });
    // Asynchronous: never answered before the call returns.
    if (result)
        qWarning("the callback came before the call returned");
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 60000);
    QTest::qWait(20);
    if (calls > 1)
        qWarning("the callback came %d times", calls);
    return result.value_or(
        SecretResult {SecretResult::Error::Failed, QStringLiteral("no answer in 60 s")});
}

} // namespace

class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void availableOnce();
    void writeReadRemove_data();
    void writeReadRemove();
    void kindsAndAccountsAreSeparate();
    void readsWhatLibsecretStored();
    void blockingHelpers();
    void obtainUsesTheKeychainFirst();
    void refusesBadInput();
    void noSecretInSettingsExportLogOrFiles();

private:
    SecretStore m_store {service};
};

void TestSecretStoreKeyring::initTestCase()
{
    QVERIFY2(!privateHome().isEmpty(), "not inside the private keyring session");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is not installed (Debian package libsecret-tools; run "
             "installer/bootstrap.sh)");
    // The keyring answers secret-tool: the private session works at all.
    const Tool t = secretTool({"search", "--all", "server", "nothing-here"});
    QVERIFY2(t.exitCode >= 0, "secret-tool did not run");
    g_previous = qInstallMessageHandler(collectLog);
}

void TestSecretStoreKeyring::availableOnce()
{
    QSignalSpy spy(&m_store, &SecretStore::availabilityChanged);
    QCOMPARE(m_store.availability(), SecretStore::Availability::Unknown);
    m_store.checkAvailability();
    m_store.checkAvailability();
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toBool(), true);
    QCOMPARE(spy.first().at(1).toString(), QString());
    QVERIFY(m_store.available());
    QVERIFY(m_store.unavailableReason().isEmpty());
    // The check wrote nothing into the keyring.
    const Tool all = secretTool({"search", "--all", "server", service});
    QVERIFY2(!all.out.contains("availability"), all.out.constData());
}

void TestSecretStoreKeyring::writeReadRemove_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");
    QTest::newRow("password") << SecretKind::Password << QStringLiteral("s3cret with spaces");
    QTest::newRow("non-ASCII password")
        << SecretKind::Password << QStringLiteral("Pässwörd-✓-密码");
    QTest::newRow("access token") << SecretKind::OAuthAccessToken
                                  << QStringLiteral("ya29.") + QString(2000, 'x');
    QTest::newRow("refresh token")
        << SecretKind::OAuthRefreshToken << QStringLiteral("1//0refresh");
    QTest::newRow("key passphrase")
        << SecretKind::KeyPassphrase << QStringLiteral("correct horse battery staple");
}

void TestSecretStoreKeyring::writeReadRemove()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);
    const QString account = QStringLiteral("work");

    SecretResult r = waitFor([&](auto done) { m_store.write(account, kind, secret, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    // Independently: it is in the keyring, under our service and key.
    Tool t = lookup(account, kind);
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(QString::fromUtf8(t.out), secret);

    r = waitFor([&](auto done) { m_store.read(account, kind, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.secret, secret);

    // Writing again replaces it (one entry, not two).
    const QString changed = secret + QStringLiteral("-2");
    r = waitFor([&](auto done) { m_store.write(account, kind, changed, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(QString::fromUtf8(lookup(account, kind).out), changed);
    const Tool search
        = secretTool({"search", "--all", "user", SecretStore::entryKey(account, kind)});
    QCOMPARE(search.out.count("\nsecret = "), 1);
    r = waitFor([&](auto done) { m_store.read(account, kind, done); });
    QCOMPARE(r.secret, changed);

    r = waitFor([&](auto done) { m_store.remove(account, kind, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    t = lookup(account, kind);
    QVERIFY(t.out.isEmpty());
    QVERIFY(t.exitCode != 0);
    r = waitFor([&](auto done) { m_store.read(account, kind, done); });
    QCOMPARE(r.error, SecretResult::Error::NotFound);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.errorText.isEmpty());
}

void TestSecretStoreKeyring::kindsAndAccountsAreSeparate()
{
    const QList<QPair<QString, SecretKind>> entries {{"work", SecretKind::Password},
                                                     {"work", SecretKind::KeyPassphrase},
                                                     {"home", SecretKind::Password}};
    for (const auto &[account, kind] : entries) {
        const SecretResult r = waitFor([&](auto done) {
            m_store.write(account, kind, account + "|" + secretKindName(kind), done);
        });
        QVERIFY2(r.ok(), qPrintable(r.errorText));
    }
    for (const auto &[account, kind] : entries) {
        const SecretResult r = waitFor([&](auto done) { m_store.read(account, kind, done); });
        QCOMPARE(r.secret, account + "|" + secretKindName(kind));
    }
    // Removing an account's secrets leaves the other account's.
    SecretResult r = waitFor([&](auto done) { m_store.removeAll("work", done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QVERIFY(lookup("work", SecretKind::Password).out.isEmpty());
    QVERIFY(lookup("work", SecretKind::KeyPassphrase).out.isEmpty());
    QCOMPARE(lookup("home", SecretKind::Password).out, QByteArray("home|password"));
    r = waitFor([&](auto done) { m_store.removeAll("home", done); });
    QVERIFY(r.ok());
    QVERIFY(lookup("home", SecretKind::Password).out.isEmpty());
}

void TestSecretStoreKeyring::readsWhatLibsecretStored()
{
    // The other way round: an entry made by secret-tool under QtKeychain's
    // attributes is read by SecretStore. The format is shared, not private.
    const QString key = SecretStore::entryKey("imported", SecretKind::Password);
    const Tool t = secretTool(
        {"store", "--label=postscope test", "user", key, "server", service, "type", "plaintext"},
        "from-secret-tool");
    QCOMPARE(t.exitCode, 0);
    SecretResult r
        = waitFor([&](auto done) { m_store.read("imported", SecretKind::Password, done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.secret, QStringLiteral("from-secret-tool"));
    r = waitFor([&](auto done) { m_store.remove("imported", SecretKind::Password, done); });
    QVERIFY(r.ok());
    QVERIFY(lookup("imported", SecretKind::Password).out.isEmpty());
}

void TestSecretStoreKeyring::blockingHelpers()
{
    SecretResult r = m_store.writeBlocking("cli", SecretKind::Password, "typed-on-a-terminal");
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(lookup("cli", SecretKind::Password).out, QByteArray("typed-on-a-terminal"));
    r = m_store.readBlocking("cli", SecretKind::Password);
    QCOMPARE(r.secret, QStringLiteral("typed-on-a-terminal"));
    r = m_store.removeBlocking("cli", SecretKind::Password);
    QVERIFY(r.ok());
    r = m_store.readBlocking("cli", SecretKind::Password);
    QCOMPARE(r.error, SecretResult::Error::NotFound);
    r = m_store.removeAllBlocking("cli");
    QVERIFY(r.ok());
}

void TestSecretStoreKeyring::obtainUsesTheKeychainFirst()
{
    int asked = 0;
    SecretPrompt seen;
    const SecretStore::Asker ask = [&](const SecretPrompt &prompt, auto answer) {
        ++asked;
        seen = prompt;
        answer(QStringLiteral("typed"));
    };
    QVERIFY(m_store.writeBlocking("stored", SecretKind::Password, "from-the-keychain").ok());
    SecretResult r
        = waitFor([&](auto done) { m_store.obtain("stored", SecretKind::Password, ask, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.secret, QStringLiteral("from-the-keychain"));
    QVERIFY(r.fromKeychain);
    QCOMPARE(asked, 0);

    // Not in the keychain: asked, and what was typed is not stored by itself.
    r = waitFor([&](auto done) { m_store.obtain("unknown", SecretKind::Password, ask, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.secret, QStringLiteral("typed"));
    QVERIFY(!r.fromKeychain);
    QCOMPARE(asked, 1);
    QVERIFY(seen.keychainAvailable);
    QCOMPARE(seen.account, QStringLiteral("unknown"));
    QVERIFY2(seen.reason.contains("holds no password"), qPrintable(seen.reason));
    QVERIFY(lookup("unknown", SecretKind::Password).out.isEmpty());
    QVERIFY(m_store.removeBlocking("stored", SecretKind::Password).ok());
}

void TestSecretStoreKeyring::refusesBadInput()
{
    SecretResult r = m_store.writeBlocking("a/b", SecretKind::Password, "x");
    QCOMPARE(r.error, SecretResult::Error::Failed);
    QVERIFY(r.errorText.contains("not an account name"));
    r = m_store.writeBlocking("", SecretKind::Password, "x");
    QCOMPARE(r.error, SecretResult::Error::Failed);
    r = m_store.writeBlocking("empty", SecretKind::Password, QString());
    QVERIFY(r.errorText.contains("empty secret"));
    r = m_store.writeBlocking("huge", SecretKind::Password, QString(64 * 1024 + 1, 'x'));
    QVERIFY(r.errorText.contains("longer than"));
    QVERIFY(lookup("huge", SecretKind::Password).out.isEmpty());
}

void TestSecretStoreKeyring::noSecretInSettingsExportLogOrFiles()
{
    const QString secret
        = QStringLiteral("Unm1stakable-Secret-%1").arg(QCoreApplication::applicationPid());
    const QString settingsPath = privateHome() + QStringLiteral("/config/postscope-test.ini");
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(&settings);
        QVERIFY(accounts.load());
        QString error;
        QVERIFY2(accounts.add(postscope::testsupport::sampleTcpAccount(), &error),
                 qPrintable(error));
        // The way the CLI's `account add --password-env` will do it.
        QVERIFY(m_store.writeBlocking("work", SecretKind::Password, secret).ok());
        QVERIFY(m_store.writeBlocking("work", SecretKind::KeyPassphrase, secret + "-key").ok());
        QFile exportFile(privateHome() + QStringLiteral("/accounts-export.json"));
        QVERIFY(exportFile.open(QIODevice::WriteOnly));
        exportFile.write(accounts.exportJson().toJson());
        exportFile.close();
        QVERIFY(accounts.update(postscope::testsupport::sampleTcpAccount()));
    }
    // It is in the keyring...
    QCOMPARE(QString::fromUtf8(lookup("work", SecretKind::Password).out), secret);
    // ...and nowhere else: not in the settings file, not in the export, not
    // in any file under the private HOME (the keyring file is encrypted),
    // not in anything logged.
    QVERIFY(QFile::exists(settingsPath));
    const QByteArray utf8 = secret.toUtf8();
    for (const QString &path :
         {settingsPath, privateHome() + QStringLiteral("/accounts-export.json")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("mail.example.test")); // the right file, with the account in it
        QVERIFY2(!content.contains(utf8), qPrintable(path));
    }
    QCOMPARE(filesContaining(privateHome(), utf8), QStringList());
    QCOMPARE(filesContaining(privateHome(), utf8.toBase64()), QStringList());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secret), qPrintable(line));

    QVERIFY(m_store.removeAllBlocking("work").ok());
    QVERIFY(lookup("work", SecretKind::Password).out.isEmpty());
}

int main(int argc, char **argv)
{
    if (const int rc = postscope::testsupport::runInsidePrivateKeyring(argc, argv); rc >= 0)
        return rc;
    QCoreApplication app(argc, argv);
    TestSecretStoreKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_keyring.moc"
