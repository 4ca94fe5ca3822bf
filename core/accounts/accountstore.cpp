#include "accounts/accountstore.h"

#include "mime/envelope.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace postscope::accounts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::accounts", text);
}

const QString group = QStringLiteral("accounts");
const QString versionKey = QStringLiteral("schemaVersion");
const QString listKey = QStringLiteral("list");
const QString exportFormat = QStringLiteral("postscope-accounts");

// --- settings <-> JSON --------------------------------------------------------
//
// Schema 2 keeps each account as its JSON form (Account::toJson, the one list
// of field names), flattened into readable settings keys:
//   accounts/list/3/host=mail.example.test
//   accounts/list/3/identities/1/address=alice@example.test
// An INI file keeps no types, so values are read back by the type the same
// key has in the JSON form of an account.

QJsonObject settingsShape()
{
    Account a;
    a.identities = {Identity {}};
    a.trustExceptions = {TrustException {}};
    a.signing.smimeRecipientCerts = {QString()};
    return a.toJson();
}

void writeObject(QSettings &settings, const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject()) {
            // A section ("security"): a group of its own.
            settings.beginGroup(it.key());
            writeObject(settings, v.toObject());
            settings.endGroup();
        } else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            settings.beginWriteArray(it.key(), int(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i) {
                settings.setArrayIndex(int(i));
                // A list of strings keeps each under "value".
                if (array.at(i).isString())
                    settings.setValue(QStringLiteral("value"), array.at(i).toString());
                else
                    writeObject(settings, array.at(i).toObject());
            }
            settings.endArray();
        } else if (v.isBool()) {
            settings.setValue(it.key(), v.toBool());
        } else if (v.isDouble()) {
            settings.setValue(it.key(), v.toInteger());
        } else {
            settings.setValue(it.key(), v.toString());
        }
    }
}

// Reads the keys of shape from the current settings group; *error names the
// first key that holds something of the wrong type.
QJsonObject readObject(QSettings &settings, const QJsonObject &shape, int maxItems, QString *error)
{
    QJsonObject object;
    for (auto it = shape.begin(); it != shape.end() && error->isEmpty(); ++it) {
        const QString name = it.key();
        if (it.value().isObject()) {
            // An absent section stays absent (read as its defaults).
            if (settings.childGroups().contains(name)) {
                settings.beginGroup(name);
                object.insert(name, readObject(settings, it.value().toObject(), maxItems, error));
                settings.endGroup();
            }
            continue;
        }
        if (it.value().isArray() && it.value().toArray().first().isString()) {
            const int size = settings.beginReadArray(name);
            if (size > maxItems) {
                *error = tr("\"%1\" has %2 entries; at most %3 are allowed")
                             .arg(name)
                             .arg(size)
                             .arg(maxItems);
            } else {
                QJsonArray array;
                for (int i = 0; i < size && error->isEmpty(); ++i) {
                    settings.setArrayIndex(i);
                    const QVariant value = settings.value(QStringLiteral("value"));
                    if (value.typeId() == QMetaType::QStringList)
                        *error = tr("\"%1\" must be one value (put it in double quotes)").arg(name);
                    array.append(value.toString());
                }
                object.insert(name, array);
            }
            settings.endArray();
            continue;
        }
        if (it.value().isArray()) {
            const QJsonObject itemShape = it.value().toArray().first().toObject();
            const int size = settings.beginReadArray(name);
            if (size > maxItems) {
                *error = tr("\"%1\" has %2 entries; at most %3 are allowed")
                             .arg(name)
                             .arg(size)
                             .arg(maxItems);
            } else if (size > 0) {
                QJsonArray array;
                for (int i = 0; i < size && error->isEmpty(); ++i) {
                    settings.setArrayIndex(i);
                    array.append(readObject(settings, itemShape, maxItems, error));
                }
                object.insert(name, array);
            }
            settings.endArray();
            continue;
        }
        if (!settings.contains(name))
            continue;
        const QVariant value = settings.value(name);
        if (value.typeId() == QMetaType::QStringList) {
            // An unquoted comma in a hand-edited INI file makes a list.
            *error = tr("\"%1\" must be one value (put it in double quotes)").arg(name);
            continue;
        }
        const QString text = value.toString();
        if (it.value().isBool()) {
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                *error = tr("\"%1\" must be true or false, not \"%2\"").arg(name, text);
            object.insert(name, text == QLatin1String("true"));
        } else if (it.value().isDouble()) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok)
                *error = tr("\"%1\" must be a whole number, not \"%2\"").arg(name, text);
            object.insert(name, n);
        } else {
            object.insert(name, text);
        }
    }
    return object;
}

QString joinProblems(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_writeBlock = tr("The accounts have not been loaded yet.");
}

AccountStore::~AccountStore() = default;

bool AccountStore::load(QString *error)
{
    m_accounts.clear();
    m_writeBlock.clear();
    QStringList problems;
    m_settings->sync();
    if (m_settings->status() == QSettings::FormatError) {
        problems.append(tr("The settings file %1 is not in a format Postscope can read.")
                            .arg(m_settings->fileName()));
    } else if (m_settings->status() == QSettings::AccessError) {
        // Unreadable is not empty: writing now would replace what is there.
        problems.append(tr("The settings file %1 cannot be read.").arg(m_settings->fileName()));
    } else {
        const QString versionPath = group + QLatin1Char('/') + versionKey;
        const QVariant stored = m_settings->value(versionPath);
        bool ok = false;
        const int version = stored.isValid() ? stored.toString().toInt(&ok) : 0;
        if (!stored.isValid()) {
            m_settings->beginGroup(group);
            const bool empty = m_settings->allKeys().isEmpty();
            m_settings->endGroup();
            if (!empty)
                problems.append(
                    tr("The accounts in %1 have no schema version.").arg(m_settings->fileName()));
        } else if (!ok || version < 1) {
            problems.append(
                tr("The accounts' schema version \"%1\" is not a number.").arg(stored.toString()));
        } else if (version > schemaVersion) {
            problems.append(
                tr("The accounts were written by a newer Postscope (schema %1; this one "
                   "knows %2). They are shown but not changed.")
                    .arg(version)
                    .arg(schemaVersion));
            readV2(&problems);
        } else if (version == 1) {
            upgradeV1(&problems);
        } else {
            readV2(&problems);
        }
    }
    if (!problems.isEmpty()) {
        m_writeBlock
            = tr("Postscope does not change the stored accounts, so that nothing is lost: %1")
                  .arg(joinProblems(problems));
        if (error)
            *error = joinProblems(problems);
        return false;
    }
    return true;
}

bool AccountStore::readV2(QStringList *problems)
{
    const QJsonObject shape = settingsShape();
    m_settings->beginGroup(group);
    const int size = m_settings->beginReadArray(listKey);
    if (size > maxAccounts) {
        problems->append(
            tr("The settings hold %1 accounts; at most %2 are read.").arg(size).arg(maxAccounts));
    }
    for (int i = 0; i < qMin(size, maxAccounts); ++i) {
        m_settings->setArrayIndex(i);
        QString error;
        const QJsonObject object
            = readObject(*m_settings, shape, qMax(maxIdentities, maxTrustExceptions), &error);
        std::optional<Account> account;
        if (error.isEmpty())
            account = Account::fromJson(object, &error);
        if (account && indexOf(account->name) >= 0)
            error = tr("a second account is called \"%1\"").arg(account->name);
        if (account && account->name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0)
            error = tr("\"%1\" is the built-in sandbox's name").arg(account->name);
        if (!error.isEmpty() || !account)
            problems->append(tr("Stored account %1: %2").arg(i + 1).arg(error));
        else
            m_accounts.append(*account);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return problems->isEmpty();
}

// Schema 1 (Postscope 0.1): one group per account under accounts/,
//   server=host[:port] ("[v6]:port" for IPv6), security=none|starttls|tls|
//   opportunistic, lmtp=true|false, user=NAME, from=MAILBOX, timeout=SECONDS.
// It had no socket, no identities list, no trust exceptions.
bool AccountStore::upgradeV1(QStringList *problems)
{
    m_settings->beginGroup(group);
    const QStringList names = m_settings->childGroups();
    for (const QString &name : names) {
        if (m_accounts.size() >= maxAccounts) {
            problems->append(tr("The settings hold more than %1 accounts.").arg(maxAccounts));
            break;
        }
        m_settings->beginGroup(name);
        Account a;
        a.name = name;
        QStringList bad;
        const QString server = m_settings->value(QStringLiteral("server")).toString().trimmed();
        QString port;
        a.host = server;
        if (server.startsWith(QLatin1Char('[')) && server.contains(QLatin1Char(']'))) {
            a.host = server.mid(1, server.indexOf(QLatin1Char(']')) - 1);
            const QString rest = server.mid(server.indexOf(QLatin1Char(']')) + 1);
            if (rest.startsWith(QLatin1Char(':')))
                port = rest.mid(1);
            else if (!rest.isEmpty())
                bad.append(tr("the server \"%1\" has text after ']'").arg(server));
        } else if (server.count(QLatin1Char(':')) == 1) {
            a.host = server.section(QLatin1Char(':'), 0, 0);
            port = server.section(QLatin1Char(':'), 1);
        }
        if (!port.isEmpty()) {
            bool ok = false;
            const uint n = port.toUInt(&ok);
            if (!ok || n > 65535)
                bad.append(tr("\"%1\" is not a port number").arg(port));
            a.port = quint16(n);
        }
        const QString security
            = m_settings->value(QStringLiteral("security"), QStringLiteral("starttls")).toString();
        if (!session::parseSecurity(security, &a.security))
            bad.append(tr("unknown security \"%1\"").arg(security));
        const QString lmtp
            = m_settings->value(QStringLiteral("lmtp"), QStringLiteral("false")).toString();
        if (lmtp != QLatin1String("true") && lmtp != QLatin1String("false"))
            bad.append(tr("lmtp must be true or false, not \"%1\"").arg(lmtp));
        a.dialect = lmtp == QLatin1String("true") ? engine::Dialect::Lmtp : engine::Dialect::Smtp;
        a.user = m_settings->value(QStringLiteral("user")).toString();
        const QString timeout
            = m_settings->value(QStringLiteral("timeout"), QStringLiteral("30")).toString();
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            bad.append(tr("the timeout \"%1\" is not a number of seconds").arg(timeout));
        // Version 1 had one timeout for everything: both waits keep it.
        a.replyTimeoutMs = a.connectTimeoutMs = ok ? seconds * 1000 : 0;
        const QString from = m_settings->value(QStringLiteral("from")).toString();
        if (!from.isEmpty()) {
            if (const std::optional<mime::Mailbox> mailbox = mime::parseMailbox(from))
                a.identities
                    = {Identity {mailbox->displayName, QString::fromUtf8(mailbox->address), true}};
            else
                bad.append(tr("\"%1\" is not a From address").arg(from));
        }
        m_settings->endGroup();

        if (bad.isEmpty())
            bad = a.validate();
        if (bad.isEmpty() && indexOf(a.name) >= 0)
            bad.append(tr("a second account is called \"%1\"").arg(a.name));
        if (bad.isEmpty() && a.name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0)
            bad.append(tr("\"%1\" is the built-in sandbox's name").arg(a.name));
        if (!bad.isEmpty())
            problems->append(tr("Stored account \"%1\" (schema 1): %2")
                                 .arg(name, bad.join(QLatin1String("; "))));
        else
            m_accounts.append(a);
    }
    m_settings->endGroup();
    if (!problems->isEmpty())
        return false;

    QString error;
    if (!write(m_accounts, &error)) {
        problems->append(tr("The upgraded accounts could not be written: %1").arg(error));
        return false;
    }
    return true;
}

void AccountStore::writeGroup(const QList<Account> &accounts)
{
    // Everything under accounts/ is this store's: older groups go too.
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(versionKey, schemaVersion);
    m_settings->beginWriteArray(listKey, int(accounts.size()));
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(int(i));
        writeObject(*m_settings, accounts.at(i).toJson());
    }
    m_settings->endArray();
    m_settings->endGroup();
}

bool AccountStore::write(const QList<Account> &accounts, QString *error)
{
    if (!m_writeBlock.isEmpty()) {
        if (error)
            *error = m_writeBlock;
        return false;
    }
    writeGroup(accounts);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        // Put the settings object back as it was, so that a later sync (of
        // someone else's key) cannot write the change that was refused here.
        writeGroup(m_accounts);
        if (error)
            *error = tr("The settings file %1 could not be written.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

qsizetype AccountStore::indexOf(const QString &name) const
{
    // Names are unique without regard to case: "Work" and "work" on one
    // command line would be a trap.
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<Account> AccountStore::list() const
{
    QList<Account> all {Account::sandbox(m_sandbox.data())};
    all += m_accounts;
    return all;
}

QStringList AccountStore::names() const
{
    QStringList all {Account::sandboxName()};
    for (const Account &a : m_accounts)
        all.append(a.name);
    return all;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    if (name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0)
        return Account::sandbox(m_sandbox.data());
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_accounts.at(i);
}

bool AccountStore::add(const Account &account, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (account.name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0 || account.builtIn)
        return fail(tr("\"%1\" is the built-in sandbox account; it cannot be added or changed.")
                        .arg(account.name));
    if (const QStringList problems = account.validate(); !problems.isEmpty())
        return fail(joinProblems(problems));
    if (indexOf(account.name) >= 0)
        return fail(tr("An account called \"%1\" exists already.").arg(account.name));
    if (m_accounts.size() >= maxAccounts)
        return fail(tr("There are %1 accounts already; that is the most Postscope keeps.")
                        .arg(maxAccounts));
    QList<Account> next = m_accounts;
    next.append(account);
    if (!write(next, error))
        return false;
    m_accounts = next;
    emit accountsChanged();
    return true;
}

bool AccountStore::update(const Account &account, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (account.name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0 || account.builtIn)
        return fail(tr("\"%1\" is the built-in sandbox account; it cannot be added or changed.")
                        .arg(account.name));
    const qsizetype i = indexOf(account.name);
    if (i < 0)
        return fail(tr("There is no account called \"%1\".").arg(account.name));
    if (const QStringList problems = account.validate(); !problems.isEmpty())
        return fail(joinProblems(problems));
    QList<Account> next = m_accounts;
    next[i] = account;
    if (!write(next, error))
        return false;
    m_accounts = next;
    emit accountsChanged();
    return true;
}

bool AccountStore::remove(const QString &name, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0)
        return fail(tr("The built-in sandbox account cannot be removed."));
    const qsizetype i = indexOf(name);
    if (i < 0)
        return fail(tr("There is no account called \"%1\".").arg(name));
    QList<Account> next = m_accounts;
    next.removeAt(i);
    if (!write(next, error))
        return false;
    m_accounts = next;
    emit accountsChanged();
    return true;
}

void AccountStore::setSandboxServer(const sandbox::SandboxServer *server)
{
    if (m_sandbox)
        disconnect(m_sandbox, nullptr, this, nullptr);
    m_sandbox = server;
    if (server)
        connect(server, &QObject::destroyed, this, &AccountStore::accountsChanged);
    emit accountsChanged();
}

QJsonDocument AccountStore::exportJson(const QStringList &names) const
{
    QJsonArray accounts;
    for (const Account &a : m_accounts) {
        bool wanted = names.isEmpty();
        for (const QString &n : names)
            wanted = wanted || n.compare(a.name, Qt::CaseInsensitive) == 0;
        if (wanted)
            accounts.append(a.toJson());
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), exportFormat},
                                      {versionKey, schemaVersion},
                                      {QStringLiteral("accounts"), accounts}});
}

bool AccountStore::importJson(const QByteArray &json, ImportMode mode, int *count, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (count)
        *count = 0;
    if (json.size() > maxImportBytes)
        return fail(tr("The account file is larger than %1 MiB.").arg(maxImportBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(tr("The account file is not JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else {
        const QJsonObject root = document.object();
        if (root.value(QStringLiteral("format")).toString() != exportFormat
            || !root.value(QStringLiteral("accounts")).isArray())
            return fail(tr(
                "The account file is neither a Postscope account export nor a list of accounts."));
        const int version = root.value(versionKey).toInt(0);
        if (version < 2 || version > schemaVersion)
            return fail(tr("The account file has schema %1; this Postscope reads 2 to %2.")
                            .arg(root.value(versionKey).toVariant().toString())
                            .arg(schemaVersion));
        array = root.value(QStringLiteral("accounts")).toArray();
    }
    if (array.size() > maxAccounts)
        return fail(tr("The account file holds %1 accounts; at most %2 are read.")
                        .arg(array.size())
                        .arg(maxAccounts));

    // Check everything before changing anything.
    QList<Account> next = m_accounts;
    QStringList seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("Entry %1 of the account file is not an object.").arg(i + 1));
        QString why;
        const std::optional<Account> account = Account::fromJson(array.at(i).toObject(), &why);
        if (!account)
            return fail(tr("Entry %1 of the account file: %2").arg(i + 1).arg(why));
        if (account->name.compare(Account::sandboxName(), Qt::CaseInsensitive) == 0)
            return fail(
                tr("Entry %1 of the account file is called \"%2\", the built-in sandbox's name.")
                    .arg(i + 1)
                    .arg(account->name));
        for (const QString &s : std::as_const(seen)) {
            if (s.compare(account->name, Qt::CaseInsensitive) == 0)
                return fail(tr("The account file names \"%1\" twice.").arg(account->name));
        }
        seen.append(account->name);
        qsizetype existing = -1;
        for (qsizetype j = 0; j < next.size(); ++j) {
            if (next.at(j).name.compare(account->name, Qt::CaseInsensitive) == 0)
                existing = j;
        }
        if (existing >= 0 && mode == ImportMode::AddOnly)
            return fail(
                tr("An account called \"%1\" exists already (import with replace to overwrite it).")
                    .arg(account->name));
        if (existing >= 0)
            next[existing] = *account;
        else
            next.append(*account);
    }
    if (next.size() > maxAccounts)
        return fail(tr("After the import there would be %1 accounts; at most %2 are kept.")
                        .arg(next.size())
                        .arg(maxAccounts));
    if (!write(next, error))
        return false;
    m_accounts = next;
    if (count)
        *count = int(array.size());
    emit accountsChanged();
    return true;
}

} // namespace postscope::accounts
