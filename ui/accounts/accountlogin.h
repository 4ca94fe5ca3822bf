#pragma once
// The login of an account for the window's sends and sessions: the
// password from the keychain (asked each time where there is none), or, for
// an account with an OAuth provider and a bearer mechanism (XOAUTH2,
// OAUTHBEARER, or auto), its access token from the keychain (or this
// session's memory where no keychain answers), refreshed at the provider
// before AUTH when it has expired (core/accounts freshTokenSource).

#include "accounts/account.h"
#include "accounts/secretstore.h"
#include "session/authsettings.h"

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace postscope::ui {

using LoginAnswer
    = std::function<void(std::optional<session::AuthSettings> auth, const QString &error)>;

// Whether the account logs in with OAuth (the Login tab's rule).
bool accountUsesOAuth(const accounts::Account &account);

// Ends in answer once: the settings, or nullopt and why (translated).
void obtainLogin(const accounts::Account &account, accounts::SecretStore *secrets, QWidget *parent,
                 LoginAnswer answer);

} // namespace postscope::ui
