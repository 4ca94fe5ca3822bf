#include "tlsoptions.h"

#include "accounts/secretstore.h"
#include "session/clientcertificate.h"

#include "clientoptions.h"

#include <QCoreApplication>
#include <QFileInfo>

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
                     const accounts::Account *account, bool loadCertificate)
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
    const bool fromAccount = !cert && account && !account->clientCertificate.isNull();
    if (key && !cert) {
        *error = tr("--client-key needs --client-cert");
        return false;
    }
    if (passEnv && !cert && !fromAccount) {
        *error = tr("--key-passphrase-env needs --client-cert");
        return false;
    }
    if ((!cert && !fromAccount) || !loadCertificate)
        return true;
    if (!options->socketPath.isEmpty()) {
        if (fromAccount)
            return true; // no TLS over a Unix socket: the account's certificate has no use
        *error = tr("--client-cert does not apply to --socket (no TLS there)");
        return false;
    }
    const QString certificatePath = cert ? p.value(QStringLiteral("client-cert"))
                                         : account->clientCertificate.certificatePath;
    const QString keyPath
        = cert ? p.value(QStringLiteral("client-key")) : account->clientCertificate.keyPath;
    QByteArray passphrase;
    if (passEnv) {
        const QString var = p.value(QStringLiteral("key-passphrase-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error = tr("--key-passphrase-env: the environment variable %1 is not set").arg(var);
            return false;
        }
        passphrase = qgetenv(var.toLocal8Bit().constData());
    }
    session::ClientCertificateLoad load
        = session::loadClientCertificate(certificatePath, keyPath, passphrase, options);
    if (load.status == session::ClientCertificateLoad::Status::NeedsPassphrase && account
        && !account->builtIn && !passEnv) {
        // The account's key passphrase lives in the keychain only.
        accounts::SecretStore secrets;
        const accounts::SecretResult r
            = secrets.readBlocking(account->name, accounts::SecretKind::KeyPassphrase);
        if (r.ok()) {
            passphrase = r.secret.toUtf8();
            load = session::loadClientCertificate(certificatePath, keyPath, passphrase, options);
        } else {
            load.error += QLatin1Char(' ')
                + tr("(the keychain gave none for the account '%1': %2)")
                      .arg(account->name, r.errorText);
        }
    }
    passphrase.fill('\0');
    if (!load.ok()) {
        *error = load.error;
        return false;
    }
    return true;
}

void takeTlsSettings(const ClientCommand &command, accounts::Account *account)
{
    const QCommandLineParser &p = command.parser();
    if (p.isSet(QStringLiteral("tls-min")))
        account->tlsMinimum = command.sessionOptions().tlsMinimum;
    if (p.isSet(QStringLiteral("client-cert"))) {
        account->clientCertificate.certificatePath
            = QFileInfo(p.value(QStringLiteral("client-cert"))).absoluteFilePath();
        account->clientCertificate.keyPath = p.isSet(QStringLiteral("client-key"))
            ? QFileInfo(p.value(QStringLiteral("client-key"))).absoluteFilePath()
            : QString();
    }
}

void printTrustExceptions(const accounts::Account &account)
{
    for (const accounts::TrustException &t : account.trustExceptions) {
        QString line = QStringLiteral("    ")
            + tr("trusts %1 for %2").arg(QString::fromLatin1(t.sha256), t.host);
        if (!t.subject.isEmpty())
            line += QStringLiteral(" (%1)").arg(t.subject);
        line += QLatin1Char(' ') + tr("since %1").arg(t.added.toString(Qt::ISODate));
        if (!t.note.isEmpty())
            line += QStringLiteral(": ") + t.note;
        out(line + QLatin1Char('\n'));
    }
    if (!account.clientCertificate.isNull())
        out(QStringLiteral("    ")
            + tr("client certificate %1").arg(account.clientCertificate.certificatePath)
            + QLatin1Char('\n'));
    if (account.tlsMinimum != session::TlsVersion::Any)
        out(QStringLiteral("    ")
            + tr("TLS %1 or later").arg(session::tlsVersionName(account.tlsMinimum))
            + QLatin1Char('\n'));
}

} // namespace postscope::cli
