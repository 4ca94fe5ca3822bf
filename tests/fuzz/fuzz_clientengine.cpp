// libFuzzer target: the client engine fed with arbitrary server bytes, in
// arbitrary pieces, while it tries to hold a whole conversation (EHLO,
// STARTTLS, AUTH, a recipient check, two pipelined transactions, VRFY,
// QUIT). Checks that it never crashes or hangs, never writes a message
// body's end twice, never reports a transaction as sent without a positive
// final reply (nor anyone as delivered by one that was not sent), never
// sends data in a recipient check, and ends every request exactly once.
#include "engine/clientengine.h"

#include <QSet>
#include <cstdint>
#include <cstdlib>

using namespace postscope::engine;

namespace {

class FuzzPlain : public postscope::auth::SaslClientMechanism
{
public:
    QByteArray name() const override { return "PLAIN"; }
    std::optional<QByteArray> initialResponse() override { return QByteArray("\0u\0p", 4); }
    Step respond(QByteArrayView) override { return {}; }
};

void check(bool condition)
{
    if (!condition)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    ClientEngine::Options options;
    options.dialect = (data[0] & 1) ? Dialect::Lmtp : Dialect::Smtp;
    options.usePipelining = data[0] & 2;
    options.useChunking = data[0] & 4;
    options.chunkSize = 1 + (data[1] & 63);
    ClientEngine engine(options);
    engine.connectionEstablished();

    QSet<quint64> pending;
    pending << engine.hello("fuzz.test");
    if (data[0] & 8)
        pending << engine.startTls();
    if (data[0] & 16)
        pending << engine.authenticate(std::make_unique<FuzzPlain>());
    Envelope env;
    env.sender = "a@b";
    env.recipients = {{"x@y", {}}, {"z@y", {}}};
    if (data[0] & 32)
        pending << engine.checkRecipients(env); // the RCPT method: MAIL, RCPT..., RSET
    pending << engine.send(env, std::make_unique<ByteArraySource>(".a\n..\r\nb\rc"));
    pending << engine.send(env, std::make_unique<ByteArraySource>("second\r\n"));
    pending << engine.vrfy("x");
    pending << engine.quit();

    size_t pos = 2;
    int rounds = 0;
    while (pos < size && rounds++ < 10000) {
        // Piece length from the input itself, 1..16 bytes.
        const size_t len = qMin<size_t>(size - pos, 1 + (data[pos] & 15));
        ++pos;
        engine.receive(QByteArrayView(reinterpret_cast<const char *>(data + pos), qMin(len, size - pos)));
        pos += len;
        for (int guard = 0; engine.wantsData() && guard < 1000; ++guard)
            engine.pumpData(7);
        engine.takeOutgoing();
        for (const Event &e : engine.takeEvents()) {
            if (e.type == Event::Type::RequestFinished || e.type == Event::Type::TransactionFinished) {
                check(pending.remove(e.requestId));   // exactly once
            }
            if (e.type == Event::Type::TransactionFinished && !e.transaction.sent) {
                // Nothing sent: nobody reads as delivered (issue 7).
                for (const auto &rcpt : e.transaction.recipients)
                    check(!rcpt.accepted);
            }
            if (e.type == Event::Type::TransactionFinished
                && e.transaction.kind == TransactionResult::Kind::RecipientCheck)
                check(!e.transaction.sent && e.transaction.dataBytes == 0); // never any data
            if (e.type == Event::Type::TransactionFinished && e.transaction.sent) {
                const auto &r = e.transaction;
                if (options.dialect == Dialect::Smtp)
                    check(r.dataReply.klass() == 2);
                bool any = false;
                for (const auto &rcpt : r.recipients)
                    any = any || rcpt.accepted;
                check(any);
                check(!r.error);
            }
        }
        if (engine.state() == State::StartingTls)
            engine.tlsEstablished();
        if (engine.state() == State::Closed)
            break;
    }
    engine.connectionClosed();
    for (const Event &e : engine.takeEvents()) {
        if (e.type == Event::Type::RequestFinished || e.type == Event::Type::TransactionFinished)
            check(pending.remove(e.requestId));
    }
    // After the connection is gone every request has ended.
    check(pending.isEmpty());
    return 0;
}
