#include "sandboxaccount.h"

#include "engine/messagesource.h"
#include "session/smtpsession.h"

#include <QCryptographicHash>

namespace postscope::ui {

SandboxAccount::SandboxAccount(QObject *parent)
    : QObject(parent)
{
}

SandboxAccount::~SandboxAccount()
{
    if (m_session)
        m_session->abort();
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

    const mime::BuiltMessage built = mime::buildMessage(message);
    if (!built.isValid())
        return fail(built.error);
    engine::Envelope envelope;
    envelope.sender = mime::addressOf(message.from);
    for (const QString &to : message.to + message.cc) {
        const QByteArray address = mime::addressOf(to);
        if (address.isEmpty())
            return fail(tr("Not an email address: %1").arg(to));
        envelope.recipients.append(engine::Recipient{address, {}});
    }
    if (envelope.recipients.isEmpty())
        return fail(tr("The message has no recipient."));
    envelope.eightBit = built.bodyType != mime::BodyType::SevenBit;
    envelope.smtpUtf8 = built.smtpUtf8;

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

    auto *smtp = new session::SmtpSession(options, this);
    m_session = smtp;
    m_reported = false;
    emit sessionStarted(smtp);

    const QByteArray data = built.bytes();
    connect(smtp, &session::SmtpSession::capabilitiesChanged, this,
            &SandboxAccount::capabilitiesChanged);
    connect(smtp, &session::SmtpSession::ready, this, [smtp, envelope, data] {
        smtp->send(envelope, std::make_unique<engine::ByteArraySource>(data));
    });
    connect(smtp, &session::SmtpSession::transactionFinished, this,
            [this, smtp](const engine::TransactionResult &result) {
                if (result.sent) {
                    int accepted = 0;
                    for (const engine::RecipientResult &r : result.recipients)
                        accepted += r.accepted ? 1 : 0;
                    // The server's own words, quoted inside a translated sentence.
                    finish(true, tr("Sent: %1 of %2 recipients accepted. The server said: %3")
                                     .arg(accepted)
                                     .arg(result.recipients.size())
                                     .arg(QString::fromUtf8(result.dataReply.text())));
                } else {
                    finish(false, tr("Not sent: %1").arg(result.error.message));
                }
                smtp->quit();
            });
    connect(smtp, &session::SmtpSession::errorOccurred, this,
            [this](const engine::SmtpError &e) { finish(false, tr("Not sent: %1").arg(e.message)); });
    connect(smtp, &session::SmtpSession::closed, this, [this, smtp] {
        finish(false, tr("Not sent: the connection closed"));
        smtp->deleteLater();
        m_session.clear();
        emit busyChanged(false);
    });

    emit busyChanged(true);
    smtp->open();
    return true;
}

void SandboxAccount::finish(bool ok, const QString &summary)
{
    if (m_reported)
        return;
    m_reported = true;
    emit sendFinished(ok, summary);
}

} // namespace postscope::ui
