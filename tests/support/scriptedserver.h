#pragma once
// A loopback SMTP/LMTP server that plays a script, for session and interop
// tests (after KDE KIMAP's fakeserver). It listens on 127.0.0.1 with an
// ephemeral port (QSslSocket per connection, so it can do STARTTLS and
// implicit TLS) or on a Unix-domain socket, plays the same script on every
// connection, records what the client sent and reports every mismatch.
//
// Script grammar: one directive per line, read by script.h (the one reader of
// the form). The S:/C: lines are the format of tests/data/transcripts/README.md,
// so a recorded session replays as is.
//
//   S: text          send "text" + CRLF
//   C: text          the client must send exactly the line "text" (CRLF removed)
//   C~ regex         the client must send a line matching regex (whole line)
//   R: bytes         send bytes in one write, with C escapes: \r \n \t \\ \xHH
//                    (e.g. "R: 220 go ahead\r\n250 fake\r\n": plaintext injection)
//   X: starttls      start TLS as the server (RFC 3207) and go on once it is up;
//                    client bytes received before the handshake are a mismatch
//   X: data          read message data up to the end-of-data line (RFC 5321
//                    4.1.1.4, "CRLF.CRLF"); records the size before the final
//                    ".\r\n" and the first MiB of the content (memory stays flat)
//   X: bytes N       read exactly N octets (a BDAT chunk, RFC 3030)
//   X: wait MS       pause MS milliseconds
//   X: close         close the connection (pending writes go out first)
//   X: abort         reset the connection at once
//   X: silent        from here on read and record, never answer (timeout tests)
//   T: MS bytes      trickle: send the bytes (escapes as R:) one octet at a
//                    time, MS milliseconds apart, then go on (a server that
//                    never quite finishes a reply)
//   F: N bytes       flood: send the bytes (escapes as R:) N times over, as
//                    fast as the client reads (at most 256 KiB queued here, so
//                    the server's memory stays flat), then go on; stops when
//                    the client closes (endless lines, endless replies)
//   X: deaf          from here on read nothing more: the kernel's buffers fill
//                    and the client's writes stall (a server that stops
//                    reading in the middle of DATA); directives that need
//                    input wait for ever
//   X: throttle N    from here on read at most N octets a second (a slow
//                    reader); 0 turns the limit off again
//   # text           a note; blank lines are ignored too
//
// When the script ends the server keeps the connection open until the client
// closes it; any line the client sends after the end is a mismatch. A C: line
// that does not match is a mismatch and ends the connection.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QLocalServer;
class QTcpServer;

namespace postscope::testsupport {

struct ConnectionRecord
{
    QByteArray received; // what the client sent (decrypted), first MiB
    qint64 receivedTotal = 0; // every octet the client sent
    QList<QByteArray> clientLines; // command lines read for C:/C~ (CRLF removed), and extra lines
    QStringList mismatches; // script violations, in order
    QString tlsError; // a TLS handshake failure seen by the server
    bool encrypted = false; // TLS is up
    bool scriptDone = false; // every directive was played
    bool closed = false; // the connection has ended
    QList<qint64> messageSizes; // per X: data, octets before the final ".\r\n"
    QList<QByteArray> messages; // per X: data, the first MiB of the content
    qint64 sentTotal = 0; // every octet the server wrote (T:, F: included)
    // What the client sent after the first occurrence of marker (e.g. "STARTTLS\r\n");
    // a null QByteArray when marker never came.
    QByteArray receivedAfter(const QByteArray &marker) const;
};

class ScriptPlayer;

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Plain, // TCP, TLS only on X: starttls
        ImplicitTls, // TCP, TLS from the first byte (port 465 style)
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // The script for every connection that comes next (grammar above).
    void setScript(const QByteArray &script);
    bool loadScript(const QString &path);
    QString scriptError() const { return m_scriptError; }
    // Certificate and key for X: starttls and implicit TLS.
    void setTlsConfiguration(const QSslConfiguration &configuration);

    bool listen(Mode mode = Mode::Plain); // 127.0.0.1, ephemeral port
    bool listenLocal(const QString &path); // Unix-domain socket (LMTP)
    quint16 port() const;
    QString socketPath() const { return m_socketPath; }
    QString errorString() const { return m_error; }
    void close();

    int connectionCount() const { return int(m_players.size()); }
    const ConnectionRecord &connection(int index = 0) const;
    // Every mismatch (and the script's own syntax errors), "connection N: ...".
    QStringList mismatches() const;
    // True when connection index exists, and its script ended or it closed.
    bool isFinished(int index = 0) const;

signals:
    void newConnection(int index);
    void connectionFinished(int index);

private:
    friend class ScriptPlayer;
    void adopt(QIODevice *device, bool sslCapable, bool implicitTls);

    class TcpListener;
    struct Step;
    std::shared_ptr<const QList<Step>> m_steps;
    QString m_scriptError;
    QSslConfiguration m_tls;
    TcpListener *m_tcp = nullptr;
    QLocalServer *m_local = nullptr;
    Mode m_mode = Mode::Plain;
    QString m_socketPath;
    QString m_error;
    QList<ScriptPlayer *> m_players;
};

// Unescapes \r \n \t \\ \xHH (the R: directive); exposed for tests.
QByteArray unescapeBytes(const QByteArray &text);

} // namespace postscope::testsupport
