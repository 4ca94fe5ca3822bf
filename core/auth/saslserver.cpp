#include "auth/saslserver.h"

#include "auth/mechanisms.h"
#include "auth/qca.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QtEndian>
#include <algorithm>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

using Step = SaslServerMechanism::Step;

Step failure(const QString &error)
{
    Step step;
    step.status = Step::Status::Failure;
    step.error = error;
    return step;
}

Step challenge(const QByteArray &bytes)
{
    Step step;
    step.status = Step::Status::Continue;
    step.challenge = bytes;
    return step;
}

Step success()
{
    Step step;
    step.status = Step::Status::Success;
    return step;
}

// Checks a password typed by the client against the stored one. Compared
// as UTF-8 bytes, exactly: the sandbox stores passwords as typed, like
// Dovecot's {PLAIN} scheme. Reasons name the user, never the password.
std::optional<QString> checkPassword(const PasswordLookup &lookup, const QString &user,
                                     QByteArrayView password)
{
    const std::optional<QString> stored = lookup ? lookup(user) : std::nullopt;
    if (!stored)
        return tr("unknown user \"%1\"").arg(forLog(user));
    if (!constantTimeEquals(stored->toUtf8(), password))
        return tr("wrong password for user \"%1\"").arg(forLog(user));
    return std::nullopt;
}

} // namespace

// ---- PLAIN --------------------------------------------------------------

PlainServerMechanism::PlainServerMechanism(PasswordLookup lookup)
    : m_lookup(std::move(lookup))
{
}

Step PlainServerMechanism::start(const std::optional<QByteArray> &initialResponse)
{
    // RFC 4954 4: no initial response: ask for it with an empty challenge.
    if (!initialResponse)
        return challenge({});
    return respond(*initialResponse);
}

Step PlainServerMechanism::respond(QByteArrayView response)
{
    if (m_finished)
        return failure(tr("AUTH PLAIN response after the exchange finished"));
    m_finished = true;
    // RFC 4616 2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    const QList<QByteArray> fields = response.toByteArray().split('\0');
    if (fields.size() != 3)
        return failure(tr("malformed AUTH PLAIN message (expected three NUL-separated fields)"));
    const QByteArray &authzid = fields[0];
    const QByteArray &authcid = fields[1];
    const QByteArray &password = fields[2];
    if (authcid.isEmpty() || password.isEmpty())
        return failure(tr("malformed AUTH PLAIN message (empty user name or password)"));
    if (!QByteArrayView(authzid).isValidUtf8() || !QByteArrayView(authcid).isValidUtf8()
        || !QByteArrayView(password).isValidUtf8())
        return failure(tr("malformed AUTH PLAIN message (not UTF-8)"));
    const QString user = QString::fromUtf8(authcid);
    if (const auto error = checkPassword(m_lookup, user, password))
        return failure(*error);
    // RFC 4616 2: acting as another identity needs the server's permission;
    // the sandbox gives it to nobody.
    if (!authzid.isEmpty() && authzid != authcid)
        return failure(tr("user \"%1\" may not act as \"%2\"")
                           .arg(forLog(user), forLog(QString::fromUtf8(authzid))));
    m_user = user;
    return success();
}

// ---- LOGIN --------------------------------------------------------------

LoginServerMechanism::LoginServerMechanism(PasswordLookup lookup)
    : m_lookup(std::move(lookup))
{
}

Step LoginServerMechanism::start(const std::optional<QByteArray> &initialResponse)
{
    if (m_step != 0)
        return failure(tr("the AUTH LOGIN exchange was already started"));
    m_step = 1;
    // draft-murchison-sasl-login 2: an initial response carries the user name.
    if (initialResponse)
        return takeUser(*initialResponse);
    return challenge(QByteArrayLiteral("Username:"));
}

Step LoginServerMechanism::takeUser(QByteArrayView response)
{
    if (response.isEmpty()) {
        m_step = 3;
        return failure(tr("AUTH LOGIN with an empty user name"));
    }
    if (!response.isValidUtf8()) {
        m_step = 3;
        return failure(tr("malformed AUTH LOGIN user name (not UTF-8)"));
    }
    m_user = QString::fromUtf8(response);
    m_step = 2;
    return challenge(QByteArrayLiteral("Password:"));
}

Step LoginServerMechanism::respond(QByteArrayView response)
{
    switch (m_step) {
    case 1:
        return takeUser(response);
    case 2: {
        m_step = 3;
        if (const auto error = checkPassword(m_lookup, m_user, response))
            return failure(*error);
        m_authenticated = true;
        return success();
    }
    case 0:
        return failure(tr("AUTH LOGIN response before the exchange started"));
    default:
        return failure(tr("AUTH LOGIN response after the exchange finished"));
    }
}

// ---- CRAM-MD5 -----------------------------------------------------------

CramMd5ServerMechanism::CramMd5ServerMechanism(PasswordLookup lookup, const QString &hostname)
    : m_lookup(std::move(lookup))
    , m_hostname(hostname)
{
    if (m_hostname.isEmpty())
        m_hostname = QSysInfo::machineHostName();
    if (m_hostname.isEmpty())
        m_hostname = QStringLiteral("localhost");
}

Step CramMd5ServerMechanism::start(const std::optional<QByteArray> &initialResponse)
{
    if (m_started)
        return failure(tr("the AUTH CRAM-MD5 exchange was already started"));
    m_started = true;
    // RFC 2195 2: the server speaks first; there is no initial response.
    if (initialResponse) {
        m_finished = true;
        return failure(tr("AUTH CRAM-MD5 does not take an initial response"));
    }
    const QString missing = missingCryptoFeatures({QStringLiteral("hmac(md5)")});
    if (!missing.isEmpty()) {
        m_finished = true;
        return failure(missing);
    }
    if (m_challenge.isEmpty()) {
        // RFC 2195 2: a presumptively arbitrary string that is unique, in the
        // form of RFC 1939's APOP timestamp: <random.time@hostname>.
        const QByteArray random = randomBytes(8);
        const quint64 number = random.size() == 8 ? qFromBigEndian<quint64>(random.constData()) : 0;
        m_challenge = '<' + QByteArray::number(number) + '.'
            + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '@' + m_hostname.toUtf8()
            + '>';
    }
    return challenge(m_challenge);
}

Step CramMd5ServerMechanism::respond(QByteArrayView response)
{
    if (!m_started)
        return failure(tr("AUTH CRAM-MD5 response before the exchange started"));
    if (m_finished)
        return failure(tr("AUTH CRAM-MD5 response after the exchange finished"));
    m_finished = true;
    // RFC 2195 2: user SP digest, the digest being 32 lower-case hex digits.
    // The user name may hold spaces, so split at the last one.
    const qsizetype space = response.lastIndexOf(' ');
    if (space <= 0)
        return failure(tr("malformed AUTH CRAM-MD5 response (expected user and digest)"));
    const QByteArray digestHex = response.sliced(space + 1).toByteArray().toLower();
    const QByteArrayView userBytes = response.first(space);
    if (digestHex.size() != 32 || !std::all_of(digestHex.begin(), digestHex.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }))
        return failure(tr("malformed AUTH CRAM-MD5 digest"));
    if (!userBytes.isValidUtf8())
        return failure(tr("malformed AUTH CRAM-MD5 user name (not UTF-8)"));
    m_user = QString::fromUtf8(userBytes);
    const std::optional<QString> stored = m_lookup ? m_lookup(m_user) : std::nullopt;
    if (!stored)
        return failure(tr("unknown user \"%1\"").arg(forLog(m_user)));
    const QByteArray expected = hmac(QStringLiteral("md5"), stored->toUtf8(), m_challenge).toHex();
    if (expected.size() != 32)
        return failure(tr("QCA failed to compute HMAC-MD5"));
    if (!constantTimeEquals(expected, digestHex))
        return failure(tr("wrong password for user \"%1\"").arg(forLog(m_user)));
    m_authenticated = true;
    return success();
}

// ---- factory ------------------------------------------------------------

QList<QByteArray> supportedServerMechanisms()
{
    return availableMechanisms();
}

std::unique_ptr<SaslServerMechanism>
createServerMechanism(QByteArrayView name, PasswordLookup lookup, TokenLookup tokens)
{
    const QByteArray upper = name.toByteArray().toUpper();
    if (upper == "XOAUTH2")
        return std::make_unique<XOAuth2ServerMechanism>(std::move(tokens));
    if (upper == "OAUTHBEARER")
        return std::make_unique<OAuthBearerServerMechanism>(std::move(tokens));
    if (upper == "PLAIN")
        return std::make_unique<PlainServerMechanism>(std::move(lookup));
    if (upper == "LOGIN")
        return std::make_unique<LoginServerMechanism>(std::move(lookup));
    if (upper == "CRAM-MD5")
        return std::make_unique<CramMd5ServerMechanism>(std::move(lookup));
    if (upper == "SCRAM-SHA-1")
        return std::make_unique<ScramServerMechanism>(ScramHash::Sha1, std::move(lookup));
    if (upper == "SCRAM-SHA-256")
        return std::make_unique<ScramServerMechanism>(ScramHash::Sha256, std::move(lookup));
    return nullptr;
}

} // namespace postscope::auth
