#pragma once
// Binds the client engine to a real connection: QSslSocket (plain, STARTTLS,
// implicit TLS) or QLocalSocket (Unix socket, LMTP's usual home), with a
// deadline per step that a trickling server cannot extend, and certificate
// checks that fail closed. One signal per
// wire event; the transcript, the GUI and the CLI listen, none re-parses.

#include "engine/clientengine.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <functional>
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

// A TLS protocol version, for --tls-min and probe --tls-versions.
enum class TlsVersion { Any, Tls1_0, Tls1_1, Tls1_2, Tls1_3 };
QString tlsVersionName(TlsVersion version); // "any", "1.0", "1.1", "1.2", "1.3"
bool parseTlsVersion(const QString &name, TlsVersion *out); // "1.2", "TLSv1.2", "tls1.2"

// What a certificate the person trusted by exception looked like (its
// SHA-256 decides; the rest says what changed when another one comes).
struct TrustedCertificate
{
    QByteArray sha256; // 64 hex digits, colons allowed
    QString subject; // the rest may be empty (only the fingerprint was given)
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
};

// Which addresses of a host name to try (-4 / -6).
enum class AddressFamily { Any, IPv4, IPv6 };

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
    // SASL: the order `auto` ranks mechanisms in (--auth-order), the kind
    // of secret held (password or bearer token), and whether the decoded
    // AUTH steps (notes) show secrets (only on an explicit request).
    auth::MechanismOrder authOrder = auth::MechanismOrder::Postscope;
    auth::CredentialKind credentialKind = auth::CredentialKind::Password;
    auth::SecretDisplay authStepDisplay = auth::SecretDisplay::Redacted;
    QList<QSslCertificate> extraCaCertificates;
    QByteArray trustedFingerprint;     // SHA-256 hex (colons allowed): accept exactly this leaf
    // An account's trust exceptions for this host (newest first): each
    // accepts exactly its leaf; when another certificate comes, the error
    // says what changed against the newest.
    QList<TrustedCertificate> trustedCertificates;
    // The lowest TLS version to accept (--tls-min); Any: OpenSSL's default.
    TlsVersion tlsMinimum = TlsVersion::Any;
    // Exactly this version (probe --tls-versions); Any: no upper bound.
    TlsVersion tlsExactly = TlsVersion::Any;
    // For probing only: lower OpenSSL's security level to 0 so that TLS 1.0
    // and 1.1 can be tried at all (Debian's SECLEVEL 2 refuses them).
    bool legacyTlsForProbe = false;
    // A TLS client certificate for servers that ask for one (RFC 8446
    // 4.4.2), with its key and any intermediates to send along.
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QList<QSslCertificate> clientCertificateChain;
    bool pipelining = true;
    bool chunking = true;
    // false: open() stops after the 220 greeting (no EHLO, no STARTTLS) and
    // emits ready(); `postscope-cli raw` sends only what the user typed.
    bool autoHello = true;
    // smtplib's source_address: bind to this local address (and port; 0 lets
    // the system pick) before connecting, to test from one address of a
    // multi-homed host. Null: any.
    QHostAddress sourceAddress;
    quint16 sourcePort = 0;
    AddressFamily family = AddressFamily::Any;
    // Non-empty: the addresses to try, in this order, instead of resolving
    // host (an MX the caller looked up, or one address of several); host
    // still names the server for TLS verification and SNI.
    QList<QHostAddress> connectAddresses;
    // Step mode (issue 11): every command, and the message data, waits at
    // the session's step gate until step() (stepReady() says what is next);
    // pipelining is then off, one command at a time.
    bool stepping = false;

    quint16 effectivePort() const;
};

// How many addresses of one host name open() tries at most, in the order
// the resolver gives them (a hostile DNS answer cannot make it try forever).
constexpr int maxConnectAddresses = 16;

// The end of one request: its final reply (invalid when none came) and,
// when it did not succeed, why. Delivered to the request's own callback.
struct RequestResult
{
    quint64 id = 0;
    protocol::Reply reply;
    engine::SmtpError error;
    qint64 elapsedMs = -1; // from writing its command to its end; -1 unknown
    QByteArray mechanism; // login(): the SASL mechanism that was tried
    QList<QByteArray> withheld; // login(): offered, but not used (they would reveal the secret)
    QList<QByteArray> attempts; // login(): every mechanism tried, in order (fallback after 535)
    bool succeeded() const { return !error && (!reply.isValid() || reply.klass() == 2); }
};
using RequestCallback = std::function<void(const RequestResult &result)>;
using TransactionCallback = std::function<void(const engine::TransactionResult &result)>;
// Makes a SASL client mechanism by name (auth::createClientMechanism with
// the credentials bound), or nullptr when it cannot.
using MechanismFactory
    = std::function<std::unique_ptr<auth::SaslClientMechanism>(const QByteArray &name)>;

// What open() did, step by step, with the time each step took: the probe
// reports it, the transcript notes the addresses.
struct OpeningReport
{
    QString remoteAddress; // "127.0.0.1:25" (or the socket path); empty until connected
    QString localAddress; // "127.0.0.1:53412"; empty for a Unix-domain socket
    QStringList failedAddresses; // each address that was tried and failed, with why
    protocol::Reply greeting;
    protocol::Reply hello; // the last reply to EHLO/HELO/LHLO before TLS
    protocol::Reply helloAfterTls; // the same after STARTTLS, or over implicit TLS
    // Milliseconds; -1 when the step was not reached.
    qint64 lookupMs = -1; // the host name's addresses (0 for an address literal)
    qint64 connectMs = -1; // from open() to the connection, every attempt included
    qint64 greetingMs = -1; // from the connection to the greeting
    qint64 helloMs = -1; // from EHLO to its reply (HELO fallback included)
    qint64 startTlsMs = -1; // from STARTTLS to its 220
    qint64 handshakeMs = -1; // the TLS handshake (implicit TLS: after the connection)
    qint64 helloAfterTlsMs = -1;
};

// Step mode: what the session is about to write, held at the step gate.
struct PendingStep
{
    protocol::Command command; // the command; an empty wire: message data alone
    qint64 dataBytes = 0; // message octets in this step (after its command, or alone)
    bool isData() const { return command.wire.isEmpty(); }
};


// What a TLS handshake showed: filled when it ends, well or not (a failed
// handshake keeps the chain and the errors; established stays false).
// session/tlsreport.h turns it into the report people read.
struct TlsInfo
{
    bool established = false;          // the TLS session came up
    QString peerName;                  // the name verified and sent as SNI: the host typed
    QString protocol;                  // "TLSv1.3"
    QString cipher;                    // "TLS_AES_256_GCM_SHA384"
    bool peerVerified = false;         // chain and host name verified
    bool trustedByFingerprint = false; // accepted only because of --trust-fingerprint
    QList<QSslCertificate> chain;      // leaf first
    QList<QSslError> errors;           // verification errors seen (and overridden, if trusted)
    QStringList trustChanges;          // a trusted certificate was expected: what changed (tlsreport.h)
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

    // Connects (each address of the host name in turn), reads the greeting,
    // says EHLO (HELO/LHLO), upgrades with STARTTLS as the security setting
    // says and says EHLO again. Emits ready() when the session can
    // authenticate or send, or errorOccurred().
    void open();

    // Requests. Each returns its id and ends exactly once: the callback gets
    // that request's own result (a send() or checkRecipients() its
    // TransactionResult), also when the request is refused at once or the
    // connection goes first. The callback is stored before the request can
    // end, so no result is lost; with a context object it is not called once
    // the context is destroyed (like QObject::connect). The signals
    // (requestFinished, transactionFinished) still carry every result, for
    // the transcript and the window.
    quint64 hello(const QByteArray &name, QObject *context = nullptr, RequestCallback done = {});
    quint64 authenticate(std::unique_ptr<auth::SaslClientMechanism> mechanism,
                         QObject *context = nullptr, RequestCallback done = {});
    // Logs in with the first mechanism of `preference` (strongest first) that
    // the server offers, made by `create`. The check that the server offers
    // a mechanism (and AUTH at all) is made here and nowhere else in the
    // front ends; choosing the preference order is the caller's (or the
    // account's) business. result.mechanism names the one tried.
    quint64 login(const QList<QByteArray> &preference, const MechanismFactory &create,
                  QObject *context = nullptr, RequestCallback done = {});
    quint64 send(const engine::Envelope &envelope, std::unique_ptr<engine::MessageSource> data,
                 QObject *context = nullptr, TransactionCallback done = {});
    // The RCPT method (engine::ClientEngine::checkRecipients): never DATA.
    quint64 checkRecipients(const engine::Envelope &envelope, QObject *context = nullptr,
                            TransactionCallback done = {});
    quint64 vrfy(const QByteArray &argument, QObject *context = nullptr, RequestCallback done = {});
    quint64 expn(const QByteArray &argument, QObject *context = nullptr, RequestCallback done = {});
    quint64 help(const QByteArray &argument = {}, QObject *context = nullptr,
                 RequestCallback done = {});
    quint64 noop(QObject *context = nullptr, RequestCallback done = {});
    quint64 rset(QObject *context = nullptr, RequestCallback done = {});
    quint64 raw(const QByteArray &line, QObject *context = nullptr, RequestCallback done = {});
    // ClientEngine::rawData(): exact octets after a typed DATA's 354 (the
    // console's /bytes).
    quint64 rawData(const QByteArray &bytes, QObject *context = nullptr,
                    RequestCallback done = {});
    // Says QUIT and closes; emits closed(). Safe to call at any time. The
    // callback gets the reply to QUIT, or an empty result when there was no
    // conversation to end.
    void quit(QObject *context = nullptr, RequestCallback done = {});
    void abort();

    // Step mode (SessionOptions::stepping). The one gate for the CLI's
    // --step and the window: before each command (and before the message
    // data after DATA's 354) the session stops, emits stepReady() and writes
    // nothing until step(). commandSent()/dataSent() come when the bytes
    // really go out. While a step is held no deadline runs: the server owes
    // nothing (pipelining is off, so every earlier command has its reply).
    bool isStepping() const;
    bool hasHeldStep() const;
    void step(); // write the held step
    void finishSteps(); // write what is held and go on at full speed
    // Stop: what is held is never sent, the requests under way end with a
    // Usage error, and the session says QUIT (after "*" when an AUTH
    // exchange waits for a response, RFC 4954 4). When the server is reading
    // message data QUIT would become part of the message: the connection is
    // closed instead, and with no end of data nothing is delivered (RFC 5321
    // 4.1.1.4). A held QUIT is simply sent.
    void stopSteps();

    bool isReady() const { return m_ready; }
    bool isEncrypted() const;
    const TlsInfo &tlsInfo() const { return m_tlsInfo; }
    // Capabilities seen before STARTTLS (the probe reports both).
    const protocol::Capabilities &capabilitiesBeforeTls() const { return m_capsBeforeTls; }
    QString peerDescription() const;   // "127.0.0.1:2525" or the socket path
    const OpeningReport &openingReport() const;

    // A QIODevice as a MessageSource, read piece by piece (big messages).
    static std::unique_ptr<engine::MessageSource> deviceSource(std::unique_ptr<QIODevice> device,
                                                               qint64 sizeHint = -1);
    // The name for EHLO when none is given: smtplib's rule (local FQDN, or
    // "[address]" when the FQDN has no dot).
    static QByteArray defaultHeloName();
    // The system's trusted CAs, read once per process and shared by every
    // session that adds its own trust anchors (reading and parsing the
    // system store costs about 100 ms of CPU). Thread-safe; a caller that
    // comes while another thread reads them waits for that read. CAs added
    // to the system while the process runs are seen by the next process.
    static QList<QSslCertificate> systemCaCertificates();
    // Reads them on a worker thread now, so that the first STARTTLS of a
    // window does not stall its event loop.
    static void preloadSystemCaCertificates();

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
    void stepReady(const postscope::session::PendingStep &step); // step mode: held at the gate
    void closed();

private:
    struct Private;
    SessionOptions m_options;
    std::unique_ptr<Private> d;
    std::unique_ptr<engine::ClientEngine> m_engine;
    TlsInfo m_tlsInfo;
    protocol::Capabilities m_capsBeforeTls;
    bool m_ready = false;
};

} // namespace postscope::session
