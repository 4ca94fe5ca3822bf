#include "accountlistmodel.h"

#include "accountlogin.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "common/uihelpers.h"
#include "sessions/sessionhub.h"

namespace postscope::ui {

namespace {

QString stateIconName(SessionHub::State state)
{
    switch (state) {
    case SessionHub::State::Idle:
        return QStringLiteral("state-idle");
    case SessionHub::State::Connecting:
        return QStringLiteral("state-connecting");
    case SessionHub::State::Connected:
        return QStringLiteral("state-connected");
    case SessionHub::State::ConnectedTls:
        return QStringLiteral("state-tls");
    case SessionHub::State::Error:
        break;
    }
    return QStringLiteral("state-error");
}

} // namespace

QString securityLabel(session::Security security)
{
    switch (security) {
    case session::Security::None:
        return AccountListModel::tr("no TLS");
    case session::Security::StartTls:
        return AccountListModel::tr("STARTTLS");
    case session::Security::Tls:
        return AccountListModel::tr("TLS");
    case session::Security::Opportunistic:
        break;
    }
    return AccountListModel::tr("STARTTLS if offered");
}

AccountListModel::AccountListModel(accounts::AccountStore *store, SessionHub *hub, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_hub(hub)
{
    connect(store, &accounts::AccountStore::accountsChanged, this, &AccountListModel::reload);
    connect(hub, &SessionHub::stateChanged, this, &AccountListModel::stateChanged);
    reload();
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts = m_store->list();
    endResetModel();
    refreshTokenStates();
}

void AccountListModel::setSecretStore(accounts::SecretStore *secrets)
{
    m_secrets = secrets;
    refreshTokenStates();
}

void AccountListModel::refreshTokenStates()
{
    const quint64 generation = ++m_tokenGeneration;
    m_tokenStates.clear();
    if (!m_secrets)
        return;
    for (const accounts::Account &account : std::as_const(m_accounts)) {
        if (account.builtIn || account.user.isEmpty() || !accountUsesOAuth(account))
            continue;
        const QString name = account.name;
        QPointer<AccountListModel> self(this);
        accounts::readTokenState(accounts::TokenStorage::keychainOrSession(m_secrets, name),
                                 [self, generation, name](const accounts::TokenState &state) {
                                     if (!self || generation != self->m_tokenGeneration)
                                         return;
                                     self->m_tokenStates.insert(name, state);
                                     self->stateChanged(name);
                                 });
    }
}

void AccountListModel::stateChanged(const QString &name)
{
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

accounts::Account AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row) : accounts::Account();
}

int AccountListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString AccountListModel::summary(const accounts::Account &account)
{
    if (account.builtIn && account.host.isEmpty() && account.socketPath.isEmpty())
        return tr("built-in test server, not running");
    QString where;
    if (!account.socketPath.isEmpty()) {
        where = account.socketPath;
    } else {
        const quint16 port = account.port;
        // An IPv6 address is written in brackets before its port.
        const QString host = account.host.contains(QLatin1Char(':'))
            ? QStringLiteral("[%1]").arg(account.host)
            : account.host;
        where = port ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    }
    const QString protocol
        = account.dialect == engine::Dialect::Lmtp ? QStringLiteral("LMTP, ") : QString();
    return tr("%1, %2%3").arg(where, protocol, securityLabel(account.security));
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const accounts::Account &account = m_accounts.at(index.row());
    const SessionHub::AccountStatus status = m_hub->status(account.name);
    const auto token = m_tokenStates.constFind(account.name);
    const QString tokenProblem
        = token != m_tokenStates.constEnd() && !token->usable() ? token->text() : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (!tokenProblem.isEmpty())
            return tr("%1\n%2\n%3").arg(account.name, summary(account), tokenProblem);
        return tr("%1\n%2").arg(account.name, summary(account));
    case TokenProblemRole:
        return tokenProblem;
    case Qt::DecorationRole:
        return shippedIcon(stateIconName(status.state));
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2").arg(account.name, SessionHub::stateName(status.state));
        if (!status.detail.isEmpty())
            tip += QLatin1Char('\n') + status.detail;
        if (account.builtIn)
            tip += QLatin1Char('\n')
                + tr("The built-in test server on this computer: mail sent to it stays here.");
        if (!tokenProblem.isEmpty())
            tip += QLatin1Char('\n') + tokenProblem;
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (!tokenProblem.isEmpty())
            return tr("%1, %2, %3, %4")
                .arg(account.name, summary(account), SessionHub::stateName(status.state),
                     tokenProblem);
        return tr("%1, %2, %3")
            .arg(account.name, summary(account), SessionHub::stateName(status.state));
    case NameRole:
        return account.name;
    case BuiltInRole:
        return account.builtIn;
    case StateRole:
        return int(status.state);
    }
    return {};
}

} // namespace postscope::ui
