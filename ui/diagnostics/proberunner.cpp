#include "proberunner.h"

namespace postscope::ui {

QList<Finding> findingsFromProbe(const QList<diagnostics::Finding> &findings)
{
    QList<Finding> out;
    for (const diagnostics::Finding &f : findings) {
        Finding::Severity severity = Finding::Severity::Info;
        if (f.severity == diagnostics::Finding::Severity::Warning)
            severity = Finding::Severity::Warning;
        else if (f.severity == diagnostics::Finding::Severity::Error)
            severity = Finding::Severity::Error;
        out.append(Finding {severity, f.message, f.detail});
    }
    return out;
}

QString timingsText(const session::OpeningReport &o)
{
    QStringList parts;
    auto add = [&parts](const QString &step, qint64 ms) {
        if (ms >= 0)
            parts << QObject::tr("%1 %2 ms").arg(step).arg(ms);
    };
    add(QObject::tr("lookup"), o.lookupMs);
    add(QObject::tr("connect"), o.connectMs);
    add(QObject::tr("greeting"), o.greetingMs);
    add(QObject::tr("EHLO"), o.helloMs);
    add(QObject::tr("STARTTLS"), o.startTlsMs);
    add(QObject::tr("TLS handshake"), o.handshakeMs);
    add(QObject::tr("EHLO after TLS"), o.helloAfterTlsMs);
    return parts.join(QStringLiteral(" · "));
}

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
{
}

ProbeRunner::~ProbeRunner()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->session().disconnect(this);
        m_probe->session().abort();
        m_probe->deleteLater();
    }
}

bool ProbeRunner::start(const accounts::Account &account, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A test is already running.");
        return false;
    }
    QString why;
    std::optional<session::SessionOptions> options = account.sessionOptions(&why);
    if (!options) {
        if (error)
            *error = why;
        return false;
    }
    m_account = account;
    m_cancelled = false;
    m_report = diagnostics::ProbeReport();
    // No login: the test shows what the server offers (AUTH before and
    // after TLS) without sending a secret.
    auto *probe = new diagnostics::ServerProbe(*options, {}, this);
    m_probe = probe;
    connect(&probe->session(), &session::SmtpSession::note, this, &ProbeRunner::progress);
    connect(&probe->session(), &session::SmtpSession::connected, this,
            [this] { emit progress(tr("Connected; waiting for the greeting…")); });
    connect(probe, &diagnostics::ServerProbe::finished, this, [this, probe] {
        m_report = probe->report();
        probe->deleteLater();
        m_probe.clear();
        emit finished(m_report, m_cancelled);
    });
    emit sessionStarted(&probe->session());
    emit progress(
        tr("Connecting to %1…")
            .arg(options->socketPath.isEmpty()
                     ? QStringLiteral("%1:%2").arg(options->host).arg(options->effectivePort())
                     : options->socketPath));
    probe->start();
    return true;
}

void ProbeRunner::cancel()
{
    if (!m_probe)
        return;
    m_cancelled = true;
    emit progress(tr("Cancelling…"));
    m_probe->session().abort();
}

} // namespace postscope::ui
