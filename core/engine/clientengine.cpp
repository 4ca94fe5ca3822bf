#include "engine/clientengine.h"

#include "protocol/datatransform.h"
#include "protocol/printable.h"

#include <QCoreApplication>
#include <QSet>
#include <QScopeGuard>

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
    return QStringLiteral("%1 %2").arg(reply.code).arg(QString::fromUtf8(
        protocol::printable(reply.text(), protocol::LineBreaks::Keep)));
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

enum class RequestKind { Hello, Ehlo, Helo, StartTls, Auth, Send, Vrfy, Expn, Help, Noop, Rset, Quit, Raw };

struct Transaction
{
    quint64 id = 0;
    Envelope envelope;
    std::unique_ptr<MessageSource> source;
    TransactionResult result;
    bool useBdat = false;
    bool mailAccepted = false;
    bool mailAnswered = false;
    int rcptAnswered = 0;
    int accepted = 0;
    bool dataAccepted = false;     // 354 received (DATA), or BDAT started
    bool dataEnded = false;        // the final dot / BDAT LAST written
    bool failed = false;           // an error is known; waiting for the remaining replies
    bool needRset = false;
    int lmtpPending = 0;           // LMTP: per-recipient replies still owed after the data
    int lmtpDelivered = 0;
    QList<int> acceptedIndexes;    // LMTP: which recipients the data replies belong to
    int bdatInFlight = 0;          // BDAT replies owed
    DataEncoder encoder{DataEncoder::Mode::DotStuffing};
};

struct Expect
{
    enum class What {
        Greeting, Ehlo, HeloFallback, Helo, StartTls, Auth, Mail, Rcpt, Data, Bdat, DataEnd,
        Simple, Quit, InternalRset, RawCommand, EmptyDataEnd
    };
    What what;
    quint64 requestId = 0;
    Transaction *tx = nullptr;
    int index = 0;          // RCPT: recipient index; BDAT: last chunk if 1
};

struct Request
{
    RequestKind kind;
    quint64 id = 0;
    QByteArray argument;
    std::unique_ptr<auth::SaslClientMechanism> mechanism;
    std::unique_ptr<Transaction> tx;
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
    Transaction *pumping = nullptr;                  // whose data is being written
    bool rawDataMode = false;                        // raw(): after a 354, lines are data
    int authSteps = 0;
    QString authProblem;                             // why the client cancelled an AUTH exchange
    bool closingReply = false;                       // the reply being handled is a 421
    qsizetype unfed = 0;                             // octets of the current receive() not yet parsed
    Reply lastReply;                                 // the reply being handled

    // --- output helpers
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
    void finishRequest(quint64 id, const Reply &reply, const SmtpError &error = {})
    {
        Event e;
        e.type = Event::Type::RequestFinished;
        e.requestId = id;
        e.reply = reply;
        e.error = error;
        emitEvent(std::move(e));
    }
    void finishTransaction(Transaction *tx)
    {
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
        if (request.kind == RequestKind::Send)
            endTransactionUnsent(request.tx.get(), error);
        else
            finishRequest(request.id, {}, error);
    }

    // --- the machine
    void fatal(const SmtpError &error);
    void advance();
    bool startRequest(Request &request);
    void startTransaction(std::unique_ptr<Transaction> tx);
    void sendNextRcptOrData(Transaction *tx);
    void handleReply(const Reply &reply);
    void handleTransactionReply(const Expect &expect, const Reply &reply);
    void afterRcptReplies(Transaction *tx);
    void completeIfDone(Transaction *tx);
    void handleAuthReply(const Reply &reply);
    void pump(qint64 budget);
    bool requestAllowed(const Request &request, QString *why) const;
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
                d->fatal(SmtpError::make(SmtpError::Kind::ProtocolViolation,
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
    auto replyTo = [](const char *command) {
        return tr("the reply to %1").arg(QLatin1String(command));
    };
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
        return replyTo("RSET");
    case Expect::What::Simple:
    case Expect::What::RawCommand:
        break;
    }
    if (d->current) {
        switch (d->current->kind) {
        case RequestKind::Vrfy: return replyTo("VRFY");
        case RequestKind::Expn: return replyTo("EXPN");
        case RequestKind::Help: return replyTo("HELP");
        case RequestKind::Noop: return replyTo("NOOP");
        case RequestKind::Rset: return replyTo("RSET");
        case RequestKind::Raw: {
            // The typed verb only: the rest may be long, or a secret.
            const QByteArray &line = d->current->argument;
            const qsizetype space = line.indexOf(' ');
            const QByteArray verb = (space < 0 ? line : line.first(space)).left(16);
            return tr("the reply to %1").arg(QString::fromUtf8(protocol::printable(verb)));
        }
        default: break;
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
        if (state != State::Identified && !(state == State::InTransaction || state == State::InData)) {
            *why = tr("Say EHLO or HELO before sending mail (RFC 5321 4.1.4).");
            return false;
        }
        return true;
    case RequestKind::Quit:
    case RequestKind::Raw:
    case RequestKind::Noop:
    case RequestKind::Rset:
    case RequestKind::Help:
        if (state == State::Closed || state == State::Connecting || state == State::Quitting) {
            *why = tr("There is no open conversation.");
            return false;
        }
        return true;
    case RequestKind::Vrfy:
    case RequestKind::Expn:
        if (state == State::Closed || state == State::Connecting || state == State::Quitting) {
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

void ClientEngine::Private::advance()
{
    while (state != State::Closed && !queue.empty()) {
        if (state == State::Connecting || state == State::Greeting || state == State::StartingTls)
            return;
        if (current || pumping)
            return;
        Request &next = queue.front();
        if (next.kind == RequestKind::Send) {
            // RFC 2920 3.1: with PIPELINING the next transaction may follow the
            // end of data at once; otherwise wait for everything to be answered.
            bool ok = true;
            if (pipelining()) {
                // Only once every earlier transaction has ended its data and
                // owes nothing but its end-of-data replies: those never lead
                // to an RSET that would hit the new transaction.
                for (const auto &tx : txs) {
                    if (!tx->dataEnded)
                        ok = false;
                }
                for (const auto &expect : expects) {
                    if (expect.tx) {
                        if (expect.what != Expect::What::DataEnd && expect.what != Expect::What::Bdat)
                            ok = false;
                    } else if (expect.what != Expect::What::InternalRset) {
                        ok = false;
                    }
                }
            } else {
                ok = expects.empty() && txs.empty();
            }
            if (!ok)
                return;
        } else if (!expects.empty() || !txs.empty()) {
            return;
        }
        Request request = std::move(queue.front());
        queue.pop_front();
        if (!startRequest(request))
            continue;
    }
}

bool ClientEngine::Private::startRequest(Request &request)
{
    QString why;
    if (!requestAllowed(request, &why)) {
        endUnstarted(request, SmtpError::make(SmtpError::Kind::Usage, why));
        return false;
    }

    const bool lmtp = options.dialect == Dialect::Lmtp;
    auto refuse = [&](const Command &command) {
        finishRequest(request.id, {}, SmtpError::make(SmtpError::Kind::Usage, command.error));
        return false;
    };
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
    case RequestKind::Auth: {
        if (!request.mechanism) {
            finishRequest(request.id, {}, SmtpError::make(SmtpError::Kind::Usage, tr("No SASL mechanism given.")));
            return false;
        }
        const QByteArray name = request.mechanism->name();
        const auto offered = caps.authMechanisms();
        if (!esmtp || offered.isEmpty()) {
            finishRequest(request.id, {},
                          SmtpError::make(SmtpError::Kind::NotSupported,
                                          tr("The server does not offer AUTH (RFC 4954).")));
            return false;
        }
        bool found = false;
        for (const auto &m : offered)
            found = found || m.compare(name, Qt::CaseInsensitive) == 0;
        if (!found) {
            finishRequest(request.id, {},
                          SmtpError::make(SmtpError::Kind::NotSupported,
                                          tr("The server does not offer the %1 mechanism (it offers: %2).")
                                              .arg(QString::fromLatin1(name),
                                                   QString::fromUtf8(protocol::printable(offered.join(' '))))));
            return false;
        }
        // RFC 4954 4 and 14: PLAIN and LOGIN hand the password to anyone who
        // can read the connection. Refused before anything is written (no
        // AUTH line at all) unless the channel is encrypted or the user
        // allowed it explicitly.
        if (!encrypted && options.plaintextAuth == PlaintextAuth::Refuse && auth::revealsSecret(name)) {
            finishRequest(request.id, {},
                          SmtpError::make(SmtpError::Kind::NotSupported,
                                          tr("Refusing AUTH %1: the connection is not encrypted, so the password "
                                             "would travel readable by anyone on the path; nothing was sent. Use TLS "
                                             "(STARTTLS or implicit TLS), a mechanism that does not reveal the "
                                             "password (CRAM-MD5, SCRAM-SHA-256), or allow plaintext authentication "
                                             "explicitly.")
                                              .arg(QString::fromLatin1(name))));
            return false;
        }
        const auto initial = request.mechanism->initialResponse();
        if (initial) {
            // RFC 4954 4: "=" stands for an empty initial response.
            command = commands::auth(name, initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        } else {
            command = commands::auth(name);
        }
        what = Expect::What::Auth;
        authSteps = 0;
        authProblem.clear();
        break;
    }
    case RequestKind::Send:
        startTransaction(std::move(request.tx));
        return true;
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
    case RequestKind::Raw:
        if (rawDataMode) {
            // Message text typed by hand after a 354: only "." expects a reply.
            // RFC 5321 4.5.3.1.6: a text line is at most 1000 octets with CRLF.
            if (request.argument.contains('\r') || request.argument.contains('\n')
                || request.argument.contains('\0') || request.argument.size() > 998) {
                finishRequest(request.id, {}, SmtpError::make(SmtpError::Kind::Usage,
                                                              tr("A data line may not hold CR, LF or NUL, nor exceed 998 octets.")));
                return false;
            }
            command.verb = protocol::Verb::Raw;
            command.wire = request.argument + "\r\n";
            if (request.argument != ".") {
                write(command, request.id);
                finishRequest(request.id, {});
                return false;
            }
            rawDataMode = false;
        } else {
            command = commands::raw(request.argument);
        }
        what = Expect::What::RawCommand;
        break;
    }
    if (!command.isValid())
        return refuse(command);
    write(command, request.id);
    expects.push_back({what, request.id});
    if (request.kind == RequestKind::Quit)
        setState(State::Quitting);
    current = std::move(request);
    return true;
}

void ClientEngine::Private::startTransaction(std::unique_ptr<Transaction> owned)
{
    Transaction *tx = owned.get();
    const Envelope &env = tx->envelope;
    auto finishEarly = [&](SmtpError::Kind kind, const QString &message) {
        endTransactionUnsent(tx, SmtpError::make(kind, message));
    };
    if (env.recipients.isEmpty())
        return finishEarly(SmtpError::Kind::Usage, tr("The message has no recipients."));
    if (!tx->source)
        return finishEarly(SmtpError::Kind::Usage, tr("The message has no data."));

    // MAIL parameters the message needs (RFC 1870, RFC 6152, RFC 6531).
    QList<QByteArray> params = env.mailOptions;
    auto hasParam = [&](const QByteArray &key) {
        for (const auto &p : params) {
            if (p.toUpper() == key || p.toUpper().startsWith(key + '='))
                return true;
        }
        return false;
    };
    const qint64 size = tx->source->sizeHint();
    const qint64 limit = esmtp ? caps.sizeLimit() : -1;
    if (limit > 0 && size > limit) {
        return finishEarly(SmtpError::Kind::NotSupported,
                           tr("The message (%1 octets) is larger than the server accepts (SIZE %2).")
                               .arg(size)
                               .arg(limit));
    }
    if (limit >= 0 && size >= 0 && !hasParam("SIZE"))
        params.append("SIZE=" + QByteArray::number(size));
    if (env.eightBit && !hasParam("BODY")) {
        if (!caps.eightBitMime())
            return finishEarly(SmtpError::Kind::NotSupported,
                               tr("The message holds 8-bit data but the server does not offer 8BITMIME (RFC 6152)."));
        params.append("BODY=8BITMIME");
    }
    if (env.smtpUtf8 && !hasParam("SMTPUTF8")) {
        if (!caps.smtpUtf8())
            return finishEarly(SmtpError::Kind::NotSupported,
                               tr("The message needs SMTPUTF8 (international addresses) but the server does not offer it (RFC 6531)."));
        params.append("SMTPUTF8");
    }

    // Format everything first: nothing is written if any line is refused.
    const Command mail = commands::mail(env.sender, params);
    if (!mail.isValid())
        return finishEarly(SmtpError::Kind::Usage, mail.error);
    QList<Command> rcpts;
    for (const auto &rcpt : env.recipients) {
        Command c = commands::rcpt(rcpt.address, rcpt.options);
        if (!c.isValid())
            return finishEarly(SmtpError::Kind::Usage, c.error);
        rcpts.append(c);
    }

    tx->useBdat = chunking();
    tx->encoder = DataEncoder(tx->useBdat ? DataEncoder::Mode::LineEndingsOnly : DataEncoder::Mode::DotStuffing);
    txs.push_back(std::move(owned));
    write(mail, tx->id);
    expects.push_back({Expect::What::Mail, tx->id, tx});
    setState(State::InTransaction);
    if (pipelining()) {
        // RFC 2920 3.1: MAIL, every RCPT and DATA in one group.
        for (int i = 0; i < rcpts.size(); ++i) {
            write(rcpts[i], tx->id);
            expects.push_back({Expect::What::Rcpt, tx->id, tx, i});
        }
        tx->rcptAnswered = -1; // all sent
        if (tx->useBdat) {
            // RFC 3030 4.2: BDAT may be pipelined; the data follows at once.
            tx->dataAccepted = true;
            pumping = tx;
            setState(State::InData);
        } else {
            write(commands::data(), tx->id);
            expects.push_back({Expect::What::Data, tx->id, tx});
        }
    }
}

void ClientEngine::Private::sendNextRcptOrData(Transaction *tx)
{
    // Lockstep (no PIPELINING): one command, one reply.
    const int next = tx->rcptAnswered;
    if (next < tx->envelope.recipients.size()) {
        const auto &rcpt = tx->envelope.recipients[next];
        write(commands::rcpt(rcpt.address, rcpt.options), tx->id);
        expects.push_back({Expect::What::Rcpt, tx->id, tx, next});
        return;
    }
    afterRcptReplies(tx);
}

void ClientEngine::Private::afterRcptReplies(Transaction *tx)
{
    // Every RCPT answered (lockstep). Go on to the data, or give up.
    if (tx->accepted == 0) {
        tx->failed = true;
        tx->needRset = true;
        return; // the caller completes it
    }
    if (tx->useBdat) {
        tx->dataAccepted = true;
        pumping = tx;
        setState(State::InData);
        return;
    }
    write(commands::data(), tx->id);
    expects.push_back({Expect::What::Data, tx->id, tx});
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
    if (!tx->failed && tx->dataEnded) {
        const bool lmtp = options.dialect == Dialect::Lmtp;
        result.sent = lmtp ? tx->lmtpDelivered > 0 : true;
        if (!result.sent) {
            result.error = SmtpError::make(SmtpError::Kind::RecipientsRefused,
                                           tr("No recipient took the message."), result.dataReply);
        }
    } else if (!result.error) {
        if (closingReply) {
            result.error = SmtpError::make(SmtpError::Kind::Disconnected,
                                           tr("The server is closing the connection: %1").arg(quoted(lastReply)),
                                           lastReply);
        } else if (!tx->mailAccepted) {
            result.error = SmtpError::make(SmtpError::Kind::SenderRefused,
                                           tr("The server refused the sender: %1").arg(quoted(result.mailReply)),
                                           result.mailReply);
        } else if (tx->accepted == 0) {
            Reply last;
            for (const auto &r : result.recipients)
                last = r.reply;
            result.error = SmtpError::make(SmtpError::Kind::RecipientsRefused,
                                           tr("The server refused every recipient."), last);
        } else {
            result.error = SmtpError::make(SmtpError::Kind::DataRefused,
                                           tr("The server refused the message data: %1").arg(quoted(result.dataReply)),
                                           result.dataReply);
        }
    }
    const bool needRset = tx->needRset && !tx->dataEnded && !closingReply;
    finishTransaction(tx);
    if (state != State::Closed) {
        if (needRset) {
            // Like smtplib: RSET after a transaction that failed before its data
            // was complete, so the next one starts clean (RFC 5321 4.1.1.5).
            write(commands::rset(), 0);
            expects.push_back({Expect::What::InternalRset});
        }
        if (txs.empty() && !pumping)
            setState(State::Identified);
    }
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
    switch (expect.what) {
    case Expect::What::Greeting:
        greeting = reply;
        if (reply.code != 220) {
            fatal(SmtpError::make(SmtpError::Kind::ConnectFailed,
                                  tr("The server did not greet with 220: %1").arg(quoted(reply)), reply));
            return;
        }
        setState(State::Greeted);
        return;
    case Expect::What::Ehlo:
        if (reply.code == 250) {
            identified(reply, true);
            finishRequest(id, reply);
            current.reset();
            return;
        }
        if (isClosing(reply))
            break;
        if (current && current->kind == RequestKind::Hello && options.dialect == Dialect::Smtp) {
            // smtplib's ehlo_or_helo_if_needed(): fall back to HELO.
            const Command c = commands::helo(current->argument);
            write(c, id);
            expects.push_back({Expect::What::HeloFallback, id});
            return;
        }
        finishRequest(id, reply, SmtpError::make(SmtpError::Kind::HeloRefused,
                                                 tr("The server refused %1: %2")
                                                     .arg(options.dialect == Dialect::Lmtp ? QStringLiteral("LHLO") : QStringLiteral("EHLO"),
                                                          quoted(reply)),
                                                 reply));
        current.reset();
        return;
    case Expect::What::Helo:
    case Expect::What::HeloFallback:
        if (reply.code == 250) {
            identified(reply, false);
            finishRequest(id, reply);
            current.reset();
            return;
        }
        if (isClosing(reply))
            break;
        finishRequest(id, reply, SmtpError::make(SmtpError::Kind::HeloRefused,
                                                 tr("The server refused EHLO and HELO: %1").arg(quoted(reply)), reply));
        current.reset();
        return;
    case Expect::What::StartTls:
        if (reply.code == 220) {
            // RFC 3207 5 and the STARTTLS injection attacks: anything after the
            // 220 came in plaintext and must not be taken as if it were encrypted.
            if (plaintextAfter()) {
                fatal(SmtpError::make(SmtpError::Kind::TlsFailed,
                                      tr("Plaintext followed the server's 220 to STARTTLS (a STARTTLS injection); refusing to start TLS."),
                                      reply));
                return;
            }
            setState(State::StartingTls);
            Event e;
            e.type = Event::Type::TlsRequested;
            e.requestId = id;
            emitEvent(std::move(e));
            return; // the request ends at tlsEstablished()
        }
        if (isClosing(reply))
            break;
        finishRequest(id, reply, SmtpError::make(SmtpError::Kind::TlsFailed,
                                                 tr("The server refused STARTTLS: %1").arg(quoted(reply)), reply));
        current.reset();
        return;
    case Expect::What::Auth:
        handleAuthReply(reply);
        return;
    case Expect::What::Quit:
        finishRequest(id, reply);
        current.reset();
        setState(State::Closed);
        return;
    case Expect::What::InternalRset:
        if (isClosing(reply))
            break;
        if (txs.empty() && state == State::InTransaction)
            setState(State::Identified);
        return;
    case Expect::What::RawCommand: {
        // The console's typed commands: follow what they did to the conversation.
        QByteArray verb;
        if (current) {
            const qsizetype space = current->argument.indexOf(' ');
            verb = (space < 0 ? current->argument : current->argument.first(space)).toUpper();
        }
        if ((verb == "EHLO" || verb == "LHLO") && reply.code == 250) {
            identified(reply, true);
        } else if (verb == "HELO" && reply.code == 250) {
            identified(reply, false);
        } else if (verb == "MAIL" && reply.code == 250) {
            setState(State::InTransaction);
        } else if ((verb == "DATA" && reply.code == 354)) {
            rawDataMode = true;
            setState(State::InData);
        } else if (verb == "RSET" && reply.code == 250 && state != State::Greeted) {
            setState(State::Identified);
        } else if (verb == "QUIT" && reply.code == 221) {
            setState(State::Closed);
        } else if (current && current->argument == "." && state == State::InData) {
            setState(State::Identified);
        } else if (verb == "STARTTLS" && reply.code == 220 && !encrypted) {
            if (plaintextAfter()) {
                fatal(SmtpError::make(SmtpError::Kind::TlsFailed,
                                      tr("Plaintext followed the server's 220 to STARTTLS (a STARTTLS injection); refusing to start TLS."),
                                      reply));
                return;
            }
            finishRequest(id, reply);
            current.reset();
            setState(State::StartingTls);
            Event e;
            e.type = Event::Type::TlsRequested;
            e.requestId = id;
            emitEvent(std::move(e));
            return;
        }
        if (isClosing(reply))
            break;
        finishRequest(id, reply);
        current.reset();
        return;
    }
    case Expect::What::Simple:
        if (isClosing(reply))
            break;
        if (current && current->kind == RequestKind::Rset && reply.code == 250 && state == State::InTransaction)
            setState(State::Identified);
        finishRequest(id, reply);
        current.reset();
        return;
    default:
        break;
    }
    // 421 to a command outside a transaction: the server is going away.
    if (current) {
        SmtpError::Kind kind = SmtpError::Kind::Disconnected;
        if (current->kind == RequestKind::Hello || current->kind == RequestKind::Ehlo || current->kind == RequestKind::Helo)
            kind = SmtpError::Kind::HeloRefused;
        else if (current->kind == RequestKind::StartTls)
            kind = SmtpError::Kind::TlsFailed;
        else if (current->kind == RequestKind::Auth)
            kind = SmtpError::Kind::AuthFailed;
        finishRequest(current->id, reply,
                      SmtpError::make(kind, tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
        current.reset();
    }
    fatal(SmtpError::make(SmtpError::Kind::Disconnected,
                          tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
}

void ClientEngine::Private::handleAuthReply(const Reply &reply)
{
    const quint64 id = current ? current->id : 0;
    auto &mech = current->mechanism;
    if (reply.code == 334) {
        if (++authSteps > 32) {
            write(commands::authResponse("*"), id);
            expects.push_back({Expect::What::Auth, id});
            return;
        }
        // RFC 4954 4: the challenge is base64 after "334 ".
        const QByteArray text = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            write(commands::authResponse("*"), id);
            expects.push_back({Expect::What::Auth, id});
            authProblem = tr("The server sent a challenge that is not base64; authentication cancelled.");
            return;
        }
        const auto step = mech->respond(*decoded);
        if (!step.ok()) {
            authProblem = tr("Authentication cancelled: %1").arg(step.error);
            write(commands::authResponse("*"), id);
            expects.push_back({Expect::What::Auth, id});
            return;
        }
        write(commands::authResponse(step.response.toBase64()), id);
        expects.push_back({Expect::What::Auth, id});
        return;
    }
    if (reply.code == 235 && authProblem.isEmpty()) {
        const QString problem = mech->verifyOutcome({});
        if (!problem.isEmpty()) {
            finishRequest(id, reply, SmtpError::make(SmtpError::Kind::AuthFailed,
                                                     tr("The server said yes, but could not prove it knows the password: %1").arg(problem),
                                                     reply));
            current.reset();
            return;
        }
        finishRequest(id, reply);
        current.reset();
        return;
    }
    if (isClosing(reply)) {
        finishRequest(id, reply, SmtpError::make(SmtpError::Kind::AuthFailed,
                                                 tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
        current.reset();
        fatal(SmtpError::make(SmtpError::Kind::Disconnected,
                              tr("The server is closing the connection: %1").arg(quoted(reply)), reply));
        return;
    }
    const QString why = authProblem.isEmpty() ? tr("Authentication failed: %1").arg(quoted(reply)) : authProblem;
    finishRequest(id, reply, SmtpError::make(SmtpError::Kind::AuthFailed, why, reply));
    current.reset();
}

void ClientEngine::Private::handleTransactionReply(const Expect &expect, const Reply &reply)
{
    Transaction *tx = expect.tx;
    auto &result = tx->result;
    const bool lockstep = !pipelining();
    switch (expect.what) {
    case Expect::What::Mail:
        result.mailReply = reply;
        tx->mailAnswered = true;
        if (reply.klass() == 2) {
            tx->mailAccepted = true;
            if (lockstep && !closingReply) {
                tx->rcptAnswered = 0;
                sendNextRcptOrData(tx);
            }
        } else {
            tx->failed = true;
            tx->needRset = true;
            result.error = SmtpError::make(SmtpError::Kind::SenderRefused,
                                           tr("The server refused the sender: %1").arg(quoted(reply)), reply);
        }
        break;
    case Expect::What::Rcpt: {
        auto &rcpt = result.recipients[expect.index];
        rcpt.reply = reply;
        // RFC 5321 4.2.5: 250 and 251 accept; smtplib also treats any 2xx so.
        rcpt.accepted = reply.klass() == 2;
        if (rcpt.accepted) {
            ++tx->accepted;
            tx->acceptedIndexes.append(expect.index);
        }
        if (lockstep && !closingReply) {
            tx->rcptAnswered = expect.index + 1;
            sendNextRcptOrData(tx);
        } else if (tx->useBdat && expect.index == tx->envelope.recipients.size() - 1
                   && tx->accepted == 0) {
            // Data already on its way (BDAT pipelined): it ends with the server's
            // refusals; the transaction has failed.
            tx->failed = true;
            tx->needRset = true;
        }
        break;
    }
    case Expect::What::Data:
        result.dataReply = reply;
        if (reply.code == 354) {
            if (tx->mailAccepted && tx->accepted > 0) {
                tx->dataAccepted = true;
                pumping = tx;
                setState(State::InData);
            } else {
                // RFC 2920 3.1: DATA accepted though nobody can receive the
                // message: end it with a lone dot, send nothing of the message.
                tx->failed = true;
                tx->needRset = true;
                Command dot;
                dot.verb = protocol::Verb::Raw;
                dot.wire = ".\r\n";
                write(dot, tx->id);
                expects.push_back({Expect::What::EmptyDataEnd, tx->id, tx});
            }
        } else {
            tx->failed = true;
            tx->needRset = true;
            if (tx->mailAccepted && tx->accepted > 0) {
                result.error = SmtpError::make(SmtpError::Kind::DataRefused,
                                               tr("The server refused DATA: %1").arg(quoted(reply)), reply);
            }
        }
        break;
    case Expect::What::EmptyDataEnd:
        break;
    case Expect::What::Bdat:
        --tx->bdatInFlight;
        if (reply.klass() != 2) {
            result.dataReply = reply;
            if (!tx->failed && tx->mailAccepted && tx->accepted > 0) {
                result.error = SmtpError::make(SmtpError::Kind::DataRefused,
                                               tr("The server refused a BDAT chunk: %1").arg(quoted(reply)), reply);
            }
            tx->failed = true;
            tx->needRset = true;
            // RFC 3030 4.1: no further BDAT after a failure; a message we have
            // not finished cannot be ended, so nothing more is written.
            if (pumping == tx)
                pumping = nullptr;
        }
        break;
    case Expect::What::DataEnd:
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
        } else if (!tx->failed && reply.klass() != 2) {
            // After the end of data the transaction is over either way
            // (RFC 5321 4.1.1.4, RFC 3030 2): no RSET, so a pipelined next
            // transaction is not disturbed.
            tx->failed = true;
            result.error = SmtpError::make(SmtpError::Kind::DataRefused,
                                           tr("The server refused the message: %1").arg(quoted(reply)), reply);
        }
        break;
    default:
        break;
    }
    completeIfDone(tx);
}

// --- message data --------------------------------------------------------------------

void ClientEngine::Private::pump(qint64 budget)
{
    Transaction *tx = pumping;
    if (!tx)
        return;
    MessageSource *source = tx->source.get();
    const bool lmtp = options.dialect == Dialect::Lmtp;
    if (tx->useBdat) {
        // RFC 3030 2: each chunk is exactly as many octets as BDAT says; line
        // endings are still made CRLF (RFC 5321 2.3.8).
        if (!pipelining() && tx->bdatInFlight > 0)
            return;
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
        const Command bdat = commands::bdat(chunk.size(), last);
        write(bdat, tx->id);
        writeData(chunk, tx);
        ++tx->bdatInFlight;
        if (last) {
            tx->dataEnded = true;
            // RFC 2033 4.2 (and 4.3 for BDAT): LMTP answers once per accepted
            // recipient. With pipelined BDAT the RCPT replies may not be in
            // yet; completeTransaction() sorts that out by count below.
            const int replies = lmtp ? qMax(1, tx->accepted) : 1;
            tx->lmtpPending = lmtp ? replies : 0;
            for (int i = 0; i < replies; ++i)
                expects.push_back({Expect::What::DataEnd, tx->id, tx});
            pumping = nullptr;
            if (state == State::InData)
                setState(State::InTransaction);
        } else {
            expects.push_back({Expect::What::Bdat, tx->id, tx});
        }
        return;
    }

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
    if (source->atEnd()) {
        chunk += tx->encoder.finish();
        writeData(chunk, tx);
        tx->dataEnded = true;
        pumping = nullptr;
        if (lmtp) {
            tx->lmtpPending = tx->accepted;
            for (int i = 0; i < tx->accepted; ++i)
                expects.push_back({Expect::What::DataEnd, tx->id, tx});
        } else {
            expects.push_back({Expect::What::DataEnd, tx->id, tx});
        }
        setState(State::InTransaction);
    } else {
        writeData(chunk, tx);
    }
}

} // namespace postscope::engine
