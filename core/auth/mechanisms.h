#pragma once
// The concrete SASL mechanisms behind createClientMechanism() and
// createServerMechanism(). Use the factories; the classes are public so that
// tests can inject what is normally random (nonces, salts, challenges) and
// replay the RFCs' own example exchanges.

#include "auth/saslclient.h"
#include "auth/saslserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace postscope::auth {

enum class ScramHash { Sha1, Sha256 };

// Every password mechanism this build can do on either side, strongest
// first (SCRAM proves both sides know the password without sending it;
// CRAM-MD5 at least hides it; PLAIN and LOGIN send it as is), leaving out
// those whose QCA features are missing.
QList<QByteArray> availableMechanisms();
// The bearer-token mechanisms, both sides: OAUTHBEARER (RFC 7628) and
// XOAUTH2 (Google's and Microsoft's published format).
QList<QByteArray> bearerTokenMechanisms();

// A client-supplied name for a server-side log line: control characters
// escaped and cut short, so that it cannot forge transcript lines.
QString forLog(const QString &text);

// ---- client side --------------------------------------------------------

// RFC 4616: one message "authzid NUL authcid NUL passwd", sent as the
// initial response.
class PlainClientMechanism : public SaslClientMechanism
{
public:
    explicit PlainClientMechanism(Credentials credentials);
    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    std::optional<QByteArray> initialResponse() override;
    Step respond(QByteArrayView challenge) override;

private:
    QByteArray message() const;
    Credentials m_credentials;
    bool m_sent = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::PlainClientMechanism)
};

// draft-murchison-sasl-login: the server asks "Username:" then "Password:".
// Answers by what the challenge asks for, and by order when it says neither.
class LoginClientMechanism : public SaslClientMechanism
{
public:
    explicit LoginClientMechanism(Credentials credentials);
    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    Step respond(QByteArrayView challenge) override;

private:
    Credentials m_credentials;
    int m_step = 0;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::LoginClientMechanism)
};

// RFC 2195: answers the challenge with "user HEX(HMAC-MD5(password, challenge))".
class CramMd5ClientMechanism : public SaslClientMechanism
{
public:
    explicit CramMd5ClientMechanism(Credentials credentials);
    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    Step respond(QByteArrayView challenge) override;

private:
    Credentials m_credentials;
    bool m_answered = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::CramMd5ClientMechanism)
};

// RFC 5802 (SCRAM-SHA-1) and RFC 7677 (SCRAM-SHA-256), without channel
// binding (gs2 header "n,,"). Checks the server's signature: a server that
// cannot prove it knows the password is an error.
class ScramClientMechanism : public SaslClientMechanism
{
public:
    // Iteration counts above this are refused, so that a hostile server
    // cannot keep the client busy for minutes.
    static constexpr int maxIterations = 1000000;

    ScramClientMechanism(ScramHash hash, Credentials credentials);
    QByteArray name() const override;
    // For tests: the client nonce (printable ASCII without ','); random otherwise.
    void setClientNonce(const QByteArray &nonce) { m_clientNonce = nonce; }
    std::optional<QByteArray> initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    QString verifyOutcome(QByteArrayView serverFinal) override;

private:
    enum class Stage { Start, ServerFirst, ServerFinal, Done, Failed };
    QByteArray clientFirst();
    Step handleServerFirst(QByteArrayView message);
    QString checkServerFinal(QByteArrayView message);
    Step fail(const QString &error);

    ScramHash m_hash;
    Credentials m_credentials;
    Stage m_stage = Stage::Start;
    QByteArray m_clientNonce;
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
    QString m_error;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::ScramClientMechanism)
};

// What an OAuth 2.0 server said when it refused a bearer token: the JSON
// object of RFC 7628 3.2.2, which Google's and Microsoft's XOAUTH2 send too.
struct OAuthServerError
{
    bool parsed = false; // false: not a JSON object; only raw is known
    QString status; // "invalid_token" (RFC 7628), "401" (XOAUTH2), ...
    QString schemes; // "Bearer"
    QString scope; // the scope the token needs
    QString openidConfiguration; // where the provider describes itself
    QByteArray raw; // the challenge as received
    // One translated sentence naming every field the server sent.
    QString describe() const;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::OAuthServerError)
};
// Decodes the JSON challenge (fields that are not strings are kept as their
// JSON text). Never fails: what does not parse keeps raw only.
OAuthServerError parseOAuthServerError(QByteArrayView challenge);

// Shared by XOAUTH2 and OAUTHBEARER: one message with the bearer token as
// the initial response (or after an empty 334); a second challenge is the
// server's error JSON, which is kept and answered with the response that
// ends the exchange, so that the server can send its failure reply.
class BearerClientMechanism : public SaslClientMechanism
{
public:
    std::optional<QByteArray> initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    QString serverDetail() const override;
    const std::optional<OAuthServerError> &serverError() const { return m_serverError; }

protected:
    explicit BearerClientMechanism(Credentials credentials);
    // The whole client message, or an error (never naming the token).
    virtual std::optional<QByteArray> message(QString *error) const = 0;
    // The response after the server's error challenge.
    virtual QByteArray errorAcknowledgement() const = 0;
    // RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" /
    // "+" / "/" ) *"="; empty string when the token has that form.
    QString tokenProblem() const;
    Credentials m_credentials;

private:
    enum class Stage { Start, Sent, ErrorAnswered, Failed };
    Step fail(const QString &error);
    Stage m_stage = Stage::Start;
    QString m_error;
    std::optional<OAuthServerError> m_serverError;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::BearerClientMechanism)
};

// Google's and Microsoft's XOAUTH2: "user=" user ^A "auth=Bearer " token ^A ^A.
// After the error JSON the client sends an empty response.
class XOAuth2ClientMechanism : public BearerClientMechanism
{
public:
    explicit XOAuth2ClientMechanism(Credentials credentials);
    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }

protected:
    std::optional<QByteArray> message(QString *error) const override;
    QByteArray errorAcknowledgement() const override { return {}; }
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::XOAuth2ClientMechanism)
};

// RFC 7628 3.1: gs2-header "n,a=" user "," ^A "host=" host ^A "port=" port ^A
// "auth=Bearer " token ^A ^A. The authzid is Credentials::authzid, or the
// user when that is empty. After the error JSON the client sends ^A
// (RFC 7628 3.2.3).
class OAuthBearerClientMechanism : public BearerClientMechanism
{
public:
    explicit OAuthBearerClientMechanism(Credentials credentials);
    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }

protected:
    std::optional<QByteArray> message(QString *error) const override;
    QByteArray errorAcknowledgement() const override { return QByteArrayLiteral("\x01"); }
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::OAuthBearerClientMechanism)
};

// ---- server side --------------------------------------------------------

class PlainServerMechanism : public SaslServerMechanism
{
public:
    explicit PlainServerMechanism(PasswordLookup lookup);
    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    Step start(const std::optional<QByteArray> &initialResponse) override;
    Step respond(QByteArrayView response) override;
    QString user() const override { return m_user; }

private:
    PasswordLookup m_lookup;
    QString m_user;
    bool m_finished = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::PlainServerMechanism)
};

class LoginServerMechanism : public SaslServerMechanism
{
public:
    explicit LoginServerMechanism(PasswordLookup lookup);
    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    Step start(const std::optional<QByteArray> &initialResponse) override;
    Step respond(QByteArrayView response) override;
    QString user() const override { return m_authenticated ? m_user : QString(); }

private:
    Step takeUser(QByteArrayView response);
    PasswordLookup m_lookup;
    QString m_user;
    int m_step = 0; // 0: start, 1: want user, 2: want password, 3: finished
    bool m_authenticated = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::LoginServerMechanism)
};

// RFC 2195: challenge "<random.timestamp@hostname>" (RFC 1939's msg-id form).
class CramMd5ServerMechanism : public SaslServerMechanism
{
public:
    explicit CramMd5ServerMechanism(PasswordLookup lookup, const QString &hostname = {});
    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    // For tests: the challenge to send instead of a fresh random one.
    void setChallenge(const QByteArray &challenge) { m_challenge = challenge; }
    Step start(const std::optional<QByteArray> &initialResponse) override;
    Step respond(QByteArrayView response) override;
    QString user() const override { return m_authenticated ? m_user : QString(); }

private:
    PasswordLookup m_lookup;
    QString m_hostname;
    QByteArray m_challenge;
    QString m_user;
    bool m_started = false;
    bool m_finished = false;
    bool m_authenticated = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::CramMd5ServerMechanism)
};

// RFC 5802 / RFC 7677 server over plain passwords: the salted password is
// derived per exchange from the looked-up password and a fresh salt.
class ScramServerMechanism : public SaslServerMechanism
{
public:
    static constexpr int defaultIterations = 4096; // RFC 7677 4: at least 4096

    ScramServerMechanism(ScramHash hash, PasswordLookup lookup);
    QByteArray name() const override;
    // For tests: what is otherwise random, and the iteration count.
    void setServerNonce(const QByteArray &nonce) { m_serverNonce = nonce; }
    void setSalt(const QByteArray &salt) { m_salt = salt; }
    void setIterations(int iterations) { m_iterations = iterations; }
    Step start(const std::optional<QByteArray> &initialResponse) override;
    Step respond(QByteArrayView response) override;
    QString user() const override { return m_authenticated ? m_user : QString(); }

private:
    enum class Stage { Start, ClientFirst, ClientFinal, Done };
    Step handleClientFirst(QByteArrayView message);
    Step handleClientFinal(QByteArrayView message);
    Step fail(const QString &error);

    ScramHash m_hash;
    PasswordLookup m_lookup;
    Stage m_stage = Stage::Start;
    QByteArray m_serverNonce;
    QByteArray m_salt;
    int m_iterations = defaultIterations;
    QString m_user;
    bool m_userKnown = false;
    QString m_password;
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_nonce;
    bool m_authenticated = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::ScramServerMechanism)
};

// How the sandbox answers a wrong bearer token: as Google does, with the
// scope and discovery document of its published endpoints by default.
struct OAuthServerOptions
{
    QByteArray scope = QByteArrayLiteral("https://mail.google.com/");
    QByteArray openidConfiguration
        = QByteArrayLiteral("https://accounts.google.com/.well-known/openid-configuration");
};

// Shared by the two server mechanisms: the client message (as initial
// response or after an empty 334) is checked against the user's tokens; a
// wrong token gets the error JSON as a 334 challenge and, after the
// client's answer, a failure (535 5.7.8 from the engine).
class BearerServerMechanism : public SaslServerMechanism
{
public:
    Step start(const std::optional<QByteArray> &initialResponse) override;
    Step respond(QByteArrayView response) override;
    QString user() const override { return m_authenticated ? m_user : QString(); }

protected:
    BearerServerMechanism(TokenLookup lookup, OAuthServerOptions options);
    struct Parsed
    {
        QString user;
        QByteArray token;
        QString error; // malformed message: why (then no error JSON is sent)
    };
    virtual Parsed parse(QByteArrayView message) const = 0;
    virtual QByteArray errorChallenge() const = 0;
    // Whether the client's answer to the error challenge is the right one.
    virtual bool isAcknowledgement(QByteArrayView response) const = 0;
    OAuthServerOptions m_options;

private:
    enum class Stage { Start, WantMessage, ErrorSent, Done };
    Step check(QByteArrayView message);
    TokenLookup m_lookup;
    Stage m_stage = Stage::Start;
    QString m_user;
    QString m_refusal;
    bool m_authenticated = false;
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::BearerServerMechanism)
};

class XOAuth2ServerMechanism : public BearerServerMechanism
{
public:
    explicit XOAuth2ServerMechanism(TokenLookup lookup, OAuthServerOptions options = {});
    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }

protected:
    Parsed parse(QByteArrayView message) const override;
    // {"status":"401","schemes":"Bearer","scope":...}, as Google sends it.
    QByteArray errorChallenge() const override;
    bool isAcknowledgement(QByteArrayView response) const override { return response.isEmpty(); }
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::XOAuth2ServerMechanism)
};

class OAuthBearerServerMechanism : public BearerServerMechanism
{
public:
    explicit OAuthBearerServerMechanism(TokenLookup lookup, OAuthServerOptions options = {});
    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }

protected:
    Parsed parse(QByteArrayView message) const override;
    // RFC 7628 3.2.2: {"status":"invalid_token","scope":...,"openid-configuration":...}
    QByteArray errorChallenge() const override;
    // RFC 7628 3.2.3: the client answers the error with a single ^A.
    bool isAcknowledgement(QByteArrayView response) const override { return response == "\x01"; }
    Q_DECLARE_TR_FUNCTIONS(postscope::auth::OAuthBearerServerMechanism)
};

} // namespace postscope::auth
