#pragma once
// One mail server account as the person set it up: where to connect, how to
// secure and authenticate the connection, who to send as, which certificates
// to trust by exception. Plain values, no secrets (passwords, tokens and key
// passphrases live only in the keychain: SecretStore). One JSON form, used
// by the export file and by `postscope-cli account list --json`.

#include "auth/oauth2.h"
#include "engine/clientengine.h"
#include "mime/security.h"
#include "session/smtpsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <optional>

namespace postscope::sandbox {
class SandboxServer;
}

namespace postscope::accounts {

// Which address family a host name may resolve to (smtplib has none; the
// CLI's -4 / -6).
enum class IpFamily { Any, IPv4, IPv6 };
QString ipFamilyName(IpFamily family); // "any", "ipv4", "ipv6"
bool parseIpFamily(const QString &name, IpFamily *out);

QString dialectName(engine::Dialect dialect); // "smtp", "lmtp"
bool parseDialect(const QString &name, engine::Dialect *out);

// A From the account may send as (RFC 5322 3.6.2 mailbox).
struct Identity
{
    QString displayName;
    QString address; // addr-spec, "alice@example.test"
    bool isDefault = false; // exactly one identity of an account is the default From

    // "Alice <alice@example.test>", quoted where RFC 5322 needs it.
    QString mailbox() const;
    bool operator==(const Identity &) const = default;
};

// "Trust this certificate for this host although it does not verify": the
// exact leaf, by its SHA-256 digest, never a whole CA or every certificate.
struct TrustException
{
    QString host;
    QByteArray sha256; // 64 lower-case hex digits (normalized by setFingerprint)
    QDateTime added; // UTC
    QString note; // why the person trusted it
    // What the certificate looked like when it was trusted (empty when only
    // its fingerprint was given): a changed certificate says what changed.
    QString subject;
    QString issuer;
    QDateTime notBefore; // UTC; invalid when not known
    QDateTime notAfter;

    // Accepts "AB:CD:..." or "abcd..."; false when it is not 32 bytes of hex.
    bool setFingerprint(const QString &text);
    // An exception for exactly this certificate on host, dated now.
    static TrustException forCertificate(const QString &host, const QSslCertificate &certificate,
                                         const QString &note = {});
    // What the session matches (session::SessionOptions::trustedCertificates).
    session::TrustedCertificate trustedCertificate() const;
    bool operator==(const TrustException &) const = default;
};

// A TLS client certificate by reference: files stay where the person keeps
// them; the key's passphrase is a secret (SecretKind::KeyPassphrase).
struct ClientCertificate
{
    QString certificatePath; // PEM
    QString keyPath; // PEM; empty when the certificate file holds the key too
    bool isNull() const { return certificatePath.isEmpty() && keyPath.isEmpty(); }
    bool operator==(const ClientCertificate &) const = default;
};

// OAuth 2.0 for XOAUTH2 and OAUTHBEARER (RFC 6749, RFC 7628): who issues
// the account's access tokens. The tokens themselves (and the refresh
// token) live only in the keychain (SecretKind::OAuthAccessToken,
// OAuthRefreshToken); `postscope-cli account authorize NAME` gets them.
struct OAuthSettings
{
    QString provider; // empty: none; "google", "microsoft" (published endpoints) or "custom"
    QString authorizationEndpoint; // custom, or instead of the preset's (RFC 6749 3.1)
    QString tokenEndpoint; // RFC 6749 3.2
    QString clientId; // the person's own registration with the provider (RFC 6749 2.2)
    QString scope; // empty: the preset's
    bool isNull() const { return provider.isEmpty(); }
    bool operator==(const OAuthSettings &) const = default;
};

// Signing, encryption and DKIM for the mail the account sends (RFC 8551
// S/MIME, RFC 3156 OpenPGP/MIME, RFC 6376 DKIM): files by reference, where
// the person keeps them. The passphrase of the S/MIME key or PKCS#12 file
// is a secret (SecretKind::SigningPassphrase), never here. A missing
// section is "none": no kind, no DKIM.
struct SigningSettings
{
    // The kind the composer and `send --sign/--encrypt` use.
    mime::Security::Kind kind = mime::Security::Kind::None;
    bool signByDefault = false;
    bool encryptByDefault = false;
    QString smimeCert; // PEM, or PKCS#12 holding the key too
    QString smimeKey; // PEM; empty when smimeCert holds the key
    // Certificates to encrypt to: PEM files (the first certificate of each
    // counts) and/or directories of them; each recipient gets the ones whose
    // subject e-mail or SAN rfc822Name is its address (mime::matchSmimeRecipients).
    QStringList smimeRecipientCerts;
    QString pgpKey; // fingerprint, key id or address in GNUPGHOME; gpg finds recipients by address
    QString dkimDomain; // d= (RFC 6376 3.5)
    QString dkimSelector; // s=
    QString dkimKey; // PEM private key: RSA or Ed25519 (RFC 8463)
    mime::Security::Canonicalization dkimCanonicalization
        = mime::Security::Canonicalization::Relaxed;

    bool hasDkim() const { return !dkimDomain.isEmpty(); }
    bool isNull() const { return *this == SigningSettings {}; }
    // What the composer and the send path start from (sign and encrypt off;
    // the S/MIME recipient certificates are the configured sources, to be
    // narrowed per message by mime::matchSmimeRecipients).
    mime::Security profile() const;
    bool operator==(const SigningSettings &) const = default;
};
QString securityKindName(mime::Security::Kind kind); // "none", "smime", "openpgp"
bool parseSecurityKind(const QString &name, mime::Security::Kind *out);
QString canonicalizationName(mime::Security::Canonicalization c); // "relaxed", "simple"
bool parseCanonicalization(const QString &name, mime::Security::Canonicalization *out);

struct Account
{
    // The name is the account's identity: unique, shown to people, the key
    // of its secrets in the keychain ("work", "Postfix test").
    QString name;

    QString host;
    quint16 port = 0; // 0: the default for the security and dialect (25, 465, 24)
    QString socketPath; // a Unix socket instead of host and port (LMTP's usual home)
    session::Security security = session::Security::StartTls;
    engine::Dialect dialect = engine::Dialect::Smtp;
    QString heloName; // empty: the local FQDN (SmtpSession::defaultHeloName)
    int replyTimeoutMs = 30000; // each wait for a reply
    int connectTimeoutMs = 30000; // the TCP connect and the TLS handshake

    QString authMechanism = QStringLiteral("auto"); // "auto" or a SASL name (RFC 4422 3.1)
    QString user; // empty: no login
    bool allowPlaintextAuth = false; // PLAIN/LOGIN without TLS only when the person said so
    OAuthSettings oauth;

    QList<Identity> identities;
    QList<TrustException> trustExceptions;
    QString caFile; // extra trust anchors (PEM), like --ca-file
    ClientCertificate clientCertificate;
    // The lowest TLS version to accept (--tls-min); Any: OpenSSL's default.
    session::TlsVersion tlsMinimum = session::TlsVersion::Any;

    QString sourceAddress; // local address to connect from (smtplib's source_address)
    quint16 sourcePort = 0; // 0: any
    IpFamily ipFamily = IpFamily::Any;

    // S/MIME or OpenPGP and DKIM for the mail it sends (JSON "signing").
    SigningSettings signing;

    // The built-in sandbox account: read-only, never stored or exported.
    bool builtIn = false;

    bool operator==(const Account &) const = default;

    // Every problem, one sentence each (tr); empty when the account is usable.
    // Files::Check also says which file of the signing settings cannot be
    // read; Files::Skip (settings being loaded, an import from another
    // machine) judges only the values, so a moved key never hides an account.
    enum class Files { Check, Skip };
    QStringList validate(Files files = Files::Check) const;

    // The OAuth provider (a preset with the account's client id and scope,
    // or the custom endpoints); nullopt and *error when there is none or it
    // is not usable.
    std::optional<auth::OAuthProvider> oauthProvider(QString *error = nullptr) const;

    // The default From, or nullptr when the account has no identity.
    const Identity *defaultIdentity() const;
    // The trust exception for host (case-insensitive), newest first when
    // there are several (a certificate renewed on the same host).
    const TrustException *trustExceptionFor(const QString &host) const;
    // Every trust exception for host, newest first.
    QList<TrustException> trustExceptionsFor(const QString &host) const;
    // Trusts exactly this certificate (by its SHA-256) for host; false and
    // *error when it is trusted already or the account would not be valid.
    bool addTrustException(const TrustException &exception, QString *error = nullptr);
    // Removes the exception(s) with this fingerprint ("AB:CD:.." or hex),
    // for host only when host is given; false and *error when none matched.
    bool removeTrustException(const QString &fingerprint, const QString &host = {},
                              QString *error = nullptr);

    // The session settings for this account. Reads caFile; nullopt and
    // *error when the account is not valid, the file is unreadable, or (the
    // sandbox) its server is not running. Fields the session has no setting
    // for yet (connect timeout, client certificate, allowPlaintextAuth) stay
    // in the account for the caller.
    std::optional<session::SessionOptions> sessionOptions(QString *error = nullptr) const;
    // The same with the client certificate read (clientCertificate; the
    // key's passphrase, from the keychain's KeyPassphrase, when it has one).
    std::optional<session::SessionOptions> sessionOptions(const QByteArray &keyPassphrase,
                                                          QString *error) const;

    // The JSON form (CLI.md): no secret, ever; the account holds none.
    QJsonObject toJson() const;
    // Reads the JSON form; nullopt and *error on a wrong type, a bad value
    // or a field that would carry a secret. Unknown fields are ignored (a
    // newer version's export). The result is validated.
    static std::optional<Account> fromJson(const QJsonObject &object, QString *error);

    // The built-in sandbox account for a running server (host, port, its
    // certificate as the trust anchor); without a server, one that says the
    // sandbox is not running when asked for session options.
    static Account sandbox(const sandbox::SandboxServer *server);
    static QString sandboxName() { return QStringLiteral("sandbox"); }
    Q_DECLARE_TR_FUNCTIONS(postscope::accounts::Account)
};

// Bounds that no settings file or import can stretch.
constexpr int maxIdentities = 100;
constexpr int maxTrustExceptions = 100;
constexpr int maxNameLength = 64;
constexpr int maxTextLength = 1024; // paths, hosts, notes, user names
constexpr int maxRecipientCertSources = 100; // SigningSettings::smimeRecipientCerts

} // namespace postscope::accounts
