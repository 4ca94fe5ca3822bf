#pragma once
// What a server-side conversation offers its transport (the sandbox's
// connection: socket, TLS, deadlines, backpressure). ServerEngine is the
// SMTP/LMTP server; sandbox::ReplayEngine answers from a recorded
// transcript (`serve --replay`). Sans-I/O: bytes and events in, bytes and
// events out, as ServerEngine documents each call.

#include "protocol/reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace postscope::engine {

struct ServerConfig;
struct ServerEvent;
enum class ServerState;
enum class ClientWait;

class ServerConversation
{
public:
    virtual ~ServerConversation() = default;

    virtual const ServerConfig &config() const = 0;
    virtual void setEncrypted(bool encrypted) = 0;
    virtual void start() = 0;
    virtual void receive(QByteArrayView bytes) = 0;
    virtual void tlsEstablished() = 0;
    virtual void connectionClosed() = 0;
    virtual void resume() = 0;
    virtual void deliver(const QList<protocol::Reply> &replies = {}) = 0;
    virtual void closeWith(const protocol::Reply &reply) = 0;
    virtual void processBuffered() = 0;

    virtual QByteArray takeOutgoing() = 0;
    virtual bool hasOutgoing() const = 0;
    virtual QList<ServerEvent> takeEvents() = 0;
    virtual bool hasEvents() const = 0;

    virtual ServerState state() const = 0;
    virtual bool isClosed() const = 0;
    virtual bool isHoldingBack() const = 0;
    virtual bool wantsInput() const = 0;
    virtual ClientWait clientWait() const = 0;
    virtual protocol::Reply makeReply(int code, QByteArrayView enhanced,
                                      QByteArrayView text) const = 0;
};

} // namespace postscope::engine
