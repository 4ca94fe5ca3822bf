#pragma once
// probe --tls-versions: which of TLS 1.0, 1.1, 1.2 and 1.3 a server
// accepts, each tried on a connection of its own (STARTTLS or implicit TLS
// as the settings say) with exactly that version offered. TLS 1.0 and 1.1
// are offered at OpenSSL security level 0 for these connections only
// (Debian's level 2 refuses them); where this machine's OpenSSL cannot
// offer a version at all, the result says "not testable" rather than guess.

#include "diagnostics/serverprobe.h"

#include <QObject>

#include <memory>

namespace postscope::diagnostics {

class TlsVersionProbe : public QObject
{
    Q_OBJECT
public:
    // The versions tried, oldest first.
    static QList<session::TlsVersion> versions();

    explicit TlsVersionProbe(session::SessionOptions options, QObject *parent = nullptr);
    ~TlsVersionProbe() override;

    // One connection after the other; finished() after the last.
    void start();
    bool isFinished() const { return m_finished; }
    // Final after finished(): one result per version, oldest first.
    const QList<TlsVersionResult> &results() const { return m_results; }

    // How one attempt ended, from what its probe saw (pure; tested as a table).
    static TlsVersionResult classify(session::TlsVersion version, const ProbeReport &report);

signals:
    // Each attempt's session, before it opens (for --debug and transcripts).
    void attemptStarted(session::TlsVersion version, session::SmtpSession *session);
    void finished();

private:
    void next();

    session::SessionOptions m_options;
    QList<TlsVersionResult> m_results;
    std::unique_ptr<ServerProbe> m_current;
    int m_index = 0;
    bool m_finished = false;
};

} // namespace postscope::diagnostics
