#pragma once
// Who logs in, and how the SASL mechanism is chosen: what postscope-cli's
// --auth, --user and --password-* options say, and what an account holds
// (ARCHITECTURE.md "Services"). SmtpSession::login() takes the preference
// list and the factory; the rules that order the list live here, in one
// place, so that the front ends cannot drift apart.

#include "auth/saslclient.h"
#include "engine/clientengine.h"

#include <QByteArray>
#include <QList>

namespace postscope::session {

struct AuthSettings
{
    // Empty: no login. "AUTO": the strongest mechanism both sides can do.
    // Otherwise exactly this mechanism (upper case).
    QByteArray mechanism;
    auth::Credentials credentials; // the secret lives here only as long as the job runs

    bool wanted() const { return !mechanism.isEmpty(); }
    bool isAuto() const { return mechanism == "AUTO"; }
    // The mechanisms to try, strongest first; login() takes the first that
    // the server offers (RFC 4954 4).
    QList<QByteArray> preference() const;
    // Makes a mechanism by name with these credentials.
    engine::MechanismFactory factory() const;
};

} // namespace postscope::session
