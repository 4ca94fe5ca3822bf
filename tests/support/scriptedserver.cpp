#include "scriptedserver.h"
#include "script.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace postscope::testsupport {

namespace {
constexpr qsizetype receivedCap = 1 << 20;
// Reads per readyRead stay small, so a big message never sits here whole.
constexpr qint64 socketReadBuffer = 256 * 1024;
constexpr qsizetype messageCap = 1 << 20;
// F: keeps at most this much queued in the socket, writing more as it drains.
constexpr qint64 floodHighWater = 256 * 1024;
// X: throttle reads this often.
constexpr int throttleTickMs = 50;
} // namespace

struct ScriptedServer::Step
{
    enum class Kind {
        Send,
        Expect,
        ExpectRegex,
        Raw,
        StartTls,
        Data,
        Bytes,
        Wait,
        Close,
        Abort,
        Silent,
        Trickle,
        Flood,
        Deaf,
        Throttle
    };
    Kind kind = Kind::Send;
    QByteArray text;
    QRegularExpression regex;
    qint64 number = 0;
    int lineNumber = 0;
};

QByteArray unescapeBytes(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\' || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        const char e = text.at(++i);
        switch (e) {
        case 'r':
            out.append('\r');
            break;
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case '\\':
            out.append('\\');
            break;
        case 'x':
            if (i + 2 < text.size()) {
                bool ok = false;
                const int v = text.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out.append(char(v));
                    i += 2;
                    break;
                }
            }
            out.append("\\x");
            break;
        default:
            out.append('\\').append(e);
            break;
        }
    }
    return out;
}

QByteArray ConnectionRecord::receivedAfter(const QByteArray &marker) const
{
    const qsizetype at = received.indexOf(marker);
    if (at < 0)
        return {};
    QByteArray rest = received.mid(at + marker.size());
    if (rest.isNull())
        rest = QByteArray(""); // found, nothing after it: empty, not null
    return rest;
}

// Plays the script on one connection.
class ScriptPlayer : public QObject
{
public:
    using Step = ScriptedServer::Step;

    ScriptPlayer(ScriptedServer *server, int index, QIODevice *device, QSslSocket *ssl,
                 std::shared_ptr<const QList<Step>> steps, bool implicitTls)
        : QObject(server)
        , m_server(server)
        , m_index(index)
        , m_device(device)
        , m_ssl(ssl)
        , m_steps(std::move(steps))
    {
        device->setParent(this);
        if (auto *socket = qobject_cast<QAbstractSocket *>(device))
            socket->setReadBufferSize(socketReadBuffer);
        else if (auto *local = qobject_cast<QLocalSocket *>(device))
            local->setReadBufferSize(socketReadBuffer);
        connect(device, &QIODevice::readyRead, this, &ScriptPlayer::onReadyRead);
        connect(device, &QIODevice::bytesWritten, this, &ScriptPlayer::onBytesWritten);
        m_throttleTimer.setInterval(throttleTickMs);
        connect(&m_throttleTimer, &QTimer::timeout, this, &ScriptPlayer::readThrottled);
        if (m_ssl) {
            connect(m_ssl, &QSslSocket::encrypted, this, [this] {
                record.encrypted = true;
                m_waitingTls = false;
                advance();
            });
            connect(m_ssl, &QAbstractSocket::errorOccurred, this,
                    [this](QAbstractSocket::SocketError e) {
                        if (e == QAbstractSocket::SslHandshakeFailedError
                            || (m_waitingTls && e != QAbstractSocket::RemoteHostClosedError))
                            record.tlsError = m_ssl->errorString();
                        else if (m_waitingTls)
                            record.tlsError
                                = QStringLiteral("the client closed during the TLS handshake");
                    });
            connect(m_ssl, &QAbstractSocket::disconnected, this, &ScriptPlayer::onClosed);
        } else if (auto *local = qobject_cast<QLocalSocket *>(device)) {
            connect(local, &QLocalSocket::disconnected, this, &ScriptPlayer::onClosed);
        }
        if (implicitTls) {
            m_waitingTls = true;
            m_ssl->setSslConfiguration(server->m_tls);
            m_ssl->startServerEncryption();
        } else {
            QTimer::singleShot(0, this, &ScriptPlayer::advance);
        }
    }

    ConnectionRecord record;

private:
    void mismatch(const QString &what)
    {
        const int line = m_pc < m_steps->size() ? m_steps->at(m_pc).lineNumber : 0;
        record.mismatches.append(line ? QStringLiteral("script line %1: %2").arg(line).arg(what)
                                      : what);
        m_ended = true;
        closeConnection(false);
    }

    void closeConnection(bool hard)
    {
        if (m_ssl) {
            hard ? m_ssl->abort() : m_ssl->disconnectFromHost();
        } else if (auto *local = qobject_cast<QLocalSocket *>(m_device)) {
            hard ? local->abort() : local->disconnectFromServer();
        }
    }

    void write(const QByteArray &bytes)
    {
        record.sentTotal += bytes.size();
        m_device->write(bytes);
    }

    qint64 queued() const
    {
        return m_device->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0);
    }

    bool takeLine(QByteArray *line)
    {
        const qsizetype nl = m_in.indexOf('\n');
        if (nl < 0)
            return false;
        *line = m_in.left(nl + 1);
        m_in.remove(0, nl + 1);
        if (line->endsWith("\r\n"))
            line->chop(2);
        else
            line->chop(1); // a bare LF: keep it visible in the record
        return true;
    }

    void onReadyRead()
    {
        // Deaf or throttled: the bytes stay in the socket (and, once its
        // buffer is full, in the kernel), so the client's writes stall.
        if (m_deaf || m_throttle > 0)
            return;
        take(m_device->readAll());
    }

    void readThrottled()
    {
        if (m_deaf || m_throttle <= 0) {
            m_throttleTimer.stop();
            if (!m_deaf)
                onReadyRead();
            return;
        }
        const QByteArray bytes
            = m_device->read(qMax<qint64>(1, m_throttle * throttleTickMs / 1000));
        if (!bytes.isEmpty())
            take(bytes);
    }

    void onBytesWritten()
    {
        if (m_flooding)
            advance();
    }

    void take(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        record.receivedTotal += bytes.size();
        if (record.received.size() < receivedCap)
            record.received.append(bytes.left(receivedCap - record.received.size()));
        m_in.append(bytes);
        advance();
    }

    void onClosed()
    {
        if (record.closed)
            return;
        if (m_device->bytesAvailable() > 0 && !m_deaf)
            take(m_device->readAll());
        record.closed = true;
        m_flooding = false;
        m_throttleTimer.stop();
        emit m_server->connectionFinished(m_index);
    }

    void finishScript()
    {
        if (!record.scriptDone) {
            record.scriptDone = true;
            emit m_server->connectionFinished(m_index);
        }
    }

    // End of data is CRLF "." CRLF (RFC 5321 4.1.1.4); the data starts at a
    // line start, so a virtual CRLF in front makes ".\r\n" alone match too.
    bool consumeData()
    {
        if (!m_inData) {
            m_inData = true;
            m_carry = "\r\n";
            m_dataCount = 0;
            m_dataContent.clear();
        }
        const QByteArray combined = m_carry + m_in;
        const qsizetype end = combined.indexOf("\r\n.\r\n");
        if (end < 0) {
            m_dataCount += m_in.size();
            if (m_dataContent.size() < messageCap)
                m_dataContent.append(m_in.left(messageCap - m_dataContent.size()));
            m_carry = combined.right(4);
            m_in.clear();
            return false;
        }
        // Negative when the terminator began in bytes already counted as data.
        const qsizetype fromIn = end + 2 - m_carry.size();
        const bool complete = m_dataContent.size() == m_dataCount;
        m_dataCount += fromIn;
        if (fromIn >= 0) {
            if (m_dataContent.size() < messageCap)
                m_dataContent.append(m_in.left(qMin(fromIn, messageCap - m_dataContent.size())));
        } else if (complete) {
            m_dataContent.chop(-fromIn);
        }
        m_in.remove(0, end + 5 - m_carry.size());
        record.messageSizes.append(m_dataCount);
        record.messages.append(m_dataContent);
        m_inData = false;
        m_dataContent.clear();
        return true;
    }

    // F: writes while less than floodHighWater waits in the socket; true
    // once every copy is written (bytesWritten calls advance() again).
    bool flood(const Step &step)
    {
        if (!m_flooding) {
            m_flooding = true;
            m_floodLeft = step.number;
        }
        const qint64 perWrite = qMax<qint64>(1, 65536 / step.text.size());
        while (m_floodLeft > 0 && queued() < floodHighWater) {
            const qint64 copies = qMin(m_floodLeft, perWrite);
            write(step.text.repeated(copies));
            m_floodLeft -= copies;
        }
        if (m_floodLeft > 0)
            return false;
        m_flooding = false;
        return true;
    }

    void advance()
    {
        if (m_running)
            return; // re-entered from a signal emitted while writing
        m_running = true;
        while (!m_ended && !m_waitingTls && !m_waitingTimer && !m_silent) {
            if (m_pc >= m_steps->size()) {
                finishScript();
                m_ended = true;
                break;
            }
            const Step &step = m_steps->at(m_pc);
            bool done = true;
            switch (step.kind) {
            case Step::Kind::Send:
                write(step.text + "\r\n");
                break;
            case Step::Kind::Raw:
                write(step.text);
                break;
            case Step::Kind::Expect:
            case Step::Kind::ExpectRegex: {
                QByteArray line;
                if (!takeLine(&line)) {
                    done = false;
                    break;
                }
                record.clientLines.append(line);
                const bool ok = step.kind == Step::Kind::Expect
                    ? line == step.text
                    : step.regex.match(QString::fromUtf8(line)).hasMatch();
                if (!ok) {
                    mismatch(QStringLiteral("expected %1 \"%2\", the client sent \"%3\"")
                                 .arg(step.kind == Step::Kind::Expect ? QStringLiteral("C:")
                                                                      : QStringLiteral("C~"),
                                      QString::fromUtf8(step.text), QString::fromUtf8(line)));
                    m_running = false;
                    return;
                }
                break;
            }
            case Step::Kind::StartTls:
                if (!m_ssl) {
                    mismatch(QStringLiteral("X: starttls on a connection that cannot do TLS"));
                    m_running = false;
                    return;
                }
                if (!m_in.isEmpty()) {
                    mismatch(QStringLiteral(
                                 "the client sent \"%1\" in plaintext before the TLS handshake")
                                 .arg(QString::fromUtf8(m_in)));
                    m_running = false;
                    return;
                }
                ++m_pc;
                m_waitingTls = true;
                m_ssl->setSslConfiguration(m_server->m_tls);
                m_ssl->startServerEncryption();
                continue;
            case Step::Kind::Data:
                done = consumeData();
                break;
            case Step::Kind::Bytes:
                if (m_in.size() < step.number) {
                    done = false;
                } else {
                    m_in.remove(0, step.number);
                }
                break;
            case Step::Kind::Wait:
                ++m_pc;
                m_waitingTimer = true;
                QTimer::singleShot(int(step.number), this, [this] {
                    m_waitingTimer = false;
                    advance();
                });
                continue;
            case Step::Kind::Close:
            case Step::Kind::Abort:
                ++m_pc;
                finishScript();
                m_ended = true;
                closeConnection(step.kind == Step::Kind::Abort);
                m_running = false;
                return;
            case Step::Kind::Silent:
                m_silent = true;
                finishScript();
                break;
            case Step::Kind::Trickle:
            case Step::Kind::Flood:
                if (record.closed) {
                    // The client has gone: nobody to trickle or flood to.
                    m_flooding = false;
                    m_ended = true;
                    m_running = false;
                    return;
                }
                if (step.kind == Step::Kind::Flood) {
                    done = flood(step);
                    break;
                }
                if (m_trickled >= step.text.size()) {
                    m_trickled = 0;
                    break;
                }
                write(step.text.mid(m_trickled++, 1));
                m_waitingTimer = true;
                QTimer::singleShot(int(step.number), this, [this] {
                    m_waitingTimer = false;
                    advance();
                });
                m_running = false;
                return;
            case Step::Kind::Deaf:
                m_deaf = true;
                m_throttleTimer.stop();
                break;
            case Step::Kind::Throttle:
                m_throttle = step.number;
                if (m_throttle > 0)
                    m_throttleTimer.start();
                else
                    take(m_device->readAll());
                break;
            }
            if (!done)
                break;
            ++m_pc;
        }
        if (m_ended && !m_silent && record.scriptDone) {
            // After the end of the script every further line is a mismatch.
            QByteArray line;
            while (takeLine(&line)) {
                record.clientLines.append(line);
                record.mismatches.append(
                    QStringLiteral("after the end of the script the client sent \"%1\"")
                        .arg(QString::fromUtf8(line)));
            }
        }
        m_running = false;
    }

    ScriptedServer *m_server;
    int m_index;
    QIODevice *m_device;
    QSslSocket *m_ssl;
    std::shared_ptr<const QList<Step>> m_steps;
    qsizetype m_pc = 0;
    QByteArray m_in;
    bool m_running = false;
    bool m_ended = false;
    bool m_silent = false;
    bool m_waitingTls = false;
    bool m_waitingTimer = false;
    bool m_inData = false;
    QByteArray m_carry;
    qint64 m_dataCount = 0;
    QByteArray m_dataContent;
    qsizetype m_trickled = 0; // T: octets of the current step sent
    bool m_flooding = false;
    qint64 m_floodLeft = 0; // F: copies still to send
    bool m_deaf = false;
    qint64 m_throttle = 0; // X: throttle, octets per second (0: off)
    QTimer m_throttleTimer;
};

class ScriptedServer::TcpListener : public QTcpServer
{
public:
    explicit TcpListener(ScriptedServer *server)
        : QTcpServer(server)
        , m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_server->adopt(socket, true, m_server->m_mode == Mode::ImplicitTls);
    }

private:
    ScriptedServer *m_server;
};

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_steps(std::make_shared<const QList<Step>>())
{
}

ScriptedServer::~ScriptedServer()
{
    close();
}

void ScriptedServer::setScript(const QByteArray &script)
{
    static const QList<QByteArray> tags {"S:", "C:", "C~", "R:", "T:", "F:", "X:"};
    const Script read = readScript(script, tags);
    m_scriptError = read.error;
    QList<Step> steps;
    for (const ScriptLine &line : read.lines) {
        const int lineNumber = line.number;
        const QByteArray &head = line.tag;
        const QByteArray &rest = line.text;
        Step step;
        step.lineNumber = lineNumber;
        if (head == "S:") {
            step.kind = Step::Kind::Send;
            step.text = rest;
        } else if (head == "C:") {
            step.kind = Step::Kind::Expect;
            step.text = rest;
        } else if (head == "C~") {
            step.kind = Step::Kind::ExpectRegex;
            step.text = rest;
            step.regex
                = QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf8(rest)));
            if (!step.regex.isValid())
                m_scriptError = QStringLiteral("line %1: bad regular expression").arg(lineNumber);
        } else if (head == "R:") {
            step.kind = Step::Kind::Raw;
            step.text = unescapeBytes(rest);
        } else if (head == "T:" || head == "F:") {
            // "T: MS bytes" / "F: N bytes": a number, one space, the bytes.
            const qsizetype space = rest.indexOf(' ');
            bool ok = space > 0;
            step.kind = head == "T:" ? Step::Kind::Trickle : Step::Kind::Flood;
            step.number = ok ? rest.left(space).toLongLong(&ok) : 0;
            step.text = ok ? unescapeBytes(rest.mid(space + 1)) : QByteArray();
            if (!ok || step.number < 0 || step.text.isEmpty()) {
                m_scriptError = QStringLiteral("line %1: expected \"%2 N bytes\"")
                                    .arg(lineNumber)
                                    .arg(QString::fromLatin1(head));
                continue;
            }
        } else { // X:
            const QList<QByteArray> words = rest.simplified().split(' ');
            const QByteArray verb = words.value(0).toLower();
            bool ok = true;
            if (verb == "starttls")
                step.kind = Step::Kind::StartTls;
            else if (verb == "data")
                step.kind = Step::Kind::Data;
            else if (verb == "bytes")
                step.kind = Step::Kind::Bytes, step.number = words.value(1).toLongLong(&ok);
            else if (verb == "wait")
                step.kind = Step::Kind::Wait, step.number = words.value(1).toLongLong(&ok);
            else if (verb == "close")
                step.kind = Step::Kind::Close;
            else if (verb == "abort")
                step.kind = Step::Kind::Abort;
            else if (verb == "silent")
                step.kind = Step::Kind::Silent;
            else if (verb == "deaf")
                step.kind = Step::Kind::Deaf;
            else if (verb == "throttle")
                step.kind = Step::Kind::Throttle, step.number = words.value(1).toLongLong(&ok);
            else
                ok = false;
            if (!ok) {
                m_scriptError = QStringLiteral("line %1: unknown directive \"X: %2\"")
                                    .arg(lineNumber)
                                    .arg(QString::fromUtf8(rest));
                continue;
            }
        }
        steps.append(step);
    }
    m_steps = std::make_shared<const QList<Step>>(std::move(steps));
}

bool ScriptedServer::loadScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_scriptError = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    setScript(file.readAll());
    return m_scriptError.isEmpty();
}

void ScriptedServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool ScriptedServer::listen(Mode mode)
{
    close();
    m_mode = mode;
    m_tcp = new TcpListener(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_tcp->errorString();
        return false;
    }
    return true;
}

bool ScriptedServer::listenLocal(const QString &path)
{
    close();
    m_local = new QLocalServer(this);
    QLocalServer::removeServer(path);
    if (!m_local->listen(path)) {
        m_error = m_local->errorString();
        return false;
    }
    m_socketPath = path;
    connect(m_local, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_local->nextPendingConnection())
            adopt(socket, false, false);
    });
    return true;
}

quint16 ScriptedServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void ScriptedServer::close()
{
    if (m_tcp) {
        m_tcp->close();
        delete m_tcp;
        m_tcp = nullptr;
    }
    if (m_local) {
        m_local->close();
        delete m_local;
        m_local = nullptr;
        m_socketPath.clear();
    }
}

void ScriptedServer::adopt(QIODevice *device, bool sslCapable, bool implicitTls)
{
    const int index = int(m_players.size());
    auto *player = new ScriptPlayer(this, index, device,
                                    sslCapable ? static_cast<QSslSocket *>(device) : nullptr,
                                    m_steps, implicitTls);
    m_players.append(player);
    emit newConnection(index);
}

const ConnectionRecord &ScriptedServer::connection(int index) const
{
    static const ConnectionRecord none;
    if (index < 0 || index >= m_players.size())
        return none;
    return m_players.at(index)->record;
}

QStringList ScriptedServer::mismatches() const
{
    QStringList all;
    if (!m_scriptError.isEmpty())
        all.append(QStringLiteral("script: %1").arg(m_scriptError));
    for (int i = 0; i < m_players.size(); ++i) {
        for (const QString &m : m_players.at(i)->record.mismatches)
            all.append(QStringLiteral("connection %1: %2").arg(i).arg(m));
    }
    return all;
}

bool ScriptedServer::isFinished(int index) const
{
    if (index < 0 || index >= m_players.size())
        return false;
    const ConnectionRecord &r = m_players.at(index)->record;
    return r.scriptDone || r.closed;
}

} // namespace postscope::testsupport
