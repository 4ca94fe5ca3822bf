#pragma once
// A transcript read as a conversation: each client command with the reply
// (or replies) that answered it, the greeting, and the message data, paired
// the way RFC 2920 3.1 says replies come (in the order of the commands).
// Pure: no QObject, no I/O. Built from transcript entries (a live
// Transcript, or readTranscript() of a file), it is what the exporters,
// `serve --replay`, `diff` and the lessons' checks read, so that none of
// them pairs replies with commands on its own.

#include "protocol/reply.h"
#include "transcript/transcript.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

namespace postscope::transcript {

struct Exchange
{
    enum class Kind {
        Greeting, // the server's first reply, before any command
        Command, // a command line (verb and argument), and its reply
        SaslResponse, // a line sent after a 334 (RFC 4954 4); always redacted in the transcript
        MessageData, // the octets after a 354, up to and including the final ".\r\n"
        Unsolicited, // a reply no command was waiting for (a 421 at a timeout)
    };
    Kind kind = Kind::Command;
    QByteArray line; // Command/SaslResponse: the line as recorded, no CRLF (display form)
    QByteArray verb; // Command: upper-cased verb ("MAIL"); empty otherwise
    QByteArray argument; // Command: what follows the verb and one space
    bool redacted = false; // the recorded line hides a secret ("********")
    // MessageData: the octets as sent (dot-stuffed, CRLF line ends, final
    // ".\r\n"); Command BDAT: the chunk's octets exactly.
    QByteArray data;
    // The replies that answered it, in order: one, except LMTP's end of
    // data (one per accepted recipient, RFC 2033 4.2); none when the
    // conversation ended first.
    QList<protocol::Reply> replies;
    bool tls = false; // sent or received inside TLS
    int entryIndex = -1; // the first transcript entry of this exchange

    const protocol::Reply *reply() const { return replies.isEmpty() ? nullptr : &replies.first(); }
    int code() const { return replies.isEmpty() ? 0 : replies.first().code; }
};

// One mail transaction (RFC 5321 3.3): MAIL, its RCPTs, and the message
// data by DATA or BDAT, as indexes into Conversation::exchanges.
struct Transaction
{
    int mail = -1; // the MAIL exchange
    QList<int> rcpts; // the RCPT exchanges, in order
    QList<int> dataCommands; // the DATA exchange, or every BDAT exchange
    int messageData = -1; // the MessageData exchange after a 354; -1 for BDAT or none
    bool chunked = false; // BDAT (RFC 3030)
    bool hasContent = false; // message data went out (after a 354, or in BDAT chunks)
    QByteArray content; // the message as a receiver stores it: unstuffed DATA, joined chunks
    QList<protocol::Reply> finalReplies; // to the end of the data (LMTP: one per recipient)
    bool accepted() const; // a final reply is positive
};

// The message a DATA section carries: the recorded octets without the
// final ".\r\n", one leading dot taken off each line (RFC 5321 4.5.2).
QByteArray messageContent(const QByteArray &data);

struct Conversation
{
    QList<Exchange> exchanges;
    QStringList notes;
    bool lmtp = false; // LHLO was said
    bool implicitTls = false; // TLS before the greeting (port 465 style)
    bool startTls = false; // STARTTLS got its 220
    // Problems met while reading (a reply that does not parse, data that
    // never ended); the exchanges are as far as they could be read.
    QStringList problems;

    const Exchange *greeting() const;
    // Command exchanges of this verb, in order.
    QList<const Exchange *> commands(QByteArrayView verb) const;
    // Every MAIL and what followed it, up to the end of its data, RSET,
    // EHLO/HELO/LHLO, QUIT or the next MAIL.
    QList<Transaction> transactions() const;
};

// Follows a conversation one transcript line at a time: which client line
// is a command and which is message data (after a 354, or inside a BDAT
// chunk), which reply answers which command. Used by the transcript reader
// to tell the kinds apart in the text form, and by buildConversation().
class ConversationBuilder
{
public:
    // A client line: one wire line without its line end, or a data chunk
    // without its last line end (the JSON form); with exact, the octets as
    // they went out (a live transcript's raw bytes). kindHint is the entry's
    // kind when the source knows it (JSON, a live transcript), Note when it
    // does not (the text form). Returns the kind the line has: Command or Data.
    Entry::Kind addClient(const QByteArray &text, Entry::Kind kindHint, bool redacted,
                          int entryIndex, bool exact = false);
    // A server line (one wire line without its line end).
    void addServer(const QByteArray &line, int entryIndex);
    void addNote(const QString &text);
    // The exact octets a Data entry of this text stands for (CRLF restored,
    // a BDAT chunk's last line cut at the chunk's size).
    QByteArray lastDataOctets() const { return m_lastData; }
    Conversation finish();

private:
    void startExchange(Exchange exchange, int replies, bool perRecipient = false);
    void replyComplete(const protocol::Reply &reply);
    void endOfData();
    void addData(const QByteArray &text, bool exact);

    Conversation m_conversation;
    struct Pending
    {
        int index; // into m_conversation.exchanges
        int replies; // still owed
        // LMTP's end of data (RFC 2033 4.2): one reply per recipient
        // accepted, counted once the RCPT replies before it are in.
        bool perRecipient = false;
    };
    std::deque<Pending> m_pending;
    protocol::ReplyParser m_parser;
    int m_replyEntry = -1;
    bool m_tls = false;
    bool m_inData = false; // after a 354 until the final "."
    int m_dataIndex = -1; // the MessageData exchange being read
    int m_bdatIndex = -1; // the BDAT whose chunk is being read
    qint64 m_bdatRemaining = 0;
    int m_acceptedRcpts = 0; // in this transaction (LMTP's replies after the data)
    bool m_saslNext = false; // a 334 came: the next client line is a SASL response
    QByteArray m_lastData;
};

// Pairs the entries of a transcript (kinds known) into a conversation.
Conversation buildConversation(const QList<Entry> &entries);

} // namespace postscope::transcript
