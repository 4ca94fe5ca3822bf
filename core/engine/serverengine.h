#pragma once
// The SMTP/LMTP server conversation as a state machine with no I/O, the
// mirror of ClientEngine: feed it what the client sent, take the bytes to
// write and the events. Used by the sandbox server; driven byte for byte by
// the engine tests. Shares the reply and command grammar with the client
// (protocol/reply.h, protocol/commandparser.h).
//
// RFC 5321 (SMTP), RFC 2033 (LMTP), RFC 3207 (STARTTLS), RFC 4954 (AUTH),
// RFC 2920 (PIPELINING), RFC 3030 (CHUNKING), RFC 1870 (SIZE), RFC 6152
// (8BITMIME), RFC 6531 (SMTPUTF8), RFC 3461 (DSN), RFC 2034 (ENHANCEDSTATUSCODES).

#include "auth/saslserver.h"
#include "engine/clientengine.h"   // Dialect
#include "engine/serverconversation.h"
#include "protocol/commandparser.h"
#include "protocol/datatransform.h"
#include "protocol/reply.h"

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace postscope::engine {

// ESMTP extensions the server can offer; each can be switched off.
enum class ServerExtension : quint32 {
    Size = 1 << 0,
    Pipelining = 1 << 1,
    EightBitMime = 1 << 2,
    SmtpUtf8 = 1 << 3,
    Dsn = 1 << 4,
    Chunking = 1 << 5,
    EnhancedStatusCodes = 1 << 6,
    StartTls = 1 << 7,
    Auth = 1 << 8,
    Vrfy = 1 << 9,   // off: VRFY answers 252 (RFC 5321 3.5.3)
    Expn = 1 << 10,  // off: EXPN answers 252
};
Q_DECLARE_FLAGS(ServerExtensions, ServerExtension)
Q_DECLARE_OPERATORS_FOR_FLAGS(ServerExtensions)
constexpr ServerExtensions allServerExtensions()
{
    return ServerExtensions(0x7ff);
}
// "SIZE", "8BITMIME", ... (case-insensitive); false when unknown.
bool parseServerExtension(QByteArrayView name, ServerExtension *out);
QList<QByteArray> serverExtensionNames();

// Protocol-level misbehaviour for lessons and tests (issue 11): what an
// attacker on the path, or a broken or vulnerable server, does to the
// conversation. Opt-in only; the sandbox allows it on loopback listeners only.
enum class Misbehaviour : quint32 {
    // STARTTLS in the EHLO reply overwritten with "XXXXXXXA" (as middleboxes
    // that strip it do, keeping the length), and the STARTTLS command then
    // unknown (500): the client never sees TLS offered (RFC 3207 4, 6).
    StripStartTls = 1 << 0,
    // STARTTLS offered, but the command refused with 454 4.7.0 (RFC 3207 4).
    RefuseStartTls = 1 << 1,
    // Plaintext replies written right after the 220 to STARTTLS, in the same
    // write, before the handshake: the STARTTLS response injection (RFC 3207
    // 5; the client must refuse, as CVE-2011-0411 showed for the server side).
    InjectAfterStartTls = 1 << 2,
    // The EHLO reply's last line has another code (251) than its "250-"
    // continuation lines: a malformed multiline reply (RFC 5321 4.2.1).
    BrokenMultiline = 1 << 3,
    // UNSAFE: LF "." LF (and LF "." CRLF, CRLF "." LF) end the data, and bare
    // LFs are kept, as servers open to SMTP smuggling did (RFC 5321 4.1.1.4
    // says only CRLF "." CRLF ends it).
    UnsafeBareLfEndOfData = 1 << 4,
};
Q_DECLARE_FLAGS(Misbehaviours, Misbehaviour)
Q_DECLARE_OPERATORS_FOR_FLAGS(Misbehaviours)
// "strip-starttls", "refuse-starttls", "inject-after-starttls",
// "broken-multiline", "unsafe-bare-lf-end"; false when unknown.
bool parseMisbehaviour(QByteArrayView name, Misbehaviour *out);
QList<QByteArray> misbehaviourNames();
QByteArray misbehaviourName(Misbehaviour misbehaviour);
// The plaintext written after the 220 to STARTTLS by InjectAfterStartTls.
QByteArray injectedAfterStartTls();

// Mailboxes and lists that VRFY and EXPN answer from.
struct Directory
{
    enum class Match { None, Mailbox, List, Ambiguous };
    struct Result
    {
        Match match = Match::None;
        QList<QByteArray> addresses;   // the mailbox, the list members, or the candidates
    };

    QList<QByteArray> mailboxes;                 // "user@example.test"
    QHash<QByteArray, QList<QByteArray>> lists;  // lower-cased list name -> member addresses

    bool isEmpty() const { return mailboxes.isEmpty() && lists.isEmpty(); }
    bool hasMailbox(QByteArrayView address) const;
    // A query as VRFY/EXPN take it: "user", "user@domain", "<user@domain>",
    // or "Name <user@domain>". A bare local part matches every mailbox with
    // that local part (several: Ambiguous).
    Result lookupMailbox(QByteArrayView query) const;
    Result lookupList(QByteArrayView query) const;
};

struct ServerConfig
{
    Dialect dialect = Dialect::Smtp;
    QByteArray hostname = "localhost";
    QByteArray greetingText = "Postscope sandbox";
    ServerExtensions extensions = allServerExtensions();
    qint64 maxMessageSize = 100 * 1024 * 1024;  // SIZE (RFC 1870); always enforced
    int maxRecipients = 1000;                   // accepted RCPTs per transaction (RFC 5321 4.5.3.1.8: at least 100)
    // What one transaction may cause to be stored: message size x distinct
    // recipients. Over it: 452 at RCPT (when SIZE= was declared), else 552
    // after the data, and nothing is stored.
    qint64 maxTransactionBytes = qint64(1024) * 1024 * 1024;
    // A bare LF in DATA (RFC 5321 2.3.8): refused by default, as Postfix does.
    protocol::BareLineFeed bareLineFeeds = protocol::BareLineFeed::Reject;
    int maxErrors = 50;                         // then 421 and close
    // Backpressure: the engine stops handling buffered commands while this
    // much output, or this many events, wait to be taken (see isHoldingBack()).
    qsizetype maxPendingOutput = 64 * 1024;
    int maxPendingEvents = 1024;
    // wantsInput() is false while this much received input is not handled yet.
    qsizetype maxBufferedInput = 64 * 1024;
    bool tlsAvailable = false;                  // the server has a certificate: STARTTLS can be offered
    bool requireTlsForAuth = false;             // AUTH before TLS: 538 5.7.11 (RFC 4954 6)
    QList<QByteArray> authMechanisms = {"SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN"};
    auth::PasswordLookup passwords;             // empty: AUTH not offered
    Directory directory;
    bool rejectUnknownRecipients = false;       // RCPT to a mailbox not in the directory: 550 5.1.1
    bool reportData = false;                    // emit DataReceived events (transcripts)
    QByteArray queueIdPrefix = "SANDBOX";       // "250 2.0.0 Ok: queued as PREFIX.n"
    Misbehaviours misbehaviours; // none by default
};

// Where a fault plan (or any other policy) may step in.
struct Checkpoint
{
    enum class Stage {
        Greeting,  // before the 220 greeting
        Command,   // a command line arrived (verb, argument)
        Body,      // the first octets of message data arrived (mid-DATA / BDAT)
    };
    Stage stage = Stage::Command;
    QByteArray verb;       // upper-cased command verb ("MAIL"); "GREETING" / "BODY" for the others
    QByteArray argument;   // as sent (empty for AUTH continuations, which never reach a checkpoint)
    QByteArray address;    // MAIL/RCPT path, VRFY/EXPN argument; empty otherwise
};

// What to do at a checkpoint. A delay pauses the engine (Event Pause) before
// the action is carried out.
struct Intervention
{
    enum class Action {
        Proceed,     // handle the command normally
        Reply,       // answer with reply instead (for Body: as the end-of-data reply)
        Disconnect,  // close the connection without a word
    };
    Action action = Action::Proceed;
    int delayMs = 0;
    protocol::Reply reply;
};
using InterventionHook = std::function<Intervention(const Checkpoint &)>;

// A complete message, handed over with Event::MessageReceived. The engine
// waits for deliver() before it reads any further command.
struct ReceivedMessage
{
    quint64 id = 0;                        // 1, 2, ... within this conversation
    QByteArray queueId;                    // as quoted in "queued as"
    QByteArray helo;                       // EHLO/HELO/LHLO argument
    QByteArray heloVerb;                   // "EHLO", "HELO" or "LHLO"
    bool encrypted = false;
    QString authUser;
    protocol::PathArgument mailFrom;
    QList<protocol::PathArgument> recipients;  // accepted recipients, in order, each once
    int duplicateRecipients = 0;           // RCPTs that named one of them again (merged)
    bool chunked = false;                  // came by BDAT (RFC 3030)
    QByteArray data;                       // the message (unstuffed; BDAT octets exactly)
    // Bare LFs in the message and what was done with them (Keep for BDAT,
    // whose octets are stored exactly; Reject never gets this far).
    int bareLineFeeds = 0;
    protocol::BareLineFeed bareLineFeedHandling = protocol::BareLineFeed::Keep;
};

enum class ServerState {
    Connected,       // greeting not yet sent
    Fresh,           // greeted; no EHLO/HELO/LHLO yet
    Identified,      // EHLO/HELO/LHLO accepted
    InTransaction,   // MAIL accepted
    ReceivingData,   // after 354 until the final dot
    ReceivingChunk,  // reading the octets of a BDAT chunk
    Delivering,      // MessageReceived emitted; waiting for deliver()
    Authenticating,  // SASL exchange in progress (334)
    StartingTls,     // 220 to STARTTLS sent; waiting for tlsEstablished()
    Closed,
};
QString serverStateName(ServerState state);

// What the conversation waits for from the client; the transport runs its
// deadlines from it (a deadline trickled bytes cannot stretch).
enum class ClientWait {
    Nothing,       // the server's turn (greeting, pause, delivery, held back) or closed
    Command,       // between commands: nothing of the next one has arrived
    CommandLine,   // part of a command line (or of a SASL response) has arrived
    MessageData,   // from 354 to the final dot; from the first BDAT to its LAST chunk
    TlsHandshake,  // STARTTLS accepted: the handshake is the transport's
};

struct ServerEvent
{
    enum class Type {
        CommandReceived,   // line: a command line with its CRLF; for a line with a secret
                           // (redactClientLine()) line and redacted hold only its redacted form
        ReplySent,         // reply went into the outgoing bytes
        DataReceived,      // line: message octets (only with ServerConfig::reportData)
        MessageReceived,   // message: store it, then call deliver()
        TlsRequested,      // write the outgoing 220, start the handshake, then tlsEstablished()
        Authenticated,     // text: the user
        Pause,             // delayMs: wait, then call resume()
        CloseRequested,    // write what is outgoing, then close the connection
        Note,              // text: something worth a transcript note
    };
    Type type = Type::Note;
    QByteArray line;
    QByteArray redacted;
    protocol::Reply reply;
    ReceivedMessage message;
    int delayMs = 0;
    QString text;
};

class ServerEngine : public ServerConversation
{
public:
    explicit ServerEngine(ServerConfig config = {});
    ~ServerEngine() override;
    ServerEngine(const ServerEngine &) = delete;
    ServerEngine &operator=(const ServerEngine &) = delete;

    void setInterventionHook(InterventionHook hook);
    const ServerConfig &config() const;

    // --- transport input
    void setEncrypted(bool encrypted);   // implicit TLS: call before start()
    void start();                        // connection accepted: sends the greeting
    void receive(QByteArrayView bytes);  // everything the client sent; all complete lines are handled
    void tlsEstablished();               // the handshake asked for by TlsRequested is done
    void connectionClosed();
    void resume();                       // a Pause is over
    // Answer to MessageReceived: one reply per recipient of the message
    // (LMTP; a merged duplicate RCPT gets its first's reply) or one reply
    // (SMTP; with several, the first negative one wins). An invalid
    // (default) Reply means "delivered": the engine says 250.
    void deliver(const QList<protocol::Reply> &replies = {});
    // Ends the conversation with this reply (a 421 when a deadline passed),
    // whatever is buffered or held back.
    void closeWith(const protocol::Reply &reply);
    // Backpressure: after taking the output and the events of an engine that
    // isHoldingBack(), handles the buffered input it held back.
    void processBuffered();

    // --- output
    QByteArray takeOutgoing();
    bool hasOutgoing() const;
    QList<ServerEvent> takeEvents();
    bool hasEvents() const;

    // --- what is known
    ServerState state() const;
    bool isEncrypted() const;
    bool isClosed() const;
    bool isPaused() const;
    QString authenticatedUser() const;
    QByteArray helo() const;
    // Bytes received but not handled yet.
    qsizetype bufferedSize() const;
    // Handling stopped with input left because maxPendingOutput or
    // maxPendingEvents were reached: take them, then processBuffered().
    bool isHoldingBack() const;
    // Whether the transport should read more from the client now: false
    // while paused, delivering, starting TLS, held back, closed, or with
    // maxBufferedInput unhandled. Unread input then waits in the socket,
    // and TCP flow control slows the client down (backpressure).
    bool wantsInput() const;
    ClientWait clientWait() const;

    // The reply as this server words it: enhanced code prefixed to the text
    // when ENHANCEDSTATUSCODES is on (RFC 2034).
    protocol::Reply makeReply(int code, QByteArrayView enhanced, QByteArrayView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace postscope::engine
