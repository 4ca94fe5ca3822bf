#include "sandbox/sandboxcertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace postscope::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox", text);
}

// A self-signed RSA 2048 / SHA-256 certificate for localhost, 127.0.0.1 and
// ::1, straight from OpenSSL: qca-ossl 2.3 writes every IP address
// subjectAltName as 0.0.0.0, and a client that verifies the address the user
// typed (127.0.0.1) needs the real one (RFC 6125 6.2.1).
QString generateSelfSigned(QByteArray *certPem, QByteArray *keyPem)
{
    using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
    using Cert = std::unique_ptr<X509, decltype(&X509_free)>;
    using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
    Key key(EVP_RSA_gen(2048), EVP_PKEY_free);
    if (!key)
        return tr("OpenSSL could not generate an RSA key");
    Cert cert(X509_new(), X509_free);
    if (!cert)
        return tr("OpenSSL could not make a certificate");
    X509 *x = cert.get();
    X509_set_version(x, 2); // v3
    {
        std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(BN_new(), BN_free);
        if (!serial || !BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
            || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x)))
            return tr("OpenSSL could not make a serial number");
    }
    X509_gmtime_adj(X509_getm_notBefore(x), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 5L * 365 * 24 * 3600);
    X509_set_pubkey(x, key.get());
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Postscope sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    const std::pair<int, const char *> extensions[] = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
        {NID_ext_key_usage, "serverAuth"},
        {NID_subject_key_identifier, "hash"},
        {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
    };
    for (const auto &[nid, value] : extensions) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        if (!ext)
            return tr("OpenSSL could not add a certificate extension");
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(x, key.get(), EVP_sha256()) <= 0)
        return tr("OpenSSL could not sign the certificate");

    auto toPem = [](auto write) {
        Bio bio(BIO_new(BIO_s_mem()), BIO_free);
        if (!bio || !write(bio.get()))
            return QByteArray();
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, size);
    };
    *certPem = toPem([&](BIO *b) { return PEM_write_bio_X509(b, x) == 1; });
    *keyPem = toPem([&](BIO *b) {
        return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    });
    if (certPem->isEmpty() || keyPem->isEmpty())
        return tr("OpenSSL could not write the certificate as PEM");
    return {};
}

bool writePrivate(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms, QString *error)
{
    QFile f(path);
    // Create with the final permissions before any secret is written.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    f.setPermissions(perms);
    if (f.write(bytes) != bytes.size()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

QString SandboxCertificate::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
}

SandboxCertificate SandboxCertificate::load(const QString &certificatePath, const QString &keyPath)
{
    SandboxCertificate c;
    c.certificatePath = certificatePath;
    c.keyPath = keyPath;
    QFile cf(certificatePath);
    QFile kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly)) {
        c.error = tr("Cannot read the certificate %1: %2").arg(certificatePath, cf.errorString());
        return c;
    }
    if (!kf.open(QIODevice::ReadOnly)) {
        c.error = tr("Cannot read the key %1: %2").arg(keyPath, kf.errorString());
        return c;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certs.isEmpty()) {
        c.error = tr("No PEM certificate in %1").arg(certificatePath);
        return c;
    }
    if (key.isNull()) {
        c.error = tr("No usable PEM private key in %1").arg(keyPath);
        return c;
    }
    c.certificate = certs.first();
    c.key = key;
    return c;
}

SandboxCertificate SandboxCertificate::loadOrCreate(const QString &folder)
{
    const QString certPath = folder + QStringLiteral("/sandbox-cert.pem");
    const QString keyPath = folder + QStringLiteral("/sandbox-key.pem");
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        SandboxCertificate c = load(certPath, keyPath);
        if (c.isValid() && c.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1)
            && c.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")))
            return c;
    }

    SandboxCertificate c;
    c.certificatePath = certPath;
    c.keyPath = keyPath;
    if (!QDir().mkpath(folder)) {
        c.error = tr("Cannot create the folder %1").arg(folder);
        return c;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QByteArray certPem;
    QByteArray keyPem;
    if (const QString why = generateSelfSigned(&certPem, &keyPem); !why.isEmpty()) {
        c.error = why;
        return c;
    }
    QString err;
    if (!writePrivate(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &err)) {
        c.error = tr("Cannot write the key %1: %2").arg(keyPath, err);
        return c;
    }
    if (!writePrivate(certPath, certPem,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                      &err)) {
        c.error = tr("Cannot write the certificate %1: %2").arg(certPath, err);
        return c;
    }
    c = load(certPath, keyPath);
    c.generated = c.isValid();
    return c;
}

} // namespace postscope::sandbox
