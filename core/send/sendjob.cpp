#include "send/sendjob.h"

#include <QCoreApplication>

namespace postscope::send {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::send", text);
}

} // namespace

SendJob::SendJob(session::SessionOptions options, session::AuthSettings auth,
                 PreparedMessage message, int count, QObject *parent)
    : SessionJob(std::move(options), std::move(auth), parent)
    , m_message(std::move(message))
    , m_count(qMax(1, count))
{
    m_report.transactions = QList<engine::TransactionResult>(m_count);
}

void SendJob::run()
{
    if (!m_message.isValid()) {
        fail(SmtpError::make(SmtpError::Kind::Usage, m_message.error));
        return;
    }
    if (!buildAndLint())
        return;
    // Every copy goes into the engine's queue at once: with PIPELINING the
    // next MAIL follows the final dot of the one before (RFC 2920 3.1).
    for (int i = 0; i < m_count; ++i) {
        session().send(m_message.envelope, m_message.source(), this,
                       [this, i](const engine::TransactionResult &result) { record(i, result); });
    }
}

// Encodings follow what the server offers (RFC 6152, RFC 3030, RFC 6531),
// then the lint judges what will leave; its errors stop the send (exit 11
// when the server lacks an extension the message needs) unless forced.
bool SendJob::buildAndLint()
{
    const engine::ClientEngine &engine = session().engine();
    const auto server
        = mime::TransportCapabilities::from(engine.capabilities(), engine.usesChunking());
    QString error;
    if (!m_message.buildFor(server, &error)) {
        fail(SmtpError::make(SmtpError::Kind::Usage, error));
        return false;
    }
    m_report.lintFindings = m_message.lint(server, &error);
    m_report.linted = true;
    emit linted(m_report.lintFindings);
    if (!error.isEmpty()) {
        fail(SmtpError::make(SmtpError::Kind::Usage, error));
        return false;
    }
    if (mime::hasErrors(m_report.lintFindings) && !m_message.force) {
        const bool extension = std::any_of(
            m_report.lintFindings.cbegin(), m_report.lintFindings.cend(),
            [](const mime::LintFinding &f) {
                return f.needsExtension && f.severity == mime::LintFinding::Severity::Error;
            });
        fail(SmtpError::make(extension ? SmtpError::Kind::NotSupported : SmtpError::Kind::Usage,
                             tr("The lint found errors in the message; nothing was sent.")));
        return false;
    }
    return true;
}

void SendJob::record(int index, const engine::TransactionResult &result)
{
    m_report.transactions[index] = result;
    m_report.dataBytes += result.dataBytes;
    if (result.sent)
        ++m_report.messagesSent;
    if (result.sent && result.partial())
        ++m_report.messagesPartial;
    emit transactionFinished(index, result);
    if (++m_report.finished == m_count)
        done();
}

void SendJob::conclude()
{
    // The session's own error (one before the work was done) says it best;
    // otherwise the first copy that was not sent says why.
    if (error())
        return;
    for (const engine::TransactionResult &t : std::as_const(m_report.transactions)) {
        if (!t.sent && t.error) {
            setError(t.error);
            return;
        }
    }
    if (m_report.finished < m_count) {
        setError(SmtpError::make(SmtpError::Kind::Disconnected,
                                 tr("The session ended before every message was sent.")));
    }
}

} // namespace postscope::send
