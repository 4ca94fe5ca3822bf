#pragma once
// The concrete SASL mechanisms behind createClientMechanism() and
// createServerMechanism(). Use the factories; the classes are public so that
// tests can inject what is normally random (nonces, salts, challenges) and
// replay the RFCs' own example exchanges.

#include "auth/saslclient.h"
#include "auth/saslserver.h"

#include <QByteArray>
#include <QString>

namespace postscope::auth {

enum class ScramHash { Sha1, Sha256 };

// Every mechanism this build can do on either side, strongest first (SCRAM
// proves both sides know the password without sending it; CRAM-MD5 at least
// hides it; PLAIN and LOGIN send it as is), leaving out those whose QCA
// features are missing.
QList<QByteArray> availableMechanisms();

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
    int m_step = 0;   // 0: start, 1: want user, 2: want password, 3: finished
    bool m_authenticated = false;
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
};

// RFC 5802 / RFC 7677 server over plain passwords: the salted password is
// derived per exchange from the looked-up password and a fresh salt.
class ScramServerMechanism : public SaslServerMechanism
{
public:
    static constexpr int defaultIterations = 4096;   // RFC 7677 4: at least 4096

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
};

} // namespace postscope::auth
