#pragma once
// One piece of work over a session of its own, after KSmtp's jobs: open,
// log in when the settings say so, do the work, QUIT, and report once the
// connection is closed. The services (ServerProbe, AddressProbe, SendJob)
// are jobs; the window and postscope-cli attach their views (transcript,
// --debug) to session() before start() and read the result after
// finished().

#include "session/authsettings.h"
#include "session/smtpsession.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace postscope::session {

// What a login did, when one was tried.
struct LoginOutcome
{
    bool tried = false;
    QByteArray mechanism; // the mechanism chosen (empty when none could be)
    // Offered, but not tried: they would send the secret readable over a
    // connection without TLS (SessionOptions::plaintextAuth).
    QList<QByteArray> withheld;
    QList<QByteArray> attempts; // every mechanism tried, in order (after a 535, the next)
    protocol::Reply reply; // the server's last reply to AUTH
    engine::SmtpError error;
    // 235, or 503 "already authenticated" (smtplib's login() counts both).
    bool succeeded() const { return tried && !error && (reply.code == 235 || reply.code == 503); }
};

class SessionJob : public QObject
{
    Q_OBJECT
public:
    SessionJob(SessionOptions options, AuthSettings auth, QObject *parent = nullptr);
    ~SessionJob() override;

    SmtpSession &session() { return *m_session; }
    const SmtpSession &session() const { return *m_session; }
    const AuthSettings &authSettings() const { return m_auth; }

    // Opens the session; the work starts once it is ready (and logged in).
    void start();
    bool isFinished() const { return m_finished; }

    // Why the job did not do all its work: the session's fatal error that
    // came before the work was done, or the job's own. None when it did.
    engine::SmtpError error() const { return m_error; }
    bool readyReached() const { return m_readyReached; }
    const LoginOutcome &login() const { return m_login; }
    // From start() to the end of the connection (or to now while running).
    double elapsedSeconds() const;

signals:
    // Once, after the connection is closed; error() and the results are final.
    void finished();

protected:
    // Called once the session is ready and, when asked for, logged in.
    virtual void run() = 0;
    // Called when the connection has closed, before finished(): the place to
    // settle what the work's results mean (an error if it was cut short).
    virtual void conclude() { }

    // The work is over: QUIT; finished() follows once the connection closed.
    void done();
    // The job's own error (kept unless an earlier one is known), then QUIT.
    void fail(const engine::SmtpError &error);
    // Sets the error outright (conclude() uses it to settle the outcome).
    void setError(const engine::SmtpError &error) { m_error = error; }
    bool isDone() const { return m_done; }

private:
    void onReady();
    void onClosed();

    std::unique_ptr<SmtpSession> m_session;
    AuthSettings m_auth;
    LoginOutcome m_login;
    engine::SmtpError m_error;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedNs = -1;
    bool m_started = false;
    bool m_readyReached = false;
    bool m_done = false;
    bool m_finished = false;
};

} // namespace postscope::session
