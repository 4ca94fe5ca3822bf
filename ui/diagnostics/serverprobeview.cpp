#include "serverprobeview.h"

#include "capabilities/capabilitiesview.h"
#include "common/findingsview.h"
#include "common/uihelpers.h"
#include "proberunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postscope::ui {

ServerProbeView::ServerProbeView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new ProbeRunner(this))
{
    setObjectName(QStringLiteral("serverProbeView"));
    setAccessibleName(tr("Server probe"));

    m_runButton
        = new QPushButton(themedIcon(QStringLiteral("network-connect")), tr("&Probe Server"), this);
    nameControl(m_runButton, QStringLiteral("probeServerButton"), m_runButton->text());
    m_runButton->setToolTip(tr("Connect to the selected account's server and report what it "
                               "offers, its TLS and certificate, and how long each step took "
                               "(no login, no mail)"));
    connect(m_runButton, &QPushButton::clicked, this, &ServerProbeView::run);
    m_cancelButton
        = new QPushButton(themedIcon(QStringLiteral("network-disconnect")), tr("S&top"), this);
    nameControl(m_cancelButton, QStringLiteral("cancelProbeButton"), m_cancelButton->text());
    m_cancelButton->setToolTip(tr("Close the probe's connection now"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ServerProbeView::cancel);
    m_certificateButton
        = new QPushButton(themedIcon(QStringLiteral("state-tls")), tr("Show &Certificate"), this);
    nameControl(m_certificateButton, QStringLiteral("showCertificateButton"),
                m_certificateButton->text());
    m_certificateButton->setEnabled(false);
    connect(m_certificateButton, &QPushButton::clicked, this,
            &ServerProbeView::certificateRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("probeStatus"));
    m_status->setAccessibleName(tr("Probe status"));
    m_status->setWordWrap(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setAccessibleName(tr("Probe summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findings = new FindingsView(this);
    m_findings->setObjectName(QStringLiteral("probeFindings"));
    m_findings->setPlaceholder(tr("Probe the server to list what it found."));

    m_timings = new QTreeWidget(this);
    m_timings->setObjectName(QStringLiteral("probeTimings"));
    m_timings->setAccessibleName(tr("Timings"));
    m_timings->setHeaderLabels({tr("Step"), tr("Time")});
    m_timings->setRootIsDecorated(false);
    m_timings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_capabilities = new CapabilitiesView(this);
    m_capabilities->setObjectName(QStringLiteral("probeCapabilities"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_status, 1);
    top->addWidget(m_certificateButton);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_findings);
    upper->addWidget(m_timings);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("probeSplitter"));
    split->addWidget(upper);
    split->addWidget(m_capabilities);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_runner, &ProbeRunner::progress, m_status, &QLabel::setText);
    connect(m_runner, &ProbeRunner::sessionStarted, this, [this](session::SmtpSession *session) {
        emit sessionStarted(m_runner->account().name, session);
    });
    connect(m_runner, &ProbeRunner::finished, this, &ServerProbeView::finished);
    updateButtons();
}

void ServerProbeView::setAccount(const std::optional<accounts::Account> &account)
{
    const bool changed = !account || !m_account || account->name != m_account->name;
    m_account = account;
    if (changed && !m_runner->isRunning()) {
        m_status->setText(account ? tr("Probe %1's server.").arg(account->name) : QString());
        m_summary->clear();
        m_findings->setFindings({});
        m_timings->clear();
        m_capabilities->clearCapabilities();
        m_certificateButton->setEnabled(false);
    }
    updateButtons();
}

void ServerProbeView::run()
{
    if (!m_account || m_runner->isRunning())
        return;
    QString error;
    if (!m_runner->start(*m_account, &error))
        m_status->setText(tr("Cannot probe: %1").arg(error));
    updateButtons();
}

void ServerProbeView::cancel()
{
    m_runner->cancel();
}

void ServerProbeView::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_runButton->setEnabled(m_account.has_value() && !running);
    m_cancelButton->setEnabled(running);
}

void ServerProbeView::finished(const diagnostics::ProbeReport &report, bool cancelled)
{
    showReport(report);
    if (cancelled)
        m_status->setText(tr("Probe stopped."));
    else if (report.error)
        m_status->setText(tr("The probe stopped early: %1").arg(report.error.message));
    else
        m_status->setText(tr("Probe finished."));
    updateButtons();
    emit reportReady(report);
}

void ServerProbeView::showReport(const diagnostics::ProbeReport &r)
{
    const QString server
        = r.socketPath.isEmpty() ? QStringLiteral("%1:%2").arg(r.host).arg(r.port) : r.socketPath;
    QString tls;
    if (r.tls)
        tls = r.tlsInfo.peerVerified
            ? tr("%1, %2, certificate verified").arg(r.tlsInfo.protocol, r.tlsInfo.cipher)
            : r.tlsInfo.trustedByFingerprint
            ? tr("%1, %2, certificate trusted by its fingerprint only")
                  .arg(r.tlsInfo.protocol, r.tlsInfo.cipher)
            : tr("%1, %2, certificate NOT verified").arg(r.tlsInfo.protocol, r.tlsInfo.cipher);
    else
        tls = tr("no TLS");
    m_summary->setText(
        tr("%1 (%2), security %3: %4. Greeting: %5")
            .arg(server, r.opening.remoteAddress, session::securityName(r.security), tls,
                 QString::fromUtf8(r.opening.greeting.isValid() ? r.opening.greeting.text()
                                                                : QByteArray("-"))));
    m_findings->setFindings(findingsFromProbe(r.findings));

    m_timings->clear();
    auto add = [this](const QString &step, qint64 ms) {
        auto *item = new QTreeWidgetItem(m_timings,
                                         {step, ms < 0 ? tr("not reached") : tr("%1 ms").arg(ms)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    const session::OpeningReport &o = r.opening;
    add(tr("Name lookup"), o.lookupMs);
    add(tr("Connect"), o.connectMs);
    add(tr("Greeting"), o.greetingMs);
    add(tr("EHLO"), o.helloMs);
    add(tr("STARTTLS"), o.startTlsMs);
    add(tr("TLS handshake"), o.handshakeMs);
    add(tr("EHLO after TLS"), o.helloAfterTlsMs);

    m_capabilities->setCapabilities(r.capabilitiesBeforeTls(), r.capabilitiesAfterTls(), server);
    m_capabilities->setTitle(
        tr("What %1 offers, before and after TLS").arg(server.toHtmlEscaped()));
    m_certificateButton->setEnabled(!r.tlsInfo.chain.isEmpty());
}

} // namespace postscope::ui
