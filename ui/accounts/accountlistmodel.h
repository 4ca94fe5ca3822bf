#pragma once
// The accounts for the list on the left: the built-in sandbox first, then
// the person's accounts in the order they were added (AccountStore), each
// with its state from the SessionHub (idle, connecting, connected with or
// without TLS, error) as an icon and in words.

#include "accounts/account.h"

#include <QAbstractListModel>
#include <QList>

namespace postscope::accounts {
class AccountStore;
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
    };

    AccountListModel(accounts::AccountStore *store, SessionHub *hub, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The account of a row, and the row of a name (-1 when there is none).
    accounts::Account accountAt(int row) const;
    int rowOf(const QString &name) const;
    // "smtp.example.test:587, STARTTLS" (translated).
    static QString summary(const accounts::Account &account);

public slots:
    void reload();

private:
    void stateChanged(const QString &name);

    accounts::AccountStore *m_store;
    SessionHub *m_hub;
    QList<accounts::Account> m_accounts;
};

// "STARTTLS", "TLS", "none", "STARTTLS if offered" (translated).
QString securityLabel(session::Security security);

} // namespace postscope::ui
