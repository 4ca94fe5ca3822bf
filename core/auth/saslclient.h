#pragma once
// Client side of a SASL mechanism (RFC 4422) as the SMTP client engine drives
// it (RFC 4954). Works on raw bytes; the engine does the base64.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace postscope::auth {

struct Credentials
{
    QString user;
    QString password;      // never logged; held only as long as the session needs it
    QString authzid;       // optional authorisation identity
};

class SaslClientMechanism
{
public:
    struct Step
    {
        QByteArray response;   // raw bytes to send (the engine base64-encodes them)
        QString error;         // non-empty: abort the exchange with "*"
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~SaslClientMechanism() = default;
    virtual QByteArray name() const = 0;   // "PLAIN", "SCRAM-SHA-256", ...
    // RFC 4954 4: the initial response sent with AUTH, when the mechanism has one.
    virtual std::optional<QByteArray> initialResponse() { return std::nullopt; }
    // Answer to a 334 challenge (already base64-decoded).
    virtual Step respond(QByteArrayView challenge) = 0;
    // Checks the server's final data (e.g. SCRAM's server signature carried
    // in the 235 reply or in a last 334). Empty string when fine.
    virtual QString verifyOutcome(QByteArrayView serverFinal) { Q_UNUSED(serverFinal); return {}; }
};

// Mechanisms this build can do, strongest first.
QList<QByteArray> supportedClientMechanisms();
// Creates a client mechanism by name (case-insensitive), or nullptr when unknown.
std::unique_ptr<SaslClientMechanism> createClientMechanism(QByteArrayView name, const Credentials &credentials);
// Whether a mechanism hands the secret itself to anyone who can read the
// connection: PLAIN (RFC 4616 9) and LOGIN send the password as base64.
// CRAM-MD5 (RFC 2195) and SCRAM-* (RFC 5802) prove knowledge of it without
// sending it. Names this build does not know count as revealing (fail safe).
bool revealsSecret(QByteArrayView mechanism);

// Which mechanisms auto selection may pick.
enum class SecretExposure {
    Any,        // the connection is encrypted, or the user allowed plaintext AUTH
    NotInClear, // plaintext: only mechanisms that do not reveal the secret
};
// The strongest mechanism both sides support (auto selection), or empty.
QByteArray strongestCommonMechanism(const QList<QByteArray> &serverMechanisms,
                                    SecretExposure exposure = SecretExposure::Any);

} // namespace postscope::auth
