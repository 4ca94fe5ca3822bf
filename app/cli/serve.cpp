// postscope-cli serve: the sandbox server on the command line (CLI.md,
// ARCHITECTURE.md "The built-in sandbox server").
#include "commands.h"

#include "sandbox/faultplan.h"
#include "sandbox/replayengine.h"
#include "sandbox/sandboxserver.h"
#include "transcript/transcript.h"
#include "transcript/transcriptreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
#include <sys/socket.h>
#include <type_traits>
#include <unistd.h>

namespace postscope::cli {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // write(2) is async-signal-safe; the event loop picks it up.
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::serve", text);
}

void fail(const QString &message)
{
    fprintf(stderr, "postscope-cli serve: %s\n", qPrintable(message));
}

bool parseHostPort(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return false;
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return false;
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = static_cast<quint16>(p);
    return true;
}

QList<QByteArray> readLines(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QList<QByteArray> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        out.append(line);
    }
    return out;
}

const char helpText[] =
    "Usage: postscope-cli serve [options]\n"
    "\n"
    "Runs the Postscope sandbox: a loopback SMTP (or LMTP) server that stores\n"
    "what it receives in Maildirs, one per recipient, and can misbehave on demand.\n"
    "On start it prints one line per listener, e.g.\n"
    "  listening on smtp://127.0.0.1:34567\n"
    "and runs until SIGINT or SIGTERM.\n"
    "\n"
    "Options:\n"
    "  --listen ADDR:PORT      SMTP (STARTTLS) listener (default 127.0.0.1:0, an\n"
    "                          ephemeral port; not opened when only --socket is given)\n"
    "  --tls-listen ADDR:PORT  also an implicit-TLS (smtps) listener\n"
    "  --lmtp                  speak LMTP (RFC 2033): LHLO, one reply per recipient\n"
    "  --socket PATH           also listen on a Unix-domain socket\n"
    "  --maildir DIR           where mail goes (default: the app data folder's\n"
    "                          sandbox/maildir); DIR/<recipient>/{tmp,new,cur}, and\n"
    "                          DIR/<recipient>/envelopes/<name>.json for each message\n"
    "  --users FILE            AUTH users, one \"user:password\" per line\n"
    "  --directory FILE        mailboxes and lists for VRFY/EXPN: one address per\n"
    "                          line for a mailbox, \"list: a@x, b@y\" for a list\n"
    "                          (list name with or without a domain); # comments\n"
    "  --reject-unknown        refuse RCPT to mailboxes not in --directory (550 5.1.1)\n"
    "  --disable EXT           switch an extension off (repeatable, or comma list):\n"
    "                          SIZE PIPELINING 8BITMIME SMTPUTF8 DSN CHUNKING\n"
    "                          ENHANCEDSTATUSCODES STARTTLS AUTH VRFY EXPN\n"
    "  --fault RULE            make the server misbehave (repeatable), see below\n"
    "  --fault-seed N          seed for probability rules (repeatable runs)\n"
    "  --transcript FILE|-     write the server's side of every conversation\n"
    "  --require-tls-auth      AUTH only after TLS (538 5.7.11 before)\n"
    "  --cert FILE --key FILE  TLS certificate and key (PEM) instead of the\n"
    "                          generated one\n"
    "  --cert-dir DIR          where the generated certificate is kept (default:\n"
    "                          the app data folder's sandbox)\n"
    "  --no-tls                no certificate: no STARTTLS, no --tls-listen\n"
    "  --hostname NAME         the name in the greeting and EHLO (default localhost)\n"
    "  --max-size OCTETS       message size limit (SIZE; default 104857600)\n"
    "  --max-recipients N      accepted RCPTs per transaction (default 1000)\n"
    "  --max-transaction-bytes OCTETS\n"
    "                          what one transaction may store: message size x\n"
    "                          distinct recipients (default 1073741824)\n"
    "  --max-connections N     simultaneous connections (default 100; 0: no limit)\n"
    "  --max-connections-per-peer N\n"
    "                          simultaneous connections from one IP address\n"
    "                          (default 0: no limit of its own; on loopback every\n"
    "                          client has the same address)\n"
    "  --idle-timeout SECONDS  wait for the next command to begin (default 300)\n"
    "  --command-timeout SECONDS\n"
    "                          a command line must end this long after its first\n"
    "                          octet; also the TLS handshake, and a client that\n"
    "                          does not read its replies (default 300)\n"
    "  --data-timeout SECONDS  one message's data, from 354 to the final dot (or\n"
    "                          first BDAT to LAST chunk) (default 600)\n"
    "  --bare-lf reject|normalize|keep\n"
    "                          a bare LF (no CR before it) in DATA: refuse the\n"
    "                          message with 554 5.5.2 (default, as Postfix 3.9),\n"
    "                          store it as CRLF, or store it as sent; the envelope\n"
    "                          JSON says what was done (bareLineFeeds,\n"
    "                          bareLineFeedHandling). Data ends only at\n"
    "                          CRLF.CRLF; BDAT octets are always stored exactly\n"
    "  --misbehave NAME        misbehave at the protocol level on purpose, for\n"
    "                          lessons and tests (repeatable, or comma list;\n"
    "                          loopback listeners only):\n"
    "    strip-starttls        MISBEHAVIOUR: STARTTLS overwritten with XXXXXXXA in\n"
    "                          the EHLO reply, the command then unknown (500), as\n"
    "                          a middlebox stripping STARTTLS does\n"
    "    refuse-starttls       MISBEHAVIOUR: STARTTLS offered, then refused with\n"
    "                          454 4.7.0\n"
    "    inject-after-starttls MISBEHAVIOUR: plaintext replies right after the 220\n"
    "                          to STARTTLS (the STARTTLS response injection)\n"
    "    broken-multiline      MISBEHAVIOUR: the EHLO reply's last line has code\n"
    "                          251 after its 250- lines\n"
    "    unsafe-bare-lf-end    UNSAFE: LF.LF ends the message data and bare LFs\n"
    "                          are kept, as servers open to SMTP smuggling did\n"
    "  --replay TRANSCRIPT     answer as the recorded server did (a transcript\n"
    "                          written with --transcript, text or JSON): every\n"
    "                          connection plays it from the start; client commands\n"
    "                          must come in the recorded order (the EHLO name,\n"
    "                          sizes, dates, Message-ID and MIME boundaries may\n"
    "                          differ); anything else gets 554 5.5.0 and a note.\n"
    "                          Not with --fault or --misbehave\n"
    "\n"
    "Limits (a hostile client is expected; none of these can be stretched):\n"
    "  connections         --max-connections, --max-connections-per-peer; one\n"
    "                      over: 421 4.7.0 and closed\n"
    "  replies queued      64 KiB waiting to be written per client; past that the\n"
    "                      server stops reading from it until it reads its replies\n"
    "  line length         512 octets per command line with CRLF, MAIL/RCPT 1536,\n"
    "                      AUTH and SASL responses 12288: 500 5.5.6; a control\n"
    "                      character (NUL, lone CR, ...) in a command: 500/501 5.5.2\n"
    "  recipients          --max-recipients: 452 4.5.3; a repeated RCPT is\n"
    "                      accepted and stored once (duplicateRecipients)\n"
    "  message size        --max-size: 552 5.3.4\n"
    "  bytes/transaction   --max-transaction-bytes: 452 4.5.3 at RCPT with\n"
    "                      SIZE=, else 552 5.3.4 after the data; nothing stored\n"
    "  errors              50 refused commands, then 421 4.7.0 and closed\n"
    "  deadlines           --idle-timeout, --command-timeout, --data-timeout:\n"
    "                      421 4.4.2 and closed; trickled octets do not extend\n"
    "                      them (only a complete command restarts the command\n"
    "                      deadline). A client that reads no replies for\n"
    "                      --command-timeout is cut off; a closing connection\n"
    "                      that cannot write its last replies is aborted after\n"
    "                      5 seconds\n"
    "\n";

// serve's options, in one place: the parser and every step below read them.
struct ServeOptions
{
    const QCommandLineOption help {QStringList {QStringLiteral("h"), QStringLiteral("help")}};
    const QCommandLineOption listen {QStringLiteral("listen"), {}, QStringLiteral("ADDR:PORT")};
    const QCommandLineOption tlsListen {
        QStringLiteral("tls-listen"), {}, QStringLiteral("ADDR:PORT")};
    const QCommandLineOption lmtp {QStringLiteral("lmtp")};
    const QCommandLineOption socket {QStringLiteral("socket"), {}, QStringLiteral("PATH")};
    const QCommandLineOption maildir {QStringLiteral("maildir"), {}, QStringLiteral("DIR")};
    const QCommandLineOption users {QStringLiteral("users"), {}, QStringLiteral("FILE")};
    const QCommandLineOption directory {QStringLiteral("directory"), {}, QStringLiteral("FILE")};
    const QCommandLineOption rejectUnknown {QStringLiteral("reject-unknown")};
    const QCommandLineOption disable {QStringLiteral("disable"), {}, QStringLiteral("EXT")};
    const QCommandLineOption fault {QStringLiteral("fault"), {}, QStringLiteral("RULE")};
    const QCommandLineOption faultSeed {QStringLiteral("fault-seed"), {}, QStringLiteral("N")};
    const QCommandLineOption transcript {QStringLiteral("transcript"), {}, QStringLiteral("FILE")};
    const QCommandLineOption requireTlsAuth {QStringLiteral("require-tls-auth")};
    const QCommandLineOption cert {QStringLiteral("cert"), {}, QStringLiteral("FILE")};
    const QCommandLineOption key {QStringLiteral("key"), {}, QStringLiteral("FILE")};
    const QCommandLineOption certDir {QStringLiteral("cert-dir"), {}, QStringLiteral("DIR")};
    const QCommandLineOption noTls {QStringLiteral("no-tls")};
    const QCommandLineOption hostname {QStringLiteral("hostname"), {}, QStringLiteral("NAME")};
    const QCommandLineOption maxSize {QStringLiteral("max-size"), {}, QStringLiteral("OCTETS")};
    const QCommandLineOption maxRcpt {QStringLiteral("max-recipients"), {}, QStringLiteral("N")};
    const QCommandLineOption maxTransaction {
        QStringLiteral("max-transaction-bytes"), {}, QStringLiteral("OCTETS")};
    const QCommandLineOption maxConnections {
        QStringLiteral("max-connections"), {}, QStringLiteral("N")};
    const QCommandLineOption maxPerPeer {
        QStringLiteral("max-connections-per-peer"), {}, QStringLiteral("N")};
    const QCommandLineOption idleTimeout {
        QStringLiteral("idle-timeout"), {}, QStringLiteral("SECONDS")};
    const QCommandLineOption commandTimeout {
        QStringLiteral("command-timeout"), {}, QStringLiteral("SECONDS")};
    const QCommandLineOption dataTimeout {
        QStringLiteral("data-timeout"), {}, QStringLiteral("SECONDS")};
    const QCommandLineOption bareLf {QStringLiteral("bare-lf"), {}, QStringLiteral("POLICY")};
    const QCommandLineOption misbehave {QStringLiteral("misbehave"), {}, QStringLiteral("NAME")};
    const QCommandLineOption replay {QStringLiteral("replay"), {}, QStringLiteral("TRANSCRIPT")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({help,          listen,         tlsListen,      lmtp,
                      socket,        maildir,        users,          directory,
                      rejectUnknown, disable,        fault,          faultSeed,
                      transcript,    requireTlsAuth, cert,           key,
                      certDir,       noTls,          hostname,       maxSize,
                      maxRcpt,       maxTransaction, maxConnections, maxPerPeer,
                      idleTimeout,   commandTimeout, dataTimeout,    bareLf,
                      misbehave,     replay});
    }
};

// Each step below reads its options into the config; false after saying
// why on stderr (serve then exits 2: usage).

// Where the server listens and what it speaks.
bool takeListeners(const QCommandLineParser &p, const ServeOptions &o,
                   sandbox::SandboxConfig *config)
{
    config->server.dialect = p.isSet(o.lmtp) ? engine::Dialect::Lmtp : engine::Dialect::Smtp;
    if (p.isSet(o.listen)) {
        if (!parseHostPort(p.value(o.listen), &config->address, &config->port)) {
            fail(tr("--listen wants ADDR:PORT, e.g. 127.0.0.1:2525"));
            return false;
        }
    } else if (p.isSet(o.socket)) {
        config->listenTcp = false;
    }
    if (p.isSet(o.tlsListen)) {
        config->listenTls = true;
        if (!parseHostPort(p.value(o.tlsListen), &config->tlsAddress, &config->tlsPort)) {
            fail(tr("--tls-listen wants ADDR:PORT, e.g. 127.0.0.1:4650"));
            return false;
        }
    }
    config->socketPath = p.value(o.socket);
    config->maildir = p.value(o.maildir);
    if (p.isSet(o.hostname))
        config->server.hostname = p.value(o.hostname).toUtf8();
    return true;
}

// The bounds a client cannot stretch (ARCHITECTURE.md "A hostile client is normal").
bool takeLimits(const QCommandLineParser &p, const ServeOptions &o, sandbox::SandboxConfig *config)
{
    // A positive count of octets or items.
    auto positive = [&p](const QCommandLineOption &option, auto *out, const QString &error) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        const qlonglong v = p.value(option).toLongLong(&ok);
        if (!ok || v <= 0 || v > std::numeric_limits<std::remove_pointer_t<decltype(out)>>::max()) {
            fail(error);
            return false;
        }
        *out = v;
        return true;
    };
    // A count of 0 or more (0: no limit).
    auto count = [&p](const QCommandLineOption &option, int *out, const QString &error) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        const int v = p.value(option).toInt(&ok);
        if (!ok || v < 0) {
            fail(error);
            return false;
        }
        *out = v;
        return true;
    };
    // Seconds, fractions allowed (tests use short deadlines), at most a day.
    auto seconds = [&p](const QCommandLineOption &option, int *ms, const QString &error) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        const double v = p.value(option).toDouble(&ok);
        if (!ok || !(v > 0) || v > 86400) {
            fail(error);
            return false;
        }
        *ms = qMax(1, int(v * 1000));
        return true;
    };
    return positive(o.maxSize, &config->server.maxMessageSize,
                    tr("--max-size wants a positive number of octets"))
        && positive(o.maxRcpt, &config->server.maxRecipients,
                    tr("--max-recipients wants a positive number"))
        && positive(o.maxTransaction, &config->server.maxTransactionBytes,
                    tr("--max-transaction-bytes wants a positive number of octets"))
        && count(o.maxConnections, &config->maxConnections,
                 tr("--max-connections wants a number (0: no limit)"))
        && count(o.maxPerPeer, &config->maxConnectionsPerPeer,
                 tr("--max-connections-per-peer wants a number (0: no limit)"))
        && seconds(o.idleTimeout, &config->idleTimeoutMs,
                   tr("--idle-timeout wants a number of seconds above 0, at most 86400"))
        && seconds(o.commandTimeout, &config->commandTimeoutMs,
                   tr("--command-timeout wants a number of seconds above 0, at most 86400"))
        && seconds(o.dataTimeout, &config->dataTimeoutMs,
                   tr("--data-timeout wants a number of seconds above 0, at most 86400"));
}

// TLS, the bare-LF policy, and the extensions switched off.
bool takeProtocol(const QCommandLineParser &p, const ServeOptions &o,
                  sandbox::SandboxConfig *config)
{
    if (p.isSet(o.bareLf)) {
        const QString v = p.value(o.bareLf);
        if (v == QLatin1String("reject"))
            config->server.bareLineFeeds = protocol::BareLineFeed::Reject;
        else if (v == QLatin1String("normalize"))
            config->server.bareLineFeeds = protocol::BareLineFeed::Normalize;
        else if (v == QLatin1String("keep"))
            config->server.bareLineFeeds = protocol::BareLineFeed::Keep;
        else {
            fail(tr("--bare-lf wants reject, normalize or keep"));
            return false;
        }
    }
    config->server.requireTlsForAuth = p.isSet(o.requireTlsAuth);
    config->tls = !p.isSet(o.noTls);
    if (p.isSet(o.cert) != p.isSet(o.key)) {
        fail(tr("--cert and --key go together"));
        return false;
    }
    config->certificatePath = p.value(o.cert);
    config->keyPath = p.value(o.key);
    config->certificateFolder = p.value(o.certDir);
    if (config->listenTls && !config->tls) {
        fail(tr("--tls-listen needs TLS; drop --no-tls"));
        return false;
    }
    for (const QString &value : p.values(o.disable)) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            engine::ServerExtension ext;
            if (!engine::parseServerExtension(name.trimmed().toLatin1(), &ext)) {
                fail(tr("unknown extension '%1' for --disable").arg(name));
                return false;
            }
            config->server.extensions &= ~engine::ServerExtensions(ext);
        }
    }
    for (const QString &value : p.values(o.misbehave)) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            engine::Misbehaviour m;
            if (!engine::parseMisbehaviour(name.trimmed().toLatin1(), &m)) {
                fail(tr("unknown misbehaviour '%1' for --misbehave (one of: %2)")
                         .arg(name, QString::fromLatin1(engine::misbehaviourNames().join(", "))));
                return false;
            }
            config->server.misbehaviours |= m;
        }
    }
    return true;
}

// --users: "user:password" per line, for AUTH.
bool takeUsers(const QCommandLineParser &p, const ServeOptions &o, sandbox::SandboxConfig *config)
{
    if (!p.isSet(o.users))
        return true;
    QString error;
    const QList<QByteArray> lines = readLines(p.value(o.users), &error);
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(tr("%1: a user line is \"user:password\"").arg(p.value(o.users)));
            return false;
        }
        config->users.insert(QString::fromUtf8(line.left(colon)),
                             QString::fromUtf8(line.mid(colon + 1)));
    }
    return true;
}

// --directory: mailboxes and lists for VRFY, EXPN and --reject-unknown.
bool takeDirectory(const QCommandLineParser &p, const ServeOptions &o,
                   sandbox::SandboxConfig *config)
{
    config->server.rejectUnknownRecipients = p.isSet(o.rejectUnknown);
    if (!p.isSet(o.directory))
        return true;
    QString error;
    const QList<QByteArray> lines = readLines(p.value(o.directory), &error);
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) {
            config->server.directory.mailboxes.append(line);
            continue;
        }
        QList<QByteArray> members;
        for (const QByteArray &m : line.mid(colon + 1).split(',')) {
            if (!m.trimmed().isEmpty())
                members.append(m.trimmed());
        }
        config->server.directory.lists.insert(line.left(colon).trimmed().toLower(), members);
    }
    return true;
}

// --fault and --fault-seed: the misbehaviour on demand.
bool takeFaults(const QCommandLineParser &p, const ServeOptions &o, sandbox::SandboxConfig *config)
{
    for (const QString &rule : p.values(o.fault)) {
        QString error;
        const sandbox::FaultRule r = sandbox::FaultRule::parse(rule, &error);
        if (!error.isEmpty()) {
            fail(error);
            return false;
        }
        config->faults.addRule(r);
    }
    if (p.isSet(o.faultSeed)) {
        bool ok = false;
        const uint seed = p.value(o.faultSeed).toUInt(&ok);
        if (!ok) {
            fail(tr("--fault-seed wants a number"));
            return false;
        }
        config->faults.setSeed(seed);
    }
    return true;
}

// --replay TRANSCRIPT: every connection answers as the recorded server did.
bool takeReplay(const QCommandLineParser &p, const ServeOptions &o, sandbox::SandboxConfig *config)
{
    if (!p.isSet(o.replay))
        return true;
    if (p.isSet(o.fault) || p.isSet(o.misbehave)) {
        fail(tr("--replay plays a recording: it does not go with --fault or --misbehave"));
        return false;
    }
    const transcript::ReadTranscript read = transcript::readTranscriptFile(p.value(o.replay));
    if (!read.ok()) {
        fail(QStringLiteral("%1: %2").arg(p.value(o.replay), read.error));
        return false;
    }
    QString why;
    auto script = std::make_shared<const sandbox::ReplayScript>(
        sandbox::ReplayScript::fromConversation(read.conversation, &why));
    if (!why.isEmpty()) {
        fail(QStringLiteral("%1: %2").arg(p.value(o.replay), why));
        return false;
    }
    for (const QString &problem : read.conversation.problems)
        fprintf(stderr, "postscope-cli serve: %s: %s\n", qPrintable(p.value(o.replay)),
                qPrintable(problem));
    if (script->lmtp)
        config->server.dialect = engine::Dialect::Lmtp;
    config->conversationFactory = [script](const engine::ServerConfig &server) {
        return std::make_unique<sandbox::ReplayEngine>(script, server);
    };
    return true;
}

// --misbehave said on stderr once the server runs: nobody should mistake it
// for a well-behaved server.
void warnMisbehaving(const sandbox::SandboxConfig &config)
{
    for (const QByteArray &name : engine::misbehaviourNames()) {
        engine::Misbehaviour m;
        if (engine::parseMisbehaviour(name, &m) && config.server.misbehaviours.testFlag(m))
            fprintf(stderr, "postscope-cli serve: %s %s\n",
                    m == engine::Misbehaviour::UnsafeBareLfEndOfData ? "UNSAFE" : "MISBEHAVING:",
                    name.constData());
    }
}

// --transcript FILE|-: the server's side of every conversation, appended.
bool attachTranscript(const QString &path, sandbox::SandboxServer *server, QFile *file,
                      std::unique_ptr<transcript::TextWriter> *writer)
{
    const bool ok = path == QLatin1String("-")
        ? file->open(stdout, QIODevice::WriteOnly)
        : (file->setFileName(path), file->open(QIODevice::WriteOnly | QIODevice::Append));
    if (!ok) {
        fail(tr("Cannot write the transcript %1: %2").arg(path, file->errorString()));
        return false;
    }
    *writer = std::make_unique<transcript::TextWriter>(file);
    transcript::TextWriter *w = writer->get();
    QObject::connect(server, &sandbox::SandboxServer::transcriptEntry, server,
                     [w, file](quint64, const transcript::Entry &entry) {
                         w->write(entry);
                         file->flush();
                     });
    return true;
}

// SIGINT/SIGTERM end the event loop through a socket pair (a signal
// handler may only do async-signal-safe things).
bool quitOnSignals(std::unique_ptr<QSocketNotifier> *notifier)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        fail(tr("socketpair failed"));
        return false;
    }
    *notifier = std::make_unique<QSocketNotifier>(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(notifier->get(), &QSocketNotifier::activated, notifier->get(), [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}

// The lines scripts wait for: each listener, the Maildir, the certificate.
void printListening(sandbox::SandboxServer &server)
{
    for (const QString &url : server.listenUrls())
        printf("listening on %s\n", qPrintable(url));
    printf("maildir %s\n", qPrintable(server.mailStore().root()));
    if (server.certificate().isValid()) {
        // What a client needs to verify the sandbox instead of turning checks
        // off: --ca-file PATH, or --trust-fingerprint SHA256.
        printf("certificate %s sha256 %s\n", qPrintable(server.certificate().certificatePath),
               server.certificate().certificate.digest(QCryptographicHash::Sha256).toHex().constData());
    }
    fflush(stdout);
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const ServeOptions o;
    o.addTo(p);
    if (!p.parse(QStringList {QStringLiteral("serve")} + args)) {
        fail(p.errorText());
        return 2;
    }
    if (p.isSet(o.help)) {
        fputs(helpText, stdout);
        fputs(qPrintable(sandbox::FaultPlan::syntaxHelp()), stdout);
        fputs("\n", stdout);
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        fail(tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
        return 2;
    }

    sandbox::SandboxConfig config;
    if (!takeListeners(p, o, &config) || !takeLimits(p, o, &config) || !takeProtocol(p, o, &config)
        || !takeUsers(p, o, &config) || !takeDirectory(p, o, &config) || !takeFaults(p, o, &config)
        || !takeReplay(p, o, &config))
        return 2;

    sandbox::SandboxServer server(config);
    QFile transcriptFile;
    std::unique_ptr<transcript::TextWriter> writer;
    if (p.isSet(o.transcript)
        && !attachTranscript(p.value(o.transcript), &server, &transcriptFile, &writer))
        return 2;

    QString error;
    if (!server.start(&error)) {
        fail(error);
        return 3;
    }
    warnMisbehaving(config);
    if (server.certificate().generated)
        fprintf(stderr, "postscope-cli serve: generated a TLS certificate in %s\n",
                qPrintable(server.certificate().certificatePath));
    std::unique_ptr<QSocketNotifier> notifier;
    if (!quitOnSignals(&notifier))
        return 3;
    printListening(server);

    const int rc = QCoreApplication::exec();
    server.stop();
    if (transcriptFile.isOpen())
        transcriptFile.flush();
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    return rc;
}

} // namespace postscope::cli
