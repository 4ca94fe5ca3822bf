// An account's signing, encryption and DKIM settings (SigningSettings):
// the JSON form and the settings store round trip (a missing section is
// "none"), the checks (files that exist and can be read, DKIM all or
// nothing, no secret in the section), and the choice of each recipient's
// S/MIME certificate from files and folders of certificates that openssl
// makes here (subject emailAddress and SAN rfc822Name).
#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "mime/security.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace postscope;
using namespace postscope::accounts;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(data);
}

// A self-signed certificate for address (in the subject, or as a SAN).
void makeCertificate(const QString &certPath, const QString &keyPath, const QString &address,
                     bool asSan)
{
    QStringList args {QStringLiteral("req"),
                      QStringLiteral("-x509"),
                      QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"),
                      QStringLiteral("-days"),
                      QStringLiteral("2"),
                      QStringLiteral("-keyout"),
                      keyPath,
                      QStringLiteral("-out"),
                      certPath,
                      QStringLiteral("-subj")};
    if (asSan) {
        args << QStringLiteral("/CN=%1").arg(address) << QStringLiteral("-addext")
             << QStringLiteral("subjectAltName=email:%1").arg(address);
    } else {
        args << QStringLiteral("/CN=Test/emailAddress=%1").arg(address);
    }
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), args);
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not run (is it installed?)");
    QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
}

} // namespace

class TestAccountSigning : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void jsonRoundTrip();
    void missingSectionIsNone();
    void storeRoundTrip();
    void validate();
    void secretInSectionIsRefused();
    void profile();
    void recipientCertificates();

private:
    Account smimeAccount() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountSigning::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char *name : {"me.pem", "me-key.pem", "dkim.pem", "bob.pem"})
        writeFile(m_dir->filePath(QLatin1String(name)), "-----BEGIN X-----\n");
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("people")));
}

Account TestAccountSigning::smimeAccount() const
{
    Account a;
    a.name = QStringLiteral("secure");
    a.host = QStringLiteral("mail.example.test");
    a.identities = {Identity {QStringLiteral("Me"), QStringLiteral("me@example.test"), true}};
    a.signing.kind = mime::Security::Kind::Smime;
    a.signing.signByDefault = true;
    a.signing.encryptByDefault = false;
    a.signing.smimeCert = m_dir->filePath("me.pem");
    a.signing.smimeKey = m_dir->filePath("me-key.pem");
    a.signing.smimeRecipientCerts = {m_dir->filePath("bob.pem"), m_dir->filePath("people")};
    a.signing.pgpKey = QStringLiteral("ABCDEF0123456789");
    a.signing.dkimDomain = QStringLiteral("example.test");
    a.signing.dkimSelector = QStringLiteral("s2026.mail");
    a.signing.dkimKey = m_dir->filePath("dkim.pem");
    a.signing.dkimCanonicalization = mime::Security::Canonicalization::Simple;
    return a;
}

void TestAccountSigning::jsonRoundTrip()
{
    const Account a = smimeAccount();
    QVERIFY2(a.validate().isEmpty(), qPrintable(a.validate().join('\n')));
    const QJsonObject json = a.toJson();
    const QJsonObject s = json.value("signing").toObject();
    QCOMPARE(s.value("kind").toString(), QStringLiteral("smime"));
    QCOMPARE(s.value("signByDefault").toBool(), true);
    QCOMPARE(s.value("encryptByDefault").toBool(), false);
    QCOMPARE(s.value("smimeCert").toString(), a.signing.smimeCert);
    QCOMPARE(s.value("smimeKey").toString(), a.signing.smimeKey);
    QCOMPARE(s.value("smimeRecipientCerts").toArray().size(), 2);
    QCOMPARE(s.value("dkimDomain").toString(), QStringLiteral("example.test"));
    QCOMPARE(s.value("dkimSelector").toString(), QStringLiteral("s2026.mail"));
    QCOMPARE(s.value("dkimCanonicalization").toString(), QStringLiteral("simple"));
    QString error;
    const std::optional<Account> back = Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == a);
    QCOMPARE(back->toJson(), json);
}

void TestAccountSigning::missingSectionIsNone()
{
    QJsonObject json = smimeAccount().toJson();
    json.remove("signing");
    QString error;
    const std::optional<Account> back = Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->signing.isNull());
    QCOMPARE(back->signing.kind, mime::Security::Kind::None);
    QVERIFY(!back->signing.hasDkim());
    // A default account's section says so too.
    QCOMPARE(Account().toJson().value("signing").toObject().value("kind").toString(),
             QStringLiteral("none"));
}

void TestAccountSigning::storeRoundTrip()
{
    const QString ini = m_dir->filePath("postscope.ini");
    Account dkimOnly;
    dkimOnly.name = QStringLiteral("dkim-only");
    dkimOnly.host = QStringLiteral("relay.example.test");
    dkimOnly.signing.dkimDomain = QStringLiteral("example.test");
    dkimOnly.signing.dkimSelector = QStringLiteral("sel");
    dkimOnly.signing.dkimKey = m_dir->filePath("dkim.pem");
    {
        QSettings settings(ini, QSettings::IniFormat);
        AccountStore store(&settings);
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY2(store.add(smimeAccount(), &error), qPrintable(error));
        QVERIFY2(store.add(dkimOnly, &error), qPrintable(error));
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        AccountStore store(&settings);
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY(store.find("secure"));
        QCOMPARE(store.find("secure")->toJson(), smimeAccount().toJson());
        QVERIFY(*store.find("secure") == smimeAccount());
        QVERIFY(*store.find("dkim-only") == dkimOnly);
        QVERIFY(store.find("dkim-only")->signing.smimeRecipientCerts.isEmpty());
    }
    // Readable keys for people: the section is a group of its own.
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("signing\\kind=smime"), text.constData());
    QVERIFY(text.contains("signing\\smimeRecipientCerts\\2\\value="));
    QVERIFY(!text.contains("assphrase"));

    // Settings written before the section existed (schema 2 without it)
    // load as "none": the section is dropped from the file by hand here.
    QString content = QString::fromUtf8(text);
    QStringList kept;
    for (const QString &line : content.split('\n')) {
        if (!line.contains(QLatin1String("\\signing\\")))
            kept.append(line);
    }
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(kept.join('\n').toUtf8());
    file.close();
    QSettings settings(ini, QSettings::IniFormat);
    AccountStore store(&settings);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    QVERIFY(store.find("secure")->signing.isNull());
    QVERIFY(store.find("dkim-only")->signing.isNull());
}

void TestAccountSigning::validate()
{
    auto problemsOf = [](const Account &a, Account::Files files = Account::Files::Check) {
        return a.validate(files).join('\n');
    };
    Account a = smimeAccount();
    QVERIFY(problemsOf(a).isEmpty());

    // A file that is gone: named; but loading (Files::Skip) keeps the account.
    a.signing.smimeKey = m_dir->filePath("gone.pem");
    QVERIFY2(problemsOf(a).contains(m_dir->filePath("gone.pem")), qPrintable(problemsOf(a)));
    QVERIFY(problemsOf(a, Account::Files::Skip).isEmpty());
    // A folder is fine for recipients, not for the signer's certificate.
    a = smimeAccount();
    a.signing.smimeCert = m_dir->filePath("people");
    QVERIFY(problemsOf(a).contains(QLatin1String("directory")));
    // An unreadable file.
    a = smimeAccount();
    QFile::setPermissions(m_dir->filePath("dkim.pem"), QFileDevice::WriteOwner);
    if (QFileInfo(m_dir->filePath("dkim.pem")).isReadable()) {
        // root reads everything: the check cannot be made to fail here.
        QFile::setPermissions(m_dir->filePath("dkim.pem"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        QVERIFY(problemsOf(a).contains(QLatin1String("cannot be read")));
        QFile::setPermissions(m_dir->filePath("dkim.pem"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // DKIM: all three or none; names checked (RFC 6376 3.1, 3.5).
    a = smimeAccount();
    a.signing.dkimKey.clear();
    QVERIFY(problemsOf(a).contains(QLatin1String("domain, a selector and a key file")));
    a = smimeAccount();
    a.signing.dkimSelector = QStringLiteral("bad selector;");
    QVERIFY(problemsOf(a).contains(QLatin1String("not a DKIM selector")));
    a = smimeAccount();
    a.signing.dkimDomain = QStringLiteral("-example.test");
    QVERIFY(problemsOf(a).contains(QLatin1String("d=")));
    // Defaults need a kind and what it signs or encrypts with.
    a = smimeAccount();
    a.signing.kind = mime::Security::Kind::None;
    QVERIFY(problemsOf(a).contains(QLatin1String("by default needs S/MIME or OpenPGP")));
    a = smimeAccount();
    a.signing.smimeCert.clear();
    a.signing.smimeKey.clear();
    QVERIFY(problemsOf(a).contains(QLatin1String("needs a signing certificate")));
    a = smimeAccount();
    a.signing.encryptByDefault = true;
    a.signing.smimeRecipientCerts.clear();
    QVERIFY(problemsOf(a).contains(QLatin1String("needs recipient certificates")));
    a = smimeAccount();
    a.signing.kind = mime::Security::Kind::OpenPgp;
    a.signing.pgpKey.clear();
    QVERIFY(problemsOf(a).contains(QLatin1String("OpenPGP needs a signing key")));
    // Bounded.
    a = smimeAccount();
    for (int i = 0; i <= maxRecipientCertSources; ++i)
        a.signing.smimeRecipientCerts.append(m_dir->filePath("bob.pem"));
    QVERIFY(problemsOf(a, Account::Files::Skip).contains(QLatin1String("at most")));
    // The JSON reader refuses a bad kind, a bad list and a bad canonicalization.
    for (const auto &[field, value] : {std::pair {"kind", QJsonValue("x509")},
                                       {"smimeRecipientCerts", QJsonValue("a.pem")},
                                       {"dkimCanonicalization", QJsonValue("nowsp")},
                                       {"signByDefault", QJsonValue("yes")}}) {
        QJsonObject json = smimeAccount().toJson();
        QJsonObject s = json.value("signing").toObject();
        s.insert(QLatin1String(field), value);
        json.insert("signing", s);
        QString error;
        QVERIFY2(!Account::fromJson(json, &error), field);
        QVERIFY2(error.contains(QLatin1String(field)), qPrintable(error));
    }
}

void TestAccountSigning::secretInSectionIsRefused()
{
    QJsonObject json = smimeAccount().toJson();
    QJsonObject s = json.value("signing").toObject();
    s.insert("passphrase", "hunter2");
    json.insert("signing", s);
    QString error;
    QVERIFY(!Account::fromJson(json, &error));
    QVERIFY2(error.contains("passphrase") && error.contains("keychain"), qPrintable(error));
    QVERIFY(!error.contains("hunter2"));
}

void TestAccountSigning::profile()
{
    const mime::Security p = smimeAccount().signing.profile();
    QCOMPARE(p.kind, mime::Security::Kind::Smime);
    QVERIFY(!p.sign && !p.encrypt);
    QCOMPARE(p.smimeCert, smimeAccount().signing.smimeCert);
    QCOMPARE(p.smimeRecipientCerts.size(), 2);
    QVERIFY(p.pgpKey.isEmpty()); // the other kind's key stays out
    QCOMPARE(p.dkimDomain, QByteArray("example.test"));
    QCOMPARE(p.dkimSelector, QByteArray("s2026.mail"));
    QCOMPARE(p.dkimCanonicalization, mime::Security::Canonicalization::Simple);
    QVERIFY(p.dkim());
    Account pgp = smimeAccount();
    pgp.signing.kind = mime::Security::Kind::OpenPgp;
    QCOMPARE(pgp.signing.profile().pgpKey, QStringLiteral("ABCDEF0123456789"));
    QVERIFY(pgp.signing.profile().smimeCert.isEmpty());
}

void TestAccountSigning::recipientCertificates()
{
    const QString people = m_dir->filePath("people");
    makeCertificate(people + "/carol.pem", m_dir->filePath("carol-key.pem"), "carol@example.test",
                    false);
    makeCertificate(people + "/dave.crt", m_dir->filePath("dave-key.pem"), "Dave@Example.test",
                    true);
    makeCertificate(m_dir->filePath("bob.pem"), m_dir->filePath("bob-key.pem"), "bob@example.test",
                    true);
    writeFile(people + "/notes.txt", "not a certificate, not read");
    writeFile(people + "/broken.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n");

    const QStringList sources {m_dir->filePath("bob.pem"), people};
    mime::SmimeRecipientMatch m = mime::matchSmimeRecipients(
        sources, {"dave@example.test", "bob@example.test", "carol@EXAMPLE.test"});
    QVERIFY(m.complete());
    QCOMPARE(
        m.certificates,
        (QStringList {people + "/dave.crt", m_dir->filePath("bob.pem"), people + "/carol.pem"}));
    QCOMPARE(m.unreadable.size(), 1);
    QVERIFY(m.unreadable.first().contains("broken.pem"));

    m = mime::matchSmimeRecipients(sources, {"bob@example.test", "eve@example.test"});
    QVERIFY(!m.complete());
    QCOMPARE(m.missing, QList<QByteArray> {"eve@example.test"});
    QCOMPARE(m.certificates, QStringList {m_dir->filePath("bob.pem")});

    // For one message: the sources become the recipients' certificates, or
    // a sentence names who has none and nothing changes.
    mime::Security s;
    s.kind = mime::Security::Kind::Smime;
    s.encrypt = true;
    s.smimeRecipientCerts = sources;
    QString error = mime::selectSmimeRecipients(&s, {"bob@example.test", "mallory@example.test"});
    QVERIFY(error.contains("mallory@example.test"));
    QVERIFY(!error.contains("bob@example.test"));
    QCOMPARE(s.smimeRecipientCerts, sources);
    error = mime::selectSmimeRecipients(&s, {"carol@example.test"});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.smimeRecipientCerts, QStringList {people + "/carol.pem"});
    // The sources alone are also bounded per file.
    writeFile(m_dir->filePath("huge.pem"), QByteArray(mime::maxCertificateFileBytes + 10, 'A'));
    m = mime::matchSmimeRecipients({m_dir->filePath("huge.pem")}, {"a@example.test"});
    QVERIFY(m.unreadable.first().contains("1 MiB"));
}

QTEST_GUILESS_MAIN(TestAccountSigning)
#include "tst_accountsigning.moc"
