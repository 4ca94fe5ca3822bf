// Bearer-token SASL mechanisms, client and server: OAUTHBEARER (RFC 7628)
// and XOAUTH2 (the format Google and Microsoft publish for their mail
// servers). Both carry an OAuth 2.0 access token (RFC 6750) in the clear, so
// they belong on TLS connections only (RFC 7628 5, RFC 6750 5.3); the
// selection in selection.h keeps them off plaintext ones.

#include "auth/mechanisms.h"
#include "auth/qca.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

constexpr char kvsep = '\x01'; // RFC 7628 3.1: kvsep = %x01

// RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
bool isB64Token(QByteArrayView token)
{
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        const bool tokenChar = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '+'
            || c == '/';
        if (!tokenChar)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token[i] != '=')
            return false;
    }
    return true;
}

// Anything a key=value pair cannot carry: the separator and the other
// controls (RFC 7628 3.1 value = *(VCHAR / SP / HTAB / CR / LF); XOAUTH2 has
// no grammar of its own, the same rule keeps its fields apart).
bool hasControl(const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return true;
    }
    return false;
}

// RFC 5801 4 (used by RFC 7628 3.1): saslname escapes "=" and ",".
QByteArray escapeSaslName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("=", "=3D");
    out.replace(",", "=2C");
    return out;
}

std::optional<QByteArray> unescapeSaslName(QByteArrayView name)
{
    QByteArray out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == ',')
            return std::nullopt;
        if (name[i] != '=') {
            out += name[i];
            continue;
        }
        const QByteArrayView code
            = name.sliced(i + 1).first(qMin<qsizetype>(2, name.size() - i - 1));
        if (code == "3D")
            out += '=';
        else if (code == "2C")
            out += ',';
        else
            return std::nullopt;
        i += 2;
    }
    return out;
}

// Splits "auth=Bearer TOKEN" into the token; nullopt when the scheme is not
// Bearer (RFC 6750 2.1; the scheme name is case-insensitive, RFC 7235 2.1).
std::optional<QByteArray> bearerToken(QByteArrayView value)
{
    constexpr QByteArrayView scheme("bearer");
    if (value.size() <= scheme.size()
        || value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0
        || value[scheme.size()] != ' ')
        return std::nullopt;
    QByteArrayView token = value.sliced(scheme.size());
    while (token.startsWith(' '))
        token = token.sliced(1);
    if (!isB64Token(token))
        return std::nullopt;
    return token.toByteArray();
}

// A JSON string value, escaped (the values come from configuration).
QByteArray jsonString(const QByteArray &value)
{
    const QByteArray array
        = QJsonDocument(QJsonArray {QString::fromUtf8(value)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // drop [ and ]
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

// ---- the server's error -------------------------------------------------

OAuthServerError parseOAuthServerError(QByteArrayView challenge)
{
    OAuthServerError error;
    error.raw = challenge.toByteArray();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(error.raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error;
    // RFC 7628 3.2.2: status (required), scope and openid-configuration
    // (optional); XOAUTH2 servers add schemes.
    const QJsonObject object = document.object();
    error.parsed = true;
    error.status = jsonText(object.value(QLatin1String("status")));
    error.schemes = jsonText(object.value(QLatin1String("schemes")));
    error.scope = jsonText(object.value(QLatin1String("scope")));
    error.openidConfiguration = jsonText(object.value(QLatin1String("openid-configuration")));
    return error;
}

QString OAuthServerError::describe() const
{
    if (!parsed) {
        return tr("The server refused the bearer token with a challenge that is not JSON: \"%1\".")
            .arg(forLog(QString::fromUtf8(raw.left(200))));
    }
    QStringList parts;
    parts << tr("status \"%1\"").arg(forLog(status));
    if (!schemes.isEmpty())
        parts << tr("schemes \"%1\"").arg(forLog(schemes));
    if (!scope.isEmpty())
        parts << tr("scope \"%1\"").arg(forLog(scope));
    if (!openidConfiguration.isEmpty())
        parts << tr("openid-configuration \"%1\"").arg(forLog(openidConfiguration));
    return tr("The server refused the bearer token (%1): the token is wrong, expired or lacks "
              "the scope the server names.")
        .arg(parts.join(QStringLiteral(", ")));
}

// ---- client -------------------------------------------------------------

BearerClientMechanism::BearerClientMechanism(Credentials credentials)
    : m_credentials(std::move(credentials))
{
    // Never the password in place of a token.
    m_credentials.password.clear();
}

SaslClientMechanism::Step BearerClientMechanism::fail(const QString &error)
{
    m_stage = Stage::Failed;
    m_error = error;
    m_credentials.bearerToken.clear();
    return {{}, error};
}

QString BearerClientMechanism::tokenProblem() const
{
    if (m_credentials.bearerToken.isEmpty())
        return tr("AUTH %1 needs an OAuth 2.0 access token, and none was given")
            .arg(QString::fromLatin1(name()));
    if (!isB64Token(m_credentials.bearerToken.toLatin1())
        || m_credentials.bearerToken.toLatin1() != m_credentials.bearerToken.toUtf8())
        return tr("the access token for AUTH %1 has characters a bearer token cannot have "
                  "(RFC 6750 2.1)")
            .arg(QString::fromLatin1(name()));
    return {};
}

std::optional<QByteArray> BearerClientMechanism::initialResponse()
{
    if (m_stage != Stage::Start)
        return std::nullopt;
    QString error;
    std::optional<QByteArray> first = message(&error);
    if (!first) {
        // respond() reports it when the server asks.
        return std::nullopt;
    }
    m_stage = Stage::Sent;
    return first;
}

SaslClientMechanism::Step BearerClientMechanism::respond(QByteArrayView challenge)
{
    switch (m_stage) {
    case Stage::Start: {
        // RFC 4954 4: without an initial response the server asks with an
        // empty challenge.
        if (!challenge.isEmpty())
            return fail(tr("the server sent AUTH %1 data before the client's first message")
                            .arg(QString::fromLatin1(name())));
        QString error;
        const std::optional<QByteArray> first = message(&error);
        if (!first)
            return fail(error);
        m_stage = Stage::Sent;
        return {*first, {}};
    }
    case Stage::Sent:
        // RFC 7628 3.2.2: a challenge after the client's message is the
        // server's error; the client answers so that the server can send
        // its failure reply (3.2.3), and the token is not needed any more.
        m_serverError = parseOAuthServerError(challenge);
        m_stage = Stage::ErrorAnswered;
        m_credentials.bearerToken.clear();
        return {errorAcknowledgement(), {}};
    case Stage::ErrorAnswered:
        return fail(tr("the server kept sending AUTH %1 challenges after its error")
                        .arg(QString::fromLatin1(name())));
    case Stage::Failed:
        return {{}, m_error};
    }
    return fail(tr("unexpected AUTH state"));
}

QString BearerClientMechanism::serverDetail() const
{
    return m_serverError ? m_serverError->describe() : QString();
}

XOAuth2ClientMechanism::XOAuth2ClientMechanism(Credentials credentials)
    : BearerClientMechanism(std::move(credentials))
{
}

std::optional<QByteArray> XOAuth2ClientMechanism::message(QString *error) const
{
    if (const QString problem = tokenProblem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (m_credentials.user.isEmpty() || hasControl(m_credentials.user)) {
        *error = tr("AUTH XOAUTH2 needs a user name without control characters");
        return std::nullopt;
    }
    // "user=" {User} "^Aauth=Bearer " {Access Token} "^A^A"
    return "user=" + m_credentials.user.toUtf8() + kvsep + "auth=Bearer "
        + m_credentials.bearerToken.toLatin1() + kvsep + kvsep;
}

OAuthBearerClientMechanism::OAuthBearerClientMechanism(Credentials credentials)
    : BearerClientMechanism(std::move(credentials))
{
}

std::optional<QByteArray> OAuthBearerClientMechanism::message(QString *error) const
{
    if (const QString problem = tokenProblem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QString authzid
        = m_credentials.authzid.isEmpty() ? m_credentials.user : m_credentials.authzid;
    if (hasControl(authzid) || hasControl(m_credentials.host)) {
        *error = tr("AUTH OAUTHBEARER cannot carry control characters in the user or host name");
        return std::nullopt;
    }
    // RFC 7628 3.1: client-resp = gs2-header kvsep *kvpair kvsep; gs2-header
    // "n," [ "a=" saslname ] "," (RFC 5801 4: no channel binding here).
    QByteArray out = "n,";
    if (!authzid.isEmpty())
        out += "a=" + escapeSaslName(authzid);
    out += ',';
    out += kvsep;
    // RFC 7628 3.1: host and port SHOULD be sent.
    if (!m_credentials.host.isEmpty())
        out += "host=" + m_credentials.host.toUtf8() + kvsep;
    if (m_credentials.port != 0)
        out += "port=" + QByteArray::number(m_credentials.port) + kvsep;
    out += "auth=Bearer " + m_credentials.bearerToken.toLatin1() + kvsep;
    out += kvsep;
    return out;
}

// ---- server -------------------------------------------------------------

BearerServerMechanism::BearerServerMechanism(TokenLookup lookup, OAuthServerOptions options)
    : m_options(std::move(options))
    , m_lookup(std::move(lookup))
{
}

SaslServerMechanism::Step
BearerServerMechanism::start(const std::optional<QByteArray> &initialResponse)
{
    Step step;
    if (m_stage != Stage::Start) {
        step.error
            = tr("the AUTH %1 exchange was already started").arg(QString::fromLatin1(name()));
        return step;
    }
    if (!initialResponse) {
        // RFC 4954 4: ask for the client's message with an empty challenge.
        m_stage = Stage::WantMessage;
        step.status = Step::Status::Continue;
        return step;
    }
    return check(*initialResponse);
}

SaslServerMechanism::Step BearerServerMechanism::respond(QByteArrayView response)
{
    Step step;
    switch (m_stage) {
    case Stage::WantMessage:
        return check(response);
    case Stage::ErrorSent:
        // RFC 7628 3.2.3: after the error the exchange fails whatever the
        // client sends; say in the log when it did not answer properly.
        m_stage = Stage::Done;
        step.error = isAcknowledgement(response)
            ? m_refusal
            : tr("%1 (and the client did not answer the error as AUTH %2 expects)")
                  .arg(m_refusal, QString::fromLatin1(name()));
        return step;
    case Stage::Start:
        step.error
            = tr("AUTH %1 response before the exchange started").arg(QString::fromLatin1(name()));
        return step;
    case Stage::Done:
        break;
    }
    step.error
        = tr("AUTH %1 response after the exchange finished").arg(QString::fromLatin1(name()));
    return step;
}

SaslServerMechanism::Step BearerServerMechanism::check(QByteArrayView message)
{
    Step step;
    const Parsed parsed = parse(message);
    if (!parsed.error.isEmpty()) {
        m_stage = Stage::Done;
        step.error = parsed.error;
        return step;
    }
    m_user = parsed.user;
    const QSet<QString> valid = m_lookup && !m_user.isEmpty() ? m_lookup(m_user) : QSet<QString>();
    // Every stored token is compared, without an early exit, so that timing
    // tells nothing about which one came close.
    bool match = false;
    for (const QString &token : valid)
        match = constantTimeEquals(token.toUtf8(), parsed.token) || match;
    if (match) {
        m_stage = Stage::Done;
        m_authenticated = true;
        step.status = Step::Status::Success;
        return step;
    }
    // RFC 7628 3.2.2: a wrong token is answered with the error JSON as a
    // challenge; an unknown user looks the same, so that nothing tells which
    // users exist.
    m_refusal = m_user.isEmpty()
        ? tr("no user named in the AUTH %1 message").arg(QString::fromLatin1(name()))
        : tr("invalid bearer token for user \"%1\"").arg(forLog(m_user));
    m_stage = Stage::ErrorSent;
    step.status = Step::Status::Continue;
    step.challenge = errorChallenge();
    return step;
}

XOAuth2ServerMechanism::XOAuth2ServerMechanism(TokenLookup lookup, OAuthServerOptions options)
    : BearerServerMechanism(std::move(lookup), std::move(options))
{
}

BearerServerMechanism::Parsed XOAuth2ServerMechanism::parse(QByteArrayView message) const
{
    Parsed parsed;
    // "user=" {User} ^A "auth=Bearer " {Access Token} ^A ^A
    if (!message.endsWith("\x01\x01")) {
        parsed.error = tr("malformed AUTH XOAUTH2 message (it must end with two ^A)");
        return parsed;
    }
    const QList<QByteArray> fields = message.chopped(2).toByteArray().split(kvsep);
    std::optional<QByteArray> user;
    std::optional<QByteArray> auth;
    for (const QByteArray &field : fields) {
        if (field.startsWith("user=") && !user)
            user = field.mid(5);
        else if (field.startsWith("auth=") && !auth)
            auth = field.mid(5);
        else {
            parsed.error = tr("malformed AUTH XOAUTH2 message (unexpected field)");
            return parsed;
        }
    }
    if (!user || !auth || user->isEmpty() || !QByteArrayView(*user).isValidUtf8()) {
        parsed.error = tr("malformed AUTH XOAUTH2 message (it needs user= and auth=)");
        return parsed;
    }
    const std::optional<QByteArray> token = bearerToken(*auth);
    if (!token) {
        parsed.error = tr("malformed AUTH XOAUTH2 message (auth= is not \"Bearer\" and a token)");
        return parsed;
    }
    parsed.user = QString::fromUtf8(*user);
    parsed.token = *token;
    return parsed;
}

QByteArray XOAuth2ServerMechanism::errorChallenge() const
{
    // As Google's server sends it (its XOAUTH2 documentation).
    return R"({"status":"401","schemes":"Bearer","scope":)" + jsonString(m_options.scope) + '}';
}

OAuthBearerServerMechanism::OAuthBearerServerMechanism(TokenLookup lookup,
                                                       OAuthServerOptions options)
    : BearerServerMechanism(std::move(lookup), std::move(options))
{
}

BearerServerMechanism::Parsed OAuthBearerServerMechanism::parse(QByteArrayView message) const
{
    Parsed parsed;
    // RFC 7628 3.1: client-resp = (gs2-header kvsep *kvpair kvsep) / kvsep
    const qsizetype comma1 = message.indexOf(',');
    const qsizetype comma2 = comma1 < 0 ? -1 : message.indexOf(',', comma1 + 1);
    if (comma2 < 0 || message.size() < comma2 + 3 || message[comma2 + 1] != kvsep
        || !message.endsWith("\x01\x01")) {
        parsed.error = tr("malformed AUTH OAUTHBEARER message (RFC 7628 3.1)");
        return parsed;
    }
    const QByteArrayView flag = message.first(comma1);
    if (flag.startsWith("p=")) {
        parsed.error = tr("the client asked for channel binding, which AUTH OAUTHBEARER does not "
                          "offer here");
        return parsed;
    }
    if (flag != "n" && flag != "y") {
        parsed.error = tr("malformed AUTH OAUTHBEARER message (bad channel binding flag)");
        return parsed;
    }
    const QByteArrayView authzid = message.sliced(comma1 + 1, comma2 - comma1 - 1);
    if (!authzid.isEmpty()) {
        const std::optional<QByteArray> name
            = authzid.startsWith("a=") ? unescapeSaslName(authzid.sliced(2)) : std::nullopt;
        if (!name || !QByteArrayView(*name).isValidUtf8()) {
            parsed.error = tr("malformed AUTH OAUTHBEARER authorisation identity");
            return parsed;
        }
        parsed.user = QString::fromUtf8(*name);
    }
    // kvpair = key "=" value kvsep; key = 1*(ALPHA)
    const QByteArrayView pairs = message.sliced(comma2 + 2).chopped(1);
    std::optional<QByteArray> auth;
    QList<QByteArray> list = pairs.toByteArray().split(kvsep);
    list.removeLast(); // empty: what follows the last pair's kvsep
    for (const QByteArray &pair : std::as_const(list)) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0 || !std::all_of(pair.begin(), pair.begin() + equals, [](char c) {
                return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            })) {
            parsed.error = tr("malformed AUTH OAUTHBEARER key/value pair");
            return parsed;
        }
        if (pair.first(equals) == "auth") {
            if (auth) {
                parsed.error = tr("malformed AUTH OAUTHBEARER message (two auth= pairs)");
                return parsed;
            }
            auth = pair.mid(equals + 1);
        }
    }
    const std::optional<QByteArray> token = auth ? bearerToken(*auth) : std::nullopt;
    if (!token) {
        parsed.error = tr("malformed AUTH OAUTHBEARER message (auth= is missing or not "
                          "\"Bearer\" and a token)");
        return parsed;
    }
    parsed.token = *token;
    return parsed;
}

QByteArray OAuthBearerServerMechanism::errorChallenge() const
{
    // RFC 7628 3.2.2
    return R"({"status":"invalid_token","scope":)" + jsonString(m_options.scope)
        + R"(,"openid-configuration":)" + jsonString(m_options.openidConfiguration) + '}';
}

} // namespace postscope::auth
