#include "tlsoptions.h"

#include "session/clientcertificate.h"

#include <QCoreApplication>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

} // namespace

void addTlsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("tls-min"),
         tr("The lowest TLS version to accept: 1.2 or 1.3 (default: what OpenSSL allows, 1.2 on "
            "Debian). A server that offers only older versions fails the handshake (exit 6)."),
         QStringLiteral("VERSION")},
        {QStringLiteral("client-cert"),
         tr("Present this client certificate when the server asks for one: PEM (with the key, "
            "or see --client-key) or PKCS#12 (.p12/.pfx)."),
         QStringLiteral("FILE")},
        {QStringLiteral("client-key"), tr("The client certificate's private key (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("key-passphrase-env"),
         tr("Read the passphrase of an encrypted client key or PKCS#12 file from this environment "
            "variable (never from the command line)."),
         QStringLiteral("VAR")},
    });
}

bool applyTlsOptions(const QCommandLineParser &p, session::SessionOptions *options, QString *error,
                     const QByteArray &accountPassphrase)
{
    if (p.isSet(QStringLiteral("tls-min"))) {
        const QString text = p.value(QStringLiteral("tls-min"));
        session::TlsVersion version;
        // RFC 8996: TLS 1.0 and 1.1 are not a minimum worth asking for.
        if (!session::parseTlsVersion(text, &version)
            || (version != session::TlsVersion::Tls1_2 && version != session::TlsVersion::Tls1_3)) {
            *error = tr("--tls-min must be 1.2 or 1.3, not '%1'").arg(text);
            return false;
        }
        options->tlsMinimum = version;
    }
    const bool cert = p.isSet(QStringLiteral("client-cert"));
    const bool key = p.isSet(QStringLiteral("client-key"));
    const bool passEnv = p.isSet(QStringLiteral("key-passphrase-env"));
    if (key && !cert) {
        *error = tr("--client-key needs --client-cert");
        return false;
    }
    if (passEnv && !cert) {
        *error = tr("--key-passphrase-env needs --client-cert");
        return false;
    }
    if (!cert)
        return true;
    if (!options->socketPath.isEmpty()) {
        *error = tr("--client-cert does not apply to --socket (no TLS there)");
        return false;
    }
    QByteArray passphrase = accountPassphrase;
    if (passEnv) {
        const QString var = p.value(QStringLiteral("key-passphrase-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error = tr("--key-passphrase-env: the environment variable %1 is not set").arg(var);
            return false;
        }
        passphrase = qgetenv(var.toLocal8Bit().constData());
    }
    const session::ClientCertificateLoad load = session::loadClientCertificate(
        p.value(QStringLiteral("client-cert")), p.value(QStringLiteral("client-key")), passphrase,
        options);
    passphrase.fill('\0');
    if (!load.ok()) {
        *error = load.error;
        return false;
    }
    return true;
}

} // namespace postscope::cli
