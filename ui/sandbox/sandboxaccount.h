#pragma once
// The default account: the built-in sandbox server on 127.0.0.1 (an
// ephemeral port), and sending to it through core's one send path (a
// send::SendJob, as postscope-cli send) whose session the window follows
// (sessionStarted: its transcript and the account's state). The UI asks;
// core does the talking.

#include "mime/messagebuilder.h"
#include "protocol/capabilities.h"
#include "sandbox/sandboxserver.h"
#include "send/outgoingmessage.h"
#include "session/smtpsession.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;

namespace postscope::send {
class SendJob;
}

namespace postscope::ui {

class SandboxAccount : public QObject
{
    Q_OBJECT
public:
    explicit SandboxAccount(QObject *parent = nullptr);
    ~SandboxAccount() override;

    // Starts the server (maildir and certificate in the app data folder
    // unless the config names others; config.port 0: an ephemeral port), or
    // restarts it with a new config. False and *error set on failure.
    bool start(QString *error = nullptr);
    bool start(sandbox::SandboxConfig config, QString *error = nullptr);
    bool isRunning() const;
    QString address() const;     // "127.0.0.1:PORT"
    quint16 port() const;
    // Lives on the account's thread: what it says after start() (config,
    // certificate, port) may be read from here; everything else goes
    // through its signals (queued) or a queued call.
    sandbox::SandboxServer *server() const { return m_server; }

    // A small text message from the sandbox's sample sender to its sample inbox.
    static mime::MessageSpec testMessage();
    // How to reach the sandbox: STARTTLS, trusting exactly its own
    // certificate as a trust anchor.
    session::SessionOptions sessionOptions() const;
    // Sends one message over a new session. False when busy, not running, or
    // the message cannot be built; the outcome comes with sendFinished().
    // A message with big files is built on a worker thread first (its
    // refusal, if any, then comes with sendFinished()).
    bool send(const mime::MessageSpec &message, QString *error = nullptr);
    bool isBusy() const { return !m_job.isNull() || m_preparing; }
    // Step mode (issue 11.2): sends wait at the session's step gate.
    void setStepping(bool on) { m_stepping = on; }
    bool isStepping() const { return m_stepping; }
    // Files over this (body, HTML, attachments together) are read on a
    // worker thread before the session starts.
    static constexpr qint64 bigFileBytes = 4 << 20;
    static bool readsBigFiles(const mime::MessageSpec &message);

signals:
    void capabilitiesChanged(const postscope::protocol::Capabilities &capabilities);
    // A new session, before it opens: the window follows it (SessionHub::track).
    void sessionStarted(postscope::session::SmtpSession *session);
    void busyChanged(bool busy);
    // After start() succeeded (also a restart with new settings), and
    // before the old server of a restart goes away.
    void serverStarted(postscope::sandbox::SandboxServer *server);
    void serverStopping();
    void sendFinished(bool ok, const QString &summary);

private:
    void startJob(send::PreparedMessage prepared);
    void stopServer();

    std::unique_ptr<QThread> m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread: queued calls go there
    sandbox::SandboxServer *m_server = nullptr; // created, run and deleted on m_thread
    QPointer<send::SendJob> m_job;
    bool m_stepping = false;
    bool m_preparing = false;
};

} // namespace postscope::ui
