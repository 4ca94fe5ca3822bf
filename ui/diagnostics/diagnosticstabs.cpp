#include "diagnosticstabs.h"

#include "accounts/accountlistmodel.h"
#include "addressprobeview.h"
#include "certificates/certificateview.h"
#include "common/uihelpers.h"
#include "mainwindow/mainwindow.h"
#include "proberunner.h"
#include "sandbox/inbox.h"
#include "sandbox/inboxview.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxcontrols.h"
#include "serverprobeview.h"
#include "sessions/sessionhub.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace postscope::ui {

DiagnosticsTabs::DiagnosticsTabs(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("diagnosticsTabs"));
    QTabWidget *tabs = window->viewTabs();
    QTabWidget *server = window->serverTabs();
    QTabWidget *sandboxTabs = window->sandboxTabs();
    m_probe = new ServerProbeView(server);
    m_certificate = new CertificateView(server);
    m_addresses = new AddressProbeView(tabs);
    m_sandboxInbox = new sandbox::SandboxInbox(this);
    m_inbox = new InboxView(m_sandboxInbox, sandboxTabs);
    m_controls = new SandboxControls(sandboxTabs);
    // Server: Capabilities | Certificate | Probe; Addresses before the
    // console; Sandbox: Inbox | Settings (MainWindow's groups).
    server->addTab(m_certificate, tr("Certificate"));
    server->addTab(m_probe, tr("Probe"));
    tabs->insertTab(tabs->indexOf(server) + 1, m_addresses, tr("Addresses"));
    sandboxTabs->addTab(m_inbox, tr("Inbox"));
    // The settings are a long form: scrolled, so that the window's smallest
    // size stays that of its other views.
    auto *scroll = new QScrollArea(sandboxTabs);
    scroll->setObjectName(QStringLiteral("sandboxSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_controls);
    sandboxTabs->addTab(scroll, tr("Settings"));

    // In the View menu; MainWindow orders the entries by their shortcut.
    if (auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuView"))) {
        QList<QAction *> actions {
            viewAction(QStringLiteral("actionShowCertificate"), tr("C&ertificate"), Qt::Key_3,
                       m_certificate, tr("The certificate chain of the last probe")),
            viewAction(QStringLiteral("actionShowServerProbe"), tr("Server &Probe"), Qt::Key_4,
                       m_probe, tr("Probe the selected account's server: findings and timings")),
            viewAction(QStringLiteral("actionShowAddressProbe"), tr("A&ddress Probe"), Qt::Key_5,
                       m_addresses, tr("Check addresses with VRFY, EXPN or RCPT")),
            viewAction(QStringLiteral("actionShowInbox"), tr("Sandbox &Inbox"), Qt::Key_8, m_inbox,
                       tr("The messages the sandbox received")),
            viewAction(QStringLiteral("actionShowSandboxSettings"), tr("Sandbox Setti&ngs"),
                       Qt::Key_9, m_controls, tr("Extensions, users, mailboxes, faults, port")),
        };
        menu->insertActions(menu->actions().value(0), actions);
    }

    SessionHub *hub = window->sessionHub();
    auto follow = [hub](const QString &account, session::SmtpSession *session) {
        hub->track(account, session);
    };
    connect(m_probe, &ServerProbeView::sessionStarted, this, follow);
    connect(m_addresses, &AddressProbeView::sessionStarted, this, follow);
    connect(m_probe, &ServerProbeView::certificateRequested, this,
            [this] { m_window->showView(m_certificate); });
    connect(m_probe, &ServerProbeView::reportReady, this, [this](const diagnostics::ProbeReport &) {
        showCertificateOf(m_probe->runner()->account().name);
    });
    // The main window's trust exceptions go to the stored account whose
    // certificate view this is (the selected one, or the one last probed),
    // not to the probe runner's, which is empty until a probe ran.
    auto storeExceptions = [this](const QList<accounts::TrustException> &list) {
        std::optional<accounts::Account> account
            = m_window->accountStore()->find(m_certificateAccount);
        if (!account || account->builtIn)
            return;
        account->trustExceptions = list;
        QString error;
        if (!m_window->accountStore()->update(*account, &error))
            m_window->statusBar()->showMessage(error, 10000);
    };
    connect(m_certificate, &CertificateView::trustExceptionsChanged, this, storeExceptions);
    connect(m_certificate, &CertificateView::trustRequested, this,
            [this, storeExceptions](const accounts::TrustException &) {
                storeExceptions(m_certificate->trustExceptions());
            });

    connect(window->accountList()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosticsTabs::accountChanged);
    connect(window->accountStore(), &accounts::AccountStore::accountsChanged, this,
            &DiagnosticsTabs::accountChanged);

    SandboxAccount *sandboxAccount = window->sandboxAccount();
    auto attach = [this](sandbox::SandboxServer *server) {
        m_sandboxInbox->setServer(server);
        m_controls->load(server->config());
        m_controls->setServer(server);
    };
    connect(sandboxAccount, &SandboxAccount::serverStopping, this, [this] {
        m_sandboxInbox->setServer(nullptr);
        m_controls->setServer(nullptr);
    });
    connect(sandboxAccount, &SandboxAccount::serverStarted, this, attach);
    if (sandboxAccount->server())
        attach(sandboxAccount->server());
    connect(
        m_controls, &SandboxControls::applyRequested, this,
        [this](const sandbox::SandboxConfig &config) {
            const bool ok = m_window->startSandbox(config);
            accountChanged();
            if (ok)
                m_controls->setStatus(
                    tr("The sandbox restarted on %1.").arg(m_window->sandboxAccount()->address()));
            else
                m_controls->setStatus(tr("The sandbox could not restart with these "
                                         "settings; see the transcript."));
        });
    accountChanged();
}

QAction *DiagnosticsTabs::viewAction(const QString &name, const QString &text, int key,
                                     QWidget *page, const QString &tip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)));
    action->setStatusTip(tip);
    setToolTipWithShortcut(action);
    connect(action, &QAction::triggered, this, [this, page] { m_window->showView(page); });
    m_window->addAction(action);
    return action;
}

void DiagnosticsTabs::accountChanged()
{
    const std::optional<accounts::Account> account
        = m_window->accountStore()->find(m_window->selectedAccountName());
    m_probe->setAccount(account);
    m_addresses->setAccount(account);
    showCertificateOf(account ? account->name : QString());
}

void DiagnosticsTabs::showCertificateOf(const QString &name)
{
    const std::optional<accounts::Account> account = m_window->accountStore()->find(name);
    m_certificateAccount = account ? account->name : QString();
    m_certificate->setTrustExceptions(account ? account->trustExceptions
                                              : QList<accounts::TrustException>());
    m_certificate->setTrustAllowed(account && !account->builtIn
                                   && !m_window->accountStore()->isReadOnly());
    const diagnostics::ProbeReport &r = m_probe->runner()->report();
    if (account && m_probe->runner()->account().name == name && !r.tlsReport.chain.isEmpty())
        m_certificate->setReport(r.host, r.tlsReport);
    else
        m_certificate->clearChain();
}

} // namespace postscope::ui
