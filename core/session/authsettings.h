#pragma once
// Who logs in, and how the SASL mechanism is chosen: what postscope-cli's
// --auth, --user and --password-* options say, and what an account holds
// (ARCHITECTURE.md "Services"). SmtpSession::login() takes the preference
// list and the factory; the rules that order the list live here, in one
// place, so that the front ends cannot drift apart.

#include "auth/saslclient.h"
#include "auth/saslsteps.h"
#include "auth/selection.h"
#include "engine/clientengine.h"

#include <QByteArray>
#include <QList>
#include <functional>

class QObject;

namespace postscope::session {

struct SessionOptions;

struct AuthSettings
{
    // Empty: no login. "AUTO": the strongest mechanism both sides can do.
    // Otherwise exactly this mechanism (upper case).
    QByteArray mechanism;
    auth::Credentials credentials; // the secret lives here only as long as the job runs
    // --auth-order: how `auto` ranks the mechanisms both sides support.
    auth::MechanismOrder order = auth::MechanismOrder::Postscope;
    // --show-secrets: the decoded AUTH steps show the secret parts too.
    auth::SecretDisplay stepDisplay = auth::SecretDisplay::Redacted;
    // An account with OAuth 2.0: SessionJob asks for a fresh access token
    // before it connects (core/accounts freshTokenSource(): the keychain's
    // token, refreshed when expired, RFC 6749 6) and logs in with it.
    // done(token, error) is called once; an error ends the job (exit 7)
    // before anything is sent.
    using TokenDone = std::function<void(const QString &token, const QString &error)>;
    using TokenSource = std::function<void(QObject *context, TokenDone done)>;
    TokenSource tokenSource;

    bool wanted() const { return !mechanism.isEmpty(); }
    bool isAuto() const { return mechanism == "AUTO"; }
    // A bearer token (XOAUTH2, OAUTHBEARER) or a password.
    auth::CredentialKind credentialKind() const;
    // Copies what the engine needs for the exchange (order, kind of
    // secret, how steps are shown) into the session's options.
    void applyTo(SessionOptions &options) const;
    // The mechanisms to try, strongest first; login() takes the first that
    // the server offers (RFC 4954 4).
    QList<QByteArray> preference() const;
    // Makes a mechanism by name with these credentials.
    engine::MechanismFactory factory() const;
};

} // namespace postscope::session
