#include "session/clientcertificate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace postscope::session {

namespace {

using Status = ClientCertificateLoad::Status;

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::session::ClientCertificate", text);
}

ClientCertificateLoad failure(Status status, const QString &text)
{
    return ClientCertificateLoad {status, text};
}

// The file's octets, at most maxClientCertificateFile of them.
bool readBounded(const QString &path, QByteArray *data, ClientCertificateLoad *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = failure(
            Status::Unreadable,
            tr("The client certificate file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    *data = file.read(maxClientCertificateFile + 1);
    if (data->size() > maxClientCertificateFile) {
        *error
            = failure(Status::Unreadable,
                      tr("The file %1 is larger than 1 MiB: not a certificate or key.").arg(path));
        return false;
    }
    return true;
}

bool isEncryptedPem(const QByteArray &pem)
{
    // PKCS#8 "ENCRYPTED PRIVATE KEY" or the traditional "Proc-Type: 4,ENCRYPTED".
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || pem.contains("Proc-Type: 4,ENCRYPTED");
}

bool hasPemKey(const QByteArray &pem)
{
    return pem.contains("PRIVATE KEY-----");
}

// Qt 6.4 needs the algorithm named: the ones it can use, in turn.
QSslKey readPemKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

ClientCertificateLoad loadPkcs12(const QString &path, const QByteArray &passphrase,
                                 SessionOptions *options)
{
    QByteArray data;
    ClientCertificateLoad error;
    if (!readBounded(path, &data, &error))
        return error;
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    auto import = [&](const QByteArray &pass) {
        QByteArray copy = data;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, pass);
    };
    if (!import(passphrase)) {
        if (passphrase.isEmpty())
            return failure(Status::NeedsPassphrase,
                           tr("The PKCS#12 file %1 needs its passphrase (--key-passphrase-env, or "
                              "the account's key passphrase in the keychain).")
                               .arg(path));
        return failure(Status::WrongPassphrase,
                       tr("The PKCS#12 file %1 could not be opened with the passphrase given (a "
                          "wrong passphrase, or not PKCS#12).")
                           .arg(path));
    }
    if (certificate.isNull())
        return failure(Status::NoCertificate,
                       tr("The PKCS#12 file %1 holds no certificate.").arg(path));
    if (key.isNull())
        return failure(Status::NoKey, tr("The PKCS#12 file %1 holds no private key.").arg(path));
    options->clientCertificate = certificate;
    options->clientKey = key;
    options->clientCertificateChain = chain;
    return {};
}

} // namespace

bool isPkcs12File(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("p12") || suffix == QLatin1String("pfx"))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // DER starts with a SEQUENCE (0x30); PEM is text.
    const QByteArray head = file.read(1);
    return head.size() == 1 && uchar(head.at(0)) == 0x30;
}

ClientCertificateLoad loadClientCertificate(const QString &certificatePath, const QString &keyPath,
                                            const QByteArray &passphrase, SessionOptions *options)
{
    if (certificatePath.isEmpty())
        return failure(Status::NoCertificate, tr("A client key needs its certificate."));
    if (isPkcs12File(certificatePath)) {
        if (!keyPath.isEmpty())
            return failure(Status::NoKey,
                           tr("%1 is PKCS#12 and holds its key: leave out the separate key file.")
                               .arg(certificatePath));
        return loadPkcs12(certificatePath, passphrase, options);
    }
    QByteArray certificatePem;
    ClientCertificateLoad error;
    if (!readBounded(certificatePath, &certificatePem, &error))
        return error;
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty())
        return failure(Status::NoCertificate,
                       tr("%1 holds no PEM certificate.").arg(certificatePath));
    QByteArray keyPem;
    QString keyFile = keyPath;
    if (keyPath.isEmpty()) {
        keyPem = certificatePem;
        keyFile = certificatePath;
        if (!hasPemKey(keyPem))
            return failure(Status::NoKey,
                           tr("%1 holds no private key: name the key file (--client-key).")
                               .arg(certificatePath));
    } else if (!readBounded(keyPath, &keyPem, &error)) {
        return error;
    } else if (!hasPemKey(keyPem)) {
        return failure(Status::NoKey, tr("%1 holds no PEM private key.").arg(keyPath));
    }
    const bool encrypted = isEncryptedPem(keyPem);
    if (encrypted && passphrase.isEmpty())
        return failure(Status::NeedsPassphrase,
                       tr("The private key %1 is encrypted and needs its passphrase "
                          "(--key-passphrase-env, or the account's key passphrase in the "
                          "keychain).")
                           .arg(keyFile));
    const QSslKey key = readPemKey(keyPem, passphrase);
    if (key.isNull()) {
        if (encrypted)
            return failure(
                Status::WrongPassphrase,
                tr("The private key %1 did not decrypt with the passphrase given.").arg(keyFile));
        return failure(Status::UnsupportedKey,
                       tr("The private key %1 cannot be used (Qt takes RSA, EC, DSA and DH keys).")
                           .arg(keyFile));
    }
    options->clientCertificate = certificates.first();
    options->clientKey = key;
    options->clientCertificateChain = certificates.mid(1);
    return {};
}

} // namespace postscope::session
