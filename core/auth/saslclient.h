#pragma once
// Client side of a SASL mechanism (RFC 4422) as the SMTP client engine drives
// it (RFC 4954). Works on raw bytes; the engine does the base64.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace postscope::auth {

struct Credentials
{
    QString user;
    QString password; // never logged; held only as long as the session needs it
    QString authzid; // optional authorisation identity
    // An OAuth 2.0 access token (RFC 6750 bearer token) for XOAUTH2 and
    // OAUTHBEARER; never logged. The password is never used in its place.
    QString bearerToken;
    // The server as the user named it. OAUTHBEARER sends it (RFC 7628 3.1
    // "host" and "port"); DIGEST-MD5 and GSSAPI name the service "smtp/host"
    // after it (RFC 2831 2.1.2 digest-uri, RFC 4752 3.1).
    QString host;
    quint16 port = 0;
};

class SaslClientMechanism
{
public:
    struct Step
    {
        QByteArray response; // raw bytes to send (the engine base64-encodes them)
        QString error; // non-empty: abort the exchange with "*"
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~SaslClientMechanism() = default;
    virtual QByteArray name() const = 0; // "PLAIN", "SCRAM-SHA-256", ...
    // RFC 4954 4: the initial response sent with AUTH, when the mechanism has one.
    virtual std::optional<QByteArray> initialResponse() { return std::nullopt; }
    // Answer to a 334 challenge (already base64-decoded).
    virtual Step respond(QByteArrayView challenge) = 0;
    // Checks the server's final data (e.g. SCRAM's server signature carried
    // in the 235 reply or in a last 334). Empty string when fine.
    virtual QString verifyOutcome(QByteArrayView serverFinal)
    {
        Q_UNUSED(serverFinal);
        return {};
    }
    // What the server said inside the exchange that the person should see
    // with the failure, as one translated sentence (the OAuth error JSON of
    // RFC 7628 3.2.2, decoded). Empty when there is nothing to add.
    virtual QString serverDetail() const { return {}; }
};

// Every mechanism THIS machine can do as a client: the built-in ones
// strongest first, the two bearer-token ones, then those the Cyrus SASL
// modules provide through QCA (clientMechanismCatalog() says more).
QList<QByteArray> supportedClientMechanisms();
// Creates a client mechanism by name (case-insensitive), or nullptr when
// unknown here. The mechanism comes wrapped in GuardedClientMechanism
// (exchange.h): the RFC 4954 line limit and a bound on challenges hold for
// every mechanism alike.
std::unique_ptr<SaslClientMechanism> createClientMechanism(QByteArrayView name,
                                                           const Credentials &credentials);
// Whether a mechanism hands the secret itself to anyone who can read the
// connection (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER: sendsSecretAsIs() in
// selection.h). Names this build does not know count as revealing (fail safe).
bool revealsSecret(QByteArrayView mechanism);

// Which mechanisms auto selection may pick.
enum class SecretExposure {
    Any,        // the connection is encrypted, or the user allowed plaintext AUTH
    NotInClear, // plaintext: only mechanisms that do not reveal the secret
};
// The strongest password mechanism both sides support (the first candidate
// of selectMechanisms() with the postscope order), or empty.
QByteArray strongestCommonMechanism(const QList<QByteArray> &serverMechanisms,
                                    SecretExposure exposure = SecretExposure::Any);

} // namespace postscope::auth
