#pragma once
// The server probe for the selected account, in the main window: run it
// (progress, cancel), then the ProbeReport: a summary line (server, TLS,
// verification), the findings (FindingsView), the time of each step, and
// the capabilities before and after TLS (CapabilitiesView). The probe is
// core's (diagnostics/serverprobe.h); this only shows it.

#include "accounts/account.h"
#include "diagnostics/serverprobe.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace postscope::ui {

class CapabilitiesView;
class FindingsView;
class ProbeRunner;

class ServerProbeView : public QWidget
{
    Q_OBJECT
public:
    explicit ServerProbeView(QWidget *parent = nullptr);

    // The account a run probes (its saved settings); none: the button is off.
    void setAccount(const std::optional<accounts::Account> &account);
    void showReport(const diagnostics::ProbeReport &report);
    void run();
    void cancel();

    ProbeRunner *runner() const { return m_runner; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *summary() const { return m_summary; }
    QLabel *status() const { return m_status; }
    FindingsView *findings() const { return m_findings; }
    QTreeWidget *timings() const { return m_timings; }
    CapabilitiesView *capabilities() const { return m_capabilities; }

signals:
    void sessionStarted(const QString &account, postscope::session::SmtpSession *session);
    void reportReady(const postscope::diagnostics::ProbeReport &report);
    void certificateRequested();

private:
    void finished(const diagnostics::ProbeReport &report, bool cancelled);
    void updateButtons();

    std::optional<accounts::Account> m_account;
    ProbeRunner *m_runner;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_certificateButton;
    QLabel *m_status;
    QLabel *m_summary;
    FindingsView *m_findings;
    QTreeWidget *m_timings;
    CapabilitiesView *m_capabilities;
};

} // namespace postscope::ui
