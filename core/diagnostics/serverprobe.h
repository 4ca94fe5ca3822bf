#pragma once
// What a server offers and how it answers (ARCHITECTURE.md "Services"):
// connect (every address in turn), greeting, EHLO before TLS, STARTTLS, the
// TLS session and certificate chain, EHLO after TLS, AUTH mechanisms before
// and after TLS, the time of each step, and findings with a severity. One
// report object: postscope-cli writes it as text and JSON, the window shows
// it. A probe that stops early (say, at an untrusted certificate) still
// reports what it saw up to there.

#include "session/sessionjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace postscope::diagnostics {

struct Finding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString id; // stable, for scripts and tests: "auth-plaintext-before-tls"
    QString message; // a sentence for a person (translated)
    QString detail; // the facts behind it: names, dates, the server's own words
};
QString severityName(Finding::Severity severity); // "info", "warning", "error"

struct ProbeReport
{
    QString host;
    quint16 port = 0;
    QString socketPath;
    session::Security security = session::Security::StartTls;
    session::OpeningReport opening;
    bool tls = false; // a TLS session was established
    session::TlsInfo tlsInfo; // tls false: the chain a refused handshake showed, if any
    session::LoginOutcome login;
    engine::SmtpError error; // why the probe stopped early (None when it did not)
    QList<Finding> findings;

    bool implicitTls() const { return security == session::Security::Tls; }
    // What EHLO announced before and after TLS (empty when not reached or refused).
    protocol::Capabilities capabilitiesBeforeTls() const;
    protocol::Capabilities capabilitiesAfterTls() const;
    // The capabilities that count for sending: after TLS when there was TLS.
    protocol::Capabilities effectiveCapabilities() const;
    const Finding *finding(const QString &id) const;

    // The probe's fields of postscope-cli probe --json (CLI.md): "banner",
    // "ehlo", "tls", "ehloAfterTls", "authMechanisms", "findings",
    // "timings", "connection".
    QJsonObject toJson() const;
};

// The findings for what a probe saw; `now` is the moment certificate dates
// are judged against (a parameter, so that tests can move it).
QList<Finding> findingsFor(const ProbeReport &report, const QDateTime &now);

// How near a certificate's end a warning starts.
constexpr int certificateWarningDays = 30;

class ServerProbe : public session::SessionJob
{
    Q_OBJECT
public:
    explicit ServerProbe(session::SessionOptions options, session::AuthSettings auth = {},
                         QObject *parent = nullptr);
    // Final after finished().
    const ProbeReport &report() const { return m_report; }

protected:
    void run() override;
    void conclude() override;

private:
    ProbeReport m_report;
};

} // namespace postscope::diagnostics
