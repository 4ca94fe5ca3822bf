// AccountStore over real INI files in a temporary folder: every field
// through the settings and back, the checks that refuse a change (and leave
// the file as it was), the schema 1 -> 2 upgrade from a hand-written file,
// settings it must not overwrite (newer schema, broken entries), and JSON
// export and import.
#include "accounts/accountstore.h"
#include "sampleaccounts.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace postscope;
using namespace postscope::accounts;
using testsupport::sampleSocketAccount;
using testsupport::sampleTcpAccount;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// A store over its own QSettings on path, loaded.
struct Opened
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AccountStore> store;
    bool loaded = false;
    QString error;
};

Opened open(const QString &path)
{
    Opened o;
    o.settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    o.store = std::make_unique<AccountStore>(o.settings.get());
    o.loaded = o.store->load(&o.error);
    return o;
}

QList<Account> stored(const AccountStore &store)
{
    QList<Account> all = store.list();
    all.removeFirst(); // the sandbox
    return all;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void emptyStoreHasTheSandbox();
    void roundTripThroughSettings();
    void addRefuses_data();
    void addRefuses();
    void updateAndRemove();
    void sandboxFromRunningServer();
    void upgradeFromSchema1();
    void brokenSchema1IsKept();
    void newerSchemaIsNotOverwritten();
    void brokenEntryIsNotOverwritten();
    void unwritableSettings();
    void exportAndImport();
    void importRefuses_data();
    void importRefuses();
    void importReplace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("postscope.ini");
}

void TestAccountStore::emptyStoreHasTheSandbox()
{
    Opened o = open(m_path);
    QVERIFY2(o.loaded, qPrintable(o.error));
    QVERIFY(!o.store->isReadOnly());
    QCOMPARE(o.store->names(), QStringList {"sandbox"});
    const QList<Account> all = o.store->list();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().builtIn);
    QVERIFY(o.store->find("Sandbox")->builtIn);
    QVERIFY(!o.store->find("work"));
    // Loading wrote nothing: no accounts, no file.
    QVERIFY(!QFile::exists(m_path));
}

void TestAccountStore::roundTripThroughSettings()
{
    {
        Opened o = open(m_path);
        QVERIFY2(o.loaded, qPrintable(o.error));
        QSignalSpy changed(o.store.get(), &AccountStore::accountsChanged);
        QString error;
        QVERIFY2(o.store->add(sampleTcpAccount(), &error), qPrintable(error));
        QVERIFY2(o.store->add(sampleSocketAccount(), &error), qPrintable(error));
        QCOMPARE(changed.size(), 2);
    }
    // A new QSettings on the same file and a new store: every field back.
    Opened o = open(m_path);
    QVERIFY2(o.loaded, qPrintable(o.error));
    const QList<Account> accounts = stored(*o.store);
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toJson(), sampleTcpAccount().toJson());
    QVERIFY(accounts.at(0) == sampleTcpAccount());
    QVERIFY(accounts.at(1) == sampleSocketAccount());
    QCOMPARE(o.store->names(), (QStringList {"sandbox", "work", "local-lmtp"}));
    QVERIFY(*o.store->find("WORK") == sampleTcpAccount());

    // The file is for people too: plain keys with the schema version.
    const QByteArray ini = readAll(m_path);
    QVERIFY(ini.contains("schemaVersion=2"));
    QVERIFY(ini.contains("host=mail.example.test"));
    QVERIFY(ini.contains("identities\\2\\address=zoe@example.test"));
}

using Mutation = std::function<void(Account &)>;
Q_DECLARE_METATYPE(Mutation)

void TestAccountStore::addRefuses_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid") << Mutation([](Account &a) { a.port = 25, a.host.clear(); })
                             << QStringLiteral("needs a server host name");
    QTest::newRow("same name") << Mutation([](Account &) {}) << QStringLiteral("exists already");
    QTest::newRow("same name, other case")
        << Mutation([](Account &a) { a.name = "Work"; }) << QStringLiteral("exists already");
    QTest::newRow("the sandbox's name")
        << Mutation([](Account &a) { a.name = "sandbox"; }) << QStringLiteral("built-in sandbox");
    QTest::newRow("SANDBOX") << Mutation([](Account &a) { a.name = "SANDBOX"; })
                             << QStringLiteral("built-in sandbox");
    QTest::newRow("built in") << Mutation([](Account &a) { a.name = "other", a.builtIn = true; })
                              << QStringLiteral("built-in sandbox");
}

void TestAccountStore::addRefuses()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    Opened o = open(m_path);
    QString error;
    QVERIFY2(o.store->add(sampleTcpAccount(), &error), qPrintable(error));
    const QByteArray before = readAll(m_path);
    QSignalSpy changed(o.store.get(), &AccountStore::accountsChanged);

    Account a = sampleTcpAccount();
    mutate(a);
    QVERIFY(!o.store->add(a, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(readAll(m_path), before);
    QCOMPARE(stored(*o.store).size(), 1);
    QCOMPARE(changed.size(), 0);
}

void TestAccountStore::updateAndRemove()
{
    Opened o = open(m_path);
    QString error;
    QVERIFY(o.store->add(sampleTcpAccount(), &error));
    QVERIFY(o.store->add(sampleSocketAccount(), &error));

    Account changed = sampleTcpAccount();
    changed.port = 2525;
    changed.identities.append(Identity {"Bob", "bob@example.test", false});
    QVERIFY2(o.store->update(changed, &error), qPrintable(error));
    QCOMPARE(open(m_path).store->find("work")->port, quint16(2525));
    QCOMPARE(open(m_path).store->find("work")->identities.size(), 3);

    Account bad = changed;
    bad.replyTimeoutMs = 0;
    QVERIFY(!o.store->update(bad, &error));
    QVERIFY2(error.contains("reply timeout"), qPrintable(error));
    Account unknown = sampleTcpAccount("nobody-here");
    QVERIFY(!o.store->update(unknown, &error));
    QVERIFY2(error.contains("no account called \"nobody-here\""), qPrintable(error));
    QVERIFY(!o.store->update(Account::sandbox(nullptr), &error));
    QVERIFY2(error.contains("built-in sandbox"), qPrintable(error));

    QVERIFY(!o.store->remove("sandbox", &error));
    QVERIFY2(error.contains("cannot be removed"), qPrintable(error));
    QVERIFY(!o.store->remove("nobody-here", &error));
    QVERIFY2(o.store->remove("WORK", &error), qPrintable(error));
    QCOMPARE(o.store->names(), (QStringList {"sandbox", "local-lmtp"}));
    QCOMPARE(open(m_path).store->names(), (QStringList {"sandbox", "local-lmtp"}));
    QVERIFY(!readAll(m_path).contains("mail.example.test"));
}

void TestAccountStore::sandboxFromRunningServer()
{
    Opened o = open(m_path);
    QVERIFY(o.loaded);
    QString error;
    QVERIFY(!o.store->find("sandbox")->sessionOptions(&error));
    QVERIFY2(error.contains("not running"), qPrintable(error));

    sandbox::SandboxConfig config;
    config.maildir = m_dir->filePath("mail");
    config.certificateFolder = m_dir->filePath("cert");
    auto server = std::make_unique<sandbox::SandboxServer>(config);
    QVERIFY2(server->start(&error), qPrintable(error));
    QSignalSpy changed(o.store.get(), &AccountStore::accountsChanged);
    o.store->setSandboxServer(server.get());
    QCOMPARE(changed.size(), 1);
    const std::optional<Account> sandbox = o.store->find("sandbox");
    QCOMPARE(sandbox->port, server->port());
    QCOMPARE(o.store->list().first().port, server->port());
    const std::optional<session::SessionOptions> options = sandbox->sessionOptions(&error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->port, server->port());

    // Never written: the sandbox is not one of the stored accounts.
    QVERIFY(!QFile::exists(m_path) || !readAll(m_path).contains("sandbox"));
    // The server going away takes the port with it.
    server.reset();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(o.store->find("sandbox")->port, quint16(0));
}

void TestAccountStore::upgradeFromSchema1()
{
    QVERIFY(QFile::copy(POSTSCOPE_TEST_DATA "/accounts/settings-v1.ini", m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Opened o = open(m_path);
        QVERIFY2(o.loaded, qPrintable(o.error));
        QVERIFY(!o.store->isReadOnly());
        QCOMPARE(o.store->names(), (QStringList {"sandbox", "lmtp-box", "v6", "work"}));

        const Account work = *o.store->find("work");
        QCOMPARE(work.host, QStringLiteral("mail.example.test"));
        QCOMPARE(work.port, quint16(587));
        QCOMPARE(work.security, session::Security::StartTls);
        QCOMPARE(work.dialect, engine::Dialect::Smtp);
        QCOMPARE(work.user, QStringLiteral("alice@example.test"));
        // One timeout in schema 1, in seconds: both waits keep it.
        QCOMPARE(work.replyTimeoutMs, 45000);
        QCOMPARE(work.connectTimeoutMs, 45000);
        QCOMPARE(work.identities.size(), 1);
        QCOMPARE(work.identities.first().displayName, QStringLiteral("Doe, Alice"));
        QCOMPARE(work.identities.first().address, QStringLiteral("alice@example.test"));
        QVERIFY(work.identities.first().isDefault);
        QCOMPARE(work.authMechanism, QStringLiteral("auto"));

        const Account v6 = *o.store->find("v6");
        QCOMPARE(v6.host, QStringLiteral("2001:db8::25"));
        QCOMPARE(v6.port, quint16(2525));
        QCOMPARE(v6.security, session::Security::Tls);
        QCOMPARE(v6.replyTimeoutMs, 10000);
        QVERIFY(v6.identities.isEmpty());

        const Account lmtp = *o.store->find("lmtp-box");
        QCOMPARE(lmtp.host, QStringLiteral("lmtp.example.test"));
        QCOMPARE(lmtp.port, quint16(0));
        QCOMPARE(lmtp.dialect, engine::Dialect::Lmtp);
        QCOMPARE(lmtp.security, session::Security::Opportunistic);
        QCOMPARE(lmtp.replyTimeoutMs, 30000);
        QCOMPARE(lmtp.defaultIdentity()->address, QStringLiteral("postmaster@example.test"));
    }
    // The upgrade was written back in the current shape: schema 2, the old
    // groups gone, someone else's settings untouched.
    QSettings raw(m_path, QSettings::IniFormat);
    QCOMPARE(raw.value("accounts/schemaVersion").toInt(), 2);
    QCOMPARE(raw.value("accounts/list/size").toInt(), 3);
    QVERIFY(!raw.contains("accounts/work/server"));
    QCOMPARE(raw.value("window/dock").toString(), QStringLiteral("transcript"));
    QCOMPARE(raw.value("window/size").toSize(), QSize(1024, 700));

    // Loaded again: read as schema 2, the same accounts.
    const QByteArray upgraded = readAll(m_path);
    Opened again = open(m_path);
    QVERIFY2(again.loaded, qPrintable(again.error));
    QCOMPARE(again.store->names(), (QStringList {"sandbox", "lmtp-box", "v6", "work"}));
    QCOMPARE(again.store->find("work")->identities.first().displayName,
             QStringLiteral("Doe, Alice"));
    QCOMPARE(readAll(m_path), upgraded);
}

void TestAccountStore::brokenSchema1IsKept()
{
    const QByteArray v1 = "[accounts]\nschemaVersion=1\n"
                          "good\\server=mail.example.test\n"
                          "bad\\server=mail.example.test:99999\n";
    writeFile(m_path, v1);
    Opened o = open(m_path);
    QVERIFY(!o.loaded);
    QVERIFY2(o.error.contains("\"bad\"") && o.error.contains("99999"), qPrintable(o.error));
    QVERIFY(o.store->isReadOnly());
    QString error;
    QVERIFY(!o.store->add(sampleTcpAccount(), &error));
    QVERIFY2(error.contains("nothing is lost"), qPrintable(error));
    // Nothing upgraded, nothing lost: the file is as it was.
    QCOMPARE(readAll(m_path), v1);
}

void TestAccountStore::newerSchemaIsNotOverwritten()
{
    {
        Opened o = open(m_path);
        QVERIFY(o.store->add(sampleTcpAccount()));
    }
    QSettings raw(m_path, QSettings::IniFormat);
    raw.setValue("accounts/schemaVersion", 3);
    raw.sync();
    const QByteArray before = readAll(m_path);

    Opened o = open(m_path);
    QVERIFY(!o.loaded);
    QVERIFY2(o.error.contains("newer Postscope"), qPrintable(o.error));
    // Shown (what can be read), never written.
    QCOMPARE(o.store->names(), (QStringList {"sandbox", "work"}));
    QString error;
    QVERIFY(!o.store->remove("work", &error));
    QVERIFY(!o.store->add(sampleSocketAccount(), &error));
    QVERIFY(!o.store->importJson(o.store->exportJson().toJson(), AccountStore::ImportMode::Replace,
                                 nullptr, &error));
    QCOMPARE(readAll(m_path), before);
}

void TestAccountStore::brokenEntryIsNotOverwritten()
{
    {
        Opened o = open(m_path);
        QVERIFY(o.store->add(sampleTcpAccount()));
        QVERIFY(o.store->add(sampleSocketAccount()));
    }
    QSettings raw(m_path, QSettings::IniFormat);
    raw.setValue("accounts/list/1/port", "smtp");
    raw.setValue("accounts/list/2/allowPlaintextAuth", "maybe");
    raw.sync();
    const QByteArray before = readAll(m_path);

    Opened o = open(m_path);
    QVERIFY(!o.loaded);
    QVERIFY2(o.error.contains("Stored account 1")
                 && o.error.contains("\"port\" must be a whole number"),
             qPrintable(o.error));
    QVERIFY2(o.error.contains("Stored account 2") && o.error.contains("maybe"),
             qPrintable(o.error));
    QVERIFY(o.store->isReadOnly());
    QString error;
    QVERIFY(!o.store->add(sampleTcpAccount("third"), &error));
    QCOMPARE(readAll(m_path), before);
}

void TestAccountStore::unwritableSettings()
{
    // Below a regular file no folder can be made, not even by root.
    writeFile(m_dir->filePath("plain-file"), "x");
    const QString path = m_dir->filePath("plain-file/postscope.ini");
    Opened o = open(path);
    QVERIFY2(o.loaded, qPrintable(o.error));
    QString error;
    QVERIFY(!o.store->add(sampleTcpAccount(), &error));
    QVERIFY2(error.contains("could not be written"), qPrintable(error));
    // Not reported as done: the account is not in the list either, and not
    // left in the settings object for a later sync to write.
    QCOMPARE(o.store->names(), QStringList {"sandbox"});
    QVERIFY(!o.settings->value("accounts/list/1/name").isValid());
    QCOMPARE(o.settings->value("accounts/list/size", 0).toInt(), 0);
}

void TestAccountStore::exportAndImport()
{
    Opened source = open(m_path);
    QVERIFY(source.store->add(sampleTcpAccount()));
    QVERIFY(source.store->add(sampleSocketAccount()));
    const QJsonDocument exported = source.store->exportJson();
    const QJsonObject root = exported.object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("postscope-accounts"));
    QCOMPARE(root.value("schemaVersion").toInt(), 2);
    const QJsonArray list = root.value("accounts").toArray();
    QCOMPARE(list.size(), 2); // never the sandbox
    QCOMPARE(list.at(0).toObject(), sampleTcpAccount().toJson());

    const QJsonArray one
        = source.store->exportJson({"LOCAL-lmtp"}).object().value("accounts").toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value("name").toString(), QStringLiteral("local-lmtp"));

    Opened target = open(m_dir->filePath("other.ini"));
    int count = -1;
    QString error;
    QSignalSpy changed(target.store.get(), &AccountStore::accountsChanged);
    QVERIFY2(target.store->importJson(exported.toJson(), AccountStore::ImportMode::AddOnly, &count,
                                      &error),
             qPrintable(error));
    QCOMPARE(count, 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(stored(*target.store), stored(*source.store));
    QCOMPARE(stored(*open(m_dir->filePath("other.ini")).store), stored(*source.store));

    // A bare list of accounts is an import too.
    Opened third = open(m_dir->filePath("third.ini"));
    QVERIFY(third.store->importJson(QJsonDocument(list).toJson(), AccountStore::ImportMode::AddOnly,
                                    &count, &error));
    QCOMPARE(count, 2);
    QCOMPARE(stored(*third.store), stored(*source.store));
}

void TestAccountStore::importRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good
        = QJsonDocument(sampleSocketAccount("fresh").toJson()).toJson(QJsonDocument::Compact);
    QJsonObject bad = sampleSocketAccount("broken").toJson();
    bad.insert("port", "twenty-four");
    const QByteArray badBytes = QJsonDocument(bad).toJson(QJsonDocument::Compact);
    auto doc = [](const QByteArray &accounts, int version = 2) {
        return "{\"format\":\"postscope-accounts\",\"schemaVersion\":" + QByteArray::number(version)
            + ",\"accounts\":[" + accounts + "]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not JSON";
    QTest::newRow("other object") << QByteArray("{\"accounts\": []}")
                                  << "neither a Postscope account export";
    QTest::newRow("newer schema") << doc(good, 3) << "has schema 3";
    QTest::newRow("one bad of two") << doc(good + "," + badBytes) << "Entry 2 of the account file";
    QTest::newRow("not an object")
        << doc(good + ",42") << "Entry 2 of the account file is not an object";
    QTest::newRow("twice") << doc(good + "," + good) << "names \"fresh\" twice";
    QTest::newRow("exists") << doc(
        good + "," + QJsonDocument(sampleTcpAccount().toJson()).toJson(QJsonDocument::Compact))
                            << "\"work\" exists already";
    QTest::newRow("sandbox") << doc(
        QJsonDocument(sampleSocketAccount("Sandbox").toJson()).toJson(QJsonDocument::Compact))
                             << "built-in sandbox";
    QJsonObject withPassword = sampleSocketAccount("pw").toJson();
    withPassword.insert("password", "hunter2");
    QTest::newRow("with a password")
        << doc(QJsonDocument(withPassword).toJson(QJsonDocument::Compact))
        << "only in the system keychain";
    QTest::newRow("too big") << QByteArray(AccountStore::maxImportBytes + 1, ' ')
                             << "larger than 8 MiB";
}

void TestAccountStore::importRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Opened o = open(m_path);
    QVERIFY(o.store->add(sampleTcpAccount()));
    const QByteArray before = readAll(m_path);
    int count = -1;
    QString error;
    QVERIFY(!o.store->importJson(json, AccountStore::ImportMode::AddOnly, &count, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(count, 0);
    // All or nothing: not even the good entry went in.
    QCOMPARE(o.store->names(), (QStringList {"sandbox", "work"}));
    QCOMPARE(readAll(m_path), before);
}

void TestAccountStore::importReplace()
{
    Opened o = open(m_path);
    QVERIFY(o.store->add(sampleTcpAccount()));
    Account changed = sampleTcpAccount("WORK");
    changed.port = 465;
    const QByteArray json
        = QJsonDocument(QJsonArray {changed.toJson(), sampleSocketAccount().toJson()}).toJson();
    int count = 0;
    QString error;
    QVERIFY(!o.store->importJson(json, AccountStore::ImportMode::AddOnly, &count, &error));
    QVERIFY2(o.store->importJson(json, AccountStore::ImportMode::Replace, &count, &error),
             qPrintable(error));
    QCOMPARE(count, 2);
    QCOMPARE(o.store->names(), (QStringList {"sandbox", "WORK", "local-lmtp"}));
    QCOMPARE(open(m_path).store->find("work")->port, quint16(465));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
