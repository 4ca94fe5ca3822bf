// postscope-cli account trust / untrust (CLI.md "Accounts"): trust exactly
// one certificate, by its SHA-256, for an account's host although it does
// not verify (a lab server, a self-signed submission port), or take that
// back. Never a blanket "ignore errors": the session accepts the exact leaf
// only (core/accounts TrustException, SessionOptions::trustedCertificates),
// and a changed certificate fails again saying what changed.
#include "clientoptions.h"
#include "commands.h"

#include "accounts/accountstore.h"
#include "diagnostics/serverprobe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QSettings>

namespace postscope::cli {

using accounts::Account;
using accounts::AccountStore;
using accounts::TrustException;

namespace {

// The settings could not be read or written (CLI.md exit codes).
constexpr int exitSettings = exitStorage;

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::account", text);
}

QString sha256Of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

// The certificate the account's server presents now, accepted only if it
// is exactly `wanted` (so nothing else is trusted on the way); null when
// the server cannot be reached or shows another one (*why says which).
QSslCertificate presentedLeaf(const Account &account, const QByteArray &wanted, QString *why)
{
    QString error;
    std::optional<session::SessionOptions> options = account.sessionOptions(&error);
    if (!options) {
        *why = error;
        return QSslCertificate();
    }
    options->trustedCertificates.clear();
    options->trustedFingerprint = wanted;
    diagnostics::ServerProbe probe(*options);
    QEventLoop loop;
    QObject::connect(&probe, &session::SessionJob::finished, &loop, &QEventLoop::quit);
    probe.start();
    if (!probe.isFinished())
        loop.exec();
    const QList<QSslCertificate> &chain = probe.report().tlsInfo.chain.isEmpty()
        ? probe.session().tlsInfo().chain
        : probe.report().tlsInfo.chain;
    if (chain.isEmpty()) {
        *why = probe.error() ? probe.error().message : tr("no TLS certificate was presented");
        return QSslCertificate();
    }
    if (sha256Of(chain.first()).toLatin1() != wanted) {
        *why = tr("the server presents the certificate %1 (%2), not %3")
                   .arg(sha256Of(chain.first()), chain.first().subjectDisplayName(),
                        QString::fromLatin1(wanted));
        return QSslCertificate();
    }
    return chain.first();
}

} // namespace

int runAccountTrust(const QStringList &args)
{
    const QString command = QStringLiteral("account trust");
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Trust exactly one certificate (its SHA-256 fingerprint) for the account's host, "
           "although it does not verify. Unless --offline, the server is asked for it first: "
           "its subject, issuer and validity are kept, so that a changed certificate can say "
           "what changed, and a fingerprint the server does not present is refused."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    p.addOptions({
        {QStringLiteral("fingerprint"),
         tr("The certificate's SHA-256 fingerprint: 64 hex digits, colons allowed (as probe "
            "shows it)."),
         QStringLiteral("SHA256")},
        {QStringLiteral("note"), tr("Why it is trusted."), QStringLiteral("TEXT")},
        {QStringLiteral("host"), tr("The host it is trusted for (default: the account's)."),
         QStringLiteral("HOST")},
        {QStringLiteral("offline"),
         tr("Do not connect: keep only the fingerprint (a changed certificate then says only "
            "that the fingerprint changed).")},
        {QStringLiteral("json"), tr("Print the account as one JSON object afterwards.")},
    });
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return commandFail(command, tr("needs exactly one account NAME"), exitUsage);
    if (!p.isSet(QStringLiteral("fingerprint")))
        return commandFail(command, tr("needs --fingerprint SHA256"), exitUsage);
    const QString name = p.positionalArguments().first();

    QSettings settings;
    AccountStore store(&settings);
    QString error;
    if (!store.load(&error) && store.isReadOnly())
        return commandFail(command, error, exitSettings);
    std::optional<Account> account = store.find(name);
    if (!account)
        return commandFail(command, tr("no account named \"%1\"").arg(name), exitUsage);
    if (account->builtIn)
        return commandFail(command, tr("the sandbox account trusts its own certificate already"),
                    exitUsage);

    TrustException exception;
    if (!exception.setFingerprint(p.value(QStringLiteral("fingerprint"))))
        return commandFail(command,
                    tr("--fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed"),
                    exitUsage);
    exception.host
        = p.isSet(QStringLiteral("host")) ? p.value(QStringLiteral("host")) : account->host;
    exception.note = p.value(QStringLiteral("note"));
    exception.added = QDateTime::currentDateTimeUtc();
    if (!p.isSet(QStringLiteral("offline"))) {
        QString why;
        Account target = *account;
        target.host = exception.host;
        const QSslCertificate leaf = presentedLeaf(target, exception.sha256, &why);
        if (leaf.isNull())
            return commandFail(command,
                        tr("not trusted: %1 (use --offline to keep the fingerprint without "
                           "asking the server)")
                            .arg(why),
                        6);
        TrustException full = TrustException::forCertificate(exception.host, leaf, exception.note);
        full.added = exception.added;
        exception = full;
    }
    if (!account->addTrustException(exception, &error))
        return commandFail(command, error, exitUsage);
    if (!store.update(*account, &error))
        return commandFail(command, error, exitSettings);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(account->toJson());
    } else {
        out(tr("%1: trusts %2 for %3%4\n")
                .arg(name, QString::fromLatin1(exception.sha256), exception.host,
                     exception.subject.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(exception.subject)));
    }
    return 0;
}

int runAccountUntrust(const QStringList &args)
{
    const QString command = QStringLiteral("account untrust");
    QCommandLineParser p;
    p.setApplicationDescription(tr("Stop trusting a certificate the account trusts by exception."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    p.addPositionalArgument(QStringLiteral("FINGERPRINT"),
                            tr("The certificate's SHA-256 fingerprint (colons allowed)."));
    p.addOption(
        {QStringLiteral("host"), tr("Only the exception for this host."), QStringLiteral("HOST")});
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    if (p.positionalArguments().size() != 2)
        return commandFail(command, tr("needs an account NAME and a FINGERPRINT"), exitUsage);
    const QString name = p.positionalArguments().at(0);
    QSettings settings;
    AccountStore store(&settings);
    QString error;
    if (!store.load(&error) && store.isReadOnly())
        return commandFail(command, error, exitSettings);
    std::optional<Account> account = store.find(name);
    if (!account || account->builtIn)
        return commandFail(command, tr("no account named \"%1\" with trust exceptions").arg(name),
                    exitUsage);
    if (!account->removeTrustException(p.positionalArguments().at(1),
                                       p.value(QStringLiteral("host")), &error))
        return commandFail(command, error, exitUsage);
    if (!store.update(*account, &error))
        return commandFail(command, error, exitSettings);
    out(tr("%1: no longer trusts %2\n").arg(name, p.positionalArguments().at(1)));
    return 0;
}

} // namespace postscope::cli
