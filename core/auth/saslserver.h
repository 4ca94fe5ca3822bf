#pragma once
// Server side of SASL mechanisms (RFC 4422) for the sandbox server's AUTH
// (RFC 4954): PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1/256 against passwords,
// XOAUTH2 and OAUTHBEARER (RFC 7628) against bearer tokens. Raw bytes in and
// out; the server engine does the base64 and the 334/235/535 replies.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace postscope::auth {

// Looks up a user's password (the sandbox keeps plain passwords in its users
// file, as Dovecot's {PLAIN} scheme does). nullopt: no such user.
using PasswordLookup = std::function<std::optional<QString>(const QString &user)>;
// The bearer tokens valid for a user (the sandbox lists them in its users
// file). Empty set: no such user, or no token for them.
using TokenLookup = std::function<QSet<QString>(const QString &user)>;

class SaslServerMechanism
{
public:
    struct Step
    {
        enum class Status { Continue, Success, Failure };
        Status status = Status::Failure;
        QByteArray challenge; // Continue: raw bytes of the next 334 challenge;
                              // Success: optional additional data (SCRAM server-final)
        QString error; // Failure: why (for the server transcript, never the password)
    };

    virtual ~SaslServerMechanism() = default;
    virtual QByteArray name() const = 0;
    // First step: called with the initial response if the client sent one
    // (nullopt when it did not; "=" means an empty one and arrives as "").
    virtual Step start(const std::optional<QByteArray> &initialResponse) = 0;
    virtual Step respond(QByteArrayView response) = 0;
    // The authenticated user after Success.
    virtual QString user() const = 0;
};

// The password mechanisms, strongest first. bearerTokenMechanisms()
// (mechanisms.h) lists the two a server offers when it has tokens.
QList<QByteArray> supportedServerMechanisms();
// By name (case-insensitive), or nullptr when unknown. The password
// mechanisms use `lookup`, XOAUTH2 and OAUTHBEARER use `tokens` (without
// tokens every bearer token is wrong).
std::unique_ptr<SaslServerMechanism>
createServerMechanism(QByteArrayView name, PasswordLookup lookup, TokenLookup tokens = {});

} // namespace postscope::auth
