#include "accounts/account.h"

#include "session/clientcertificate.h"
#include "session/tlsreport.h"

#include "mime/envelope.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>

namespace postscope::accounts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::accounts", text);
}

// JSON keys: the one list of field names (the settings store writes the same
// keys, AccountStore reads them back through fromJson()).
namespace key {
constexpr auto name = "name";
constexpr auto host = "host";
constexpr auto port = "port";
constexpr auto socketPath = "socketPath";
constexpr auto security = "security";
constexpr auto dialect = "dialect";
constexpr auto heloName = "heloName";
constexpr auto replyTimeoutMs = "replyTimeoutMs";
constexpr auto connectTimeoutMs = "connectTimeoutMs";
constexpr auto authMechanism = "authMechanism";
constexpr auto user = "user";
constexpr auto allowPlaintextAuth = "allowPlaintextAuth";
constexpr auto oauthProvider = "oauthProvider";
constexpr auto oauthAuthorizationEndpoint = "oauthAuthorizationEndpoint";
// RFC 6749 3.2's token endpoint; no key names a token (no field reads as a secret).
constexpr auto oauthTokenEndpoint = "oauthGrantEndpoint";
constexpr auto oauthClientId = "oauthClientId";
constexpr auto oauthScope = "oauthScope";
constexpr auto identities = "identities";
constexpr auto displayName = "displayName";
constexpr auto address = "address";
constexpr auto isDefault = "default";
constexpr auto trustExceptions = "trustExceptions";
constexpr auto sha256 = "sha256";
constexpr auto added = "added";
constexpr auto note = "note";
constexpr auto caFile = "caFile";
constexpr auto clientCertificate = "clientCertificate";
constexpr auto clientKey = "clientKey";
constexpr auto sourceAddress = "sourceAddress";
constexpr auto sourcePort = "sourcePort";
constexpr auto ipFamily = "ipFamily";
constexpr auto subject = "subject";
constexpr auto issuer = "issuer";
constexpr auto notBefore = "notBefore";
constexpr auto notAfter = "notAfter";
constexpr auto tlsMinimum = "tlsMinimum";
// The "signing" object (SigningSettings).
constexpr auto signing = "signing";
constexpr auto kind = "kind";
constexpr auto signByDefault = "signByDefault";
constexpr auto encryptByDefault = "encryptByDefault";
constexpr auto smimeCert = "smimeCert";
constexpr auto smimeKey = "smimeKey";
constexpr auto smimeRecipientCerts = "smimeRecipientCerts";
constexpr auto pgpKey = "pgpKey";
constexpr auto dkimDomain = "dkimDomain";
constexpr auto dkimSelector = "dkimSelector";
constexpr auto dkimKey = "dkimKey";
constexpr auto dkimCanonicalization = "dkimCanonicalization";
} // namespace key

// Names that would carry a secret: an import that has one is refused rather
// than silently dropping what someone meant to keep secret.
const char *const secretKeys[]
    = {"password", "secret", "token", "accessToken", "refreshToken", "passphrase", "keyPassphrase"};

QString isoOrEmpty(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return true;
    }
    return false;
}

// RFC 4422 3.1: a mechanism name is 1 to 20 of A-Z, 0-9, "-" and "_".
bool validMechanismName(const QString &name)
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9_-]{1,20}")));
    return re.match(name).hasMatch();
}

bool validHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253 + 2)
        return false;
    // An IPv6 literal, with or without brackets, or a name without blanks.
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.contains(QLatin1Char(':')))
        return QHostAddress(bare).protocol() == QAbstractSocket::IPv6Protocol;
    for (QChar c : bare) {
        if (c.isSpace() || hasControl(QString(c)) || c == QLatin1Char('/') || c == QLatin1Char('@'))
            return false;
    }
    return true;
}

QString normalizedHex(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        out.append(c.toLower());
    }
    return out;
}

// --- reading JSON with an error that names the field -----------------------

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(postscope::accounts::Reader)
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void string(const char *name, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return;
        if (!v.isString())
            return fail(tr("%1: \"%2\" must be a string").arg(m_where, QLatin1String(name)));
        *out = v.toString();
    }
    void boolean(const char *name, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return;
        if (!v.isBool())
            return fail(tr("%1: \"%2\" must be true or false").arg(m_where, QLatin1String(name)));
        *out = v.toBool();
    }
    void integer(const char *name, qint64 min, qint64 max, qint64 *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
            return fail(tr("%1: \"%2\" must be a whole number from %3 to %4")
                            .arg(m_where, QLatin1String(name))
                            .arg(min)
                            .arg(max));
        *out = qint64(d);
    }
    void port(const char *name, quint16 *out)
    {
        qint64 n = *out;
        integer(name, 0, 65535, &n);
        *out = quint16(n);
    }
    void milliseconds(const char *name, int *out)
    {
        qint64 n = *out;
        integer(name, 1, 24 * 3600 * 1000, &n);
        *out = int(n);
    }
    template<typename Enum>
    void choice(const char *name, bool (*parse)(const QString &, Enum *), Enum *out)
    {
        QString text;
        string(name, &text);
        if (!failed() && m_object.contains(QLatin1String(name)) && !parse(text, out))
            fail(tr("%1: \"%2\" has an unknown value \"%3\"")
                     .arg(m_where, QLatin1String(name), text));
    }
    // A list of strings, at most max of them.
    void strings(const char *name, int max, QStringList *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return;
        const QJsonArray array = v.toArray();
        if (!v.isArray() || std::any_of(array.begin(), array.end(), [](const QJsonValue &item) {
                return !item.isString();
            }))
            return fail(
                tr("%1: \"%2\" must be a list of strings").arg(m_where, QLatin1String(name)));
        if (array.size() > max)
            return fail(tr("%1: \"%2\" has %3 entries; at most %4 are allowed")
                            .arg(m_where, QLatin1String(name))
                            .arg(array.size())
                            .arg(max));
        out->clear();
        for (const QJsonValue &item : array)
            out->append(item.toString());
    }
    // A nested object field; empty when absent.
    QJsonObject object(const char *name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return {};
        if (!v.isObject())
            fail(tr("%1: \"%2\" must be an object").arg(m_where, QLatin1String(name)));
        return v.toObject();
    }
    // The objects of an array field, at most max of them.
    QList<QJsonObject> objects(const char *name, int max)
    {
        QList<QJsonObject> result;
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || failed())
            return result;
        if (!v.isArray()) {
            fail(tr("%1: \"%2\" must be a list").arg(m_where, QLatin1String(name)));
            return result;
        }
        const QJsonArray array = v.toArray();
        if (array.size() > max) {
            fail(tr("%1: \"%2\" has %3 entries; at most %4 are allowed")
                     .arg(m_where, QLatin1String(name))
                     .arg(array.size())
                     .arg(max));
            return result;
        }
        for (const QJsonValue &item : array) {
            if (!item.isObject()) {
                fail(tr("%1: every entry of \"%2\" must be an object")
                         .arg(m_where, QLatin1String(name)));
                return {};
            }
            result.append(item.toObject());
        }
        return result;
    }
    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

} // namespace

QString ipFamilyName(IpFamily family)
{
    switch (family) {
    case IpFamily::Any:
        return QStringLiteral("any");
    case IpFamily::IPv4:
        return QStringLiteral("ipv4");
    case IpFamily::IPv6:
        return QStringLiteral("ipv6");
    }
    return QString();
}

bool parseIpFamily(const QString &name, IpFamily *out)
{
    for (IpFamily f : {IpFamily::Any, IpFamily::IPv4, IpFamily::IPv6}) {
        if (name.compare(ipFamilyName(f), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = f;
            return true;
        }
    }
    return false;
}

QString dialectName(engine::Dialect dialect)
{
    return dialect == engine::Dialect::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp");
}

bool parseDialect(const QString &name, engine::Dialect *out)
{
    for (engine::Dialect d : {engine::Dialect::Smtp, engine::Dialect::Lmtp}) {
        if (name.compare(dialectName(d), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = d;
            return true;
        }
    }
    return false;
}

QString securityKindName(mime::Security::Kind kind)
{
    switch (kind) {
    case mime::Security::Kind::None:
        return QStringLiteral("none");
    case mime::Security::Kind::Smime:
        return QStringLiteral("smime");
    case mime::Security::Kind::OpenPgp:
        return QStringLiteral("openpgp");
    }
    return QString();
}

bool parseSecurityKind(const QString &name, mime::Security::Kind *out)
{
    for (auto k :
         {mime::Security::Kind::None, mime::Security::Kind::Smime, mime::Security::Kind::OpenPgp}) {
        if (name.compare(securityKindName(k), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = k;
            return true;
        }
    }
    return false;
}

QString canonicalizationName(mime::Security::Canonicalization c)
{
    return c == mime::Security::Canonicalization::Simple ? QStringLiteral("simple")
                                                         : QStringLiteral("relaxed");
}

bool parseCanonicalization(const QString &name, mime::Security::Canonicalization *out)
{
    for (auto c :
         {mime::Security::Canonicalization::Relaxed, mime::Security::Canonicalization::Simple}) {
        if (name.compare(canonicalizationName(c), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = c;
            return true;
        }
    }
    return false;
}

mime::Security SigningSettings::profile() const
{
    mime::Security s;
    s.kind = kind;
    if (kind == mime::Security::Kind::Smime) {
        s.smimeCert = smimeCert;
        s.smimeKey = smimeKey;
        s.smimeRecipientCerts = smimeRecipientCerts;
    } else if (kind == mime::Security::Kind::OpenPgp) {
        s.pgpKey = pgpKey;
    }
    if (hasDkim()) {
        s.dkimDomain = dkimDomain.toUtf8();
        s.dkimSelector = dkimSelector.toUtf8();
        s.dkimKeyFile = dkimKey;
        s.dkimCanonicalization = dkimCanonicalization;
    }
    return s;
}

QString Identity::mailbox() const
{
    return mime::formatMailbox({displayName, address.toUtf8()});
}

bool TrustException::setFingerprint(const QString &text)
{
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    const QString normalized = normalizedHex(text);
    if (!hex.match(normalized).hasMatch())
        return false;
    sha256 = normalized.toLatin1();
    return true;
}

TrustException TrustException::forCertificate(const QString &host,
                                              const QSslCertificate &certificate,
                                              const QString &note)
{
    const session::CertificateSummary summary
        = session::CertificateSummary::fromCertificate(certificate);
    TrustException t;
    t.host = host;
    t.sha256 = summary.sha256;
    t.added = QDateTime::currentDateTimeUtc();
    t.note = note;
    t.subject = summary.subject;
    t.issuer = summary.issuer;
    t.notBefore = summary.notBefore;
    t.notAfter = summary.notAfter;
    return t;
}

session::TrustedCertificate TrustException::trustedCertificate() const
{
    return session::TrustedCertificate {sha256, subject, issuer, notBefore, notAfter};
}

namespace {

// RFC 6376 3.1: a selector is dot-separated sub-domains; 3.5 d= is a
// domain name. LDH labels of 1 to 63 octets (RFC 5890 for the A-labels).
bool validDkimName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")));
    return name.size() <= 253 && re.match(name).hasMatch();
}

QString fileProblem(const QString &path, bool directoryAllowed)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The file %1 does not exist.").arg(path);
    if (info.isDir() && !directoryAllowed)
        return tr("%1 is a directory, not a file.").arg(path);
    if (!info.isReadable())
        return tr("The file %1 cannot be read (permissions).").arg(path);
    return {};
}

QStringList signingProblems(const SigningSettings &s, Account::Files files)
{
    QStringList problems;
    using Kind = mime::Security::Kind;
    for (const QString *text : {&s.smimeCert, &s.smimeKey, &s.pgpKey, &s.dkimKey}) {
        if (text->size() > maxTextLength || hasControl(*text))
            problems.append(tr("The file name or key \"%1\" is not usable.").arg(*text));
    }
    if (s.smimeRecipientCerts.size() > maxRecipientCertSources)
        problems.append(tr("An account has at most %1 recipient certificate files or folders.")
                            .arg(maxRecipientCertSources));
    for (const QString &path : s.smimeRecipientCerts) {
        if (path.isEmpty() || path.size() > maxTextLength || hasControl(path))
            problems.append(tr("The file name \"%1\" is not usable.").arg(path));
    }
    if (!s.smimeKey.isEmpty() && s.smimeCert.isEmpty())
        problems.append(tr("An S/MIME key needs its certificate."));
    if ((s.signByDefault || s.encryptByDefault) && s.kind == Kind::None)
        problems.append(tr("Signing or encrypting by default needs S/MIME or OpenPGP as the "
                           "account's kind."));
    if (s.kind == Kind::Smime) {
        if (s.smimeCert.isEmpty() && s.smimeRecipientCerts.isEmpty())
            problems.append(tr("S/MIME needs a signing certificate or recipient certificates."));
        if (s.signByDefault && s.smimeCert.isEmpty())
            problems.append(tr("Signing by default with S/MIME needs a signing certificate."));
        if (s.encryptByDefault && s.smimeRecipientCerts.isEmpty())
            problems.append(tr("Encrypting by default with S/MIME needs recipient certificates."));
    }
    if (s.kind == Kind::OpenPgp && s.signByDefault && s.pgpKey.isEmpty())
        problems.append(tr("Signing by default with OpenPGP needs a signing key."));
    const bool anyDkim
        = !s.dkimDomain.isEmpty() || !s.dkimSelector.isEmpty() || !s.dkimKey.isEmpty();
    if (anyDkim) {
        if (s.dkimDomain.isEmpty() || s.dkimSelector.isEmpty() || s.dkimKey.isEmpty())
            problems.append(tr("DKIM needs a domain, a selector and a key file together."));
        if (!s.dkimDomain.isEmpty() && !validDkimName(s.dkimDomain))
            problems.append(
                tr("\"%1\" is not a domain name for DKIM's d= (RFC 6376 3.5).").arg(s.dkimDomain));
        if (!s.dkimSelector.isEmpty() && !validDkimName(s.dkimSelector))
            problems.append(
                tr("\"%1\" is not a DKIM selector (RFC 6376 3.1).").arg(s.dkimSelector));
    }
    if (files == Account::Files::Check && problems.isEmpty()) {
        const bool smime = s.kind == Kind::Smime;
        for (const QString &path :
             {smime ? s.smimeCert : QString(), smime ? s.smimeKey : QString(), s.dkimKey}) {
            if (!path.isEmpty())
                if (const QString why = fileProblem(path, false); !why.isEmpty())
                    problems.append(why);
        }
        if (smime) {
            for (const QString &path : s.smimeRecipientCerts) {
                if (const QString why = fileProblem(path, true); !why.isEmpty())
                    problems.append(why);
            }
        }
    }
    return problems;
}

} // namespace

QStringList Account::validate(Files files) const
{
    QStringList problems;
    auto problem = [&problems](const QString &text) { problems.append(text); };

    // The name keys the account's secrets ("NAME/password") and names it on
    // the command line: printable, no slash, no blanks at either end.
    if (name.trimmed().isEmpty())
        problem(tr("An account needs a name."));
    else if (name.size() > maxNameLength)
        problem(tr("The account name is longer than %1 characters.").arg(maxNameLength));
    else if (hasControl(name) || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
             || name != name.trimmed())
        problem(tr("The account name \"%1\" may not contain control characters, slashes, or "
                   "blanks at its start or end.")
                    .arg(name));

    if (host.isEmpty() && socketPath.isEmpty())
        problem(tr("An account needs a server host name or a socket path."));
    if (!host.isEmpty() && !socketPath.isEmpty())
        problem(tr("A server host name and a socket path exclude each other."));
    if (!host.isEmpty() && !validHostName(host))
        problem(tr("\"%1\" is not a host name or IP address.").arg(host));
    if (!socketPath.isEmpty() && (socketPath.size() > maxTextLength || hasControl(socketPath)))
        problem(tr("The socket path is not a usable file name."));
    // QLocalSocket carries no TLS: a required TLS setting could never hold.
    if (!socketPath.isEmpty()
        && (security == session::Security::Tls || security == session::Security::StartTls))
        problem(tr("A Unix socket cannot carry TLS: use security \"none\" or \"opportunistic\"."));

    if (!heloName.isEmpty()) {
        bool ok = heloName.size() <= 255;
        for (QChar c : heloName)
            ok = ok && c.unicode() > 0x20 && c.unicode() < 0x7f;
        if (!ok)
            problem(tr("The EHLO name must be one ASCII word without blanks (RFC 5321 4.1.1.1)."));
    }
    const int maxMs = 24 * 3600 * 1000;
    if (replyTimeoutMs <= 0 || replyTimeoutMs > maxMs)
        problem(tr("The reply timeout must be between 1 ms and 24 hours."));
    if (connectTimeoutMs <= 0 || connectTimeoutMs > maxMs)
        problem(tr("The connect timeout must be between 1 ms and 24 hours."));

    if (authMechanism != QLatin1String("auto") && !validMechanismName(authMechanism))
        problem(tr("\"%1\" is not a SASL mechanism name (RFC 4422 3.1) or \"auto\".")
                    .arg(authMechanism));
    if (user.size() > maxTextLength || hasControl(user))
        problem(tr("The user name may not contain control characters."));
    if (!oauth.isNull()) {
        QString why;
        if (!oauthProvider(&why))
            problem(why);
    }

    if (identities.size() > maxIdentities)
        problem(tr("An account has at most %1 identities.").arg(maxIdentities));
    int defaults = 0;
    for (const Identity &identity : identities) {
        defaults += identity.isDefault ? 1 : 0;
        const std::optional<mime::Mailbox> parsed = mime::parseMailbox(identity.address);
        const qsizetype at = identity.address.lastIndexOf(QLatin1Char('@'));
        if (!parsed || parsed->address != identity.address.toUtf8()
            || !parsed->displayName.isEmpty() || at <= 0 || at == identity.address.size() - 1
            || identity.address.size() > 254)
            problem(
                tr("\"%1\" is not an email address (local-part@domain).").arg(identity.address));
        if (identity.displayName.size() > maxTextLength || hasControl(identity.displayName))
            problem(tr("The display name \"%1\" may not contain control characters.")
                        .arg(identity.displayName));
    }
    if (!identities.isEmpty() && defaults != 1)
        problem(tr("Exactly one identity must be the default From (%1 are).").arg(defaults));

    if (trustExceptions.size() > maxTrustExceptions)
        problem(tr("An account has at most %1 trusted certificates.").arg(maxTrustExceptions));
    for (qsizetype i = 0; i < trustExceptions.size(); ++i) {
        const TrustException &t = trustExceptions.at(i);
        if (!validHostName(t.host))
            problem(
                tr("A trusted certificate names \"%1\", which is not a host name.").arg(t.host));
        TrustException check;
        if (!check.setFingerprint(QString::fromLatin1(t.sha256)) || check.sha256 != t.sha256)
            problem(
                tr("A trusted certificate for %1 needs its SHA-256 fingerprint as 64 lower-case "
                   "hex digits.")
                    .arg(t.host));
        if (!t.added.isValid())
            problem(tr("A trusted certificate for %1 has no valid date.").arg(t.host));
        if (t.note.size() > maxTextLength || t.note.contains(QChar(0)))
            problem(tr("The note of a trusted certificate for %1 is too long.").arg(t.host));
        if (t.subject.size() > maxTextLength || t.issuer.size() > maxTextLength
            || hasControl(t.subject) || hasControl(t.issuer))
            problem(tr("The subject or issuer kept for a trusted certificate for %1 is not "
                       "usable.")
                        .arg(t.host));
        for (qsizetype j = 0; j < i; ++j) {
            if (trustExceptions.at(j).host.compare(t.host, Qt::CaseInsensitive) == 0
                && trustExceptions.at(j).sha256 == t.sha256)
                problem(tr("The certificate %1 is trusted twice for %2.")
                            .arg(QString::fromLatin1(t.sha256), t.host));
        }
    }

    for (const QString &path :
         {caFile, clientCertificate.certificatePath, clientCertificate.keyPath}) {
        if (path.size() > maxTextLength || hasControl(path))
            problem(tr("The file name \"%1\" is not usable.").arg(path));
    }
    if (!clientCertificate.keyPath.isEmpty() && clientCertificate.certificatePath.isEmpty())
        problem(tr("A client key needs its certificate."));

    if (!sourceAddress.isEmpty()) {
        const QHostAddress source(sourceAddress);
        if (source.isNull())
            problem(tr("The source address \"%1\" is not an IP address.").arg(sourceAddress));
        else if ((ipFamily == IpFamily::IPv4 && source.protocol() != QAbstractSocket::IPv4Protocol)
                 || (ipFamily == IpFamily::IPv6
                     && source.protocol() != QAbstractSocket::IPv6Protocol))
            problem(tr("The source address %1 is not of the chosen IP family (%2).")
                        .arg(sourceAddress, ipFamilyName(ipFamily)));
    } else if (sourcePort != 0) {
        problem(tr("A source port needs a source address."));
    }
    problems += signingProblems(signing, files);
    return problems;
}

std::optional<auth::OAuthProvider> Account::oauthProvider(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (oauth.isNull())
        return fail(tr("The account has no OAuth provider."));
    for (const QString *text : {&oauth.provider, &oauth.authorizationEndpoint, &oauth.tokenEndpoint,
                                &oauth.clientId, &oauth.scope}) {
        if (text->size() > maxTextLength || hasControl(*text))
            return fail(tr("The OAuth settings may not contain control characters."));
    }
    auth::OAuthProvider provider;
    if (oauth.provider == QLatin1String("custom")) {
        provider.name = name;
    } else if (const auto preset = auth::OAuthProvider::preset(oauth.provider)) {
        provider = *preset;
    } else {
        return fail(
            tr("\"%1\" is not an OAuth provider (%2 or custom).")
                .arg(oauth.provider, auth::OAuthProvider::presetNames().join(QLatin1String(", "))));
    }
    if (!oauth.authorizationEndpoint.isEmpty())
        provider.authorizationEndpoint = QUrl(oauth.authorizationEndpoint);
    if (!oauth.tokenEndpoint.isEmpty())
        provider.tokenEndpoint = QUrl(oauth.tokenEndpoint);
    if (!oauth.scope.isEmpty())
        provider.scope = oauth.scope;
    provider.clientId = oauth.clientId;
    if (const QString why = provider.problem(); !why.isEmpty())
        return fail(tr("OAuth: %1.").arg(why));
    return provider;
}

const Identity *Account::defaultIdentity() const
{
    for (const Identity &identity : identities) {
        if (identity.isDefault)
            return &identity;
    }
    return identities.isEmpty() ? nullptr : &identities.first();
}

const TrustException *Account::trustExceptionFor(const QString &forHost) const
{
    const TrustException *best = nullptr;
    for (const TrustException &t : trustExceptions) {
        if (t.host.compare(forHost, Qt::CaseInsensitive) == 0 && (!best || t.added > best->added))
            best = &t;
    }
    return best;
}

QList<TrustException> Account::trustExceptionsFor(const QString &forHost) const
{
    QList<TrustException> out;
    for (const TrustException &t : trustExceptions) {
        if (t.host.compare(forHost, Qt::CaseInsensitive) == 0)
            out.append(t);
    }
    std::stable_sort(out.begin(), out.end(), [](const TrustException &a, const TrustException &b) {
        return a.added > b.added;
    });
    return out;
}

bool Account::addTrustException(const TrustException &exception, QString *error)
{
    for (const TrustException &t : trustExceptions) {
        if (t.host.compare(exception.host, Qt::CaseInsensitive) == 0
            && t.sha256 == exception.sha256) {
            if (error)
                *error = tr("The certificate %1 is trusted for %2 already.")
                             .arg(QString::fromLatin1(t.sha256), t.host);
            return false;
        }
    }
    Account changed = *this;
    changed.trustExceptions.append(exception);
    if (const QStringList problems = changed.validate(Files::Skip); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    trustExceptions = changed.trustExceptions;
    return true;
}

bool Account::removeTrustException(const QString &fingerprint, const QString &forHost,
                                   QString *error)
{
    TrustException wanted;
    if (!wanted.setFingerprint(fingerprint)) {
        if (error)
            *error = tr("\"%1\" is not a SHA-256 fingerprint (64 hex digits, colons allowed).")
                         .arg(fingerprint);
        return false;
    }
    const qsizetype before = trustExceptions.size();
    trustExceptions.removeIf([&](const TrustException &t) {
        return t.sha256 == wanted.sha256
            && (forHost.isEmpty() || t.host.compare(forHost, Qt::CaseInsensitive) == 0);
    });
    if (trustExceptions.size() == before) {
        if (error)
            *error = tr("The account \"%1\" trusts no certificate %2.")
                         .arg(name, QString::fromLatin1(wanted.sha256));
        return false;
    }
    return true;
}

std::optional<session::SessionOptions> Account::sessionOptions(const QByteArray &keyPassphrase,
                                                               QString *error) const
{
    std::optional<session::SessionOptions> options = sessionOptions(error);
    if (!options || clientCertificate.isNull())
        return options;
    const session::ClientCertificateLoad load = session::loadClientCertificate(
        clientCertificate.certificatePath, clientCertificate.keyPath, keyPassphrase, &*options);
    if (!load.ok()) {
        if (error)
            *error = load.error;
        return std::nullopt;
    }
    return options;
}

std::optional<session::SessionOptions> Account::sessionOptions(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (builtIn && port == 0 && socketPath.isEmpty())
        return fail(tr("The sandbox server is not running."));
    // The connection needs none of the signing files.
    if (const QStringList problems = validate(Files::Skip); !problems.isEmpty())
        return fail(
            tr("The account \"%1\" is not usable: %2").arg(name, problems.join(QLatin1Char(' '))));

    session::SessionOptions options;
    options.host = host;
    options.port = port;
    options.socketPath = socketPath;
    options.security = security;
    options.dialect = dialect;
    options.heloName = heloName.toLatin1();
    options.timeoutMs = replyTimeoutMs;
    // smtplib's source_address and -4/-6 (validate() checked that they agree).
    if (!sourceAddress.isEmpty())
        options.sourceAddress = QHostAddress(sourceAddress);
    options.sourcePort = sourcePort;
    options.family = ipFamily == IpFamily::IPv4 ? session::AddressFamily::IPv4
        : ipFamily == IpFamily::IPv6            ? session::AddressFamily::IPv6
                                                : session::AddressFamily::Any;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        // A hostile or mistaken path (a device, a huge file) must not hang or
        // fill memory: trust anchors are a few KiB of PEM.
        constexpr qint64 maxCaFile = 4 << 20;
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The CA file %1 cannot be read: %2").arg(caFile, file.errorString()));
        const QByteArray pem = file.read(maxCaFile + 1);
        if (pem.size() > maxCaFile)
            return fail(tr("The CA file %1 is larger than 4 MiB.").arg(caFile));
        options.extraCaCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return fail(tr("The CA file %1 holds no PEM certificate.").arg(caFile));
    }
    // Each exception for this host accepts its exact leaf; the newest is the
    // one a changed certificate is compared with.
    for (const TrustException &t : trustExceptionsFor(host))
        options.trustedCertificates.append(t.trustedCertificate());
    options.tlsMinimum = tlsMinimum;
    return options;
}

QJsonObject Account::toJson() const
{
    QJsonArray identityArray;
    for (const Identity &i : identities)
        identityArray.append(QJsonObject {{QLatin1String(key::displayName), i.displayName},
                                          {QLatin1String(key::address), i.address},
                                          {QLatin1String(key::isDefault), i.isDefault}});
    QJsonArray trustArray;
    for (const TrustException &t : trustExceptions)
        trustArray.append(
            QJsonObject {{QLatin1String(key::host), t.host},
                         {QLatin1String(key::sha256), QString::fromLatin1(t.sha256)},
                         {QLatin1String(key::added), t.added.toUTC().toString(Qt::ISODateWithMs)},
                         {QLatin1String(key::note), t.note},
                         {QLatin1String(key::subject), t.subject},
                         {QLatin1String(key::issuer), t.issuer},
                         {QLatin1String(key::notBefore), isoOrEmpty(t.notBefore)},
                         {QLatin1String(key::notAfter), isoOrEmpty(t.notAfter)}});
    return QJsonObject {
        {QLatin1String(key::name), name},
        {QLatin1String(key::host), host},
        {QLatin1String(key::port), port},
        {QLatin1String(key::socketPath), socketPath},
        {QLatin1String(key::security), session::securityName(security)},
        {QLatin1String(key::dialect), dialectName(dialect)},
        {QLatin1String(key::heloName), heloName},
        {QLatin1String(key::replyTimeoutMs), replyTimeoutMs},
        {QLatin1String(key::connectTimeoutMs), connectTimeoutMs},
        {QLatin1String(key::authMechanism), authMechanism},
        {QLatin1String(key::user), user},
        {QLatin1String(key::allowPlaintextAuth), allowPlaintextAuth},
        {QLatin1String(key::oauthProvider), oauth.provider},
        {QLatin1String(key::oauthAuthorizationEndpoint), oauth.authorizationEndpoint},
        {QLatin1String(key::oauthTokenEndpoint), oauth.tokenEndpoint},
        {QLatin1String(key::oauthClientId), oauth.clientId},
        {QLatin1String(key::oauthScope), oauth.scope},
        {QLatin1String(key::identities), identityArray},
        {QLatin1String(key::trustExceptions), trustArray},
        {QLatin1String(key::caFile), caFile},
        {QLatin1String(key::clientCertificate), clientCertificate.certificatePath},
        {QLatin1String(key::clientKey), clientCertificate.keyPath},
        {QLatin1String(key::sourceAddress), sourceAddress},
        {QLatin1String(key::sourcePort), sourcePort},
        {QLatin1String(key::ipFamily), ipFamilyName(ipFamily)},
        {QLatin1String(key::tlsMinimum), session::tlsVersionName(tlsMinimum)},
        {QLatin1String(key::signing),
         QJsonObject {
             {QLatin1String(key::kind), securityKindName(signing.kind)},
             {QLatin1String(key::signByDefault), signing.signByDefault},
             {QLatin1String(key::encryptByDefault), signing.encryptByDefault},
             {QLatin1String(key::smimeCert), signing.smimeCert},
             {QLatin1String(key::smimeKey), signing.smimeKey},
             {QLatin1String(key::smimeRecipientCerts),
              QJsonArray::fromStringList(signing.smimeRecipientCerts)},
             {QLatin1String(key::pgpKey), signing.pgpKey},
             {QLatin1String(key::dkimDomain), signing.dkimDomain},
             {QLatin1String(key::dkimSelector), signing.dkimSelector},
             {QLatin1String(key::dkimKey), signing.dkimKey},
             {QLatin1String(key::dkimCanonicalization),
              canonicalizationName(signing.dkimCanonicalization)},
         }},
    };
}

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString where = object.value(QLatin1String(key::name)).isString()
        ? tr("account \"%1\"").arg(object.value(QLatin1String(key::name)).toString())
        : tr("an account");
    for (const char *secret : secretKeys) {
        if (object.contains(QLatin1String(secret)))
            return fail(tr("%1: the field \"%2\" would hold a secret; secrets are kept only in the "
                           "system keychain, never in settings or account files")
                            .arg(where, QLatin1String(secret)));
    }

    Account a;
    Reader r(object, where);
    if (!object.contains(QLatin1String(key::name)))
        r.fail(tr("%1 has no \"name\"").arg(where));
    r.string(key::name, &a.name);
    r.string(key::host, &a.host);
    r.port(key::port, &a.port);
    r.string(key::socketPath, &a.socketPath);
    r.choice(key::security, &session::parseSecurity, &a.security);
    r.choice(key::dialect, &parseDialect, &a.dialect);
    r.string(key::heloName, &a.heloName);
    r.milliseconds(key::replyTimeoutMs, &a.replyTimeoutMs);
    r.milliseconds(key::connectTimeoutMs, &a.connectTimeoutMs);
    r.string(key::authMechanism, &a.authMechanism);
    r.string(key::user, &a.user);
    r.boolean(key::allowPlaintextAuth, &a.allowPlaintextAuth);
    r.string(key::oauthProvider, &a.oauth.provider);
    r.string(key::oauthAuthorizationEndpoint, &a.oauth.authorizationEndpoint);
    r.string(key::oauthTokenEndpoint, &a.oauth.tokenEndpoint);
    r.string(key::oauthClientId, &a.oauth.clientId);
    r.string(key::oauthScope, &a.oauth.scope);
    for (const QJsonObject &o : r.objects(key::identities, maxIdentities)) {
        Identity identity;
        Reader ir(o, where);
        ir.string(key::displayName, &identity.displayName);
        ir.string(key::address, &identity.address);
        ir.boolean(key::isDefault, &identity.isDefault);
        r.fail(ir.error());
        a.identities.append(identity);
    }
    for (const QJsonObject &o : r.objects(key::trustExceptions, maxTrustExceptions)) {
        TrustException t;
        Reader trust(o, where);
        QString fingerprint;
        QString added;
        trust.string(key::host, &t.host);
        trust.string(key::sha256, &fingerprint);
        trust.string(key::added, &added);
        trust.string(key::note, &t.note);
        QString notBefore;
        QString notAfter;
        trust.string(key::subject, &t.subject);
        trust.string(key::issuer, &t.issuer);
        trust.string(key::notBefore, &notBefore);
        trust.string(key::notAfter, &notAfter);
        r.fail(trust.error());
        // Optional: what the certificate looked like (empty: not known).
        for (auto [text, out] : {std::pair {&notBefore, &t.notBefore}, {&notAfter, &t.notAfter}}) {
            if (text->isEmpty())
                continue;
            *out = QDateTime::fromString(*text, Qt::ISODateWithMs).toUTC();
            if (!out->isValid())
                r.fail(tr("%1: \"%2\" is not a date and time (ISO 8601)").arg(where, *text));
        }
        if (!t.setFingerprint(fingerprint))
            r.fail(tr("%1: \"%2\" is not a SHA-256 fingerprint").arg(where, fingerprint));
        t.added = QDateTime::fromString(added, Qt::ISODateWithMs);
        if (!t.added.isValid())
            r.fail(tr("%1: \"%2\" is not a date and time (ISO 8601)").arg(where, added));
        t.added = t.added.toUTC();
        a.trustExceptions.append(t);
    }
    r.string(key::caFile, &a.caFile);
    r.string(key::clientCertificate, &a.clientCertificate.certificatePath);
    r.string(key::clientKey, &a.clientCertificate.keyPath);
    r.string(key::sourceAddress, &a.sourceAddress);
    r.port(key::sourcePort, &a.sourcePort);
    r.choice(key::ipFamily, &parseIpFamily, &a.ipFamily);
    r.choice(key::tlsMinimum, &session::parseTlsVersion, &a.tlsMinimum);
    // Absent (an older export or settings): no signing, no DKIM.
    if (const QJsonObject o = r.object(key::signing); !o.isEmpty()) {
        for (const char *secret : secretKeys) {
            if (o.contains(QLatin1String(secret)))
                r.fail(tr("%1: the field \"%2\" would hold a secret; secrets are kept only in "
                          "the system keychain, never in settings or account files")
                           .arg(where, QLatin1String(secret)));
        }
        Reader sr(o, where);
        sr.choice(key::kind, &parseSecurityKind, &a.signing.kind);
        sr.boolean(key::signByDefault, &a.signing.signByDefault);
        sr.boolean(key::encryptByDefault, &a.signing.encryptByDefault);
        sr.string(key::smimeCert, &a.signing.smimeCert);
        sr.string(key::smimeKey, &a.signing.smimeKey);
        sr.strings(key::smimeRecipientCerts, maxRecipientCertSources,
                   &a.signing.smimeRecipientCerts);
        // The settings store keeps an empty list as one empty entry.
        a.signing.smimeRecipientCerts.removeAll(QString());
        sr.string(key::pgpKey, &a.signing.pgpKey);
        sr.string(key::dkimDomain, &a.signing.dkimDomain);
        sr.string(key::dkimSelector, &a.signing.dkimSelector);
        sr.string(key::dkimKey, &a.signing.dkimKey);
        sr.choice(key::dkimCanonicalization, &parseCanonicalization,
                  &a.signing.dkimCanonicalization);
        r.fail(sr.error());
    }
    if (r.failed())
        return fail(r.error());

    // Mechanism names are case-insensitive (RFC 4422 3.1); keep one spelling.
    a.authMechanism = a.authMechanism.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("auto")
        : a.authMechanism.toUpper();
    // Files::Skip: a key moved or an export read on another machine must not
    // make the account unreadable; using it says which file is missing.
    if (const QStringList problems = a.validate(Files::Skip); !problems.isEmpty())
        return fail(tr("%1: %2").arg(where, problems.join(QLatin1Char(' '))));
    return a;
}

Account Account::sandbox(const sandbox::SandboxServer *server)
{
    Account a;
    a.name = sandboxName();
    a.builtIn = true;
    a.host = QStringLiteral("127.0.0.1");
    a.security = session::Security::None;
    a.replyTimeoutMs = 15000;
    a.connectTimeoutMs = 15000;
    a.identities
        = {Identity {QStringLiteral("Postscope"), QStringLiteral("you@sandbox.test"), true}};
    if (server && server->isRunning()) {
        a.dialect = server->config().server.dialect;
        if (server->port() == 0 && !server->socketPath().isEmpty()) {
            // Listening on a Unix socket only (no TLS there).
            a.host.clear();
            a.socketPath = server->socketPath();
            return a;
        }
        a.host = server->config().address.toString();
        a.port = server->port();
        const sandbox::SandboxCertificate &certificate = server->certificate();
        if (certificate.isValid()) {
            // Its own self-signed certificate names 127.0.0.1 and is the one
            // extra trust anchor: verified like any server's, no check off.
            // Without its file, the exact leaf by its digest.
            a.security = session::Security::StartTls;
            if (!certificate.certificatePath.isEmpty()) {
                a.caFile = certificate.certificatePath;
            } else {
                TrustException t;
                t.host = a.host;
                t.sha256 = certificate.certificate.digest(QCryptographicHash::Sha256).toHex();
                t.added = QDateTime::currentDateTimeUtc();
                t.note = tr("The sandbox's own certificate");
                a.trustExceptions = {t};
            }
        }
    }
    return a;
}

} // namespace postscope::accounts
