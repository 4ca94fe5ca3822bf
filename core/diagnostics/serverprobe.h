#pragma once
// What a server offers and how it answers (ARCHITECTURE.md "Services"):
// connect (every address in turn), greeting, EHLO before TLS, STARTTLS, the
// TLS session and certificate chain, EHLO after TLS, AUTH mechanisms before
// and after TLS, the time of each step, and findings with a severity. One
// report object: postscope-cli writes it as text and JSON, the window shows
// it. A probe that stops early (say, at an untrusted certificate) still
// reports what it saw up to there.

#include "session/sessionjob.h"
#include "session/tlsreport.h"

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

// probe --tls-versions: one TLS version tried on a connection of its own.
struct TlsVersionResult
{
    enum class Outcome {
        Accepted, // the handshake with exactly this version succeeded
        Refused, // the server would not use it (or ended the handshake)
        NotTestable, // this machine's OpenSSL cannot offer it
        NotReached, // no handshake: connect failed, STARTTLS refused or missing
    };
    session::TlsVersion version = session::TlsVersion::Tls1_2;
    Outcome outcome = Outcome::NotReached;
    QString cipher; // when accepted
    QString detail; // why, in words (OpenSSL's or the server's)

    QString outcomeName() const; // "accepted", "refused", "not-testable", "not-reached"
    QJsonObject toJson() const; // {"version", "result", "cipher", "detail"}
};

struct ProbeReport
{
    QString host;
    quint16 port = 0;
    QString socketPath;
    session::Security security = session::Security::StartTls;
    session::OpeningReport opening;
    bool tls = false; // a TLS session was established
    session::TlsInfo tlsInfo; // tls false: the chain a refused handshake showed, if any
    // The TLS detail people read (session/tlsreport.h): filled whenever a
    // handshake was tried, also when it failed (then tls is false).
    session::TlsReport tlsReport;
    // probe --tls-versions: each version on its own connection.
    QList<TlsVersionResult> tlsVersions;
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
