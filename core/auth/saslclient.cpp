#include "auth/saslclient.h"

#include "auth/exchange.h"
#include "auth/mechanisms.h"
#include "auth/qca.h"
#include "auth/qcasasl.h"
#include "auth/selection.h"

#include <QCoreApplication>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

} // namespace

// ---- PLAIN --------------------------------------------------------------

PlainClientMechanism::PlainClientMechanism(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QByteArray PlainClientMechanism::message() const
{
    // RFC 4616 2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    return m_credentials.authzid.toUtf8() + '\0' + m_credentials.user.toUtf8() + '\0'
        + m_credentials.password.toUtf8();
}

std::optional<QByteArray> PlainClientMechanism::initialResponse()
{
    // A NUL inside a field would shift the fields; respond() reports it.
    if (m_credentials.user.contains(QChar(0)) || m_credentials.password.contains(QChar(0))
        || m_credentials.authzid.contains(QChar(0)))
        return std::nullopt;
    m_sent = true;
    return message();
}

SaslClientMechanism::Step PlainClientMechanism::respond(QByteArrayView challenge)
{
    // RFC 4954 4: without an initial response the server sends an empty
    // 334 challenge and the client answers with the whole message.
    if (m_sent || !challenge.isEmpty())
        return {{}, tr("unexpected challenge from the server during AUTH PLAIN")};
    if (m_credentials.user.contains(QChar(0)) || m_credentials.password.contains(QChar(0))
        || m_credentials.authzid.contains(QChar(0)))
        return {{}, tr("AUTH PLAIN cannot carry a NUL character in the user name or password")};
    m_sent = true;
    return {message(), {}};
}

// ---- LOGIN --------------------------------------------------------------

LoginClientMechanism::LoginClientMechanism(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

SaslClientMechanism::Step LoginClientMechanism::respond(QByteArrayView challenge)
{
    // draft-murchison-sasl-login 2: the challenges are "Username:" and
    // "Password:", but the draft says clients should not rely on the text.
    // Answer what the text asks for when it asks clearly, else go by order
    // (smtplib answers by order only).
    if (m_step >= 4)
        return {{}, tr("the server keeps asking during AUTH LOGIN")};
    const QByteArray text = challenge.toByteArray().toLower();
    bool wantsPassword;
    if (text.contains("pass"))
        wantsPassword = true;
    else if (text.contains("user") || text.contains("name"))
        wantsPassword = false;
    else if (m_step < 2)
        wantsPassword = m_step == 1;
    else
        return {{}, tr("unexpected challenge from the server during AUTH LOGIN")};
    ++m_step;
    return {wantsPassword ? m_credentials.password.toUtf8() : m_credentials.user.toUtf8(), {}};
}

// ---- CRAM-MD5 -----------------------------------------------------------

CramMd5ClientMechanism::CramMd5ClientMechanism(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

SaslClientMechanism::Step CramMd5ClientMechanism::respond(QByteArrayView challenge)
{
    if (m_answered)
        return {{}, tr("unexpected second challenge from the server during AUTH CRAM-MD5")};
    if (challenge.isEmpty())
        return {{}, tr("the server sent an empty CRAM-MD5 challenge")};
    const QString missing = missingCryptoFeatures({QStringLiteral("hmac(md5)")});
    if (!missing.isEmpty())
        return {{}, missing};
    m_answered = true;
    // RFC 2195 2: user SP lower-case hex HMAC-MD5(password, challenge)
    const QByteArray mac = hmac(QStringLiteral("md5"), m_credentials.password.toUtf8(), challenge);
    if (mac.size() != 16)
        return {{}, tr("QCA failed to compute HMAC-MD5")};
    return {m_credentials.user.toUtf8() + ' ' + mac.toHex(), {}};
}

// ---- factory ------------------------------------------------------------

QList<QByteArray> supportedClientMechanisms()
{
    QList<QByteArray> names;
    for (const MechanismInfo &info : clientMechanismCatalog())
        names << info.name;
    return names;
}

namespace {

std::unique_ptr<SaslClientMechanism> createUnguarded(const QByteArray &upper,
                                                     const Credentials &credentials)
{
    if (upper == "PLAIN")
        return std::make_unique<PlainClientMechanism>(credentials);
    if (upper == "LOGIN")
        return std::make_unique<LoginClientMechanism>(credentials);
    if (upper == "CRAM-MD5")
        return std::make_unique<CramMd5ClientMechanism>(credentials);
    if (upper == "SCRAM-SHA-1")
        return std::make_unique<ScramClientMechanism>(ScramHash::Sha1, credentials);
    if (upper == "SCRAM-SHA-256")
        return std::make_unique<ScramClientMechanism>(ScramHash::Sha256, credentials);
    if (upper == "XOAUTH2")
        return std::make_unique<XOAuth2ClientMechanism>(credentials);
    if (upper == "OAUTHBEARER")
        return std::make_unique<OAuthBearerClientMechanism>(credentials);
    if (qcaSaslClientMechanisms().contains(upper))
        return std::make_unique<QcaSaslClientMechanism>(upper, credentials);
    return nullptr;
}

} // namespace

std::unique_ptr<SaslClientMechanism> createClientMechanism(QByteArrayView name,
                                                           const Credentials &credentials)
{
    std::unique_ptr<SaslClientMechanism> mechanism
        = createUnguarded(name.toByteArray().toUpper(), credentials);
    if (!mechanism)
        return nullptr;
    return std::make_unique<GuardedClientMechanism>(std::move(mechanism));
}

bool revealsSecret(QByteArrayView mechanism)
{
    const QByteArray upper = mechanism.toByteArray().toUpper();
    return sendsSecretAsIs(upper) || !supportedClientMechanisms().contains(upper);
}

QByteArray strongestCommonMechanism(const QList<QByteArray> &serverMechanisms, SecretExposure exposure)
{
    const bool any = exposure == SecretExposure::Any;
    const MechanismSelection selection = selectMechanisms(
        serverMechanisms, autoMechanisms(CredentialKind::Password),
        any ? ConnectionSecurity::Encrypted : ConnectionSecurity::Plaintext,
        any ? PlaintextAuth::Allow : PlaintextAuth::Refuse, MechanismOrder::Postscope);
    return selection.candidates.value(0);
}

} // namespace postscope::auth
