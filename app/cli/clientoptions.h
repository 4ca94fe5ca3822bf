#pragma once
// What every client command of postscope-cli shares (CLI.md): the
// connection and authentication options, the run loop around one
// SmtpSession, --debug (smtplib's set_debuglevel format), --transcript, and
// the common JSON fields.

#include "auth/saslclient.h"
#include "engine/smtperror.h"
#include "session/smtpsession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <functional>
#include <memory>

namespace postscope::transcript { class Transcript; class TextWriter; class JsonWriter; }

namespace postscope::cli {

// Exit code for bad usage: nothing was sent (CLI.md).
constexpr int exitUsage = 2;

class ClientCommand
{
public:
    // name: "send"; synopsis: what follows the options in the usage line.
    ClientCommand(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Adds a positional argument for the help text.
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    // Parses args (without the command name). Returns -1 to go on, else the
    // exit code to return at once (0 after --help, 2 after a usage error,
    // already explained on stderr).
    int parse(const QStringList &args);

    const session::SessionOptions &sessionOptions() const { return m_session; }
    session::SessionOptions &sessionOptions() { return m_session; }
    bool json() const { return m_json; }
    int debugLevel() const { return m_debug; }
    QString transcriptPath() const { return m_transcriptPath; }
    bool transcriptJson() const { return m_transcriptJson; }   // --transcript-format json
    bool wantsAuth() const { return !m_authMechanism.isEmpty() || !m_credentials.user.isEmpty(); }
    QByteArray authMechanism() const { return m_authMechanism; }   // "" or "AUTO" when auto
    const auth::Credentials &credentials() const { return m_credentials; }
    QString name() const { return m_name; }

    // Prints "postscope-cli NAME: message" on stderr and returns exitUsage.
    int usageError(const QString &message) const;

private:
    int parseConnection();
    int parseAuth();

    QString m_name;
    QCommandLineParser m_parser;
    session::SessionOptions m_session;
    bool m_json = false;
    int m_debug = 0;
    QString m_transcriptPath;
    bool m_transcriptJson = false;
    QByteArray m_authMechanism;
    auth::Credentials m_credentials;
};

// One session from open() to closed(), with debug output and transcript.
class ClientRun : public QObject
{
    Q_OBJECT
public:
    explicit ClientRun(const ClientCommand &command, QObject *parent = nullptr);
    ~ClientRun() override;

    session::SmtpSession &session() { return *m_session; }

    // Opens the session, calls onReady when it is ready, and runs until the
    // session is closed. Returns when closed.
    void exec(std::function<void()> onReady);
    // Says QUIT and lets exec() return once the connection is closed.
    void finish();
    // Authenticates as the options say (when they say so) and then calls next.
    // On failure records the error and finishes.
    void authenticateThen(std::function<void()> next);

    // The fatal error of the session (errorOccurred), or a command's own.
    engine::SmtpError error() const { return m_error; }
    void setError(const engine::SmtpError &error);
    bool readyReached() const { return m_readyReached; }
    double elapsedSeconds() const { return m_elapsed.nsecsElapsed() / 1e9; }

    // "ok", "error", "server", "elapsedSeconds" (CLI.md "JSON results").
    QJsonObject baseJson(bool ok) const;
    // The authentication result when one was tried (null otherwise).
    QJsonValue authJson() const;

    static QJsonValue errorJson(const engine::SmtpError &error);
    static QJsonValue enhancedJson(const protocol::EnhancedCode &code);

private:
    void debugLine(const QByteArray &text);
    void setUpStepping();

    const ClientCommand &m_command;
    std::unique_ptr<session::SmtpSession> m_session;
    std::unique_ptr<transcript::Transcript> m_transcript;
    std::unique_ptr<QFile> m_transcriptFile;
    std::unique_ptr<transcript::TextWriter> m_transcriptWriter;
    std::unique_ptr<transcript::JsonWriter> m_transcriptJsonWriter;
    QEventLoop m_loop;
    std::unique_ptr<QSocketNotifier> m_stepInput; // --step: the person's answers
    QElapsedTimer m_elapsed;
    engine::SmtpError m_error;
    bool m_readyReached = false;
    bool m_closed = false;
    // AUTH outcome
    bool m_authTried = false;
    QByteArray m_authMechanismUsed;
    protocol::Reply m_authReply;
    engine::SmtpError m_authError;
};

// Python's repr() of a str (bytes=false) or bytes (bytes=true) value, for
// the smtplib-style debug lines.
QByteArray pythonRepr(QByteArrayView data, bool bytes);

// Writes a JSON object as one line on stdout.
void printJson(const QJsonObject &object);
// Writes UTF-8 text to stdout / stderr (no newline added).
void out(const QString &text);
void err(const QString &text);

// "250 2.1.5 Ok" (the reply's first line with its code), for human output.
QString replySummary(const protocol::Reply &reply);

} // namespace postscope::cli
