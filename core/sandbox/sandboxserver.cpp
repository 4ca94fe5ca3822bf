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

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox::SandboxServer", text);
}

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
class SandboxConnection : public QObject
{
public:
    SandboxConnection(SandboxServer *server, QIODevice *device, quint64 id, QString peer, QString listener,
                      bool implicitTls)
        : QObject(server), m_server(server), m_device(device), m_id(id), m_peer(std::move(peer)),
          m_listener(std::move(listener))
    {
        device->setParent(this);
        engine::ServerConfig cfg = server->m_config.server;
        cfg.tlsAvailable = server->m_certificate.isValid();
        cfg.reportData = server->wantsTranscript();
        cfg.queueIdPrefix = "S" + QByteArray::number(id);
        if (!server->m_config.users.isEmpty()) {
            const QHash<QString, QString> users = server->m_config.users;
            cfg.passwords = [users](const QString &user) -> std::optional<QString> {
                auto it = users.constFind(user);
                if (it == users.cend())
                    return std::nullopt;
                return it.value();
            };
        }
        m_engine = std::make_unique<engine::ServerEngine>(cfg);
        if (!server->m_config.faults.isEmpty()) {
            const bool enhanced = cfg.extensions.testFlag(engine::ServerExtension::EnhancedStatusCodes);
            m_engine->setInterventionHook([server, enhanced](const engine::Checkpoint &cp) {
                return server->m_config.faults.decide(cp, enhanced);
            });
        }

        m_pauseTimer.setSingleShot(true);
        connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
            m_engine->resume();
            pump();
        });
        m_idleTimer.setSingleShot(true);
        m_idleTimer.setInterval(server->m_config.idleTimeoutMs);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            // RFC 5321 4.5.3.2.7: a server may close an idle connection with 421.
            const protocol::Reply r = m_engine->makeReply(421, "4.4.2", "Timeout exceeded, closing connection");
            m_device->write(r.toWire());
            record(transcript::Entry::Direction::Server, transcript::Entry::Kind::Reply, r.toWire());
            closeDevice();
        });

        connect(device, &QIODevice::readyRead, this, &SandboxConnection::onReadyRead);
        m_ssl = qobject_cast<QSslSocket *>(device);
        m_local = qobject_cast<QLocalSocket *>(device);
        if (m_ssl) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setLocalCertificate(server->m_certificate.certificate);
            ssl.setPrivateKey(server->m_certificate.key);
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_ssl->setSslConfiguration(ssl);
            connect(m_ssl, &QSslSocket::encrypted, this, &SandboxConnection::onEncrypted);
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
            connect(m_local, &QLocalSocket::disconnected, this, &SandboxConnection::onDisconnected);
        }
        m_implicitTls = implicitTls;
    }

    void begin()
    {
        note(tr("Connection %1 from %2 (%3)").arg(m_id).arg(m_peer, m_listener));
        m_idleTimer.start();
        if (m_implicitTls && m_ssl) {
            // RFC 8314 3.3: TLS from the first byte; the greeting comes after the handshake.
            m_ssl->startServerEncryption();
            return;
        }
        m_engine->start();
        pump();
    }

    quint64 id() const { return m_id; }

private:
    void onReadyRead()
    {
        if (m_tlsPending)
            return;   // handled when the handshake is over (bytes are then TLS records)
        const QByteArray bytes = m_device->readAll();
        if (bytes.isEmpty())
            return;
        m_idleTimer.start();
        m_engine->receive(bytes);
        pump();
    }

    void onEncrypted()
    {
        m_tlsPending = false;
        const QSslCipher cipher = m_ssl->sessionCipher();
        note(tr("TLS started: %1, %2").arg(cipher.protocolString(), cipher.name()));
        if (m_implicitTls && m_engine->state() == engine::ServerState::Connected) {
            m_engine->setEncrypted(true);
            m_engine->start();
        } else {
            m_engine->tlsEstablished();
        }
        pump();
        if (m_ssl->bytesAvailable() > 0)
            onReadyRead();
    }

    void onDisconnected()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_pauseTimer.stop();
        m_idleTimer.stop();
        m_engine->connectionClosed();
        note(tr("Connection %1 closed").arg(m_id));
        m_server->connectionFinished(this);
    }

    void closeDevice()
    {
        m_pauseTimer.stop();
        m_idleTimer.stop();
        if (m_ssl)
            m_ssl->disconnectFromHost();
        else if (m_local)
            m_local->disconnectFromServer();
        else
            m_device->close();
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
            record(D::Client, K::Command, e.line, e.redacted);
            break;
        case T::ReplySent:
            record(D::Server, K::Reply, e.reply.toWire());
            break;
        case T::DataReceived:
            record(D::Client, K::Data, e.line);
            break;
        case T::MessageReceived: {
            // The store writes on a worker thread, so that one slow disk
            // does not stall every other conversation; the engine waits.
            QPointer<SandboxConnection> self(this);
            m_server->deliver(m_id, e.message, m_peer, m_listener, [self](const QList<protocol::Reply> &replies) {
                if (!self || self->m_finished)
                    return;
                self->m_engine->deliver(replies);
                self->pump();
            });
            break;
        }
        case T::TlsRequested: {
            // Write the 220 first, then drop anything that came in plaintext:
            // Qt 6.4 would otherwise hand it back after the handshake as if
            // it had been encrypted (PEERS.md, RFC 3207 5).
            const QByteArray out = m_engine->takeOutgoing();
            if (!out.isEmpty())
                m_device->write(out);
            m_ssl->flush();
            const QByteArray injected = m_ssl->readAll();
            if (!injected.isEmpty())
                note(tr("Discarded %1 octets sent in plaintext after STARTTLS").arg(injected.size()));
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
    QString m_listener;
    bool m_implicitTls = false;
    bool m_tlsPending = false;
    bool m_closeRequested = false;
    bool m_finished = false;
    std::unique_ptr<engine::ServerEngine> m_engine;
    QTimer m_pauseTimer;
    QTimer m_idleTimer;
};

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
            addConnection(socket, hostUrl(socket->peerAddress(), socket->peerPort()), dialect, false);
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
            addConnection(socket, hostUrl(socket->peerAddress(), socket->peerPort()), QStringLiteral("smtps"), true);
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
                addConnection(socket, QStringLiteral("unix"), dialect, false);
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

void SandboxServer::addConnection(QIODevice *device, const QString &peer, const QString &listener, bool implicitTls)
{
    const quint64 id = ++m_nextSession;
    auto *c = new SandboxConnection(this, device, id, peer, listener, implicitTls);
    m_connections.insert(c, id);
    emit sessionStarted(id, peer);
    c->begin();
}

void SandboxServer::connectionFinished(SandboxConnection *connection)
{
    const quint64 id = m_connections.take(connection);
    if (!id)
        return;
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

    auto finish = [this, sessionId, message, replies, storedIndex, enhanced,
                   done = std::move(done)](const QList<StoredMessage> &stored) mutable {
        for (int k = 0; k < stored.size(); ++k) {
            if (stored[k].ok())
                continue;
            replies[storedIndex[k]] = protocol::Reply::make(
                451, QByteArray(enhanced ? "4.3.0 " : "") + "Local error in processing: cannot store the message");
            transcript::Entry note;
            note.time = QDateTime::currentDateTime();
            note.direction = transcript::Entry::Direction::Note;
            note.kind = transcript::Entry::Kind::Note;
            note.raw = stored[k].error.toUtf8();
            emit transcriptEntry(sessionId, note);
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
