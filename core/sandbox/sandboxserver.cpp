#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaMethod>
#include <QPointer>
#include <QThreadPool>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <functional>

namespace postscope::sandbox {

namespace {

// QTcpServer that hands the raw descriptor over, so that the socket can be a
// QSslSocket (STARTTLS, implicit TLS) from the start.
class DescriptorServer : public QTcpServer
{
public:
    std::function<void(qintptr)> onConnection;

protected:
    void incomingConnection(qintptr handle) override
    {
        if (onConnection)
            onConnection(handle);
    }
};

QString hostUrl(const QHostAddress &a, quint16 port)
{
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                                                                          : a.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace

// One conversation: binds a ServerEngine to a socket, timers and the store.
//
// Reading is driven by what the engine and the socket can take, never by
// what the client sends: at most readSlice octets are read at a time, only
// while the engine wantsInput() and fewer than maxOutputBacklog octets of
// replies wait to be written. Unread input stays in the socket (whose read
// buffer is bounded too), so TCP flow control slows a client that does not
// read its replies, instead of the server queueing them without end.
class SandboxConnection : public QObject
{
public:
    // Its sentences belong with the server's (without Q_OBJECT, tr() would
    // be QObject's, under the context "QObject").
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("postscope::sandbox::SandboxServer", text);
    }

    SandboxConnection(SandboxServer *server, QIODevice *device, quint64 id, QString peer,
                      QString peerAddress, QString listener, bool implicitTls,
                      protocol::Reply refusal)
        : QObject(server)
        , m_server(server)
        , m_device(device)
        , m_id(id)
        , m_peer(std::move(peer))
        , m_peerAddress(std::move(peerAddress))
        , m_listener(std::move(listener))
        , m_refusal(std::move(refusal))
    {
        device->setParent(this);
        m_ssl = qobject_cast<QSslSocket *>(device);
        m_local = qobject_cast<QLocalSocket *>(device);
        const SandboxConfig &config = server->m_config;
        engine::ServerConfig cfg = config.server;
        // RFC 3207: STARTTLS only where TLS can run: with a certificate, over
        // TCP. A Unix socket (QLocalSocket) has no TLS layer.
        cfg.tlsAvailable = server->m_certificate.isValid() && m_ssl != nullptr;
        cfg.reportData = server->wantsTranscript();
        cfg.queueIdPrefix = "S" + QByteArray::number(id);
        if (!config.users.isEmpty()) {
            const QHash<QString, QString> users = config.users;
            cfg.passwords = [users](const QString &user) -> std::optional<QString> {
                auto it = users.constFind(user);
                if (it == users.cend())
                    return std::nullopt;
                return it.value();
            };
        }
        if (config.conversationFactory) {
            m_engine = config.conversationFactory(cfg);
        } else {
            auto smtp = std::make_unique<engine::ServerEngine>(cfg);
            if (!config.faults.isEmpty()) {
                const bool enhanced
                    = cfg.extensions.testFlag(engine::ServerExtension::EnhancedStatusCodes);
                smtp->setInterventionHook([server, enhanced](const engine::Checkpoint &cp) {
                    return server->m_config.faults.decide(cp, enhanced);
                });
            }
            m_engine = std::move(smtp);
        }

        m_pauseTimer.setSingleShot(true);
        connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
            m_engine->resume();
            drive();
        });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &SandboxConnection::onDeadline);
        m_linger.setSingleShot(true);
        connect(&m_linger, &QTimer::timeout, this, [this] {
            // What could not be written in time is dropped: a client that
            // reads nothing must not keep a closed conversation's buffers.
            note(tr("Connection %1: the client did not take the last replies").arg(m_id));
            abortNow();
        });

        connect(device, &QIODevice::readyRead, this, &SandboxConnection::drive);
        connect(device, &QIODevice::bytesWritten, this, &SandboxConnection::drive);
        if (m_ssl) {
            // Bounded: Qt stops reading the socket when this much is unread.
            m_ssl->setReadBufferSize(readBuffer);
            m_ssl->setSslConfiguration(sandboxTlsConfiguration(server->m_certificate));
            connect(m_ssl, &QSslSocket::encrypted, this, &SandboxConnection::onEncrypted);
            connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &SandboxConnection::drive);
            connect(m_ssl, &QAbstractSocket::disconnected, this, &SandboxConnection::onDisconnected);
            connect(m_ssl, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError)
                    note(tr("Socket error: %1").arg(m_ssl->errorString()));
            });
            connect(m_ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    note(tr("TLS error: %1").arg(e.errorString()));
            });
        } else if (m_local) {
            m_local->setReadBufferSize(readBuffer);
            connect(m_local, &QLocalSocket::disconnected, this, &SandboxConnection::onDisconnected);
        }
        m_implicitTls = implicitTls;
    }

    void begin()
    {
        note(tr("Connection %1 from %2 (%3)").arg(m_id).arg(m_peer, m_listener));
        if (m_implicitTls && m_ssl) {
            // RFC 8314 3.3: TLS from the first byte; the greeting (or the
            // refusal) comes after the handshake.
            m_tlsPending = true;
            m_ssl->startServerEncryption();
            updateDeadline();
            return;
        }
        greet();
    }

    quint64 id() const { return m_id; }
    bool admitted() const { return !m_refusal.isValid(); }
    const QString &peerAddress() const { return m_peerAddress; }

private:
    static constexpr qint64 readSlice = 16 * 1024;
    static constexpr qint64 readBuffer = 64 * 1024;
    static constexpr int lingerMs = 5000;

    enum class Phase { None, Idle, Command, Data, Handshake, Blocked };

    void greet()
    {
        if (m_refusal.isValid()) {
            // Over a connection limit: say why, then close (RFC 5321 3.8).
            note(tr("Connection %1 refused: %2")
                     .arg(m_id)
                     .arg(QString::fromUtf8(m_refusal.lines.join(' '))));
            m_engine->closeWith(m_refusal);
        } else {
            m_engine->start();
        }
        drive();
    }

    qint64 backlog() const
    {
        return m_device->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0);
    }
    bool outputBlocked() const
    {
        const qsizetype limit = m_server->m_config.maxOutputBacklog;
        return limit > 0 && backlog() >= limit;
    }

    // Everything that moves the conversation on: take the engine's output
    // and events, then feed it more only as far as the bounds allow.
    void drive()
    {
        if (m_driving) {
            m_again = true;
            return;
        }
        m_driving = true;
        do {
            m_again = false;
            pump();
            if (m_finished || m_closing || m_engine->isClosed())
                break;
            // Backpressure: resumed by bytesWritten once the client reads.
            if (outputBlocked())
                break;
            if (m_engine->isHoldingBack()) {
                m_engine->processBuffered();
                m_again = true;
                continue;
            }
            if (!m_tlsPending && m_engine->wantsInput() && m_device->bytesAvailable() > 0) {
                const QByteArray bytes = m_device->read(readSlice);
                if (!bytes.isEmpty()) {
                    m_engine->receive(bytes);
                    m_again = true;
                }
            }
        } while (m_again);
        m_driving = false;
        updateDeadline();
    }

    void onEncrypted()
    {
        m_tlsPending = false;
        const QSslCipher cipher = m_ssl->sessionCipher();
        note(tr("TLS started: %1, %2").arg(cipher.protocolString(), cipher.name()));
        if (m_implicitTls && m_engine->state() == engine::ServerState::Connected) {
            m_engine->setEncrypted(true);
            greet();
            return;
        }
        m_engine->tlsEstablished();
        drive();
    }

    void onDisconnected()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_pauseTimer.stop();
        m_deadline.stop();
        m_linger.stop();
        m_engine->connectionClosed();
        note(tr("Connection %1 closed").arg(m_id));
        m_server->connectionFinished(this);
    }

    void abortNow()
    {
        note(tr("Connection %1 aborted").arg(m_id));
        m_closing = true;
        if (m_ssl)
            m_ssl->abort();
        else if (m_local)
            m_local->abort();
        else
            m_device->close();
        onDisconnected();
    }

    void closeDevice()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_pauseTimer.stop();
        m_deadline.stop();
        if (m_ssl)
            m_ssl->disconnectFromHost();
        else if (m_local)
            m_local->disconnectFromServer();
        else
            m_device->close();
        // disconnectFromHost() waits until everything is written: bounded.
        if (!m_finished)
            m_linger.start(lingerMs);
    }

    // The phase decides which deadline runs. A deadline starts when its
    // phase begins and is not extended by octets that trickle in; only a
    // complete command (or the end of a message) restarts it.
    Phase phase() const
    {
        if (m_finished || m_closing)
            return Phase::None;
        if (m_tlsPending)
            return Phase::Handshake;
        if (outputBlocked())
            return Phase::Blocked;
        switch (m_engine->clientWait()) {
        case engine::ClientWait::Nothing:
            return Phase::None;
        case engine::ClientWait::Command:
            return Phase::Idle;
        case engine::ClientWait::CommandLine:
            return Phase::Command;
        case engine::ClientWait::MessageData:
            return Phase::Data;
        case engine::ClientWait::TlsHandshake:
            return Phase::Handshake;
        }
        return Phase::None;
    }

    void updateDeadline()
    {
        const Phase now = phase();
        const bool progressed = m_commands != m_commandsAtDeadline;
        m_commandsAtDeadline = m_commands;
        if (now == m_phase && !(progressed && (now == Phase::Idle || now == Phase::Command))
            && m_deadline.isActive())
            return;
        m_phase = now;
        const SandboxConfig &c = m_server->m_config;
        int ms = 0;
        switch (now) {
        case Phase::None:
            m_deadline.stop();
            return;
        case Phase::Idle:
            ms = c.idleTimeoutMs;
            break;
        case Phase::Command:
        case Phase::Handshake:
        case Phase::Blocked:
            ms = c.commandTimeoutMs;
            break;
        case Phase::Data:
            ms = c.dataTimeoutMs;
            break;
        }
        if (ms > 0)
            m_deadline.start(ms);
        else
            m_deadline.stop();
    }

    void onDeadline()
    {
        QByteArray why;
        switch (m_phase) {
        case Phase::Idle:
            why = "Idle timeout exceeded";
            break;
        case Phase::Command:
            why = "Command not completed in time";
            break;
        case Phase::Data:
            why = "Message data not completed in time";
            break;
        case Phase::Handshake:
            why = "TLS handshake not completed in time";
            break;
        case Phase::Blocked:
            why = "Replies not read in time";
            break;
        case Phase::None:
            return;
        }
        note(tr("Connection %1: %2, closing").arg(m_id).arg(QString::fromLatin1(why)));
        if (m_tlsPending) {
            // No reply can be understood in the middle of a handshake.
            closeDevice();
            return;
        }
        if (m_phase == Phase::Blocked) {
            // A 421 would only queue behind the replies it does not read.
            abortNow();
            return;
        }
        // RFC 5321 4.5.3.2 / 3.8: a server may close a connection that stalls, with 421.
        m_engine->closeWith(m_engine->makeReply(
            421, "4.4.2", m_engine->config().hostname + ' ' + why + ", closing connection"));
        pump();
        closeDevice();
    }

    void pump()
    {
        for (;;) {
            const QByteArray out = m_engine->takeOutgoing();
            if (!out.isEmpty())
                m_device->write(out);
            if (!m_engine->hasEvents())
                break;
            const QList<engine::ServerEvent> events = m_engine->takeEvents();
            for (const engine::ServerEvent &e : events)
                handle(e);
        }
        if (m_closeRequested && !m_finished) {
            m_closeRequested = false;
            closeDevice();
        }
    }

    void handle(const engine::ServerEvent &e)
    {
        using T = engine::ServerEvent::Type;
        using D = transcript::Entry::Direction;
        using K = transcript::Entry::Kind;
        switch (e.type) {
        case T::CommandReceived:
            ++m_commands;
            record(D::Client, K::Command, e.line, e.redacted);
            break;
        case T::ReplySent:
            // The exact bytes: a misbehaving reply is not what toWire() makes.
            record(D::Server, K::Reply, e.reply.raw.isEmpty() ? e.reply.toWire() : e.reply.raw);
            break;
        case T::DataReceived:
            record(D::Client, K::Data, e.line);
            break;
        case T::MessageReceived: {
            ++m_commands; // the end of a message is progress too
            // The store writes on a worker thread, so that one slow disk
            // does not stall every other conversation; the engine waits.
            QPointer<SandboxConnection> self(this);
            m_server->deliver(m_id, e.message, m_peer, m_listener, [self](const QList<protocol::Reply> &replies) {
                if (!self || self->m_finished)
                    return;
                self->m_engine->deliver(replies);
                self->drive();
            });
            break;
        }
        case T::TlsRequested: {
            if (!m_ssl) {
                // The engine never offers STARTTLS without TLS; should it
                // ask anyway, end the conversation rather than pretend.
                note(tr("TLS requested on a connection that cannot carry it; closing"));
                m_engine->closeWith(m_engine->makeReply(
                    421, "4.7.0",
                    m_engine->config().hostname + " TLS not available, closing connection"));
                break;
            }
            // Write the 220 first, then drop anything that came in plaintext:
            // Qt 6.4 would otherwise hand it back after the handshake as if
            // it had been encrypted (PEERS.md, RFC 3207 5).
            const QByteArray out = m_engine->takeOutgoing();
            if (!out.isEmpty())
                m_device->write(out);
            m_ssl->flush();
            const qint64 injected = m_ssl->skip(m_ssl->bytesAvailable());
            if (injected > 0)
                note(tr("Discarded %1 octets sent in plaintext after STARTTLS").arg(injected));
            m_tlsPending = true;
            m_ssl->startServerEncryption();
            break;
        }
        case T::Authenticated:
            note(tr("Authenticated as %1").arg(e.text));
            break;
        case T::Pause:
            m_pauseTimer.start(e.delayMs);
            break;
        case T::CloseRequested:
            m_closeRequested = true;
            break;
        case T::Note:
            note(e.text);
            break;
        }
    }

    void record(transcript::Entry::Direction direction, transcript::Entry::Kind kind, const QByteArray &raw,
                const QByteArray &redacted = {})
    {
        if (!m_server->wantsTranscript())
            return;
        transcript::Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = direction;
        entry.kind = kind;
        entry.raw = raw;
        entry.redacted = redacted;
        emit m_server->transcriptEntry(m_id, entry);
    }

    void note(const QString &text)
    {
        record(transcript::Entry::Direction::Note, transcript::Entry::Kind::Note, text.toUtf8());
    }

    SandboxServer *m_server;
    QIODevice *m_device;
    QSslSocket *m_ssl = nullptr;
    QLocalSocket *m_local = nullptr;
    quint64 m_id;
    QString m_peer;
    QString m_peerAddress;
    QString m_listener;
    protocol::Reply m_refusal;
    bool m_implicitTls = false;
    bool m_tlsPending = false;
    bool m_closeRequested = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_driving = false;
    bool m_again = false;
    Phase m_phase = Phase::None;
    quint64 m_commands = 0;
    quint64 m_commandsAtDeadline = 0;
    std::unique_ptr<engine::ServerConversation> m_engine;
    QTimer m_pauseTimer;
    QTimer m_deadline;
    QTimer m_linger;
};

bool isModernServerCipher(const QSslCipher &cipher)
{
    const QString name = cipher.name();
    if (name.contains(QLatin1String("PSK")) || name.contains(QLatin1String("SRP")))
        return false;
    // TLS 1.3 (RFC 8446 B.4): every suite is forward-secret; keep the AEADs
    // named by RFC 9325 4.2 (AES-GCM, ChaCha20-Poly1305), not CCM.
    if (name.startsWith(QLatin1String("TLS_")))
        return name.contains(QLatin1String("_GCM_"))
            || name.contains(QLatin1String("CHACHA20_POLY1305"));
    // TLS 1.2: ephemeral key exchange only (no static RSA), AEAD only (no CBC).
    const bool ephemeral
        = name.startsWith(QLatin1String("ECDHE-")) || name.startsWith(QLatin1String("DHE-"));
    const bool aead = name.contains(QLatin1String("AES128-GCM"))
        || name.contains(QLatin1String("AES256-GCM"))
        || name.contains(QLatin1String("CHACHA20-POLY1305"));
    return ephemeral && aead;
}

QSslConfiguration sandboxTlsConfiguration(const SandboxCertificate &certificate)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(certificate.certificate);
    ssl.setPrivateKey(certificate.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    // RFC 8996 / RFC 9325 3.1.1: nothing older than TLS 1.2.
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        if (isModernServerCipher(c))
            ciphers.append(c);
    }
    ssl.setCiphers(ciphers);
    return ssl;
}

QString SandboxConfig::defaultMaildir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox/maildir");
}

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_store(m_config.maildir.isEmpty() ? SandboxConfig::defaultMaildir() : m_config.maildir)
{
    // Storing waits on the disk, not the CPU: more threads than cores help.
    m_pool.setMaxThreadCount(8);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    stop();
    // Misbehaviour is for lessons and tests on this machine only: a server
    // that strips STARTTLS or ends data on a bare LF must not be reachable.
    if (m_config.server.misbehaviours) {
        const bool tcpOpen = m_config.listenTcp && !m_config.address.isLoopback();
        const bool tlsOpen = m_config.listenTls && !m_config.tlsAddress.isLoopback();
        if (tcpOpen || tlsOpen) {
            err = tr("Misbehaviour (--misbehave) is allowed on loopback addresses only");
            return false;
        }
    }
    if (m_config.tls) {
        if (!m_config.certificatePath.isEmpty() && !m_config.keyPath.isEmpty())
            m_certificate = SandboxCertificate::load(m_config.certificatePath, m_config.keyPath);
        else
            m_certificate = SandboxCertificate::loadOrCreate(m_config.certificateFolder.isEmpty()
                                                                 ? SandboxCertificate::defaultFolder()
                                                                 : m_config.certificateFolder);
        if (!m_certificate.isValid()) {
            err = tr("No TLS certificate: %1").arg(m_certificate.error);
            return false;
        }
    }
    if (!QDir().mkpath(m_store.root())) {
        err = tr("Cannot create the Maildir folder %1").arg(m_store.root());
        return false;
    }
    const QString dialect = m_config.server.dialect == engine::Dialect::Lmtp ? QStringLiteral("lmtp")
                                                                               : QStringLiteral("smtp");
    if (m_config.listenTcp) {
        auto *tcp = new DescriptorServer;
        tcp->setParent(this);
        tcp->onConnection = [this, tcp, dialect](qintptr handle) {
            auto *socket = new QSslSocket;
            if (!socket->setSocketDescriptor(handle)) {
                delete socket;
                return;
            }
            Q_UNUSED(tcp);
            addConnection(socket, hostUrl(socket->peerAddress(), socket->peerPort()),
                          socket->peerAddress().toString(), dialect, false);
        };
        if (!tcp->listen(m_config.address, m_config.port)) {
            err = tr("Cannot listen on %1: %2").arg(hostUrl(m_config.address, m_config.port), tcp->errorString());
            delete tcp;
            return false;
        }
        m_tcp = tcp;
    }
    if (m_config.listenTls) {
        if (!m_certificate.isValid()) {
            err = tr("Implicit TLS needs a certificate");
            stop();
            return false;
        }
        auto *tls = new DescriptorServer;
        tls->setParent(this);
        tls->onConnection = [this](qintptr handle) {
            auto *socket = new QSslSocket;
            if (!socket->setSocketDescriptor(handle)) {
                delete socket;
                return;
            }
            addConnection(socket, hostUrl(socket->peerAddress(), socket->peerPort()),
                          socket->peerAddress().toString(), QStringLiteral("smtps"), true);
        };
        if (!tls->listen(m_config.tlsAddress, m_config.tlsPort)) {
            err = tr("Cannot listen on %1: %2").arg(hostUrl(m_config.tlsAddress, m_config.tlsPort), tls->errorString());
            delete tls;
            stop();
            return false;
        }
        m_tls = tls;
    }
    if (!m_config.socketPath.isEmpty()) {
        m_local = new QLocalServer(this);
        m_local->setSocketOptions(QLocalServer::UserAccessOption);
        QLocalServer::removeServer(m_config.socketPath);
        if (!m_local->listen(m_config.socketPath)) {
            err = tr("Cannot listen on the socket %1: %2").arg(m_config.socketPath, m_local->errorString());
            stop();
            return false;
        }
        connect(m_local, &QLocalServer::newConnection, this, [this, dialect] {
            while (QLocalSocket *socket = m_local->nextPendingConnection()) {
                socket->setParent(nullptr);
                addConnection(socket, QStringLiteral("unix"), QString(), dialect, false);
            }
        });
    }
    return true;
}

void SandboxServer::stop()
{
    // Let the stores under way finish, so that no message is half written.
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    const auto connections = m_connections.keys();
    for (SandboxConnection *c : connections)
        delete c;
    m_connections.clear();
    m_admitted = 0;
    m_perPeer.clear();
    delete m_tcp;
    m_tcp = nullptr;
    delete m_tls;
    m_tls = nullptr;
    if (m_local) {
        m_local->close();
        delete m_local;
        m_local = nullptr;
        QFile::remove(m_config.socketPath);
    }
}

bool SandboxServer::isRunning() const
{
    return m_tcp || m_tls || m_local;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

quint16 SandboxServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

QString SandboxServer::socketPath() const
{
    return m_local ? m_local->fullServerName() : QString();
}

QStringList SandboxServer::listenUrls() const
{
    QStringList out;
    const bool lmtp = m_config.server.dialect == engine::Dialect::Lmtp;
    if (m_tcp)
        out << (lmtp ? QStringLiteral("lmtp://") : QStringLiteral("smtp://")) + hostUrl(m_tcp->serverAddress(), port());
    if (m_tls)
        out << QStringLiteral("smtps://") + hostUrl(m_tls->serverAddress(), tlsPort());
    if (m_local)
        out << (lmtp ? QStringLiteral("lmtp+unix://") : QStringLiteral("smtp+unix://")) + socketPath();
    return out;
}

void SandboxServer::addConnection(QIODevice *device, const QString &peer,
                                  const QString &peerAddress, const QString &listener,
                                  bool implicitTls)
{
    // Connection limits: one over gets "421 4.7.0" (RFC 5321 3.8, 4.2.5:
    // 421 may be sent at any time, and the server then closes).
    const bool enhanced
        = m_config.server.extensions.testFlag(engine::ServerExtension::EnhancedStatusCodes);
    const QByteArray prefix = m_config.server.hostname + ' ';
    protocol::Reply refusal;
    if (m_config.maxConnections > 0 && m_admitted >= m_config.maxConnections) {
        refusal = protocol::Reply::make(421,
                                        QByteArray(enhanced ? "4.7.0 " : "") + prefix
                                            + "Too many connections, try again later");
    } else if (m_config.maxConnectionsPerPeer > 0 && !peerAddress.isEmpty()
               && m_perPeer.value(peerAddress) >= m_config.maxConnectionsPerPeer) {
        refusal = protocol::Reply::make(
            421,
            QByteArray(enhanced ? "4.7.0 " : "") + prefix
                + "Too many connections from your address, try again later");
    }
    // Refused connections close at once, but a flood of them is bounded
    // too: past as many as the limit allows, they are dropped unanswered.
    if (refusal.isValid()
        && m_connections.size() - m_admitted >= qMax(m_config.maxConnections, 1)) {
        if (auto *socket = qobject_cast<QAbstractSocket *>(device))
            socket->abort();
        else if (auto *local = qobject_cast<QLocalSocket *>(device))
            local->abort();
        device->deleteLater();
        return;
    }
    const quint64 id = ++m_nextSession;
    auto *c = new SandboxConnection(this, device, id, peer, peerAddress, listener, implicitTls,
                                    refusal);
    m_connections.insert(c, id);
    if (c->admitted()) {
        ++m_admitted;
        if (!peerAddress.isEmpty())
            ++m_perPeer[peerAddress];
    }
    emit sessionStarted(id, peer);
    c->begin();
}

void SandboxServer::connectionFinished(SandboxConnection *connection)
{
    const quint64 id = m_connections.take(connection);
    if (!id)
        return;
    if (connection->admitted()) {
        --m_admitted;
        const QString &address = connection->peerAddress();
        if (!address.isEmpty() && --m_perPeer[address] <= 0)
            m_perPeer.remove(address);
    }
    emit sessionFinished(id);
    connection->deleteLater();
}

bool SandboxServer::wantsTranscript() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&SandboxServer::transcriptEntry);
    return isSignalConnected(signal);
}

void SandboxServer::deliver(quint64 sessionId, const engine::ReceivedMessage &message, const QString &peer,
                            const QString &listener, std::function<void(const QList<protocol::Reply> &)> done)
{
    const bool lmtp = m_config.server.dialect == engine::Dialect::Lmtp;
    const bool enhanced = m_config.server.extensions.testFlag(engine::ServerExtension::EnhancedStatusCodes);

    // DELIVER rules first: a recipient they refuse is not stored.
    QList<protocol::Reply> replies;
    engine::ReceivedMessage toStore = message;
    toStore.recipients.clear();
    QList<int> storedIndex;
    bool anyRefused = false;
    for (int i = 0; i < message.recipients.size(); ++i) {
        const protocol::Reply r = m_config.faults.isEmpty()
            ? protocol::Reply()
            : m_config.faults.decideDelivery(message.recipients[i].address, enhanced);
        replies.append(r);
        if (r.isValid() && !r.isPositive()) {
            anyRefused = true;
            continue;
        }
        toStore.recipients.append(message.recipients[i]);
        storedIndex.append(i);
    }
    // SMTP has one reply for the whole message (RFC 5321 4.1.1.4): refusing
    // it for one recipient refuses it for all.
    if (!lmtp && anyRefused) {
        toStore.recipients.clear();
        storedIndex.clear();
    }
    DeliveryContext ctx;
    ctx.peer = peer;
    ctx.listener = listener;
    ctx.time = QDateTime::currentDateTime();

    auto finish = [this, sessionId, message, replies, storedIndex, enhanced, lmtp,
                   done = std::move(done)](QList<StoredMessage> stored) mutable {
        bool anyFailed = false;
        for (int k = 0; k < stored.size(); ++k) {
            if (stored[k].ok())
                continue;
            anyFailed = true;
            replies[storedIndex[k]] = protocol::Reply::make(
                451, QByteArray(enhanced ? "4.3.0 " : "") + "Local error in processing: cannot store the message");
            transcript::Entry note;
            note.time = QDateTime::currentDateTime();
            note.direction = transcript::Entry::Direction::Note;
            note.kind = transcript::Entry::Kind::Note;
            note.raw = stored[k].error.toUtf8();
            emit transcriptEntry(sessionId, note);
        }
        // SMTP has one reply for the whole message: a 451 must mean nothing
        // was kept, or the client's retry would store it twice.
        if (!lmtp && anyFailed) {
            for (StoredMessage &m : stored) {
                if (!m.ok())
                    continue;
                QFile::remove(m.path);
                QFile::remove(m.envelopePath);
                m.error = tr("Removed again: the message could not be stored for every recipient");
            }
        }
        ++m_messages;
        emit messageReceived(sessionId, message, stored);
        done(replies);
    };
    if (toStore.recipients.isEmpty()) {
        finish({});
        return;
    }
    ++m_pendingStores;
    m_pool.start([this, toStore = std::move(toStore), ctx, finish = std::move(finish)]() mutable {
        const QList<StoredMessage> stored = m_store.store(toStore, ctx);
        QMetaObject::invokeMethod(this, [this, stored, finish = std::move(finish)]() mutable {
            --m_pendingStores;
            finish(stored);
        }, Qt::QueuedConnection);
    });
}

} // namespace postscope::sandbox
