#pragma once
// The built-in loopback SMTP/LMTP server (ARCHITECTURE.md "The built-in
// sandbox server"): a ServerEngine per connection over TCP on 127.0.0.1
// (STARTTLS), an optional implicit-TLS port and an optional Unix socket;
// received mail goes to a MailStore; a FaultPlan makes it misbehave on demand.
//
// A hostile client is normal here. Every resource a client can make the
// server spend has a bound (ARCHITECTURE.md "A hostile client is normal"):
// connections, replies queued (the server stops reading from a client that
// does not read its replies), line length, recipients, bytes per
// transaction, and deadlines that trickled bytes cannot stretch.

#include "engine/serverengine.h"
#include "sandbox/faultplan.h"
#include "sandbox/mailstore.h"
#include "sandbox/sandboxcertificate.h"
#include "transcript/transcript.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

class QLocalServer;
class QSslCipher;
class QSslConfiguration;
class QTcpServer;

namespace postscope::sandbox {

class SandboxConnection;

struct SandboxConfig
{
    engine::ServerConfig server;           // dialect, extensions, limits, directory
    bool listenTcp = true;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                      // 0: an ephemeral port
    bool listenTls = false;                // implicit TLS (RFC 8314) on tlsAddress:tlsPort
    QHostAddress tlsAddress = QHostAddress::LocalHost;
    quint16 tlsPort = 0;
    QString socketPath;                    // non-empty: also listen on this Unix socket
    QString maildir;                       // empty: the app data folder's sandbox/maildir
    bool tls = true;                       // have a certificate (STARTTLS, implicit TLS)
    QString certificateFolder;             // empty: SandboxCertificate::defaultFolder()
    QString certificatePath;               // both set: use this pair instead
    QString keyPath;
    QHash<QString, QString> users;         // AUTH: user -> password
    FaultPlan faults;
    // Makes each connection's conversation instead of a ServerEngine (with
    // this connection's config); `serve --replay` plays a recording so.
    std::function<std::unique_ptr<engine::ServerConversation>(const engine::ServerConfig &)>
        conversationFactory;

    // Limits (0: none). Over the connection limits a client gets
    // "421 4.7.0 ... too many connections" and is closed.
    int maxConnections = 100;              // simultaneous connections
    int maxConnectionsPerPeer = 0;         // simultaneous connections from one IP address (TCP)
    // Deadlines, each closing with 421 4.4.2. None is extended by bytes
    // that trickle in (RFC 5321 4.5.3.2.7 asks for at least 5 minutes of
    // waiting for a command).
    int idleTimeoutMs = 5 * 60 * 1000;     // waiting for the next command to begin
    int commandTimeoutMs = 5 * 60 * 1000;  // a command line from its first octet to its end; the TLS
                                           // handshake; a client that does not read its replies
    int dataTimeoutMs = 10 * 60 * 1000;    // one message's data: 354 to the final dot, first BDAT to LAST
    // Replies waiting to be written to one client: past this the server
    // stops reading from it until they drain (backpressure).
    qsizetype maxOutputBacklog = 64 * 1024;

    static QString defaultMaildir();
};

// The sandbox's TLS: TLS 1.2 and 1.3 only, forward-secret AEAD suites only
// (ECDHE/DHE with AES-GCM or ChaCha20-Poly1305, and TLS 1.3's own): no PSK,
// no CBC, no static RSA key exchange (RFC 9325 4.1, 4.2).
bool isModernServerCipher(const QSslCipher &cipher);
QSslConfiguration sandboxTlsConfiguration(const SandboxCertificate &certificate);

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the listeners (and loads or makes the certificate). False and
    // *error set when one of them could not be opened.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    quint16 port() const;
    quint16 tlsPort() const;
    QString socketPath() const;
    // "smtp://127.0.0.1:2525", "smtps://...", "lmtp://...", "lmtp+unix:///path"
    QStringList listenUrls() const;

    const SandboxConfig &config() const { return m_config; }
    MailStore &mailStore() { return m_store; }
    FaultPlan &faultPlan() { return m_config.faults; }
    const SandboxCertificate &certificate() const { return m_certificate; }
    int activeSessions() const { return m_connections.size(); }
    quint64 messagesReceived() const { return m_messages; }

signals:
    void sessionStarted(quint64 sessionId, const QString &peer);
    void sessionFinished(quint64 sessionId);
    void messageReceived(quint64 sessionId, const postscope::engine::ReceivedMessage &message,
                         const QList<postscope::sandbox::StoredMessage> &stored);
    // The server's side of every conversation: C: what the client sent, S:
    // what the server answered, ** notes.
    void transcriptEntry(quint64 sessionId, const postscope::transcript::Entry &entry);

private:
    friend class SandboxConnection;
    // peerAddress: the client's IP address for the per-peer limit (empty: none).
    void addConnection(QIODevice *device, const QString &peer, const QString &peerAddress,
                       const QString &listener, bool implicitTls);
    void connectionFinished(SandboxConnection *connection);
    bool wantsTranscript() const;
    void deliver(quint64 sessionId, const engine::ReceivedMessage &message, const QString &peer,
                 const QString &listener, std::function<void(const QList<protocol::Reply> &)> done);

    SandboxConfig m_config;
    MailStore m_store;
    SandboxCertificate m_certificate;
    QTcpServer *m_tcp = nullptr;
    QTcpServer *m_tls = nullptr;
    QLocalServer *m_local = nullptr;
    QHash<SandboxConnection *, quint64> m_connections;   // every open one, refused ones too
    int m_admitted = 0;                                   // those within the limits
    QHash<QString, int> m_perPeer;                        // admitted, per IP address
    quint64 m_nextSession = 0;
    quint64 m_messages = 0;
    int m_pendingStores = 0;
    QThreadPool m_pool;
};

} // namespace postscope::sandbox
