#pragma once
// The built-in loopback SMTP/LMTP server (ARCHITECTURE.md "The built-in
// sandbox server"): a ServerEngine per connection over TCP on 127.0.0.1
// (STARTTLS), an optional implicit-TLS port and an optional Unix socket;
// received mail goes to a MailStore; a FaultPlan makes it misbehave on demand.

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
    int idleTimeoutMs = 5 * 60 * 1000;     // RFC 5321 4.5.3.2.7: at least 5 minutes

    static QString defaultMaildir();
};

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
    void addConnection(QIODevice *device, const QString &peer, const QString &listener, bool implicitTls);
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
    QHash<SandboxConnection *, quint64> m_connections;
    quint64 m_nextSession = 0;
    quint64 m_messages = 0;
    int m_pendingStores = 0;
    QThreadPool m_pool;
};

} // namespace postscope::sandbox
