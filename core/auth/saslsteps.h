#pragma once
// Each AUTH step in words, for the transcript: the challenges and responses
// of one exchange, decoded from base64 and explained per mechanism (the
// CRAM-MD5 computation, each SCRAM message, the OAuth error JSON), with the
// secret parts redacted unless the person asked for them. Pure: one
// describer per exchange, fed in wire order (it remembers what LOGIN asked
// for last).

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace postscope::auth {

enum class SecretDisplay {
    Redacted, // passwords, tokens and SCRAM proofs become ********
    Revealed, // only on the person's explicit request
};

// What stands in for a secret.
inline constexpr QStringView redactionMark = u"********";

class SaslStepDescriber
{
public:
    explicit SaslStepDescriber(QByteArrayView mechanism,
                               SecretDisplay display = SecretDisplay::Redacted);

    // The decoded bytes of each step.
    QString initialResponse(QByteArrayView raw);
    QString challenge(QByteArrayView raw); // a 334's data, or data sent with 235
    QString response(QByteArrayView raw);

    // The same from the wire: base64 after "AUTH MECH " ("=" is an empty
    // initial response), after "334 ", or the client's line ("*" cancels).
    QString initialResponseLine(QByteArrayView base64);
    QString challengeLine(QByteArrayView base64);
    QString responseLine(QByteArrayView base64);

private:
    QString clientMessage(QByteArrayView raw, bool initial);
    QString secret(QByteArrayView value) const;

    QByteArray m_mechanism;
    SecretDisplay m_display;
    int m_clientMessages = 0;
    bool m_loginAskedForPassword = false;
    bool m_serverSentError = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::SaslStepDescriber)
};

} // namespace postscope::auth
