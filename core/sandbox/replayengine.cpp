#include "sandbox/replayengine.h"

#include "protocol/command.h"
#include "protocol/commandparser.h"
#include "transcript/transcriptdiff.h"

#include <QCoreApplication>

namespace postscope::sandbox {

using engine::ServerEvent;
using engine::ServerState;
using protocol::Reply;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox::ReplayEngine", text);
}

bool isLast(const QByteArray &bdatArgument)
{
    const protocol::BdatArgument b = protocol::parseBdatArgument(bdatArgument);
    return b.ok && b.last;
}

} // namespace

ReplayScript ReplayScript::fromConversation(const transcript::Conversation &c, QString *error)
{
    using transcript::Exchange;
    ReplayScript script;
    script.implicitTls = c.implicitTls;
    script.lmtp = c.lmtp;
    QByteArray chunks; // the BDAT chunks of the transaction so far
    for (int i = 0; i < c.exchanges.size(); ++i) {
        const Exchange &e = c.exchanges[i];
        switch (e.kind) {
        case Exchange::Kind::Greeting:
            script.greeting = e.replies.value(0);
            break;
        case Exchange::Kind::Unsolicited:
            if (script.steps.isEmpty())
                script.greetingUnsolicited += e.replies;
            else
                script.steps.last().unsolicited += e.replies;
            break;
        case Exchange::Kind::MessageData:
            break; // with its DATA
        case Exchange::Kind::SaslResponse:
        case Exchange::Kind::Command: {
            Step step;
            step.kind = e.kind == Exchange::Kind::SaslResponse ? Step::Kind::SaslResponse
                                                               : Step::Kind::Command;
            step.line = e.line;
            step.verb = e.verb;
            step.comparable = transcript::comparableCommand(e.line, e.redacted);
            step.replies = e.replies;
            if (e.verb == "DATA" && e.code() == 354 && i + 1 < c.exchanges.size()
                && c.exchanges[i + 1].kind == Exchange::Kind::MessageData) {
                const Exchange &data = c.exchanges[i + 1];
                const QByteArray content = transcript::messageContent(data.data);
                step.hasMessage = true;
                step.message = transcript::comparableMessage(content);
                step.messageSize = content.size();
                step.messageReplies = data.replies;
            }
            if (e.verb == "BDAT") {
                chunks += e.data;
                if (isLast(e.argument)) {
                    step.hasMessage = true;
                    step.message = transcript::comparableMessage(chunks);
                    step.messageSize = chunks.size();
                    chunks.clear();
                }
            } else {
                chunks.clear();
            }
            script.steps.append(step);
            break;
        }
        }
    }
    if (script.steps.isEmpty() && !script.greeting.isValid())
        *error = tr("the transcript holds no conversation to replay");
    return script;
}

ReplayEngine::ReplayEngine(std::shared_ptr<const ReplayScript> script, engine::ServerConfig config)
    : m_script(std::move(script))
    , m_config(std::move(config))
{
}

ReplayEngine::~ReplayEngine() = default;

Reply ReplayEngine::makeReply(int code, QByteArrayView enhanced, QByteArrayView text) const
{
    QByteArray line;
    if (!enhanced.isEmpty()
        && m_config.extensions.testFlag(engine::ServerExtension::EnhancedStatusCodes))
        line = enhanced.toByteArray() + ' ';
    line += text;
    return Reply::make(code, line);
}

void ReplayEngine::note(const QString &text)
{
    ServerEvent e;
    e.type = ServerEvent::Type::Note;
    e.text = text;
    m_events.append(std::move(e));
}

void ReplayEngine::send(const Reply &reply)
{
    m_out += reply.raw.isEmpty() ? reply.toWire() : reply.raw;
    ServerEvent e;
    e.type = ServerEvent::Type::ReplySent;
    e.reply = reply;
    m_events.append(std::move(e));
}

void ReplayEngine::sendAll(const QList<Reply> &replies)
{
    for (const Reply &r : replies) {
        if (isClosed())
            return;
        send(r);
        // RFC 5321 3.8: the recorded server closed with its 421.
        if (r.code == 421)
            close();
    }
}

void ReplayEngine::close()
{
    if (m_state == ServerState::Closed)
        return;
    m_state = ServerState::Closed;
    m_in.clear();
    m_inPos = 0;
    m_decoder.reset();
    ServerEvent e;
    e.type = ServerEvent::Type::CloseRequested;
    m_events.append(std::move(e));
}

void ReplayEngine::start()
{
    if (m_state != ServerState::Connected)
        return;
    m_state = ServerState::Fresh;
    if (m_script->greeting.isValid())
        send(m_script->greeting);
    else
        send(Reply::make(220, m_config.hostname + " ESMTP Postscope replay"));
    sendAll(m_script->greetingUnsolicited);
    process();
}

void ReplayEngine::receive(QByteArrayView bytes)
{
    if (isClosed())
        return;
    if (m_state == ServerState::StartingTls) {
        // RFC 3207 5: nothing sent before the handshake counts.
        note(tr("Discarded %1 octets received before the TLS handshake").arg(bytes.size()));
        return;
    }
    m_in.append(bytes);
    process();
}

void ReplayEngine::tlsEstablished()
{
    m_encrypted = true;
    m_in.clear();
    m_inPos = 0;
    if (!isClosed())
        m_state = ServerState::Fresh;
    process();
}

void ReplayEngine::connectionClosed()
{
    m_state = ServerState::Closed;
    m_in = QByteArray();
    m_inPos = 0;
    m_decoder.reset();
    m_chunks = QByteArray();
}

void ReplayEngine::closeWith(const Reply &reply)
{
    if (isClosed())
        return;
    send(reply);
    close();
}

void ReplayEngine::processBuffered()
{
    if (m_heldBack)
        process();
}

QByteArray ReplayEngine::takeOutgoing()
{
    return std::exchange(m_out, QByteArray());
}

QList<ServerEvent> ReplayEngine::takeEvents()
{
    return std::exchange(m_events, {});
}

bool ReplayEngine::wantsInput() const
{
    return !isClosed() && m_state != ServerState::StartingTls && !m_heldBack
        && m_in.size() - m_inPos < m_config.maxBufferedInput;
}

engine::ClientWait ReplayEngine::clientWait() const
{
    using engine::ClientWait;
    switch (m_state) {
    case ServerState::Closed:
    case ServerState::Connected:
        return ClientWait::Nothing;
    case ServerState::StartingTls:
        return ClientWait::TlsHandshake;
    case ServerState::ReceivingData:
    case ServerState::ReceivingChunk:
        return ClientWait::MessageData;
    default:
        break;
    }
    if (m_heldBack)
        return ClientWait::Nothing;
    return m_in.size() > m_inPos ? ClientWait::CommandLine : ClientWait::Command;
}

void ReplayEngine::process()
{
    m_heldBack = false;
    while (!isClosed() && m_state != ServerState::StartingTls && m_in.size() > m_inPos) {
        // Backpressure, as ServerEngine: a client that does not read its
        // replies does not make them pile up here.
        if (m_out.size() >= m_config.maxPendingOutput
            || m_events.size() >= m_config.maxPendingEvents) {
            m_heldBack = true;
            break;
        }
        bool progressed = false;
        if (m_state == ServerState::ReceivingData)
            progressed = processData();
        else if (m_state == ServerState::ReceivingChunk)
            progressed = processChunk();
        else
            progressed = processLine();
        if (!progressed)
            break;
    }
    if (m_inPos > 0 && (m_inPos >= m_in.size() || m_inPos > 64 * 1024)) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
}

bool ReplayEngine::processLine()
{
    const qsizetype nl = m_in.indexOf('\n', m_inPos);
    if (nl < 0) {
        // RFC 5321 4.5.3.1.4 (and RFC 4954 4 for AUTH): bounded lines.
        if (m_in.size() - m_inPos > protocol::limits::authLine) {
            m_discarding = true;
            m_in.clear();
            m_inPos = 0;
        }
        return false;
    }
    const QByteArray raw = m_in.mid(m_inPos, nl + 1 - m_inPos);
    m_inPos = nl + 1;
    if (m_discarding) {
        m_discarding = false;
        deviate("line too long",
                tr("Replay: a line longer than %1 octets").arg(protocol::limits::authLine));
        return true;
    }
    handleLine(raw);
    return true;
}

void ReplayEngine::handleLine(const QByteArray &raw)
{
    QByteArray line = raw;
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    const bool sasl = std::exchange(m_sasl, false);
    // The one redaction rule: a SASL response or AUTH secret is hidden
    // before any event holds it.
    const QByteArray redacted = protocol::redactClientLine(
        line, sasl ? protocol::ClientLineKind::SaslResponse : protocol::ClientLineKind::Command);
    {
        ServerEvent e;
        e.type = ServerEvent::Type::CommandReceived;
        e.line = redacted.isEmpty() ? raw : redacted + "\r\n";
        e.redacted = redacted;
        m_events.append(std::move(e));
    }
    const QByteArray shown = redacted.isEmpty() ? line : redacted;
    const protocol::CommandLine cmd = protocol::splitCommandLine(line);

    // A BDAT's chunk follows it whatever the answer (RFC 3030 2): it is
    // read first, and the answer comes after it.
    protocol::BdatArgument bdat;
    if (!sasl && cmd.verb == "BDAT") {
        bdat = protocol::parseBdatArgument(cmd.argument);
        if (bdat.ok) {
            m_chunkRemaining = bdat.size;
            m_chunkLast = bdat.last;
            m_chunkPlays = false;
            m_state = ServerState::ReceivingChunk;
        }
    }
    answer(sasl, line, redacted, shown, cmd, bdat);
    if (m_state == ServerState::ReceivingChunk && m_chunkRemaining == 0)
        processChunk();
}

void ReplayEngine::answer(bool sasl, const QByteArray &line, const QByteArray &redacted,
                          const QByteArray &shown, const protocol::CommandLine &cmd,
                          const protocol::BdatArgument &bdat)
{
    const QList<ReplayScript::Step> &steps = m_script->steps;
    if (m_next >= steps.size()) {
        if (!sasl && cmd.verb == "QUIT") {
            send(makeReply(221, "2.0.0", m_config.hostname + " Bye"));
            close();
            return;
        }
        deviate("the recording ends here",
                tr("Replay: the recording has ended; the client sent \"%1\"")
                    .arg(QString::fromUtf8(shown)));
        return;
    }
    const ReplayScript::Step &step = steps[m_next];
    const bool matches = sasl ? step.kind == ReplayScript::Step::Kind::SaslResponse
                              : step.kind == ReplayScript::Step::Kind::Command
            && transcript::comparableCommand(line, !redacted.isEmpty()) == step.comparable;
    if (!matches && !sasl && cmd.verb == "QUIT") {
        // Ending the session is always allowed.
        note(tr("Replay: the client quit where the recording has \"%1\"")
                 .arg(QString::fromUtf8(step.line)));
        send(makeReply(221, "2.0.0", m_config.hostname + " Bye"));
        close();
        return;
    }
    if (!matches) {
        deviate("the recording has \"" + step.line + "\" here",
                tr("Replay: the client sent \"%1\" where the recording has \"%2\"")
                    .arg(QString::fromUtf8(shown), QString::fromUtf8(step.line)));
        return;
    }
    ++m_next;
    if (cmd.verb == "BDAT" && bdat.ok) {
        // The replies come once the chunk has been read.
        m_messageStep = &step;
        m_chunkPlays = true;
        return;
    }
    play(step);
}

void ReplayEngine::play(const ReplayScript::Step &step)
{
    const Reply *first = step.replies.isEmpty() ? nullptr : &step.replies.first();
    if (step.verb == "STARTTLS" && first && first->code == 220) {
        if (!m_config.tlsAvailable) {
            note(tr("Replay: the recording started TLS, but this listener has none"));
            send(makeReply(454, "4.7.0", "Replay: TLS not available on this listener"));
            return;
        }
        send(*first);
        m_state = ServerState::StartingTls;
        m_in.clear();
        m_inPos = 0;
        ServerEvent e;
        e.type = ServerEvent::Type::TlsRequested;
        m_events.append(std::move(e));
        return;
    }
    sendAll(step.replies);
    if (isClosed())
        return;
    const Reply *last = step.replies.isEmpty() ? nullptr : &step.replies.last();
    if (last && last->code == 334)
        m_sasl = true;
    if (step.hasMessage && step.verb == "DATA") {
        m_state = ServerState::ReceivingData;
        m_messageStep = &step;
        // The recording's message, and room for what changes from run to
        // run, within the server's own limit.
        const qint64 cap = qMin(m_config.maxMessageSize, step.messageSize * 2 + 1024 * 1024);
        m_decoder = std::make_unique<protocol::DataDecoder>(protocol::BareLineFeed::Keep, cap);
        return;
    }
    if (step.verb == "QUIT" && last && last->code == 221) {
        close();
        return;
    }
    if (step.verb == "EHLO" || step.verb == "HELO" || step.verb == "LHLO")
        m_state = ServerState::Identified;
    sendAll(step.unsolicited);
}

bool ReplayEngine::processData()
{
    const QByteArrayView avail(m_in.constData() + m_inPos, m_in.size() - m_inPos);
    const qsizetype used = m_decoder->feed(avail);
    if (m_config.reportData && used > 0) {
        ServerEvent e;
        e.type = ServerEvent::Type::DataReceived;
        e.line = avail.first(used).toByteArray();
        m_events.append(std::move(e));
    }
    m_inPos += used;
    if (!m_decoder->isFinished())
        return used > 0;
    const std::unique_ptr<protocol::DataDecoder> done = std::move(m_decoder);
    m_state = ServerState::Identified;
    if (done->overflowed()) {
        deviate("the message is much bigger than the recorded one",
                tr("Replay: the message is much bigger than the recorded one (%1 octets)")
                    .arg(m_messageStep->messageSize));
        return true;
    }
    messageEnded(done->takeContent());
    return true;
}

bool ReplayEngine::processChunk()
{
    const qint64 n = qMin<qint64>(m_in.size() - m_inPos, m_chunkRemaining);
    if (n > 0) {
        const QByteArrayView chunk(m_in.constData() + m_inPos, n);
        if (m_config.reportData) {
            ServerEvent e;
            e.type = ServerEvent::Type::DataReceived;
            e.line = chunk.toByteArray();
            m_events.append(std::move(e));
        }
        // Kept only within the server's limit; the rest is counted.
        if (m_chunkPlays && m_chunks.size() + n <= m_config.maxMessageSize)
            m_chunks.append(chunk);
        m_inPos += n;
        m_chunkRemaining -= n;
    }
    if (m_chunkRemaining > 0)
        return n > 0;
    m_state = ServerState::Identified;
    if (!m_chunkPlays) {
        // The BDAT did not match: its deviation reply comes after the chunk.
        if (m_chunkLast)
            m_chunks.clear();
        m_out += std::exchange(m_pendingDeviation, QByteArray());
        if (m_deviations >= m_config.maxErrors)
            closeWith(makeReply(421, "4.7.0", m_config.hostname + " Too many deviations, closing"));
        return true;
    }
    const ReplayScript::Step &step = *m_messageStep;
    if (!m_chunkLast) {
        sendAll(step.replies);
        return true;
    }
    const QByteArray content = std::exchange(m_chunks, QByteArray());
    if (step.hasMessage && !sameMessage(step, content))
        return true;
    sendAll(step.replies);
    sendAll(step.unsolicited);
    return true;
}

void ReplayEngine::messageEnded(const QByteArray &content)
{
    const ReplayScript::Step &step = *m_messageStep;
    if (!sameMessage(step, content))
        return;
    sendAll(step.messageReplies);
    sendAll(step.unsolicited);
}

bool ReplayEngine::sameMessage(const ReplayScript::Step &step, const QByteArray &content)
{
    const QList<QByteArray> lines = transcript::comparableMessage(content);
    if (lines == step.message)
        return true;
    // Say where: the first line that differs (masked as compared).
    qsizetype i = 0;
    while (i < lines.size() && i < step.message.size() && lines[i] == step.message[i])
        ++i;
    deviate("the message differs from the recorded one",
            tr("Replay: the message differs from the recorded one at line %1: \"%2\" where the "
               "recording has \"%3\"")
                .arg(i + 1)
                .arg(QString::fromUtf8(lines.value(i, "<end>")),
                     QString::fromUtf8(step.message.value(i, "<end>"))));
    return false;
}

void ReplayEngine::deviate(const QByteArray &text, const QString &why)
{
    if (!why.isEmpty())
        note(why);
    ++m_deviations;
    const Reply reply = makeReply(554, "5.5.0", "Replay: " + text);
    if (m_state == ServerState::ReceivingChunk) {
        // A refused BDAT is answered after its chunk (RFC 3030 2).
        m_pendingDeviation += reply.toWire();
        ServerEvent e;
        e.type = ServerEvent::Type::ReplySent;
        e.reply = reply;
        m_events.append(std::move(e));
    } else {
        send(reply);
    }
    // RFC 5321 4.5.3.2: a server may give up on a client that keeps erring.
    if (m_deviations >= m_config.maxErrors && m_state != ServerState::ReceivingChunk)
        closeWith(makeReply(421, "4.7.0", m_config.hostname + " Too many deviations, closing"));
}

} // namespace postscope::sandbox
