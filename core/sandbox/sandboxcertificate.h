#pragma once
// The sandbox's own TLS identity: a self-signed RSA certificate for
// localhost, 127.0.0.1 and ::1 (CN and SANs), generated on first use and kept in a
// folder (by default the app data folder's "sandbox"), key file mode 0600.

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace postscope::sandbox {

struct SandboxCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
    QString error;        // non-empty: no usable certificate
    bool generated = false;

    bool isValid() const { return error.isEmpty() && !certificate.isNull() && !key.isNull(); }

    // The default folder: QStandardPaths::AppDataLocation + "/sandbox".
    static QString defaultFolder();
    // Loads folder/sandbox-cert.pem and folder/sandbox-key.pem, generating
    // them first when they do not exist.
    static SandboxCertificate loadOrCreate(const QString &folder = defaultFolder());
    // Loads a given pair (PEM).
    static SandboxCertificate load(const QString &certificatePath, const QString &keyPath);
    Q_DECLARE_TR_FUNCTIONS(postscope::sandbox::SandboxCertificate)
};

} // namespace postscope::sandbox
