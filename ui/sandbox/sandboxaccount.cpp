#include "sandboxaccount.h"

#include "send/sendjob.h"
#include "session/smtpsession.h"

namespace postscope::ui {

SandboxAccount::SandboxAccount(QObject *parent)
    : QObject(parent)
{
}

SandboxAccount::~SandboxAccount()
{
    // A message on its way ends here; nothing of it reaches a dying account.
    if (m_job) {
        m_job->disconnect(this);
        m_job->session().disconnect(this);
        m_job->session().abort();
    }
}

bool SandboxAccount::start(QString *error)
{
    return start(sandbox::SandboxConfig(), error);
}

bool SandboxAccount::start(sandbox::SandboxConfig config, QString *error)
{
    // Loopback only, on a port the system picks: nothing outside this
    // computer can reach the sandbox.
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    m_server = std::make_unique<sandbox::SandboxServer>(std::move(config));
    if (!m_server->start(error)) {
        m_server.reset();
        return false;
    }
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
    send::PreparedMessage prepared = send::prepareMessage(request);
    if (!prepared.isValid())
        return fail(prepared.error);

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

    emit busyChanged(true);
    job->start();
    return true;
}

} // namespace postscope::ui
