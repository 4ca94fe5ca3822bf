// libFuzzer target: the sandbox's server engine (engine/serverengine.h) fed
// with arbitrary client bytes in arbitrary slices, driven as the sandbox
// drives it: processBuffered() while it isHoldingBack(), deliver() after
// MessageReceived, tlsEstablished() after TlsRequested, resume() after
// Pause, each now or only after more bytes came.
//
// Input: 4 header bytes choose the configuration (dialect, extensions,
// users, limits, the bare LF policy, a fault plan) and the slicing; the rest
// is what the client sends. In it, the 4 bytes FF FE n b stand for the byte
// b repeated 64 * (n + 1) times, so that short inputs reach long lines and
// floods.
//
// A small model of the conversation, written from the RFCs apart from the
// engine, follows every event and abort()s when
// - a message is handed over (MessageReceived) that is not complete, or not
//   in a transaction whose MAIL and at least one RCPT got a 2xx reply
//   (RFC 5321 3.3), or whose bytes are not the ones the model predicts: those
//   sent between the 354 and CRLF.CRLF, unstuffed (RFC 5321 4.5.2), with
//   bare LFs kept or normalised to CRLF as the policy says, or the BDAT
//   chunks that got 250 and the LAST one, exactly (RFC 3030 2);
// - a message is refused for no reason the model knows (a bare LF under the
//   reject policy, over the size or transaction limit, a failed chunk, the
//   fault plan), or stored although one applies;
// - its recipients are not the accepted RCPTs with repeated mailboxes merged
//   (RFC 5321 2.4: local part exact, domain in any case), in order;
// - an end of data is not answered once per accepted RCPT in LMTP (RFC 2033
//   4.2: a merged duplicate too, with its first's verdict) or once in SMTP,
//   with the verdicts handed to deliver();
// - a command line is not the next line of the client's bytes (a command
//   read from inside message data or a chunk, or invented), or a DataReceived
//   event is not the next octets of the data or chunk;
// - a line after a 334 reply, or an AUTH line's initial response, shows its
//   secret, or a line that cannot be AUTH is not kept exactly (RFC 4954 4);
// - the outgoing bytes do not end in CRLF, hold a bare CR, LF or a NUL, hold
//   a line over 512 octets (RFC 5321 4.5.3.1.5), or do not parse
//   (protocol/reply.h) into exactly the replies announced;
// - a 421 or 221 does not close the connection (RFC 5321 3.8, 4.1.1.10), or
//   anything is sent after the close;
// - one take of output or events passes the backpressure bounds by more
//   than one step's worth, or bytes received but not handled grow past the
//   longest line the engine accepts while it is free to read (RFC 5321
//   4.5.3.1.4, RFC 4954 4);
// - wantsInput() or clientWait() (which the sandbox's deadlines follow)
//   disagree with what the conversation waits for;
// - input the engine could handle is left unhandled at the end.
#include "fuzzsupport.h"

#include "engine/serverengine.h"
#include "protocol/command.h"
#include "protocol/commandparser.h"
#include "protocol/reply.h"

#include <QCoreApplication>
#include <cstdint>

using namespace postscope;
using namespace postscope::engine;
using postscope::fuzz::check;
using protocol::BareLineFeed;
using protocol::Reply;

namespace {

constexpr qsizetype kMaxStream = 1 << 20; // expanded client bytes per input

// The texts of the fault plan's replies, so that the model can tell them
// from the engine's own.
const QByteArray kFaultText = "Fault plan";
const QByteArray kBodyFaultText = "Fault plan body";

// The client's bytes, with the FF FE n b escape expanded.
QByteArray expand(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size() && out.size() < kMaxStream; ++i) {
        if (i + 3 < in.size() && uchar(in[i]) == 0xff && uchar(in[i + 1]) == 0xfe) {
            out.append(64 * (uchar(in[i + 2]) + 1), in[i + 3]);
            i += 3;
            continue;
        }
        out += in[i];
    }
    return out;
}

bool isPositive(int code)
{
    return code >= 200 && code < 300;
}

// The verb as RFC 5321 2.4 reads it: up to the first space, any case.
QByteArray verbOf(QByteArrayView line)
{
    const qsizetype sp = line.indexOf(' ');
    return fuzz::asciiUpper(sp < 0 ? line : line.first(sp));
}

QByteArray argumentOf(QByteArrayView line)
{
    const qsizetype sp = line.indexOf(' ');
    return sp < 0 ? QByteArray() : line.sliced(sp + 1).toByteArray();
}

QByteArray chopLineEnd(QByteArrayView raw)
{
    QByteArrayView line = raw;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line.toByteArray();
}

// RFC 5321 2.3.8: a line ends with CRLF; an LF without the CR before it is
// a bare LF. (The first octet of the data follows the DATA line's LF.)
int countBareLineFeeds(QByteArrayView body)
{
    int n = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        n += body[i] == '\n' && (i == 0 || body[i - 1] != '\r') ? 1 : 0;
    return n;
}

// RFC 5321 4.5.2: in each line (CRLF-ended) a leading "." is removed. What
// the reject and keep policies store: a bare LF is an octet like any other.
QByteArray unstuffRfc(QByteArrayView body)
{
    QByteArray out;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf("\r\n", start);
        end = end < 0 ? body.size() : end + 2;
        QByteArrayView line = body.sliced(start, end - start);
        if (line.startsWith('.'))
            line = line.sliced(1);
        out += line;
        start = end;
    }
    return out;
}

// The normalise policy: a bare LF ends a line as CRLF does and is stored as
// CRLF, and a leading "." is removed from each line; but a bare LF never
// helps end the data (only CRLF.CRLF does, the smuggling defence), so a line
// of one "." that a bare LF ends, or that began after one, is no stuffing:
// it is kept as ".".
QByteArray normalizeAndUnstuff(QByteArrayView body)
{
    QByteArray out;
    bool afterBareLf = false;
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype lf = body.indexOf('\n', start);
        const qsizetype end = lf < 0 ? body.size() : lf + 1;
        QByteArrayView line = body.sliced(start, end - start);
        const bool crlf = line.endsWith("\r\n");
        const bool bare = lf >= 0 && !crlf;
        QByteArrayView text = line.first(line.size() - (crlf ? 2 : (bare ? 1 : 0)));
        if (text == "." && (bare || afterBareLf)) {
            out += ".\r\n";
        } else {
            if (text.startsWith('.'))
                text = text.sliced(1);
            out += text;
            if (lf >= 0)
                out += "\r\n";
        }
        afterBareLf = bare;
        start = end;
    }
    return out;
}

// RFC 5321 2.4: the local part is case-sensitive, the domain is not;
// RFC 5321 4.5.1: "Postmaster" without a domain in any case. Two RCPTs with
// one key name one mailbox.
QByteArray mailboxKey(const protocol::PathArgument &p)
{
    if (p.postmaster)
        return "postmaster";
    const qsizetype at = p.address.lastIndexOf('@');
    if (at < 0)
        return p.address;
    return p.address.first(at + 1) + p.address.sliced(at + 1).toLower();
}

class Driver
{
public:
    Driver(QByteArrayView header, QByteArray stream);
    void run();

private:
    // ---- configuration
    ServerConfig makeConfig(QByteArrayView header);
    Intervention intervene(const Checkpoint &cp);

    // ---- driving
    void feedAll();
    void settle(bool force);
    void checkTake(const QByteArray &out, const QList<ServerEvent> &events);
    void checkOutgoing(const QByteArray &out);
    void checkAtRest();
    bool defer() { return m_deferPercent && m_rng.below(100) < m_deferPercent; }
    QList<Reply> verdicts();

    // ---- the model
    void onEvent(const ServerEvent &e);
    void onCommand(const ServerEvent &e);
    void onReply(const Reply &r);
    void onDataReply(const Reply &r);
    void onChunkReply(const Reply &r);
    void onCommandReply(const Reply &r);
    void onDataReceived(const QByteArray &octets);
    void onMessage(const ReceivedMessage &m);
    void onTlsRequested();
    void onTlsEstablished();
    void onDelivered(const QList<Reply> &verdicts);
    void expectFinalReplies(QList<int> codes, int seen);
    void finishFinalReplies();
    void resetTransaction();
    void endMessageData(qsizetype end);
    void checkRedaction(const ServerEvent &e, bool saslResponse);
    qsizetype dataEnd() const; // just after CRLF.CRLF, or -1
    qint64 messageCap() const;
    bool isFault(const Reply &r) const;

    // What the model expects of a message that came by DATA.
    struct DataOutcome
    {
        QByteArray content;
        int bareLineFeeds = 0;
        QList<int> refusals; // codes that may refuse it; empty: it must be stored
    };
    DataOutcome predictData(qsizetype end);
    // Why a BDAT chunk may be refused (codes); empty: it must be taken.
    QList<int> chunkRefusals() const;
    int takeBodyDecision();

    ServerConfig m_config;
    std::unique_ptr<ServerEngine> m_engine;
    fuzz::Rng m_rng {1};
    fuzz::Rng m_hookRng {1};
    int m_slicing = 0;
    quint32 m_deferPercent = 0;
    bool m_implicitTls = false;
    bool m_hook = false;

    QByteArray m_stream; // everything the client will send
    qsizetype m_fed = 0; // how much of it was given to the engine

    // What the driver still owes the engine.
    bool m_owesDeliver = false;
    bool m_owesTls = false;
    bool m_owesResume = false;

    // Outgoing bytes, parsed as a client would.
    protocol::ReplyParser m_replyParser;
    QList<Reply> m_announced; // ReplySent events not yet matched on the wire

    // The fault plan's decisions at the Body checkpoint, in order: 0 go on,
    // else the code it answers the end of the message with.
    QList<int> m_bodyDecisions;

    // The model. The client's bytes so far are m_stream.first(m_fed).
    enum class Mode { Command, Data, Chunk };
    enum class Awaiting { Greeting, None, CommandReply, FinalReplies };
    Mode m_mode = Mode::Command;
    Awaiting m_awaiting = Awaiting::Greeting;
    qsizetype m_pos = 0; // where the next command line starts
    qsizetype m_dataStart = 0; // after the DATA line that got 354
    qsizetype m_chunkStart = 0;
    qsizetype m_chunkEnd = 0;
    bool m_chunkLast = false;
    qsizetype m_reported = 0; // DataReceived so far reach here
    QByteArray m_lastVerb; // of the last command line; empty for a SASL response
    QByteArray m_lastLine; // the last command line, without its line end
    bool m_after334 = false; // the last reply was 334: the next line is a SASL response
    bool m_expectAuthenticated = false; // a 235 went out: Authenticated comes next
    bool m_mustClose = false;
    bool m_refusedGreeting = false; // RFC 5321 3.1: 554, then only QUIT
    bool m_closed = false;
    bool m_encrypted = false;
    QString m_authUser;
    quint64 m_messages = 0;
    QList<int> m_finalCodes; // the replies an end of data is answered with
    int m_finalSeen = 0;
    // The transaction as the replies confirmed it.
    bool m_mail = false;
    QByteArray m_mailFrom; // the MAIL line
    QList<QByteArray> m_rcptKeys; // per accepted RCPT: mailboxKey()
    QList<protocol::PathArgument> m_distinct; // the mailboxes, each once, in order
    QByteArray m_chunks; // BDAT chunks that got 250
    bool m_usedBdat = false; // a BDAT was read in this transaction
    int m_chunkFailed = 0; // the code a chunk of this message was refused with
    bool m_bodyChecked = false; // this BDAT message passed the Body checkpoint
    int m_bodyFault = 0; // ... and the fault plan's answer to it
};

Driver::Driver(QByteArrayView header, QByteArray stream)
    : m_stream(std::move(stream))
{
    m_config = makeConfig(header);
    m_engine = std::make_unique<ServerEngine>(m_config);
    if (m_hook)
        m_engine->setInterventionHook([this](const Checkpoint &cp) { return intervene(cp); });
}

ServerConfig Driver::makeConfig(QByteArrayView h)
{
    const uchar h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3];
    ServerConfig c;
    c.dialect = (h0 & 1) ? Dialect::Lmtp : Dialect::Smtp;
    c.tlsAvailable = h0 & 2;
    c.requireTlsForAuth = h0 & 4;
    if (h0 & 8) {
        c.passwords = [](const QString &user) -> std::optional<QString> {
            if (user == QLatin1String("alice"))
                return QStringLiteral("s3cret");
            return std::nullopt;
        };
    }
    c.reportData = h0 & 16;
    if (h0 & 32) {
        c.directory.mailboxes = {"alice@example.test", "bob@example.test", "bob@other.test"};
        c.directory.lists.insert("staff", {"alice@example.test", "bob@example.test"});
        c.rejectUnknownRecipients = true;
    }
    if (h0 & 64) {
        // Small limits, so that short inputs reach them: the size, the
        // copies one transaction may store, the backpressure bounds.
        c.maxMessageSize = 16 + (h3 & 63);
        c.maxRecipients = 1 + (h3 & 3);
        c.maxErrors = 3 + (h3 & 7);
        c.maxTransactionBytes = c.maxMessageSize * (1 + ((h3 >> 2) & 3));
        c.maxPendingOutput = 64 * (1 + (h3 & 7));
        c.maxPendingEvents = 2 + (h3 & 15);
    }
    // RFC 5321 2.3.8: what a bare LF in DATA does (reject is the default).
    static const BareLineFeed policies[]
        = {BareLineFeed::Reject, BareLineFeed::Normalize, BareLineFeed::Keep, BareLineFeed::Reject};
    c.bareLineFeeds = policies[h3 >> 6];
    m_hook = h0 & 128;
    // Each bit of h1 switches one extension off.
    const ServerExtension off[] = {ServerExtension::Size,
                                   ServerExtension::Pipelining,
                                   ServerExtension::EightBitMime,
                                   ServerExtension::SmtpUtf8,
                                   ServerExtension::Dsn,
                                   ServerExtension::Chunking,
                                   ServerExtension::EnhancedStatusCodes,
                                   ServerExtension::StartTls};
    for (int i = 0; i < 8; ++i) {
        if (h1 & (1 << i))
            c.extensions &= ~ServerExtensions(off[i]);
    }
    m_implicitTls = h2 & 1;
    m_encrypted = m_implicitTls;
    // SCRAM costs a PBKDF2 per exchange: only when asked for.
    c.authMechanisms = (h2 & 2) ? QList<QByteArray> {"SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN"}
                                : QList<QByteArray> {"CRAM-MD5", "PLAIN", "LOGIN"};
    if (h2 & 4)
        c.extensions &= ~ServerExtensions(ServerExtension::Vrfy | ServerExtension::Expn);
    m_slicing = (h2 >> 3) & 3;
    m_deferPercent = ((h2 >> 5) & 7) * 12;
    m_rng.state = h3 * 2654435761u + 7;
    m_hookRng.state = h3 * 40503u + 11;
    return c;
}

// A fault plan chosen by the input: delays (Pause), replies instead of the
// command's own (at BDAT too: the chunk is read all the same, RFC 3030 2),
// disconnects. Replies are never 2xx, 334 or 354, which would tell the
// client something happened that did not.
Intervention Driver::intervene(const Checkpoint &cp)
{
    Intervention iv;
    const quint32 r = m_hookRng.below(32);
    if (r < 24 && r >= 20)
        iv.delayMs = 1 + int(m_hookRng.below(3000));
    if (r >= 22 && r < 30) {
        static const int codes[] = {421, 451, 452, 550, 554, 503};
        int code = codes[m_hookRng.below(6)];
        if (cp.stage == Checkpoint::Stage::Greeting)
            code = m_hookRng.below(2) ? 554 : 421;
        iv.action = Intervention::Action::Reply;
        iv.reply
            = Reply::make(code, cp.stage == Checkpoint::Stage::Body ? kBodyFaultText : kFaultText);
    } else if (r >= 30) {
        iv.action = Intervention::Action::Disconnect;
    }
    if (cp.stage == Checkpoint::Stage::Body)
        m_bodyDecisions << (iv.action == Intervention::Action::Reply ? iv.reply.code : 0);
    return iv;
}

QList<Reply> Driver::verdicts()
{
    QList<Reply> out;
    if (m_rng.below(4) != 0)
        return out; // delivered: the engine says 250
    const int n = 1 + int(m_rng.below(4));
    static const int codes[] = {0, 250, 421, 451, 452, 550, 552};
    for (int i = 0; i < n; ++i) {
        const int code = codes[m_rng.below(7)];
        out << (code ? Reply::make(code, QByteArray("Verdict")) : Reply());
    }
    return out;
}

void Driver::run()
{
    m_engine->setEncrypted(m_implicitTls);
    m_engine->start();
    settle(false);
    feedAll();
    settle(true);

    // Liveness: whatever the engine could have handled, it has.
    if (!m_engine->isClosed()) {
        check(!m_engine->isPaused());
        check(!m_engine->isHoldingBack());
        if (m_mode == Mode::Command)
            check(m_stream.indexOf('\n', m_pos) < 0);
        else if (m_mode == Mode::Data)
            check(dataEnd() < 0);
        else
            check(m_stream.size() < m_chunkEnd);
    }
    m_engine->connectionClosed();
    check(!m_engine->hasOutgoing());
    check(m_engine->takeEvents().isEmpty());
    check(m_engine->clientWait() == ClientWait::Nothing);
    check(!m_engine->wantsInput());
}

void Driver::feedAll()
{
    while (m_fed < m_stream.size()) {
        // Slicing 0: all at once; 1: byte by byte; 2 and 3: random pieces.
        const qsizetype left = m_stream.size() - m_fed;
        const qsizetype most[] = {left, 1, 16, 700};
        const qsizetype n
            = m_slicing == 0 ? left : qMin(left, 1 + qsizetype(m_rng.below(most[m_slicing])));
        const QByteArrayView piece(m_stream.constData() + m_fed, n);
        m_fed += n;
        m_engine->receive(piece);
        settle(false);
    }
}

// Takes everything the engine produced, runs it through the model, and does
// what the sandbox would do in answer, now or (by the input's choice) after
// the next bytes arrive. force: do it all now.
void Driver::settle(bool force)
{
    for (qsizetype round = 0;; ++round) {
        // Every round hands the engine something to go on with.
        check(round <= 4 * m_stream.size() + 1000);
        const QByteArray out = m_engine->takeOutgoing();
        const QList<ServerEvent> events = m_engine->takeEvents();
        checkTake(out, events);
        for (const ServerEvent &e : events)
            onEvent(e);
        check(!m_expectAuthenticated);
        checkOutgoing(out);
        if (m_mustClose)
            check(m_engine->isClosed());
        if (m_engine->isClosed())
            check(m_closed);

        // Memory: while the engine is free to read, it keeps no more than
        // the longest line it accepts (RFC 4954 4: 12288 octets for AUTH).
        if (!m_engine->isPaused() && !m_engine->isHoldingBack()
            && m_engine->state() != ServerState::Delivering)
            check(m_engine->bufferedSize() <= protocol::limits::authLine);

        if (m_closed)
            return;
        if (m_owesDeliver && (force || !defer())) {
            m_owesDeliver = false;
            const QList<Reply> v = verdicts();
            onDelivered(v);
            m_engine->deliver(v);
            continue;
        }
        if (m_owesTls && (force || !defer())) {
            m_owesTls = false;
            m_engine->tlsEstablished();
            onTlsEstablished();
            continue;
        }
        if (m_owesResume && (force || !defer())) {
            m_owesResume = false;
            m_engine->resume();
            continue;
        }
        // Backpressure: the sandbox goes on once it took what was held back.
        if (m_engine->isHoldingBack() && (force || !defer())) {
            m_engine->processBuffered();
            continue;
        }
        if (m_awaiting == Awaiting::FinalReplies && !m_owesDeliver)
            finishFinalReplies();
        checkAtRest();
        return;
    }
}

// One take of output and events stays within the backpressure bounds, but
// for what one step (a command, an end of data, a delivery) adds at once.
void Driver::checkTake(const QByteArray &out, const QList<ServerEvent> &events)
{
    const qsizetype step = 16 + 2 * qsizetype(m_config.maxRecipients);
    check(events.size() <= m_config.maxPendingEvents + step);
    check(out.size() <= m_config.maxPendingOutput + step * protocol::limits::replyLine);
}

// Nothing is left to take and nothing is owed that the driver chose to do
// now: what the engine says it waits for is what the conversation waits for.
void Driver::checkAtRest()
{
    const bool paused = m_engine->isPaused();
    const bool heldBack = m_engine->isHoldingBack();
    check(paused == m_owesResume);
    check(m_engine->isEncrypted() == m_encrypted);
    const bool wants = !m_owesDeliver && !m_owesTls && !paused && !heldBack
        && m_engine->bufferedSize() < m_config.maxBufferedInput;
    check(m_engine->wantsInput() == wants);

    ClientWait expected = ClientWait::Command;
    if (m_owesTls)
        expected = ClientWait::TlsHandshake;
    else if (m_owesDeliver || paused)
        expected = ClientWait::Nothing;
    else if (m_mode != Mode::Command)
        expected = ClientWait::MessageData;
    else if (heldBack)
        expected = ClientWait::Nothing;
    else if (m_mail && m_usedBdat) // RFC 3030 2: between chunks, the message is under way
        expected = ClientWait::MessageData;
    else if (m_pos < m_fed)
        expected = ClientWait::CommandLine;
    check(m_engine->clientWait() == expected);
}

// FUZZ_TRACE=1 in the environment: every event on standard error, to see
// how an input reached a failed check.
void trace(const ServerEvent &e)
{
    static const bool on = qEnvironmentVariableIsSet("FUZZ_TRACE");
    if (!on)
        return;
    static const char *const names[]
        = {"command", "reply", "data", "message", "tls", "authenticated", "pause", "close", "note"};
    QByteArray what = e.line.isEmpty() ? e.reply.raw : e.line;
    if (e.type == ServerEvent::Type::MessageReceived)
        what = e.message.data;
    else if (e.type == ServerEvent::Type::Note || e.type == ServerEvent::Type::Authenticated)
        what = e.text.toUtf8();
    fprintf(stderr, "%-13s %s\n", names[int(e.type)],
            what.toPercentEncoding(" <>@:.=,-_*").constData());
}

void Driver::onEvent(const ServerEvent &e)
{
    trace(e);
    check(!m_closed);
    if (e.type != ServerEvent::Type::Authenticated)
        check(!m_expectAuthenticated);
    switch (e.type) {
    case ServerEvent::Type::CommandReceived:
        onCommand(e);
        break;
    case ServerEvent::Type::ReplySent:
        m_announced << e.reply;
        onReply(e.reply);
        break;
    case ServerEvent::Type::DataReceived:
        check(m_config.reportData);
        onDataReceived(e.line);
        break;
    case ServerEvent::Type::MessageReceived:
        onMessage(e.message);
        m_owesDeliver = true;
        break;
    case ServerEvent::Type::TlsRequested:
        onTlsRequested();
        m_owesTls = true;
        break;
    case ServerEvent::Type::Authenticated:
        // Only the one user with the right password gets in, after a 235.
        check(m_expectAuthenticated);
        m_expectAuthenticated = false;
        check(e.text == QLatin1String("alice"));
        m_authUser = e.text;
        break;
    case ServerEvent::Type::Pause:
        // Only the fault plan pauses the engine.
        check(m_hook);
        check(e.delayMs > 0);
        check(m_engine->isPaused());
        check(!m_owesResume);
        m_owesResume = true;
        break;
    case ServerEvent::Type::CloseRequested:
        m_closed = true;
        break;
    case ServerEvent::Type::Note:
        check(!e.text.isEmpty());
        break;
    }
}

void Driver::checkOutgoing(const QByteArray &out)
{
    if (!out.isEmpty()) {
        // RFC 5321 4.2: every reply line ends in CRLF; no bare CR or LF, no NUL.
        check(out.endsWith("\r\n"));
        for (qsizetype i = 0; i < out.size(); ++i) {
            check(out[i] != '\0');
            if (out[i] == '\r')
                check(i + 1 < out.size() && out[i + 1] == '\n');
            if (out[i] == '\n')
                check(i > 0 && out[i - 1] == '\r');
        }
        m_replyParser.feed(out);
    }
    Reply reply;
    protocol::ReplyParser::Status status;
    while ((status = m_replyParser.next(&reply)) == protocol::ReplyParser::Status::GotReply) {
        check(!m_announced.isEmpty());
        const Reply expected = m_announced.takeFirst();
        check(reply.code == expected.code);
        check(reply.lines == expected.lines);
        // RFC 5321 4.5.3.1.5: a reply line is at most 512 octets with CRLF.
        for (const QByteArray &line : reply.raw.split('\n'))
            check(line.size() + 1 <= protocol::limits::replyLine);
    }
    check(status == protocol::ReplyParser::Status::NeedMore);
    check(m_replyParser.bufferedSize() == 0);
    check(m_announced.isEmpty());
}

qsizetype Driver::dataEnd() const
{
    const QByteArrayView wire(m_stream.constData(), m_fed);
    // RFC 5321 4.1.1.4: the data ends with CRLF "." CRLF; the CRLF that ends
    // the DATA line counts as the first, so an empty message is ".\r\n".
    if (wire.sliced(m_dataStart).startsWith(".\r\n"))
        return m_dataStart + 3;
    const qsizetype idx = wire.indexOf("\r\n.\r\n", m_dataStart);
    return idx < 0 ? -1 : idx + 5;
}

// The most one copy of this transaction's message may hold: the SIZE limit
// (RFC 1870) and the transaction's bound shared by the mailboxes it stores.
qint64 Driver::messageCap() const
{
    qint64 cap = m_config.maxMessageSize;
    if (m_config.maxTransactionBytes > 0 && !m_distinct.isEmpty())
        cap = qMin(cap, m_config.maxTransactionBytes / m_distinct.size());
    return cap;
}

bool Driver::isFault(const Reply &r) const
{
    return m_hook && r.lines == QList<QByteArray> {kFaultText};
}

// The fault plan's answer at the Body checkpoint this message just passed.
int Driver::takeBodyDecision()
{
    if (!m_hook)
        return 0;
    check(!m_bodyDecisions.isEmpty());
    return m_bodyDecisions.takeFirst();
}

Driver::DataOutcome Driver::predictData(qsizetype end)
{
    DataOutcome o;
    const QByteArrayView body
        = QByteArrayView(m_stream).sliced(m_dataStart, qMax<qsizetype>(0, end - 3 - m_dataStart));
    o.bareLineFeeds = countBareLineFeeds(body);
    o.content = m_config.bareLineFeeds == BareLineFeed::Normalize ? normalizeAndUnstuff(body)
                                                                  : unstuffRfc(body);
    // RFC 5321 2.3.8 and Postfix's smtpd_forbid_bare_newline: refused whole.
    if (m_config.bareLineFeeds == BareLineFeed::Reject && o.bareLineFeeds > 0)
        o.refusals << 554;
    // RFC 1870 / RFC 5321 4.5.3.1.10: over what may be stored.
    if (o.content.size() > messageCap())
        o.refusals << 552;
    // The Body checkpoint came with the first octets (data always has some).
    if (const int fault = takeBodyDecision())
        o.refusals << fault;
    return o;
}

QList<int> Driver::chunkRefusals() const
{
    QList<int> codes;
    if (!m_config.extensions.testFlag(ServerExtension::Chunking))
        codes << 502;
    if (!m_mail || m_rcptKeys.isEmpty())
        codes << 503;
    else if (m_chunkFailed) // RFC 3030 2: the rest of a failed message fails too
        codes << m_chunkFailed;
    else if (m_chunks.size() + (m_chunkEnd - m_chunkStart) > messageCap())
        codes << 552;
    return codes;
}

void Driver::resetTransaction()
{
    m_mail = false;
    m_mailFrom.clear();
    m_rcptKeys.clear();
    m_distinct.clear();
    m_chunks.clear();
    m_usedBdat = false;
    m_chunkFailed = 0;
    m_bodyChecked = false;
    m_bodyFault = 0;
}

// The message data (or the last chunk) ends at end: the next command
// follows, and every octet of it was reported if that was asked for.
void Driver::endMessageData(qsizetype end)
{
    if (m_config.reportData)
        check(m_reported == end);
    m_pos = end;
    m_mode = Mode::Command;
}

// The end of a message: these replies answer it (seen: how many came already).
void Driver::expectFinalReplies(QList<int> codes, int seen)
{
    m_finalCodes = std::move(codes);
    m_finalSeen = seen;
    m_awaiting = Awaiting::FinalReplies;
}

void Driver::finishFinalReplies()
{
    // RFC 2033 4.2: after the final dot (or BDAT LAST), one reply for each
    // RCPT that got 2xx, in order, whatever happened to the message;
    // RFC 5321 4.1.1.4: exactly one in SMTP.
    check(m_finalSeen == m_finalCodes.size());
    m_awaiting = Awaiting::None;
}

void Driver::onDelivered(const QList<Reply> &verdicts)
{
    // deliver() takes one verdict per stored mailbox; LMTP answers each
    // accepted RCPT with its mailbox's (RFC 2033 4.2), SMTP once with the
    // first refusal or 250.
    QList<int> codes;
    if (m_config.dialect == Dialect::Lmtp) {
        for (const QByteArray &key : std::as_const(m_rcptKeys)) {
            qsizetype i = 0;
            while (mailboxKey(m_distinct.at(i)) != key)
                ++i;
            const Reply v = verdicts.value(i);
            codes << (v.isValid() ? v.code : 250);
        }
    } else {
        int code = 250;
        for (const Reply &v : verdicts) {
            if (v.isValid() && !v.isPositive()) {
                code = v.code;
                break;
            }
        }
        codes << code;
    }
    expectFinalReplies(codes, 0);
    resetTransaction();
}

void Driver::onTlsEstablished()
{
    // RFC 3207 4.2: a new start; whatever came before is gone.
    m_pos = m_fed;
    m_mode = Mode::Command;
    m_awaiting = Awaiting::None;
    m_after334 = false;
    m_encrypted = true;
    m_authUser.clear();
    resetTransaction();
}

void Driver::checkRedaction(const ServerEvent &e, bool saslResponse)
{
    const QByteArrayView wire(m_stream.constData(), m_fed);
    const QByteArray line = chopLineEnd(wire.sliced(m_pos, wire.indexOf('\n', m_pos) + 1 - m_pos));
    auto hidden = [&e](const QByteArray &secret, const QByteArray &shownAnyway) {
        // (What the mask itself holds cannot be told apart: "*", "\r".)
        if (secret.isEmpty() || secret == "=" || QByteArray("********\r\n").contains(secret))
            return;
        if (fuzz::asciiUpper(shownAnyway).contains(fuzz::asciiUpper(secret)))
            return;
        check(!e.redacted.contains(secret));
        check(!e.line.contains(secret));
    };
    if (saslResponse) {
        // RFC 4954 4: a line after a 334 is a SASL response: never shown,
        // but for an empty one and the "*" that cancels.
        if (line.isEmpty() || line == "*") {
            check(e.redacted.isEmpty());
            return;
        }
        check(!e.redacted.isEmpty());
        hidden(line, {});
        return;
    }
    // A line no server could take for AUTH is kept exactly.
    if (!fuzz::asciiUpper(line).contains("AUTH")) {
        check(e.redacted.isEmpty());
        return;
    }
    // Whatever a server could take for AUTH (any case, tabs, leading
    // whitespace): what follows the mechanism is a secret ("=", an empty
    // initial response, is none).
    const QList<QByteArray> w = fuzz::looseWords(line);
    if (w.size() >= 3 && fuzz::asciiUpper(w.at(0)) == "AUTH"
        && !(w.size() == 3 && w.at(2) == "=")) {
        check(!e.redacted.isEmpty());
        const QByteArray shown = "AUTH " + w.at(1) + " ********";
        for (qsizetype i = 2; i < w.size(); ++i)
            hidden(w.at(i), shown);
    }
}

void Driver::onCommand(const ServerEvent &e)
{
    check(m_mode == Mode::Command); // data and chunks end first
    if (m_awaiting == Awaiting::FinalReplies)
        finishFinalReplies();
    // The line is the next line of the client's bytes; a line with a secret
    // is known only by its redacted form.
    const QByteArrayView wire(m_stream.constData(), m_fed);
    const qsizetype nl = wire.indexOf('\n', m_pos);
    check(nl >= 0);
    const QByteArray raw = wire.sliced(m_pos, nl + 1 - m_pos).toByteArray();
    if (e.redacted.isEmpty())
        check(e.line == raw);
    else
        check(e.line == e.redacted + "\r\n");

    // A SASL response is never a command: the engine reads the line after
    // a 334 as one, and ends the exchange with any other reply (an over-long
    // line too, whether held or discarded).
    const bool saslResponse = m_after334;
    checkRedaction(e, saslResponse);
    m_pos = nl + 1;
    const QByteArray line = chopLineEnd(raw);
    m_after334 = false;
    m_lastVerb = saslResponse ? QByteArray() : verbOf(line);
    m_lastLine = saslResponse ? QByteArray() : line;
    m_awaiting = Awaiting::CommandReply;

    // RFC 3030 2: the chunk's octets follow a BDAT command whatever the
    // reply will be, as long as the command itself could be read.
    if (m_lastVerb == "BDAT" && raw.size() <= protocol::limits::commandLine) {
        const fuzz::BdatModel b = fuzz::bdatModel(line.mid(5));
        if (line.size() > 4 && line[4] == ' ' && b.ok) {
            m_mode = Mode::Chunk;
            m_chunkStart = m_pos;
            m_chunkEnd = m_pos + b.size;
            m_chunkLast = b.last;
            m_reported = m_chunkStart;
            m_usedBdat = m_usedBdat || m_mail;
        }
    }
}

void Driver::onDataReceived(const QByteArray &octets)
{
    // The next octets of the data or chunk, as they came.
    check(!octets.isEmpty());
    check(m_mode != Mode::Command);
    const qsizetype limit = m_mode == Mode::Chunk ? m_chunkEnd : m_fed;
    check(m_reported + octets.size() <= qMin(limit, m_fed));
    check(octets == QByteArrayView(m_stream).sliced(m_reported, octets.size()));
    // (Nothing past the end of the data: endMessageData() checks that the
    // reports end exactly there.)
    m_reported += octets.size();
}

void Driver::onReply(const Reply &r)
{
    check(r.isValid());
    if (r.code == 421 || r.code == 221)
        m_mustClose = true; // RFC 5321 3.8 and 4.1.1.10
    if (r.code == 334)
        check(m_lastVerb == "AUTH" || m_lastVerb.isEmpty());
    if (r.code == 235) {
        check(m_lastVerb == "AUTH" || m_lastVerb.isEmpty());
        m_expectAuthenticated = true;
    }
    m_after334 = r.code == 334;

    if (m_awaiting == Awaiting::FinalReplies) {
        if (m_finalSeen < m_finalCodes.size()) {
            // (A 421 among them closes the connection after the last.)
            check(r.code == m_finalCodes.at(m_finalSeen));
            ++m_finalSeen;
            return;
        }
        finishFinalReplies(); // what follows is not a final reply
    }
    if (m_awaiting == Awaiting::Greeting) {
        check(r.code == 220 || ((r.code == 554 || r.code == 421) && isFault(r)));
        m_refusedGreeting = r.code == 554;
        m_awaiting = Awaiting::None;
        return;
    }
    if (m_mode == Mode::Data)
        return onDataReply(r);
    if (m_awaiting == Awaiting::None) {
        if (r.code == 421)
            return; // too many errors, or the fault plan: closing
        // An over-long line dropped before its end (RFC 5321 4.5.3.1.4) is
        // answered without a CommandReceived.
        check(r.code == 500);
        const QByteArrayView wire(m_stream.constData(), m_fed);
        const qsizetype nl = wire.indexOf('\n', m_pos);
        check(nl >= 0);
        check(nl + 1 - m_pos > protocol::limits::authLine);
        m_pos = nl + 1;
        return;
    }
    // The first reply to the last command line.
    m_awaiting = Awaiting::None;
    if (m_mode == Mode::Chunk)
        return onChunkReply(r);
    onCommandReply(r);
}

void Driver::onDataReply(const Reply &r)
{
    // The data was refused: only after its end, and only for a reason.
    const qsizetype end = dataEnd();
    check(end >= 0);
    const DataOutcome o = predictData(end);
    check(!isPositive(r.code));
    check(o.refusals.contains(r.code));
    endMessageData(end);
    // RFC 2033 4.2: every accepted RCPT gets the refusal in LMTP.
    const int n = m_config.dialect == Dialect::Lmtp ? int(m_rcptKeys.size()) : 1;
    expectFinalReplies(QList<int>(n, r.code), 1);
    resetTransaction();
}

void Driver::onChunkReply(const Reply &r)
{
    if (r.code == 421)
        return; // closing; the chunk no longer matters
    // A chunk is answered once all its octets are in.
    check(m_fed >= m_chunkEnd);
    endMessageData(m_chunkEnd);
    QList<int> refusals = chunkRefusals();
    // The fault plan answered the command, or the greeting was refused
    // (RFC 5321 3.1): the chunk was read and dropped all the same.
    const bool imposed = isFault(r) || m_refusedGreeting;
    if (m_refusedGreeting)
        refusals = {503};
    if (isFault(r))
        refusals << r.code;
    // Taken as it came: the message passed its Body checkpoint with the
    // first octets that were stored.
    if (!imposed && refusals.isEmpty() && m_chunkEnd > m_chunkStart && !m_bodyChecked) {
        m_bodyChecked = true;
        m_bodyFault = takeBodyDecision();
    }
    const qsizetype size = m_chunkEnd - m_chunkStart;
    if (isPositive(r.code)) {
        // BDAT LAST ends in MessageReceived, never in a bare 250.
        check(!m_chunkLast);
        check(refusals.isEmpty());
        m_chunks += QByteArrayView(m_stream).sliced(m_chunkStart, size);
        return;
    }
    if (refusals.isEmpty() && m_chunkLast && m_bodyFault) {
        // The fault plan's answer to the message's data (RFC 3030 2: the
        // reply to BDAT LAST is the reply to the message).
        refusals << m_bodyFault;
        check(r.lines == QList<QByteArray> {kBodyFaultText});
    }
    check(refusals.contains(r.code));
    if (!m_mail)
        return;
    // RFC 3030 2: after a failed chunk the message fails.
    if (!m_chunkFailed)
        m_chunkFailed = r.code;
    if (m_chunkLast && !m_rcptKeys.isEmpty()) {
        const int n = m_config.dialect == Dialect::Lmtp ? int(m_rcptKeys.size()) : 1;
        expectFinalReplies(QList<int>(n, r.code), 1);
    }
    if (m_chunkLast)
        resetTransaction();
}

void Driver::onCommandReply(const Reply &r)
{
    const QByteArray &v = m_lastVerb;
    if (v == "MAIL" && isPositive(r.code)) {
        check(!m_mail); // RFC 5321 4.1.4: no nested MAIL
        resetTransaction();
        m_mail = true;
        m_mailFrom = m_lastLine;
    } else if (v == "RCPT" && isPositive(r.code)) {
        check(m_mail);
        check(!m_usedBdat); // RFC 3030 2: no RCPT after BDAT
        const protocol::PathArgument p = protocol::parseRcptArgument(argumentOf(m_lastLine));
        check(p.ok);
        const QByteArray key = mailboxKey(p);
        if (!m_rcptKeys.contains(key))
            m_distinct << p;
        m_rcptKeys << key;
        check(m_rcptKeys.size() <= m_config.maxRecipients);
    } else if (v == "DATA" && r.code == 354) {
        check(m_mail && !m_rcptKeys.isEmpty() && !m_usedBdat);
        m_mode = Mode::Data;
        m_dataStart = m_pos;
        m_reported = m_pos;
    } else if ((v == "RSET" || v == "EHLO" || v == "HELO" || v == "LHLO") && isPositive(r.code)) {
        resetTransaction(); // RFC 5321 4.1.1.5, 4.1.4
    } else if (r.code == 354) {
        check(false); // 354 answers DATA only
    } else if (r.code == 220) {
        check(v == "STARTTLS");
    }
    if (m_refusedGreeting && v != "QUIT")
        check(r.code == 503 || isFault(r) || r.code == 500 || r.code == 501 || r.code == 421);
}

void Driver::onMessage(const ReceivedMessage &m)
{
    if (m_awaiting == Awaiting::FinalReplies)
        finishFinalReplies();
    // Only a confirmed transaction stores anything (RFC 5321 3.3).
    check(m_mail && !m_rcptKeys.isEmpty());
    check(m.id == ++m_messages);
    check(m.encrypted == m_encrypted);
    check(m.authUser == m_authUser);
    // Its mailboxes: the accepted RCPTs, each once (RFC 5321 2.4), in order.
    check(m.recipients.size() == m_distinct.size());
    for (qsizetype i = 0; i < m.recipients.size(); ++i) {
        check(m.recipients.at(i).address == m_distinct.at(i).address);
        check(m.recipients.at(i).postmaster == m_distinct.at(i).postmaster);
    }
    check(m.duplicateRecipients == m_rcptKeys.size() - m_distinct.size());
    const protocol::PathArgument from = protocol::parseMailArgument(argumentOf(m_mailFrom));
    check(from.ok);
    check(m.mailFrom.address == from.address && m.mailFrom.nullPath == from.nullPath);
    check(m.data.size() <= messageCap());

    if (m_mode == Mode::Data) {
        const qsizetype end = dataEnd();
        check(end >= 0); // complete: CRLF.CRLF is in
        check(!m.chunked);
        const DataOutcome o = predictData(end);
        check(o.refusals.isEmpty());
        // Issue 6 item 7: never change bytes silently; the policy says what
        // was done with bare LFs.
        check(m.data == o.content);
        check(m.bareLineFeeds == o.bareLineFeeds);
        check(m.bareLineFeedHandling == m_config.bareLineFeeds);
        endMessageData(end);
    } else {
        check(m_mode == Mode::Chunk);
        check(m_awaiting == Awaiting::CommandReply);
        check(m_chunkLast && m_fed >= m_chunkEnd);
        check(m.chunked);
        check(!m_refusedGreeting);
        check(chunkRefusals().isEmpty());
        if (m_chunkEnd > m_chunkStart && !m_bodyChecked) {
            m_bodyChecked = true;
            m_bodyFault = takeBodyDecision();
        }
        check(m_bodyFault == 0);
        // RFC 3030 2: the octets exactly, every accepted chunk and the last.
        const QByteArray expected
            = m_chunks + m_stream.mid(m_chunkStart, m_chunkEnd - m_chunkStart);
        check(m.data == expected);
        check(m.bareLineFeeds == countBareLineFeeds(expected));
        check(m.bareLineFeedHandling == BareLineFeed::Keep);
        endMessageData(m_chunkEnd);
        m_awaiting = Awaiting::None;
    }
    // The final replies follow deliver(): onDelivered().
}

void Driver::onTlsRequested()
{
    check(m_lastVerb == "STARTTLS");
    check(m_config.tlsAvailable && !m_implicitTls && !m_encrypted);
    // RFC 3207 5: what came after STARTTLS in the clear is dropped.
    m_pos = m_fed;
    m_mode = Mode::Command;
}

} // namespace

// OpenSSL keeps some global state (loaded by QCA's ossl plugin for CRAM-MD5
// and SCRAM) until the process ends; that is not a leak of ours.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QCA (CRAM-MD5, SCRAM) looks for its plugins through the application.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    Driver driver(in.first(4), expand(in.sliced(4)));
    driver.run();
    return 0;
}
