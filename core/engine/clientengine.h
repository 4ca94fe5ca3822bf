#pragma once
// The SMTP/LMTP client conversation as a state machine with no I/O (sans-I/O,
// like h11). Feed it what the server sent and the caller's requests; take the
// bytes to write and the events. Used by SmtpSession, the probe and the
// console alike, and driven byte for byte by the engine tests and the fuzzer.
//
// RFC 5321 (SMTP), RFC 2033 (LMTP), RFC 3207 (STARTTLS), RFC 4954 (AUTH),
// RFC 2920 (PIPELINING), RFC 3030 (CHUNKING), RFC 1870 (SIZE), RFC 6152
// (8BITMIME), RFC 6531 (SMTPUTF8).

#include "auth/saslclient.h"
#include "engine/messagesource.h"
#include "engine/smtperror.h"
#include "protocol/capabilities.h"
#include "protocol/command.h"
#include "protocol/reply.h"

#include <QByteArray>
#include <QList>
#include <deque>
#include <functional>
#include <memory>

namespace postscope::engine {

enum class Dialect { Smtp, Lmtp };

// Makes a SASL client mechanism by name (the credentials bound), or nullptr
// when it cannot.
using MechanismFactory
    = std::function<std::unique_ptr<auth::SaslClientMechanism>(const QByteArray &name)>;

// What the transport under the conversation protects (told by the caller).
enum class Channel {
    Plaintext, // TCP or a Unix-domain socket: readable by whoever is on the path
    Encrypted, // implicit TLS (RFC 8314); STARTTLS is reported by tlsEstablished()
};

// AUTH with a mechanism that sends the secret itself (PLAIN, LOGIN) over a
// plaintext channel: refused unless the user allows it explicitly.
enum class PlaintextAuth { Refuse, Allow };

// Where the conversation stands (RFC 5321 4.1.4 and 3.3), as of the last
// command written.
enum class State {
    Connecting,     // no connection yet
    Greeting,       // connected, waiting for the 220 greeting
    Greeted,        // greeting received, no successful EHLO/HELO yet
    Identified,     // EHLO/HELO/LHLO accepted: ready for a transaction
    StartingTls,    // STARTTLS accepted: the TLS handshake is under way
    InTransaction,  // MAIL accepted (or sent, when pipelining)
    InData,         // message data being sent
    Quitting,       // QUIT sent
    Closed,         // connection gone, or a fatal error
};
QString stateName(State state);

struct Recipient
{
    QByteArray address;          // without angle brackets
    QList<QByteArray> options;   // RCPT parameters, e.g. "NOTIFY=NEVER"
};

struct Envelope
{
    QByteArray sender;               // reverse path without brackets; empty = null path "<>"
    QList<QByteArray> mailOptions;   // MAIL parameters as given by the caller
    QList<Recipient> recipients;
    bool eightBit = false;           // the data holds 8-bit octets: needs 8BITMIME
    bool smtpUtf8 = false;           // addresses or headers need SMTPUTF8
};

// What happened to one recipient. Two questions with two answers: did its
// RCPT succeed, and did the message reach it? A refused DATA leaves every
// RCPT accepted and nobody delivered (issue 7: "accepted" must not read as
// delivered).
struct RecipientResult
{
    QByteArray address;
    // The message reached this recipient: the server took responsibility for
    // it (RFC 5321 6.1): SMTP, RCPT and the end of data both answered 2xx;
    // LMTP, its own reply after the data was 2xx (RFC 2033 4.2). Always false
    // for checkRecipients(), which never sends data.
    bool accepted = false;
    protocol::Reply reply; // the last word on it: the RCPT reply, or LMTP's reply after the data
    bool rcptAccepted = false; // RCPT answered 2xx (RFC 5321 4.2.5: 250 and 251)
    protocol::Reply rcptReply; // the RCPT reply itself (invalid when RCPT was never answered)
    qint64 elapsedMs = -1; // from writing RCPT to its reply (Options::clock), -1 unknown
    bool delivered() const { return accepted; }
};

struct TransactionResult
{
    enum class Kind {
        Delivery, // send(): MAIL, RCPT, DATA/BDAT
        RecipientCheck, // checkRecipients(): MAIL, RCPT, RSET; never any data
    };
    quint64 id = 0;
    Kind kind = Kind::Delivery;
    bool sent = false;                   // the server took the message for at least one recipient
    QList<RecipientResult> recipients;   // one per envelope recipient, in order
    protocol::Reply mailReply;
    protocol::Reply dataReply;           // final reply after the data (SMTP); last one for LMTP
    SmtpError error;                     // why nothing was sent; None when sent (even partly)
    qint64 dataBytes = 0;                // octets of message data written (after stuffing)
    bool partial() const;                // sent, but some recipients refused
};

struct Event
{
    enum class Type {
        CommandSent,          // command: a command line went into the outgoing bytes
        DataSent,             // dataBytes: message octets went into the outgoing bytes
        ReplyReceived,        // reply
        StateChanged,         // state
        CapabilitiesChanged,  // the engine's capabilities() changed (EHLO, or cleared by STARTTLS)
        TlsRequested,         // STARTTLS accepted: start the handshake, then call tlsEstablished()
        RequestFinished,      // requestId, reply (the final one), error
        TransactionFinished,  // requestId, transaction
        Error,                // fatal: the engine is Closed; error says why
    };
    Type type = Type::ReplyReceived;
    quint64 requestId = 0;
    protocol::Command command;
    protocol::Reply reply;
    State state = State::Connecting;
    SmtpError error;
    TransactionResult transaction;
    qint64 elapsedMs = -1; // RequestFinished: from writing the command to its end (Options::clock)
    QByteArray mechanism; // RequestFinished of authenticate(): the SASL mechanism tried
    // RequestFinished of authenticate(): mechanisms offered but not used
    // because they would send the secret readable (PlaintextAuth::Refuse).
    QList<QByteArray> withheld;
    qint64 dataBytes = 0;
    QByteArray data;   // DataSent: the exact octets written (shared, not copied)
};

class ClientEngine
{
public:
    struct Options
    {
        Dialect dialect = Dialect::Smtp;
        bool usePipelining = true;      // when offered (RFC 2920)
        bool useChunking = true;        // when offered (RFC 3030)
        qint64 chunkSize = 1 << 20;     // BDAT chunk size
        protocol::ReplyParser::Limits replyLimits;
        // Milliseconds on a monotonic clock, for the time each command took
        // (RecipientResult::elapsedMs, Event::elapsedMs). The engine stays
        // pure: time is an input like the bytes. Empty: no timings (-1).
        std::function<qint64()> clock;
        PlaintextAuth plaintextAuth = PlaintextAuth::Refuse;
    };

    ClientEngine();
    explicit ClientEngine(Options options);
    ~ClientEngine();
    ClientEngine(const ClientEngine &) = delete;
    ClientEngine &operator=(const ClientEngine &) = delete;

    // --- transport input
    // Start waiting for the greeting.
    void connectionEstablished(Channel channel = Channel::Plaintext);
    void receive(QByteArrayView bytes);    // bytes from the server
    void connectionClosed();               // the peer closed (or the socket failed)
    void tlsEstablished();                 // the handshake asked for by TlsRequested is done
    void tlsFailed(const QString &why);    // it failed: fatal TlsFailed
    void timedOut();                       // the caller's timer for a reply ran out: fatal Timeout
    void timedOut(const QString &message); // the same, saying what timed out
    // A transport failure (connection refused, host not found...): fatal.
    void fail(const SmtpError &error);

    // --- requests: queued, carried out in order; each ends with one
    // RequestFinished (TransactionFinished for send()) event. A request that
    // makes no sense in the state it would run in is refused with a Usage
    // error instead of being sent.
    quint64 hello(const QByteArray &name);  // EHLO, HELO if EHLO is refused; LHLO for LMTP
    quint64 ehlo(const QByteArray &name);   // EHLO only (LHLO for LMTP)
    quint64 helo(const QByteArray &name);
    quint64 startTls();
    quint64 authenticate(std::unique_ptr<auth::SaslClientMechanism> mechanism);
    // AUTH with the first mechanism of `preference` (strongest first) that
    // the server offers when the request starts, made by `create`. This is
    // the one place that checks what the server offers (RFC 4954 3).
    quint64 authenticate(const QList<QByteArray> &preference, MechanismFactory create);
    quint64 send(const Envelope &envelope, std::unique_ptr<MessageSource> data);
    // The RCPT method of address checking: MAIL FROM, one RCPT TO per
    // recipient, then RSET; never DATA, so nothing is delivered. Pipelined
    // with PIPELINING (RFC 2920 3.1: MAIL, RCPT and RSET may all be in one
    // group), and a following check may go out before this one's replies are
    // in. Ends with TransactionFinished (Kind::RecipientCheck): each
    // recipient's RCPT reply; error only when the sender was refused or the
    // connection went.
    quint64 checkRecipients(const Envelope &envelope);
    quint64 vrfy(const QByteArray &argument);
    quint64 expn(const QByteArray &argument);
    quint64 help(const QByteArray &argument = {});
    quint64 noop();
    quint64 rset();
    quint64 quit();
    quint64 raw(const QByteArray &line);   // any line, as typed (console)
    // Message octets written exactly as given (no CRLF added, no
    // dot-stuffing, bare CR and LF kept), only after a raw DATA got its 354:
    // the console's /bytes, for the SMTP smuggling lesson. Nothing else in
    // Postscope sends a bare LF. Ends at once (no reply is owed).
    quint64 rawData(const QByteArray &bytes);

    // --- output
    QByteArray takeOutgoing();
    bool hasOutgoing() const;
    // A message body is waiting to be read from its source: call pumpData()
    // when the transport can take more (keeps memory flat for big messages).
    bool wantsData() const;
    void pumpData(qint64 budget = 256 * 1024);
    QList<Event> takeEvents();
    bool hasEvents() const;

    // --- what is known
    State state() const;
    Dialect dialect() const;
    const protocol::Capabilities &capabilities() const;
    const protocol::Reply &greeting() const;
    bool isEncrypted() const; // after tlsEstablished(), or Channel::Encrypted
    bool usesPipelining() const;    // offered and allowed
    bool usesChunking() const;
    // True while a reply is owed: the caller's reply timer should run.
    bool awaitingReply() const;
    // What the oldest reply owed answers, for a person: "the greeting", "the
    // reply to RCPT TO", ... (empty when none is owed).
    QString awaitedReply() const;
    bool isIdle() const;            // nothing queued, nothing in flight

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace postscope::engine
