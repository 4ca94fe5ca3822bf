#pragma once
// A TLS client certificate from files (RFC 8446 4.4.2, RFC 5246 7.4.6):
// PEM certificate and key (in one file or two, the key possibly encrypted)
// or PKCS#12 (.p12/.pfx, RFC 7292). Used by --client-cert/--client-key and
// by an account's clientCertificate; the passphrase comes from the caller
// (the keychain's KeyPassphrase, --key-passphrase-env), never from here.

#include "session/smtpsession.h"

#include <QByteArray>
#include <QString>

namespace postscope::session {

struct ClientCertificateLoad
{
    enum class Status {
        Loaded,
        Unreadable, // a file cannot be read, or is too large
        NoCertificate, // no certificate in the file
        NoKey, // no private key found (PEM without a key and no key file)
        NeedsPassphrase, // the key (or PKCS#12 file) is encrypted, no passphrase given
        WrongPassphrase, // it did not decrypt with the one given
        UnsupportedKey, // a key type Qt cannot use (Qt 6.4: RSA, EC, DSA, DH)
    };
    Status status = Status::Loaded;
    QString error; // one translated sentence naming the file
    bool ok() const { return status == Status::Loaded; }
};

// Bounds: a certificate, key or PKCS#12 file is a few KiB.
constexpr qint64 maxClientCertificateFile = 1 << 20;

// True for a file that is PKCS#12 (DER, or named .p12/.pfx) rather than PEM.
bool isPkcs12File(const QString &path);

// Reads certificatePath (PEM or PKCS#12) and keyPath (PEM; empty when the
// certificate file holds the key) into options->clientCertificate,
// clientKey and clientCertificateChain. passphrase decrypts an encrypted
// PEM key or the PKCS#12 file; empty when there is none.
ClientCertificateLoad loadClientCertificate(const QString &certificatePath, const QString &keyPath,
                                            const QByteArray &passphrase, SessionOptions *options);

} // namespace postscope::session
