// postscope-cli account authorize NAME: the OAuth 2.0 authorization-code
// flow with PKCE and a loopback redirect (RFC 6749 4.1, RFC 7636, RFC 8252
// 7.3) for an account with an OAuth provider; the tokens go to the keychain
// (core/accounts oauthtokens.h), never to settings or output. A row of the
// account command's table (runAccountAuthorize), or called from main.cpp
// until that table exists.

#include "clientoptions.h"
#include "commands.h"

#include "accounts/accountstore.h"
#include "accounts/oauthtokens.h"
#include "accounts/secretstore.h"
#include "auth/oauth2.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <chrono>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::account", text);
}

// Exit codes (CLI.md): 7 the provider refused or the flow failed, 14 no
// keychain answers (nothing could be stored).
constexpr int exitAuthorization = 7;
constexpr int exitNoKeychain = 14;

} // namespace

int runAccountAuthorize(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs the OAuth 2.0 authorization in the browser for an account with an OAuth "
           "provider (oauthProvider) and keeps the tokens in the system keychain."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    p.addOptions({
        {QStringLiteral("no-browser"),
         tr("Only print the authorization URL (open it in a browser on this machine).")},
        {QStringLiteral("timeout"), tr("How long to wait for the browser (default: 300)."),
         QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("json"), tr("Print the result as one JSON object.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
    });
    QStringList argv = args;
    argv.prepend(QStringLiteral("postscope-cli ") + command);
    auto usage = [&](const QString &message) {
        err(QStringLiteral("postscope-cli %1: %2\n").arg(command, message));
        return exitUsage;
    };
    if (!p.parse(argv))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("give exactly one account NAME"));
    bool ok = false;
    const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return usage(tr("--timeout must be a number of seconds between 0 and 3600"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString name = p.positionalArguments().constFirst();

    QSettings settings;
    accounts::AccountStore store(&settings);
    QString loadError;
    store.load(&loadError);
    const std::optional<accounts::Account> account = store.find(name);
    if (!account)
        return usage(
            tr("there is no account named '%1'%2")
                .arg(name, loadError.isEmpty() ? QString() : QLatin1String("; ") + loadError));
    QString why;
    const std::optional<auth::OAuthProvider> provider = account->oauthProvider(&why);
    if (!provider)
        return usage(tr("account '%1': %2").arg(name, why));

    auto finish = [&](int code, const QString &message) {
        if (json) {
            printJson(QJsonObject {{QStringLiteral("ok"), code == 0},
                                   {QStringLiteral("account"), name},
                                   {QStringLiteral("message"), message}});
        } else if (code == 0) {
            out(message + QLatin1Char('\n'));
        } else {
            err(QStringLiteral("postscope-cli %1: %2\n").arg(command, message));
        }
        return code;
    };

    // The keychain first: authorizing is pointless when nothing can keep
    // the tokens.
    accounts::SecretStore secrets;
    {
        QEventLoop wait;
        QObject::connect(&secrets, &accounts::SecretStore::availabilityChanged, &wait,
                         &QEventLoop::quit);
        secrets.checkAvailability();
        if (secrets.availability() == accounts::SecretStore::Availability::Unknown)
            wait.exec();
    }
    if (!secrets.available())
        return finish(exitNoKeychain,
                      tr("no keychain answers (%1): the tokens could not be kept, so the "
                         "authorization was not started")
                          .arg(secrets.unavailableReason()));

    auth::OAuthFlow flow(*provider);
    flow.setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    const bool browser = !p.isSet(QStringLiteral("no-browser"));
    QObject::connect(&flow, &auth::OAuthFlow::openBrowser, &flow, [browser](const QUrl &url) {
        // Printed always: the person may use a browser elsewhere on this
        // machine. The command line has no QGuiApplication, so the
        // desktop's opener (what QDesktopServices calls on Linux) runs it.
        err(tr("Open this address in a browser to authorize Postscope:\n%1\n")
                .arg(url.toString(QUrl::FullyEncoded)));
        if (browser)
            QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
    });
    auth::OAuthResult result;
    QEventLoop loop;
    QObject::connect(&flow, &auth::OAuthFlow::finished, &loop, [&](const auth::OAuthResult &r) {
        result = r;
        loop.quit();
    });
    flow.authorize();
    loop.exec();
    if (!result.ok())
        return finish(exitAuthorization, tr("authorization failed: %1").arg(result.error));

    QString storeError;
    bool stored = false;
    QEventLoop storing;
    accounts::storeTokens(accounts::TokenStorage::keychain(&secrets, name), result.tokens,
                          [&](const QString &error) {
                              storeError = error;
                              stored = true;
                              storing.quit();
                          });
    if (!stored)
        storing.exec();
    if (!storeError.isEmpty())
        return finish(exitNoKeychain, tr("the tokens could not be stored: %1").arg(storeError));
    return finish(0,
                  result.tokens.refreshToken.isEmpty()
                      ? tr("Account '%1' authorized; the access token is in the keychain (the "
                           "provider sent no refresh token: authorize again when it expires).")
                            .arg(name)
                      : tr("Account '%1' authorized; the access and refresh tokens are in the "
                           "keychain.")
                            .arg(name));
}

} // namespace postscope::cli
