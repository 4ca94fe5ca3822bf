#include "session/authsettings.h"

#include "auth/selection.h"

namespace postscope::session {

QList<QByteArray> AuthSettings::preference() const
{
    if (!wanted())
        return {};
    // auto: the password mechanisms this build does, strongest first (the
    // bearer-token ones need a token, not a password). The plaintext rule
    // and --auth-order are core/auth's selectMechanisms(): to be plugged in here.
    if (isAuto())
        return auth::autoMechanisms(auth::CredentialKind::Password);
    return {mechanism.toUpper()};
}

engine::MechanismFactory AuthSettings::factory() const
{
    const auth::Credentials bound = credentials;
    return [bound](const QByteArray &name) { return auth::createClientMechanism(name, bound); };
}

} // namespace postscope::session
