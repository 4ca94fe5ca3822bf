#include "accountlogin.h"

#include "accounts/oauthtokens.h"
#include "passwordprompt.h"

#include <QCoreApplication>

namespace postscope::ui {

bool accountUsesOAuth(const accounts::Account &account)
{
    const QString mechanism = account.authMechanism.toUpper();
    if (mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER"))
        return true;
    return mechanism == QLatin1String("AUTO") && !account.oauth.isNull();
}

void obtainLogin(const accounts::Account &account, accounts::SecretStore *secrets, QWidget *parent,
                 LoginAnswer answer)
{
    session::AuthSettings auth;
    auth.mechanism = account.authMechanism.toUpper().toLatin1();
    auth.credentials.user = account.user;
    auth.credentials.host = account.host;
    if (!accountUsesOAuth(account)) {
        secrets->obtain(account.name, accounts::SecretKind::Password, passwordAsker(parent),
                        [auth, answer](const accounts::SecretResult &result) mutable {
                            if (!result.ok()) {
                                answer(std::nullopt, result.errorText);
                                return;
                            }
                            auth.credentials.password = result.secret;
                            answer(auth, QString());
                        });
        return;
    }
    QString why;
    const std::optional<auth::OAuthProvider> provider = account.oauthProvider(&why);
    if (!provider) {
        answer(std::nullopt, why);
        return;
    }
    // Not signed in (or expired with nothing to refresh it): say where to
    // sign in before a connection is opened.
    const accounts::TokenStorage storage
        = accounts::TokenStorage::keychainOrSession(secrets, account.name);
    accounts::readTokenState(
        storage, [auth, storage, provider, answer](const accounts::TokenState &state) mutable {
            if (!state.usable()) {
                answer(std::nullopt,
                       QCoreApplication::translate("postscope::ui::AccountLogin",
                                                   "%1 Sign in with Edit Account (Login tab).")
                           .arg(state.text()));
                return;
            }
            auth.tokenSource = accounts::freshTokenSource(storage, *provider);
            answer(auth, QString());
        });
}

} // namespace postscope::ui
