#include "auth/exchange.h"

#include <QCoreApplication>
#include <utility>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

qsizetype base64Length(qsizetype rawSize)
{
    return (rawSize + 2) / 3 * 4;
}

} // namespace

bool initialResponseFits(QByteArrayView mechanism, QByteArrayView initialResponse)
{
    // "AUTH" SP mechanism SP (base64 / "=") CRLF
    const qsizetype argument = initialResponse.isEmpty() ? 1 : base64Length(initialResponse.size());
    return 4 + 1 + mechanism.size() + 1 + argument + 2 <= maxAuthLineLength;
}

bool responseFits(qsizetype rawSize)
{
    return base64Length(rawSize) + 2 <= maxAuthLineLength;
}

GuardedClientMechanism::GuardedClientMechanism(std::unique_ptr<SaslClientMechanism> inner)
    : m_inner(std::move(inner))
{
}

std::optional<QByteArray> GuardedClientMechanism::initialResponse()
{
    std::optional<QByteArray> initial = m_inner->initialResponse();
    if (initial && !initialResponseFits(m_inner->name(), *initial)) {
        // RFC 4954 4: the client MUST NOT use the initial response parameter
        // then, and sends it after the server's empty challenge.
        m_deferredInitial = std::move(initial);
        return std::nullopt;
    }
    return initial;
}

SaslClientMechanism::Step GuardedClientMechanism::respond(QByteArrayView challenge)
{
    if (!m_error.isEmpty())
        return {{}, m_error};
    if (++m_challenges > maxChallenges) {
        m_error = tr("the server sent more than %1 challenges in one AUTH %2 exchange; the "
                     "client gave up (a broken or hostile server)")
                      .arg(maxChallenges)
                      .arg(QString::fromLatin1(m_inner->name()));
        return {{}, m_error};
    }
    Step step;
    if (m_deferredInitial) {
        // RFC 4422 5: the server asks for the initial response with an
        // empty challenge.
        if (!challenge.isEmpty()) {
            m_error = tr("the server sent AUTH %1 data before the client's first message")
                          .arg(QString::fromLatin1(m_inner->name()));
            return {{}, m_error};
        }
        step.response = *std::exchange(m_deferredInitial, std::nullopt);
    } else {
        step = m_inner->respond(challenge);
    }
    if (step.ok() && !responseFits(step.response.size())) {
        m_error = tr("the AUTH %1 response would be longer than the %2 octets RFC 4954 4 allows "
                     "for one line")
                      .arg(QString::fromLatin1(m_inner->name()))
                      .arg(maxAuthLineLength);
        return {{}, m_error};
    }
    return step;
}

QString GuardedClientMechanism::verifyOutcome(QByteArrayView serverFinal)
{
    if (!m_error.isEmpty())
        return m_error;
    return m_inner->verifyOutcome(serverFinal);
}

} // namespace postscope::auth
