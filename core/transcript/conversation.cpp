#include "transcript/conversation.h"

#include "protocol/commandparser.h"
#include "protocol/datatransform.h"

#include <QCoreApplication>

namespace postscope::transcript {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::transcript::Conversation", text);
}

bool endsData(const QByteArray &data)
{
    // RFC 5321 4.1.1.4: the data ends with CRLF "." CRLF (or is only ".").
    return data == ".\r\n" || data.endsWith("\r\n.\r\n");
}

} // namespace

const Exchange *Conversation::greeting() const
{
    for (const Exchange &e : exchanges) {
        if (e.kind == Exchange::Kind::Greeting)
            return &e;
        if (e.kind == Exchange::Kind::Command)
            break;
    }
    return nullptr;
}

QList<const Exchange *> Conversation::commands(QByteArrayView verb) const
{
    QList<const Exchange *> out;
    for (const Exchange &e : exchanges) {
        if (e.kind == Exchange::Kind::Command && e.verb == verb)
            out.append(&e);
    }
    return out;
}

QByteArray messageContent(const QByteArray &data)
{
    QByteArray stuffed = data;
    if (stuffed == ".\r\n")
        return QByteArray("");
    if (stuffed.endsWith("\r\n.\r\n"))
        stuffed.chop(3);
    return protocol::unstuff(stuffed);
}

bool Transaction::accepted() const
{
    for (const protocol::Reply &r : finalReplies) {
        if (r.klass() == 2)
            return true;
    }
    return false;
}

QList<Transaction> Conversation::transactions() const
{
    QList<Transaction> out;
    Transaction *open = nullptr;
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &e = exchanges[i];
        if (e.kind == Exchange::Kind::MessageData) {
            if (open && open->dataCommands.size() == 1 && !open->chunked) {
                open->messageData = i;
                open->hasContent = true;
                open->content = messageContent(e.data);
                open->finalReplies = e.replies;
            }
            open = nullptr;
            continue;
        }
        if (e.kind != Exchange::Kind::Command)
            continue;
        const QByteArray &v = e.verb;
        if (v == "MAIL") {
            out.append(Transaction());
            open = &out.last();
            open->mail = i;
        } else if (!open) {
            continue;
        } else if (v == "RCPT") {
            open->rcpts.append(i);
        } else if (v == "DATA") {
            open->dataCommands.append(i);
            if (e.code() != 354)
                open = nullptr;
        } else if (v == "BDAT") {
            open->chunked = true;
            open->hasContent = true;
            open->dataCommands.append(i);
            open->content += e.data;
            const protocol::BdatArgument b = protocol::parseBdatArgument(e.argument);
            if (b.ok && b.last) {
                open->finalReplies = e.replies;
                open = nullptr;
            }
        } else if (v == "RSET" || v == "EHLO" || v == "HELO" || v == "LHLO" || v == "QUIT") {
            open = nullptr;
        }
    }
    return out;
}

void ConversationBuilder::startExchange(Exchange exchange, int replies, bool perRecipient)
{
    exchange.tls = m_tls;
    m_conversation.exchanges.append(std::move(exchange));
    if (replies > 0)
        m_pending.push_back({int(m_conversation.exchanges.size() - 1), replies, perRecipient});
}

Entry::Kind ConversationBuilder::addClient(const QByteArray &text, Entry::Kind kindHint,
                                           bool redacted, int entryIndex, bool exact)
{
    const bool data = kindHint == Entry::Kind::Data
        || (kindHint != Entry::Kind::Command && (m_inData || m_bdatRemaining > 0));
    if (data) {
        if (m_inData || m_bdatRemaining > 0) {
            addData(text, exact);
        } else {
            // Data with no DATA or BDAT before it: the transcript began late.
            m_lastData = exact ? text : text + "\r\n";
            m_conversation.problems.append(tr("Message data with no DATA or BDAT before it"));
        }
        return Entry::Kind::Data;
    }

    QByteArray line = text;
    if (exact && line.endsWith("\r\n"))
        line.chop(2);
    Exchange e;
    e.line = line;
    e.entryIndex = entryIndex;
    // A recorded line carries its secret only as "********"; the one
    // redaction rule says which lines those are.
    const auto lineKind
        = m_saslNext ? protocol::ClientLineKind::SaslResponse : protocol::ClientLineKind::Command;
    e.redacted = redacted || !protocol::redactClientLine(line, lineKind).isEmpty();
    if (m_saslNext) {
        // RFC 4954 4: what follows a 334 is a SASL response, not a command.
        m_saslNext = false;
        e.kind = Exchange::Kind::SaslResponse;
        startExchange(std::move(e), 1);
        return Entry::Kind::Command;
    }
    const protocol::CommandLine cmd = protocol::splitCommandLine(line);
    e.kind = Exchange::Kind::Command;
    e.verb = cmd.verb;
    e.argument = cmd.argument;
    int replies = 1;
    bool perRecipient = false;
    if (e.verb == "LHLO")
        m_conversation.lmtp = true;
    if (e.verb == "MAIL" || e.verb == "RSET" || e.verb == "EHLO" || e.verb == "HELO"
        || e.verb == "LHLO")
        m_acceptedRcpts = 0;
    if (e.verb == "BDAT") {
        const protocol::BdatArgument b = protocol::parseBdatArgument(cmd.argument);
        if (b.ok)
            m_bdatRemaining = b.size;
        // RFC 2033 4.2 with RFC 3030: LMTP answers BDAT LAST once per
        // accepted recipient.
        perRecipient = b.ok && b.last && m_conversation.lmtp;
    }
    startExchange(std::move(e), replies, perRecipient);
    if (m_bdatRemaining > 0)
        m_bdatIndex = int(m_conversation.exchanges.size() - 1);
    return Entry::Kind::Command;
}

void ConversationBuilder::addData(const QByteArray &text, bool exact)
{
    QByteArray octets = exact ? text : text + "\r\n";
    if (m_bdatRemaining > 0) {
        // A chunk ends where its size says, wherever that is in a line
        // (RFC 3030 2); the text form cut it at a line end we restored.
        if (octets.size() > m_bdatRemaining)
            octets.truncate(m_bdatRemaining);
        m_bdatRemaining -= octets.size();
        m_conversation.exchanges[m_bdatIndex].data += octets;
        m_lastData = octets;
        return;
    }
    Exchange &e = m_conversation.exchanges[m_dataIndex];
    e.data += octets;
    m_lastData = octets;
    if (endsData(e.data))
        endOfData();
}

void ConversationBuilder::endOfData()
{
    m_inData = false;
    // RFC 2033 4.2: LMTP answers the end of data once per accepted recipient.
    m_pending.push_back({m_dataIndex, 1, m_conversation.lmtp});
}

void ConversationBuilder::addServer(const QByteArray &line, int entryIndex)
{
    if (m_replyEntry < 0)
        m_replyEntry = entryIndex;
    m_parser.feed(line + "\r\n");
    protocol::Reply reply;
    switch (m_parser.next(&reply)) {
    case protocol::ReplyParser::Status::NeedMore:
        return;
    case protocol::ReplyParser::Status::GotReply:
        replyComplete(reply);
        return;
    case protocol::ReplyParser::Status::Error:
        break;
    }
    // A malformed reply (a line with another code in a multiline reply):
    // say so, and read this line as a reply of its own.
    m_conversation.problems.append(m_parser.errorString());
    m_parser.reset();
    m_replyEntry = entryIndex;
    m_parser.feed(line + "\r\n");
    if (m_parser.next(&reply) == protocol::ReplyParser::Status::GotReply) {
        replyComplete(reply);
        return;
    }
    m_parser.reset();
    m_replyEntry = -1;
}

void ConversationBuilder::replyComplete(const protocol::Reply &reply)
{
    const int entry = m_replyEntry;
    m_replyEntry = -1;
    if (m_pending.empty()) {
        Exchange e;
        e.kind = m_conversation.exchanges.isEmpty() ? Exchange::Kind::Greeting
                                                    : Exchange::Kind::Unsolicited;
        e.replies.append(reply);
        e.entryIndex = entry;
        startExchange(std::move(e), 0);
        return;
    }
    Pending &p = m_pending.front();
    if (std::exchange(p.perRecipient, false)) {
        // Every RCPT before it has been answered by now (replies come in
        // order, RFC 2920 3.1).
        p.replies = qMax(1, m_acceptedRcpts);
        m_acceptedRcpts = 0;
    }
    Exchange &e = m_conversation.exchanges[p.index];
    e.replies.append(reply);
    if (--p.replies == 0)
        m_pending.pop_front();

    if (reply.code == 334 && (e.verb == "AUTH" || e.kind == Exchange::Kind::SaslResponse))
        m_saslNext = true;
    if (e.kind != Exchange::Kind::Command)
        return;
    if (e.verb == "RCPT" && reply.klass() == 2)
        ++m_acceptedRcpts;
    if (e.verb == "STARTTLS" && reply.code == 220) {
        m_tls = true;
        m_conversation.startTls = true;
    }
    if (e.verb == "DATA" && reply.code == 354) {
        m_inData = true;
        Exchange d;
        d.kind = Exchange::Kind::MessageData;
        d.entryIndex = -1;
        startExchange(std::move(d), 0);
        m_dataIndex = int(m_conversation.exchanges.size() - 1);
    }
}

void ConversationBuilder::addNote(const QString &text)
{
    m_conversation.notes.append(text);
    // The session's note (transcriptsessionbinding.cpp): before the
    // greeting it means implicit TLS (RFC 8314).
    if (text.startsWith(QLatin1String("TLS started"))) {
        if (m_conversation.exchanges.isEmpty())
            m_conversation.implicitTls = true;
        m_tls = true;
    }
}

Conversation ConversationBuilder::finish()
{
    if (m_inData)
        m_conversation.problems.append(tr("The message data never ended"));
    if (m_bdatRemaining > 0)
        m_conversation.problems.append(tr("A BDAT chunk is shorter than its size"));
    return std::move(m_conversation);
}

Conversation buildConversation(const QList<Entry> &entries)
{
    ConversationBuilder builder;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        switch (e.direction) {
        case Entry::Direction::Client:
            if (e.kind == Entry::Kind::Data)
                builder.addClient(e.raw, Entry::Kind::Data, false, i, true);
            else
                builder.addClient(e.display(), Entry::Kind::Command, !e.redacted.isEmpty(), i);
            break;
        case Entry::Direction::Server:
            builder.addServer(e.display(), i);
            break;
        case Entry::Direction::Note:
            builder.addNote(QString::fromUtf8(e.raw));
            break;
        }
    }
    return builder.finish();
}

} // namespace postscope::transcript
