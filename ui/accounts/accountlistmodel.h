#pragma once
// The accounts for the list on the left: the built-in sandbox first, then
// the person's accounts in the order they were added (AccountStore), each
// with its state from the SessionHub (idle, connecting, connected with or
// without TLS, error) as an icon and in words. An account that logs in
// with OAuth also says when it is not signed in, or its access token has
// expired with nothing to refresh it (read from the keychain, no provider
// asked).

#include "accounts/account.h"
#include "accounts/oauthtokens.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace postscope::accounts {
class AccountStore;
class SecretStore;
}

namespace postscope::ui {

class SessionHub;

class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the account's name (its id)
        BuiltInRole, // bool: the sandbox
        StateRole, // SessionHub::State as int
        TokenProblemRole, // QString: an OAuth account's missing or expired tokens; empty when fine
    };

    AccountListModel(accounts::AccountStore *store, SessionHub *hub, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The account of a row, and the row of a name (-1 when there is none).
    accounts::Account accountAt(int row) const;
    int rowOf(const QString &name) const;
    // "smtp.example.test:587, STARTTLS" (translated).
    static QString summary(const accounts::Account &account);

    // Where OAuth accounts' tokens are read from (the window's keychain).
    void setSecretStore(accounts::SecretStore *secrets);

public slots:
    void reload();
    // Reads every OAuth account's token state again (after a sign-in).
    void refreshTokenStates();

private:
    void stateChanged(const QString &name);

    accounts::AccountStore *m_store;
    SessionHub *m_hub;
    QList<accounts::Account> m_accounts;
    QPointer<accounts::SecretStore> m_secrets;
    QHash<QString, accounts::TokenState> m_tokenStates; // by account name
    quint64 m_tokenGeneration = 0; // answers of an older refresh are dropped
};

// "STARTTLS", "TLS", "none", "STARTTLS if offered" (translated).
QString securityLabel(session::Security security);

} // namespace postscope::ui
