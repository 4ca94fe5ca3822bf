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
// The strongest mechanism both sides support (auto selection), or empty.
QByteArray strongestCommonMechanism(const QList<QByteArray> &serverMechanisms);

} // namespace postscope::auth
