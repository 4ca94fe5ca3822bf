#include "sandboxaccount.h"

#include "send/sendjob.h"

#include "session/smtpsession.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

namespace postscope::ui {

SandboxAccount::SandboxAccount(QObject *parent)
    : QObject(parent)
{
    // Every send to the sandbox verifies its certificate with the system
    // CAs beside it: read them now, off the GUI thread.
    session::SmtpSession::preloadSystemCaCertificates();
}

SandboxAccount::~SandboxAccount()
{
    // A message on its way ends here; nothing of it reaches a dying account.
    if (m_job) {
        m_job->disconnect(this);
        m_job->session().disconnect(this);
        m_job->session().abort();
    }
    stopServer();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_threadContext;
    }
}

void SandboxAccount::stopServer()
{
    if (!m_server)
        return;
    // On its own thread, where its sockets live; stop() waits for the
    // stores under way, so no message is left half written.
    sandbox::SandboxServer *server = std::exchange(m_server, nullptr);
    QMetaObject::invokeMethod(
        m_threadContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
}

bool SandboxAccount::start(QString *error)
{
    return start(sandbox::SandboxConfig(), error);
}

bool SandboxAccount::start(sandbox::SandboxConfig config, QString *error)
{
    // Loopback only (nothing outside this computer can reach the sandbox),
    // on the port the config names or one the system picks (0).
    config.address = QHostAddress::LocalHost;
    // A restart: the old server goes first, so that a fixed port is free.
    if (m_server) {
        emit serverStopping();
        stopServer();
    }
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("sandbox"));
        m_threadContext = new QObject;
        m_threadContext->moveToThread(m_thread.get());
        m_thread->start();
    }
    // Made and started on its thread, so that its listeners, sockets and
    // timers belong to it. The window waits: starting is quick, except for
    // the first certificate (a key made once).
    sandbox::SandboxServer *server = nullptr;
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        m_threadContext,
        [&] {
            server = new sandbox::SandboxServer(std::move(config));
            ok = server->start(&why);
            if (!ok) {
                delete server;
                server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = why;
        return false;
    }
    m_server = server;
    emit serverStarted(m_server);
    return true;
}

bool SandboxAccount::isRunning() const
{
    return m_server && m_server->isRunning();
}

quint16 SandboxAccount::port() const
{
    return m_server ? m_server->port() : 0;
}

QString SandboxAccount::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

mime::MessageSpec SandboxAccount::testMessage()
{
    mime::MessageSpec spec;
    spec.from = QStringLiteral("Postscope <you@sandbox.test>");
    spec.to = {QStringLiteral("inbox@sandbox.test")};
    spec.subject = tr("Test message from Postscope");
    spec.body = tr("Hello from Postscope.\n\n"
                   "This message went to the built-in sandbox server on this computer;\n"
                   "the transcript shows every line of the conversation.\n");
    spec.messageIdDomain = "sandbox.test";
    return spec;
}

session::SessionOptions SandboxAccount::sessionOptions() const
{
    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port();
    options.timeoutMs = 15000;
    const sandbox::SandboxCertificate &certificate = m_server->certificate();
    if (certificate.isValid()) {
        // STARTTLS, with the sandbox's own certificate as the one extra trust
        // anchor: it names 127.0.0.1, so it is verified like any server's.
        options.security = session::Security::StartTls;
        options.extraCaCertificates = {certificate.certificate};
    } else {
        options.security = session::Security::None;
    }
    return options;
}

bool SandboxAccount::send(const mime::MessageSpec &message, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isRunning())
        return fail(tr("The sandbox server is not running."));
    if (isBusy())
        return fail(tr("A message is already on its way."));

    // The one send path of core (send/sendjob.h), as postscope-cli send:
    // built for what the sandbox offers, judged by the lint, then sent.
    send::MessageRequest request;
    request.spec = message;
    if (readsBigFiles(message)) {
        // Building reads and scans the files once (a 200 MiB body takes
        // seconds): on a worker thread, so that the window keeps turning;
        // a refusal then comes with sendFinished().
        m_preparing = true;
        emit busyChanged(true);
        QPointer<SandboxAccount> self(this);
        QThreadPool::globalInstance()->start([self, request] {
            auto prepared = std::make_shared<send::PreparedMessage>(send::prepareMessage(request));
            QMetaObject::invokeMethod(qApp, [self, prepared] {
                if (!self)
                    return;
                self->m_preparing = false;
                if (!prepared->isValid()) {
                    emit self->sendFinished(false, tr("Not sent: %1").arg(prepared->error));
                    emit self->busyChanged(false);
                    return;
                }
                self->startJob(std::move(*prepared));
            });
        });
        return true;
    }
    send::PreparedMessage prepared = send::prepareMessage(request);
    if (!prepared.isValid())
        return fail(prepared.error);
    startJob(std::move(prepared));
    return true;
}

bool SandboxAccount::readsBigFiles(const mime::MessageSpec &message)
{
    qint64 total = 0;
    for (const QString &path : {message.bodyFile, message.htmlFile}) {
        if (!path.isEmpty())
            total += QFileInfo(path).size();
    }
    for (const mime::Attachment &a : message.attachments)
        total += QFileInfo(a.path).size();
    return total > bigFileBytes;
}

void SandboxAccount::startJob(send::PreparedMessage prepared)
{
    session::SessionOptions options = sessionOptions();
    options.stepping = m_stepping;
    auto *job = new send::SendJob(options, {}, std::move(prepared), 1, this);
    m_job = job;
    emit sessionStarted(&job->session());
    connect(&job->session(), &session::SmtpSession::capabilitiesChanged, this,
            &SandboxAccount::capabilitiesChanged);
    connect(job, &send::SendJob::finished, this, [this, job] {
        const engine::TransactionResult result = job->report().transactions.value(0);
        if (result.sent) {
            int accepted = 0;
            for (const engine::RecipientResult &r : result.recipients)
                accepted += r.delivered() ? 1 : 0;
            // The server's own words, quoted inside a translated sentence.
            emit sendFinished(true,
                              tr("Sent: %1 of %2 recipients accepted. The server said: %3")
                                  .arg(accepted)
                                  .arg(result.recipients.size())
                                  .arg(QString::fromUtf8(result.dataReply.text())));
        } else {
            const engine::SmtpError why = job->error();
            emit sendFinished(false,
                              why ? tr("Not sent: %1").arg(why.message)
                                  : tr("Not sent: the connection closed"));
        }
        job->deleteLater();
        m_job.clear();
        emit busyChanged(false);
    });

    if (!m_preparing)
        emit busyChanged(true);
    job->start();
}

} // namespace postscope::ui
