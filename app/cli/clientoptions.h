#pragma once
// What every client command of postscope-cli shares (CLI.md): the
// connection and authentication options, turned into the two structs the
// services take (session::SessionOptions and session::AuthSettings, which an
// account will fill too); the run loop around one service job, --debug
// (smtplib's set_debuglevel format), --transcript, and the common JSON
// fields. The commands hold no protocol logic: they word what the services
// report.

#include "accounts/account.h"
#include "engine/smtperror.h"
#include "session/authsettings.h"
#include "session/sessionjob.h"
#include "session/smtpsession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace postscope::transcript {
class Transcript;
class TextWriter;
class JsonWriter;
} // namespace postscope::transcript

namespace postscope::cli {

// Exit code for bad usage: nothing was sent (CLI.md).
constexpr int exitUsage = 2;
// Exit code when the keychain did not answer or refused, or the settings
// could not be written: a secret or an account was not stored (or read).
constexpr int exitStorage = 14;

class ClientCommand
{
public:
    // name: "send"; synopsis: what follows the options in the usage line.
    ClientCommand(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    // Adds a positional argument for the help text.
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    // Parses args (without the command name). Returns -1 to go on, else the
    // exit code to return at once (0 after --help, 2 after a usage error,
    // already explained on stderr).
    int parse(const QStringList &args);

    // What the connection and authentication options say: what the
    // services take. (An account's settings will be filled in first, and
    // the options then override them: issue 7, section 4.)
    const session::SessionOptions &sessionOptions() const { return m_session; }
    session::SessionOptions &sessionOptions() { return m_session; }
    const session::AuthSettings &authSettings() const { return m_auth; }
    bool json() const { return m_json; }
    int debugLevel() const { return m_debug; }
    QString transcriptPath() const { return m_transcriptPath; }
    bool transcriptJson() const { return m_transcriptJson; } // --transcript-format json
    bool wantsAuth() const { return m_auth.wanted(); }
    QString name() const { return m_name; }

    // Prints "postscope-cli NAME: message" on stderr and returns exitUsage.
    int usageError(const QString &message) const;

    // What parse() does with the secret: Obtain (the client commands) reads
    // --password-env, --password-file, the account's keychain entry or a
    // prompt into authSettings(); Defer (account add and edit) leaves the
    // secret options to the caller (readSecretOption()).
    enum class Secrets { Obtain, Defer };
    void setSecrets(Secrets secrets) { m_secrets = secrets; }
    // The settings parse() starts from before the options apply (account
    // edit). --account NAME does the same with the stored account.
    void setBaseAccount(const accounts::Account &account) { m_account = account; }
    // The account the settings came from, or nullptr.
    const accounts::Account *account() const { return m_account ? &*m_account : nullptr; }

private:
    int applyAccount();
    int parseConnection();
    int parseServer();
    int parseOutput();
    int parseSource();
    int parseAuth();
    int obtainPassword();

    QString m_name;
    QCommandLineParser m_parser;
    session::SessionOptions m_session;
    session::AuthSettings m_auth;
    bool m_json = false;
    int m_debug = 0;
    QString m_transcriptPath;
    bool m_transcriptJson = false;
    Secrets m_secrets = Secrets::Obtain;
    std::optional<accounts::Account> m_account;
};

// One service job from start to finished(), with the command's views
// attached to its session: --debug output and --transcript.
class ClientRun : public QObject
{
    Q_OBJECT
public:
    ClientRun(const ClientCommand &command, session::SessionJob &job, QObject *parent = nullptr);
    ~ClientRun() override;

    session::SessionJob &job() { return m_job; }
    session::SmtpSession &session() { return m_job.session(); }

    // Starts the job and runs until it has finished.
    void exec();
    // The job's error, worded for this command line: a login refused
    // because only mechanisms that reveal the password were offered over a
    // connection without TLS says which option allows it.
    engine::SmtpError error() const;

    // "ok", "error", "server", "elapsedSeconds" (CLI.md "JSON results");
    // error is error() unless given.
    QJsonObject baseJson(bool ok) const;
    QJsonObject baseJson(bool ok, const engine::SmtpError &error) const;
    // The authentication result when one was tried (null otherwise).
    QJsonValue authJson() const;

    static QJsonValue errorJson(const engine::SmtpError &error);
    static QJsonValue enhancedJson(const protocol::EnhancedCode &code);
    static QJsonObject replyJson(const protocol::Reply &reply); // {"code", "enhancedCode", "text"}

private:
    void attachTranscript();
    void attachDebug();
    void debugLine(const QByteArray &text);

    const ClientCommand &m_command;
    session::SessionJob &m_job;
    std::unique_ptr<transcript::Transcript> m_transcript;
    std::unique_ptr<QFile> m_transcriptFile;
    std::unique_ptr<transcript::TextWriter> m_transcriptWriter;
    std::unique_ptr<transcript::JsonWriter> m_transcriptJsonWriter;
    QEventLoop m_loop;
};

// --password-env VAR or --password-file FILE (the first line): false when
// neither was given; else true with *password, or with *error when it could
// not be read. Never a password from the command line itself.
bool readSecretOption(const QCommandLineParser &parser, QString *password, QString *error);
// Reads one line from the terminal with echo off; false when there is no
// terminal on standard input or nothing was typed.
bool promptSecret(const QString &prompt, QString *secret);

// Prints "postscope-cli NAME: KIND: message" on stderr for an error.
void reportError(const QString &command, const engine::SmtpError &error);

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
