#include "sandbox/sandboxcertificate.h"

#include "auth/qca.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtCrypto>

namespace postscope::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox::SandboxCertificate", text);
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
        if (c.isValid() && c.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1))
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

    auth::ensureQcaInitialized();
    const QString missing = auth::missingCryptoFeatures({QStringLiteral("rsa"), QStringLiteral("cert")});
    if (!missing.isEmpty()) {
        c.error = missing;
        return c;
    }
    QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    if (key.isNull()) {
        c.error = tr("QCA could not generate an RSA key");
        return c;
    }
    QCA::CertificateOptions opts;
    QCA::CertificateInfo info;
    info.insert(QCA::CommonName, QStringLiteral("localhost"));
    info.insert(QCA::Organization, QStringLiteral("Postscope sandbox"));
    info.insert(QCA::DNS, QStringLiteral("localhost"));
    // No IP address SAN: qca-ossl 2.3 writes any QCA::IPAddress as 0.0.0.0,
    // which would be a wrong name in the certificate. Clients that verify
    // connect to "localhost" or pin the fingerprint (--trust-fingerprint).
    opts.setInfo(info);
    QCA::Constraints constraints;
    constraints << QCA::ConstraintType(QCA::DigitalSignature) << QCA::ConstraintType(QCA::KeyEncipherment)
                << QCA::ConstraintType(QCA::ServerAuth);
    opts.setConstraints(constraints);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    opts.setValidityPeriod(now.addDays(-1), now.addYears(5));
    opts.setSerialNumber(QCA::BigInteger(static_cast<int>(now.toSecsSinceEpoch() & 0x7fffffff)));
    QCA::Certificate cert(opts, key);
    if (cert.isNull()) {
        c.error = tr("QCA could not make a self-signed certificate");
        return c;
    }
    QString err;
    const QByteArray keyPem = key.toPEM().toUtf8();
    const QByteArray certPem = cert.toPEM().toUtf8();
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
