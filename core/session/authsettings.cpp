#include "session/authsettings.h"

#include "auth/selection.h"
#include "session/smtpsession.h"

namespace postscope::session {

QList<QByteArray> AuthSettings::preference() const
{
    if (!wanted())
        return {};
    // auto: the mechanisms this build does for the kind of secret held
    // (a password, or a bearer token for XOAUTH2 and OAUTHBEARER), in the
    // order asked for; the engine's selectMechanisms() applies the server's
    // offer and the plaintext rule, and falls to the next after a 535.
    if (isAuto())
        return auth::autoMechanisms(credentialKind(), order);
    return {mechanism.toUpper()};
}

auth::CredentialKind AuthSettings::credentialKind() const
{
    return credentials.bearerToken.isEmpty() && !tokenSource ? auth::CredentialKind::Password
                                                             : auth::CredentialKind::BearerToken;
}

void AuthSettings::applyTo(SessionOptions &options) const
{
    options.authOrder = order;
    options.credentialKind = credentialKind();
    options.authStepDisplay = stepDisplay;
}

engine::MechanismFactory AuthSettings::factory() const
{
    const auth::Credentials bound = credentials;
    return [bound](const QByteArray &name) { return auth::createClientMechanism(name, bound); };
}

} // namespace postscope::session
