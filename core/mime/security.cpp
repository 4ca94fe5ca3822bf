#include "mime/security.h"
#include "mime/envelope.h"
#include "mime/filesources.h"

#include "auth/qca.h"
#include "protocol/datatransform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QtCrypto>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

// dkim.h spells its flags with C99's _Bool, which C++ calls bool (the same
// type and ABI); g++ knows _Bool as an extension, clang++ does not.
#define _Bool bool
extern "C" {
#include <opendkim/dkim.h>
}
#undef _Bool

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

QByteArray boundaryFor(const QByteArray &content)
{
    // RFC 2046 5.1.1: the boundary must not occur in the content.
    for (;;) {
        const QByteArray b
            = "=-postscope-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        if (!content.contains(b))
            return b;
    }
}

// RFC 1847 2.1 / RFC 8551 3.5 / RFC 3156 5: the signed entity exactly as
// hashed, then the signature part. The CRLF before each delimiter belongs
// to the delimiter, so the first part's octets are exactly `entity`.
QByteArray multipartSigned(const QByteArray &entity, const QByteArray &protocol,
                           const QByteArray &micalg, const QByteArray &signaturePart)
{
    const QByteArray b = boundaryFor(entity + signaturePart);
    return "Content-Type: multipart/signed; protocol=\"" + protocol + "\"; micalg=" + micalg
        + ";\r\n\tboundary=\"" + b + "\"\r\n\r\n"
        + "This is a cryptographically signed message in MIME format.\r\n\r\n" + "--" + b + "\r\n"
        + entity + "\r\n--" + b + "\r\n" + signaturePart + "\r\n--" + b + "--\r\n";
}

// The entity must end with CRLF for what follows it to stay separate.
QByteArray withFinalCrlf(QByteArray entity)
{
    if (!entity.endsWith("\r\n"))
        entity += "\r\n";
    return entity;
}

QString qcaMissing(const char *feature)
{
    auth::ensureQcaInitialized();
    if (!QCA::isSupported(feature))
        return tr("QCA cannot do %1 here (is its %2 plugin installed?)")
            .arg(QLatin1String(feature),
                 QLatin1String(qstrcmp(feature, "openpgp") == 0 ? "qca-gnupg" : "qca-ossl"));
    return {};
}

QByteArray micalgOf(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(der.size()));
    if (!cms)
        return {};
    QByteArray out;
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms);
    if (signers && sk_CMS_SignerInfo_num(signers) > 0) {
        X509_ALGOR *digest = nullptr;
        CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(signers, 0), nullptr, nullptr, &digest,
                                 nullptr);
        const ASN1_OBJECT *oid = nullptr;
        if (digest)
            X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
        switch (oid ? OBJ_obj2nid(oid) : NID_undef) {
        case NID_sha1:
            out = "sha-1";
            break;
        case NID_sha224:
            out = "sha-224";
            break;
        case NID_sha256:
            out = "sha-256";
            break;
        case NID_sha384:
            out = "sha-384";
            break;
        case NID_sha512:
            out = "sha-512";
            break;
        default:
            break;
        }
    }
    CMS_ContentInfo_free(cms);
    return out;
}

bool loadSmimeSigner(const Security &s, QCA::SecureMessageKey *key, QString *error)
{
    QCA::ConvertResult result;
    QCA::CertificateChain chain;
    QCA::PrivateKey privateKey;
    QFile file(s.smimeCert);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(s.smimeCert, file.errorString());
        return false;
    }
    const QByteArray certData = file.readAll();
    if (certData.contains("-----BEGIN")) {
        const QCA::Certificate cert
            = QCA::Certificate::fromPEM(QString::fromLatin1(certData), &result);
        if (result != QCA::ConvertGood) {
            *error = tr("%1 holds no PEM certificate").arg(s.smimeCert);
            return false;
        }
        chain = QCA::CertificateChain(cert);
        const QString keyFile = s.smimeKey.isEmpty() ? s.smimeCert : s.smimeKey;
        privateKey
            = QCA::PrivateKey::fromPEMFile(keyFile, QCA::SecureArray(s.smimePassphrase), &result);
        if (result != QCA::ConvertGood) {
            *error
                = tr("%1 holds no PEM private key that could be read (--smime-key)").arg(keyFile);
            return false;
        }
    } else {
        // PKCS#12 (RFC 7292): certificate chain and key in one file.
        const QCA::KeyBundle bundle
            = QCA::KeyBundle::fromArray(certData, QCA::SecureArray(s.smimePassphrase), &result);
        if (result != QCA::ConvertGood || bundle.isNull()) {
            *error
                = tr("%1 is neither PEM nor a PKCS#12 bundle that opens with the passphrase given")
                      .arg(s.smimeCert);
            return false;
        }
        chain = bundle.certificateChain();
        privateKey = bundle.privateKey();
    }
    key->setX509CertificateChain(chain);
    key->setX509PrivateKey(privateKey);
    return true;
}

bool runMessage(QCA::SecureMessage &message, const QByteArray &input, QString *error)
{
    message.update(input);
    message.end();
    message.waitForFinished(-1);
    if (!message.success()) {
        *error = tr("the signing or encryption failed (QCA error %1): %2")
                     .arg(int(message.errorCode()))
                     .arg(message.diagnosticText());
        return false;
    }
    return true;
}

QByteArray smimeSign(const QByteArray &entity, const Security &s, QString *error)
{
    if (const QString missing = qcaMissing("cms"); !missing.isEmpty()) {
        *error = missing;
        return {};
    }
    QCA::SecureMessageKey signer;
    if (!loadSmimeSigner(s, &signer, error))
        return {};
    QCA::CMS cms;
    QCA::SecureMessage message(&cms);
    message.setSigner(signer);
    message.setFormat(QCA::SecureMessage::Binary);
    message.startSign(QCA::SecureMessage::Detached);
    if (!runMessage(message, entity, error))
        return {};
    // qca-ossl 2.3 reports "sha1" whatever OpenSSL used: the digest is
    // read from the signature itself (RFC 8551 3.5.3.2 names).
    const QByteArray micalg = micalgOf(message.signature());
    if (micalg.isEmpty()) {
        *error = tr("the S/MIME signature names no digest algorithm that can be declared");
        return {};
    }
    const QByteArray part = "Content-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n"
                            "Content-Transfer-Encoding: base64\r\n"
                            "Content-Disposition: attachment; filename=\"smime.p7s\"\r\n\r\n"
        + base64Lines(message.signature());
    return multipartSigned(entity, "application/pkcs7-signature", micalg, part.chopped(2));
}

// RFC 8551 2.7: AES-128 CBC is the content encryption every agent MUST
// support. qca-ossl 2.3 always encrypts with 3DES and QCA has no way to
// choose a cipher, so the enveloped-data is made with OpenSSL's CMS (the
// same library qca-ossl drives), with AES-128 CBC.
QByteArray smimeEncrypt(const QByteArray &entity, const Security &s, QString *error)
{
    if (s.smimeRecipientCerts.isEmpty()) {
        *error
            = tr("S/MIME encryption needs the recipients' certificates (--smime-recipient-cert)");
        return {};
    }
    STACK_OF(X509) *certs = sk_X509_new_null();
    auto freeCerts = qScopeGuard([&] { sk_X509_pop_free(certs, X509_free); });
    for (const QString &path : s.smimeRecipientCerts) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!cert) {
            *error = tr("%1 holds no PEM certificate").arg(path);
            return {};
        }
        sk_X509_push(certs, cert);
    }
    BIO *in = BIO_new_mem_buf(entity.constData(), int(entity.size()));
    // CMS_BINARY: the entity is already canonical (CRLF); no translation.
    CMS_ContentInfo *cms = CMS_encrypt(certs, in, EVP_aes_128_cbc(), CMS_BINARY);
    BIO_free(in);
    if (!cms) {
        *error = tr("S/MIME encryption failed (OpenSSL CMS)");
        return {};
    }
    BIO *out = BIO_new(BIO_s_mem());
    const bool ok = i2d_CMS_bio(out, cms) == 1;
    CMS_ContentInfo_free(cms);
    char *data = nullptr;
    const long length = BIO_get_mem_data(out, &data);
    const QByteArray der = ok ? QByteArray(data, length) : QByteArray();
    BIO_free(out);
    if (der.isEmpty()) {
        *error = tr("S/MIME encryption failed (OpenSSL CMS)");
        return {};
    }
    // RFC 8551 3.3.
    return "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"smime.p7m\"\r\n\r\n"
        + base64Lines(der);
}

// The gnupg provider's keyring (it runs gpg with GNUPGHOME).
bool findPgpKey(const QString &wanted, bool secret, QCA::KeyStoreEntry *found, QString *error)
{
    QCA::KeyStoreManager::start();
    QCA::KeyStoreManager manager;
    manager.waitForBusyFinished();
    QString needle = wanted.toLower();
    needle.remove(QLatin1Char(' '));
    for (const QString &id : manager.keyStores()) {
        QCA::KeyStore store(id, &manager);
        if (store.type() != QCA::KeyStore::PGPKeyring)
            continue;
        for (const QCA::KeyStoreEntry &entry : store.entryList()) {
            const QCA::PGPKey key = secret ? entry.pgpSecretKey() : entry.pgpPublicKey();
            if (key.isNull())
                continue;
            bool match = key.fingerprint().toLower() == needle
                || key.keyId().toLower().endsWith(needle) || needle.endsWith(key.keyId().toLower());
            for (const QString &uid : key.userIds())
                match = match || uid.toLower().contains(needle);
            if (match) {
                *found = entry;
                return true;
            }
        }
    }
    *error = secret
        ? tr("no OpenPGP secret key matches %1 in the gpg keyring (GNUPGHOME)").arg(wanted)
        : tr("no OpenPGP public key matches %1 in the gpg keyring (GNUPGHOME)").arg(wanted);
    return false;
}

QByteArray pgpSign(const QByteArray &entity, const Security &s, QString *error)
{
    if (const QString missing = qcaMissing("openpgp"); !missing.isEmpty()) {
        *error = missing;
        return {};
    }
    QCA::KeyStoreEntry entry;
    if (!findPgpKey(s.pgpKey, true, &entry, error))
        return {};
    QCA::SecureMessageKey signer;
    signer.setPGPSecretKey(entry.pgpSecretKey());
    QCA::OpenPGP pgp;
    QCA::SecureMessage message(&pgp);
    message.setSigner(signer);
    message.setFormat(QCA::SecureMessage::Ascii);
    message.startSign(QCA::SecureMessage::Detached);
    if (!runMessage(message, entity, error))
        return {};
    QByteArray hash = message.hashName().toLower().toLatin1();
    hash.replace("-", "");
    // RFC 3156 5: micalg is "pgp-" and the hash's name as gpg's --list-config names it.
    const QByteArray micalg = "pgp-" + (hash.isEmpty() ? QByteArrayLiteral("sha256") : hash);
    QByteArray signature = message.signature();
    signature.replace("\r\n", "\n").replace("\n", "\r\n");
    const QByteArray part = "Content-Type: application/pgp-signature; name=\"signature.asc\"\r\n"
                            "Content-Description: OpenPGP digital signature\r\n"
                            "Content-Disposition: attachment; filename=\"signature.asc\"\r\n\r\n"
        + withFinalCrlf(signature);
    return multipartSigned(entity, "application/pgp-signature", micalg, part.chopped(2));
}

QByteArray pgpEncrypt(const QByteArray &entity, const Security &s, QString *error)
{
    if (const QString missing = qcaMissing("openpgp"); !missing.isEmpty()) {
        *error = missing;
        return {};
    }
    if (s.pgpRecipients.isEmpty()) {
        *error = tr("OpenPGP encryption needs the recipients' keys (--pgp-recipient)");
        return {};
    }
    QCA::SecureMessageKeyList recipients;
    for (const QString &wanted : s.pgpRecipients) {
        QCA::KeyStoreEntry entry;
        if (!findPgpKey(wanted, false, &entry, error))
            return {};
        QCA::SecureMessageKey key;
        key.setPGPPublicKey(entry.pgpPublicKey());
        recipients.append(key);
    }
    QCA::OpenPGP pgp;
    QCA::SecureMessage message(&pgp);
    message.setRecipients(recipients);
    message.setFormat(QCA::SecureMessage::Ascii);
    message.startEncrypt();
    if (!runMessage(message, entity, error))
        return {};
    QByteArray armored = message.read();
    armored.replace("\r\n", "\n").replace("\n", "\r\n");
    // RFC 3156 4.
    const QByteArray b = boundaryFor(armored);
    return "Content-Type: multipart/encrypted; "
           "protocol=\"application/pgp-encrypted\";\r\n\tboundary=\""
        + b + "\"\r\n\r\nThis is an OpenPGP/MIME encrypted message (RFC 3156).\r\n\r\n--" + b
        + "\r\nContent-Type: application/pgp-encrypted\r\nContent-Description: PGP/MIME version "
          "identification\r\n\r\nVersion: 1\r\n\r\n--"
        + b
        + "\r\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\r\n"
          "Content-Description: OpenPGP encrypted message\r\n"
          "Content-Disposition: inline; filename=\"encrypted.asc\"\r\n\r\n"
        + withFinalCrlf(armored) + "\r\n--" + b + "--\r\n";
}

} // namespace

QByteArray secureEntity(const QByteArray &entity, const Security &security, QString *error)
{
    QByteArray out = entity;
    const bool smime = security.kind == Security::Kind::Smime;
    if (security.sign) {
        out = smime ? smimeSign(out, security, error) : pgpSign(out, security, error);
        if (out.isEmpty())
            return {};
    }
    if (security.encrypt) {
        out = smime ? smimeEncrypt(withFinalCrlf(out), security, error)
                    : pgpEncrypt(withFinalCrlf(out), security, error);
        if (out.isEmpty())
            return {};
    }
    return out;
}

namespace {

// One libopendkim signing handle, freed on every path.
struct DkimJob
{
    DKIM_LIB *lib = nullptr;
    DKIM *dkim = nullptr;
    ~DkimJob()
    {
        if (dkim)
            dkim_free(dkim);
        if (lib)
            dkim_close(lib);
    }
};

QString dkimError(DKIM *dkim, DKIM_STAT status)
{
    const char *detail = dkim ? dkim_geterror(dkim) : nullptr;
    return tr("DKIM signing failed: %1%2")
        .arg(QString::fromLatin1(dkim_getresultstr(status)),
             detail && *detail ? QStringLiteral(" (%1)").arg(QString::fromLatin1(detail))
                               : QString());
}

// Header section limit for signing: fields past it could not be hashed.
constexpr qsizetype maxHeaderSection = 1 << 20;

} // namespace

QByteArray dkimSignatureField(engine::MessageSource &message, const Security &s, QString *error)
{
    QFile keyFile(s.dkimKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the DKIM key %1: %2").arg(s.dkimKeyFile, keyFile.errorString());
        return {};
    }
    QByteArray key = keyFile.readAll();
    // The key's type picks the algorithm: RSA -> rsa-sha256 (RFC 6376 3.3),
    // Ed25519 -> ed25519-sha256 (RFC 8463).
    BIO *bio = BIO_new_mem_buf(key.constData(), int(key.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey) {
        *error = tr("%1 is not a PEM private key").arg(s.dkimKeyFile);
        return {};
    }
    const int type = EVP_PKEY_get_base_id(pkey);
    EVP_PKEY_free(pkey);
    dkim_alg_t algorithm;
    if (type == EVP_PKEY_RSA) {
        algorithm = DKIM_SIGN_RSASHA256;
    } else if (type == EVP_PKEY_ED25519) {
        algorithm = DKIM_SIGN_ED25519SHA256;
    } else {
        *error = tr("%1: DKIM signs with RSA or Ed25519 keys only").arg(s.dkimKeyFile);
        return {};
    }
    for (const QByteArray &v : {s.dkimDomain, s.dkimSelector}) {
        if (v.isEmpty() || v.contains(';') || v.contains('=') || hasEightBit(v) || v.contains(' ')
            || v.contains('\r') || v.contains('\n')) {
            *error = tr("the DKIM domain and selector must be plain DNS names: %1")
                         .arg(QString::fromUtf8(v));
            return {};
        }
    }

    DkimJob job;
    job.lib = dkim_init(nullptr, nullptr);
    if (!job.lib) {
        *error = tr("libopendkim could not start");
        return {};
    }
    const dkim_canon_t canon = s.dkimCanonicalization == Security::Canonicalization::Relaxed
        ? DKIM_CANON_RELAXED
        : DKIM_CANON_SIMPLE;
    DKIM_STAT status = DKIM_STAT_OK;
    key.append('\0');
    job.dkim = dkim_sign(job.lib, reinterpret_cast<const unsigned char *>("postscope"), nullptr,
                         reinterpret_cast<dkim_sigkey_t>(key.data()),
                         reinterpret_cast<const unsigned char *>(s.dkimSelector.constData()),
                         reinterpret_cast<const unsigned char *>(s.dkimDomain.constData()), canon,
                         canon, algorithm, -1, &status);
    if (!job.dkim || status != DKIM_STAT_OK) {
        *error = dkimError(job.dkim, status);
        return {};
    }
    // One line (about 400 octets, well under 998): libopendkim 2.11 folds
    // the b= tag of an ed25519 signature differently from the form it
    // hashed, which breaks simple header canonicalization.
    dkim_set_margin(job.dkim, 0);

    // The hash covers what the engine will send: its line-ending
    // normaliser runs here too (RFC 5321 2.3.8), not a second one.
    protocol::DataEncoder normaliser(protocol::DataEncoder::Mode::LineEndingsOnly);
    QByteArray head;
    bool inBody = false;
    auto feedBody = [&](QByteArrayView bytes) {
        if (bytes.isEmpty())
            return true;
        status = dkim_body(job.dkim,
                           reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.data())),
                           size_t(bytes.size()));
        return status == DKIM_STAT_OK;
    };
    auto feed = [&](const QByteArray &normalised) {
        if (inBody)
            return feedBody(normalised);
        head += normalised;
        const qsizetype end = headerSectionLength(head);
        if (end < 0) {
            if (head.size() > maxHeaderSection) {
                *error = tr("the header section is larger than 1 MiB: not signed");
                return false;
            }
            return true;
        }
        for (const HeaderField &field : parseHeaderFields(QByteArrayView(head).first(end))) {
            QByteArray raw = head.mid(field.offset, field.length);
            if (raw.endsWith("\r\n"))
                raw.chop(2);
            status = dkim_header(job.dkim, reinterpret_cast<unsigned char *>(raw.data()),
                                 size_t(raw.size()));
            if (status != DKIM_STAT_OK)
                return false;
        }
        status = dkim_eoh(job.dkim);
        if (status != DKIM_STAT_OK)
            return false;
        inBody = true;
        return feedBody(QByteArrayView(head).sliced(end));
    };
    while (!message.atEnd()) {
        const QByteArray chunk = message.read(1 << 20);
        if (chunk.isEmpty()) {
            if (!message.errorString().isEmpty()) {
                *error = message.errorString();
                return {};
            }
            if (!message.atEnd()) {
                *error = tr("the message source stalled while it was being signed");
                return {};
            }
            break;
        }
        if (!feed(normaliser.encode(chunk))) {
            if (error->isEmpty())
                *error = dkimError(job.dkim, status);
            return {};
        }
    }
    if (!feed(normaliser.finish()) || (!inBody && !feed("\r\n"))) {
        if (error->isEmpty())
            *error = dkimError(job.dkim, status);
        return {};
    }
    status = dkim_eom(job.dkim, nullptr);
    if (status != DKIM_STAT_OK) {
        *error = dkimError(job.dkim, status);
        return {};
    }
    unsigned char *header = nullptr;
    size_t length = 0;
    static const char prefix[] = "DKIM-Signature: ";
    status = dkim_getsighdr_d(job.dkim, sizeof(prefix) - 1, &header, &length);
    if (status != DKIM_STAT_OK) {
        *error = dkimError(job.dkim, status);
        return {};
    }
    QByteArray value(reinterpret_cast<const char *>(header), qsizetype(length));
    // libopendkim folds with bare LF and a tab; the wire wants CRLF.
    value.replace("\r\n", "\n").replace("\n", "\r\n");
    return QByteArray(prefix) + value + "\r\n";
}

namespace {

// The e-mail addresses a certificate is issued to: subject emailAddress
// (PKCS #9, still common) and SAN rfc822Name (RFC 5280 4.2.1.6).
QList<QByteArray> certificateAddresses(const QSslCertificate &cert)
{
    QList<QByteArray> out;
    for (const QString &a : cert.subjectInfo(QSslCertificate::EmailAddress))
        out.append(a.trimmed().toUtf8().toLower());
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.constBegin(); it != sans.constEnd(); ++it) {
        if (it.key() == QSsl::EmailEntry)
            out.append(it.value().trimmed().toUtf8().toLower());
    }
    return out;
}

} // namespace

SmimeRecipientMatch matchSmimeRecipients(const QStringList &sources,
                                         const QList<QByteArray> &recipients)
{
    SmimeRecipientMatch match;
    QStringList files;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (info.isDir()) {
            QDir dir(source);
            const QStringList names = dir.entryList(
                {QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer")},
                QDir::Files | QDir::Readable, QDir::Name);
            for (const QString &name : names)
                files.append(dir.filePath(name));
        } else {
            files.append(source);
        }
        if (files.size() > maxCertificateFiles) {
            match.unreadable.append(tr("%1: more than %2 certificate files; the rest are not read")
                                        .arg(source)
                                        .arg(maxCertificateFiles));
            files.resize(maxCertificateFiles);
            break;
        }
    }
    // Address -> the first file (in the order given) whose certificate names it.
    QHash<QByteArray, QString> byAddress;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            match.unreadable.append(tr("%1: %2").arg(path, file.errorString()));
            continue;
        }
        const QByteArray pem = file.read(maxCertificateFileBytes + 1);
        if (pem.size() > maxCertificateFileBytes) {
            match.unreadable.append(tr("%1: larger than 1 MiB, not a certificate").arg(path));
            continue;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty()) {
            match.unreadable.append(tr("%1: holds no PEM certificate").arg(path));
            continue;
        }
        const QSslCertificate &cert = certs.first();
        if (cert.effectiveDate() > now || cert.expiryDate() < now)
            continue;
        for (const QByteArray &address : certificateAddresses(cert)) {
            if (!byAddress.contains(address))
                byAddress.insert(address, path);
        }
    }
    for (const QByteArray &recipient : recipients) {
        const QString path = byAddress.value(recipient.toLower());
        if (path.isEmpty()) {
            if (!match.missing.contains(recipient))
                match.missing.append(recipient);
        } else if (!match.certificates.contains(path)) {
            match.certificates.append(path);
        }
    }
    return match;
}

QString selectSmimeRecipients(Security *security, const QList<QByteArray> &recipients)
{
    if (security->kind != Security::Kind::Smime || !security->encrypt)
        return {};
    const SmimeRecipientMatch match
        = matchSmimeRecipients(security->smimeRecipientCerts, recipients);
    if (!match.complete()) {
        QStringList names;
        for (const QByteArray &a : match.missing)
            names.append(QString::fromUtf8(a));
        QString text = tr("No S/MIME certificate to encrypt to for: %1 (RFC 8551 3.3 needs one "
                          "per recipient; add it to the account's recipient certificates).")
                           .arg(names.join(QStringLiteral(", ")));
        if (!match.unreadable.isEmpty())
            text += QLatin1Char(' ')
                + tr("Not read: %1.").arg(match.unreadable.join(QStringLiteral("; ")));
        return text;
    }
    security->smimeRecipientCerts = match.certificates;
    return {};
}

} // namespace postscope::mime
