#pragma once
// Which SASL mechanisms to use, and in which order: the one place that
// decides, for `--auth auto`, `--auth-order`, the plaintext rule and the
// fallback after a failed attempt. Pure: lists in, lists and reasons out.

#include <QByteArray>
#include <QList>
#include <QString>

namespace postscope::auth {

// ---- what this machine can do -------------------------------------------

struct MechanismInfo
{
    enum class Provider { BuiltIn, CyrusSasl }; // core/auth itself, or QCA + Cyrus
    enum class Credential { Password, BearerToken, Kerberos };
    QByteArray name;
    Provider provider = Provider::BuiltIn;
    Credential credential = Credential::Password;
    bool sendsSecretAsIs = false; // the secret crosses the wire readable: TLS only
    QString summary; // one translated line for `--auth help`
};

// Every client mechanism this machine can do, in the order of
// supportedClientMechanisms(): built-in password mechanisms strongest first,
// OAUTHBEARER and XOAUTH2, then what the Cyrus SASL modules add.
QList<MechanismInfo> clientMechanismCatalog();

// PLAIN, LOGIN, XOAUTH2 and OAUTHBEARER put the password or the bearer
// token on the wire as it is (RFC 4616 6, RFC 6750 5.3, RFC 7628 5).
bool sendsSecretAsIs(QByteArrayView mechanism);

// ---- auto selection -----------------------------------------------------

enum class MechanismOrder {
    Postscope, // OAUTHBEARER, XOAUTH2, SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN
    Smtplib, // CRAM-MD5, PLAIN, LOGIN: what smtplib.SMTP.login() tries, in its order
};
QString mechanismOrderName(MechanismOrder order); // "postscope", "smtplib"
bool parseMechanismOrder(const QString &name, MechanismOrder *out);
QList<QByteArray> mechanismOrder(MechanismOrder order);

enum class CredentialKind { Password, BearerToken };
// The mechanisms `auto` may use with this kind of secret: with the smtplib
// order only what smtplib's login() would try.
QList<QByteArray> autoMechanisms(CredentialKind kind,
                                 MechanismOrder order = MechanismOrder::Postscope);

enum class ConnectionSecurity { Plaintext, Encrypted };
enum class PlaintextAuth { Refuse, Allow }; // --allow-plaintext-auth, or the account's setting

struct MechanismSelection
{
    enum class Refusal {
        None, // candidates is not empty
        NoAuthOffered, // the server announced no mechanism at all
        NothingInCommon, // none of the allowed mechanisms is offered
        PlaintextOnly, // only mechanisms that would send the secret readable, and no TLS
    };
    // To try in this order; after a failure reply, the next one (as
    // smtplib's login() does; see afterAuthReply()).
    QList<QByteArray> candidates;
    // Offered and allowed, but not tried: they would send the secret as it
    // is over a connection without TLS.
    QList<QByteArray> withheld;
    Refusal refusal = Refusal::None;
    QString reason; // translated, when candidates is empty: why, and how to allow it
};

// serverOffers: the mechanisms of the EHLO AUTH keyword (any case).
// allowed: what the user permits (autoMechanisms() for `auto`, or the one
// named with --auth); entries the order does not name follow in their own
// order. Names come back in upper case.
MechanismSelection selectMechanisms(const QList<QByteArray> &serverOffers,
                                    const QList<QByteArray> &allowed, ConnectionSecurity security,
                                    PlaintextAuth plaintext, MechanismOrder order,
                                    CredentialKind kind = CredentialKind::Password);

// What to do after the reply that ended one AUTH attempt, as smtplib's
// login() does: 235 (and 503 "already authenticated") is success; any other
// failure reply tries the next candidate. Never a fallback when the client
// itself cancelled (the mechanism found the server's data wrong: trying a
// weaker mechanism would reward that server) or the server is closing (421).
enum class AuthAttempt { Authenticated, TryNext, Stop };
AuthAttempt afterAuthReply(int replyCode, bool cancelledByClient);

} // namespace postscope::auth
