#include "auth/saslsteps.h"

#include "auth/mechanisms.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>
#include <algorithm>

namespace postscope::auth {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::auth", text, disambiguation, n);
}

constexpr qsizetype maxShown = 256;

// Text in double quotes, control characters and quotes escaped and long
// values cut, so that no value can forge a transcript line.
QString quoted(QByteArrayView bytes)
{
    const bool cut = bytes.size() > maxShown;
    const QByteArrayView shown = cut ? bytes.first(maxShown) : bytes;
    const QString text
        = shown.isValidUtf8() ? QString::fromUtf8(shown) : QString::fromLatin1(shown);
    QString out = QStringLiteral("\"");
    for (QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            out += u'\\' + QString(ch);
        else if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || (!ch.isPrint() && !ch.isSpace()))
            out += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    out += u'"';
    if (cut)
        out += tr(" (first %1 of %2 bytes)").arg(maxShown).arg(bytes.size());
    return out;
}

bool isPrintableText(QByteArrayView bytes)
{
    for (char c : bytes) {
        const uchar u = uchar(c);
        if (u < 0x20 && c != '\t')
            return false;
        if (u == 0x7f)
            return false;
    }
    return bytes.isValidUtf8();
}

QString binary(QByteArrayView bytes, bool reveal)
{
    QString out = tr("%n byte(s) of binary data", nullptr, int(bytes.size()));
    if (reveal) {
        const QByteArrayView shown = bytes.first(qMin(bytes.size(), maxShown));
        out += QStringLiteral(": ") + QString::fromLatin1(shown.toByteArray().toHex(' '));
    }
    return out;
}

// "a=v,b=w" into its pairs (SCRAM, RFC 5802 7), without unescaping.
QList<QPair<QByteArray, QByteArray>> attributes(QByteArrayView message)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &part : message.toByteArray().split(',')) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            out.append({part, {}});
        else
            out.append({part.left(equals), part.mid(equals + 1)});
    }
    return out;
}

bool isNtlm(QByteArrayView raw)
{
    return raw.size() >= 12 && raw.startsWith(QByteArrayView("NTLMSSP\0", 8));
}

QString ntlmMessage(QByteArrayView raw)
{
    // [MS-NLMP] 2.2.1: "NTLMSSP\0" then the message type, little-endian.
    const quint32 type = qFromLittleEndian<quint32>(raw.data() + 8);
    QString kind;
    switch (type) {
    case 1:
        kind = tr("negotiate");
        break;
    case 2:
        kind = tr("challenge");
        break;
    case 3:
        kind = tr("authenticate");
        break;
    default:
        kind = tr("unknown type");
        break;
    }
    return tr("NTLMSSP message type %1 (%2), %n byte(s)", nullptr, int(raw.size()))
        .arg(type)
        .arg(kind);
}

} // namespace

SaslStepDescriber::SaslStepDescriber(QByteArrayView mechanism, SecretDisplay display)
    : m_mechanism(mechanism.toByteArray().toUpper())
    , m_display(display)
{
}

QString SaslStepDescriber::secret(QByteArrayView value) const
{
    if (m_display == SecretDisplay::Revealed)
        return quoted(value);
    return redactionMark.toString();
}

QString SaslStepDescriber::initialResponse(QByteArrayView raw)
{
    return clientMessage(raw, true);
}

QString SaslStepDescriber::response(QByteArrayView raw)
{
    return clientMessage(raw, false);
}

QString SaslStepDescriber::challenge(QByteArrayView raw)
{
    const QByteArray &mech = m_mechanism;
    if (raw.isEmpty())
        return tr("(empty challenge: the server waits for the client's message)");
    if (mech == "LOGIN") {
        // draft-murchison-sasl-login 2: "Username:" then "Password:"
        m_loginAskedForPassword = raw.toByteArray().toLower().contains("pass");
        return tr("server asks %1").arg(quoted(raw));
    }
    if (mech == "CRAM-MD5")
        return tr("challenge=%1").arg(quoted(raw)); // RFC 2195 2
    if (mech.startsWith("SCRAM-")) {
        // RFC 5802 7: server-first-message or server-final-message
        QStringList parts;
        for (const auto &[name, value] : attributes(raw)) {
            if (name == "r")
                parts << tr("nonce=%1").arg(quoted(value));
            else if (name == "s") {
                const auto salt = QByteArray::fromBase64Encoding(
                    value, QByteArray::AbortOnBase64DecodingErrors);
                parts << (salt ? tr("salt=%1 (%n byte(s))", nullptr, int(salt.decoded.size()))
                               : tr("salt=%1 (not base64)"))
                             .arg(quoted(value));
            } else if (name == "i")
                parts << tr("iterations=%1").arg(quoted(value));
            else if (name == "v")
                parts << tr("server signature=%1").arg(quoted(value));
            else if (name == "e")
                parts << tr("server error=%1").arg(quoted(value));
            else
                parts << QStringLiteral("%1=%2").arg(quoted(name), quoted(value));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (mech == "XOAUTH2" || mech == "OAUTHBEARER") {
        // RFC 7628 3.2.2: the only challenge after the client's message is
        // the server's error, a JSON object.
        m_serverSentError = true;
        const OAuthServerError error = parseOAuthServerError(raw);
        if (!error.parsed)
            return tr("error (not JSON): %1").arg(quoted(raw));
        QStringList parts;
        parts << tr("status=%1").arg(quoted(error.status.toUtf8()));
        if (!error.schemes.isEmpty())
            parts << tr("schemes=%1").arg(quoted(error.schemes.toUtf8()));
        if (!error.scope.isEmpty())
            parts << tr("scope=%1").arg(quoted(error.scope.toUtf8()));
        if (!error.openidConfiguration.isEmpty())
            parts << tr("openid-configuration=%1").arg(quoted(error.openidConfiguration.toUtf8()));
        return tr("error: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (isNtlm(raw))
        return ntlmMessage(raw);
    if (isPrintableText(raw))
        return quoted(raw); // DIGEST-MD5's challenge and rspauth are readable
    return binary(raw, true); // a server's data is no secret of ours
}

QString SaslStepDescriber::clientMessage(QByteArrayView raw, bool initial)
{
    const QByteArray &mech = m_mechanism;
    const int index = m_clientMessages++;
    if (mech == "PLAIN") {
        // RFC 4616 2: [authzid] NUL authcid NUL passwd
        const QList<QByteArray> fields = raw.toByteArray().split('\0');
        if (fields.size() != 3)
            return tr("malformed PLAIN message, %n byte(s)", nullptr, int(raw.size()));
        return tr("authzid=%1, user=%2, password=%3")
            .arg(quoted(fields[0]), quoted(fields[1]), secret(fields[2]));
    }
    if (mech == "LOGIN") {
        // The initial response and the answer to "Username:" carry the user
        // name; the answer to "Password:" (or the second answer) the password.
        const bool password = !initial && (m_loginAskedForPassword || index >= 1);
        m_loginAskedForPassword = false;
        return password ? tr("password=%1").arg(secret(raw)) : tr("user=%1").arg(quoted(raw));
    }
    if (mech == "CRAM-MD5") {
        // RFC 2195 2: user SP hex digest. The digest answers this challenge
        // only, so it is shown.
        const qsizetype space = raw.lastIndexOf(' ');
        if (space < 0)
            return tr("malformed CRAM-MD5 response, %n byte(s)", nullptr, int(raw.size()));
        return tr("user=%1, HMAC-MD5(password, challenge)=%2")
            .arg(quoted(raw.first(space)), quoted(raw.sliced(space + 1)));
    }
    if (mech.startsWith("SCRAM-")) {
        if (raw.isEmpty())
            return tr("(empty response: acknowledges the server's final message)");
        // RFC 5802 7: client-first-message = gs2-header client-first-message-bare
        if (!raw.startsWith("c=")) {
            const qsizetype comma1 = raw.indexOf(',');
            const qsizetype comma2 = comma1 < 0 ? -1 : raw.indexOf(',', comma1 + 1);
            if (comma2 < 0)
                return tr("malformed SCRAM message, %n byte(s)", nullptr, int(raw.size()));
            QStringList parts;
            parts << tr("gs2-header=%1").arg(quoted(raw.first(comma2 + 1)));
            for (const auto &[name, value] : attributes(raw.sliced(comma2 + 1))) {
                if (name == "n")
                    parts << tr("user=%1").arg(quoted(value));
                else if (name == "r")
                    parts << tr("nonce=%1").arg(quoted(value));
                else
                    parts << QStringLiteral("%1=%2").arg(quoted(name), quoted(value));
            }
            return parts.join(QStringLiteral(", "));
        }
        // client-final-message: channel-binding, nonce, proof
        QStringList parts;
        for (const auto &[name, value] : attributes(raw)) {
            if (name == "c")
                parts << tr("channel-binding=%1 (%2)")
                             .arg(quoted(value), quoted(QByteArray::fromBase64(value)));
            else if (name == "r")
                parts << tr("nonce=%1").arg(quoted(value));
            else if (name == "p")
                parts << tr("proof=%1").arg(secret(value));
            else
                parts << QStringLiteral("%1=%2").arg(quoted(name), quoted(value));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (mech == "XOAUTH2" || mech == "OAUTHBEARER") {
        if (m_serverSentError) {
            return mech == "XOAUTH2"
                ? tr("(empty response: ends the exchange after the server's error)")
                : tr("^A: ends the exchange after the server's error (RFC 7628 3.2.3)");
        }
        if (raw.isEmpty())
            return tr("(empty response)");
        QStringList parts;
        QByteArrayView rest = raw;
        if (mech == "OAUTHBEARER") {
            // RFC 7628 3.1: gs2-header kvsep *kvpair kvsep
            const qsizetype sep = rest.indexOf('\x01');
            if (sep < 0)
                return tr("malformed OAUTHBEARER message, %n byte(s)", nullptr, int(raw.size()));
            parts << tr("gs2-header=%1").arg(quoted(rest.first(sep)));
            rest = rest.sliced(sep + 1);
        }
        for (const QByteArray &pair : rest.toByteArray().split('\x01')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            const QByteArray key = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            if (key == "auth") {
                // "Bearer TOKEN": the scheme is shown, the token is the secret.
                const qsizetype space = value.indexOf(' ');
                const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
                const bool plainScheme = std::all_of(scheme.begin(), scheme.end(), [](char c) {
                    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                });
                parts << tr("auth=%1 %2")
                             .arg(plainScheme ? QString::fromLatin1(scheme) : quoted(scheme),
                                  secret(space < 0 ? value : value.mid(space + 1)));
            } else {
                // RFC 7628 3.1: key = 1*ALPHA; anything else is shown quoted
                // (the sandbox describes what hostile clients send, too).
                const bool plainKey = !key.isEmpty() && key.size() <= 32
                    && std::all_of(key.begin(), key.end(), [](char c) {
                           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                       });
                parts << QStringLiteral("%1=%2").arg(
                    plainKey ? QString::fromLatin1(key) : quoted(key), quoted(value));
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    if (isNtlm(raw))
        return ntlmMessage(raw); // type 3 holds responses to the challenge, not the password
    if (mech == "DIGEST-MD5" && isPrintableText(raw))
        return quoted(raw); // RFC 2831 2.1.2: the response digest answers this nonce only
    if (raw.isEmpty())
        return tr("(empty response)");
    // Other mechanisms: nothing is known about what the client's data holds.
    if (m_display == SecretDisplay::Revealed)
        return isPrintableText(raw) ? quoted(raw) : binary(raw, true);
    return tr("%1 (%n byte(s))", nullptr, int(raw.size())).arg(redactionMark);
}

namespace {

std::optional<QByteArray> fromBase64(QByteArrayView base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString SaslStepDescriber::initialResponseLine(QByteArrayView base64)
{
    // RFC 4954 4: "=" is an empty initial response.
    if (base64.trimmed() == "=")
        return initialResponse({});
    const std::optional<QByteArray> raw = fromBase64(base64);
    if (!raw)
        return tr("not base64 (%n byte(s))", nullptr, int(base64.size()));
    return initialResponse(*raw);
}

QString SaslStepDescriber::challengeLine(QByteArrayView base64)
{
    const std::optional<QByteArray> raw = fromBase64(base64);
    if (!raw)
        return tr("not base64: %1").arg(quoted(base64));
    return challenge(*raw);
}

QString SaslStepDescriber::responseLine(QByteArrayView base64)
{
    // RFC 4954 4: "*" cancels the exchange.
    if (base64.trimmed() == "*")
        return tr("* (the client cancels the exchange)");
    const std::optional<QByteArray> raw = fromBase64(base64);
    if (!raw)
        return tr("not base64 (%n byte(s))", nullptr, int(base64.size()));
    return response(*raw);
}

} // namespace postscope::auth
