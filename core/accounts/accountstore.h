#pragma once
// The person's accounts, kept in QSettings under "accounts/" with a schema
// version (older shapes are upgraded on load, a newer one is never
// overwritten), plus the built-in sandbox account. Every change is checked
// (Account::validate) and written through at once. Import and export use
// the JSON form, which never holds a secret (secrets: SecretStore).

#include "accounts/account.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace postscope::sandbox {
class SandboxServer;
}

namespace postscope::accounts {

class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The settings shape this build writes. 1: one group per account, the
    // server as "host:port", one From, a timeout in seconds (Postscope 0.1).
    static constexpr int schemaVersion = 2;
    // No settings file or import can make the store hold more.
    static constexpr int maxAccounts = 1000;
    // An import larger than this is refused before it is parsed.
    static constexpr qsizetype maxImportBytes = 8 << 20;

    // settings is not owned: the app passes QSettings() (its default), tests
    // a temporary INI file. Call load() before anything else.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);
    ~AccountStore() override;

    // Reads the accounts, upgrading an older schema (and writing the upgrade
    // back). False and *error when the settings come from a newer Postscope
    // or hold entries that cannot be read: the valid ones are loaded, and the
    // store stays read-only so that nothing of the person's is lost.
    bool load(QString *error = nullptr);
    bool isReadOnly() const { return !m_writeBlock.isEmpty(); }

    // The sandbox first, then the stored accounts in the order they were added.
    QList<Account> list() const;
    QStringList names() const;
    std::optional<Account> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }

    // Each returns false and sets *error (one sentence per problem) when the
    // change is refused; nothing is changed then.
    bool add(const Account &account, QString *error = nullptr);
    // Replaces the stored account of the same name. (Secrets are keyed by
    // the name, so a rename is a remove and an add, with the secrets moved
    // by the caller.)
    bool update(const Account &account, QString *error = nullptr);
    // The caller removes the account's secrets too (SecretStore::removeAll).
    bool remove(const QString &name, QString *error = nullptr);

    // The running sandbox server whose host and port the built-in account
    // reports, read each time it is asked for (nullptr, or once the server
    // is destroyed: the sandbox account says it is not running).
    void setSandboxServer(const sandbox::SandboxServer *server);

    // {"format": "postscope-accounts", "schemaVersion": 2, "accounts": [...]}:
    // the named accounts (all stored ones when names is empty), never the
    // sandbox, never a secret.
    QJsonDocument exportJson(const QStringList &names = {}) const;

    enum class ImportMode {
        AddOnly, // an account whose name exists already is an error
        Replace, // it replaces the stored one
    };
    // Reads an export (or a bare list of accounts). All or nothing: every
    // account is checked first; *count is how many were added or replaced.
    bool importJson(const QByteArray &json, ImportMode mode, int *count = nullptr,
                    QString *error = nullptr);

signals:
    // After a change has been written (add, update, remove, import).
    void accountsChanged();

private:
    bool readV2(QStringList *problems);
    bool upgradeV1(QStringList *problems);
    void writeGroup(const QList<Account> &accounts);
    bool write(const QList<Account> &accounts, QString *error);
    qsizetype indexOf(const QString &name) const;

    QSettings *m_settings;
    QList<Account> m_accounts;
    QString m_writeBlock; // non-empty: why the store may not write
    QPointer<const sandbox::SandboxServer> m_sandbox;
};

} // namespace postscope::accounts
