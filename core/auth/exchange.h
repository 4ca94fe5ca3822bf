#pragma once

#include <QCoreApplication>
// The rules every client AUTH exchange obeys whatever the mechanism: the
// RFC 4954 4 line limit (an initial response that would not fit is sent
// after an empty 334 instead) and a bound on the number of challenges, so
// that a hostile server cannot keep an exchange going for ever.
// createClientMechanism() wraps every mechanism in GuardedClientMechanism.

#include "auth/saslclient.h"

#include <memory>

namespace postscope::auth {

// RFC 4954 4: AUTH lines (the command with its initial response, and each
// response line) may be up to 12288 octets long, CRLF included.
inline constexpr qsizetype maxAuthLineLength = 12288;
// Challenges answered in one exchange before the client gives up with "*".
// The longest real exchanges (GSSAPI, NTLM, SCRAM with a final 334) need
// three or four.
inline constexpr int maxChallenges = 16;

// Whether "AUTH <mechanism> <base64 of initialResponse>" CRLF fits the
// limit ("=" stands for an empty initial response, RFC 4954 4).
bool initialResponseFits(QByteArrayView mechanism, QByteArrayView initialResponse);
// Whether a response line carrying rawSize bytes, base64-encoded, fits.
bool responseFits(qsizetype rawSize);

class GuardedClientMechanism : public SaslClientMechanism
{
public:
    explicit GuardedClientMechanism(std::unique_ptr<SaslClientMechanism> inner);

    QByteArray name() const override { return m_inner->name(); }
    std::optional<QByteArray> initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    QString verifyOutcome(QByteArrayView serverFinal) override;
    QString serverDetail() const override { return m_inner->serverDetail(); }

    SaslClientMechanism &inner() { return *m_inner; }
    const SaslClientMechanism &inner() const { return *m_inner; }
    int challengesAnswered() const { return m_challenges; }

private:
    std::unique_ptr<SaslClientMechanism> m_inner;
    // RFC 4954 4: an initial response too long for the AUTH line waits for
    // the server's empty 334 and goes out as the first response instead.
    std::optional<QByteArray> m_deferredInitial;
    int m_challenges = 0;
    QString m_error;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::GuardedClientMechanism)
};

} // namespace postscope::auth
