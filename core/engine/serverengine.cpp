#include "engine/serverengine.h"

#include "protocol/command.h"
#include "protocol/datatransform.h"

#include <QCoreApplication>

namespace postscope::engine {

using protocol::Reply;

// ---------------------------------------------------------------- extensions

namespace {
struct ExtensionName
{
    ServerExtension ext;
    const char *name;
};
constexpr ExtensionName extensionNames[] = {
    {ServerExtension::Size, "SIZE"},
    {ServerExtension::Pipelining, "PIPELINING"},
    {ServerExtension::EightBitMime, "8BITMIME"},
    {ServerExtension::SmtpUtf8, "SMTPUTF8"},
    {ServerExtension::Dsn, "DSN"},
    {ServerExtension::Chunking, "CHUNKING"},
    {ServerExtension::EnhancedStatusCodes, "ENHANCEDSTATUSCODES"},
    {ServerExtension::StartTls, "STARTTLS"},
    {ServerExtension::Auth, "AUTH"},
    {ServerExtension::Vrfy, "VRFY"},
    {ServerExtension::Expn, "EXPN"},
};

QByteArray bareAddress(QByteArrayView query)
{
    QByteArrayView q = query.trimmed();
    const qsizetype lt = q.lastIndexOf('<');
    if (lt >= 0) {
        const qsizetype gt = q.indexOf('>', lt);
        q = q.sliced(lt + 1, (gt < 0 ? q.size() : gt) - lt - 1);
    }
    return q.trimmed().toByteArray();
}

QByteArray localPart(QByteArrayView address)
{
    const qsizetype at = address.lastIndexOf('@');
    return (at < 0 ? address : address.first(at)).toByteArray();
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::engine::ServerEngine", text, disambiguation, n);
}

// The key under which two RCPT paths name the same mailbox: RFC 5321 2.4
// makes the local part case-sensitive and the domain not; "Postmaster"
// without a domain is case-insensitive (4.5.1).
QByteArray mailboxKey(const protocol::PathArgument &p)
{
    if (p.postmaster)
        return "postmaster";
    const qsizetype at = p.address.lastIndexOf('@');
    if (at < 0)
        return p.address;
    return p.address.left(at + 1) + p.address.mid(at + 1).toLower();
}

int countBareLineFeeds(QByteArrayView data)
{
    int n = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
            ++n;
    }
    return n;
}
} // namespace

bool parseServerExtension(QByteArrayView name, ServerExtension *out)
{
    for (const ExtensionName &e : extensionNames) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *out = e.ext;
            return true;
        }
    }
    return false;
}

QList<QByteArray> serverExtensionNames()
{
    QList<QByteArray> out;
    for (const ExtensionName &e : extensionNames)
        out.append(e.name);
    return out;
}

// ---------------------------------------------------------------- misbehaviour

namespace {
struct MisbehaviourName
{
    Misbehaviour misbehaviour;
    const char *name;
};
constexpr MisbehaviourName misbehaviourTable[] = {
    {Misbehaviour::StripStartTls, "strip-starttls"},
    {Misbehaviour::RefuseStartTls, "refuse-starttls"},
    {Misbehaviour::InjectAfterStartTls, "inject-after-starttls"},
    {Misbehaviour::BrokenMultiline, "broken-multiline"},
    {Misbehaviour::UnsafeBareLfEndOfData, "unsafe-bare-lf-end"},
};
} // namespace

bool parseMisbehaviour(QByteArrayView name, Misbehaviour *out)
{
    for (const MisbehaviourName &m : misbehaviourTable) {
        if (name.compare(QByteArrayView(m.name), Qt::CaseInsensitive) == 0) {
            *out = m.misbehaviour;
            return true;
        }
    }
    return false;
}

QList<QByteArray> misbehaviourNames()
{
    QList<QByteArray> out;
    for (const MisbehaviourName &m : misbehaviourTable)
        out.append(m.name);
    return out;
}

QByteArray misbehaviourName(Misbehaviour misbehaviour)
{
    for (const MisbehaviourName &m : misbehaviourTable) {
        if (m.misbehaviour == misbehaviour)
            return m.name;
    }
    return {};
}

QByteArray injectedAfterStartTls()
{
    // What a man in the middle would put there: an answer to the EHLO the
    // client will send over TLS, offering only plaintext mechanisms.
    return QByteArrayLiteral(
        "250-injected.invalid Hello from before TLS\r\n250 AUTH PLAIN LOGIN\r\n");
}

// ---------------------------------------------------------------- directory

bool Directory::hasMailbox(QByteArrayView address) const
{
    for (const QByteArray &m : mailboxes) {
        if (QByteArrayView(m).compare(address, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Directory::Result Directory::lookupMailbox(QByteArrayView query) const
{
    Result r;
    const QByteArray q = bareAddress(query);
    if (q.isEmpty())
        return r;
    if (q.contains('@')) {
        for (const QByteArray &m : mailboxes) {
            if (m.compare(q, Qt::CaseInsensitive) == 0) {
                r.match = Match::Mailbox;
                r.addresses = {m};
                return r;
            }
        }
        return r;
    }
    for (const QByteArray &m : mailboxes) {
        if (localPart(m).compare(q, Qt::CaseInsensitive) == 0)
            r.addresses.append(m);
    }
    if (r.addresses.size() == 1)
        r.match = Match::Mailbox;
    else if (r.addresses.size() > 1)
        r.match = Match::Ambiguous;
    return r;
}

Directory::Result Directory::lookupList(QByteArrayView query) const
{
    Result r;
    const QByteArray q = bareAddress(query).toLower();
    if (q.isEmpty())
        return r;
    auto it = lists.constFind(q);
    if (it == lists.cend() && q.contains('@'))
        it = lists.constFind(localPart(q));
    if (it != lists.cend()) {
        r.match = Match::List;
        r.addresses = it.value();
    }
    return r;
}

QString serverStateName(ServerState state)
{
    switch (state) {
    case ServerState::Connected: return QStringLiteral("Connected");
    case ServerState::Fresh: return QStringLiteral("Fresh");
    case ServerState::Identified: return QStringLiteral("Identified");
    case ServerState::InTransaction: return QStringLiteral("InTransaction");
    case ServerState::ReceivingData: return QStringLiteral("ReceivingData");
    case ServerState::ReceivingChunk: return QStringLiteral("ReceivingChunk");
    case ServerState::Delivering: return QStringLiteral("Delivering");
    case ServerState::Authenticating: return QStringLiteral("Authenticating");
    case ServerState::StartingTls: return QStringLiteral("StartingTls");
    case ServerState::Closed: return QStringLiteral("Closed");
    }
    return {};
}

// ---------------------------------------------------------------- engine

struct ServerEngine::Private
{
    ServerConfig config;
    InterventionHook hook;

    ServerState state = ServerState::Connected;
    QByteArray in;        // received, not yet handled (from inPos on)
    qsizetype inPos = 0;
    QByteArray out;
    QList<ServerEvent> events;

    bool encrypted = false;
    bool refusedGreeting = false;   // 554 greeting: only QUIT from now on (RFC 5321 3.1)
    bool discardingLongLine = false;
    bool heldBack = false;          // stopped with input left: output or events are full
    int errors = 0;

    // Identity
    QByteArray helo;
    QByteArray heloVerb;
    QString authUser;

    // Transaction
    bool haveMail = false;
    protocol::PathArgument mailFrom;
    QList<protocol::PathArgument> recipients;   // distinct mailboxes, in order
    QHash<QByteArray, int> recipientIndex;      // mailboxKey() -> index in recipients
    QList<int> rcptSlots;                       // per accepted RCPT: its index in recipients
    bool usedBdat = false;
    bool bdatFailed = false;     // a chunk was refused: answer the rest of the sequence with this
    Reply bdatFailure;
    std::unique_ptr<protocol::DataDecoder> decoder;   // reading DATA
    QByteArray data;             // BDAT octets
    int bareLfSeen = 0;          // of the message being finished
    protocol::BareLineFeed bareLfHandling = protocol::BareLineFeed::Keep;
    bool bodyChecked = false;
    Reply bodyOverride;          // a Body checkpoint's reply, sent instead of delivering
    // A BDAT chunk being read (RFC 3030 2: its octets follow the command line
    // whatever the answer will be).
    enum class ChunkMode { Store, Refuse };
    ChunkMode chunkMode = ChunkMode::Store; // Refuse: read and drop it, then answer chunkError
    qint64 chunkRemaining = 0;
    bool chunkLast = false;
    Reply chunkError;
    bool chunkErrorCounts = true; // chunkError counts towards maxErrors (the fault plan's does not)
    quint64 messageCount = 0;

    // AUTH
    std::unique_ptr<auth::SaslServerMechanism> sasl;
    bool saslSuccessPending = false;   // server-final sent in a 334; an empty answer ends it

    // Pause
    bool paused = false;
    bool pendingValid = false;
    Intervention pending;
    Checkpoint pendingCheckpoint;
    QByteArray pendingLine;      // the command line (with CRLF) being held
    qsizetype pendingRawSize = 0;

    bool ext(ServerExtension e) const { return config.extensions.testFlag(e); }
    bool authOffered() const
    {
        return ext(ServerExtension::Auth) && bool(config.passwords) && !config.authMechanisms.isEmpty();
    }
    bool startTlsOffered() const
    {
        return ext(ServerExtension::StartTls) && config.tlsAvailable && !encrypted;
    }
    bool lmtp() const { return config.dialect == Dialect::Lmtp; }
    bool misbehaves(Misbehaviour m) const { return config.misbehaviours.testFlag(m); }
    // A server that ends the data on a bare LF keeps bare LFs too (unless
    // told to normalise them).
    protocol::BareLineFeed dataBareLineFeeds() const
    {
        if (misbehaves(Misbehaviour::UnsafeBareLfEndOfData)
            && config.bareLineFeeds == protocol::BareLineFeed::Reject)
            return protocol::BareLineFeed::Keep;
        return config.bareLineFeeds;
    }

    Reply makeReply(int code, QByteArrayView enhanced, QByteArrayView text) const
    {
        QByteArray line;
        if (!enhanced.isEmpty() && ext(ServerExtension::EnhancedStatusCodes))
            line = enhanced.toByteArray() + ' ';
        line += text;
        return Reply::make(code, line);
    }

    void emitEvent(ServerEvent e) { events.append(std::move(e)); }

    // A received line as the transcript may see it: with a secret, only its
    // redacted form exists outside the engine.
    void emitCommand(const QByteArray &raw, const QByteArray &redacted)
    {
        ServerEvent e;
        e.type = ServerEvent::Type::CommandReceived;
        e.line = redacted.isEmpty() ? raw : redacted + "\r\n";
        e.redacted = redacted;
        emitEvent(std::move(e));
    }

    void send(const Reply &reply)
    {
        out += reply.raw.isEmpty() ? reply.toWire() : reply.raw;
        ServerEvent e;
        e.type = ServerEvent::Type::ReplySent;
        e.reply = reply;
        emitEvent(std::move(e));
    }
    void send(int code, QByteArrayView enhanced, QByteArrayView text) { send(makeReply(code, enhanced, text)); }

    void note(const QString &text)
    {
        ServerEvent e;
        e.type = ServerEvent::Type::Note;
        e.text = text;
        emitEvent(std::move(e));
    }

    void close()
    {
        if (state == ServerState::Closed)
            return;
        state = ServerState::Closed;
        in.clear();
        inPos = 0;
        sasl.reset();
        ServerEvent e;
        e.type = ServerEvent::Type::CloseRequested;
        emitEvent(std::move(e));
    }

    void error(int code, QByteArrayView enhanced, QByteArrayView text)
    {
        send(code, enhanced, text);
        countError();
    }
    void countError()
    {
        // RFC 5321 4.5.3.2: a server may give up on a client that keeps erring.
        if (++errors >= config.maxErrors && state != ServerState::Closed) {
            send(421, "4.7.0", config.hostname + " Too many errors, closing connection");
            close();
        }
    }

    // The SASL exchange is over, however it ended (RFC 4954 4): the next
    // line is a command again.
    void endSasl()
    {
        sasl.reset();
        saslSuccessPending = false;
        if (state == ServerState::Authenticating)
            state = restingState();
    }

    // RFC 5321 4.5.3.1.4 / RFC 4954 4: a line over the limit, whether it was
    // held whole or discarded as it came. A SASL response over the limit
    // ends the exchange like any other bad response.
    void lineTooLong()
    {
        endSasl();
        error(500, "5.5.6", "Line too long");
    }

    // The end of a message the server will not store (too big, a bare LF, a
    // failed chunk, the fault plan). RFC 2033 4.2: in LMTP one reply per
    // accepted RCPT, or the client waits for the others; RFC 5321 4.1.1.4:
    // one in SMTP. A 421 closes the connection (3.8), so it is sent once.
    // (By value: reply may be bodyOverride, which resetTransaction() clears.)
    void refuseMessage(Reply reply, bool countsAsError)
    {
        const int n = lmtp() && reply.code != 421 ? qMax(1, int(rcptSlots.size())) : 1;
        resetTransaction();
        for (int i = 0; i < n; ++i)
            send(reply);
        if (reply.code == 421) {
            close();
            return;
        }
        if (countsAsError)
            countError();
    }

    void resetTransaction()
    {
        haveMail = false;
        mailFrom = {};
        recipients.clear();
        recipientIndex.clear();
        rcptSlots.clear();
        usedBdat = false;
        bdatFailed = false;
        bdatFailure = {};
        decoder.reset();
        data.clear();
        bodyChecked = false;
        bodyOverride = {};
        if (state == ServerState::InTransaction || state == ServerState::ReceivingData
            || state == ServerState::ReceivingChunk || state == ServerState::Delivering)
            state = helo.isEmpty() ? ServerState::Fresh : ServerState::Identified;
    }

    // ---- the main loop: handle everything that is complete, in order (RFC 2920 3.1)
    void process();
    bool processCommandLine();
    bool processData();
    bool processChunk();
    void handleLine(const QByteArray &raw);
    void dispatch(const QByteArray &raw, const protocol::CommandLine &cmd, const Intervention &iv);
    void handleAuthResponse(const QByteArray &line);
    void finishSasl(const auth::SaslServerMechanism::Step &step);
    bool bodyCheckpoint();
    void finishMessage(QByteArray content, bool chunked);
    void greet(const Intervention &iv);
    void pauseAt(const Checkpoint &cp, const Intervention &iv, const QByteArray &line)
    {
        paused = true;
        pendingValid = true;
        pending = iv;
        pending.delayMs = 0;
        pendingCheckpoint = cp;
        pendingLine = line;
        ServerEvent p;
        p.type = ServerEvent::Type::Pause;
        p.delayMs = iv.delayMs;
        emitEvent(std::move(p));
    }
    ServerState restingState() const
    {
        if (haveMail)
            return ServerState::InTransaction;
        return helo.isEmpty() ? ServerState::Fresh : ServerState::Identified;
    }

    void cmdHello(const protocol::CommandLine &cmd);
    void cmdMail(const protocol::CommandLine &cmd);
    void cmdRcpt(const protocol::CommandLine &cmd);
    void cmdData(const protocol::CommandLine &cmd);
    // imposed: the answer decided before the command is looked at (the
    // fault plan, a refused greeting); the chunk is read all the same.
    void cmdBdat(const protocol::CommandLine &cmd, const Reply &imposed = {},
                 bool imposedIsError = false);
    void cmdAuth(const protocol::CommandLine &cmd);
    void cmdStartTls(const protocol::CommandLine &cmd);
    void cmdVrfy(const protocol::CommandLine &cmd);
    void cmdExpn(const protocol::CommandLine &cmd);
    void cmdHelp(const protocol::CommandLine &cmd);

    bool outputFull() const
    {
        return (config.maxPendingOutput > 0 && out.size() >= config.maxPendingOutput)
            || (config.maxPendingEvents > 0 && events.size() >= config.maxPendingEvents);
    }

    // The most a message of this transaction may hold: the SIZE limit, and
    // the transaction's share of maxTransactionBytes per stored copy.
    qint64 messageCap(int copies) const
    {
        qint64 cap = config.maxMessageSize;
        if (config.maxTransactionBytes > 0 && copies > 0)
            cap = qMin(cap, config.maxTransactionBytes / copies);
        return cap;
    }
    // 552 for a message over messageCap(): which limit it broke.
    Reply tooBig(qint64 size) const
    {
        if (size > config.maxMessageSize)
            return makeReply(552, "5.3.4", "Message size exceeds fixed maximum message size");
        // RFC 5321 4.5.3.1.10 / 4.2.2: 552 "exceeded storage allocation".
        return makeReply(552, "5.3.4",
                         "Message too big for " + QByteArray::number(recipients.size())
                             + " recipients: one transaction may store at most "
                             + QByteArray::number(config.maxTransactionBytes) + " octets");
    }

    qsizetype maxLineFor(QByteArrayView verb) const
    {
        // RFC 5321 4.5.3.1.4: 512 octets; MAIL/RCPT grow with extensions;
        // RFC 4954 4: AUTH lines up to 12288.
        if (state == ServerState::Authenticating || verb == "AUTH")
            return protocol::limits::authLine;
        if (verb == "MAIL" || verb == "RCPT")
            return protocol::limits::commandLine + protocol::limits::mailRcptExtra;
        return protocol::limits::commandLine;
    }
};

void ServerEngine::Private::process()
{
    heldBack = false;
    for (;;) {
        if (paused || state == ServerState::Closed || state == ServerState::Delivering
            || state == ServerState::StartingTls || state == ServerState::Connected)
            break;
        if (in.size() - inPos <= 0)
            break;
        // Backpressure: a client that pipelines without reading the replies
        // must not make the server queue them without end.
        if (outputFull()) {
            heldBack = true;
            break;
        }
        bool progressed = false;
        if (state == ServerState::ReceivingData)
            progressed = processData();
        else if (state == ServerState::ReceivingChunk)
            progressed = processChunk();
        else
            progressed = processCommandLine();
        if (!progressed)
            break;
    }
    // Drop what has been handled; keep memory flat without moving bytes on every line.
    if (inPos > 0 && (inPos >= in.size() || inPos > 64 * 1024)) {
        in.remove(0, inPos);
        inPos = 0;
    }
}

bool ServerEngine::Private::processCommandLine()
{
    const qsizetype nl = in.indexOf('\n', inPos);
    if (nl < 0) {
        // RFC 5321 4.5.3.1.4: no line may be longer than the longest we accept.
        if (in.size() - inPos > protocol::limits::authLine) {
            discardingLongLine = true;
            in.clear();
            inPos = 0;
        }
        return false;
    }
    const QByteArray raw = in.mid(inPos, nl + 1 - inPos);
    inPos = nl + 1;
    if (discardingLongLine) {
        discardingLongLine = false;
        lineTooLong();
        return true;
    }
    handleLine(raw);
    return true;
}

void ServerEngine::Private::handleLine(const QByteArray &raw)
{
    QByteArray line = raw;
    line.chop(line.endsWith("\r\n") ? 2 : 1);

    if (state == ServerState::Authenticating) {
        // RFC 4954 4: a response to a 334 carries the credential; it is
        // redacted before any event holds it.
        emitCommand(raw, protocol::redactClientLine(line, protocol::ClientLineKind::SaslResponse));
        if (raw.size() > protocol::limits::authLine) {
            lineTooLong();
            return;
        }
        handleAuthResponse(line);
        return;
    }

    const protocol::CommandLine cmd = protocol::splitCommandLine(line);
    // RFC 4954 4: an AUTH initial response is a secret. Whatever a server
    // could take for AUTH is redacted before any event holds it.
    emitCommand(raw, protocol::redactClientLine(line));

    if (raw.size() > maxLineFor(cmd.verb)) {
        lineTooLong();
        return;
    }
    // RFC 5321 2.3.8 / 4.1.1: a command is printable text; NUL, a CR inside
    // the line and other controls are refused whole, never passed on.
    if (cmd.controlAt >= 0) {
        const QByteArray what = "Syntax error: control character 0x"
            + QByteArray::number(static_cast<unsigned char>(line[cmd.controlAt]), 16)
                  .rightJustified(2, '0')
            + " in the command line";
        if (cmd.controlInVerb())
            error(500, "5.5.2", what);
        else
            error(501, "5.5.2", what);
        return;
    }

    Intervention iv;
    if (hook) {
        Checkpoint cp;
        cp.stage = Checkpoint::Stage::Command;
        cp.verb = cmd.verb;
        cp.argument = cmd.argument;
        if (cmd.verb == "MAIL")
            cp.address = protocol::parseMailArgument(cmd.argument).address;
        else if (cmd.verb == "RCPT")
            cp.address = protocol::parseRcptArgument(cmd.argument).address;
        else if (cmd.verb == "VRFY" || cmd.verb == "EXPN")
            cp.address = bareAddress(cmd.argument);
        iv = hook(cp);
        if (iv.delayMs > 0) {
            pauseAt(cp, iv, raw);
            return;
        }
    }
    dispatch(raw, cmd, iv);
}

void ServerEngine::Private::dispatch(const QByteArray &raw, const protocol::CommandLine &cmd,
                                     const Intervention &iv)
{
    Q_UNUSED(raw);
    if (iv.action == Intervention::Action::Disconnect) {
        note(QStringLiteral("Fault plan: disconnecting at %1").arg(QString::fromLatin1(cmd.verb)));
        close();
        return;
    }
    const QByteArray &v = cmd.verb;
    if (iv.action == Intervention::Action::Reply) {
        // RFC 5321 3.8: a 421 reply means the service closes the channel.
        if (iv.reply.code == 421) {
            send(iv.reply);
            close();
            return;
        }
        // RFC 3030 2: a BDAT's chunk follows whatever the answer; it is read,
        // and the answer comes after it.
        if (v == "BDAT")
            return cmdBdat(cmd, iv.reply);
        send(iv.reply);
        return;
    }

    if (v == "QUIT") {
        if (cmd.hasArgument && !cmd.argument.trimmed().isEmpty()) {
            error(501, "5.5.4", "Syntax: QUIT");
            return;
        }
        send(221, "2.0.0", config.hostname + " Bye");
        close();
        return;
    }
    if (refusedGreeting) {
        // RFC 5321 3.1: after a 554 greeting, only QUIT.
        const Reply refused
            = makeReply(503, "5.5.1", "Bad sequence of commands: no SMTP service here");
        if (v == "BDAT")
            return cmdBdat(cmd, refused, true);
        send(refused);
        countError();
        return;
    }
    if (v == "EHLO" || v == "HELO" || v == "LHLO")
        return cmdHello(cmd);
    if (v == "MAIL")
        return cmdMail(cmd);
    if (v == "RCPT")
        return cmdRcpt(cmd);
    if (v == "DATA")
        return cmdData(cmd);
    if (v == "BDAT")
        return cmdBdat(cmd);
    if (v == "RSET") {
        if (cmd.hasArgument && !cmd.argument.trimmed().isEmpty()) {
            error(501, "5.5.4", "Syntax: RSET");
            return;
        }
        resetTransaction();
        send(250, "2.0.0", "Ok");
        return;
    }
    if (v == "NOOP") {
        // RFC 5321 4.1.1.9: NOOP may carry an argument, which is ignored.
        send(250, "2.0.0", "Ok");
        return;
    }
    if (v == "VRFY")
        return cmdVrfy(cmd);
    if (v == "EXPN")
        return cmdExpn(cmd);
    if (v == "HELP")
        return cmdHelp(cmd);
    if (v == "AUTH")
        return cmdAuth(cmd);
    if (v == "STARTTLS")
        return cmdStartTls(cmd);
    error(500, "5.5.2", "Command not recognized");
}

void ServerEngine::Private::cmdHello(const protocol::CommandLine &cmd)
{
    const QByteArray &v = cmd.verb;
    // RFC 2033 4.1: LMTP has LHLO only; SMTP has no LHLO.
    if (lmtp() && v != "LHLO") {
        error(500, "5.5.1", "Command not recognized: this is LMTP, use LHLO");
        return;
    }
    if (!lmtp() && v == "LHLO") {
        error(500, "5.5.1", "Command not recognized: LHLO is for LMTP");
        return;
    }
    const QByteArray name = cmd.argument.trimmed();
    if (name.isEmpty() || name.contains(' ') || name.contains('\t')) {
        error(501, "5.5.4", "Syntax: " + v + " hostname");
        return;
    }
    // RFC 5321 4.1.4: EHLO/HELO in a transaction resets it.
    resetTransaction();
    helo = name;
    heloVerb = v;
    state = ServerState::Identified;
    if (v == "HELO") {
        send(Reply::make(250, config.hostname));
        return;
    }
    QList<QByteArray> lines;
    // RFC 5321 4.5.3.1.5: the client's name may not take the line past 512.
    lines << config.hostname + " Hello " + protocol::quoteForReply(name);
    if (ext(ServerExtension::Pipelining))
        lines << "PIPELINING";
    if (ext(ServerExtension::Size))
        lines << "SIZE " + QByteArray::number(config.maxMessageSize);
    if (ext(ServerExtension::Vrfy))
        lines << "VRFY";
    if (ext(ServerExtension::Expn))
        lines << "EXPN";
    if (ext(ServerExtension::EightBitMime))
        lines << "8BITMIME";
    if (ext(ServerExtension::SmtpUtf8))
        lines << "SMTPUTF8";
    if (ext(ServerExtension::Dsn))
        lines << "DSN";
    if (ext(ServerExtension::EnhancedStatusCodes))
        lines << "ENHANCEDSTATUSCODES";
    if (ext(ServerExtension::Chunking))
        lines << "CHUNKING";
    if (startTlsOffered())
        lines << (misbehaves(Misbehaviour::StripStartTls) ? "XXXXXXXA" : "STARTTLS");
    // RFC 4954 / RFC 3207 6: with AUTH only over TLS, do not offer it before.
    if (authOffered() && authUser.isEmpty() && (encrypted || !config.requireTlsForAuth))
        lines << "AUTH " + config.authMechanisms.join(' ');
    lines << "HELP";
    Reply reply = Reply::make(250, lines);
    if (misbehaves(Misbehaviour::BrokenMultiline)) {
        // The last line's code differs from the continuation lines' (RFC
        // 5321 4.2.1 wants the same code on every line).
        const qsizetype last = reply.raw.lastIndexOf("\r\n250 ", reply.raw.size() - 3);
        reply.raw.replace(last < 0 ? 0 : last + 2, 3, "251");
        note(QStringLiteral("Misbehaving (broken-multiline): the EHLO reply ends with a 251 line"));
    }
    send(reply);
}

void ServerEngine::Private::cmdMail(const protocol::CommandLine &cmd)
{
    if (helo.isEmpty()) {
        error(503, "5.5.1", "Bad sequence of commands: send " + QByteArray(lmtp() ? "LHLO" : "EHLO/HELO") + " first");
        return;
    }
    if (haveMail) {
        error(503, "5.5.1", "Bad sequence of commands: nested MAIL command");
        return;
    }
    const protocol::PathArgument p = protocol::parseMailArgument(cmd.argument);
    if (!p.ok) {
        const bool grammar = p.error.startsWith("Syntax");
        error(501, grammar ? "5.5.4" : "5.1.7", p.error);
        return;
    }
    bool wantsUtf8 = false;
    for (const protocol::EsmtpParam &param : p.params) {
        const QByteArray &k = param.keyword;
        if (k == "SIZE" && ext(ServerExtension::Size)) {
            bool ok = false;
            const qint64 size = param.value.toLongLong(&ok);
            if (!param.hasValue || !ok || size < 0) {
                error(501, "5.5.4", "Syntax: SIZE=octets");
                return;
            }
            // RFC 1870 6.1: refuse at once when the declared size is too big.
            if (size > config.maxMessageSize) {
                error(552, "5.3.4", "Message size exceeds fixed maximum message size");
                return;
            }
        } else if (k == "BODY" && ext(ServerExtension::EightBitMime)) {
            const QByteArray body = param.value.toUpper();
            if (body != "7BIT" && body != "8BITMIME") {
                error(501, "5.5.4", "Syntax: BODY=7BIT|8BITMIME");
                return;
            }
        } else if (k == "SMTPUTF8" && ext(ServerExtension::SmtpUtf8)) {
            if (param.hasValue) {
                error(501, "5.5.4", "Syntax: SMTPUTF8 takes no value");
                return;
            }
            wantsUtf8 = true;
        } else if ((k == "RET" || k == "ENVID") && ext(ServerExtension::Dsn)) {
            if (!param.hasValue || (k == "RET" && param.value.toUpper() != "FULL" && param.value.toUpper() != "HDRS")) {
                error(501, "5.5.4", "Syntax: RET=FULL|HDRS, ENVID=xtext");
                return;
            }
        } else if (k == "AUTH" && authOffered()) {
            // RFC 4954 5: accepted; the sandbox trusts no one's AUTH= claim.
        } else {
            // RFC 5321 4.1.1.11 / 4.5.3.1: 555 for parameters not recognised.
            error(555, "5.5.4", "Unsupported parameter " + protocol::quoteForReply(k));
            return;
        }
    }
    // RFC 6531 3.4: a non-ASCII path needs the SMTPUTF8 parameter.
    if (p.utf8 && !wantsUtf8) {
        error(553, "5.6.7", "Non-ASCII address needs SMTPUTF8");
        return;
    }
    haveMail = true;
    mailFrom = p;
    recipients.clear();
    state = ServerState::InTransaction;
    send(250, "2.1.0", "Sender <" + p.address + "> OK");
}

void ServerEngine::Private::cmdRcpt(const protocol::CommandLine &cmd)
{
    if (!haveMail) {
        error(503, "5.5.1", "Bad sequence of commands: need MAIL before RCPT");
        return;
    }
    if (usedBdat) {
        error(503, "5.5.1", "Bad sequence of commands: RCPT after BDAT");
        return;
    }
    const protocol::PathArgument p = protocol::parseRcptArgument(cmd.argument);
    if (!p.ok) {
        const bool grammar = p.error.startsWith("Syntax");
        error(501, grammar ? "5.5.4" : "5.1.3", p.error);
        return;
    }
    for (const protocol::EsmtpParam &param : p.params) {
        const QByteArray &k = param.keyword;
        if (k == "NOTIFY" && ext(ServerExtension::Dsn)) {
            // RFC 3461 4.1: NEVER, or a list of SUCCESS, FAILURE, DELAY
            const QList<QByteArray> items = param.value.toUpper().split(',');
            bool ok = param.hasValue;
            for (const QByteArray &item : items) {
                if (item == "NEVER")
                    ok = ok && items.size() == 1;
                else if (item != "SUCCESS" && item != "FAILURE" && item != "DELAY")
                    ok = false;
            }
            if (!ok) {
                error(501, "5.5.4", "Syntax: NOTIFY=NEVER|SUCCESS,FAILURE,DELAY");
                return;
            }
        } else if (k == "ORCPT" && ext(ServerExtension::Dsn)) {
            if (!param.hasValue || !param.value.contains(';')) {
                error(501, "5.5.4", "Syntax: ORCPT=addr-type;xtext");
                return;
            }
        } else {
            error(555, "5.5.4", "Unsupported parameter " + protocol::quoteForReply(k));
            return;
        }
    }
    if (p.utf8 && !mailFrom.param("SMTPUTF8")) {
        error(553, "5.6.7", "Non-ASCII address needs SMTPUTF8");
        return;
    }
    // RFC 5321 4.5.3.1.10: too many recipients is a temporary 452. Every
    // accepted RCPT counts, duplicates too: each gets a reply after an LMTP
    // DATA (RFC 2033 4.2).
    if (rcptSlots.size() >= config.maxRecipients) {
        send(452, "4.5.3", "Too many recipients");
        return;
    }
    if (config.rejectUnknownRecipients && !p.postmaster && !config.directory.hasMailbox(p.address)) {
        send(550, "5.1.1", "<" + p.address + ">: Recipient address rejected: User unknown");
        return;
    }
    // The same mailbox again: accepted, but the message is stored once
    // (a thousand copies of one RCPT must not become a thousand files).
    const QByteArray key = mailboxKey(p);
    if (const auto it = recipientIndex.constFind(key); it != recipientIndex.cend()) {
        rcptSlots.append(it.value());
        note(tr("Duplicate recipient <%1>: the message will be stored once for it")
                 .arg(QString::fromUtf8(p.address)));
        send(250, "2.1.5", "Recipient <" + p.address + "> OK (duplicate, stored once)");
        return;
    }
    // RFC 1870 6.2 / RFC 5321 4.5.3.1.10: with a declared SIZE, refuse the
    // recipient that would take the transaction over what it may store;
    // 452 lets the client send to the rest in another transaction.
    if (const protocol::EsmtpParam *size = mailFrom.param("SIZE");
        size && config.maxTransactionBytes > 0) {
        const qint64 declared = size->value.toLongLong();
        if (declared > 0 && declared > config.maxTransactionBytes / (recipients.size() + 1)) {
            send(
                452, "4.5.3",
                "Too many recipients for a message of this size: one transaction may store at most "
                    + QByteArray::number(config.maxTransactionBytes) + " octets");
            return;
        }
    }
    recipientIndex.insert(key, int(recipients.size()));
    rcptSlots.append(int(recipients.size()));
    recipients.append(p);
    send(250, "2.1.5", "Recipient <" + p.address + "> OK");
}

void ServerEngine::Private::cmdData(const protocol::CommandLine &cmd)
{
    if (cmd.hasArgument && !cmd.argument.trimmed().isEmpty()) {
        error(501, "5.5.4", "Syntax: DATA");
        return;
    }
    if (!haveMail) {
        error(503, "5.5.1", "Bad sequence of commands: need MAIL command");
        return;
    }
    // RFC 3030 2: DATA may not follow BDAT in one transaction.
    if (usedBdat) {
        error(503, "5.5.1", "Bad sequence of commands: DATA after BDAT");
        return;
    }
    // RFC 5321 3.3 / RFC 2920 3.1: DATA with no accepted recipient.
    if (recipients.isEmpty()) {
        error(503, "5.5.1", "Bad sequence of commands: no valid recipients");
        return;
    }
    send(Reply::make(354, QByteArray("End data with <CR><LF>.<CR><LF>")));
    state = ServerState::ReceivingData;
    decoder = std::make_unique<protocol::DataDecoder>(
        dataBareLineFeeds(), messageCap(int(recipients.size())),
        misbehaves(Misbehaviour::UnsafeBareLfEndOfData) ? protocol::EndOfData::UnsafeAnyLineEnd
                                                        : protocol::EndOfData::Exact);
    bodyChecked = false;
    bodyOverride = {};
}

void ServerEngine::Private::cmdBdat(const protocol::CommandLine &cmd, const Reply &imposed,
                                    bool imposedIsError)
{
    const protocol::BdatArgument b = protocol::parseBdatArgument(cmd.argument);
    if (!b.ok) {
        // Without a size nobody knows where the chunk ends: the stream is lost.
        if (imposed.isValid()) {
            send(imposed);
            if (imposedIsError)
                countError();
            return;
        }
        error(501, "5.5.4", b.error);
        return;
    }
    Reply failure = imposed;
    if (!failure.isValid()) {
        if (!ext(ServerExtension::Chunking))
            failure = makeReply(502, "5.5.1", "Command not implemented: CHUNKING is off");
        else if (!haveMail)
            failure = makeReply(503, "5.5.1", "Bad sequence of commands: need MAIL command");
        else if (recipients.isEmpty())
            failure = makeReply(503, "5.5.1", "Bad sequence of commands: no valid recipients");
        else if (bdatFailed)
            failure = bdatFailure;
        else if (b.size > messageCap(int(recipients.size())) - data.size())
            failure = tooBig(data.size() + b.size);
    }

    usedBdat = usedBdat || haveMail;
    chunkRemaining = b.size;
    chunkLast = b.last;
    chunkMode = failure.isValid() ? ChunkMode::Refuse : ChunkMode::Store;
    chunkError = failure;
    chunkErrorCounts = !imposed.isValid() || imposedIsError;
    if (failure.isValid() && haveMail && !recipients.isEmpty() && !bdatFailed) {
        // RFC 3030 2: once a chunk fails, the rest of this message fails too,
        // and so does a chunk dropped on the fault plan's word, whatever it
        // said: the message can no longer be stored whole.
        bdatFailed = true;
        bdatFailure = failure.isPositive()
            ? makeReply(554, "5.5.0", "Message refused: a chunk of it was not taken")
            : failure;
        data.clear();
    }
    state = ServerState::ReceivingChunk;
    if (chunkRemaining == 0)
        processChunk();
}

bool ServerEngine::Private::processChunk()
{
    const qsizetype avail = in.size() - inPos;
    if (chunkRemaining > 0 && avail <= 0)
        return false;
    if (chunkRemaining > 0 && chunkMode == ChunkMode::Store && !bodyChecked) {
        if (!bodyCheckpoint())
            return false;
    }
    const qint64 n = qMin<qint64>(avail, chunkRemaining);
    if (n > 0) {
        const QByteArrayView chunk(in.constData() + inPos, n);
        if (config.reportData) {
            ServerEvent e;
            e.type = ServerEvent::Type::DataReceived;
            e.line = chunk.toByteArray();
            emitEvent(std::move(e));
        }
        // RFC 3030 2: binary data counts exactly; nothing is unstuffed.
        if (chunkMode == ChunkMode::Store)
            data.append(chunk);
        inPos += n;
        chunkRemaining -= n;
    }
    if (chunkRemaining > 0)
        return true;

    // The chunk is complete.
    const ChunkMode mode = std::exchange(chunkMode, ChunkMode::Store);
    const Reply failure = std::exchange(chunkError, Reply());
    if (mode == ChunkMode::Refuse) {
        const bool counts = chunkErrorCounts && !failure.isPositive();
        if (chunkLast && haveMail && !recipients.isEmpty()) {
            // The end of a message that fails (RFC 3030 2).
            refuseMessage(failure, counts);
            return true;
        }
        if (chunkLast && haveMail)
            resetTransaction();
        state = restingState();
        send(failure);
        if (failure.code == 421)
            close();
        else if (counts)
            countError();
        return true;
    }
    if (!chunkLast) {
        state = ServerState::InTransaction;
        send(250, "2.0.0", QByteArray::number(data.size()) + " octets received");
        return true;
    }
    QByteArray content = std::exchange(data, QByteArray());
    // RFC 3030 2: BDAT octets are stored exactly; bare LFs are only counted.
    bareLfSeen = countBareLineFeeds(content);
    bareLfHandling = protocol::BareLineFeed::Keep;
    finishMessage(std::move(content), true);
    return true;
}

// The Body checkpoint: the first octets of message data are here.
// Returns false when the engine paused or closed.
bool ServerEngine::Private::bodyCheckpoint()
{
    bodyChecked = true;
    if (!hook)
        return true;
    Checkpoint cp;
    cp.stage = Checkpoint::Stage::Body;
    cp.verb = "BODY";
    const Intervention iv = hook(cp);
    if (iv.delayMs > 0) {
        pauseAt(cp, iv, {});
        return false;
    }
    if (iv.action == Intervention::Action::Disconnect) {
        note(QStringLiteral("Fault plan: disconnecting in the middle of the message data"));
        close();
        return false;
    }
    if (iv.action == Intervention::Action::Reply)
        bodyOverride = iv.reply;
    return true;
}

bool ServerEngine::Private::processData()
{
    if (in.size() - inPos <= 0)
        return false;
    if (!bodyChecked) {
        if (!bodyCheckpoint())
            return false;
    }
    // RFC 5321 4.1.1.4 / 4.5.2: the data ends only with CRLF "." CRLF (the
    // SMTP smuggling defence); the decoder takes nothing past it, so what
    // follows the final dot is the next pipelined command.
    const QByteArrayView avail(in.constData() + inPos, in.size() - inPos);
    const qsizetype used = decoder->feed(avail);
    if (config.reportData && used > 0) {
        ServerEvent e;
        e.type = ServerEvent::Type::DataReceived;
        e.line = avail.first(used).toByteArray();
        emitEvent(std::move(e));
    }
    inPos += used;
    if (!decoder->isFinished())
        return true;

    const std::unique_ptr<protocol::DataDecoder> done = std::move(decoder);
    if (done->rejected()) {
        // RFC 5321 2.3.8: lines end with CRLF. Refused whole, as Postfix's
        // smtpd_forbid_bare_newline does, but the session goes on: the end
        // of the data was unambiguous.
        note(tr("Message refused: %n bare LF in the data (bare LFs are rejected)", nullptr,
                done->bareLineFeeds()));
        refuseMessage(makeReply(554, "5.5.2",
                                "Message refused: bare <LF> in the data; end every line with "
                                "<CR><LF> (RFC 5321 2.3.8)"),
                      true);
        return true;
    }
    if (done->overflowed()) {
        refuseMessage(tooBig(done->contentSize()), false);
        return true;
    }
    bareLfSeen = done->bareLineFeeds();
    bareLfHandling = dataBareLineFeeds();
    if (bareLfSeen > 0 && bareLfHandling == protocol::BareLineFeed::Normalize)
        note(tr("%n bare LF in the data, stored as CRLF", nullptr, bareLfSeen));
    else if (bareLfSeen > 0)
        note(tr("%n bare LF in the data, stored as sent", nullptr, bareLfSeen));
    finishMessage(done->takeContent(), false);
    return true;
}

void ServerEngine::Private::finishMessage(QByteArray content, bool chunked)
{
    if (bodyOverride.isValid()) {
        refuseMessage(bodyOverride, false);
        return;
    }
    ReceivedMessage m;
    m.id = ++messageCount;
    m.queueId = config.queueIdPrefix + '.' + QByteArray::number(m.id);
    m.helo = helo;
    m.heloVerb = heloVerb;
    m.encrypted = encrypted;
    m.authUser = authUser;
    m.mailFrom = mailFrom;
    m.recipients = recipients;
    m.duplicateRecipients = int(rcptSlots.size() - recipients.size());
    m.chunked = chunked;
    m.data = std::move(content);
    m.bareLineFeeds = bareLfSeen;
    m.bareLineFeedHandling = bareLfHandling;
    state = ServerState::Delivering;
    ServerEvent e;
    e.type = ServerEvent::Type::MessageReceived;
    e.message = std::move(m);
    emitEvent(std::move(e));
}

void ServerEngine::Private::cmdAuth(const protocol::CommandLine &cmd)
{
    if (!authOffered()) {
        error(502, "5.5.1", "Command not implemented: AUTH is off");
        return;
    }
    if (helo.isEmpty() || heloVerb == "HELO") {
        error(503, "5.5.1", "Bad sequence of commands: send EHLO first");
        return;
    }
    if (!authUser.isEmpty()) {
        error(503, "5.5.1", "Bad sequence of commands: already authenticated");
        return;
    }
    // RFC 4954 4: AUTH is not permitted during a mail transaction.
    if (haveMail) {
        error(503, "5.5.1", "Bad sequence of commands: AUTH in a mail transaction");
        return;
    }
    const QList<QByteArray> parts = cmd.argument.trimmed().split(' ');
    const QByteArray mech = parts.value(0).toUpper();
    if (mech.isEmpty() || parts.size() > 2) {
        error(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
        return;
    }
    // RFC 4954 4 / RFC 3207: with AUTH only over TLS, 538 before it.
    if (config.requireTlsForAuth && !encrypted) {
        error(538, "5.7.11", "Encryption required for requested authentication mechanism");
        return;
    }
    if (!config.authMechanisms.contains(mech)) {
        error(504, "5.5.4", "Unrecognized authentication type");
        return;
    }
    sasl = auth::createServerMechanism(mech, config.passwords);
    if (!sasl) {
        error(504, "5.5.4", "Unrecognized authentication type");
        return;
    }
    std::optional<QByteArray> initial;
    if (parts.size() == 2) {
        if (parts[1] == "=") {
            initial = QByteArray();
        } else {
            const auto decoded = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                endSasl();
                error(501, "5.5.2", "Cannot decode the initial response");
                return;
            }
            initial = *decoded;
        }
    }
    state = ServerState::Authenticating;
    finishSasl(sasl->start(initial));
}

void ServerEngine::Private::handleAuthResponse(const QByteArray &line)
{
    if (saslSuccessPending) {
        saslSuccessPending = false;
        if (line.isEmpty() || line == "=") {
            auth::SaslServerMechanism::Step done;
            done.status = auth::SaslServerMechanism::Step::Status::Success;
            finishSasl(done);
            return;
        }
    }
    // RFC 4954 4: "*" cancels the exchange.
    if (line == "*") {
        endSasl();
        error(501, "5.0.0", "Authentication cancelled");
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        endSasl();
        error(501, "5.5.2", "Cannot decode the response");
        return;
    }
    finishSasl(sasl->respond(*decoded));
}

void ServerEngine::Private::finishSasl(const auth::SaslServerMechanism::Step &step)
{
    using Status = auth::SaslServerMechanism::Step::Status;
    // RFC 4422 5 / RFC 4954 4: additional data with success goes in a last
    // 334, answered by an empty line, then 235.
    if (step.status == Status::Continue
        || (step.status == Status::Success && !step.challenge.isEmpty())) {
        const Reply challenge = Reply::make(334, step.challenge.toBase64());
        // RFC 5321 4.5.3.1.5: a 334 is one reply line of at most 512 octets.
        // A challenge grown past it by what the client sent (a SCRAM nonce)
        // ends the exchange (RFC 4954 6: 500 5.5.6).
        if (challenge.raw.size() > protocol::limits::replyLine) {
            endSasl();
            error(500, "5.5.6", "Authentication Exchange line is too long");
            return;
        }
        saslSuccessPending = step.status == Status::Success;
        send(challenge);
        return;
    }
    if (step.status == Status::Success) {
        authUser = sasl ? sasl->user() : QString();
        endSasl();
        send(235, "2.7.0", "Authentication successful");
        ServerEvent e;
        e.type = ServerEvent::Type::Authenticated;
        e.text = authUser;
        emitEvent(std::move(e));
        return;
    }
    if (!step.error.isEmpty())
        note(QStringLiteral("AUTH failed: %1").arg(step.error));
    endSasl();
    error(535, "5.7.8", "Authentication credentials invalid");
}

void ServerEngine::Private::cmdStartTls(const protocol::CommandLine &cmd)
{
    if (misbehaves(Misbehaviour::StripStartTls) && startTlsOffered()) {
        // The middlebox that hid STARTTLS also mangles the command.
        note(QStringLiteral("Misbehaving (strip-starttls): STARTTLS answered as unknown"));
        error(500, "5.5.2", "Command not recognized");
        return;
    }
    if (encrypted) {
        error(503, "5.5.1", "Bad sequence of commands: TLS already active");
        return;
    }
    if (!ext(ServerExtension::StartTls)) {
        error(502, "5.5.1", "Command not implemented: STARTTLS is off");
        return;
    }
    // RFC 3207 4: not offered here (no certificate, or a Unix socket, which
    // cannot carry TLS): refused, never attempted.
    if (!startTlsOffered()) {
        error(502, "5.5.1", "Command not implemented: no TLS on this connection");
        return;
    }
    if (cmd.hasArgument && !cmd.argument.trimmed().isEmpty()) {
        error(501, "5.5.4", "Syntax: STARTTLS");
        return;
    }
    if (helo.isEmpty()) {
        error(503, "5.5.1", "Bad sequence of commands: send EHLO first");
        return;
    }
    if (haveMail) {
        error(503, "5.5.1", "Bad sequence of commands: STARTTLS in a mail transaction");
        return;
    }
    if (misbehaves(Misbehaviour::RefuseStartTls)) {
        note(QStringLiteral("Misbehaving (refuse-starttls): STARTTLS refused with 454"));
        send(454, "4.7.0", "TLS not available due to temporary reason");
        return;
    }
    send(220, "2.0.0", "Ready to start TLS");
    if (misbehaves(Misbehaviour::InjectAfterStartTls)) {
        // In the same write as the 220: a client that reads ahead would
        // take it for the server's answer after the handshake.
        Reply injected;
        injected.code = 250;
        injected.lines = {"injected.invalid Hello from before TLS", "AUTH PLAIN LOGIN"};
        injected.raw = injectedAfterStartTls();
        note(
            QStringLiteral("Misbehaving (inject-after-starttls): plaintext replies after the 220"));
        send(injected);
    }
    // RFC 3207 5: nothing sent before the handshake may be taken as if it had
    // come over TLS (the STARTTLS command injection class of bugs).
    const qsizetype extra = in.size() - inPos;
    if (extra > 0)
        note(QStringLiteral("Discarded %1 octets sent after STARTTLS before the TLS handshake").arg(extra));
    in.clear();
    inPos = 0;
    state = ServerState::StartingTls;
    ServerEvent e;
    e.type = ServerEvent::Type::TlsRequested;
    emitEvent(std::move(e));
}

void ServerEngine::Private::cmdVrfy(const protocol::CommandLine &cmd)
{
    const QByteArray arg = cmd.argument.trimmed();
    if (arg.isEmpty()) {
        error(501, "5.5.4", "Syntax: VRFY address");
        return;
    }
    if (!ext(ServerExtension::Vrfy)) {
        // RFC 5321 3.5.3: 252 when the server will not say.
        send(252, "2.5.0", "Cannot VRFY user, but will accept message and attempt delivery");
        return;
    }
    const Directory::Result r = config.directory.lookupMailbox(arg);
    switch (r.match) {
    case Directory::Match::Mailbox:
        send(250, "2.1.5", "<" + r.addresses.first() + ">");
        return;
    case Directory::Match::Ambiguous: {
        // RFC 5321 3.5.1 / 3.5.4: 553 with the possibilities.
        QList<QByteArray> lines;
        const QByteArray prefix = ext(ServerExtension::EnhancedStatusCodes) ? "5.1.4 " : "";
        lines << prefix + "User ambiguous; possibilities are";
        for (const QByteArray &a : r.addresses)
            lines << prefix + "<" + a + ">";
        send(Reply::make(553, lines));
        return;
    }
    default:
        error(550, "5.1.1", "<" + protocol::quoteForReply(bareAddress(arg)) + ">: User unknown");
        return;
    }
}

void ServerEngine::Private::cmdExpn(const protocol::CommandLine &cmd)
{
    const QByteArray arg = cmd.argument.trimmed();
    if (arg.isEmpty()) {
        error(501, "5.5.4", "Syntax: EXPN list");
        return;
    }
    if (!ext(ServerExtension::Expn)) {
        send(252, "2.5.0", "Cannot EXPN, but will accept message and attempt delivery");
        return;
    }
    Directory::Result r = config.directory.lookupList(arg);
    if (r.match == Directory::Match::None)
        r = config.directory.lookupMailbox(arg);
    if (r.match == Directory::Match::List || r.match == Directory::Match::Mailbox) {
        // RFC 5321 3.5.2: one mailbox per line of a multiline 250.
        QList<QByteArray> lines;
        const QByteArray prefix = ext(ServerExtension::EnhancedStatusCodes) ? "2.1.5 " : "";
        for (const QByteArray &a : r.addresses)
            lines << prefix + "<" + a + ">";
        if (lines.isEmpty())
            lines << prefix + "List is empty";
        send(Reply::make(250, lines));
        return;
    }
    if (r.match == Directory::Match::Ambiguous) {
        error(553, "5.1.4", "List ambiguous");
        return;
    }
    error(550, "5.1.1", "<" + protocol::quoteForReply(bareAddress(arg)) + ">: No such list");
}

void ServerEngine::Private::cmdHelp(const protocol::CommandLine &)
{
    const QByteArray prefix = ext(ServerExtension::EnhancedStatusCodes) ? "2.0.0 " : "";
    QList<QByteArray> lines;
    lines << prefix + "Postscope sandbox: an SMTP" + (lmtp() ? QByteArray("/LMTP") : QByteArray()) + " server for testing and learning";
    lines << prefix + "Commands: " + (lmtp() ? "LHLO" : "HELO EHLO")
            + " MAIL RCPT DATA BDAT RSET VRFY EXPN HELP NOOP QUIT STARTTLS AUTH";
    lines << prefix + "See RFC 5321";
    send(Reply::make(214, lines));
}

// ---------------------------------------------------------------- public

ServerEngine::ServerEngine(ServerConfig config) : d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

ServerEngine::~ServerEngine() = default;

void ServerEngine::setInterventionHook(InterventionHook hook)
{
    d->hook = std::move(hook);
}

const ServerConfig &ServerEngine::config() const
{
    return d->config;
}

void ServerEngine::setEncrypted(bool encrypted)
{
    d->encrypted = encrypted;
}

void ServerEngine::Private::greet(const Intervention &iv)
{
    if (iv.action == Intervention::Action::Disconnect) {
        note(QStringLiteral("Fault plan: disconnecting before the greeting"));
        close();
        return;
    }
    state = ServerState::Fresh;
    if (iv.action == Intervention::Action::Reply) {
        send(iv.reply);
        // RFC 5321 3.1: after a 554 greeting wait for QUIT; 421 closes.
        if (iv.reply.code == 554)
            refusedGreeting = true;
        else if (iv.reply.code >= 400)
            close();
    } else {
        const QByteArray proto = lmtp() ? "LMTP" : "ESMTP";
        send(Reply::make(220, config.hostname + ' ' + proto + ' ' + config.greetingText));
    }
    process();
}

void ServerEngine::start()
{
    if (d->state != ServerState::Connected || d->paused)
        return;
    Intervention iv;
    if (d->hook) {
        Checkpoint cp;
        cp.stage = Checkpoint::Stage::Greeting;
        cp.verb = "GREETING";
        iv = d->hook(cp);
        if (iv.delayMs > 0) {
            d->pauseAt(cp, iv, {});
            return;
        }
    }
    d->greet(iv);
}

void ServerEngine::resume()
{
    if (!d->paused)
        return;
    d->paused = false;
    if (!d->pendingValid || d->state == ServerState::Closed) {
        d->process();
        return;
    }
    d->pendingValid = false;
    const Intervention iv = d->pending;
    const Checkpoint cp = d->pendingCheckpoint;
    switch (cp.stage) {
    case Checkpoint::Stage::Greeting:
        d->greet(iv);
        return;
    case Checkpoint::Stage::Command: {
        const QByteArray raw = d->pendingLine;
        QByteArray line = raw;
        line.chop(line.endsWith("\r\n") ? 2 : (line.endsWith('\n') ? 1 : 0));
        d->dispatch(raw, protocol::splitCommandLine(line), iv);
        break;
    }
    case Checkpoint::Stage::Body:
        if (iv.action == Intervention::Action::Disconnect) {
            d->note(QStringLiteral("Fault plan: disconnecting in the middle of the message data"));
            d->close();
            return;
        }
        if (iv.action == Intervention::Action::Reply)
            d->bodyOverride = iv.reply;
        break;
    }
    d->process();
}

void ServerEngine::receive(QByteArrayView bytes)
{
    if (d->state == ServerState::Closed)
        return;
    if (d->state == ServerState::StartingTls) {
        // RFC 3207 5: plaintext after STARTTLS is never a command.
        d->note(QStringLiteral("Discarded %1 octets received before the TLS handshake").arg(bytes.size()));
        return;
    }
    d->in.append(bytes);
    d->process();
}

void ServerEngine::tlsEstablished()
{
    d->encrypted = true;
    // RFC 3207 4.2: forget everything learnt before TLS, including EHLO.
    d->helo.clear();
    d->heloVerb.clear();
    d->authUser.clear();
    d->resetTransaction();
    d->in.clear();
    d->inPos = 0;
    if (d->state != ServerState::Closed)
        d->state = ServerState::Fresh;
    d->process();
}

void ServerEngine::connectionClosed()
{
    if (d->state == ServerState::Closed)
        return;
    d->state = ServerState::Closed;
    d->in = QByteArray();
    d->inPos = 0;
    d->sasl.reset();
    d->decoder.reset();
    d->data = QByteArray();
}

void ServerEngine::closeWith(const protocol::Reply &reply)
{
    if (d->state == ServerState::Closed)
        return;
    d->send(reply);
    d->close();
}

void ServerEngine::processBuffered()
{
    if (d->heldBack)
        d->process();
}

void ServerEngine::deliver(const QList<Reply> &replies)
{
    if (d->state != ServerState::Delivering)
        return;
    const QByteArray queued = d->config.queueIdPrefix + '.' + QByteArray::number(d->messageCount);
    QList<Reply> out;
    if (d->lmtp()) {
        // RFC 2033 4.2: one reply per accepted RCPT, in order; a merged
        // duplicate gets the reply of the recipient it repeats.
        for (const int i : std::as_const(d->rcptSlots)) {
            const Reply r = replies.value(i);
            out << (r.isValid() ? r
                                : d->makeReply(250, "2.0.0", "<" + d->recipients[i].address + "> Ok: delivered as " + queued));
        }
    } else {
        Reply chosen;
        for (const Reply &r : replies) {
            if (r.isValid() && !r.isPositive()) {
                chosen = r;
                break;
            }
        }
        out << (chosen.isValid() ? chosen : d->makeReply(250, "2.0.0", "Ok: queued as " + queued));
    }
    d->resetTransaction();
    d->state = d->helo.isEmpty() ? ServerState::Fresh : ServerState::Identified;
    bool closing = false;
    for (const Reply &r : out) {
        d->send(r);
        closing = closing || r.code == 421;
    }
    if (closing) {
        d->close();
        return;
    }
    d->process();
}

QByteArray ServerEngine::takeOutgoing()
{
    return std::exchange(d->out, QByteArray());
}

bool ServerEngine::hasOutgoing() const
{
    return !d->out.isEmpty();
}

QList<ServerEvent> ServerEngine::takeEvents()
{
    return std::exchange(d->events, QList<ServerEvent>());
}

bool ServerEngine::hasEvents() const
{
    return !d->events.isEmpty();
}

ServerState ServerEngine::state() const
{
    return d->state;
}

bool ServerEngine::isEncrypted() const
{
    return d->encrypted;
}

bool ServerEngine::isClosed() const
{
    return d->state == ServerState::Closed;
}

bool ServerEngine::isPaused() const
{
    return d->paused;
}

QString ServerEngine::authenticatedUser() const
{
    return d->authUser;
}

QByteArray ServerEngine::helo() const
{
    return d->helo;
}

qsizetype ServerEngine::bufferedSize() const
{
    return d->in.size() - d->inPos;
}

bool ServerEngine::isHoldingBack() const
{
    return d->heldBack && d->state != ServerState::Closed;
}

bool ServerEngine::wantsInput() const
{
    switch (d->state) {
    case ServerState::Connected:
    case ServerState::Delivering:
    case ServerState::StartingTls:
    case ServerState::Closed:
        return false;
    default:
        break;
    }
    if (d->paused || d->heldBack || d->outputFull())
        return false;
    return d->config.maxBufferedInput <= 0 || bufferedSize() < d->config.maxBufferedInput;
}

ClientWait ServerEngine::clientWait() const
{
    switch (d->state) {
    case ServerState::Connected:
    case ServerState::Delivering:
    case ServerState::Closed:
        return ClientWait::Nothing;
    case ServerState::StartingTls:
        return ClientWait::TlsHandshake;
    case ServerState::ReceivingData:
    case ServerState::ReceivingChunk:
        return d->paused ? ClientWait::Nothing : ClientWait::MessageData;
    default:
        break;
    }
    if (d->paused || d->heldBack)
        return ClientWait::Nothing;
    // Between BDAT chunks the message is still under way (RFC 3030 2).
    if (d->state == ServerState::InTransaction && d->usedBdat)
        return ClientWait::MessageData;
    if (bufferedSize() > 0 || d->discardingLongLine)
        return ClientWait::CommandLine;
    return ClientWait::Command;
}

protocol::Reply ServerEngine::makeReply(int code, QByteArrayView enhanced, QByteArrayView text) const
{
    return d->makeReply(code, enhanced, text);
}

} // namespace postscope::engine
