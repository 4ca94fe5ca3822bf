// SCRAM (RFC 5802) with SHA-1 and SHA-256 (RFC 7677), client and server.
// No channel binding: the client sends the gs2 header "n,," and the server
// does not offer the -PLUS variants.

#include "auth/mechanisms.h"
#include "auth/qca.h"
#include "auth/saslprep.h"

#include <QCoreApplication>
#include <algorithm>
#include <QList>
#include <utility>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

QString hashName(ScramHash hash)
{
    return hash == ScramHash::Sha1 ? QStringLiteral("sha1") : QStringLiteral("sha256");
}

QByteArray mechanismName(ScramHash hash)
{
    return hash == ScramHash::Sha1 ? QByteArrayLiteral("SCRAM-SHA-1")
                                   : QByteArrayLiteral("SCRAM-SHA-256");
}

int hashLength(ScramHash hash)
{
    return hash == ScramHash::Sha1 ? 20 : 32;
}

QStringList cryptoFeatures(ScramHash hash)
{
    const QString h = hashName(hash);
    return {QStringLiteral("hmac(%1)").arg(h), h};
}

// RFC 5802 5.1: in saslname "=" and "," are written "=3D" and "=2C".
QByteArray escapeName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("=", "=3D");
    out.replace(",", "=2C");
    return out;
}

// The reverse; nullopt when "=" is followed by anything else (RFC 5802 5.1:
// the server MUST fail the exchange).
std::optional<QByteArray> unescapeName(QByteArrayView name)
{
    QByteArray out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != '=') {
            out += name[i];
            continue;
        }
        const QByteArrayView code = name.sliced(i + 1).first(qMin<qsizetype>(2, name.size() - i - 1));
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

// RFC 5802 7: printable = %x21-2B / %x2D-7E (printable ASCII except ",").
bool isPrintableNonce(QByteArrayView nonce)
{
    if (nonce.isEmpty())
        return false;
    for (char c : nonce) {
        if (c < 0x21 || c > 0x7E || c == ',')
            return false;
    }
    return true;
}

struct Attribute
{
    char name = 0;
    QByteArray value;
};

// Splits "a=v,b=w" into attributes (RFC 5802 7: attr-val = ALPHA "=" value).
// nullopt when a part is not of that form.
std::optional<QList<Attribute>> parseAttributes(QByteArrayView message)
{
    QList<Attribute> attributes;
    if (message.isEmpty())
        return std::nullopt;
    for (QByteArrayView part : QByteArray::fromRawData(message.data(), message.size()).split(',')) {
        if (part.size() < 2 || part[1] != '=' || !QChar::isLetter(uint(uchar(part[0])))
            || uchar(part[0]) > 0x7F)
            return std::nullopt;
        attributes.append({part[0], part.sliced(2).toByteArray()});
    }
    return attributes;
}

std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        out[i] = char(a[i] ^ b[i]);
    return out;
}


// RFC 5802 3: the keys both sides derive from the salted password.
struct ScramKeys
{
    QByteArray clientKey;
    QByteArray storedKey;
    QByteArray serverKey;
};

ScramKeys deriveKeys(ScramHash hash, const QByteArray &saltedPassword)
{
    const QString h = hashName(hash);
    ScramKeys keys;
    keys.clientKey = hmac(h, saltedPassword, "Client Key");
    keys.storedKey = digest(h, keys.clientKey);
    keys.serverKey = hmac(h, saltedPassword, "Server Key");
    return keys;
}

} // namespace

// ---- client -------------------------------------------------------------

ScramClientMechanism::ScramClientMechanism(ScramHash hash, Credentials credentials)
    : m_hash(hash)
    , m_credentials(std::move(credentials))
{
}

QByteArray ScramClientMechanism::name() const
{
    return mechanismName(m_hash);
}

SaslClientMechanism::Step ScramClientMechanism::fail(const QString &error)
{
    m_stage = Stage::Failed;
    m_error = error;
    m_credentials.password.clear();
    return {{}, error};
}

QByteArray ScramClientMechanism::clientFirst()
{
    QString why;
    // RFC 5802 5.1: the user name is prepared with SASLprep before escaping.
    const std::optional<QString> user = saslPrep(m_credentials.user, &why);
    if (!user) {
        fail(tr("the user name cannot be used with SCRAM (SASLprep, RFC 4013): %1").arg(why));
        return {};
    }
    if (user->isEmpty()) {
        fail(tr("SCRAM needs a user name"));
        return {};
    }
    if (m_clientNonce.isEmpty())
        m_clientNonce = randomBytes(18).toBase64();   // 24 printable characters, no ","
    if (!isPrintableNonce(m_clientNonce)) {
        fail(tr("the SCRAM client nonce is not printable ASCII"));
        return {};
    }
    // RFC 5802 7: gs2-header = gs2-cbind-flag "," [ authzid ] ","; "n": this
    // client does not support channel binding.
    m_gs2Header = "n,";
    if (!m_credentials.authzid.isEmpty())
        m_gs2Header += "a=" + escapeName(m_credentials.authzid);
    m_gs2Header += ',';
    m_clientFirstBare = "n=" + escapeName(*user) + ",r=" + m_clientNonce;
    m_stage = Stage::ServerFirst;
    return m_gs2Header + m_clientFirstBare;
}

std::optional<QByteArray> ScramClientMechanism::initialResponse()
{
    if (m_stage != Stage::Start)
        return std::nullopt;
    // Without the crypto the exchange cannot finish; respond() then says why.
    if (!missingCryptoFeatures(cryptoFeatures(m_hash)).isEmpty())
        return std::nullopt;
    const QByteArray first = clientFirst();
    if (m_stage == Stage::Failed)
        return std::nullopt;
    return first;
}

SaslClientMechanism::Step ScramClientMechanism::respond(QByteArrayView challenge)
{
    switch (m_stage) {
    case Stage::Start: {
        // RFC 4954 4: no initial response was sent, so the server asks with
        // an empty challenge.
        if (!challenge.isEmpty())
            return fail(tr("the server sent SCRAM data before the client's first message"));
        const QString missing = missingCryptoFeatures(cryptoFeatures(m_hash));
        if (!missing.isEmpty())
            return fail(missing);
        const QByteArray first = clientFirst();
        if (m_stage == Stage::Failed)
            return {{}, m_error};
        return {first, {}};
    }
    case Stage::ServerFirst:
        return handleServerFirst(challenge);
    case Stage::ServerFinal: {
        // RFC 4954 4: the server-final message may come as a last 334; the
        // client answers with an empty response.
        const QString error = checkServerFinal(challenge);
        if (!error.isEmpty())
            return fail(error);
        m_stage = Stage::Done;
        return {QByteArray(), {}};
    }
    case Stage::Done:
        return fail(tr("unexpected challenge after the SCRAM exchange finished"));
    case Stage::Failed:
        return {{}, m_error};
    }
    return fail(tr("unexpected SCRAM state"));
}

SaslClientMechanism::Step ScramClientMechanism::handleServerFirst(QByteArrayView message)
{
    // RFC 5802 7: server-first-message = [reserved-mext ","] nonce "," salt ","
    //             iteration-count ["," extensions]
    const auto attributes = parseAttributes(message);
    if (!attributes)
        return fail(tr("malformed SCRAM server-first message"));
    const QList<Attribute> &attrs = *attributes;
    if (attrs.first().name == 'e')
        return fail(tr("the server refused SCRAM: %1").arg(QString::fromUtf8(attrs.first().value)));
    if (attrs.first().name == 'm')
        return fail(tr("the server requires a SCRAM extension this client does not know"));
    if (attrs.size() < 3 || attrs[0].name != 'r' || attrs[1].name != 's' || attrs[2].name != 'i')
        return fail(tr("malformed SCRAM server-first message (expected r=, s= and i=)"));

    // RFC 5802 5.1: the server's nonce starts with the client's and adds to it.
    const QByteArray nonce = attrs[0].value;
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size())
        return fail(tr("the SCRAM server nonce does not extend the client nonce"));
    if (!isPrintableNonce(nonce))
        return fail(tr("the SCRAM server nonce holds characters that are not allowed"));

    const std::optional<QByteArray> salt = strictBase64(attrs[1].value);
    if (!salt || salt->isEmpty())
        return fail(tr("the SCRAM salt is missing or not base64"));

    bool ok = false;
    const QByteArray &count = attrs[2].value;
    const int iterations = count.toInt(&ok);
    if (!ok || count.isEmpty() || !std::all_of(count.begin(), count.end(), [](char c) {
            return c >= '0' && c <= '9';
        }) || iterations < 1)
        return fail(tr("the SCRAM iteration count is not a positive number"));
    if (iterations > maxIterations)
        return fail(tr("the SCRAM iteration count %1 is over this client's limit of %2")
                            .arg(iterations)
                            .arg(maxIterations));

    QString why;
    // RFC 5802 2.2: SaltedPassword := Hi(Normalize(password), salt, i)
    const std::optional<QString> password = saslPrep(m_credentials.password, &why);
    if (!password)
        return fail(tr("the password cannot be used with SCRAM (SASLprep, RFC 4013): %1").arg(why));
    const QString missing = missingCryptoFeatures(cryptoFeatures(m_hash));
    if (!missing.isEmpty())
        return fail(missing);

    const QString h = hashName(m_hash);
    const QByteArray saltedPassword = pbkdf2(h, password->toUtf8(), *salt, iterations);
    if (saltedPassword.size() != hashLength(m_hash))
        return fail(tr("QCA failed to compute the SCRAM salted password"));
    m_credentials.password.clear();   // not needed any more
    const ScramKeys keys = deriveKeys(m_hash, saltedPassword);

    // RFC 5802 3: AuthMessage := client-first-message-bare + "," +
    //   server-first-message + "," + client-final-message-without-proof
    const QByteArray withoutProof = "c=" + m_gs2Header.toBase64() + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + message.toByteArray() + ','
            + withoutProof;
    const QByteArray clientSignature = hmac(h, keys.storedKey, authMessage);
    const QByteArray clientProof = xorBytes(keys.clientKey, clientSignature);
    m_serverSignature = hmac(h, keys.serverKey, authMessage);
    if (clientProof.size() != hashLength(m_hash) || m_serverSignature.size() != hashLength(m_hash))
        return fail(tr("QCA failed to compute the SCRAM proof"));

    m_stage = Stage::ServerFinal;
    return {withoutProof + ",p=" + clientProof.toBase64(), {}};
}

QString ScramClientMechanism::checkServerFinal(QByteArrayView message)
{
    // RFC 5802 7: server-final-message = (server-error / verifier) ["," extensions]
    const auto attributes = parseAttributes(message);
    if (!attributes)
        return tr("malformed SCRAM server-final message");
    const Attribute &first = attributes->first();
    if (first.name == 'e')
        return tr("the server refused SCRAM: %1").arg(QString::fromUtf8(first.value));
    if (first.name != 'v')
        return tr("malformed SCRAM server-final message (expected v=)");
    const std::optional<QByteArray> signature = strictBase64(first.value);
    if (!signature)
        return tr("the SCRAM server signature is not base64");
    // RFC 5802 9: the client MUST check the server signature; a server that
    // cannot produce it does not know the password.
    if (!constantTimeEquals(*signature, m_serverSignature))
        return tr("wrong SCRAM server signature: the server could not prove that it knows the "
                  "password");
    return {};
}

QString ScramClientMechanism::verifyOutcome(QByteArrayView serverFinal)
{
    switch (m_stage) {
    case Stage::Done:
        // Already checked from a 334; whatever text came with 235 is not ours.
        return {};
    case Stage::ServerFinal: {
        if (serverFinal.isEmpty())
            return fail(tr("the server accepted SCRAM authentication without proving that it "
                           "knows the password (no server signature)"))
                    .error;
        const QString error = checkServerFinal(serverFinal);
        if (!error.isEmpty())
            return fail(error).error;
        m_stage = Stage::Done;
        return {};
    }
    case Stage::Failed:
        return m_error;
    case Stage::Start:
    case Stage::ServerFirst:
        break;
    }
    return fail(tr("the server ended the SCRAM exchange before it finished")).error;
}

// ---- server -------------------------------------------------------------

ScramServerMechanism::ScramServerMechanism(ScramHash hash, PasswordLookup lookup)
    : m_hash(hash)
    , m_lookup(std::move(lookup))
{
}

QByteArray ScramServerMechanism::name() const
{
    return mechanismName(m_hash);
}

SaslServerMechanism::Step ScramServerMechanism::fail(const QString &error)
{
    m_stage = Stage::Done;
    m_authenticated = false;
    m_password.clear();
    Step step;
    step.status = Step::Status::Failure;
    step.error = error;
    return step;
}

SaslServerMechanism::Step ScramServerMechanism::start(const std::optional<QByteArray> &initialResponse)
{
    if (m_stage != Stage::Start)
        return fail(tr("the SCRAM exchange was already started"));
    const QString missing = missingCryptoFeatures(cryptoFeatures(m_hash));
    if (!missing.isEmpty())
        return fail(missing);
    m_stage = Stage::ClientFirst;
    if (!initialResponse) {
        // RFC 4954 4: ask for the client-first message with an empty challenge.
        Step step;
        step.status = Step::Status::Continue;
        return step;
    }
    return handleClientFirst(*initialResponse);
}

SaslServerMechanism::Step ScramServerMechanism::respond(QByteArrayView response)
{
    switch (m_stage) {
    case Stage::ClientFirst:
        return handleClientFirst(response);
    case Stage::ClientFinal:
        return handleClientFinal(response);
    case Stage::Start:
        return fail(tr("SCRAM response before the exchange started"));
    case Stage::Done:
        break;
    }
    return fail(tr("SCRAM response after the exchange finished"));
}

SaslServerMechanism::Step ScramServerMechanism::handleClientFirst(QByteArrayView message)
{
    // RFC 5802 7: client-first-message = gs2-header client-first-message-bare
    //   gs2-header = gs2-cbind-flag "," [ authzid ] ","
    const qsizetype comma1 = message.indexOf(',');
    const qsizetype comma2 = comma1 < 0 ? -1 : message.indexOf(',', comma1 + 1);
    if (comma2 < 0)
        return fail(tr("malformed SCRAM client-first message (no gs2 header)"));
    const QByteArrayView flag = message.first(comma1);
    if (flag.startsWith("p="))
        return fail(tr("the client asked for SCRAM channel binding, which is not offered"));
    if (flag != "n" && flag != "y")
        return fail(tr("malformed SCRAM client-first message (bad channel binding flag)"));
    const QByteArrayView authzidField = message.sliced(comma1 + 1, comma2 - comma1 - 1);
    QString authzid;
    if (!authzidField.isEmpty()) {
        const auto unescaped = authzidField.startsWith("a=")
                ? unescapeName(authzidField.sliced(2))
                : std::nullopt;
        if (!unescaped || !QByteArrayView(*unescaped).isValidUtf8())
            return fail(tr("malformed SCRAM authorisation identity"));
        authzid = QString::fromUtf8(*unescaped);
    }
    m_gs2Header = message.first(comma2 + 1).toByteArray();
    m_clientFirstBare = message.sliced(comma2 + 1).toByteArray();

    // client-first-message-bare = [reserved-mext ","] username "," nonce ["," extensions]
    const auto attributes = parseAttributes(m_clientFirstBare);
    if (!attributes)
        return fail(tr("malformed SCRAM client-first message"));
    const QList<Attribute> &attrs = *attributes;
    if (attrs.first().name == 'm')
        return fail(tr("the client requires a SCRAM extension this server does not know"));
    if (attrs.size() < 2 || attrs[0].name != 'n' || attrs[1].name != 'r')
        return fail(tr("malformed SCRAM client-first message (expected n= and r=)"));
    const auto userBytes = unescapeName(attrs[0].value);
    if (!userBytes || userBytes->isEmpty() || !QByteArrayView(*userBytes).isValidUtf8())
        return fail(tr("malformed SCRAM user name"));
    QString why;
    const std::optional<QString> user = saslPrep(QString::fromUtf8(*userBytes), &why);
    if (!user)
        return fail(tr("the SCRAM user name is not allowed (SASLprep): %1").arg(why));
    m_user = *user;
    if (!authzid.isEmpty() && authzid != m_user)
        return fail(tr("user \"%1\" may not act as \"%2\"").arg(forLog(m_user), forLog(authzid)));
    const QByteArray clientNonce = attrs[1].value;
    if (!isPrintableNonce(clientNonce))
        return fail(tr("malformed SCRAM client nonce"));

    // An unknown user gets a normal-looking server-first message and fails
    // at the proof, so the exchange does not tell which users exist
    // (RFC 5802 9 asks servers not to reveal that).
    const std::optional<QString> password = m_lookup ? m_lookup(m_user) : std::nullopt;
    m_userKnown = password.has_value();
    m_password = password.value_or(QString());

    if (m_salt.isEmpty())
        m_salt = randomBytes(16);
    if (m_serverNonce.isEmpty())
        m_serverNonce = randomBytes(18).toBase64();
    if (m_iterations < 1)
        return fail(tr("the SCRAM iteration count is not set"));
    m_nonce = clientNonce + m_serverNonce;
    m_serverFirst = "r=" + m_nonce + ",s=" + m_salt.toBase64() + ",i="
            + QByteArray::number(m_iterations);
    m_stage = Stage::ClientFinal;
    Step step;
    step.status = Step::Status::Continue;
    step.challenge = m_serverFirst;
    return step;
}

SaslServerMechanism::Step ScramServerMechanism::handleClientFinal(QByteArrayView message)
{
    // RFC 5802 7: client-final-message = channel-binding "," nonce [","
    //   extensions] "," proof
    const qsizetype proofAt = message.lastIndexOf(",p=");
    if (proofAt < 0)
        return fail(tr("malformed SCRAM client-final message (no proof)"));
    const QByteArrayView withoutProof = message.first(proofAt);
    const auto attributes = parseAttributes(message);
    if (!attributes || attributes->size() < 3)
        return fail(tr("malformed SCRAM client-final message"));
    const QList<Attribute> &attrs = *attributes;
    if (attrs[0].name != 'c' || attrs[1].name != 'r' || attrs.last().name != 'p')
        return fail(tr("malformed SCRAM client-final message (expected c=, r= and p=)"));
    const std::optional<QByteArray> binding = strictBase64(attrs[0].value);
    if (!binding || *binding != m_gs2Header)
        return fail(tr("the SCRAM channel binding data does not match the gs2 header"));
    if (attrs[1].value != m_nonce)
        return fail(tr("the SCRAM nonce in the client-final message does not match"));
    const std::optional<QByteArray> proof = strictBase64(attrs.last().value);
    if (!proof || proof->size() != hashLength(m_hash))
        return fail(tr("malformed SCRAM client proof"));

    if (!m_userKnown)
        return fail(tr("unknown user \"%1\"").arg(forLog(m_user)));
    QString why;
    const std::optional<QString> password = saslPrep(m_password, &why);
    if (!password)
        return fail(tr("the stored password of user \"%1\" cannot be used with SCRAM (SASLprep)")
                            .arg(forLog(m_user)));

    const QString h = hashName(m_hash);
    const QByteArray saltedPassword = pbkdf2(h, password->toUtf8(), m_salt, m_iterations);
    m_password.clear();
    if (saltedPassword.size() != hashLength(m_hash))
        return fail(tr("QCA failed to compute the SCRAM salted password"));
    const ScramKeys keys = deriveKeys(m_hash, saltedPassword);
    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ','
            + withoutProof.toByteArray();
    // RFC 5802 3: ClientKey := ClientProof XOR ClientSignature, and
    // H(ClientKey) must be StoredKey.
    const QByteArray clientSignature = hmac(h, keys.storedKey, authMessage);
    const QByteArray clientKey = xorBytes(*proof, clientSignature);
    if (!constantTimeEquals(digest(h, clientKey), keys.storedKey))
        return fail(tr("wrong password for user \"%1\"").arg(forLog(m_user)));

    m_authenticated = true;
    m_stage = Stage::Done;
    Step step;
    step.status = Step::Status::Success;
    step.challenge = "v=" + hmac(h, keys.serverKey, authMessage).toBase64();
    return step;
}

} // namespace postscope::auth
