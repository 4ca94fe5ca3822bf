#pragma once
// `postscope-cli serve --replay TRANSCRIPT`: a recorded session becomes a
// scripted server that answers as the real one did, so a problem seen with
// a real server can be reproduced offline and turned into a test.
//
// Every connection plays the recording from its start. Client commands are
// matched in order, tolerant of what changes from run to run (the EHLO
// name, SIZE and BDAT sizes, dates, Message-ID, MIME boundaries: the masks
// of transcriptdiff.h); a message is compared line by line the same way;
// SASL responses are secrets the recording never held, so any response is
// taken. When the client deviates, the answer is 554 5.5.0 naming what the
// recording has there, a note says what came instead, and the recording
// does not move on. Sans-I/O like ServerEngine, and driven by the same
// sandbox connection (deadlines, TLS, backpressure).

#include "engine/serverconversation.h"
#include "engine/serverengine.h"
#include "protocol/commandparser.h"
#include "protocol/datatransform.h"
#include "transcript/conversation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace postscope::sandbox {

struct ReplayScript
{
    struct Step
    {
        enum class Kind { Command, SaslResponse };
        Kind kind = Kind::Command;
        QByteArray line; // as recorded, no CRLF (redacted form for secrets)
        QByteArray verb; // upper-cased
        QByteArray comparable; // transcript::comparableCommand(line)
        QList<protocol::Reply> replies;
        // DATA answered 354, or a BDAT ... LAST: the recorded message
        // (comparableMessage()) and the replies to its end of data.
        bool hasMessage = false;
        QList<QByteArray> message;
        qint64 messageSize = 0;
        QList<protocol::Reply> messageReplies;
        // Replies the server sent unasked right after (a 421 at a timeout).
        QList<protocol::Reply> unsolicited;
    };
    protocol::Reply greeting; // invalid when the recording starts after it
    QList<protocol::Reply> greetingUnsolicited;
    bool implicitTls = false;
    bool lmtp = false;
    QList<Step> steps;

    // From a transcript's conversation; *error when it holds nothing to play.
    static ReplayScript fromConversation(const transcript::Conversation &conversation,
                                         QString *error);
};

class ReplayEngine : public engine::ServerConversation
{
public:
    ReplayEngine(std::shared_ptr<const ReplayScript> script, engine::ServerConfig config);
    ~ReplayEngine() override;

    const engine::ServerConfig &config() const override { return m_config; }
    void setEncrypted(bool encrypted) override { m_encrypted = encrypted; }
    void start() override;
    void receive(QByteArrayView bytes) override;
    void tlsEstablished() override;
    void connectionClosed() override;
    void resume() override { }
    void deliver(const QList<protocol::Reply> &) override { }
    void closeWith(const protocol::Reply &reply) override;
    void processBuffered() override;

    QByteArray takeOutgoing() override;
    bool hasOutgoing() const override { return !m_out.isEmpty(); }
    QList<engine::ServerEvent> takeEvents() override;
    bool hasEvents() const override { return !m_events.isEmpty(); }

    engine::ServerState state() const override { return m_state; }
    bool isClosed() const override { return m_state == engine::ServerState::Closed; }
    bool isHoldingBack() const override { return m_heldBack; }
    bool wantsInput() const override;
    engine::ClientWait clientWait() const override;
    protocol::Reply makeReply(int code, QByteArrayView enhanced,
                              QByteArrayView text) const override;

    int position() const { return m_next; } // the next step of the script
    int deviations() const { return m_deviations; }

private:
    void process();
    bool processLine();
    bool processData();
    bool processChunk();
    void handleLine(const QByteArray &raw);
    void answer(bool sasl, const QByteArray &line, const QByteArray &redacted,
                const QByteArray &shown, const protocol::CommandLine &cmd,
                const protocol::BdatArgument &bdat);
    void play(const ReplayScript::Step &step);
    void send(const protocol::Reply &reply);
    void sendAll(const QList<protocol::Reply> &replies);
    // 554 5.5.0 "Replay: " + text (after a BDAT's chunk), and a note.
    void deviate(const QByteArray &text, const QString &why);
    bool sameMessage(const ReplayScript::Step &step, const QByteArray &content);
    void messageEnded(const QByteArray &content);
    void note(const QString &text);
    void close();

    std::shared_ptr<const ReplayScript> m_script;
    engine::ServerConfig m_config;
    engine::ServerState m_state = engine::ServerState::Connected;
    bool m_encrypted = false;
    int m_next = 0;
    int m_deviations = 0;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    bool m_discarding = false; // an over-long line is being dropped
    bool m_heldBack = false;
    bool m_sasl = false; // a 334 came: the next line is a SASL response
    QByteArray m_out;
    QList<engine::ServerEvent> m_events;
    // Message data (DATA) and chunks (BDAT)
    const ReplayScript::Step *m_messageStep = nullptr;
    std::unique_ptr<protocol::DataDecoder> m_decoder;
    qint64 m_chunkRemaining = 0;
    bool m_chunkLast = false;
    bool m_chunkPlays = false; // the chunk's BDAT matched the recording
    QByteArray m_chunks;
    QByteArray m_pendingDeviation; // a refused BDAT's reply, sent after its chunk
};

} // namespace postscope::sandbox
