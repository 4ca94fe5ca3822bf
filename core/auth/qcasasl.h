#pragma once
// DIGEST-MD5, GSSAPI, NTLM and whatever else this machine's Cyrus SASL
// modules can do as a client, through QCA's SASL provider (the
// qca-cyrus-sasl plugin), as one more SaslClientMechanism.
//
// QCA::SASL reports every step through queued signals, so an answer to a
// challenge would need a trip through the event loop; the client engine is
// sans-I/O and wants the answer when it asks. The bridge therefore drives
// QCA::SASLContext, the provider layer QCA::SASL is built on, and waits for
// each step with its documented blocking waitForResultsReady(). Cyrus does
// its work inside the call; nothing here opens a socket of its own (GSSAPI
// may ask the Kerberos library, which uses the ticket cache).

#include "auth/saslclient.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace QCA {
class SASLContext;
}

namespace postscope::auth {

class QcaSaslClientMechanism : public SaslClientMechanism
{
public:
    // service: the SASL service name, "smtp" for SMTP AUTH (RFC 4954 4 names
    // GSSAPI's service "smtp"; DIGEST-MD5's digest-uri is "smtp/host").
    QcaSaslClientMechanism(QByteArray mechanism, Credentials credentials,
                           QString service = QStringLiteral("smtp"));
    ~QcaSaslClientMechanism() override;

    QByteArray name() const override { return m_mechanism; }
    std::optional<QByteArray> initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    // Cyrus finishes only once it has checked what the server proves (e.g.
    // DIGEST-MD5's rspauth, RFC 2831 2.1.3): a 235 before that is an error.
    QString verifyOutcome(QByteArrayView serverFinal) override;

private:
    enum class Stage { Start, Continue, Done, Failed };
    bool start(bool clientFirst);
    Step afterStep();
    Step fail(const QString &error);
    QString conditionText() const;

    QByteArray m_mechanism;
    Credentials m_credentials;
    QString m_service;
    std::unique_ptr<QCA::SASLContext> m_context;
    Stage m_stage = Stage::Start;
    QString m_error;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::QcaSaslClientMechanism)
};

// The mechanisms this machine's Cyrus SASL modules provide as a client
// that the built-in ones do not cover (DIGEST-MD5, NTLM, GSSAPI, ...),
// found once by asking QCA's SASL provider for each known name (Cyrus
// answers "no mechanism" for a missing module; nothing goes on the network).
QList<QByteArray> qcaSaslClientMechanisms();
// Empty when QCA has a SASL provider; otherwise a sentence saying it is
// missing and where plugins were looked for.
QString qcaSaslProblem();

} // namespace postscope::auth
