#pragma once
// Binds the client engine to a real connection: QSslSocket (plain, STARTTLS,
// implicit TLS) or QLocalSocket (Unix socket, LMTP's usual home), with a
// deadline per step that a trickling server cannot extend, and certificate
// checks that fail closed. One signal per
// wire event; the transcript, the GUI and the CLI listen, none re-parses.

#include "engine/clientengine.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <memory>

class QIODevice;

namespace postscope::session {

enum class Security {
    None,           // plaintext, never upgraded
    StartTls,       // STARTTLS required; fails closed when not offered
    Tls,            // implicit TLS from the first byte (port 465)
    Opportunistic,  // STARTTLS only when offered
};
QString securityName(Security security);              // "none", "starttls", "tls", "opportunistic"
bool parseSecurity(const QString &name, Security *out);

struct SessionOptions
{
    QString host = QStringLiteral("localhost");
    quint16 port = 0;                  // 0: default for the security/dialect (25, 465, 24)
    QString socketPath;                // non-empty: QLocalSocket instead of TCP
    Security security = Security::StartTls;
    engine::Dialect dialect = engine::Dialect::Smtp;
    QByteArray heloName;               // empty: local FQDN, or an address literal like smtplib
    // Each deadline, measured from when its wait began and never extended by
    // what the server sends: the connect, the TLS handshake, each reply (from
    // when the client started waiting for it), and the data transfer (below).
    int timeoutMs = 30000;
    // The whole DATA/BDAT transfer may take timeoutMs plus its octets at this
    // rate (octets per second), and ends sooner when the server takes none of
    // it for timeoutMs. 64 KiB/s: a 50 MiB message may take 13 minutes.
    qint64 minTransferRate = 64 * 1024;
    // AUTH PLAIN/LOGIN over a connection without TLS (a Unix socket counts
    // as plaintext too): refused, with nothing sent, unless allowed here.
    engine::PlaintextAuth plaintextAuth = engine::PlaintextAuth::Refuse;
    QList<QSslCertificate> extraCaCertificates;
    QByteArray trustedFingerprint;     // SHA-256 hex (colons allowed): accept exactly this leaf
    bool pipelining = true;
    bool chunking = true;
    // false: open() stops after the 220 greeting (no EHLO, no STARTTLS) and
    // emits ready(); `postscope-cli raw` sends only what the user typed.
    bool autoHello = true;
    // Step mode (issue 11): hold each command until step() (stepReady()
    // says what it is); pipelining is then off, one command at a time.
    bool stepping = false;

    quint16 effectivePort() const;
};

// Step mode: what the session is about to write, held until step().
struct PendingStep
{
    protocol::Command command; // the command (verb Raw and empty wire for message data)
    qint64 dataBytes = 0;      // message data in this step (after the command, or alone)
    bool isData() const { return command.wire.isEmpty(); }
};

struct TlsInfo
{
    QString protocol;                  // "TLSv1.3"
    QString cipher;                    // "TLS_AES_256_GCM_SHA384"
    bool peerVerified = false;         // chain and host name verified
    bool trustedByFingerprint = false; // accepted only because of --trust-fingerprint
    QList<QSslCertificate> chain;      // leaf first
    QList<QSslError> errors;           // verification errors seen (and overridden, if trusted)
};

class SmtpSession : public QObject
{
    Q_OBJECT
public:
    explicit SmtpSession(SessionOptions options, QObject *parent = nullptr);
    ~SmtpSession() override;

    const SessionOptions &options() const { return m_options; }
    engine::ClientEngine &engine() { return *m_engine; }
    const engine::ClientEngine &engine() const { return *m_engine; }

    // Connects, reads the greeting, says EHLO (HELO/LHLO), upgrades with
    // STARTTLS as the security setting says and says EHLO again. Emits
    // ready() when the session can authenticate or send, or errorOccurred().
    void open();

    quint64 authenticate(std::unique_ptr<auth::SaslClientMechanism> mechanism);
    quint64 send(const engine::Envelope &envelope, std::unique_ptr<engine::MessageSource> data);
    quint64 vrfy(const QByteArray &argument);
    quint64 expn(const QByteArray &argument);
    quint64 help(const QByteArray &argument = {});
    quint64 noop();
    quint64 rset();
    quint64 raw(const QByteArray &line);
    quint64 rawData(const QByteArray &bytes); // ClientEngine::rawData()
    // Step mode (SessionOptions::stepping): every command, and the message
    // data, is held until step(); stepReady() says what is next. No deadline
    // runs while a step is held: nothing is on the wire.
    bool isStepping() const;
    void step();            // write the held step
    void finishSteps();     // write everything held and go on at full speed
    // Says QUIT and closes; emits closed(). Safe to call at any time.
    void quit();
    void abort();

    bool isReady() const { return m_ready; }
    bool isEncrypted() const;
    const TlsInfo &tlsInfo() const { return m_tlsInfo; }
    // Capabilities seen before STARTTLS (the probe reports both).
    const protocol::Capabilities &capabilitiesBeforeTls() const { return m_capsBeforeTls; }
    QString peerDescription() const;   // "127.0.0.1:2525" or the socket path

    // A QIODevice as a MessageSource, read piece by piece (big messages).
    static std::unique_ptr<engine::MessageSource> deviceSource(std::unique_ptr<QIODevice> device,
                                                               qint64 sizeHint = -1);
    // The name for EHLO when none is given: smtplib's rule (local FQDN, or
    // "[address]" when the FQDN has no dot).
    static QByteArray defaultHeloName();

signals:
    void connected();
    void ready();
    void commandSent(const postscope::protocol::Command &command);
    void dataSent(const QByteArray &data);   // message octets exactly as written
    void replyReceived(const postscope::protocol::Reply &reply);
    void stateChanged(postscope::engine::State state);
    void capabilitiesChanged(const postscope::protocol::Capabilities &capabilities);
    void tlsEstablished(const postscope::session::TlsInfo &info);
    void requestFinished(quint64 id, const postscope::protocol::Reply &reply,
                         const postscope::engine::SmtpError &error);
    void transactionFinished(const postscope::engine::TransactionResult &result);
    void errorOccurred(const postscope::engine::SmtpError &error);
    void note(const QString &text);   // local notes for the transcript ("Connected to ...")
    void stepReady(const postscope::session::PendingStep &step); // step mode: held, step() writes it
    void closed();

private:
    struct Private;
    SessionOptions m_options;
    std::unique_ptr<engine::ClientEngine> m_engine;
    std::unique_ptr<Private> d;
    TlsInfo m_tlsInfo;
    protocol::Capabilities m_capsBeforeTls;
    bool m_ready = false;
};

} // namespace postscope::session
