#include "session/authsettings.h"

namespace postscope::session {

QList<QByteArray> AuthSettings::preference() const
{
    if (!wanted())
        return {};
    if (isAuto())
        return auth::supportedClientMechanisms();
    return {mechanism.toUpper()};
}

engine::MechanismFactory AuthSettings::factory() const
{
    const auth::Credentials bound = credentials;
    return [bound](const QByteArray &name) { return auth::createClientMechanism(name, bound); };
}

} // namespace postscope::session
