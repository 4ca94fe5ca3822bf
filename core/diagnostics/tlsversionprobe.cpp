#include "diagnostics/tlsversionprobe.h"

#include <QCoreApplication>
#include <QTimer>

namespace postscope::diagnostics {

using session::TlsVersion;
using Outcome = TlsVersionResult::Outcome;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::diagnostics::TlsVersionProbe", text);
}

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QList<TlsVersion> TlsVersionProbe::versions()
{
    return {TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3};
}

TlsVersionProbe::TlsVersionProbe(session::SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

TlsVersionProbe::~TlsVersionProbe() = default;

void TlsVersionProbe::start()
{
    m_index = 0;
    m_results.clear();
    next();
}

void TlsVersionProbe::next()
{
    const QList<TlsVersion> all = versions();
    if (m_index >= all.size()) {
        m_finished = true;
        emit finished();
        return;
    }
    const TlsVersion version = all.at(m_index);
    session::SessionOptions options = m_options;
    options.tlsExactly = version;
    options.tlsMinimum = TlsVersion::Any;
    options.legacyTlsForProbe = version == TlsVersion::Tls1_0 || version == TlsVersion::Tls1_1;
    m_current = std::make_unique<ServerProbe>(options);
    connect(m_current.get(), &session::SessionJob::finished, this, [this, version] {
        m_results.append(classify(version, m_current->report()));
        ++m_index;
        // The finished job is still on the stack: go on from the event loop.
        QTimer::singleShot(0, this, [this] {
            m_current.reset();
            next();
        });
    });
    emit attemptStarted(version, &m_current->session());
    m_current->start();
}

TlsVersionResult TlsVersionProbe::classify(TlsVersion version, const ProbeReport &report)
{
    TlsVersionResult r;
    r.version = version;
    if (report.tls) {
        r.outcome = Outcome::Accepted;
        r.cipher = report.tlsInfo.cipher;
        r.detail = report.tlsInfo.protocol;
        return r;
    }
    const engine::SmtpError &error = report.error;
    const bool handshakeTried = !report.tlsReport.peerName.isEmpty();
    if (error.kind != engine::SmtpError::Kind::TlsFailed || !handshakeTried) {
        r.outcome = Outcome::NotReached;
        r.detail = error ? error.message : tr("no TLS session was started");
        return r;
    }
    if (!report.tlsReport.chain.isEmpty()) {
        // The server sent its certificate: it had agreed to the version;
        // only the certificate did not verify.
        r.outcome = Outcome::Accepted;
        QStringList names;
        for (const session::VerificationError &e : report.tlsReport.errors)
            names << e.name;
        r.detail = tr("accepted; the certificate did not verify (%1)")
                       .arg(names.join(QStringLiteral(", ")));
        return r;
    }
    // OpenSSL's own words. "No protocols/ciphers available" comes before a
    // ClientHello is even written: the client cannot offer the version
    // (its build or its security level). Anything later ("unsupported
    // protocol" after the server's hello, an alert) is the server's answer.
    if (mentions(error.message, {"no protocols available", "no ciphers available"})) {
        r.outcome = Outcome::NotTestable;
        r.detail = tr("this machine's OpenSSL cannot offer TLS %1: %2")
                       .arg(session::tlsVersionName(version), error.message);
        return r;
    }
    r.outcome = Outcome::Refused;
    r.detail = error.message;
    return r;
}

} // namespace postscope::diagnostics
