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
#include <memory>

namespace postscope::engine {

enum class Dialect { Smtp, Lmtp };

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

struct RecipientResult
{
    QByteArray address;
    bool accepted = false;       // for LMTP: delivered (the per-recipient reply after DATA)
    protocol::Reply reply;       // the RCPT reply, or for LMTP the delivery reply when RCPT was accepted
};

struct TransactionResult
{
    quint64 id = 0;
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
    quint64 send(const Envelope &envelope, std::unique_ptr<MessageSource> data);
    quint64 vrfy(const QByteArray &argument);
    quint64 expn(const QByteArray &argument);
    quint64 help(const QByteArray &argument = {});
    quint64 noop();
    quint64 rset();
    quint64 quit();
    quint64 raw(const QByteArray &line);   // any line, as typed (console)

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
    bool isEncrypted() const;       // after tlsEstablished(), or Channel::Encrypted
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
