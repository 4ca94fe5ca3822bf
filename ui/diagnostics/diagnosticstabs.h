#pragma once
// The main window's diagnostic views, in its group tabs: the
// server probe, the certificate, the address probe for the selected
// account, and the sandbox's inbox and settings. One object wires them to
// the window's account list, store, session hub (each probe's session shows
// in the transcript) and sandbox, so that the window itself only creates it.

#include <QObject>

class QAction;

namespace postscope::sandbox {
class SandboxInbox;
}

namespace postscope::ui {

class AddressProbeView;
class CertificateView;
class InboxView;
class MainWindow;
class SandboxControls;
class ServerProbeView;

class DiagnosticsTabs : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosticsTabs(MainWindow *window);

    ServerProbeView *serverProbe() const { return m_probe; }
    CertificateView *certificate() const { return m_certificate; }
    AddressProbeView *addressProbe() const { return m_addresses; }
    InboxView *inbox() const { return m_inbox; }
    sandbox::SandboxInbox *sandboxInbox() const { return m_sandboxInbox; }
    SandboxControls *sandboxControls() const { return m_controls; }

private:
    void accountChanged();
    void showCertificateOf(const QString &account);
    QAction *viewAction(const QString &name, const QString &text, int key, QWidget *page,
                        const QString &tip);

    MainWindow *m_window;
    ServerProbeView *m_probe;
    CertificateView *m_certificate;
    AddressProbeView *m_addresses;
    sandbox::SandboxInbox *m_sandboxInbox;
    InboxView *m_inbox;
    SandboxControls *m_controls;
    QString m_certificateAccount; // whose trust exceptions the certificate view lists
};

} // namespace postscope::ui
