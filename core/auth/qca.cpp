#include "auth/qca.h"

#include <QCoreApplication>
#include <QtCrypto>

namespace postscope::auth {

void ensureQcaInitialized()
{
    // QCA needs one Initializer alive while it is used; a function-local
    // static is created once even when several threads race here (C++11
    // [stmt.dcl]) and lives until exit.
    static QCA::Initializer initializer;
    Q_UNUSED(initializer);
}

QString missingCryptoFeatures(const QStringList &features)
{
    ensureQcaInitialized();
    QStringList missing;
    for (const QString &feature : features) {
        if (!QCA::isSupported(feature.toLatin1().constData()))
            missing << feature;
    }
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate(
                   "postscope::auth",
                   "QCA cannot do %1: is the qca-ossl plugin installed? (plugin folders searched: %2)")
            .arg(missing.join(QStringLiteral(", ")), QCA::pluginPaths().join(QStringLiteral(", ")));
}

QByteArray hmac(const QString &hash, QByteArrayView key, QByteArrayView data)
{
    ensureQcaInitialized();
    const QString type = QStringLiteral("hmac(%1)").arg(hash);
    if (!QCA::isSupported(type.toLatin1().constData()))
        return {};
    // RFC 2104 2: a key shorter than the block is padded with zeros, so the
    // empty key equals the one-byte key "\0". OpenSSL refuses a null key
    // pointer, which is what an empty QCA::SymmetricKey hands it.
    QByteArray keyBytes = key.isEmpty() ? QByteArray(1, '\0') : key.toByteArray();
    QCA::MessageAuthenticationCode mac(type, QCA::SymmetricKey(keyBytes));
    mac.update(QCA::MemoryRegion(data.toByteArray()));
    return mac.final().toByteArray();
}

QByteArray digest(const QString &hash, QByteArrayView data)
{
    ensureQcaInitialized();
    if (!QCA::isSupported(hash.toLatin1().constData()))
        return {};
    return QCA::Hash(hash).hash(QCA::MemoryRegion(data.toByteArray())).toByteArray();
}

QByteArray pbkdf2(const QString &hash, QByteArrayView password, QByteArrayView salt,
                  int iterations)
{
    ensureQcaInitialized();
    if (iterations < 1)
        return {};
    const QString kdf = QStringLiteral("pbkdf2(%1)").arg(hash);
    const QString macType = QStringLiteral("hmac(%1)").arg(hash);
    if (!QCA::isSupported(macType.toLatin1().constData()))
        return {};
    const int length = int(digest(hash, QByteArray()).size());
    if (length == 0)
        return {};
    // QCA::PBKDF2 hands the key straight to OpenSSL, which takes an empty
    // password fine; it crashes when the provider lacks the KDF, hence the
    // isSupported() check.
    if (QCA::isSupported(kdf.toLatin1().constData())) {
        QCA::PBKDF2 derivation(hash);
        const QCA::SymmetricKey key =
                derivation.makeKey(QCA::SecureArray(password.toByteArray()),
                                   QCA::InitializationVector(salt.toByteArray()), uint(length),
                                   uint(iterations));
        if (key.size() == length)
            return key.toByteArray();
    }
    // RFC 5802 2.2 Hi(): U1 = HMAC(str, salt + INT(1)), Ui = HMAC(str, Ui-1),
    // result = U1 XOR U2 XOR ... XOR Ui. One MAC object, re-keyed by
    // process() (clear() sets the key up again), keeps the loop cheap.
    QByteArray keyBytes = password.isEmpty() ? QByteArray(1, '\0') : password.toByteArray();
    QCA::MessageAuthenticationCode mac(macType, QCA::SymmetricKey(keyBytes));
    QByteArray u = mac.process(QCA::MemoryRegion(salt.toByteArray() + QByteArray("\0\0\0\1", 4)))
                           .toByteArray();
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = mac.process(QCA::MemoryRegion(u)).toByteArray();
        if (u.size() != result.size())
            return {};
        for (int j = 0; j < result.size(); ++j)
            result[j] = char(result[j] ^ u[j]);
    }
    return result;
}

QByteArray randomBytes(int count)
{
    ensureQcaInitialized();
    return QCA::Random::randomArray(count).toByteArray();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace postscope::auth
