#pragma once
// The QCA primitives core/auth needs (HMAC, hashes, PBKDF2, random bytes),
// behind one process-wide QCA::Initializer. Every function here makes sure
// QCA is initialised first, so callers never need a QCA::Initializer of
// their own.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace postscope::auth {

// Creates the process-wide QCA::Initializer on first use (a function-local
// static, so this is thread-safe) and keeps it until exit.
void ensureQcaInitialized();

// Empty when QCA can do every feature named ("hmac(md5)", "sha256", ...);
// otherwise a sentence naming what is missing and where plugins were looked
// for (the qca-ossl plugin provides all of them).
QString missingCryptoFeatures(const QStringList &features);

// HMAC (RFC 2104) with hash "md5", "sha1" or "sha256". Empty on failure
// (the feature is missing; check missingCryptoFeatures() first).
QByteArray hmac(const QString &hash, QByteArrayView key, QByteArrayView data);
// A plain digest with hash "md5", "sha1" or "sha256". Empty on failure.
QByteArray digest(const QString &hash, QByteArrayView data);
// PBKDF2 (RFC 8018 5.2) with HMAC-hash and an output of one hash length,
// which is exactly SCRAM's Hi() (RFC 5802 2.2). Uses QCA::PBKDF2 when the
// provider offers it for this hash, HMAC iterations otherwise (qca-ossl has
// pbkdf2(sha1) but not pbkdf2(sha256)). Empty on failure or iterations < 1.
QByteArray pbkdf2(const QString &hash, QByteArrayView password, QByteArrayView salt,
                  int iterations);
// Cryptographically random bytes from QCA::Random.
QByteArray randomBytes(int count);
// Compares without an early exit, so timing does not tell how much matched.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace postscope::auth
