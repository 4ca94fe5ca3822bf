// postscope-cli account (CLI.md "Accounts"): the accounts the window keeps
// (core/accounts: AccountStore in the window's settings, secrets only in the
// keychain through SecretStore), on the command line. add and edit take the
// client commands' connection and auth options (clientoptions.cpp: one
// option table, one parser), so an account holds exactly what --account
// later gives back. Subcommands are rows of one table (subcommands[]).
#include "accountsecurity.h"
#include "clientoptions.h"
#include "commands.h"
#include "tlsoptions.h"

#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "mime/envelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <unistd.h>

namespace postscope::cli {

using accounts::Account;
using accounts::AccountStore;
using accounts::SecretKind;
using accounts::SecretResult;
using accounts::SecretStore;

// "postscope-cli account NAME: message" on stderr; returns code.
int commandFail(const QString &command, const QString &message, int code)
{
    err(QStringLiteral("postscope-cli %1: %2\n").arg(command, message));
    return code;
}

// A parser for the subcommands without connection options. -1 to go on,
// else the exit code (0 after --help).
int parseSubcommandOptions(QCommandLineParser &p, const QString &command, const QStringList &args)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("postscope::cli", "Show this help.")});
    if (!p.parse(QStringList {QStringLiteral("postscope-cli")} + args)) {
        commandFail(command, p.errorText(), exitUsage);
        err(QCoreApplication::translate("postscope::cli", "Try 'postscope-cli %1 --help'.\n").arg(command));
        return exitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QString help = p.helpText();
        help.replace(QLatin1String("postscope-cli [options]"),
                     QStringLiteral("postscope-cli %1 [options]").arg(command));
        out(help);
        return 0;
    }
    return -1;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

// The window's settings (QSettings' default for Postscope/postscope, under
// XDG_CONFIG_HOME on Linux) and the accounts in them.
struct Accounts
{
    QSettings settings;
    AccountStore store {&settings};
    QString loadError;
    bool loaded = store.load(&loadError);
};

// The one NAME a subcommand takes; "" (and a message) when not exactly one.
QString oneName(const QCommandLineParser &p, const QString &command)
{
    const QStringList names = p.positionalArguments();
    if (names.size() != 1) {
        commandFail(command,
             names.isEmpty() ? tr("name the account")
                             : tr("name one account, not %1").arg(names.size()),
             exitUsage);
        return {};
    }
    return names.first();
}

// "Alice <alice@example.test>" or "alice@example.test" (RFC 5322 3.4).
bool parseIdentity(const QString &text, accounts::Identity *identity)
{
    if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')))
        return false;
    const std::optional<mime::Mailbox> mailbox = mime::parseMailbox(text);
    if (!mailbox || mailbox->address.isEmpty())
        return false;
    identity->displayName = mailbox->displayName;
    identity->address = QString::fromUtf8(mailbox->address);
    return true;
}

// --- add and edit ------------------------------------------------------------

// Options of the client commands that describe one run, not an account.
const char *const runOnlyOptions[]
    = {"account", "transcript", "transcript-format", "debug", "pipelining", "chunking"};

// The settings the options gave (over the account edit started from) back
// into the account: the one mapping SessionOptions <- Account is
// Account::sessionOptions(); this is its inverse for what options can say.
void takeSettings(const ClientCommand &command, Account *account)
{
    const QCommandLineParser &p = command.parser();
    const session::SessionOptions &o = command.sessionOptions();
    account->host = o.socketPath.isEmpty() ? o.host : QString();
    account->port = o.socketPath.isEmpty() ? o.port : 0;
    account->socketPath = o.socketPath;
    account->security = o.security;
    account->dialect = o.dialect;
    account->heloName = QString::fromLatin1(o.heloName);
    if (p.isSet(QStringLiteral("timeout"))) {
        account->replyTimeoutMs = o.timeoutMs;
        account->connectTimeoutMs = o.timeoutMs;
    }
    if (p.isSet(QStringLiteral("ca-file")))
        account->caFile = QFileInfo(p.value(QStringLiteral("ca-file"))).absoluteFilePath();
    if (p.isSet(QStringLiteral("trust-fingerprint")) && !account->host.isEmpty()) {
        accounts::TrustException t;
        t.host = account->host;
        t.setFingerprint(QString::fromLatin1(o.trustedFingerprint));
        t.added = QDateTime::currentDateTimeUtc();
        t.note = tr("added with postscope-cli account --trust-fingerprint");
        const bool known = std::any_of(
            account->trustExceptions.cbegin(), account->trustExceptions.cend(),
            [&t](const accounts::TrustException &e) {
                return e.sha256 == t.sha256 && e.host.compare(t.host, Qt::CaseInsensitive) == 0;
            });
        if (!known)
            account->trustExceptions.append(t);
    }
    account->sourceAddress = o.sourceAddress.isNull() ? QString() : o.sourceAddress.toString();
    account->sourcePort = o.sourcePort;
    account->ipFamily = o.family == session::AddressFamily::IPv4 ? accounts::IpFamily::IPv4
        : o.family == session::AddressFamily::IPv6               ? accounts::IpFamily::IPv6
                                                                 : accounts::IpFamily::Any;
    const session::AuthSettings &auth = command.authSettings();
    account->user = auth.credentials.user;
    if (auth.wanted())
        account->authMechanism
            = auth.isAuto() ? QStringLiteral("auto") : QString::fromLatin1(auth.mechanism);
    account->allowPlaintextAuth = o.plaintextAuth == engine::PlaintextAuth::Allow;
    takeTlsSettings(command, account); // accounttrust.cpp
}

// --identity, repeatable: replaces the list; the first is the default From.
int takeIdentities(const ClientCommand &command, Account *account)
{
    const QStringList values = command.parser().values(QStringLiteral("identity"));
    if (values.isEmpty())
        return -1;
    account->identities.clear();
    for (const QString &value : values) {
        accounts::Identity identity;
        if (!parseIdentity(value, &identity))
            return command.usageError(
                tr("--identity '%1' is not \"Name <address>\" or an address").arg(value));
        identity.isDefault = account->identities.isEmpty();
        account->identities.append(identity);
    }
    return -1;
}

// The password to store: --password-env, --password-file, or (when
// mayPrompt) a prompt on a terminal, an empty answer storing none. -1 to go
// on, else the exit code.
int takeSecret(const ClientCommand &command, const Account &account, bool mayPrompt,
               std::optional<QString> *secret)
{
    const QCommandLineParser &p = command.parser();
    QString password;
    QString error;
    if (readSecretOption(p, &password, &error)) {
        if (!error.isEmpty())
            return command.usageError(error);
        if (p.isSet(QStringLiteral("no-password")))
            return command.usageError(tr("--no-password and a password option exclude each other"));
        *secret = password;
        return -1;
    }
    if (!mayPrompt || account.user.isEmpty() || p.isSet(QStringLiteral("no-password"))
        || !isatty(STDIN_FILENO))
        return -1;
    if (!promptSecret(
            tr("Password for %1 (account %2; empty: none): ").arg(account.user, account.name),
            &password))
        return -1;
    if (!password.isEmpty())
        *secret = password;
    return -1;
}

// Writes the secret before the account (nothing half stored). -1 to go on.
int storeSecret(const QString &command, const Account &account, const QString &secret)
{
    SecretStore secrets;
    const SecretResult r = secrets.writeBlocking(account.name, SecretKind::Password, secret);
    if (r.ok())
        return -1;
    if (r.error == SecretResult::Error::Unavailable)
        return commandFail(command,
                    tr("no keychain answers (%1). Nothing was stored: a password is kept only in "
                       "the system keychain. Store the account with --no-password to be asked "
                       "for the password each time, or give --password-env or --password-file "
                       "when you use it.")
                        .arg(r.errorText),
                    exitStorage);
    return commandFail(
        command,
        tr("the keychain did not store the password: %1. Nothing was stored.").arg(r.errorText),
        exitStorage);
}

// The secret first, then the account: when either cannot be stored,
// nothing is (exit 14). Then the result, as text or JSON.
int save(const ClientCommand &c, AccountStore &store, const Account &account,
         const std::optional<QString> &secret, bool edit)
{
    if (secret) {
        if (const int code = storeSecret(c.name(), account, *secret); code >= 0)
            return code;
    }
    QString error;
    const bool stored = edit ? store.update(account, &error) : store.add(account, &error);
    if (!stored) {
        // Nothing half stored: the new account's password goes again.
        if (secret && !edit)
            SecretStore().removeBlocking(account.name, SecretKind::Password);
        return commandFail(c.name(), error, exitStorage);
    }
    if (c.json()) {
        printJson(QJsonObject {{QStringLiteral("ok"), true},
                               {QStringLiteral("error"), QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("account"), account.toJson()},
                               {QStringLiteral("passwordStored"), secret.has_value()}});
    } else {
        out((edit ? tr("Account '%1' changed.") : tr("Account '%1' added.")).arg(account.name)
            + (secret ? QLatin1Char(' ') + tr("Its password is in the keychain.") : QString())
            + QLatin1Char('\n'));
    }
    return 0;
}

int addOrEdit(const QString &command, const QStringList &args, bool edit)
{
    ClientCommand c(command,
                    edit ? tr("Change an account: the options given replace its settings; "
                              "--identity replaces its identities.")
                         : tr("Add an account (kept where the window keeps it), with the "
                              "connection and auth options of the client commands; the password "
                              "goes to the system keychain only."));
    c.setSecrets(ClientCommand::Secrets::Defer);
    c.addPositional(QStringLiteral("name"), tr("The account's name."), QStringLiteral("NAME"));
    c.parser().addOptions({
        {QStringLiteral("identity"),
         tr("A From the account sends as, \"Name <address>\" (repeatable; the first is the "
            "default From)."),
         QStringLiteral("MAILBOX")},
        {QStringLiteral("no-password"),
         tr("Store no password (it is asked for, or given with --password-env or "
            "--password-file, each time).")},
    });
    addAccountSecurityOptions(c.parser()); // accountsecurity.cpp
    // NAME comes first, so that edit can start from the stored account.
    const QString name = args.value(0);
    Accounts accounts;
    if (edit && !name.startsWith(QLatin1Char('-'))) {
        const std::optional<Account> found = accounts.store.find(name);
        if (!found)
            return commandFail(command, tr("there is no account named '%1'").arg(name), exitUsage);
        if (found->builtIn)
            return commandFail(command, tr("the sandbox account is built in and cannot be changed"),
                        exitUsage);
        c.setBaseAccount(*found);
    }
    if (const int code = c.parse(args); code >= 0)
        return code;
    const QCommandLineParser &p = c.parser();
    if (p.positionalArguments().size() != 1 || p.positionalArguments().first() != name)
        return c.usageError(tr("name the account first, then the options"));
    for (const char *option : runOnlyOptions) {
        if (p.isSet(QLatin1String(option)))
            return c.usageError(
                tr("--%1 belongs to a run, not to an account").arg(QLatin1String(option)));
    }
    if (!edit && !p.isSet(QStringLiteral("server")) && !p.isSet(QStringLiteral("socket")))
        return c.usageError(tr("an account needs --server HOST[:PORT] or --socket PATH"));
    if (!edit && accounts.store.contains(name))
        return c.usageError(
            tr("there is an account named '%1' already (account edit changes it)").arg(name));

    Account account = edit ? *c.account() : Account {};
    account.name = name;
    takeSettings(c, &account);
    if (const int code = takeIdentities(c, &account); code >= 0)
        return code;
    std::optional<QString> signingPassphrase;
    if (const QString error = takeAccountSecurity(p, &account, &signingPassphrase);
        !error.isEmpty())
        return c.usageError(error);
    if (const QStringList problems = account.validate(); !problems.isEmpty())
        return c.usageError(problems.join(QLatin1Char(' ')));
    if (accounts.store.isReadOnly())
        return commandFail(command, accounts.loadError, exitStorage);
    // add asks for the password; edit only when the login changes to
    // another user (the stored password was the old user's).
    const bool newUser = edit && account.user != c.account()->user && !account.user.isEmpty();
    std::optional<QString> secret;
    if (const int code = takeSecret(c, account, !edit || newUser, &secret); code >= 0)
        return code;
    if (secret && account.user.isEmpty())
        return c.usageError(tr("a password needs --user"));
    if (newUser && !secret && !c.parser().isSet(QStringLiteral("no-password")))
        err(tr("postscope-cli %1: the login is now %2; a password stored earlier was for %3 and "
               "stays until --password-env or --password-file replaces it.\n")
                .arg(command, account.user, c.account()->user));

    // The signing key's passphrase goes to the keychain before the account
    // is written, as the password does (nothing half stored: exit 14).
    if (signingPassphrase) {
        const SecretResult r = SecretStore().writeBlocking(
            account.name, SecretKind::SigningPassphrase, *signingPassphrase);
        if (!r.ok())
            return commandFail(command,
                               tr("the keychain did not store the signing key's passphrase: %1 "
                                  "Nothing was stored.")
                                   .arg(r.errorText),
                               exitStorage);
    }
    return save(c, accounts.store, account, secret, edit);
}

int accountAdd(const QString &command, const QStringList &args)
{
    return addOrEdit(command, args, false);
}

int accountEdit(const QString &command, const QStringList &args)
{
    return addOrEdit(command, args, true);
}

// --- list ----------------------------------------------------------------------

QString serverOf(const Account &a)
{
    if (a.builtIn)
        return tr("(built in: the window's)");
    if (!a.socketPath.isEmpty())
        return a.socketPath;
    session::SessionOptions o;
    o.port = a.port;
    o.security = a.security;
    o.dialect = a.dialect;
    const QString host = a.host.contains(QLatin1Char(':')) && !a.host.startsWith(QLatin1Char('['))
        ? QLatin1Char('[') + a.host + QLatin1Char(']')
        : a.host;
    return QStringLiteral("%1:%2").arg(host).arg(o.effectivePort());
}

int accountList(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("List the accounts (never a secret: those are only in the keychain)."));
    p.addOption({QStringLiteral("json"), tr("Print the accounts as one JSON object.")});
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    if (!p.positionalArguments().isEmpty())
        return commandFail(command, tr("unexpected argument '%1'").arg(p.positionalArguments().first()),
                    exitUsage);
    Accounts accounts;
    const QList<Account> list = accounts.store.list();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account &a : list) {
            // The JSON form has no field for a secret (Account::toJson).
            QJsonObject o = a.toJson();
            o.insert(QStringLiteral("builtIn"), a.builtIn);
            array.append(o);
        }
        printJson(QJsonObject {
            {QStringLiteral("ok"), accounts.loaded},
            {QStringLiteral("error"),
             accounts.loaded
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject {{QStringLiteral("kind"), QStringLiteral("Settings")},
                                           {QStringLiteral("message"), accounts.loadError}})},
            {QStringLiteral("settingsFile"), accounts.settings.fileName()},
            {QStringLiteral("readOnly"), accounts.store.isReadOnly()},
            {QStringLiteral("accounts"), array},
        });
    } else {
        out(QStringLiteral("%1  %2  %3  %4  %5\n")
                .arg(tr("NAME"), -16)
                .arg(tr("SERVER"), -32)
                .arg(tr("SECURITY"), -13)
                .arg(tr("USER"), -24)
                .arg(tr("FROM")));
        for (const Account &a : list) {
            const accounts::Identity *from = a.defaultIdentity();
            out(QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(a.name, -16)
                    .arg(serverOf(a), -32)
                    .arg(session::securityName(a.security)
                             + (a.dialect == engine::Dialect::Lmtp ? QStringLiteral(" lmtp")
                                                                   : QString()),
                         -13)
                    .arg(a.user.isEmpty() ? QStringLiteral("-") : a.user, -24)
                    .arg(from ? from->mailbox() : QStringLiteral("-")));
            printTrustExceptions(a); // accounttrust.cpp
            printAccountSecurity(a); // accountsecurity.cpp
        }
    }
    if (!accounts.loaded)
        return commandFail(command, accounts.loadError, exitStorage);
    return 0;
}

// --- remove --------------------------------------------------------------------

int accountRemove(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Remove an account and its secrets from the keychain."));
    p.addPositionalArgument(QStringLiteral("name"), tr("The account."), QStringLiteral("NAME"));
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    const QString name = oneName(p, command);
    if (name.isEmpty())
        return exitUsage;
    Accounts accounts;
    const std::optional<Account> found = accounts.store.find(name);
    if (!found)
        return commandFail(command, tr("there is no account named '%1'").arg(name), exitUsage);
    if (found->builtIn)
        return commandFail(command, tr("the sandbox account is built in and cannot be removed"),
                    exitUsage);
    QString error;
    if (!accounts.store.remove(found->name, &error))
        return commandFail(command, error, exitStorage);
    const SecretResult r = SecretStore().removeAllBlocking(found->name);
    if (r.error == SecretResult::Error::Unavailable) {
        // Nothing of ours can be removed from a keychain that does not answer.
        err(tr("postscope-cli %1: the account is removed; no keychain answers (%2), so any "
               "password stored for it earlier could not be removed.\n")
                .arg(command, r.errorText));
    } else if (!r.ok()) {
        return commandFail(command,
                    tr("the account is removed, but its secrets are still in the keychain: %1")
                        .arg(r.errorText),
                    exitStorage);
    }
    out(tr("Account '%1' removed.\n").arg(found->name));
    return 0;
}

// --- test ----------------------------------------------------------------------

// probe --account NAME: the server probe with the account's login, its
// findings, and probe's exit codes (7 when the login fails).
int accountTest(const QString &command, const QStringList &args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))
            return runProbeAs(command, {QStringLiteral("--help")});
        return commandFail(command, tr("name the account first: account test NAME [options]"), exitUsage);
    }
    return runProbeAs(command,
                      QStringList {QStringLiteral("--account"), args.first()} + args.mid(1));
}

// --- export and import -----------------------------------------------------------

int accountExport(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write the accounts (all, or those named) to FILE as JSON, without secrets."));
    p.addPositionalArgument(QStringLiteral("file"), tr("The file, or - for standard output."),
                            QStringLiteral("FILE"));
    p.addPositionalArgument(QStringLiteral("names"), tr("Accounts to export (default: all)."),
                            QStringLiteral("[NAME...]"));
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    QStringList names = p.positionalArguments();
    if (names.isEmpty())
        return commandFail(command, tr("name the file to write (- for standard output)"), exitUsage);
    const QString path = names.takeFirst();
    Accounts accounts;
    for (const QString &name : std::as_const(names)) {
        const std::optional<Account> found = accounts.store.find(name);
        if (!found || found->builtIn)
            return commandFail(command, tr("there is no stored account named '%1'").arg(name), exitUsage);
    }
    const QByteArray json = accounts.store.exportJson(names).toJson(QJsonDocument::Indented);
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdout, QIODevice::WriteOnly)
        : (file.setFileName(path), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened || file.write(json) != json.size() || !file.flush())
        return commandFail(command, tr("cannot write %1: %2").arg(path, file.errorString()), exitUsage);
    return 0;
}

int accountImport(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Add the accounts of an export file (all or nothing). Secrets are not in such files: "
           "store each password with account edit NAME --password-env VAR."));
    p.addPositionalArgument(QStringLiteral("file"), tr("The file, or - for standard input."),
                            QStringLiteral("FILE"));
    p.addOption({QStringLiteral("replace"), tr("Replace accounts of the same name.")});
    if (const int code = parseSubcommandOptions(p, command, args); code >= 0)
        return code;
    const QString path = oneName(p, command);
    if (path.isEmpty())
        return exitUsage;
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return commandFail(command, tr("cannot read %1: %2").arg(path, file.errorString()), exitUsage);
    // One byte more than the store takes, so that it can say the file is too big.
    const QByteArray json = file.read(AccountStore::maxImportBytes + 1);
    Accounts accounts;
    if (accounts.store.isReadOnly())
        return commandFail(command, accounts.loadError, exitStorage);
    int count = 0;
    QString error;
    if (!accounts.store.importJson(json,
                                   p.isSet(QStringLiteral("replace"))
                                       ? AccountStore::ImportMode::Replace
                                       : AccountStore::ImportMode::AddOnly,
                                   &count, &error))
        return commandFail(command, error, exitUsage);
    out(QCoreApplication::translate("postscope::cli::account", "%n account(s) imported.\n", nullptr,
                                    count));
    return 0;
}

// --- the table -------------------------------------------------------------------

// One row per subcommand; a new one (account authorize, for OAuth) is one
// more row and one function.
struct Subcommand
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(const QString &command, const QStringList &args);
};

const Subcommand subcommands[] = {
    {"add", "NAME --server HOST[:PORT] [connection] [auth] [--identity MAILBOX]...",
     QT_TRANSLATE_NOOP("postscope::cli::account", "add an account; the password to the keychain"),
     accountAdd},
    {"edit", "NAME [connection] [auth] [--identity MAILBOX]...",
     QT_TRANSLATE_NOOP("postscope::cli::account", "change an account"), accountEdit},
    {"list", "[--json]",
     QT_TRANSLATE_NOOP("postscope::cli::account", "list the accounts, never a secret"),
     accountList},
    {"remove", "NAME",
     QT_TRANSLATE_NOOP("postscope::cli::account", "remove an account and its secrets"),
     accountRemove},
    {"test", "NAME [connection] [--json]",
     QT_TRANSLATE_NOOP("postscope::cli::account", "probe the server and log in as the account"),
     accountTest},
    {"export", "FILE [NAME...]",
     QT_TRANSLATE_NOOP("postscope::cli::account", "write accounts as JSON, without secrets"),
     accountExport},
    {"import", "FILE [--replace]",
     QT_TRANSLATE_NOOP("postscope::cli::account", "read accounts from an export"), accountImport},
    {"authorize", "NAME [--no-browser] [--timeout SECONDS] [--json]",
     QT_TRANSLATE_NOOP("postscope::cli::account",
                       "OAuth 2.0 in the browser; the tokens to the keychain"),
     runAccountAuthorize},
    {"trust", "NAME --fingerprint SHA256 [--note TEXT] [--host HOST] [--offline]",
     QT_TRANSLATE_NOOP("postscope::cli::account",
                       "trust exactly one certificate for the account's host"),
     [](const QString &, const QStringList &args) { return runAccountTrust(args); }},
    {"untrust", "NAME FINGERPRINT [--host HOST]",
     QT_TRANSLATE_NOOP("postscope::cli::account", "stop trusting that certificate"),
     [](const QString &, const QStringList &args) { return runAccountUntrust(args); }},
};

QString usage()
{
    QString text = tr("Usage: postscope-cli account SUBCOMMAND ...\n\nSubcommands:\n");
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(s.name), QLatin1String(s.synopsis), tr(s.summary));
    text += tr("\nThe accounts are kept where the window keeps them (%1); secrets only in the "
               "system keychain. Every client command takes --account NAME; the options given "
               "there override the account's settings.\n")
                .arg(QSettings().fileName());
    return text;
}

} // namespace

int runAccount(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")
        || sub == QLatin1String("help")) {
        if (sub.isEmpty()) {
            err(usage());
            return exitUsage;
        }
        out(usage());
        return 0;
    }
    for (const Subcommand &s : subcommands) {
        if (sub == QLatin1String(s.name))
            return s.run(QStringLiteral("account ") + sub, args.mid(1));
    }
    err(tr("postscope-cli account: unknown subcommand '%1'\n\n").arg(sub) + usage());
    return exitUsage;
}

} // namespace postscope::cli
