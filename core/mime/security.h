#pragma once
// Signing and encryption of a built message: S/MIME (RFC 8551, through
// QCA's CMS), OpenPGP/MIME (RFC 3156, through QCA's openpgp provider, which
// drives gpg with the user's GNUPGHOME) and DKIM (RFC 6376 and RFC 8463,
// through libopendkim). The MIME structures are written here; the
// cryptography is the libraries'.

#include "engine/messagesource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postscope::mime {

struct Security
{
    enum class Kind { None, Smime, OpenPgp };
    Kind kind = Kind::None;
    bool sign = false;
    bool encrypt = false;
    // S/MIME: the signer's certificate (PEM, or PKCS#12 holding the key too),
    // its key (PEM) and the PKCS#12 passphrase; certificates to encrypt to.
    QString smimeCert;
    QString smimeKey;
    QByteArray smimePassphrase;
    QStringList smimeRecipientCerts;
    // OpenPGP: the signing key and the keys to encrypt to (fingerprint, key
    // id or address, as gpg finds them in GNUPGHOME).
    QString pgpKey;
    QStringList pgpRecipients;

    // DKIM (RFC 6376): signs the final message when domain is set.
    enum class Canonicalization { Relaxed, Simple };
    QByteArray dkimDomain;
    QByteArray dkimSelector;
    QString dkimKeyFile; // PEM private key: RSA (rsa-sha256) or Ed25519 (ed25519-sha256, RFC 8463)
    Canonicalization dkimCanonicalization = Canonicalization::Relaxed;

    bool wrapsBody() const { return kind != Kind::None && (sign || encrypt); }
    bool dkim() const { return !dkimDomain.isEmpty(); }
};

// A MIME entity (Content-* header fields, empty line, body; CRLF line
// endings) wrapped as security asks: multipart/signed and/or
// application/pkcs7-mime (S/MIME), multipart/signed and/or
// multipart/encrypted (OpenPGP). Signing comes first, then encryption of
// the signed entity (RFC 8551 3.7, RFC 3156 6.1). Returns the new entity,
// or an empty array with *error set.
QByteArray secureEntity(const QByteArray &entity, const Security &security, QString *error);

// The DKIM-Signature field (with its CRLF) for the message that source
// yields, exactly as it will be sent: line endings are normalised as the
// client engine normalises them before the hash. Reads the whole source
// once in pieces (bounded memory). Empty with *error on failure.
QByteArray dkimSignatureField(engine::MessageSource &message, const Security &security,
                              QString *error);

} // namespace postscope::mime
