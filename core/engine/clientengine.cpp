#include "engine/clientengine.h"

#include "auth/selection.h"
#include "protocol/commandparser.h"
#include "protocol/datatransform.h"
#include "protocol/printable.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

namespace postscope::engine {

using protocol::Capabilities;
using protocol::Command;
using protocol::DataEncoder;
using protocol::Reply;
using protocol::ReplyParser;
namespace commands = protocol::commands;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::engine", text);
}

// The server's words, quoted inside a translated sentence: control
// characters escaped (protocol/printable.h), so that no message for a person
// carries a server's escape sequences to a terminal or a log.
QString quoted(const Reply &reply)
{
    return QStringLiteral("%1 %2")
        .arg(reply.code)
        .arg(QString::fromUtf8(protocol::printable(reply.text(), protocol::LineBreaks::Keep)));
}

bool isClosing(const Reply &reply)
{
    // RFC 5321 3.8: 421 may come in answer to any command; the server closes.
    return reply.code == 421;
}

} // namespace

QString stateName(State state)
{
    switch (state) {
    case State::Connecting: return QStringLiteral("Connecting");
    case State::Greeting: return QStringLiteral("Greeting");
    case State::Greeted: return QStringLiteral("Greeted");
    case State::Identified: return QStringLiteral("Identified");
    case State::StartingTls: return QStringLiteral("StartingTls");
    case State::InTransaction: return QStringLiteral("InTransaction");
    case State::InData: return QStringLiteral("InData");
    case State::Quitting: return QStringLiteral("Quitting");
    case State::Closed: return QStringLiteral("Closed");
    }
    return {};
}

bool TransactionResult::partial() const
{
    if (!sent)
        return false;
    for (const auto &r : recipients) {
        if (!r.accepted)
            return true;
    }
    return false;
}

// --- private state -------------------------------------------------------

namespace {

enum class RequestKind {
    Hello,
    Ehlo,
    Helo,
    StartTls,
    Auth,
    Send,
    CheckRecipients,
    Vrfy,
    Expn,
    Help,
    Noop,
    Rset,
    Quit,
    Raw,
    RawData
};

// One mail transaction (RFC 5321 3.3), from MAIL to its last reply.
struct Transaction
{
    using Purpose = TransactionResult::Kind;
    // Where the transaction stands on the wire. The outcome (failed or not)
    // is apart: a failed transaction still collects the replies it is owed.
    enum class Phase {
        Envelope, // MAIL and RCPT written (lockstep: one at a time), replies owed
        Data, // DATA answered 354, or BDAT started: the message is being written
        Closing, // every command written (the end of data, or a check's RSET):
                 // only the last replies are owed, so a pipelined next
                 // transaction may follow at once (RFC 2920 3.1)
    };

    quint64 id = 0;
    Purpose purpose = Purpose::Delivery;
    Phase phase = Phase::Envelope;
    Envelope envelope;
    std::unique_ptr<MessageSource> source;
    TransactionResult result;
    bool useBdat = false;
    bool mailAccepted = false;
    bool failed = false; // the outcome is known to be a failure
    int nextRcpt = 0; // lockstep: the next RCPT to write
    QList<qint64> rcptSentAt; // Options::clock when each RCPT was written
    int accepted = 0; // RCPTs answered 2xx
    QList<int> acceptedIndexes; // which recipients those were, in order (LMTP's data replies)
    int lmtpPending = 0;           // LMTP: per-recipient replies still owed after the data
    int lmtpDelivered = 0;
    int bdatInFlight = 0;          // BDAT replies owed
    DataEncoder encoder{DataEncoder::Mode::DotStuffing};

    bool isCheck() const { return purpose == Purpose::RecipientCheck; }
    // RFC 5321 4.1.1.5: after a failure before the end of data, RSET so
    // that the next transaction starts clean (as smtplib does). A check
    // always ends with its own RSET.
    bool needsRset() const { return failed && phase != Phase::Closing && !isCheck(); }
};

struct Expect
{
    enum class What {
        Greeting,
        Ehlo,
        HeloFallback,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Bdat,
        DataEnd,
        CheckEnd,
        Simple,
        Quit,
        InternalRset,
        RawCommand,
        EmptyDataEnd
    };
    What what;
    quint64 requestId = 0;
    Transaction *tx = nullptr;
    int index = 0; // RCPT: recipient index
};

struct Request
{
    RequestKind kind;
    quint64 id = 0;
    QByteArray argument; // Auth: the mechanism's name once chosen
    std::unique_ptr<auth::SaslClientMechanism> mechanism;
    std::unique_ptr<Transaction> tx;
    QList<QByteArray> preference; // Auth without a mechanism: the names to choose from
    MechanismFactory factory;
};

} // namespace

struct ClientEngine::Private
{
    Options options;
    State state = State::Connecting;
    ReplyParser parser;
    Capabilities caps;
    Reply greeting;
    bool encrypted = false;
    bool esmtp = false;            // EHLO (not HELO) succeeded
    QByteArray out;
    QList<Event> events;
    quint64 nextId = 1;

    std::deque<Request> queue;                       // not started
    std::deque<Expect> expects;                      // replies owed, in order
    std::deque<std::unique_ptr<Transaction>> txs;    // transactions started, not finished
    std::optional<Request> current;                  // the non-transaction request under way
    qint64 currentSentAt = -1; // Options::clock when current's command went out
    Transaction *pumping = nullptr;                  // whose data is being written
    bool rawDataMode = false;                        // raw(): after a 354, lines are data
    bool rawSaslNext = false; // raw(): after a 334, a line is a SASL response
    int authSteps = 0;
    QString authProblem;                             // why the client cancelled an AUTH exchange
    bool closingReply = false;                       // the reply being handled is a 421
    qsizetype unfed = 0; // octets of the current receive() not yet parsed
    Reply lastReply;                                 // the reply being handled

    // --- output helpers
    qint64 now() const { return options.clock ? options.clock() : -1; }
    static qint64 since(qint64 start, qint64 end)
    {
        return start >= 0 && end >= start ? end - start : -1;
    }
    void emitEvent(Event e) { events.append(std::move(e)); }
    void setState(State s)
    {
        if (s == state)
            return;
        state = s;
        Event e;
        e.type = Event::Type::StateChanged;
        e.state = s;
        emitEvent(std::move(e));
    }
    void write(const Command &command, quint64 requestId)
    {
        out += command.wire;
        Event e;
        e.type = Event::Type::CommandSent;
        e.requestId = requestId;
        e.command = command;
        emitEvent(std::move(e));
    }
    void writeData(const QByteArray &bytes, Transaction *tx)
    {
        if (bytes.isEmpty())
            return;
        out += bytes;
        tx->result.dataBytes += bytes.size();
        Event e;
        e.type = Event::Type::DataSent;
        e.requestId = tx->id;
        e.dataBytes = bytes.size();
        e.data = bytes;
        emitEvent(std::move(e));
    }
    void finishRequest(quint64 id, const Reply &reply, const SmtpError &error = {},
                       const QByteArray &mechanism = {}, const QList<QByteArray> &withheld = {})
    {
        Event e;
        e.type = Event::Type::RequestFinished;
        e.requestId = id;
        e.reply = reply;
        e.error = error;
        e.mechanism = mechanism;
        e.withheld = withheld;
        if (current && current->id == id) {
            e.elapsedMs = since(currentSentAt, now());
            if (current->kind == RequestKind::Auth)
                e.mechanism = current->argument;
        }
        emitEvent(std::move(e));
    }
    void finishTransaction(Transaction *tx)
    {
        if (!tx->result.sent) {
            // Nothing reached anyone, whatever RCPT said (issue 7): a refused
            // DATA, or a connection lost on the way, must not read as delivered.
            for (auto &r : tx->result.recipients)
                r.accepted = false;
        }
        Event e;
        e.type = Event::Type::TransactionFinished;
        e.requestId = tx->id;
        tx->result.id = tx->id;
        e.transaction = tx->result;
        emitEvent(std::move(e));
        if (pumping == tx)
            pumping = nullptr;
        for (auto it = txs.begin(); it != txs.end(); ++it) {
            if (it->get() == tx) {
                txs.erase(it);
                break;
            }
        }
    }

    bool pipelining() const { return options.usePipelining && esmtp && caps.pipelining(); }
    // RFC 3207 5: bytes that came with (after) the 220 to STARTTLS came in
    // plaintext: buffered in the parser, or not yet fed to it.
    bool plaintextAfter() const { return parser.bufferedSize() > 0 || unfed > 0; }
    bool chunking() const { return options.useChunking && esmtp && caps.chunking(); }

    // A 250 to EHLO/LHLO (esmtp) or HELO: what the server offers now.
    void identified(const Reply &reply, bool viaEhlo)
    {
        caps = viaEhlo ? Capabilities::fromEhloReply(reply) : Capabilities();
        esmtp = viaEhlo;
        Event e;
        e.type = Event::Type::CapabilitiesChanged;
        emitEvent(std::move(e));
        setState(State::Identified);
    }

    // A transaction that never got (or never finished) its MAIL: reported
    // with the error and nothing sent.
    void endTransactionUnsent(Transaction *tx, const SmtpError &error)
    {
        tx->result.error = error;
        tx->result.id = tx->id;
        Event e;
        e.type = Event::Type::TransactionFinished;
        e.requestId = tx->id;
        e.transaction = tx->result;
        emitEvent(std::move(e));
    }
    // A request ended before it was started (refused, or the connection went).
    void endUnstarted(Request &request, const SmtpError &error)
    {
        if (request.tx)
            endTransactionUnsent(request.tx.get(), error);
        else
            finishRequest(request.id, {}, error);
    }

    // --- the machine
    void fatal(const SmtpError &error);
    void advance();
    bool mayStartTransaction() const;
    bool requestAllowed(const Request &request, QString *why) const;

    // Starting a request: each writes its command and says which reply it
    // expects, or ends the request at once (false).
    bool startRequest(Request &request);
    bool startAuth(Request &request, Command *command);
    bool startRawLine(Request &request, Command *command);
    void startRawData(const Request &request);
    void startTransaction(std::unique_ptr<Transaction> tx);
    QString transactionProblem(Transaction *tx, QList<QByteArray> *mailParams,
                               SmtpError::Kind *kind) const;
    void writeRcpt(Transaction *tx, int index);
    void sendNextRcptOrData(Transaction *tx);
    void afterRcptReplies(Transaction *tx);
    void startData(Transaction *tx);
    void endCheck(Transaction *tx);

    // Replies: one handler per expected reply. Those outside a transaction
    // return false for a 421 (the server is closing), which
    // serverClosing() then handles alike for all.
    void handleReply(const Reply &reply);
    bool onGreeting(const Reply &reply);
    bool onEhloReply(quint64 id, const Reply &reply);
    bool onHeloReply(quint64 id, const Reply &reply);
    bool onStartTlsReply(quint64 id, const Reply &reply);
    bool onQuitReply(quint64 id, const Reply &reply);
    bool onInternalRsetReply(const Reply &reply);
    bool onRawReply(quint64 id, const Reply &reply);
    bool onSimpleReply(quint64 id, const Reply &reply);
    void serverClosing(const Reply &reply);
    void handleAuthReply(const Reply &reply);
    bool plaintextAfterStartTls(const Reply &reply);
    void requestTls(quint64 id);

    void handleTransactionReply(const Expect &expect, const Reply &reply);
    void onMailReply(Transaction *tx, const Reply &reply);
    void onRcptReply(Transaction *tx, int index, const Reply &reply);
    void onDataReply(Transaction *tx, const Reply &reply);
    void onBdatReply(Transaction *tx, const Reply &reply);
    void onDataEndReply(Transaction *tx, const Reply &reply);
    void completeIfDone(Transaction *tx);
    SmtpError failureOf(const Transaction *tx) const;

    void pump(qint64 budget);
    void pumpBdat(Transaction *tx, qint64 budget);
    void endOfData(Transaction *tx, int replies);
};

// --- construction and plumbing --------------------------------------------

ClientEngine::ClientEngine()
    : ClientEngine(Options{})
{
}

ClientEngine::ClientEngine(Options options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->parser = ReplyParser(options.replyLimits);
}

ClientEngine::~ClientEngine() = default;

QByteArray ClientEngine::takeOutgoing()
{
    QByteArray bytes;
    bytes.swap(d->out);
    return bytes;
}

bool ClientEngine::hasOutgoing() const { return !d->out.isEmpty(); }

QList<Event> ClientEngine::takeEvents()
{
    QList<Event> events;
    events.swap(d->events);
    return events;
}

bool ClientEngine::hasEvents() const { return !d->events.isEmpty(); }
State ClientEngine::state() const { return d->state; }
Dialect ClientEngine::dialect() const { return d->options.dialect; }
const Capabilities &ClientEngine::capabilities() const { return d->caps; }
const Reply &ClientEngine::greeting() const { return d->greeting; }
bool ClientEngine::isEncrypted() const { return d->encrypted; }
bool ClientEngine::usesPipelining() const { return d->pipelining(); }
bool ClientEngine::usesChunking() const { return d->chunking(); }
bool ClientEngine::awaitingReply() const { return d->state != State::Closed && !d->expects.empty(); }

bool ClientEngine::isIdle() const
{
    return d->queue.empty() && d->expects.empty() && d->txs.empty() && !d->current;
}

bool ClientEngine::wantsData() const
{
    return d->state != State::Closed && d->pumping != nullptr;
}

void ClientEngine::pumpData(qint64 budget)
{
    if (!wantsData())
        return;
    d->pump(budget);
    d->advance();
}

// --- transport input -------------------------------------------------------

void ClientEngine::connectionEstablished(Channel channel)
{
    if (d->state != State::Connecting)
        return;
    d->encrypted = channel == Channel::Encrypted;
    d->expects.push_back({Expect::What::Greeting});
    d->setState(State::Greeting);
}

void ClientEngine::receive(QByteArrayView bytes)
{
    if (d->state == State::Closed || bytes.isEmpty())
        return;
    if (d->state == State::StartingTls) {
        // RFC 3207 5: nothing may travel in plaintext between the 220 and the
        // handshake; bytes here were injected by someone on the path.
        d->fatal(SmtpError::make(SmtpError::Kind::TlsFailed,
                                 tr("The server (or something on the path) sent plaintext after agreeing to STARTTLS; refusing to continue.")));
        return;
    }
    // Fed in slices, each parsed before the next: the parser's buffer bound
    // (Limits::maxBuffered) then limits one unfinished reply, however much a
    // single read brought (many complete pipelined replies are fine).
    const qsizetype slice = qMax<qsizetype>(1, d->options.replyLimits.maxBuffered / 4);
    const auto noneUnfed = qScopeGuard([this] { d->unfed = 0; });
    for (qsizetype at = 0; at < bytes.size(); at += slice) {
        const qsizetype length = qMin(slice, bytes.size() - at);
        d->unfed = bytes.size() - at - length;
        d->parser.feed(bytes.sliced(at, length));
        Reply reply;
        for (;;) {
            const auto status = d->parser.next(&reply);
            if (status == ReplyParser::Status::NeedMore)
                break;
            if (status == ReplyParser::Status::Error) {
                // A reply that is malformed, or longer than any server needs
                // (endless lines or continuation lines): memory stays bounded.
                d->fatal(SmtpError::make(
                    SmtpError::Kind::ProtocolViolation,
                    tr("Malformed reply from the server: %1").arg(d->parser.errorString())));
                return;
            }
            Event e;
            e.type = Event::Type::ReplyReceived;
            e.reply = reply;
            d->emitEvent(std::move(e));
            d->handleReply(reply);
            if (d->state == State::Closed)
                return;
            if (d->state == State::StartingTls)
                return; // what follows is the handshake's (plaintextAfter() checked)
        }
    }
    d->advance();
}

void ClientEngine::connectionClosed()
{
    if (d->state == State::Closed)
        return;
    if (d->state == State::Quitting && d->queue.empty()) {
        // The server may close right after (or instead of) its 221.
        for (const auto &expect : d->expects) {
            if (expect.what == Expect::What::Quit)
                d->finishRequest(expect.requestId, {});
        }
        d->expects.clear();
        d->setState(State::Closed);
        return;
    }
    d->fatal(SmtpError::make(SmtpError::Kind::Disconnected,
                             tr("The server closed the connection unexpectedly.")));
}

void ClientEngine::tlsEstablished()
{
    if (d->state != State::StartingTls)
        return;
    d->encrypted = true;
    // RFC 3207 4.2: forget everything learnt before TLS, EHLO again.
    d->caps = Capabilities();
    d->esmtp = false;
    d->parser.reset();
    Event e;
    e.type = Event::Type::CapabilitiesChanged;
    d->emitEvent(std::move(e));
    d->setState(State::Greeted);
    if (d->current && d->current->kind == RequestKind::StartTls) {
        d->finishRequest(d->current->id, {});
        d->current.reset();
    }
    d->advance();
}

void ClientEngine::tlsFailed(const QString &why)
{
    d->fatal(SmtpError::make(SmtpError::Kind::TlsFailed, tr("TLS handshake failed: %1").arg(why)));
}

void ClientEngine::timedOut()
{
    timedOut(tr("Timed out waiting for the server."));
}

void ClientEngine::timedOut(const QString &message)
{
    if (d->state == State::Closed)
        return;
    d->fatal(SmtpError::make(SmtpError::Kind::Timeout, message));
}

QString ClientEngine::awaitedReply() const
{
    if (d->state == State::Closed || d->expects.empty())
        return {};
    const Expect &expect = d->expects.front();
    const bool lmtp = d->options.dialect == Dialect::Lmtp;
    auto replyTo
        = [](const char *command) { return tr("the reply to %1").arg(QLatin1String(command)); };
    switch (expect.what) {
    case Expect::What::Greeting:
        return tr("the greeting");
    case Expect::What::Ehlo:
        return replyTo(lmtp ? "LHLO" : "EHLO");
    case Expect::What::HeloFallback:
    case Expect::What::Helo:
        return replyTo("HELO");
    case Expect::What::StartTls:
        return replyTo("STARTTLS");
    case Expect::What::Auth:
        return replyTo("AUTH");
    case Expect::What::Mail:
        return replyTo("MAIL FROM");
    case Expect::What::Rcpt:
        return replyTo("RCPT TO");
    case Expect::What::Data:
        return replyTo("DATA");
    case Expect::What::Bdat:
        return replyTo("BDAT");
    case Expect::What::DataEnd:
    case Expect::What::EmptyDataEnd:
        return tr("the reply to the end of the message data");
    case Expect::What::Quit:
        return replyTo("QUIT");
    case Expect::What::InternalRset:
    case Expect::What::CheckEnd:
        return replyTo("RSET");
    case Expect::What::Simple:
    case Expect::What::RawCommand:
        break;
    }
    if (d->current) {
        switch (d->current->kind) {
        case RequestKind::Vrfy:
            return replyTo("VRFY");
        case RequestKind::Expn:
            return replyTo("EXPN");
        case RequestKind::Help:
            return replyTo("HELP");
        case RequestKind::Noop:
            return replyTo("NOOP");
        case RequestKind::Rset:
            return replyTo("RSET");
        case RequestKind::Raw: {
            // The typed verb only: the rest may be long, or a secret.
            const QByteArray &line = d->current->argument;
            const qsizetype space = line.indexOf(' ');
            const QByteArray verb = (space < 0 ? line : line.first(space)).left(16);
            return tr("the reply to %1").arg(QString::fromUtf8(protocol::printable(verb)));
        }
        default:
            break;
        }
    }
    return tr("a reply");
}

void ClientEngine::fail(const SmtpError &error)
{
    d->fatal(error);
}

void ClientEngine::Private::fatal(const SmtpError &error)
{
    if (state == State::Closed)
        return;
    // Everything under way or queued ends with this error, once; nothing
    // that was not confirmed by the server is reported as sent. A command
    // waiting for its reply is both current and expected: end it once.
    QSet<quint64> ended;
    if (current) {
        finishRequest(current->id, {}, error);
        ended.insert(current->id);
        current.reset();
    }
    while (!txs.empty()) {
        Transaction *tx = txs.front().get();
        tx->result.sent = false;
        if (!tx->result.error)
            tx->result.error = error;
        finishTransaction(tx);
    }
    for (const auto &expect : expects) {
        if ((expect.what == Expect::What::Quit || expect.what == Expect::What::Simple
             || expect.what == Expect::What::RawCommand)
            && !ended.contains(expect.requestId)) {
            finishRequest(expect.requestId, {}, error);
            ended.insert(expect.requestId);
        }
    }
    expects.clear();
    while (!queue.empty()) {
        Request request = std::move(queue.front());
        queue.pop_front();
        endUnstarted(request, error);
    }
    pumping = nullptr;
    setState(State::Closed);
    Event e;
    e.type = Event::Type::Error;
    e.error = error;
    emitEvent(std::move(e));
}

// --- requests ------------------------------------------------------------------

namespace {
Request makeRequest(RequestKind kind, quint64 id, const QByteArray &argument = {})
{
    Request r{kind, id, argument, nullptr, nullptr};
    return r;
}
} // namespace

quint64 ClientEngine::hello(const QByteArray &name)
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Hello, id, name));
    d->advance();
    return id;
}

quint64 ClientEngine::ehlo(const QByteArray &name)
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Ehlo, id, name));
    d->advance();
    return id;
}

quint64 ClientEngine::helo(const QByteArray &name)
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Helo, id, name));
    d->advance();
    return id;
}

quint64 ClientEngine::startTls()
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::StartTls, id));
    d->advance();
    return id;
}

quint64 ClientEngine::authenticate(std::unique_ptr<auth::SaslClientMechanism> mechanism)
{
    const quint64 id = d->nextId++;
    Request r = makeRequest(RequestKind::Auth, id);
    r.mechanism = std::move(mechanism);
    d->queue.push_back(std::move(r));
    d->advance();
    return id;
}

quint64 ClientEngine::authenticate(const QList<QByteArray> &preference, MechanismFactory create)
{
    const quint64 id = d->nextId++;
    Request r = makeRequest(RequestKind::Auth, id);
    r.preference = preference;
    r.factory = std::move(create);
    d->queue.push_back(std::move(r));
    d->advance();
    return id;
}

quint64 ClientEngine::send(const Envelope &envelope, std::unique_ptr<MessageSource> data)
{
    const quint64 id = d->nextId++;
    Request r = makeRequest(RequestKind::Send, id);
    r.tx = std::make_unique<Transaction>();
    r.tx->id = id;
    r.tx->envelope = envelope;
    r.tx->source = std::move(data);
    for (const auto &rcpt : envelope.recipients)
        r.tx->result.recipients.append({rcpt.address, false, {}});
    d->queue.push_back(std::move(r));
    d->advance();
    return id;
}

quint64 ClientEngine::checkRecipients(const Envelope &envelope)
{
    const quint64 id = d->nextId++;
    Request r = makeRequest(RequestKind::CheckRecipients, id);
    r.tx = std::make_unique<Transaction>();
    r.tx->id = id;
    r.tx->purpose = Transaction::Purpose::RecipientCheck;
    r.tx->result.kind = TransactionResult::Kind::RecipientCheck;
    r.tx->envelope = envelope;
    for (const auto &rcpt : envelope.recipients)
        r.tx->result.recipients.append({rcpt.address, false, {}});
    d->queue.push_back(std::move(r));
    d->advance();
    return id;
}

#define SIMPLE_REQUEST(method, kind)                                      \
    quint64 ClientEngine::method(const QByteArray &argument)              \
    {                                                                     \
        const quint64 id = d->nextId++;                                   \
        d->queue.push_back(makeRequest(RequestKind::kind, id, argument)); \
        d->advance();                                                     \
        return id;                                                        \
    }
SIMPLE_REQUEST(vrfy, Vrfy)
SIMPLE_REQUEST(expn, Expn)
SIMPLE_REQUEST(help, Help)
SIMPLE_REQUEST(raw, Raw)
SIMPLE_REQUEST(rawData, RawData)
#undef SIMPLE_REQUEST

quint64 ClientEngine::noop()
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Noop, id));
    d->advance();
    return id;
}

quint64 ClientEngine::rset()
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Rset, id));
    d->advance();
    return id;
}

quint64 ClientEngine::quit()
{
    const quint64 id = d->nextId++;
    d->queue.push_back(makeRequest(RequestKind::Quit, id));
    d->advance();
    return id;
}

// --- scheduling -------------------------------------------------------------------

bool ClientEngine::Private::requestAllowed(const Request &request, QString *why) const
{
    const bool lmtp = options.dialect == Dialect::Lmtp;
    const bool identified = state == State::Identified;
    const bool open
        = state != State::Closed && state != State::Connecting && state != State::Quitting;
    switch (request.kind) {
    case RequestKind::Hello:
    case RequestKind::Ehlo:
        if (state != State::Greeted && state != State::Identified) {
            *why = tr("EHLO is only possible after the greeting and outside a transaction.");
            return false;
        }
        return true;
    case RequestKind::Helo:
        if (lmtp) {
            *why = tr("LMTP has no HELO; it uses LHLO (RFC 2033 4.1).");
            return false;
        }
        if (state != State::Greeted && state != State::Identified) {
            *why = tr("HELO is only possible after the greeting and outside a transaction.");
            return false;
        }
        return true;
    case RequestKind::StartTls:
        if (encrypted) {
            *why = tr("The connection is already encrypted.");
            return false;
        }
        if (!identified) {
            *why = tr("STARTTLS needs a successful EHLO first (RFC 3207 4).");
            return false;
        }
        return true;
    case RequestKind::Auth:
        if (!identified) {
            *why = tr("AUTH needs a successful EHLO and no transaction under way (RFC 4954 4).");
            return false;
        }
        return true;
    case RequestKind::Send:
    case RequestKind::CheckRecipients:
        if (state != State::Identified && !(state == State::InTransaction || state == State::InData)) {
            *why = tr("Say EHLO or HELO before sending mail (RFC 5321 4.1.4).");
            return false;
        }
        return true;
    case RequestKind::Quit:
    case RequestKind::Raw:
    case RequestKind::RawData:
    case RequestKind::Noop:
    case RequestKind::Rset:
    case RequestKind::Help:
        if (!open) {
            *why = tr("There is no open conversation.");
            return false;
        }
        return true;
    case RequestKind::Vrfy:
    case RequestKind::Expn:
        if (!open) {
            *why = tr("There is no open conversation.");
            return false;
        }
        if (request.argument.isEmpty()) {
            *why = tr("VRFY and EXPN need an argument.");
            return false;
        }
        return true;
    }
    return true;
}

// RFC 2920 3.1: with PIPELINING the next transaction may follow the end of
// data (or a check's RSET) at once; otherwise it waits for every reply.
bool ClientEngine::Private::mayStartTransaction() const
{
    if (!pipelining())
        return expects.empty() && txs.empty();
    // Only once every earlier transaction has written all its commands and
    // owes nothing but its last replies: those never lead to an RSET that
    // would hit the new transaction.
    for (const auto &tx : txs) {
        if (tx->phase != Transaction::Phase::Closing)
            return false;
    }
    for (const auto &expect : expects) {
        if (!expect.tx && expect.what != Expect::What::InternalRset)
            return false;
    }
    return true;
}

void ClientEngine::Private::advance()
{
    while (state != State::Closed && !queue.empty()) {
        if (state == State::Connecting || state == State::Greeting || state == State::StartingTls)
            return;
        if (current || pumping)
            return;
        const Request &next = queue.front();
        if (next.tx) {
            if (!mayStartTransaction())
                return;
        } else if (!expects.empty() || !txs.empty()) {
            return;
        }
        Request request = std::move(queue.front());
        queue.pop_front();
        startRequest(request);
    }
}

bool ClientEngine::Private::startRequest(Request &request)
{
    QString why;
    if (!requestAllowed(request, &why)) {
        endUnstarted(request, SmtpError::make(SmtpError::Kind::Usage, why));
        return false;
    }
    if (request.tx) {
        startTransaction(std::move(request.tx));
        return true;
    }

    const bool lmtp = options.dialect == Dialect::Lmtp;
    Command command;
    Expect::What what = Expect::What::Simple;
    switch (request.kind) {
    case RequestKind::Hello:
    case RequestKind::Ehlo:
        command = lmtp ? commands::lhlo(request.argument) : commands::ehlo(request.argument);
        what = Expect::What::Ehlo;
        break;
    case RequestKind::Helo:
        command = commands::helo(request.argument);
        what = Expect::What::Helo;
        break;
    case RequestKind::StartTls:
        if (!caps.startTls()) {
            finishRequest(request.id, {},
                          SmtpError::make(SmtpError::Kind::NotSupported,
                                          tr("The server does not offer STARTTLS.")));
            return false;
        }
        command = commands::startTls();
        what = Expect::What::StartTls;
        break;
    case RequestKind::Auth:
        if (!startAuth(request, &command))
            return false;
        what = Expect::What::Auth;
        break;
    case RequestKind::Vrfy:
        command = commands::vrfy(request.argument);
        break;
    case RequestKind::Expn:
        command = commands::expn(request.argument);
        break;
    case RequestKind::Help:
        command = commands::help(request.argument);
        break;
    case RequestKind::Noop:
        command = commands::noop();
        break;
    case RequestKind::Rset:
        command = commands::rset();
        break;
    case RequestKind::Quit:
        command = commands::quit();
        what = Expect::What::Quit;
        break;
    case RequestKind::RawData:
        startRawData(request);
        return false;
    case RequestKind::Raw:
        if (!startRawLine(request, &command))
            return false;
        what = Expect::What::RawCommand;
        break;
    case RequestKind::Send:
    case RequestKind::CheckRecipients:
        break; // handled above
    }
    if (!command.isValid()) {
        finishRequest(request.id, {}, SmtpError::make(SmtpError::Kind::Usage, command.error));
        return false;
    }
    write(command, request.id);
    expects.push_back({what, request.id});
    if (request.kind == RequestKind::Quit)
        setState(State::Quitting);
    current = std::move(request);
    currentSentAt = now();
    return true;
}

bool ClientEngine::Private::startAuth(Request &request, Command *command)
{
    QList<QByteArray> withheld;
    auto refuse = [&](SmtpError::Kind kind, const QString &why, const QByteArray &name = {}) {
        finishRequest(request.id, {}, SmtpError::make(kind, why), name, withheld);
        return false;
    };
    if (!request.mechanism && !request.factory)
        return refuse(SmtpError::Kind::Usage, tr("No SASL mechanism given."));
    const auto offered = caps.authMechanisms();
    const QString offeredText = QString::fromUtf8(protocol::printable(offered.join(' ')));
    if (!esmtp || offered.isEmpty())
        return refuse(SmtpError::Kind::NotSupported,
                      tr("The server does not offer AUTH (RFC 4954)."));
    // RFC 4954 4 and 14: PLAIN and LOGIN hand the password to anyone who
    // can read the connection. Never chosen (no AUTH line at all) unless the
    // channel is encrypted or the user allowed it explicitly.
    auto exposes = [&](const QByteArray &name) {
        return !encrypted && options.plaintextAuth == PlaintextAuth::Refuse
            && auth::revealsSecret(name);
    };
    auto refusePlaintext = [&](const QByteArray &names) {
        return refuse(SmtpError::Kind::NotSupported,
                      tr("Refusing AUTH %1: the connection is not encrypted, so the password "
                         "would travel readable by anyone on the path; nothing was sent. Use TLS "
                         "(STARTTLS or implicit TLS), a mechanism that does not reveal the "
                         "password (CRAM-MD5, SCRAM-SHA-256), or allow plaintext authentication "
                         "explicitly.")
                          .arg(QString::fromLatin1(names)),
                      withheld.value(0));
    };
    QByteArray name;
    if (request.mechanism) {
        name = request.mechanism->name();
        if (!caps.offersAuthMechanism(name)) {
            return refuse(SmtpError::Kind::NotSupported,
                          tr("The server does not offer the %1 mechanism (it offers: %2).")
                              .arg(QString::fromLatin1(name), offeredText),
                          name);
        }
        if (exposes(name)) {
            withheld << name;
            return refusePlaintext(name);
        }
    } else {
        // The choice is core/auth's one selection function: what the server
        // offers, what the caller allows (in this order), and the plaintext
        // rule; the first candidate is tried.
        const auth::MechanismSelection selection = auth::selectMechanisms(
            offered, request.preference,
            encrypted ? auth::ConnectionSecurity::Encrypted : auth::ConnectionSecurity::Plaintext,
            options.plaintextAuth == PlaintextAuth::Allow ? auth::PlaintextAuth::Allow
                                                          : auth::PlaintextAuth::Refuse,
            auth::MechanismOrder::Postscope);
        withheld = selection.withheld;
        if (selection.candidates.isEmpty()) {
            if (request.preference.size() == 1 && withheld.isEmpty()) {
                const QByteArray wanted = request.preference.first().toUpper();
                return refuse(SmtpError::Kind::NotSupported,
                              tr("The server does not offer the %1 mechanism (it offers: %2).")
                                  .arg(QString::fromLatin1(wanted), offeredText),
                              wanted);
            }
            return refuse(SmtpError::Kind::NotSupported, selection.reason, withheld.value(0));
        }
        name = selection.candidates.first();
        request.mechanism = request.factory(name);
        if (!request.mechanism) {
            return refuse(
                SmtpError::Kind::Usage,
                tr("AUTH %1 is not available in this build.").arg(QString::fromLatin1(name)), name);
        }
    }
    request.argument = name;
    const auto initial = request.mechanism->initialResponse();
    // RFC 4954 4: "=" stands for an empty initial response.
    *command = initial
        ? commands::auth(name, initial->isEmpty() ? QByteArray("=") : initial->toBase64())
        : commands::auth(name);
    authSteps = 0;
    authProblem.clear();
    return true;
}

// raw(): a typed line. After a 354 the lines are message text, and only the
// final "." expects a reply.
// The console's /bytes: exact message octets after a typed DATA's 354.
void ClientEngine::Private::startRawData(const Request &request)
{
    if (!rawDataMode) {
        finishRequest(request.id, {},
                      SmtpError::make(
                          SmtpError::Kind::Usage,
                          tr("Exact message octets can only follow a typed DATA and its 354.")));
        return;
    }
    Event e;
    out += request.argument;
    e.type = Event::Type::DataSent;
    e.requestId = request.id;
    e.dataBytes = request.argument.size();
    e.data = request.argument;
    emitEvent(std::move(e));
    finishRequest(request.id, {});
}

bool ClientEngine::Private::startRawLine(Request &request, Command *command)
{
    if (!rawDataMode) {
        *command = commands::raw(request.argument);
        // RFC 4954 4: a line typed after a 334 is a SASL response, a secret:
        // only its redacted form reaches the transcript.
        if (std::exchange(rawSaslNext, false) && command->isValid())
            command->redacted = protocol::redactClientLine(request.argument,
                                                           protocol::ClientLineKind::SaslResponse);
        return true;
    }
    // RFC 5321 4.5.3.1.6: a text line is at most 1000 octets with CRLF.
    if (request.argument.contains('\r') || request.argument.contains('\n')
        || request.argument.contains('\0') || request.argument.size() > 998) {
        finishRequest(
            request.id, {},
            SmtpError::make(SmtpError::Kind::Usage,
                            tr("A data line may not hold CR, LF or NUL, nor exceed 998 octets.")));
        return false;
    }
    command->verb = protocol::Verb::Raw;
    command->wire = request.argument + "\r\n";
    if (request.argument != ".") {
        write(*command, request.id);
        finishRequest(request.id, {});
        return false;
    }
    rawDataMode = false;
    return true;
}

// Why a transaction cannot go out as asked (empty when it can), and the MAIL
// parameters it needs (RFC 1870, RFC 6152, RFC 6531).
QString ClientEngine::Private::transactionProblem(Transaction *tx, QList<QByteArray> *params,
                                                  SmtpError::Kind *kind) const
{
    const Envelope &env = tx->envelope;
    *kind = SmtpError::Kind::Usage;
    if (env.recipients.isEmpty())
        return tr("The message has no recipients.");
    if (!tx->isCheck() && !tx->source)
        return tr("The message has no data.");

    *params = env.mailOptions;
    auto hasParam = [&](const QByteArray &key) {
        for (const auto &p : std::as_const(*params)) {
            if (p.toUpper() == key || p.toUpper().startsWith(key + '='))
                return true;
        }
        return false;
    };
    if (tx->source) {
        const qint64 size = tx->source->sizeHint();
        const qint64 limit = esmtp ? caps.sizeLimit() : -1;
        if (limit > 0 && size > limit) {
            *kind = SmtpError::Kind::NotSupported;
            return tr("The message (%1 octets) is larger than the server accepts (SIZE %2).")
                .arg(size)
                .arg(limit);
        }
        if (limit >= 0 && size >= 0 && !hasParam("SIZE"))
            params->append("SIZE=" + QByteArray::number(size));
    }
    if (env.eightBit && !hasParam("BODY")) {
        if (!caps.eightBitMime()) {
            *kind = SmtpError::Kind::NotSupported;
            return tr(
                "The message holds 8-bit data but the server does not offer 8BITMIME (RFC 6152).");
        }
        params->append("BODY=8BITMIME");
    }
    if (env.smtpUtf8 && !hasParam("SMTPUTF8")) {
        if (!caps.smtpUtf8()) {
            *kind = SmtpError::Kind::NotSupported;
            return tr("The message needs SMTPUTF8 (international addresses) but the server does "
                      "not offer it (RFC 6531).");
        }
        params->append("SMTPUTF8");
    }
    return {};
}

void ClientEngine::Private::startTransaction(std::unique_ptr<Transaction> owned)
{
    Transaction *tx = owned.get();
    const Envelope &env = tx->envelope;
    auto finishEarly = [&](SmtpError::Kind kind, const QString &message) {
        endTransactionUnsent(tx, SmtpError::make(kind, message));
    };
    QList<QByteArray> params;
    SmtpError::Kind kind;
    if (const QString problem = transactionProblem(tx, &params, &kind); !problem.isEmpty())
        return finishEarly(kind, problem);

    // Format everything first: nothing is written if any line is refused.
    const Command mail = commands::mail(env.sender, params);
    if (!mail.isValid())
        return finishEarly(SmtpError::Kind::Usage, mail.error);
    for (const auto &rcpt : env.recipients) {
        const Command c = commands::rcpt(rcpt.address, rcpt.options);
        if (!c.isValid())
            return finishEarly(SmtpError::Kind::Usage, c.error);
    }

    tx->useBdat = !tx->isCheck() && chunking();
    tx->encoder = DataEncoder(tx->useBdat ? DataEncoder::Mode::LineEndingsOnly : DataEncoder::Mode::DotStuffing);
    tx->rcptSentAt = QList<qint64>(env.recipients.size(), -1);
    txs.push_back(std::move(owned));
    write(mail, tx->id);
    expects.push_back({Expect::What::Mail, tx->id, tx});
    setState(State::InTransaction);
    if (!pipelining())
        return; // lockstep: the MAIL reply sends the first RCPT
    // RFC 2920 3.1: MAIL, every RCPT and DATA (or a check's RSET) in one group.
    for (int i = 0; i < env.recipients.size(); ++i)
        writeRcpt(tx, i);
    tx->nextRcpt = env.recipients.size();
    if (tx->isCheck())
        endCheck(tx);
    else if (tx->useBdat)
        startData(tx); // RFC 3030 4.2: BDAT may be pipelined; the data follows at once
    else {
        write(commands::data(), tx->id);
        expects.push_back({Expect::What::Data, tx->id, tx});
    }
}

void ClientEngine::Private::writeRcpt(Transaction *tx, int index)
{
    const auto &rcpt = tx->envelope.recipients[index];
    write(commands::rcpt(rcpt.address, rcpt.options), tx->id);
    tx->rcptSentAt[index] = now();
    expects.push_back({Expect::What::Rcpt, tx->id, tx, index});
}

void ClientEngine::Private::sendNextRcptOrData(Transaction *tx)
{
    // Lockstep (no PIPELINING): one command, one reply.
    if (tx->nextRcpt < tx->envelope.recipients.size()) {
        writeRcpt(tx, tx->nextRcpt++);
        return;
    }
    afterRcptReplies(tx);
}

void ClientEngine::Private::afterRcptReplies(Transaction *tx)
{
    // Every RCPT answered (lockstep). Go on to the data, or give up.
    if (tx->isCheck()) {
        endCheck(tx);
        return;
    }
    if (tx->accepted == 0) {
        tx->failed = true;
        return; // the caller completes it
    }
    if (tx->useBdat) {
        startData(tx);
        return;
    }
    write(commands::data(), tx->id);
    expects.push_back({Expect::What::Data, tx->id, tx});
}

void ClientEngine::Private::startData(Transaction *tx)
{
    tx->phase = Transaction::Phase::Data;
    pumping = tx;
    setState(State::InData);
}

// The RCPT method ends with RSET (RFC 5321 4.1.1.5): the transaction is
// abandoned and nothing is ever delivered.
void ClientEngine::Private::endCheck(Transaction *tx)
{
    write(commands::rset(), tx->id);
    expects.push_back({Expect::What::CheckEnd, tx->id, tx});
    tx->phase = Transaction::Phase::Closing;
}

// Why a transaction that did not go through failed, from what it saw.
SmtpError ClientEngine::Private::failureOf(const Transaction *tx) const
{
    const auto &result = tx->result;
    if (closingReply) {
        return SmtpError::make(
            SmtpError::Kind::Disconnected,
            tr("The server is closing the connection: %1").arg(quoted(lastReply)), lastReply);
    }
    if (!tx->mailAccepted) {
        return SmtpError::make(
            SmtpError::Kind::SenderRefused,
            tr("The server refused the sender: %1").arg(quoted(result.mailReply)),
            result.mailReply);
    }
    if (tx->accepted == 0) {
        Reply last;
        for (const auto &r : result.recipients)
            last = r.reply;
        return SmtpError::make(SmtpError::Kind::RecipientsRefused,
                               tr("The server refused every recipient."), last);
    }
    return SmtpError::make(
        SmtpError::Kind::DataRefused,
        tr("The server refused the message data: %1").arg(quoted(result.dataReply)),
        result.dataReply);
}

void ClientEngine::Private::completeIfDone(Transaction *tx)
{
    for (const auto &expect : expects) {
        if (expect.tx == tx)
            return;
    }
    if (pumping == tx)
        return;
    auto &result = tx->result;
    if (tx->isCheck()) {
        // A check sends nothing; only a refused sender (or a closing
        // server) is an error. Refused recipients are its answers.
        if (!result.error && (closingReply || !tx->mailAccepted))
            result.error = failureOf(tx);
    } else if (!tx->failed && tx->phase == Transaction::Phase::Closing) {
        const bool lmtp = options.dialect == Dialect::Lmtp;
        result.sent = lmtp ? tx->lmtpDelivered > 0 : true;
        if (!result.sent) {
            result.error = SmtpError::make(SmtpError::Kind::RecipientsRefused,
                                           tr("No recipient took the message."), result.dataReply);
        }
    } else if (!result.error) {
        result.error = failureOf(tx);
    }
    const bool needRset = tx->needsRset() && !closingReply;
    finishTransaction(tx);
    if (state == State::Closed)
        return;
    if (needRset) {
        write(commands::rset(), 0);
        expects.push_back({Expect::What::InternalRset});
    }
    if (txs.empty() && !pumping)
        setState(State::Identified);
}

// --- replies -----------------------------------------------------------------------

void ClientEngine::Private::handleReply(const Reply &reply)
{
    if (expects.empty()) {
        if (isClosing(reply)) {
            fatal(SmtpError::make(SmtpError::Kind::Disconnected,
                                  tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
        } else {
            fatal(SmtpError::make(SmtpError::Kind::ProtocolViolation,
                                  tr("The server sent a reply nobody asked for: %1").arg(quoted(reply)), reply));
        }
        return;
    }
    const Expect expect = expects.front();
    expects.pop_front();

    if (expect.tx) {
        closingReply = isClosing(reply);
        lastReply = reply;
        handleTransactionReply(expect, reply);
        closingReply = false;
        if (isClosing(reply) && state != State::Closed)
            fatal(SmtpError::make(SmtpError::Kind::Disconnected,
                                  tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
        return;
    }

    const quint64 id = expect.requestId;
    bool handled = true;
    switch (expect.what) {
    case Expect::What::Greeting:
        handled = onGreeting(reply);
        break;
    case Expect::What::Ehlo:
        handled = onEhloReply(id, reply);
        break;
    case Expect::What::Helo:
    case Expect::What::HeloFallback:
        handled = onHeloReply(id, reply);
        break;
    case Expect::What::StartTls:
        handled = onStartTlsReply(id, reply);
        break;
    case Expect::What::Auth:
        handleAuthReply(reply);
        break;
    case Expect::What::Quit:
        handled = onQuitReply(id, reply);
        break;
    case Expect::What::InternalRset:
        handled = onInternalRsetReply(reply);
        break;
    case Expect::What::RawCommand:
        handled = onRawReply(id, reply);
        break;
    case Expect::What::Simple:
        handled = onSimpleReply(id, reply);
        break;
    default:
        handled = false;
        break;
    }
    if (!handled)
        serverClosing(reply);
}

bool ClientEngine::Private::onGreeting(const Reply &reply)
{
    greeting = reply;
    if (reply.code != 220) {
        fatal(SmtpError::make(SmtpError::Kind::ConnectFailed,
                              tr("The server did not greet with 220: %1").arg(quoted(reply)),
                              reply));
        return true;
    }
    setState(State::Greeted);
    return true;
}

bool ClientEngine::Private::onEhloReply(quint64 id, const Reply &reply)
{
    if (reply.code == 250) {
        identified(reply, true);
        finishRequest(id, reply);
        current.reset();
        return true;
    }
    if (isClosing(reply))
        return false;
    if (current && current->kind == RequestKind::Hello && options.dialect == Dialect::Smtp) {
        // smtplib's ehlo_or_helo_if_needed(): fall back to HELO.
        write(commands::helo(current->argument), id);
        expects.push_back({Expect::What::HeloFallback, id});
        return true;
    }
    const QString verb
        = options.dialect == Dialect::Lmtp ? QStringLiteral("LHLO") : QStringLiteral("EHLO");
    finishRequest(id, reply,
                  SmtpError::make(SmtpError::Kind::HeloRefused,
                                  tr("The server refused %1: %2").arg(verb, quoted(reply)), reply));
    current.reset();
    return true;
}

bool ClientEngine::Private::onHeloReply(quint64 id, const Reply &reply)
{
    if (reply.code == 250) {
        identified(reply, false);
        finishRequest(id, reply);
        current.reset();
        return true;
    }
    if (isClosing(reply))
        return false;
    finishRequest(id, reply,
                  SmtpError::make(SmtpError::Kind::HeloRefused,
                                  tr("The server refused EHLO and HELO: %1").arg(quoted(reply)),
                                  reply));
    current.reset();
    return true;
}

// RFC 3207 5 and the STARTTLS injection attacks: anything after the 220
// came in plaintext and must not be taken as if it were encrypted.
bool ClientEngine::Private::plaintextAfterStartTls(const Reply &reply)
{
    if (!plaintextAfter())
        return false;
    fatal(SmtpError::make(SmtpError::Kind::TlsFailed,
                          tr("Plaintext followed the server's 220 to STARTTLS (a STARTTLS "
                             "injection); refusing to start TLS."),
                          reply));
    return true;
}

void ClientEngine::Private::requestTls(quint64 id)
{
    setState(State::StartingTls);
    Event e;
    e.type = Event::Type::TlsRequested;
    e.requestId = id;
    emitEvent(std::move(e));
}

bool ClientEngine::Private::onStartTlsReply(quint64 id, const Reply &reply)
{
    if (reply.code == 220) {
        if (!plaintextAfterStartTls(reply))
            requestTls(id); // the request ends at tlsEstablished()
        return true;
    }
    if (isClosing(reply))
        return false;
    finishRequest(id, reply,
                  SmtpError::make(SmtpError::Kind::TlsFailed,
                                  tr("The server refused STARTTLS: %1").arg(quoted(reply)), reply));
    current.reset();
    return true;
}

bool ClientEngine::Private::onQuitReply(quint64 id, const Reply &reply)
{
    finishRequest(id, reply);
    current.reset();
    setState(State::Closed);
    return true;
}

bool ClientEngine::Private::onInternalRsetReply(const Reply &reply)
{
    if (isClosing(reply))
        return false;
    if (txs.empty() && state == State::InTransaction)
        setState(State::Identified);
    return true;
}

// The console's typed commands: follow what they did to the conversation.
bool ClientEngine::Private::onRawReply(quint64 id, const Reply &reply)
{
    QByteArray verb;
    if (current) {
        const qsizetype space = current->argument.indexOf(' ');
        verb = (space < 0 ? current->argument : current->argument.first(space)).toUpper();
    }
    rawSaslNext = reply.code == 334;
    if ((verb == "EHLO" || verb == "LHLO") && reply.code == 250) {
        identified(reply, true);
    } else if (verb == "HELO" && reply.code == 250) {
        identified(reply, false);
    } else if (verb == "MAIL" && reply.code == 250) {
        setState(State::InTransaction);
    } else if (verb == "DATA" && reply.code == 354) {
        rawDataMode = true;
        setState(State::InData);
    } else if (verb == "RSET" && reply.code == 250 && state != State::Greeted) {
        setState(State::Identified);
    } else if (verb == "QUIT" && reply.code == 221) {
        setState(State::Closed);
    } else if (current && current->argument == "." && state == State::InData) {
        setState(State::Identified);
    } else if (verb == "STARTTLS" && reply.code == 220 && !encrypted) {
        if (plaintextAfterStartTls(reply))
            return true;
        finishRequest(id, reply);
        current.reset();
        requestTls(id);
        return true;
    }
    if (isClosing(reply))
        return false;
    finishRequest(id, reply);
    current.reset();
    return true;
}

bool ClientEngine::Private::onSimpleReply(quint64 id, const Reply &reply)
{
    if (isClosing(reply))
        return false;
    if (current && current->kind == RequestKind::Rset && reply.code == 250
        && state == State::InTransaction)
        setState(State::Identified);
    finishRequest(id, reply);
    current.reset();
    return true;
}

// RFC 5321 3.8: a 421 to a command outside a transaction: the server is
// going away. The request under way ends with an error that fits it.
void ClientEngine::Private::serverClosing(const Reply &reply)
{
    const QString why = tr("The server is closing the connection: %1").arg(quoted(reply));
    if (current) {
        SmtpError::Kind kind = SmtpError::Kind::Disconnected;
        if (current->kind == RequestKind::Hello || current->kind == RequestKind::Ehlo || current->kind == RequestKind::Helo)
            kind = SmtpError::Kind::HeloRefused;
        else if (current->kind == RequestKind::StartTls)
            kind = SmtpError::Kind::TlsFailed;
        else if (current->kind == RequestKind::Auth)
            kind = SmtpError::Kind::AuthFailed;
        finishRequest(current->id, reply, SmtpError::make(kind, why, reply));
        current.reset();
    }
    fatal(SmtpError::make(SmtpError::Kind::Disconnected, why, reply));
}

void ClientEngine::Private::handleAuthReply(const Reply &reply)
{
    const quint64 id = current ? current->id : 0;
    auto &mech = current->mechanism;
    // The client's answer: base64, or "*" to cancel (RFC 4954 4).
    auto answer = [&](const QByteArray &base64) {
        write(commands::authResponse(base64), id);
        expects.push_back({Expect::What::Auth, id});
    };
    if (reply.code == 334) {
        if (++authSteps > 32) {
            answer("*");
            return;
        }
        // RFC 4954 4: the challenge is base64 after "334 ".
        const QByteArray text = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            authProblem = tr("The server sent a challenge that is not base64; authentication cancelled.");
            answer("*");
            return;
        }
        const auto step = mech->respond(*decoded);
        if (!step.ok()) {
            authProblem = tr("Authentication cancelled: %1").arg(step.error);
            answer("*");
            return;
        }
        answer(step.response.toBase64());
        return;
    }
    if (reply.code == 235 && authProblem.isEmpty()) {
        const QString problem = mech->verifyOutcome({});
        finishRequest(
            id, reply,
            problem.isEmpty()
                ? SmtpError {}
                : SmtpError::make(
                    SmtpError::Kind::AuthFailed,
                    tr("The server said yes, but could not prove it knows the password: %1")
                        .arg(problem),
                    reply));
        current.reset();
        return;
    }
    if (isClosing(reply)) {
        serverClosing(reply);
        return;
    }
    const QString why = authProblem.isEmpty() ? tr("Authentication failed: %1").arg(quoted(reply)) : authProblem;
    finishRequest(id, reply, SmtpError::make(SmtpError::Kind::AuthFailed, why, reply));
    current.reset();
}

void ClientEngine::Private::handleTransactionReply(const Expect &expect, const Reply &reply)
{
    Transaction *tx = expect.tx;
    switch (expect.what) {
    case Expect::What::Mail:
        onMailReply(tx, reply);
        break;
    case Expect::What::Rcpt:
        onRcptReply(tx, expect.index, reply);
        break;
    case Expect::What::Data:
        onDataReply(tx, reply);
        break;
    case Expect::What::Bdat:
        onBdatReply(tx, reply);
        break;
    case Expect::What::DataEnd:
        onDataEndReply(tx, reply);
        break;
    case Expect::What::EmptyDataEnd:
    case Expect::What::CheckEnd:
        break; // nothing more to learn: the transaction is over
    default:
        break;
    }
    completeIfDone(tx);
}

void ClientEngine::Private::onMailReply(Transaction *tx, const Reply &reply)
{
    tx->result.mailReply = reply;
    if (reply.klass() != 2) {
        tx->failed = true;
        tx->result.error
            = SmtpError::make(SmtpError::Kind::SenderRefused,
                              tr("The server refused the sender: %1").arg(quoted(reply)), reply);
        if (tx->isCheck() && !pipelining() && !closingReply)
            endCheck(tx);
        return;
    }
    tx->mailAccepted = true;
    if (!pipelining() && !closingReply)
        sendNextRcptOrData(tx);
}

void ClientEngine::Private::onRcptReply(Transaction *tx, int index, const Reply &reply)
{
    auto &rcpt = tx->result.recipients[index];
    rcpt.reply = reply;
    rcpt.rcptReply = reply;
    // RFC 5321 4.2.5: 250 and 251 accept; smtplib also treats any 2xx so.
    rcpt.rcptAccepted = reply.klass() == 2;
    rcpt.accepted = rcpt.rcptAccepted && !tx->isCheck(); // provisional: until the data is answered
    rcpt.elapsedMs = since(tx->rcptSentAt.value(index, -1), now());
    if (rcpt.rcptAccepted) {
        ++tx->accepted;
        tx->acceptedIndexes.append(index);
    }
    if (!pipelining() && !closingReply) {
        sendNextRcptOrData(tx);
    } else if (tx->useBdat && index == tx->envelope.recipients.size() - 1 && tx->accepted == 0) {
        // Data already on its way (BDAT pipelined): it ends with the server's
        // refusals; the transaction has failed.
        tx->failed = true;
    }
}

void ClientEngine::Private::onDataReply(Transaction *tx, const Reply &reply)
{
    auto &result = tx->result;
    result.dataReply = reply;
    const bool someoneToSendTo = tx->mailAccepted && tx->accepted > 0;
    if (reply.code == 354) {
        if (someoneToSendTo) {
            startData(tx);
            return;
        }
        // RFC 2920 3.1: DATA accepted though nobody can receive the
        // message: end it with a lone dot, send nothing of the message.
        tx->failed = true;
        Command dot;
        dot.verb = protocol::Verb::Raw;
        dot.wire = ".\r\n";
        write(dot, tx->id);
        expects.push_back({Expect::What::EmptyDataEnd, tx->id, tx});
        return;
    }
    tx->failed = true;
    if (someoneToSendTo) {
        result.error = SmtpError::make(SmtpError::Kind::DataRefused,
                                       tr("The server refused DATA: %1").arg(quoted(reply)), reply);
    }
}

void ClientEngine::Private::onBdatReply(Transaction *tx, const Reply &reply)
{
    --tx->bdatInFlight;
    if (reply.klass() == 2)
        return;
    auto &result = tx->result;
    result.dataReply = reply;
    if (!tx->failed && tx->mailAccepted && tx->accepted > 0) {
        result.error
            = SmtpError::make(SmtpError::Kind::DataRefused,
                              tr("The server refused a BDAT chunk: %1").arg(quoted(reply)), reply);
    }
    tx->failed = true;
    // RFC 3030 4.1: no further BDAT after a failure; a message we have
    // not finished cannot be ended, so nothing more is written.
    if (pumping == tx)
        pumping = nullptr;
}

void ClientEngine::Private::onDataEndReply(Transaction *tx, const Reply &reply)
{
    auto &result = tx->result;
    if (tx->bdatInFlight > 0)
        --tx->bdatInFlight;
    result.dataReply = reply;
    if (options.dialect == Dialect::Lmtp) {
        // RFC 2033 4.2: one reply per accepted recipient, in RCPT order.
        const int which = tx->acceptedIndexes.value(tx->acceptedIndexes.size() - tx->lmtpPending);
        --tx->lmtpPending;
        auto &rcpt = result.recipients[which];
        rcpt.reply = reply;
        rcpt.accepted = !tx->failed && reply.klass() == 2;
        if (rcpt.accepted)
            ++tx->lmtpDelivered;
        return;
    }
    if (!tx->failed && reply.klass() != 2) {
        // After the end of data the transaction is over either way
        // (RFC 5321 4.1.1.4, RFC 3030 2): no RSET, so a pipelined next
        // transaction is not disturbed.
        tx->failed = true;
        result.error
            = SmtpError::make(SmtpError::Kind::DataRefused,
                              tr("The server refused the message: %1").arg(quoted(reply)), reply);
    }
}

// --- message data --------------------------------------------------------------------

// The end of the data is written: the transaction owes only its last
// replies (one, or for LMTP one per accepted recipient, RFC 2033 4.2).
void ClientEngine::Private::endOfData(Transaction *tx, int replies)
{
    tx->phase = Transaction::Phase::Closing;
    pumping = nullptr;
    const bool lmtp = options.dialect == Dialect::Lmtp;
    tx->lmtpPending = lmtp ? replies : 0;
    for (int i = 0; i < replies; ++i)
        expects.push_back({Expect::What::DataEnd, tx->id, tx});
}

void ClientEngine::Private::pumpBdat(Transaction *tx, qint64 budget)
{
    // RFC 3030 2: each chunk is exactly as many octets as BDAT says; line
    // endings are still made CRLF (RFC 5321 2.3.8).
    if (!pipelining() && tx->bdatInFlight > 0)
        return;
    MessageSource *source = tx->source.get();
    const qint64 want = qMin(budget, options.chunkSize);
    QByteArray raw = source->read(want);
    if (raw.isEmpty() && !source->atEnd()) {
        fatal(SmtpError::make(SmtpError::Kind::Usage,
                              tr("Reading the message failed: %1").arg(source->errorString())));
        return;
    }
    QByteArray chunk = tx->encoder.encode(raw);
    const bool last = source->atEnd();
    if (last)
        chunk += tx->encoder.finish();
    if (chunk.isEmpty() && !last)
        return;
    write(commands::bdat(chunk.size(), last), tx->id);
    writeData(chunk, tx);
    ++tx->bdatInFlight;
    if (!last) {
        expects.push_back({Expect::What::Bdat, tx->id, tx});
        return;
    }
    // RFC 2033 4.2 (and 4.3 for BDAT): LMTP answers once per accepted
    // recipient. With pipelined BDAT the RCPT replies may not be in yet;
    // at least one reply is owed either way.
    const bool lmtp = options.dialect == Dialect::Lmtp;
    endOfData(tx, lmtp ? qMax(1, tx->accepted) : 1);
    if (state == State::InData)
        setState(State::InTransaction);
}

void ClientEngine::Private::pump(qint64 budget)
{
    Transaction *tx = pumping;
    if (!tx)
        return;
    if (tx->useBdat) {
        pumpBdat(tx, budget);
        return;
    }
    MessageSource *source = tx->source.get();
    QByteArray raw = source->read(budget);
    if (raw.isEmpty() && !source->atEnd()) {
        // Never end a message we could not read whole: closing is the only
        // honest way out of DATA (RFC 5321 has no abort for it).
        fatal(SmtpError::make(SmtpError::Kind::Usage,
                              tr("Reading the message failed: %1").arg(source->errorString())));
        return;
    }
    QByteArray chunk;
    tx->encoder.encode(raw, &chunk);
    if (!source->atEnd()) {
        writeData(chunk, tx);
        return;
    }
    chunk += tx->encoder.finish();
    writeData(chunk, tx);
    const bool lmtp = options.dialect == Dialect::Lmtp;
    endOfData(tx, lmtp ? tx->accepted : 1);
    setState(State::InTransaction);
}

} // namespace postscope::engine
