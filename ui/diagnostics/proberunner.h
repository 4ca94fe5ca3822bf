#pragma once
// Runs core's ServerProbe for an account's settings (saved or not) and tells
// the view how far it got: each step's note as progress, the report at the
// end, cancel at any time. The account dialog's "Test Connection" and the
// main window's server probe view both use it; the probe itself (findings,
// timings, TLS) is core's (diagnostics/serverprobe.h).

#include "accounts/account.h"
#include "common/findingsview.h"
#include "diagnostics/serverprobe.h"

#include <QObject>
#include <QPointer>

namespace postscope::ui {

// core's findings as the FindingsView shows them.
QList<Finding> findingsFromProbe(const QList<diagnostics::Finding> &findings);
// "lookup 0 ms · connect 1 ms · greeting 2 ms · …": each step that was reached.
QString timingsText(const session::OpeningReport &opening);

class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    // False and *error when the account's settings cannot make a session
    // (say, no host) or a probe is running.
    bool start(const accounts::Account &account, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return !m_probe.isNull(); }
    bool wasCancelled() const { return m_cancelled; }
    const diagnostics::ProbeReport &report() const { return m_report; }
    const accounts::Account &account() const { return m_account; }

signals:
    // Before the session opens: attach a transcript to it.
    void sessionStarted(postscope::session::SmtpSession *session);
    void progress(const QString &text);
    void finished(const postscope::diagnostics::ProbeReport &report, bool cancelled);

private:
    QPointer<diagnostics::ServerProbe> m_probe;
    diagnostics::ProbeReport m_report;
    accounts::Account m_account;
    bool m_cancelled = false;
};

} // namespace postscope::ui
