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

// S/MIME encryption needs one certificate per recipient (RFC 8551 2.3,
// 3.3). sources are PEM files (the first certificate of each counts, as
// secureEntity reads them) and directories of such files (*.pem, *.crt,
// *.cer; not recursive). A certificate matches a recipient when its
// subject's emailAddress or a SAN rfc822Name (RFC 5280 4.2.1.6) is that
// address, compared case-insensitively (RFC 8551 3.1 leaves the local part
// to the domain; agents in practice ignore its case). Expired or not yet
// valid certificates are skipped. Bounded: at most maxCertificateFiles
// files are read, each up to maxCertificateFileBytes.
struct SmimeRecipientMatch
{
    QStringList certificates; // one file per matched recipient, in recipient order, no repeats
    QList<QByteArray> missing; // recipients with no certificate
    QStringList unreadable; // "path: why" for sources that could not be read
    bool complete() const { return missing.isEmpty(); }
};
constexpr int maxCertificateFiles = 1000;
constexpr qint64 maxCertificateFileBytes = 1 << 20;
SmimeRecipientMatch matchSmimeRecipients(const QStringList &sources,
                                         const QList<QByteArray> &recipients);

// The same rule for one message: when security asks for S/MIME
// encryption, its smimeRecipientCerts (the account's sources) become the
// matched certificates of recipients. "" when done; else one sentence
// naming the recipients without a certificate (nothing is changed).
QString selectSmimeRecipients(Security *security, const QList<QByteArray> &recipients);

} // namespace postscope::mime
