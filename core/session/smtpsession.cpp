#include "session/smtpsession.h"

#include "protocol/printable.h"
#include "session/tlsreport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QIODevice>
#include <QLocalSocket>
#include <QPointer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>

#include <climits>
#include <optional>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace postscope::session {

using engine::Event;
using engine::SmtpError;

namespace {

// Message data is pumped from its source only while less than this waits in
// the socket's buffers: a 50 MiB file streams with flat memory.
constexpr qint64 writeHighWater = 1 << 20;
constexpr qint64 pumpBudget = 256 * 1024;
// At most this much is read from the socket at a time: a server that floods
// cannot make one read (and the copies after it) big; the reply parser's own
// limits end a reply that never ends.
constexpr qint64 socketReadBuffer = 64 * 1024;
// How long quit() waits for the 221 before it closes anyway.
constexpr int quitGraceMs = 3000;
// While message data is in flight, progress is looked at this often.
constexpr qint64 transferPollMs = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::session", text);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
        QT_WARNING_POP
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return QStringLiteral("unknown");
    }
}

QByteArray normalizedFingerprint(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        if (c == ':' || c == ' ' || c == '\t')
            continue;
        out.append(char(QChar::toLower(uint(uchar(c)))));
    }
    return out;
}

QString hostPort(const QString &host, quint16 port)
{
    // IPv6 literals in brackets, as CLI.md writes them.
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// An address as people read it: IPv4-mapped IPv6 as plain IPv4.
QString addressText(QHostAddress address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return hostPort(address.toString(), port);
}

bool isFamily(const QHostAddress &address, QAbstractSocket::NetworkLayerProtocol protocol)
{
    return address.protocol() == protocol;
}

QString localFqdn()
{
    const QString host = QHostInfo::localHostName();
    if (host.contains(QLatin1Char('.')))
        return host;
    const QString domain = QHostInfo::localDomainName();
    if (!host.isEmpty() && !domain.isEmpty())
        return host + QLatin1Char('.') + domain;
    return host;
}

// RFC 5321 4.1.3: address literals, "[192.0.2.1]" or "[IPv6:...]".
QByteArray addressLiteral(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return "[IPv6:" + plain.toString().toLatin1() + ']';
}

// A QIODevice read piece by piece.
class DeviceSource final : public engine::MessageSource
{
    Q_DECLARE_TR_FUNCTIONS(postscope::session::DeviceSource)
public:
    DeviceSource(std::unique_ptr<QIODevice> device, qint64 sizeHint)
        : m_device(std::move(device))
        , m_sizeHint(sizeHint)
    {
        if (m_device && !m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
            m_error = m_device->errorString();
        if (m_sizeHint < 0 && m_device && m_device->isOpen() && !m_device->isSequential())
            m_sizeHint = m_device->size() - m_device->pos();
    }

    qint64 sizeHint() const override { return m_sizeHint; }

    QByteArray read(qint64 maxBytes) override
    {
        if (!m_device || !m_error.isEmpty())
            return {};
        QByteArray out = m_device->read(maxBytes);
        if (out.isEmpty() && !m_device->atEnd())
            m_error = m_device->errorString().isEmpty() ? tr("the message could not be read")
                                                        : m_device->errorString();
        return out;
    }

    bool atEnd() const override
    {
        if (!m_device)
            return true;
        return m_error.isEmpty() && m_device->atEnd();
    }

    QString errorString() const override { return m_error; }

private:
    std::unique_ptr<QIODevice> m_device;
    qint64 m_sizeHint;
    QString m_error;
};

} // namespace

QString securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::Opportunistic:
        return QStringLiteral("opportunistic");
    }
    return QString();
}

bool parseSecurity(const QString &name, Security *out)
{
    static const Security all[]
        = {Security::None, Security::StartTls, Security::Tls, Security::Opportunistic};
    for (Security s : all) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Any:
        return QStringLiteral("any");
    case TlsVersion::Tls1_0:
        return QStringLiteral("1.0");
    case TlsVersion::Tls1_1:
        return QStringLiteral("1.1");
    case TlsVersion::Tls1_2:
        return QStringLiteral("1.2");
    case TlsVersion::Tls1_3:
        return QStringLiteral("1.3");
    }
    return {};
}

bool parseTlsVersion(const QString &name, TlsVersion *out)
{
    QString text = name.trimmed().toLower();
    for (const QLatin1String prefix : {QLatin1String("tlsv"), QLatin1String("tls")}) {
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    static const TlsVersion all[] = {TlsVersion::Any, TlsVersion::Tls1_0, TlsVersion::Tls1_1,
                                     TlsVersion::Tls1_2, TlsVersion::Tls1_3};
    for (TlsVersion v : all) {
        if (text == tlsVersionName(v)) {
            if (out)
                *out = v;
            return true;
        }
    }
    return false;
}

quint16 SessionOptions::effectivePort() const
{
    if (port != 0)
        return port;
    if (dialect == engine::Dialect::Lmtp)
        return 24; // RFC 2033 4
    if (security == Security::Tls)
        return 465; // RFC 8314 3.3
    return 25;
}

struct SmtpSession::Private
{
    enum class Phase {
        Idle,
        Connecting, // the host name's addresses, the connect (and the implicit TLS handshake)
        Opening, // greeting, EHLO, STARTTLS, EHLO again
        Ready,
        Quitting,
        Closed,
    };

    // A request's own callback, kept until the request ends.
    struct Pending
    {
        QPointer<QObject> context;
        bool guarded = false; // a context was given: skip the callback once it is gone
        RequestCallback onRequest;
        TransactionCallback onTransaction;
        bool alive() const { return !guarded || context; }
    };

    SmtpSession *q;
    QSslSocket *ssl = nullptr;
    QLocalSocket *local = nullptr;
    QIODevice *io = nullptr;
    // One deadline at a time, each measured from when its wait began and
    // never moved by what the server sends (a server that trickles one byte
    // a second must not hold the client): the connect, the TLS handshake,
    // each reply (from when the client started waiting for it: the command
    // went out, or the reply before it came), and the message data transfer.
    enum class Wait {
        None,
        Connect,
        Handshake,
        Reply,
        Transfer, // DATA/BDAT octets going out: a stall limit and a total limit
        QuitGrace,
    };
    QTimer timer; // fires at the current deadline
    QElapsedTimer clock;
    Wait wait = Wait::None;
    qint64 waitStart = 0; // clock ms
    // Transfer progress counts what reached the server, not what our own
    // kernel buffered: octets the socket took (in the kernel's units: TLS
    // records when encrypted), minus what the kernel has not yet had
    // acknowledged (kernelUnsent()). A server that stops reading earns no
    // time from the megabytes our buffers swallow.
    qint64 lastProgress = 0; // Transfer: when the server last took more
    qint64 transferTaken = 0; // Transfer: octets our socket wrote to the kernel
    qint64 transferBase = 0; // Transfer: kernelUnsent() when it began
    qint64 transferDelivered = 0; // Transfer: octets the server took (most seen)
    // The reply that ends a transfer may come as late as the transfer's own
    // allowance: a slow but honest server may still be reading what sat in
    // its own buffers when ours were empty (-1: no such allowance).
    qint64 transferAllowanceEnd = -1;
    Phase phase = Phase::Idle;
    bool draining = false;
    bool again = false;
    bool handshaking = false;
    bool tlsUp = false; // the handshake completed (a server may still end it at once)
    bool transportUp = false; // connected (and for implicit TLS, encrypted)
    bool errorReported = false;
    bool closing = false; // we are closing the transport ourselves
    bool closedEmitted = false;
    bool closedPending = false;
    QList<QSslError> sslErrors;
    bool trustedByFingerprint = false;
    QByteArray seenFingerprint; // the leaf's SHA-256 when the fingerprint did not match
    QHash<quint64, Pending> pending;

    // Step mode: the bytes the engine wrote, held at the gate in steps
    // (each with the events that describe it, emitted when it goes out).
    struct HeldStep
    {
        PendingStep step;
        qint64 size = 0;
        bool announced = false;
        QList<Event> events;
    };
    bool stepping = false;
    QByteArray held;
    QList<HeldStep> heldSteps;
    bool dataFlowing = false; // the message data was let through: the rest follows at once
    // stopSteps(): the session's own QUIT is under way; its replies are read
    // here (the engine has ended), at most stopReplies of them.
    bool stopping = false;
    int stopReplies = 0;
    protocol::ReplyParser stopParser;

    // Connecting: every address of the host name in turn.
    int lookupId = -1;
    QList<QHostAddress> addresses;
    qsizetype nextAddress = 0;
    QString attempt; // the address being tried, "192.0.2.1:25"

    // The opening report (its times come from `clock` above, as do the
    // engine's timings).
    OpeningReport opening;
    qint64 openedAt = -1;
    qint64 transportAt = -1; // the conversation could start (implicit TLS: after the handshake)
    qint64 handshakeAt = -1;
    qint64 startTlsSentAt = -1;

    explicit Private(SmtpSession *session)
        : q(session)
    {
        timer.setSingleShot(true);
        clock.start();
    }

    engine::ClientEngine &engine() { return *q->m_engine; }
    const engine::ClientEngine &engine() const { return *q->m_engine; }
    const SessionOptions &options() const { return q->m_options; }
    qint64 now() const { return clock.elapsed(); }

    qint64 pendingWrite() const
    {
        if (ssl)
            return ssl->bytesToWrite() + ssl->encryptedBytesToWrite();
        return io ? io->bytesToWrite() : 0;
    }

    QByteArray heloName() const
    {
        if (!options().heloName.isEmpty())
            return options().heloName;
        const QString fqdn = localFqdn();
        if (fqdn.contains(QLatin1Char('.')))
            return fqdn.toUtf8();
        // smtplib: no dotted name, so an address literal; ours is the
        // address this connection really comes from.
        if (ssl && !ssl->localAddress().isNull())
            return addressLiteral(ssl->localAddress());
        return QByteArrayLiteral("[127.0.0.1]");
    }

    void reportError(const SmtpError &error)
    {
        if (errorReported)
            return;
        errorReported = true;
        emit q->errorOccurred(error);
    }

    // --- requests and their callbacks

    // Stored before the engine's events are dispatched: a request that ends
    // at once (refused, or the connection already gone) still reaches it.
    void track(quint64 id, QObject *context, RequestCallback onRequest,
               TransactionCallback onTransaction = {})
    {
        if (!onRequest && !onTransaction)
            return;
        Pending p;
        p.context = context;
        p.guarded = context != nullptr;
        p.onRequest = std::move(onRequest);
        p.onTransaction = std::move(onTransaction);
        pending.insert(id, std::move(p));
    }

    std::optional<Pending> takePending(quint64 id)
    {
        const auto it = pending.find(id);
        if (it == pending.end())
            return std::nullopt;
        Pending p = std::move(it.value());
        pending.erase(it);
        if (!p.alive())
            return std::nullopt;
        return p;
    }

    // --- driving the engine

    void drive()
    {
        if (draining) {
            again = true;
            return;
        }
        draining = true;
        QPointer<SmtpSession> guard(q);
        int rounds = 0;
        do {
            again = false;
            const QList<Event> events = engine().takeEvents();
            for (const Event &event : events) {
                dispatch(event);
                if (!guard)
                    return;
            }
            flush();
            if (++rounds > 100000)
                break; // a source that yields nothing forever; bytesWritten resumes us
        } while (again || engine().hasEvents());
        draining = false;
        checkGreetingOnly();
        updateWait();
        emitClosedIfPending();
        announceStep();
    }

    void flush()
    {
        if (!io || closing || !io->isOpen()) {
            // Nothing can go out any more; keep the engine from piling up bytes.
            if (engine().hasOutgoing())
                engine().takeOutgoing();
            return;
        }
        if (engine().hasOutgoing())
            writeOut(engine().takeOutgoing());
        while (engine().wantsData() && held.size() + pendingWrite() < writeHighWater) {
            engine().pumpData(pumpBudget);
            if (!engine().hasOutgoing()) {
                if (engine().hasEvents())
                    again = true;
                break;
            }
            writeOut(engine().takeOutgoing());
            if (engine().hasEvents()) {
                again = true; // emit DataSent (and the like) before pumping more
                break;
            }
        }
    }

    // --- step mode: the gate

    // What the engine wrote goes out, or waits at the gate.
    void writeOut(const QByteArray &bytes)
    {
        if (stepping)
            held += bytes;
        else
            io->write(bytes);
    }

    // A CommandSent or DataSent event in step mode: its bytes (written to
    // `held` in the same order as the events) become a step, or join one.
    void holdStep(const Event &event)
    {
        const bool data = event.type == Event::Type::DataSent;
        const qint64 size = data ? event.data.size() : event.command.wire.size();
        if (data && dataFlowing) {
            // The rest of message data already let through goes at once.
            io->write(held.first(qMin(size, held.size())));
            held.remove(0, qMin(size, held.size()));
            emitWritten(event);
            return;
        }
        dataFlowing = false;
        // Data right after its command (BDAT), or more of the same held
        // data: one step.
        if (data && !heldSteps.isEmpty() && !heldSteps.last().announced) {
            HeldStep &last = heldSteps.last();
            last.size += size;
            last.step.dataBytes += size;
            last.events.append(event);
            return;
        }
        HeldStep step;
        if (!data)
            step.step.command = event.command;
        step.step.dataBytes = data ? size : 0;
        step.size = size;
        step.events.append(event);
        heldSteps.append(std::move(step));
    }

    void emitWritten(const Event &event)
    {
        if (event.type == Event::Type::DataSent) {
            emit q->dataSent(event.data);
            return;
        }
        if (event.command.verb == protocol::Verb::StartTls)
            startTlsSentAt = now();
        emit q->commandSent(event.command);
    }

    void announceStep()
    {
        if (!stepping || heldSteps.isEmpty() || heldSteps.first().announced || closing)
            return;
        heldSteps.first().announced = true;
        emit q->stepReady(heldSteps.first().step);
    }

    void releaseStep()
    {
        if (heldSteps.isEmpty())
            return;
        const HeldStep step = heldSteps.takeFirst();
        if (io && !closing && io->isOpen())
            io->write(held.first(qMin(step.size, held.size())));
        held.remove(0, qMin(step.size, held.size()));
        dataFlowing = step.step.dataBytes > 0;
        QPointer<SmtpSession> guard(q);
        for (const Event &event : step.events) {
            emitWritten(event);
            if (!guard)
                return;
        }
    }

    // stopSteps(): the session's own QUIT has been written; read what comes.
    void readAfterStop(const QByteArray &bytes)
    {
        stopParser.feed(bytes);
        protocol::Reply reply;
        for (;;) {
            const protocol::ReplyParser::Status status = stopParser.next(&reply);
            if (status == protocol::ReplyParser::Status::NeedMore)
                return;
            if (status == protocol::ReplyParser::Status::Error) {
                closeTransport(false);
                return;
            }
            emit q->replyReceived(reply);
            if (--stopReplies <= 0 || reply.code == 221 || reply.code == 421) {
                closeTransport(true);
                return;
            }
        }
    }

    void dispatch(const Event &event)
    {
        switch (event.type) {
        case Event::Type::CommandSent:
            if (stepping) {
                holdStep(event);
                break;
            }
            if (event.command.verb == protocol::Verb::StartTls)
                startTlsSentAt = now();
            emit q->commandSent(event.command);
            break;
        case Event::Type::DataSent:
            if (stepping) {
                holdStep(event);
                break;
            }
            emit q->dataSent(event.data);
            break;
        case Event::Type::ReplyReceived:
            if (!opening.greeting.isValid() && transportUp) {
                opening.greeting = event.reply;
                opening.greetingMs = transportAt >= 0 ? now() - transportAt : -1;
            }
            // The wait for the next reply starts now, however long this one took.
            if (wait == Wait::Reply) {
                waitStart = clock.elapsed();
                transferAllowanceEnd = -1;
            }
            emit q->replyReceived(event.reply);
            break;
        case Event::Type::StateChanged:
            emit q->stateChanged(event.state);
            break;
        case Event::Type::CapabilitiesChanged:
            emit q->capabilitiesChanged(engine().capabilities());
            break;
        case Event::Type::TlsRequested:
            startTls();
            break;
        case Event::Type::RequestFinished: {
            QPointer<SmtpSession> guard(q);
            emit q->requestFinished(event.requestId, event.reply, event.error);
            if (!guard)
                return;
            if (auto p = takePending(event.requestId); p && p->onRequest) {
                RequestResult result;
                result.id = event.requestId;
                result.reply = event.reply;
                result.error = event.error;
                result.elapsedMs = event.elapsedMs;
                result.mechanism = event.mechanism;
                result.withheld = event.withheld;
                result.attempts = event.attempts;
                p->onRequest(result);
            }
            break;
        }
        case Event::Type::AuthStep: {
            // Each AUTH step decoded (core/auth saslsteps), for the
            // transcript and --debug; secrets redacted unless asked for.
            QPointer<SmtpSession> guard(q);
            emit q->note(
                QCoreApplication::translate("postscope::session", "SASL %1").arg(event.text));
            if (!guard)
                return;
            break;
        }
        case Event::Type::TransactionFinished: {
            QPointer<SmtpSession> guard(q);
            emit q->transactionFinished(event.transaction);
            if (!guard)
                return;
            if (auto p = takePending(event.requestId); p && p->onTransaction)
                p->onTransaction(event.transaction);
            break;
        }
        case Event::Type::Error:
            reportError(event.error);
            if (!stopping) // stopSteps() says QUIT itself
                closeTransport(false);
            break;
        }
    }

    // --- the opening sequence: greeting, EHLO, STARTTLS, EHLO again

    void sayHello()
    {
        const quint64 id = engine().hello(heloName());
        track(id, nullptr, [this](const RequestResult &result) { helloFinished(result); });
    }

    void helloFinished(const RequestResult &result)
    {
        const bool afterTls = engine().isEncrypted() || options().security == Security::Tls;
        (afterTls ? opening.helloAfterTls : opening.hello) = result.reply;
        (afterTls ? opening.helloAfterTlsMs : opening.helloMs) = result.elapsedMs;
        if (result.error) {
            failOpen(result.error);
            return;
        }
        if (afterTls) {
            becomeReady();
            return;
        }
        if (local) {
            // QLocalSocket has no TLS. Required STARTTLS still fails
            // closed; opportunistic goes on, since nothing leaves the machine.
            if (options().security == Security::StartTls) {
                failOpen(SmtpError::make(SmtpError::Kind::TlsFailed,
                                         tr("STARTTLS is required but not possible over a "
                                            "Unix-domain socket (use --security none)")));
                return;
            }
            if (options().security != Security::None)
                emit q->note(
                    tr("Unix-domain socket: no TLS (the connection does not leave this machine)"));
            becomeReady();
            return;
        }
        afterFirstHello();
    }

    void afterFirstHello()
    {
        const protocol::Capabilities &caps = engine().capabilities();
        if (options().security == Security::None || options().security == Security::Tls) {
            becomeReady();
            return;
        }
        if (caps.startTls()) {
            q->m_capsBeforeTls = caps;
            const quint64 id = engine().startTls();
            track(id, nullptr, [this](const RequestResult &result) { startTlsFinished(result); });
            return;
        }
        if (options().security == Security::Opportunistic) {
            emit q->note(tr("STARTTLS not offered; going on without TLS"));
            becomeReady();
            return;
        }
        // RFC 3207 4: a client that requires TLS must not go on without it.
        failOpen(SmtpError::make(SmtpError::Kind::TlsFailed, tr("STARTTLS not offered")));
    }

    // Ends at tlsEstablished() (the EHLO over TLS follows from onEncrypted),
    // or with the server's refusal.
    void startTlsFinished(const RequestResult &result)
    {
        const SmtpError &error = result.error;
        if (!error || handshaking || q->isEncrypted() || errorReported
            || engine().state() == engine::State::Closed)
            return;
        if (options().security == Security::Opportunistic) {
            emit q->note(tr("STARTTLS refused (%1); going on without TLS").arg(error.message));
            becomeReady();
            return;
        }
        failOpen(SmtpError {SmtpError::Kind::TlsFailed, error.code, error.enhanced,
                            tr("STARTTLS refused: %1").arg(error.message)});
    }

    void failOpen(const SmtpError &error)
    {
        reportError(error);
        q->quit();
    }

    void becomeReady()
    {
        if (phase != Phase::Opening)
            return;
        phase = Phase::Ready;
        q->m_ready = true;
        emit q->ready();
    }

    // autoHello off: ready as soon as the greeting is in.
    void checkGreetingOnly()
    {
        if (phase == Phase::Opening && !options().autoHello
            && engine().state() == engine::State::Greeted)
            becomeReady();
    }

    void configureTls()
    {
        q->m_tlsInfo = TlsInfo();
        q->m_tlsInfo.peerName = options().host;
        QSslConfiguration config = ssl->sslConfiguration();
        if (!options().extraCaCertificates.isEmpty()) {
            // Adding CAs turns off Qt's on-demand loading of the system
            // store, so name the system CAs explicitly (read once per
            // process: Qt reads the whole store again on every call).
            config.setCaCertificates(SmtpSession::systemCaCertificates()
                                     + options().extraCaCertificates);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (const auto protocol = sslProtocol(); protocol)
            config.setProtocol(*protocol);
        if (options().legacyTlsForProbe) {
            // OpenSSL 3 refuses TLS 1.0/1.1 at security level 1 and above
            // (Debian's default is 2); a probe that asks whether the server
            // still accepts them must be able to offer them (RFC 8996 is
            // why they are reported as a finding, not used).
            config.setBackendConfigurationOption("CipherString", QByteArray("ALL:@SECLEVEL=0"));
        }
        if (!options().clientCertificate.isNull()) {
            // RFC 8446 4.4.2: the leaf first, then what certifies it.
            config.setLocalCertificateChain(QList<QSslCertificate> {options().clientCertificate}
                                            + options().clientCertificateChain);
            config.setPrivateKey(options().clientKey);
        }
        ssl->setSslConfiguration(config);
        // Verify against the name the user typed, never a resolved one;
        // Qt sends the same name as SNI (RFC 6066 3; none for an address).
        ssl->setPeerVerifyName(options().host);
    }

    // The QSsl protocol for --tls-min / an exact version; nullopt: Qt's
    // default (TLS 1.2 or later as OpenSSL's configuration allows).
    std::optional<QSsl::SslProtocol> sslProtocol() const
    {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        switch (options().tlsExactly) {
        case TlsVersion::Tls1_0:
            return QSsl::TlsV1_0;
        case TlsVersion::Tls1_1:
            return QSsl::TlsV1_1;
        case TlsVersion::Tls1_2:
            return QSsl::TlsV1_2;
        case TlsVersion::Tls1_3:
            return QSsl::TlsV1_3;
        case TlsVersion::Any:
            break;
        }
        switch (options().tlsMinimum) {
        case TlsVersion::Tls1_0:
            return QSsl::TlsV1_0OrLater;
        case TlsVersion::Tls1_1:
            return QSsl::TlsV1_1OrLater;
        case TlsVersion::Tls1_2:
            return QSsl::TlsV1_2OrLater;
        case TlsVersion::Tls1_3:
            return QSsl::TlsV1_3OrLater;
        case TlsVersion::Any:
            break;
        }
        QT_WARNING_POP
        return std::nullopt;
    }

    void startTls()
    {
        if (!ssl) {
            engine().tlsFailed(tr("TLS is not available over a Unix-domain socket"));
            return;
        }
        // RFC 3207 5 and Qt 6.4's trap: bytes that arrived in plaintext before
        // the handshake would later be handed over as if they came encrypted.
        if (ssl->bytesAvailable() > 0) {
            engine().tlsFailed(
                tr("plaintext injected after STARTTLS: %1 byte(s) followed the 220 reply")
                    .arg(ssl->bytesAvailable()));
            return;
        }
        if (startTlsSentAt >= 0)
            opening.startTlsMs = now() - startTlsSentAt;
        configureTls();
        handshaking = true;
        handshakeAt = now();
        updateWait(); // the handshake has a deadline of its own
        ssl->startClientEncryption();
    }

    void onEncrypted()
    {
        handshaking = false;
        tlsUp = true;
        if (handshakeAt >= 0)
            opening.handshakeMs = now() - handshakeAt;
        TlsInfo &info = q->m_tlsInfo;
        info = TlsInfo();
        info.established = true;
        info.peerName = options().host;
        info.protocol = protocolName(ssl->sessionProtocol());
        info.cipher = ssl->sessionCipher().name();
        info.chain = ssl->peerCertificateChain();
        info.errors = sslErrors;
        info.trustedByFingerprint = trustedByFingerprint;
        info.peerVerified = sslErrors.isEmpty() && !trustedByFingerprint;
        emit q->tlsEstablished(info);
        const QString peer = info.chain.isEmpty()
            ? options().host
            : info.chain.first().subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(' '));
        emit q->note(tr("TLS started: %1, %2, peer %3").arg(info.protocol, info.cipher, peer));
        if (trustedByFingerprint) {
            QStringList texts;
            for (const QSslError &e : sslErrors)
                texts.append(e.errorString());
            emit q->note(tr("Certificate NOT verified (%1); accepted only because its SHA-256 "
                            "fingerprint matches the trusted one")
                             .arg(texts.join(QStringLiteral("; "))));
        }

        if (phase == Phase::Connecting) {
            // Implicit TLS (RFC 8314): the SMTP conversation starts now.
            transportStarted();
        } else {
            engine().tlsEstablished();
            // RFC 3207 4.2: forget what was learnt before TLS and say EHLO
            // again (in the opening sequence; a console user types their own).
            if (phase == Phase::Opening && options().autoHello)
                sayHello();
        }
        drive();
    }

    void onSslErrors(const QList<QSslError> &errors)
    {
        sslErrors = errors;
        const QSslCertificate leaf = ssl->peerCertificate();
        // Kept for the report also when the handshake is ended here.
        TlsInfo &info = q->m_tlsInfo;
        info = TlsInfo();
        info.peerName = options().host;
        info.chain = ssl->peerCertificateChain();
        info.errors = errors;
        const QList<TrustedCertificate> trusted = trustedCertificates();
        if (trusted.isEmpty())
            return; // fail closed: the handshake ends with SslHandshakeFailedError
        const QByteArray actual
            = leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256).toHex();
        for (const TrustedCertificate &t : trusted) {
            if (!actual.isEmpty() && normalizedFingerprint(t.sha256) == actual) {
                trustedByFingerprint = true;
                ssl->ignoreSslErrors(errors); // exactly these, for exactly this certificate
                return;
            }
        }
        seenFingerprint = actual;
        if (!leaf.isNull()) {
            // What changed against the newest certificate the person trusted.
            const TrustedCertificate &newest = trusted.first();
            CertificateSummary summary;
            summary.sha256 = normalizedFingerprint(newest.sha256);
            summary.subject = newest.subject;
            summary.issuer = newest.issuer;
            summary.notBefore = newest.notBefore;
            summary.notAfter = newest.notAfter;
            info.trustChanges = certificateChanges(summary, leaf);
        }
    }

    // The certificates trusted by exception: an account's (newest first),
    // then --trust-fingerprint.
    QList<TrustedCertificate> trustedCertificates() const
    {
        QList<TrustedCertificate> all = options().trustedCertificates;
        if (!normalizedFingerprint(options().trustedFingerprint).isEmpty())
            all.append(TrustedCertificate {options().trustedFingerprint, {}, {}, {}, {}});
        return all;
    }

    QString sslFailureText() const
    {
        QStringList texts;
        for (const QSslError &e : sslErrors)
            texts.append(QStringLiteral("%1 (%2)").arg(e.errorString(), sslErrorName(e.error())));
        QString text = texts.isEmpty() ? tr("TLS handshake failed: %1").arg(ssl->errorString())
                                       : tr("TLS certificate verification failed for %1: %2")
                                             .arg(options().host, texts.join(QStringLiteral("; ")));
        if (!seenFingerprint.isEmpty()) {
            // The fingerprint always; what else changed when more than the
            // fingerprint of the trusted certificate is known.
            const QStringList &changes = q->m_tlsInfo.trustChanges;
            if (changes.size() <= 1)
                text += tr(" (the certificate's SHA-256 fingerprint %1 is not the trusted one)")
                            .arg(QString::fromLatin1(seenFingerprint));
            else
                text += tr(" (the certificate's SHA-256 fingerprint %1 is not the trusted one; "
                           "the certificate changed since it was trusted: %2)")
                            .arg(QString::fromLatin1(seenFingerprint),
                                 changes.join(QStringLiteral("; ")));
        }
        if (texts.isEmpty() && versionLimited()) {
            // The server and this client have no TLS version in common: OpenSSL
            // says so, or the server just ends the handshake.
            text += looksLikeVersionFailure(ssl->errorString())
                ? tr(" (no TLS version in common: this connection allows %1)")
                      .arg(versionLimitText())
                : tr(" (this connection allows %1; a server that does not offer it ends the "
                     "handshake like this)")
                      .arg(versionLimitText());
        }
        return text;
    }

    // The server closed the connection after the TLS handshake and before
    // its first reply over TLS (the EHLO after STARTTLS, the greeting of
    // implicit TLS).
    bool closedRightAfterHandshake() const
    {
        if (!tlsUp || phase != Phase::Opening)
            return false;
        return options().security == Security::Tls ? !opening.greeting.isValid()
                                                   : !opening.helloAfterTls.isValid();
    }

    QString clientCertificateHint() const
    {
        if (options().clientCertificate.isNull())
            return tr("The server closed the connection right after the TLS handshake, before "
                      "its first reply over TLS: it probably requires a client certificate, and "
                      "none was sent (--client-cert).");
        return tr("The server closed the connection right after the TLS handshake, before its "
                  "first reply over TLS: it probably did not accept the client certificate sent "
                  "(%1).")
            .arg(options().clientCertificate.subjectDisplayName());
    }

    bool versionLimited() const
    {
        return options().tlsExactly != TlsVersion::Any || options().tlsMinimum != TlsVersion::Any;
    }

    QString versionLimitText() const
    {
        if (options().tlsExactly != TlsVersion::Any)
            return tr("only TLS %1").arg(tlsVersionName(options().tlsExactly));
        return tr("TLS %1 or later (--tls-min)").arg(tlsVersionName(options().tlsMinimum));
    }

    static bool looksLikeVersionFailure(const QString &openSslText)
    {
        // OpenSSL's words for it, on either side: "unsupported protocol",
        // "tlsv1 alert protocol version", "wrong version number", "no
        // protocols available".
        for (const char *needle : {"protocol version", "unsupported protocol",
                                   "wrong version number", "no protocols available",
                                   "version too low", "version too high"}) {
            if (openSslText.contains(QLatin1String(needle), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    // --- connecting: the host name's addresses, each in turn

    void startConnecting()
    {
        openedAt = now();
        updateWait(); // the connect (the lookup included) has its deadline
        if (!options().connectAddresses.isEmpty()) {
            opening.lookupMs = 0;
            addressesFound(options().connectAddresses);
            return;
        }
        QHostAddress literal;
        if (literal.setAddress(options().host)) {
            opening.lookupMs = 0;
            addressesFound({literal});
            return;
        }
        lookupId = QHostInfo::lookupHost(options().host, q,
                                         [this](const QHostInfo &info) { onLookedUp(info); });
    }

    void onLookedUp(const QHostInfo &info)
    {
        lookupId = -1;
        if (phase != Phase::Connecting || closing)
            return;
        opening.lookupMs = now() - openedAt;
        if (info.error() != QHostInfo::NoError) {
            connectFailed(
                SmtpError::Kind::ConnectFailed,
                tr("Could not connect to %1: %2")
                    .arg(hostPort(options().host, options().effectivePort()), info.errorString()));
            return;
        }
        addressesFound(info.addresses());
    }

    // Keeps the addresses of the wanted family (-4/-6, and the source
    // address's: a socket bound to IPv4 cannot reach IPv6) and tries them.
    void addressesFound(const QList<QHostAddress> &found)
    {
        QAbstractSocket::NetworkLayerProtocol want = QAbstractSocket::AnyIPProtocol;
        if (options().family == AddressFamily::IPv4)
            want = QAbstractSocket::IPv4Protocol;
        else if (options().family == AddressFamily::IPv6)
            want = QAbstractSocket::IPv6Protocol;
        if (!options().sourceAddress.isNull())
            want = options().sourceAddress.protocol();
        addresses.clear();
        for (const QHostAddress &address : found) {
            if (want == QAbstractSocket::AnyIPProtocol || isFamily(address, want))
                addresses.append(address);
        }
        if (addresses.isEmpty()) {
            const QString family = want == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                         : QStringLiteral("IPv4");
            connectFailed(SmtpError::Kind::ConnectFailed,
                          found.isEmpty()
                              ? tr("Could not connect to %1: no address found").arg(options().host)
                              : tr("Could not connect to %1: it has no %2 address")
                                    .arg(options().host, family));
            return;
        }
        if (addresses.size() > maxConnectAddresses) {
            emit q->note(tr("%1 has %2 addresses; trying the first %3")
                             .arg(options().host)
                             .arg(addresses.size())
                             .arg(maxConnectAddresses));
            addresses = addresses.first(maxConnectAddresses);
        }
        nextAddress = 0;
        connectNext();
    }

    void attachSocket()
    {
        QObject::connect(ssl, &QAbstractSocket::connected, q, [this] { onConnected(); });
        QObject::connect(ssl, &QIODevice::readyRead, q, [this] { onReadyRead(); });
        QObject::connect(ssl, &QIODevice::bytesWritten, q,
                         [this](qint64 bytes) { onBytesWritten(bytes); });
        QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, q,
                         [this](qint64 bytes) { onEncryptedBytesWritten(bytes); });
        QObject::connect(ssl, &QAbstractSocket::disconnected, q, [this] { onDisconnected(); });
        QObject::connect(ssl, &QAbstractSocket::errorOccurred, q,
                         [this](QAbstractSocket::SocketError e) { onSocketError(e); });
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this] { onEncrypted(); });
        QObject::connect(ssl, &QSslSocket::sslErrors, q,
                         [this](const QList<QSslError> &errors) { onSslErrors(errors); });
        ssl->setReadBufferSize(socketReadBuffer);
    }

    void dropSocket()
    {
        if (!ssl)
            return;
        ssl->disconnect(q);
        ssl->abort();
        ssl->deleteLater();
        ssl = nullptr;
        io = nullptr;
    }

    void connectNext()
    {
        const QHostAddress address = addresses.at(nextAddress++);
        const quint16 port = options().effectivePort();
        attempt = addressText(address, port);
        ssl = new QSslSocket(q);
        io = ssl;
        wait = Wait::None;
        updateWait(); // each address has the whole wait
        if (!options().sourceAddress.isNull() || options().sourcePort != 0) {
            // Bind before connect (smtplib's source_address); before the
            // signals are attached, so that a failure is reported once, here.
            QHostAddress from = options().sourceAddress;
            if (from.isNull())
                from = address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                           : QHostAddress::AnyIPv4;
            if (!ssl->bind(from, options().sourcePort)) {
                const QString why = ssl->errorString();
                dropSocket();
                connectFailed(SmtpError::Kind::ConnectFailed,
                              tr("Could not use the source address %1: %2")
                                  .arg(addressText(from, options().sourcePort), why));
                return;
            }
        }
        attachSocket();
        if (options().security == Security::Tls) {
            configureTls();
            // The address to reach, the name to verify and to send as SNI.
            ssl->connectToHostEncrypted(address.toString(), port, options().host);
        } else {
            ssl->connectToHost(address, port);
        }
    }

    // One address did not answer: the next one, or the end.
    void attemptFailed(const QString &why, bool timedOut)
    {
        opening.failedAddresses.append(QStringLiteral("%1: %2").arg(attempt, why));
        emit q->note(tr("Could not connect to %1: %2").arg(attempt, why));
        dropSocket();
        if (nextAddress < addresses.size()) {
            connectNext();
            return;
        }
        const QString where = hostPort(options().host, options().effectivePort());
        QString text;
        if (addresses.size() > 1)
            text = tr("Could not connect to %1: every address failed (%2)")
                       .arg(where, opening.failedAddresses.join(QStringLiteral("; ")));
        else if (timedOut)
            text = tr("Timed out after %1 s connecting to %2")
                       .arg(QString::number(options().timeoutMs / 1000.0), attempt);
        else
            text = tr("Could not connect to %1: %2").arg(where, why);
        connectFailed(timedOut ? SmtpError::Kind::Timeout : SmtpError::Kind::ConnectFailed, text);
    }

    void connectFailed(SmtpError::Kind kind, const QString &text)
    {
        const SmtpError error = SmtpError::make(kind, text);
        engine().fail(error);
        ensureFatal(error);
    }

    // --- transport

    void transportStarted()
    {
        transportUp = true;
        transportAt = now();
        phase = Phase::Opening;
        // Implicit TLS is up already; STARTTLS tells the engine later.
        engine().connectionEstablished(ssl && ssl->isEncrypted() ? engine::Channel::Encrypted
                                                                 : engine::Channel::Plaintext);
        if (options().autoHello)
            sayHello();
    }

    void onConnected()
    {
        opening.connectMs = now() - openedAt;
        opening.remoteAddress = q->peerDescription();
        if (ssl)
            opening.localAddress = addressText(ssl->localAddress(), ssl->localPort());
        emit q->connected();
        if (local) {
            emit q->note(tr("Connected to %1").arg(options().socketPath));
        } else {
            emit q->note(tr("Connected to %1 (%2) from %3")
                             .arg(options().host, opening.remoteAddress, opening.localAddress));
        }
        if (ssl && options().security == Security::Tls && !local) {
            handshaking = true;
            handshakeAt = now();
            updateWait(); // the handshake has a deadline of its own
            return; // onEncrypted() goes on
        }
        transportStarted();
        drive();
    }

    void onReadyRead()
    {
        if (!io || closing)
            return;
        const QByteArray bytes = io->readAll();
        if (bytes.isEmpty())
            return;
        if (stopping) {
            readAfterStop(bytes);
            return;
        }
        // No deadline moves here: bytes from the server are no progress
        // until they complete a reply (the engine says so).
        engine().receive(bytes);
        drive();
    }

    // The socket took bytes we wrote (plaintext octets; TLS records are
    // counted by encryptedBytesWritten, which is progress too).
    void onBytesWritten(qint64 bytes)
    {
        // Encrypted, the kernel's octets are counted by encryptedBytesWritten.
        if (wait == Wait::Transfer && !(ssl && ssl->isEncrypted()))
            transferTaken += qMax<qint64>(0, bytes);
        sampleTransfer();
        if (engine().wantsData())
            drive();
        else
            updateWait(); // the last octets went out: the wait for the reply may begin
    }

    void onEncryptedBytesWritten(qint64 bytes)
    {
        if (wait == Wait::Transfer)
            transferTaken += qMax<qint64>(0, bytes);
        sampleTransfer();
    }

    // Octets written to the kernel that the peer has not yet taken: for TCP
    // not yet acknowledged (Linux SIOCOUTQ), for a Unix socket not yet read.
    // 0 where the system cannot say: then what our socket wrote counts.
    qint64 kernelUnsent() const
    {
#ifdef Q_OS_LINUX
        const qintptr fd = ssl ? ssl->socketDescriptor() : local ? local->socketDescriptor() : -1;
        int unsent = 0;
        if (fd >= 0 && ::ioctl(int(fd), SIOCOUTQ, &unsent) == 0)
            return qMax(0, unsent);
#endif
        return 0;
    }

    void sampleTransfer()
    {
        if (wait != Wait::Transfer)
            return;
        const qint64 delivered = transferTaken + transferBase - kernelUnsent();
        if (delivered > transferDelivered) {
            transferDelivered = delivered;
            lastProgress = clock.elapsed();
        }
    }

    void onDisconnected()
    {
        if (io && !closing && io->bytesAvailable() > 0)
            onReadyRead();
        if (!closing && phase != Phase::Closed) {
            closing = true;
            if (closedRightAfterHandshake()) {
                // RFC 8446 4.4.2 / 4.6.2: in TLS 1.3 a server checks the
                // client's certificate after the client's handshake is over,
                // and ends the connection when it wants one it did not get.
                const SmtpError error
                    = SmtpError::make(SmtpError::Kind::TlsFailed, clientCertificateHint());
                engine().fail(error);
                ensureFatal(error);
            } else {
                // After our QUIT this is the expected end; otherwise the engine
                // reports Disconnected (smtplib's SMTPServerDisconnected).
                engine().connectionClosed();
            }
            drive();
        }
        finishClosed();
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (closing)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError && transportUp && !handshaking)
            return; // onDisconnected() tells the engine
        if (handshaking || error == QAbstractSocket::SslHandshakeFailedError) {
            handshaking = false;
            // sslFailureText() says "TLS handshake failed" or names the
            // certificate's errors itself (engine().tlsFailed() would say it twice).
            const QString why = sslFailureText();
            engine().fail(SmtpError::make(SmtpError::Kind::TlsFailed, why));
            ensureFatal(SmtpError::make(SmtpError::Kind::TlsFailed, why));
            return;
        }
        if (!transportUp) {
            attemptFailed(ssl->errorString(), false);
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        engine().fail(SmtpError::make(SmtpError::Kind::Disconnected,
                                      tr("Connection lost: %1").arg(ssl->errorString())));
        ensureFatal(SmtpError::make(SmtpError::Kind::Disconnected, ssl->errorString()));
    }

    void onLocalError(QLocalSocket::LocalSocketError error)
    {
        if (closing)
            return;
        if (error == QLocalSocket::PeerClosedError && transportUp)
            return; // onDisconnected()
        const SmtpError::Kind kind
            = transportUp ? SmtpError::Kind::Disconnected : SmtpError::Kind::ConnectFailed;
        const QString text = transportUp
            ? tr("Connection lost: %1").arg(local->errorString())
            : tr("Could not connect to %1: %2").arg(options().socketPath, local->errorString());
        engine().fail(SmtpError::make(kind, text));
        ensureFatal(SmtpError::make(kind, text));
    }

    // The engine turns fail()/timedOut() into an Error event; should it ever
    // stay quiet, the session still reports and closes.
    void ensureFatal(const SmtpError &error)
    {
        if (draining) {
            again = true; // the outer drive() dispatches the engine's Error
            return;
        }
        drive();
        if (!errorReported && phase != Phase::Closed) {
            reportError(error);
            closeTransport(false);
        }
    }

    QString peerText() const
    {
        return local ? options().socketPath : hostPort(options().host, options().effectivePort());
    }

    qint64 transferLimitMs() const
    {
        // RFC 5321 4.5.3.2 gives minutes per data block; here the whole
        // transfer gets the timeout plus its octets at the least rate a slow
        // but honest server keeps up (SessionOptions::minTransferRate), so a
        // server that reads a byte now and then cannot hold the client.
        const qint64 rate = qMax<qint64>(1, options().minTransferRate);
        return qint64(options().timeoutMs) + transferDelivered * 1000 / rate;
    }

    qint64 deadline() const
    {
        const qint64 timeout = options().timeoutMs;
        switch (wait) {
        case Wait::None:
            return -1;
        case Wait::Connect:
        case Wait::Handshake:
            return waitStart + timeout;
        case Wait::Reply:
            return qMax(waitStart + timeout, transferAllowanceEnd);
        case Wait::Transfer:
            // Stalled (nothing taken for a whole timeout), or too slow overall.
            return qMin(lastProgress + timeout, waitStart + transferLimitMs());
        case Wait::QuitGrace:
            return waitStart + qMin<qint64>(timeout, quitGraceMs);
        }
        return -1;
    }

    void onTimeout()
    {
        if (wait == Wait::None)
            return;
        sampleTransfer();
        const qint64 now = clock.elapsed();
        if (now < deadline()) {
            // A transfer poll, or the deadline moved (the server took more):
            // the transfer may also be over now.
            updateWait();
            return;
        }
        if (wait == Wait::QuitGrace || phase == Phase::Closed) {
            closeTransport(false); // no 221 in time: close anyway
            return;
        }
        const QString seconds = QString::number(options().timeoutMs / 1000.0);
        QString message;
        switch (wait) {
        case Wait::Connect:
            if (lookupId >= 0) {
                QHostInfo::abortHostLookup(lookupId);
                lookupId = -1;
                wait = Wait::None;
                connectFailed(
                    SmtpError::Kind::Timeout,
                    tr("Timed out after %1 s looking up %2").arg(seconds, options().host));
                return;
            }
            if (ssl && !transportUp && !local) {
                // This address did not answer: the next one gets its own wait.
                wait = Wait::None;
                attemptFailed(tr("no answer within %1 s").arg(seconds), true);
                return;
            }
            message = tr("Timed out after %1 s connecting to %2").arg(seconds, peerText());
            break;
        case Wait::Handshake:
            message
                = tr("Timed out after %1 s in the TLS handshake with %2").arg(seconds, peerText());
            break;
        case Wait::Transfer:
            if (pendingWrite() == 0 && engine().awaitingReply()) {
                // Between BDAT chunks without PIPELINING: a reply is owed.
                message = tr("Timed out after %1 s waiting for %2")
                              .arg(seconds, engine().awaitedReply());
            } else if (lastProgress + options().timeoutMs <= now) {
                message
                    = tr("Timed out sending the message data: the server took none of it for %1 s "
                         "(%2 octets taken so far)")
                          .arg(seconds)
                          .arg(transferDelivered);
            } else {
                message
                    = tr("Timed out after %1 s sending the message data: the server took only %2 "
                         "octets, slower than the least rate allowed (%3 octets/s beyond the %4 s "
                         "timeout)")
                          .arg(QString::number((now - waitStart) / 1000.0, 'f', 1))
                          .arg(transferDelivered)
                          .arg(options().minTransferRate)
                          .arg(seconds);
            }
            break;
        case Wait::Reply:
        default: {
            const QString what = engine().awaitedReply();
            message = tr("Timed out after %1 s waiting for %2")
                          .arg(seconds, what.isEmpty() ? tr("the server") : what);
            break;
        }
        }
        wait = Wait::None;
        if (handshaking || phase == Phase::Connecting)
            engine().fail(SmtpError::make(SmtpError::Kind::Timeout, message));
        else
            engine().timedOut(message);
        ensureFatal(SmtpError::make(SmtpError::Kind::Timeout, message));
    }

    Wait currentWait() const
    {
        if (phase == Phase::Closed || closing || phase == Phase::Idle)
            return Wait::None;
        // Step mode: what is held has not reached the server, which owes
        // nothing; no deadline while the person reads what comes next.
        if (stepping && !heldSteps.isEmpty())
            return Wait::None;
        // The short grace for the 221 runs once QUIT is written; requests
        // queued before it keep their own deadlines (and errors).
        if (phase == Phase::Quitting
            && (!transportUp || engine().state() == engine::State::Quitting
                || engine().state() == engine::State::Closed))
            return Wait::QuitGrace;
        if (handshaking)
            return Wait::Handshake;
        if (phase == Phase::Connecting)
            return Wait::Connect;
        // The transfer lasts until the server has taken its last octet: out
        // of our buffers and out of the kernel's. Only then does the wait for
        // the reply to the end of data begin.
        if (engine().wantsData()
            || (wait == Wait::Transfer && (pendingWrite() > 0 || kernelUnsent() > 0)))
            return Wait::Transfer;
        if (engine().awaitingReply())
            return Wait::Reply;
        return Wait::None;
    }

    void armTimer()
    {
        if (wait == Wait::None) {
            timer.stop();
            return;
        }
        qint64 remaining = deadline() - clock.elapsed();
        // No signal tells when the kernel's buffer drains: look again soon.
        if (wait == Wait::Transfer)
            remaining = qMin<qint64>(remaining, transferPollMs);
        timer.start(int(qBound<qint64>(0, remaining, qint64(INT_MAX))));
    }

    // Starts a new deadline when the kind of wait changes; otherwise keeps
    // the one running (re-arming the timer moves no deadline).
    void updateWait()
    {
        const Wait next = currentWait();
        if (next != wait) {
            transferAllowanceEnd = wait == Wait::Transfer && next == Wait::Reply
                ? waitStart + transferLimitMs()
                : -1;
            wait = next;
            waitStart = clock.elapsed();
            if (next == Wait::Transfer) {
                lastProgress = waitStart;
                transferTaken = 0;
                transferDelivered = 0;
                transferBase = kernelUnsent();
            }
        }
        armTimer();
    }

    void closeTransport(bool graceful)
    {
        if (closing && graceful)
            return; // already closing; a hard close may still cut a gentle one short
        closing = true;
        wait = Wait::None;
        timer.stop();
        if (lookupId >= 0) {
            QHostInfo::abortHostLookup(lookupId);
            lookupId = -1;
        }
        if (ssl) {
            if (graceful && ssl->state() == QAbstractSocket::ConnectedState)
                ssl->disconnectFromHost();
            else
                ssl->abort();
            if (ssl->state() == QAbstractSocket::UnconnectedState)
                finishClosed();
        } else if (local) {
            if (graceful && local->state() == QLocalSocket::ConnectedState)
                local->disconnectFromServer();
            else
                local->abort();
            if (local->state() == QLocalSocket::UnconnectedState)
                finishClosed();
        } else {
            finishClosed();
        }
    }

    void finishClosed()
    {
        if (closedEmitted || closedPending)
            return;
        closing = true;
        closedPending = true;
        phase = Phase::Closed;
        q->m_ready = false;
        wait = Wait::None;
        timer.stop();
        endPendingRequests();
        // Inside drive() the events still queued (requests ended by the
        // error) go out first; closed() is the last word.
        if (draining)
            again = true;
        else
            drive();
    }

    // The connection is gone (closed by us: abort(), or no 221 in time):
    // every request still under way ends now, so that each callback is
    // called exactly once. After a written QUIT that is the expected end.
    void endPendingRequests()
    {
        if (engine().state() == engine::State::Closed || engine().isIdle())
            return;
        if (engine().state() == engine::State::Quitting)
            engine().connectionClosed();
        else
            engine().fail(
                SmtpError::make(SmtpError::Kind::Disconnected,
                                tr("The connection was closed before the server answered.")));
    }

    void emitClosedIfPending()
    {
        if (!closedPending || closedEmitted)
            return;
        closedEmitted = true;
        emit q->closed();
    }
};

SmtpSession::SmtpSession(SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    d = std::make_unique<Private>(this);
    // Step mode goes one command at a time: each reply comes before the next
    // step is shown, so a held step never leaves a reply owed.
    if (m_options.stepping)
        m_options.pipelining = false;
    d->stepping = m_options.stepping;
    engine::ClientEngine::Options engineOptions;
    engineOptions.dialect = m_options.dialect;
    engineOptions.usePipelining = m_options.pipelining;
    engineOptions.useChunking = m_options.chunking;
    engineOptions.clock = [this] { return d->now(); };
    engineOptions.plaintextAuth = m_options.plaintextAuth;
    engineOptions.authOrder = m_options.authOrder;
    engineOptions.credentialKind = m_options.credentialKind;
    engineOptions.authStepDisplay = m_options.authStepDisplay;
    m_engine = std::make_unique<engine::ClientEngine>(engineOptions);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->onTimeout(); });
}

SmtpSession::~SmtpSession()
{
    // No signals from a dying session.
    if (d->ssl)
        d->ssl->disconnect(this);
    if (d->local)
        d->local->disconnect(this);
    if (d->lookupId >= 0)
        QHostInfo::abortHostLookup(d->lookupId);
}

void SmtpSession::open()
{
    if (d->phase != Private::Phase::Idle)
        return;
    d->phase = Private::Phase::Connecting;

    if (m_options.socketPath.isEmpty()) {
        d->startConnecting();
        return;
    }
    d->openedAt = d->now();
    if (m_options.security == Security::Tls) {
        d->phase = Private::Phase::Opening;
        d->reportError(SmtpError::make(SmtpError::Kind::TlsFailed,
                                       tr("TLS is not available over a Unix-domain socket")));
        d->finishClosed();
        return;
    }
    d->local = new QLocalSocket(this);
    d->io = d->local;
    connect(d->local, &QLocalSocket::connected, this, [this] { d->onConnected(); });
    connect(d->local, &QLocalSocket::readyRead, this, [this] { d->onReadyRead(); });
    connect(d->local, &QLocalSocket::bytesWritten, this,
            [this](qint64 bytes) { d->onBytesWritten(bytes); });
    connect(d->local, &QLocalSocket::disconnected, this, [this] { d->onDisconnected(); });
    connect(d->local, &QLocalSocket::errorOccurred, this,
            [this](QLocalSocket::LocalSocketError e) { d->onLocalError(e); });
    d->local->setReadBufferSize(socketReadBuffer);
    d->updateWait(); // the connect has its deadline
    d->local->connectToServer(m_options.socketPath);
}

quint64 SmtpSession::hello(const QByteArray &name, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->hello(name);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::authenticate(std::unique_ptr<auth::SaslClientMechanism> mechanism,
                                  QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->authenticate(std::move(mechanism));
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::login(const QList<QByteArray> &preference, const MechanismFactory &create,
                           QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->authenticate(preference, create);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::send(const engine::Envelope &envelope,
                          std::unique_ptr<engine::MessageSource> data, QObject *context,
                          TransactionCallback done)
{
    const quint64 id = m_engine->send(envelope, std::move(data));
    d->track(id, context, {}, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::checkRecipients(const engine::Envelope &envelope, QObject *context,
                                     TransactionCallback done)
{
    const quint64 id = m_engine->checkRecipients(envelope);
    d->track(id, context, {}, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::vrfy(const QByteArray &argument, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->vrfy(argument);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::expn(const QByteArray &argument, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->expn(argument);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::help(const QByteArray &argument, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->help(argument);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::noop(QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->noop();
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::rset(QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->rset();
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::raw(const QByteArray &line, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->raw(line);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

quint64 SmtpSession::rawData(const QByteArray &bytes, QObject *context, RequestCallback done)
{
    const quint64 id = m_engine->rawData(bytes);
    d->track(id, context, std::move(done));
    d->drive();
    return id;
}

void SmtpSession::quit(QObject *context, RequestCallback done)
{
    using Phase = Private::Phase;
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    auto report = [guard, guarded, done](const RequestResult &result) {
        if (done && (!guarded || guard))
            done(result);
    };
    // stopSteps() says QUIT itself (what the engine held never went out).
    if (d->phase == Phase::Closed || d->phase == Phase::Quitting || d->closing || d->stopping) {
        report({});
        return;
    }
    if (d->phase == Phase::Idle) {
        d->finishClosed();
        report({});
        return;
    }
    if (!d->transportUp || m_engine->state() == engine::State::Closed) {
        d->closeTransport(false);
        report({});
        return;
    }
    d->phase = Phase::Quitting;
    const quint64 id = m_engine->quit();
    d->track(id, nullptr, [this, report](const RequestResult &result) {
        d->closeTransport(true);
        report(result);
    });
    d->drive();
}

void SmtpSession::abort()
{
    if (d->phase == Private::Phase::Closed)
        return;
    d->closeTransport(false);
    d->finishClosed();
}

bool SmtpSession::isStepping() const
{
    return d->stepping;
}

bool SmtpSession::hasHeldStep() const
{
    return d->stepping && !d->heldSteps.isEmpty();
}

void SmtpSession::step()
{
    if (!hasHeldStep())
        return;
    QPointer<SmtpSession> guard(this);
    d->releaseStep();
    if (guard)
        d->drive();
}

void SmtpSession::finishSteps()
{
    if (!d->stepping)
        return;
    QPointer<SmtpSession> guard(this);
    d->stepping = false;
    while (!d->heldSteps.isEmpty() && guard)
        d->releaseStep();
    if (!guard)
        return;
    if (!d->held.isEmpty() && d->io && !d->closing && d->io->isOpen())
        d->io->write(std::exchange(d->held, QByteArray()));
    d->held.clear();
    d->drive();
}

void SmtpSession::stopSteps()
{
    if (!hasHeldStep() || d->closing || !d->io) {
        d->stepping = false;
        quit();
        return;
    }
    const PendingStep first = d->heldSteps.first().step;
    if (first.command.verb == protocol::Verb::Quit) {
        step(); // stopping at QUIT is saying it
        return;
    }
    // The server is reading message data after DATA's 354 (a BDAT's chunk
    // is held with its command, so the server is not).
    const bool inData = first.isData();
    const bool inSasl = first.command.verb == protocol::Verb::AuthResponse;
    const QString what = first.isData()
        ? tr("the message data")
        : QString::fromUtf8(protocol::printable(first.command.display()));
    d->stepping = false;
    d->held.clear();
    d->heldSteps.clear();
    d->stopping = true;
    emit note(tr("Stopped in step mode: %1 was not sent").arg(what));
    QPointer<SmtpSession> guard(this);
    m_engine->fail(engine::SmtpError::make(
        engine::SmtpError::Kind::Usage, tr("Stopped in step mode before %1 was sent.").arg(what)));
    d->drive();
    if (!guard || d->closing || !d->io)
        return;
    if (inData) {
        emit note(tr("The server is reading message data: QUIT would become part of the "
                     "message, so the connection is closed without the end of data, and "
                     "nothing is delivered (RFC 5321 4.1.1.4)"));
        d->closeTransport(false);
        return;
    }
    QList<protocol::Command> bye;
    if (inSasl)
        bye.append(protocol::commands::authResponse("*")); // RFC 4954 4: cancels, 501 follows
    bye.append(protocol::commands::quit());
    d->stopReplies = int(bye.size());
    d->phase = Private::Phase::Quitting;
    for (const protocol::Command &c : bye) {
        d->io->write(c.wire);
        emit commandSent(c);
        if (!guard)
            return;
    }
    d->updateWait();
}

bool SmtpSession::isEncrypted() const
{
    return d->ssl && d->ssl->isEncrypted();
}

QString SmtpSession::peerDescription() const
{
    if (!m_options.socketPath.isEmpty())
        return m_options.socketPath;
    if (d->ssl && !d->ssl->peerAddress().isNull())
        return addressText(d->ssl->peerAddress(), d->ssl->peerPort());
    return hostPort(m_options.host, m_options.effectivePort());
}

const OpeningReport &SmtpSession::openingReport() const
{
    return d->opening;
}

std::unique_ptr<engine::MessageSource> SmtpSession::deviceSource(std::unique_ptr<QIODevice> device,
                                                                 qint64 sizeHint)
{
    return std::make_unique<DeviceSource>(std::move(device), sizeHint);
}

QList<QSslCertificate> SmtpSession::systemCaCertificates()
{
    // C++11 6.7: a function-local static is initialised once, and a second
    // thread that arrives meanwhile waits for it.
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

void SmtpSession::preloadSystemCaCertificates()
{
    QThreadPool::globalInstance()->start([] { systemCaCertificates(); });
}

QByteArray SmtpSession::defaultHeloName()
{
    const QString fqdn = localFqdn();
    if (fqdn.contains(QLatin1Char('.')))
        return fqdn.toUtf8();
    // smtplib falls back to "[127.0.0.1]" when it cannot do better; a session
    // uses the local address of its own connection instead.
    return QByteArrayLiteral("[127.0.0.1]");
}

} // namespace postscope::session
