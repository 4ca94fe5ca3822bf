#include "clientoptions.h"
#include "stepper.h"
#include "tlsoptions.h"

#include "accounts/accountstore.h"
#include "accounts/oauthtokens.h"
#include "accounts/secretstore.h"
#include "protocol/printable.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSslCertificate>
#include <QTimer>
#include <chrono>
#include <optional>
#include <tuple>
#include <cstdio>
#include <ctime>
#include <termios.h>
#include <unistd.h>

namespace postscope::cli {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

// Reads one line from the terminal with echo off (never shown, never logged).
bool promptPassword(const QString &prompt, QString *password)
{
    err(prompt);
    termios old {};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c;
    while ((c = fgetc(stdin)) != EOF && c != '\n')
        line += char(c);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err(QStringLiteral("\n"));
    if (c == EOF && line.isEmpty())
        return false;
    if (line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return true;
}

bool validFingerprint(const QByteArray &text)
{
    QByteArray hex = text;
    hex.replace(':', "");
    if (hex.size() != 64)
        return false;
    for (char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

} // namespace

bool promptSecret(const QString &prompt, QString *secret)
{
    return isatty(STDIN_FILENO) && promptPassword(prompt, secret);
}

bool readSecretOption(const QCommandLineParser &p, QString *password, QString *error)
{
    if (p.isSet(QStringLiteral("password-env")) && p.isSet(QStringLiteral("password-file"))) {
        *error = tr("--password-env and --password-file exclude each other");
        return true;
    }
    if (p.isSet(QStringLiteral("password-env"))) {
        const QString var = p.value(QStringLiteral("password-env"));
        if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            *error = tr("--password-env: the environment variable '%1' is not set").arg(var);
        else
            *password = qEnvironmentVariable(var.toLocal8Bit().constData());
        return true;
    }
    if (p.isSet(QStringLiteral("password-file"))) {
        const QString path = p.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("--password-file %1: %2").arg(path, file.errorString());
            return true;
        }
        // The first line only; a password is never megabytes long.
        QByteArray line = file.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *password = QString::fromUtf8(line);
        line.fill('\0');
        return true;
    }
    return false;
}

// ---------------------------------------------------------------- output

// Everything postscope-cli prints for a person passes here: text that holds
// a server's words (replies, banners, error messages, certificate names) is
// shown with control characters escaped (protocol/printable.h), so a hostile
// server cannot send escape sequences, BEL or NUL to the user's terminal.
void out(const QString &text)
{
    const QByteArray utf8 = protocol::printable(text, protocol::LineBreaks::Keep).toUtf8();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void err(const QString &text)
{
    fflush(stdout);
    const QByteArray utf8 = protocol::printable(text, protocol::LineBreaks::Keep).toUtf8();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    // JSON escapes its own way (exact for a JSON reader); DEL and the C1
    // controls, which QJsonDocument leaves raw, become \u escapes too.
    const QByteArray json
        = protocol::terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '\n';
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fflush(stdout);
}

QString replySummary(const protocol::Reply &reply)
{
    if (!reply.isValid())
        return tr("no reply");
    QString text = QString::number(reply.code);
    if (!reply.lines.isEmpty() && !reply.lines.first().isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(reply.lines.first());
    for (qsizetype i = 1; i < reply.lines.size(); ++i)
        text += QLatin1String(" / ") + QString::fromUtf8(reply.lines.at(i));
    return text;
}

QByteArray pythonRepr(QByteArrayView data, bool bytes)
{
    // Python picks single quotes unless the text holds ' and no ".
    const bool doubleQuotes = data.contains('\'') && !data.contains('"');
    const char quote = doubleQuotes ? '"' : '\'';
    QByteArray out;
    out.reserve(data.size() + 4);
    if (bytes)
        out += 'b';
    out += quote;
    auto escapeByte = [&](unsigned char c) {
        switch (c) {
        case '\\': out += "\\\\"; return;
        case '\r': out += "\\r"; return;
        case '\n': out += "\\n"; return;
        case '\t': out += "\\t"; return;
        default: break;
        }
        if (c == quote) {
            out += '\\';
            out += char(c);
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        } else {
            out += char(c);
        }
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        const auto next = i + 1 < data.size() ? static_cast<unsigned char>(data[i + 1]) : 0;
        if (!bytes && c == 0xc2 && next >= 0x80 && next <= 0x9f) {
            // A C1 control character in a str: Python's repr() writes '\x9b'.
            out += "\\x" + QByteArray::number(next, 16);
            ++i;
            continue;
        }
        escapeByte(c);
    }
    out += quote;
    return out;
}

// ---------------------------------------------------------------- parsing

ClientCommand::ClientCommand(const QString &name, const QString &description)
    : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {QStringLiteral("server"),
         tr("Server to connect to; IPv6 as [addr]:port (default: localhost)."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("socket"), tr("Connect to a Unix-domain socket instead."),
         QStringLiteral("PATH")},
        {QStringLiteral("lmtp"), tr("Speak LMTP (LHLO, one reply per recipient after DATA).")},
        {QStringLiteral("security"),
         tr("none, starttls (required, fails closed), tls (implicit) or opportunistic (default: "
            "starttls)."),
         QStringLiteral("MODE"), QStringLiteral("starttls")},
        {QStringLiteral("helo"),
         tr("Name for EHLO/HELO/LHLO (default: the local FQDN or an address literal)."),
         QStringLiteral("NAME")},
        {QStringLiteral("timeout"),
         tr("Deadline in seconds for the connect, the TLS handshake and each reply, counted from "
            "when the "
            "wait began (a server that trickles bytes cannot extend it); the message data may take "
            "this plus "
            "its size at 64 KiB/s, and fails once the server takes none of it for this long "
            "(default: 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("ca-file"), tr("Extra trust anchors (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("trust-fingerprint"),
         tr("Accept exactly the certificate with this SHA-256 fingerprint despite verification "
            "errors."),
         QStringLiteral("SHA256")},
        {QStringLiteral("transcript"),
         tr("Write the session transcript to FILE (- for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("transcript-format"),
         tr("text (C:/S: lines, control characters escaped as \\r, \\x1b...) or json (one JSON "
            "object per "
            "line, exact bytes) (default: text)."),
         QStringLiteral("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("debug"),
         tr("smtplib's debug levels on standard error; 2 adds timestamps."),
         QStringLiteral("LEVEL"), QStringLiteral("0")},
        {QStringLiteral("json"), tr("Print the result as one JSON object.")},
        {QStringLiteral("step"),
         tr("Step mode: before each command say what it is and why, and wait (Enter: send it; "
            "c: go on at full speed; q: stop with QUIT); after it, what came back and what it "
            "means. One command at a time (no pipelining). On standard error.")},
        {QStringLiteral("pipelining"), tr("auto or off (default: auto)."), QStringLiteral("MODE"),
         QStringLiteral("auto")},
        {QStringLiteral("chunking"), tr("auto or off (default: auto)."), QStringLiteral("MODE"),
         QStringLiteral("auto")},
        {QStringLiteral("source-address"),
         tr("Connect from this local address (and port), like smtplib's source_address; IPv6 as "
            "[addr]:port."),
         QStringLiteral("ADDR[:PORT]")},
        {QStringLiteral("4"), tr("Use IPv4 addresses of the server only.")},
        {QStringLiteral("6"), tr("Use IPv6 addresses of the server only.")},
        {QStringLiteral("auth"),
         tr("SASL mechanism, or auto for the strongest both sides support (without TLS: only one "
            "that "
            "does not reveal the password, see --allow-plaintext-auth)."),
         QStringLiteral("MECHANISM")},
        {QStringLiteral("user"), tr("User name for AUTH."), QStringLiteral("NAME")},
        {QStringLiteral("password-env"), tr("Read the password from this environment variable."),
         QStringLiteral("VAR")},
        {QStringLiteral("password-file"), tr("Read the password from the first line of this file."),
         QStringLiteral("FILE")},
        {QStringLiteral("token-env"),
         tr("Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from this environment "
            "variable."),
         QStringLiteral("VAR")},
        {QStringLiteral("token-file"),
         tr("Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from the first line of this "
            "file."),
         QStringLiteral("FILE")},
        {QStringLiteral("auth-order"),
         tr("How auto ranks the mechanisms both sides support: postscope (strongest first) or "
            "smtplib (CRAM-MD5, PLAIN, LOGIN, as smtplib's login()). After a failure reply the "
            "next one is tried (default: postscope)."),
         QStringLiteral("ORDER"), QStringLiteral("postscope")},
        {QStringLiteral("show-secrets"),
         tr("Show the password or token in the decoded AUTH steps of the transcript and --debug "
            "(redacted otherwise). The AUTH lines themselves stay redacted.")},
        {QStringLiteral("allow-plaintext-auth"),
         tr("Allow AUTH PLAIN or LOGIN, which send the password itself, over a connection without "
            "TLS "
            "(security none or opportunistic without STARTTLS, or a Unix socket). Refused "
            "otherwise, with "
            "nothing sent (exit 11); auto then picks only CRAM-MD5 or SCRAM.")},
    });
    // Listed so that it can be refused with a clear message: a password on
    // the command line shows up in ps and in shell history.
    QCommandLineOption password(QStringList{QStringLiteral("password"), QStringLiteral("pass")},
                                QString(), QStringLiteral("PASSWORD"));
    password.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(password);
    m_parser.addOption({QStringLiteral("account"),
                        tr("Start from this account's settings (postscope-cli account list); the "
                           "options given here override them. The password comes from the "
                           "keychain unless --password-env or --password-file is given."),
                        QStringLiteral("NAME")});
    addTlsOptions(m_parser); // tlsoptions.cpp
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
}

void ClientCommand::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

int ClientCommand::usageError(const QString &message) const
{
    err(QStringLiteral("postscope-cli %1: %2\n").arg(m_name, message));
    err(tr("Try 'postscope-cli %1 --help'.\n").arg(m_name));
    return exitUsage;
}

int ClientCommand::parse(const QStringList &args)
{
    QStringList argv = args;
    argv.prepend(QStringLiteral("postscope-cli"));
    if (!m_parser.parse(argv))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Name the command in the usage line.
        const qsizetype at = help.indexOf(QLatin1String("postscope-cli"));
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.insert(at + int(qstrlen("postscope-cli")), QLatin1Char(' ') + m_name);
        out(help);
        return 0;
    }
    if (const QString auth = m_parser.value(QStringLiteral("auth")).toLower();
        auth == QLatin1String("list") || auth == QLatin1String("help")) {
        printMechanismCatalog(m_json || m_parser.isSet(QStringLiteral("json")));
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("password")))
        return usageError(tr("a password is never taken from the command line (it would show in ps and in "
                             "the shell history): use --password-env VAR, --password-file FILE or the prompt"));
    if (const int code = applyAccount(); code >= 0)
        return code;
    if (const int code = parseConnection(); code >= 0)
        return code;
    if (const int code = parseSource(); code >= 0)
        return code;
    if (const int code = parseAuth(); code >= 0)
        return code;
    const bool obtain = m_secrets == Secrets::Obtain; // tlsoptions.cpp:
    if (QString why;
        !applyTlsOptions(m_parser, &m_session, &why, obtain ? account() : nullptr, obtain))
        return usageError(why);
    return -1;
}

// --account NAME (or the account edit starts from): the account's settings
// first; parseConnection(), parseSource() and parseAuth() then apply only
// the options that were given, so an option always wins over the account.
int ClientCommand::applyAccount()
{
    const QCommandLineParser &p = m_parser;
    if (p.isSet(QStringLiteral("account"))) {
        if (m_account)
            return usageError(tr("--account does not apply here"));
        const QString name = p.value(QStringLiteral("account"));
        // The window's settings (QSettings' default for Postscope/postscope;
        // XDG_CONFIG_HOME moves it, as for every Qt application).
        QSettings settings;
        accounts::AccountStore store(&settings);
        QString loadError;
        store.load(&loadError);
        const std::optional<accounts::Account> found = store.find(name);
        if (!found) {
            QString message = tr("--account: there is no account named '%1' (see postscope-cli "
                                 "account list)")
                                  .arg(name);
            if (!loadError.isEmpty())
                message += QLatin1String("; ") + loadError;
            return usageError(message);
        }
        m_account = *found;
    }
    if (!m_account)
        return -1;

    accounts::Account base = *m_account;
    // A CA file given here replaces the account's, which then need not be
    // readable; account edit may be mending exactly that.
    if (p.isSet(QStringLiteral("ca-file")) || m_secrets == Secrets::Defer)
        base.caFile.clear();
    QString error;
    const std::optional<session::SessionOptions> options = base.sessionOptions(&error);
    if (!options)
        return usageError(tr("--account %1: %2").arg(m_account->name, error));
    m_session = *options;
    m_session.plaintextAuth = m_account->allowPlaintextAuth ? engine::PlaintextAuth::Allow
                                                            : engine::PlaintextAuth::Refuse;
    if (!m_account->user.isEmpty()) {
        m_auth.mechanism = m_account->authMechanism.toUpper().toLatin1();
        m_auth.credentials.user = m_account->user;
    }
    return -1;
}

// --source-address, -4 and -6: which local address to leave from and which
// of the server's addresses to try.
int ClientCommand::parseSource()
{
    const QCommandLineParser &p = m_parser;
    const bool four = p.isSet(QStringLiteral("4"));
    const bool six = p.isSet(QStringLiteral("6"));
    const bool source = p.isSet(QStringLiteral("source-address"));
    if (four && six)
        return usageError(tr("-4 and -6 exclude each other"));
    if ((four || six || source) && !m_session.socketPath.isEmpty())
        return usageError(tr("--source-address, -4 and -6 do not apply to --socket"));
    if (four || six)
        m_session.family = four ? session::AddressFamily::IPv4 : session::AddressFamily::IPv6;
    if (!m_session.socketPath.isEmpty()) {
        // An account's source address means nothing on a Unix socket.
        m_session.sourceAddress.clear();
        m_session.sourcePort = 0;
        m_session.family = session::AddressFamily::Any;
    }
    const bool wantFour = m_session.family == session::AddressFamily::IPv4;
    const bool wantSix = m_session.family == session::AddressFamily::IPv6;
    if (source) {
        const QString text = p.value(QStringLiteral("source-address")).trimmed();
        QString host = text;
        QString port;
        if (text.startsWith(QLatin1Char('['))) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                return usageError(tr("--source-address '%1': missing ']'").arg(text));
            host = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return usageError(
                    tr("--source-address '%1': expected ':PORT' after ']'").arg(text));
            port = rest.mid(1);
        } else if (text.count(QLatin1Char(':')) == 1) {
            host = text.section(QLatin1Char(':'), 0, 0);
            port = text.section(QLatin1Char(':'), 1);
        }
        // A bare IPv6 address (several colons, no brackets) has no port.
        const QHostAddress address(host);
        if (host.isEmpty() || address.isNull())
            return usageError(tr("--source-address '%1': not an IP address").arg(text));
        if ((wantFour && address.protocol() != QAbstractSocket::IPv4Protocol)
            || (wantSix && address.protocol() != QAbstractSocket::IPv6Protocol))
            return usageError(
                tr("--source-address '%1' is not of the family -4/-6 asks for").arg(text));
        m_session.sourceAddress = address;
        m_session.sourcePort = 0;
        if (!port.isEmpty()) {
            bool ok = false;
            const uint n = port.toUInt(&ok);
            if (!ok || n == 0 || n > 65535)
                return usageError(
                    tr("--source-address '%1': '%2' is not a port number").arg(text, port));
            m_session.sourcePort = quint16(n);
        }
    } else if (!m_session.sourceAddress.isNull()
               && ((wantFour && m_session.sourceAddress.protocol() != QAbstractSocket::IPv4Protocol)
                   || (wantSix
                       && m_session.sourceAddress.protocol() != QAbstractSocket::IPv6Protocol))) {
        // The account's source address against -4/-6 given here.
        return usageError(tr("the account's source address %1 is not of the family -4/-6 asks "
                             "for: give --source-address too")
                              .arg(m_session.sourceAddress.toString()));
    }
    // An address literal of the other family can never be reached.
    const QHostAddress literal(m_session.host);
    if (m_session.socketPath.isEmpty() && !literal.isNull()
        && ((wantFour && literal.protocol() != QAbstractSocket::IPv4Protocol)
            || (wantSix && literal.protocol() != QAbstractSocket::IPv6Protocol)))
        return usageError(
            tr("--server %1 is not of the family -4/-6 asks for").arg(m_session.host));
    return -1;
}

int ClientCommand::parseConnection()
{
    const QCommandLineParser &p = m_parser;
    m_json = p.isSet(QStringLiteral("json"));
    m_session.stepping = p.isSet(QStringLiteral("step"));

    if (p.isSet(QStringLiteral("security"))
        && !session::parseSecurity(p.value(QStringLiteral("security")), &m_session.security))
        return usageError(tr("--security must be none, starttls, tls or opportunistic, not '%1'")
                              .arg(p.value(QStringLiteral("security"))));
    // A Unix-domain socket (LMTP's usual home) never leaves the machine and
    // cannot carry TLS: there the default is none. An explicit starttls
    // still fails closed.
    if (p.isSet(QStringLiteral("socket")) && !p.isSet(QStringLiteral("security")))
        m_session.security = session::Security::None;
    if (p.isSet(QStringLiteral("lmtp")))
        m_session.dialect = engine::Dialect::Lmtp;

    if (const int code = parseServer(); code >= 0)
        return code;
    if (p.isSet(QStringLiteral("helo"))) {
        const QByteArray helo = p.value(QStringLiteral("helo")).toUtf8();
        if (helo.isEmpty() || helo.contains('\r') || helo.contains('\n') || helo.contains(' '))
            return usageError(tr("--helo needs one name without spaces or line breaks"));
        m_session.heloName = helo;
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || timeout <= 0 || timeout > 24 * 3600)
            return usageError(tr("--timeout must be a number of seconds greater than 0"));
        m_session.timeoutMs = qMax(1, int(timeout * 1000));
    }

    if (p.isSet(QStringLiteral("ca-file"))) {
        const QString path = p.value(QStringLiteral("ca-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("--ca-file %1: %2").arg(path, file.errorString()));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certs.isEmpty())
            return usageError(tr("--ca-file %1 holds no PEM certificate").arg(path));
        m_session.extraCaCertificates = certs;
    }
    if (p.isSet(QStringLiteral("trust-fingerprint"))) {
        const QByteArray fingerprint = p.value(QStringLiteral("trust-fingerprint")).toLatin1();
        if (!validFingerprint(fingerprint))
            return usageError(tr("--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed"));
        m_session.trustedFingerprint = fingerprint;
    }
    if (const int code = parseOutput(); code >= 0)
        return code;

    for (const char *name : {"pipelining", "chunking"}) {
        const QString value = p.value(QLatin1String(name));
        if (value != QLatin1String("auto") && value != QLatin1String("off"))
            return usageError(tr("--%1 must be auto or off").arg(QLatin1String(name)));
    }
    m_session.pipelining = p.value(QStringLiteral("pipelining")) == QLatin1String("auto");
    m_session.chunking = p.value(QStringLiteral("chunking")) == QLatin1String("auto");
    return -1;
}

// --server HOST[:PORT] or --socket PATH: where to connect. Either replaces
// an account's server entirely (host, port or socket; a port not given is
// the default for the security).
int ClientCommand::parseServer()
{
    const QCommandLineParser &p = m_parser;
    if (p.isSet(QStringLiteral("socket")) && p.isSet(QStringLiteral("server")))
        return usageError(tr("--server and --socket exclude each other"));
    if (p.isSet(QStringLiteral("socket"))) {
        m_session.socketPath = p.value(QStringLiteral("socket"));
        if (m_session.socketPath.isEmpty())
            return usageError(tr("--socket needs a path"));
    }
    if (!p.isSet(QStringLiteral("server")))
        return -1;
    QString server = p.value(QStringLiteral("server")).trimmed();
    QString host = server;
    QString port;
    if (server.startsWith(QLatin1Char('['))) {
        // "[addr]" or "[addr]:port" (RFC 3986 3.2.2 style for IPv6)
        const qsizetype close = server.indexOf(QLatin1Char(']'));
        if (close < 0)
            return usageError(tr("--server '%1': missing ']'").arg(server));
        host = server.mid(1, close - 1);
        const QString rest = server.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return usageError(tr("--server '%1': expected ':PORT' after ']'").arg(server));
            port = rest.mid(1);
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return usageError(tr("--server '%1': not an IPv6 address in brackets").arg(server));
    } else if (server.count(QLatin1Char(':')) == 1) {
        host = server.section(QLatin1Char(':'), 0, 0);
        port = server.section(QLatin1Char(':'), 1);
    }
    // More than one colon and no brackets: a bare IPv6 address, no port.
    if (host.isEmpty())
        return usageError(tr("--server '%1': no host").arg(server));
    m_session.host = host;
    m_session.socketPath.clear();
    m_session.port = 0;
    if (!port.isNull()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return usageError(tr("--server '%1': '%2' is not a port number").arg(server, port));
        m_session.port = quint16(n);
    }
    if (m_account) {
        // A trust exception names its host: the account's for another host
        // does not follow the connection here.
        const accounts::TrustException *t = m_account->trustExceptionFor(host);
        m_session.trustedFingerprint = t ? t->sha256 : QByteArray();
    }
    return -1;
}

// --transcript, --transcript-format, --debug: what the command shows.
int ClientCommand::parseOutput()
{
    const QCommandLineParser &p = m_parser;
    m_transcriptPath = p.value(QStringLiteral("transcript"));
    if (p.isSet(QStringLiteral("transcript")) && m_transcriptPath.isEmpty())
        return usageError(tr("--transcript needs a file name or -"));
    const QString transcriptFormat = p.value(QStringLiteral("transcript-format"));
    if (transcriptFormat != QLatin1String("text") && transcriptFormat != QLatin1String("json"))
        return usageError(tr("--transcript-format must be text or json"));
    m_transcriptJson = transcriptFormat == QLatin1String("json");
    if (p.isSet(QStringLiteral("transcript-format")) && !p.isSet(QStringLiteral("transcript")))
        return usageError(tr("--transcript-format needs --transcript"));

    const QString debug = p.value(QStringLiteral("debug"));
    if (debug != QLatin1String("0") && debug != QLatin1String("1") && debug != QLatin1String("2"))
        return usageError(tr("--debug must be 0, 1 or 2"));
    m_debug = debug.toInt();
    return -1;
}

int ClientCommand::parseAuth()
{
    const QCommandLineParser &p = m_parser;
    QByteArray &mechanism = m_auth.mechanism;
    auth::Credentials &credentials = m_auth.credentials;
    if (p.isSet(QStringLiteral("auth"))) {
        mechanism = p.value(QStringLiteral("auth")).toUpper().toLatin1();
        if (mechanism != "AUTO" && !auth::supportedClientMechanisms().contains(mechanism)) {
            QStringList known;
            for (const QByteArray &m : auth::supportedClientMechanisms())
                known << QString::fromLatin1(m);
            return usageError(
                tr("--auth %1 is not a mechanism this build can do (%2, or auto; --auth list "
                   "says more)")
                    .arg(QString::fromLatin1(mechanism), known.join(QLatin1String(", "))));
        }
    }
    if (const int code = parseAuthOrder(); code >= 0)
        return code;
    if (p.isSet(QStringLiteral("allow-plaintext-auth")))
        m_session.plaintextAuth = engine::PlaintextAuth::Allow;
    if (p.isSet(QStringLiteral("user")))
        credentials.user = p.value(QStringLiteral("user"));
    const bool haveSecretOption = p.isSet(QStringLiteral("password-env")) || p.isSet(QStringLiteral("password-file"));
    if (credentials.user.isEmpty()) {
        // account edit --user "": the account logs in no more.
        if (p.isSet(QStringLiteral("user")) && m_secrets != Secrets::Defer)
            return usageError(tr("--user needs a name"));
        if (p.isSet(QStringLiteral("auth")))
            return usageError(tr("--auth needs --user"));
        if (haveSecretOption)
            return usageError(tr("--password-env and --password-file need --user"));
        if (p.isSet(QStringLiteral("token-env")) || p.isSet(QStringLiteral("token-file")))
            return usageError(tr("--token-env and --token-file need --user"));
        mechanism.clear();
        return -1;
    }
    if (mechanism.isEmpty())
        mechanism = "AUTO";
    bool bearer = false;
    if (const int code = parseToken(&bearer); bearer)
        return code;
    if (m_secrets == Secrets::Defer)
        return -1;
    return obtainPassword();
}

// The password for credentials.user: --password-env or --password-file,
// else the account's keychain entry (only for the account's own user), else
// a prompt on the terminal. Where no keychain answers, that is said, and the
// prompt asks each time (nothing is stored anywhere else).
int ClientCommand::obtainPassword()
{
    auth::Credentials &credentials = m_auth.credentials;
    QString error;
    if (readSecretOption(m_parser, &credentials.password, &error))
        return error.isEmpty() ? -1 : usageError(error);
    bool keychainFailed = false;
    if (m_account && !m_account->builtIn && credentials.user == m_account->user) {
        accounts::SecretStore secrets;
        const accounts::SecretResult r
            = secrets.readBlocking(m_account->name, accounts::SecretKind::Password);
        if (r.ok()) {
            credentials.password = r.secret;
            return -1;
        }
        keychainFailed = r.error != accounts::SecretResult::Error::NotFound;
        const QString why = keychainFailed
            ? tr("no password from the keychain for the account '%1': %2")
                  .arg(m_account->name, r.errorText)
            : tr("the keychain holds no password for the account '%1'").arg(m_account->name);
        if (!isatty(STDIN_FILENO)) {
            err(QStringLiteral("postscope-cli %1: %2\n").arg(m_name, why));
            err(tr("Give --password-env VAR or --password-file FILE, or run on a terminal to be "
                   "asked; postscope-cli account edit %1 --password-env VAR stores one.\n")
                    .arg(m_account->name));
            return keychainFailed ? exitStorage : exitUsage;
        }
        err(QStringLiteral("postscope-cli %1: %2; asking instead.\n").arg(m_name, why));
    }
    if (isatty(STDIN_FILENO)) {
        if (!promptPassword(tr("Password for %1: ").arg(credentials.user), &credentials.password))
            return usageError(tr("no password given"));
        return -1;
    }
    return usageError(tr("--user needs a password: --password-env VAR, --password-file FILE, or a "
                         "terminal to prompt on"));
}

// --auth-order and --show-secrets: how auto ranks the mechanisms, and
// whether the decoded AUTH steps show the secret.
int ClientCommand::parseAuthOrder()
{
    const QCommandLineParser &p = m_parser;
    if (!auth::parseMechanismOrder(p.value(QStringLiteral("auth-order")), &m_auth.order))
        return usageError(tr("--auth-order is postscope or smtplib, not '%1'")
                              .arg(p.value(QStringLiteral("auth-order"))));
    m_auth.stepDisplay = p.isSet(QStringLiteral("show-secrets")) ? auth::SecretDisplay::Revealed
                                                                 : auth::SecretDisplay::Redacted;
    return -1;
}

// --token-env / --token-file: an OAuth 2.0 access token for XOAUTH2 and
// OAUTHBEARER (RFC 7628), which never take the password. *bearer is true
// when this decided the secret (returning -1 or an exit code).
int ClientCommand::parseToken(bool *bearer)
{
    const QCommandLineParser &p = m_parser;
    const QByteArray &mechanism = m_auth.mechanism;
    const bool tokenOption
        = p.isSet(QStringLiteral("token-env")) || p.isSet(QStringLiteral("token-file"));
    const bool passwordOption
        = p.isSet(QStringLiteral("password-env")) || p.isSet(QStringLiteral("password-file"));
    const bool bearerMechanism
        = auth::autoMechanisms(auth::CredentialKind::BearerToken).contains(mechanism);
    *bearer = tokenOption || bearerMechanism;
    if (m_secrets == Secrets::Defer)
        return -1; // account add/edit: the tokens come from account authorize
    // An account with OAuth and no secret given here: its keychain tokens,
    // refreshed before AUTH when expired (core/accounts freshTokenSource).
    if (!tokenOption && !passwordOption && (bearerMechanism || mechanism == "AUTO") && m_account
        && !m_account->oauth.isNull()) {
        QString why;
        const std::optional<auth::OAuthProvider> provider = m_account->oauthProvider(&why);
        if (!provider)
            return usageError(tr("--account %1: %2").arg(m_account->name, why));
        auto store = std::make_shared<accounts::SecretStore>();
        const session::AuthSettings::TokenSource fresh = accounts::freshTokenSource(
            accounts::TokenStorage::keychain(store.get(), m_account->name), *provider);
        m_auth.tokenSource
            = [store, fresh](QObject *context, session::AuthSettings::TokenDone done) {
                  fresh(context, std::move(done));
              };
        *bearer = true;
        return -1;
    }
    if (tokenOption && passwordOption)
        return usageError(tr("give a password (--password-env, --password-file) or an access "
                             "token (--token-env, --token-file), not both"));
    if (tokenOption && !bearerMechanism && mechanism != "AUTO")
        return usageError(tr("--auth %1 takes a password; an access token goes with XOAUTH2 "
                             "or OAUTHBEARER (or auto)")
                              .arg(QString::fromLatin1(mechanism)));
    if (!tokenOption && bearerMechanism)
        return usageError(tr("--auth %1 needs an OAuth 2.0 access token: --token-env VAR or "
                             "--token-file FILE")
                              .arg(QString::fromLatin1(mechanism)));
    if (!tokenOption)
        return -1;
    return readSecret(QStringLiteral("token"), &m_auth.credentials.bearerToken);
}

// --KIND-env VAR or --KIND-file FILE (the first line): never the secret
// itself on the command line (ps, shell history).
int ClientCommand::readSecret(const QString &kind, QString *secret)
{
    const QCommandLineParser &p = m_parser;
    const QString envOption = kind + QLatin1String("-env");
    const QString fileOption = kind + QLatin1String("-file");
    if (p.isSet(envOption) && p.isSet(fileOption))
        return usageError(tr("--%1 and --%2 exclude each other").arg(envOption, fileOption));
    if (p.isSet(envOption)) {
        const QString var = p.value(envOption);
        if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return usageError(
                tr("--%1: the environment variable '%2' is not set").arg(envOption, var));
        *secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    } else {
        const QString path = p.value(fileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("--%1 %2: %3").arg(fileOption, path, file.errorString()));
        // One line: a secret is short; a bound keeps a wrong file (a device,
        // a log) from being read whole.
        QByteArray line = file.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        line.fill('\0');
    }
    if (secret->isEmpty())
        return usageError(
            tr("--%1: the %2 is empty").arg(p.isSet(envOption) ? envOption : fileOption, kind));
    return -1;
}

// `--auth list`: what this machine can do (core/auth's catalog), with where
// each mechanism comes from and what secret it needs.
void ClientCommand::printMechanismCatalog(bool json)
{
    const QList<auth::MechanismInfo> catalog = auth::clientMechanismCatalog();
    auto providerName = [](auth::MechanismInfo::Provider provider) {
        return provider == auth::MechanismInfo::Provider::CyrusSasl ? QStringLiteral("cyrus-sasl")
                                                                    : QStringLiteral("built-in");
    };
    auto credentialName = [](auth::MechanismInfo::Credential credential) {
        switch (credential) {
        case auth::MechanismInfo::Credential::BearerToken:
            return QStringLiteral("bearer-token");
        case auth::MechanismInfo::Credential::Kerberos:
            return QStringLiteral("kerberos");
        case auth::MechanismInfo::Credential::Password:
            break;
        }
        return QStringLiteral("password");
    };
    if (json) {
        QJsonArray list;
        for (const auth::MechanismInfo &info : catalog) {
            list.append(QJsonObject {
                {QStringLiteral("name"), QString::fromLatin1(info.name)},
                {QStringLiteral("provider"), providerName(info.provider)},
                {QStringLiteral("credential"), credentialName(info.credential)},
                {QStringLiteral("sendsSecretAsIs"), info.sendsSecretAsIs},
                {QStringLiteral("summary"), info.summary},
            });
        }
        auto names = [](auth::MechanismOrder order) {
            QJsonArray names;
            for (const QByteArray &name : auth::mechanismOrder(order))
                names.append(QString::fromLatin1(name));
            return names;
        };
        printJson(QJsonObject {
            {QStringLiteral("ok"), true},
            {QStringLiteral("mechanisms"), list},
            {QStringLiteral("orders"),
             QJsonObject {{QStringLiteral("postscope"), names(auth::MechanismOrder::Postscope)},
                          {QStringLiteral("smtplib"), names(auth::MechanismOrder::Smtplib)}}},
        });
        return;
    }
    out(tr("SASL mechanisms this machine can do (--auth NAME, or auto):\n"));
    for (const auth::MechanismInfo &info : catalog) {
        out(QStringLiteral("  %1 %2 %3 %4\n")
                .arg(QString::fromLatin1(info.name), -14)
                .arg(providerName(info.provider), -10)
                .arg(credentialName(info.credential), -12)
                .arg(info.summary));
    }
    out(tr("auto order: postscope %1; smtplib %2 (--auth-order).\n")
            .arg(QString::fromLatin1(
                     auth::mechanismOrder(auth::MechanismOrder::Postscope).join(' ')),
                 QString::fromLatin1(
                     auth::mechanismOrder(auth::MechanismOrder::Smtplib).join(' '))));
    out(tr("PLAIN, LOGIN, XOAUTH2 and OAUTHBEARER send the secret as it is: only over TLS unless "
           "--allow-plaintext-auth.\n"));
}

// ---------------------------------------------------------------- running

ClientRun::ClientRun(const ClientCommand &command, session::SessionJob &job, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_job(job)
{
    attachTranscript();
    if (command.debugLevel() > 0)
        attachDebug();
    if (command.sessionOptions().stepping)
        m_stepper = std::make_unique<TerminalStepper>(&session());
    connect(&m_job, &session::SessionJob::finished, &m_loop, &QEventLoop::quit);
}

ClientRun::~ClientRun() = default;

void ClientRun::attachTranscript()
{
    if (m_command.transcriptPath().isEmpty())
        return;
    m_transcriptFile = std::make_unique<QFile>();
    bool opened;
    if (m_command.transcriptPath() == QLatin1String("-")) {
        opened = m_transcriptFile->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    } else {
        m_transcriptFile->setFileName(m_command.transcriptPath());
        opened = m_transcriptFile->open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    if (!opened) {
        err(tr("postscope-cli: cannot write the transcript to %1: %2\n")
                .arg(m_command.transcriptPath(), m_transcriptFile->errorString()));
        return;
    }
    m_transcript = std::make_unique<transcript::Transcript>();
    m_transcript->setMaxEntries(1); // written as it comes; nothing to keep
    if (m_command.transcriptJson())
        m_transcriptJsonWriter = std::make_unique<transcript::JsonWriter>(m_transcriptFile.get());
    else
        m_transcriptWriter = std::make_unique<transcript::TextWriter>(m_transcriptFile.get());
    connect(m_transcript.get(), &transcript::Transcript::entryAdded, this,
            [this](const transcript::Entry &entry) {
                if (m_transcriptJsonWriter)
                    m_transcriptJsonWriter->write(entry);
                else
                    m_transcriptWriter->write(entry);
                m_transcriptFile->flush();
            });
    m_transcript->attach(&session());
}

void ClientRun::attachDebug()
{
    // smtplib's set_debuglevel() format: what a Python user knows.
    session::SmtpSession *s = &session();
    connect(s, &session::SmtpSession::connected, this, [this] {
        const auto &o = m_command.sessionOptions();
        if (!o.socketPath.isEmpty())
            debugLine("connect: " + pythonRepr(o.socketPath.toUtf8(), false));
        else
            debugLine("connect: (" + pythonRepr(o.host.toUtf8(), false) + ", "
                      + QByteArray::number(o.effectivePort()) + ")");
    });
    connect(s, &session::SmtpSession::commandSent, this, [this](const protocol::Command &command) {
        // display() is redacted for AUTH: no secret reaches stderr.
        debugLine("send: " + pythonRepr(command.display() + "\r\n", false));
    });
    connect(s, &session::SmtpSession::dataSent, this, [this](const QByteArray &data) {
        // smtplib prints the message data it sends, too.
        debugLine("send: " + pythonRepr(data, false));
    });
    connect(s, &session::SmtpSession::replyReceived, this, [this](const protocol::Reply &reply) {
        qsizetype pos = 0;
        const QByteArray &raw = reply.raw;
        while (pos < raw.size()) {
            qsizetype end = raw.indexOf('\n', pos);
            end = end < 0 ? raw.size() : end + 1;
            debugLine("reply: " + pythonRepr(QByteArrayView(raw).sliced(pos, end - pos), true));
            pos = end;
        }
        debugLine("reply: retcode (" + QByteArray::number(reply.code)
                  + "); Msg: " + pythonRepr(reply.text(), true));
    });
    connect(s, &session::SmtpSession::note, this,
            [this](const QString &text) { debugLine("note: " + text.toUtf8()); });
}

void ClientRun::debugLine(const QByteArray &text)
{
    QByteArray line;
    if (m_command.debugLevel() >= 2) {
        // smtplib level 2: datetime.datetime.now().time(), HH:MM:SS.ffffff
        using namespace std::chrono;
        const auto now = system_clock::now();
        const std::time_t t = system_clock::to_time_t(now);
        std::tm local {};
        localtime_r(&t, &local);
        const auto micros = duration_cast<microseconds>(now.time_since_epoch()).count() % 1000000;
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "%02d:%02d:%02d.%06lld ", local.tm_hour, local.tm_min,
                      local.tm_sec, static_cast<long long>(micros));
        line += stamp;
    }
    // The repr()s are escaped already; notes (a certificate's name, an error
    // that quotes the server) and bytes that are not UTF-8 go through the
    // one notation for control characters too.
    line += protocol::printable(text);
    line += '\n';
    fflush(stdout);
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void ClientRun::exec()
{
    m_job.start();
    if (!m_job.isFinished())
        m_loop.exec();
    if (m_transcriptFile)
        m_transcriptFile->flush();
}

void reportError(const QString &command, const SmtpError &error)
{
    if (error)
        err(tr("postscope-cli %1: %2: %3\n")
                .arg(command, SmtpError::kindName(error.kind), error.message));
}

QJsonObject ClientRun::replyJson(const protocol::Reply &reply)
{
    return QJsonObject {
        {QStringLiteral("code"),
         reply.isValid() ? QJsonValue(reply.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhancedCode"), enhancedJson(reply.enhanced)},
        {QStringLiteral("text"), QString::fromUtf8(reply.text(true))},
    };
}

QJsonValue ClientRun::enhancedJson(const protocol::EnhancedCode &code)
{
    return code.isValid() ? QJsonValue(code.toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue ClientRun::errorJson(const SmtpError &error)
{
    if (!error)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("kind"), SmtpError::kindName(error.kind)},
        {QStringLiteral("code"), error.code ? QJsonValue(error.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhancedCode"), enhancedJson(error.enhanced)},
        {QStringLiteral("message"), error.message},
    };
}

SmtpError ClientRun::error() const
{
    SmtpError error = m_job.error();
    const session::LoginOutcome &login = m_job.login();
    // RFC 4954 14: the engine withheld PLAIN/LOGIN (nothing was sent); the
    // option that allows them is this front end's to name.
    if (error && login.tried && !login.withheld.isEmpty()
        && error.kind == SmtpError::Kind::NotSupported
        && !error.message.contains(QLatin1String("--allow-plaintext-auth"))) {
        error.message += QLatin1Char(' ')
            + tr("Use --security starttls or tls, or allow it with --allow-plaintext-auth.");
    }
    return error;
}

QJsonObject ClientRun::baseJson(bool ok) const
{
    return baseJson(ok, error());
}

QJsonObject ClientRun::baseJson(bool ok, const SmtpError &error) const
{
    const session::SessionOptions &o = m_command.sessionOptions();
    QJsonObject server{
        {QStringLiteral("host"), o.socketPath.isEmpty() ? o.host : o.socketPath},
        {QStringLiteral("port"), o.socketPath.isEmpty() ? QJsonValue(int(o.effectivePort()))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("security"), session::securityName(o.security)},
        {QStringLiteral("protocol"), o.dialect == engine::Dialect::Lmtp ? QStringLiteral("lmtp")
                                                                         : QStringLiteral("smtp")},
    };
    if (!o.socketPath.isEmpty())
        server.insert(QStringLiteral("socket"), o.socketPath);
    QJsonObject object {
        {QStringLiteral("ok"), ok},
        {QStringLiteral("error"), errorJson(error)},
        {QStringLiteral("server"), server},
        {QStringLiteral("elapsedSeconds"), m_job.elapsedSeconds()},
    };
    if (const accounts::Account *account = m_command.account())
        object.insert(QStringLiteral("account"), account->name);
    return object;
}

QJsonValue ClientRun::authJson() const
{
    const session::LoginOutcome &login = m_job.login();
    if (!login.tried)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("mechanism"), QString::fromLatin1(login.mechanism)},
        {QStringLiteral("attempts"), QJsonArray::fromStringList([&login] {
             QStringList names;
             for (const QByteArray &name : login.attempts)
                 names << QString::fromLatin1(name);
             return names;
         }())},
        {QStringLiteral("user"), m_command.authSettings().credentials.user},
        {QStringLiteral("ok"), login.succeeded()},
        {QStringLiteral("code"),
         login.reply.isValid() ? QJsonValue(login.reply.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhancedCode"), enhancedJson(login.reply.enhanced)},
        {QStringLiteral("text"), QString::fromUtf8(login.reply.text(true))},
    };
}

} // namespace postscope::cli
