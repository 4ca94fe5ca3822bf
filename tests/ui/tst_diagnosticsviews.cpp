// The diagnostic views driven through the real widgets (offscreen), against
// the built-in sandbox server as the peer: Test Connection in the account
// dialog refused by a certificate that does not verify (the sandbox's own,
// self-signed, with no CA given), the certificate view naming the error,
// the explicit per-fingerprint trust, and the test then succeeding; the
// server probe view; sandbox settings taking effect (an extension switched
// off disappears from EHLO; mailboxes answer VRFY); the address probe table
// sorted and exported as CSV; the inbox showing a received message with its
// parts, envelope and the server's side of the conversation, remote content
// blocked, an attachment saved, delete and clear. The Postfix counterparts
// are in gui_postfix.cpp.

#include "accounts/accountdialog.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "capabilities/capabilitiesview.h"
#include "certificates/certificateview.h"
#include "common/findingsview.h"
#include "diagnostics/addressprobeview.h"
#include "diagnostics/diagnosticstabs.h"
#include "diagnostics/proberunner.h"
#include "diagnostics/serverprobeview.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"
#include "sandbox/inbox.h"
#include "sandbox/inboxview.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxcontrols.h"
#include "sandbox/sandboxserver.h"
#include "session/smtpsession.h"
#include "session/tlsreport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace postscope;

namespace {

constexpr int probeTimeoutMs = 20000;

void setText(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool hasFinding(const ui::FindingsView *view, ui::Finding::Severity severity,
                const QString &contains)
{
    for (const ui::Finding &f : view->findings()) {
        if (f.severity == severity && f.message.contains(contains))
            return true;
    }
    return false;
}

QString findingsText(const ui::FindingsView *view)
{
    QStringList out;
    for (const ui::Finding &f : view->findings())
        out << f.message + QStringLiteral(" / ") + f.detail;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestDiagnosticsViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void certificateFailureAndExplicitTrust();
    void certificateViewListsAndRemovesExceptions();
    void windowRemovesTheAccountsTrustException();
    void serverProbeViewAndSandboxSettings();
    void addressProbeTableSortAndCsv();
    void inboxShowsTheMessage();
    void inboxReadsABigMessageOffTheLoop();
    void connectionSettingsSnippets();
    void bigMessageIsBuiltOffTheLoop();

private:
    sandbox::SandboxConfig sandboxConfig(const QString &name) const;
    QTemporaryDir m_dir;
};

void TestDiagnosticsViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diagnosticsviews"));
}

void TestDiagnosticsViews::init()
{
    QSettings().clear();
}

sandbox::SandboxConfig TestDiagnosticsViews::sandboxConfig(const QString &name) const
{
    sandbox::SandboxConfig config;
    config.maildir = m_dir.filePath(name + QStringLiteral("/maildir"));
    config.certificateFolder = m_dir.filePath(QStringLiteral("certificate"));
    return config;
}

void TestDiagnosticsViews::certificateFailureAndExplicitTrust()
{
    // The sandbox's certificate is self-signed: without it as a CA (the
    // built-in account has it; an account typed by hand does not) the
    // handshake fails closed.
    sandbox::SandboxServer server(sandboxConfig(QStringLiteral("trust")));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QSslCertificate certificate = server.certificate().certificate;
    const QByteArray sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();

    QSettings settings(m_dir.filePath("trust.ini"), QSettings::IniFormat);
    accounts::AccountStore store(&settings);
    QVERIFY(store.load(&error));
    ui::AccountDialog dialog(ui::AccountDialog::Mode::Add, accounts::Account(), &store, nullptr);
    dialog.show();
    setText(&dialog, "nameEdit", QStringLiteral("sandbox by hand"));
    setText(&dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    auto *security = dialog.findChild<QComboBox *>(QStringLiteral("securityCombo"));
    security->setCurrentIndex(security->findData(int(session::Security::StartTls)));
    dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(server.port());

    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QVERIFY(dialog.isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), probeTimeoutMs);
    const diagnostics::ProbeReport &report = dialog.probeRunner()->report();
    QVERIFY(!report.tls);
    QCOMPARE(report.error.kind, engine::SmtpError::Kind::TlsFailed);
    QVERIFY2(hasFinding(dialog.findingsView(), ui::Finding::Severity::Error,
                        QStringLiteral("TLS could not be used")),
             qPrintable(findingsText(dialog.findingsView())));
    QVERIFY(dialog.testStatusLabel()->text().startsWith(QStringLiteral("Test failed:")));
    // What was reached before the handshake has its time.
    QVERIFY2(dialog.timingsLabel()->text().contains(QStringLiteral("greeting")),
             qPrintable(dialog.timingsLabel()->text()));

    // The refused chain opens by itself, with every error named.
    ui::CertificateView *view = dialog.certificateView();
    QVERIFY(view);
    QVERIFY(dialog.certificateButton()->isEnabled());
    QCOMPARE(view->chain().size(), 1);
    QCOMPARE(view->chain().first().sha256, sha256);
    // The same model probe prints: the session's TlsReport, errors by name.
    QCOMPARE(view->report().toJson(), report.tlsReport.toJson());
    QVERIFY(!view->connectionLabel()->text().isEmpty());
    QCOMPARE(view->host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!report.tlsInfo.errors.isEmpty());
    const QString verification = view->verification()->text();
    QVERIFY2(verification.contains(QStringLiteral("Verification failed")),
             qPrintable(verification));
    for (const QSslError &e : report.tlsInfo.errors) {
        QVERIFY2(verification.contains(e.errorString().toHtmlEscaped()), qPrintable(verification));
        QVERIFY2(verification.contains(session::sslErrorName(e.error())), qPrintable(verification));
    }
    // The details of the leaf: subject, alternative names, key, fingerprint.
    QTreeWidget *details = view->details();
    QStringList fields;
    for (int i = 0; i < details->topLevelItemCount(); ++i)
        fields << details->topLevelItem(i)->text(0) + QLatin1Char('=')
                + details->topLevelItem(i)->text(1);
    const QString all = fields.join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QStringLiteral("SHA-256=") + ui::CertificateView::fingerprintText(sha256)),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("IP:127.0.0.1")), qPrintable(all));
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("Signature algorithm=\\w+"))),
             qPrintable(all));
    // The sandbox's certificate signs itself (its own key, its own name),
    // though it is no CA: shown as self-signed, as RFC 5280 6.1 counts it.
    QVERIFY2(all.contains(QStringLiteral("Self-signed=yes")), qPrintable(all));
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("Key=(RSA|EC), \\d+ bits"))),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Valid until=")));
    QCOMPARE(view->chainTree()->topLevelItemCount(), 1);

    // Trust: explicit, exactly this fingerprint for this host.
    QVERIFY(dialog.account().trustExceptions.isEmpty());
    QVERIFY(view->trustButton()->isEnabled());
    QVERIFY(view->trustButton()->toolTip().contains(ui::CertificateView::fingerprintText(sha256)));
    QTest::mouseClick(view->trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.account().trustExceptions.size(), 1);
    const accounts::TrustException t = dialog.account().trustExceptions.first();
    QCOMPARE(t.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(t.sha256, sha256);
    QVERIFY(t.added.isValid());
    // What the certificate looked like, so that a change can be told.
    QCOMPARE(t.subject, session::CertificateSummary::fromCertificate(certificate).subject);
    QCOMPARE(t.notAfter, certificate.expiryDate().toUTC());
    QVERIFY2(!view->trustButton()->isEnabled(), "trusted already");
    QCOMPARE(view->exceptionList()->topLevelItemCount(), 1);

    // Tested again: accepted by the fingerprint only, and said so.
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), probeTimeoutMs);
    const diagnostics::ProbeReport &again = dialog.probeRunner()->report();
    QVERIFY2(!again.error, qPrintable(again.error.message));
    QVERIFY(again.tls);
    QVERIFY(again.tlsInfo.trustedByFingerprint);
    QVERIFY(!again.tlsInfo.peerVerified);
    QVERIFY2(hasFinding(dialog.findingsView(), ui::Finding::Severity::Warning,
                        QStringLiteral("accepted only because")),
             qPrintable(findingsText(dialog.findingsView())));
    QVERIFY(dialog.testStatusLabel()->text().startsWith(QStringLiteral("Connected with TLSv1.")));
    QVERIFY(dialog.timingsLabel()->text().contains(QStringLiteral("TLS handshake")));

    // Saved with the account.
    dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QTRY_VERIFY(!dialog.isVisible());
    const std::optional<accounts::Account> saved = store.find(QStringLiteral("sandbox by hand"));
    QVERIFY(saved);
    QCOMPARE(saved->trustExceptions.size(), 1);
    QCOMPARE(saved->trustExceptions.first().sha256, sha256);
}

void TestDiagnosticsViews::certificateViewListsAndRemovesExceptions()
{
    sandbox::SandboxServer server(sandboxConfig(QStringLiteral("view")));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QSslCertificate c = server.certificate().certificate;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    session::TlsInfo info;
    info.peerName = QStringLiteral("mx.example.test");
    info.chain = {c};
    info.errors = {QSslError(QSslError::SelfSignedCertificate, c),
                   QSslError(QSslError::HostNameMismatch, c)};
    ui::CertificateView view;
    view.setReport(QString(), session::TlsReport::fromInfo(info, now));
    QCOMPARE(view.host(), QStringLiteral("mx.example.test"));
    const QString text = view.verification()->text();
    QVERIFY(
        text.contains(QSslError(QSslError::SelfSignedCertificate).errorString().toHtmlEscaped()));
    QVERIFY(text.contains(QSslError(QSslError::HostNameMismatch).errorString().toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("<b>SelfSignedCertificate</b>")));
    QVERIFY(text.contains(QStringLiteral("<b>HostNameMismatch</b>")));

    accounts::TrustException a;
    a.host = QStringLiteral("a.example.test");
    QVERIFY(a.setFingerprint(QString(64, QLatin1Char('a'))));
    accounts::TrustException b = a;
    b.host = QStringLiteral("b.example.test");
    view.setTrustExceptions({a, b});
    QCOMPARE(view.exceptionList()->topLevelItemCount(), 2);
    QVERIFY(!view.removeExceptionButton()->isEnabled());
    QSignalSpy changed(&view, &ui::CertificateView::trustExceptionsChanged);
    view.exceptionList()->setCurrentItem(view.exceptionList()->topLevelItem(0));
    QVERIFY(view.removeExceptionButton()->isEnabled());
    QTest::mouseClick(view.removeExceptionButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    const auto left = changed.at(0).at(0).value<QList<accounts::TrustException>>();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().host, QStringLiteral("b.example.test"));
    QCOMPARE(view.exceptionList()->topLevelItemCount(), 1);

    // A verified chain offers no trust.
    info.established = true;
    info.peerVerified = true;
    info.errors.clear();
    info.protocol = QStringLiteral("TLSv1.3");
    info.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    view.setReport(QStringLiteral("127.0.0.1"), session::TlsReport::fromInfo(info, now));
    QCOMPARE(view.connectionLabel()->text(),
             QStringLiteral("TLS: TLSv1.3, cipher TLS_AES_256_GCM_SHA384, server name (SNI) "
                            "mx.example.test"));
    QVERIFY(view.verification()->text().contains(QStringLiteral("Verified")));
    QVERIFY(!view.trustButton()->isEnabled());
}

void TestDiagnosticsViews::windowRemovesTheAccountsTrustException()
{
    // Issue 10.5: the selected account's trust exceptions are listed in the
    // window's certificate view, and a removal reaches the stored account.
    ui::MainWindow window;
    window.show();
    accounts::Account account;
    account.name = QStringLiteral("trusting");
    account.host = QStringLiteral("mx.example.test");
    accounts::TrustException a;
    a.host = account.host;
    a.added = QDateTime::currentDateTimeUtc();
    QVERIFY(a.setFingerprint(QString(64, QLatin1Char('a'))));
    accounts::TrustException b = a;
    QVERIFY(b.setFingerprint(QString(64, QLatin1Char('b'))));
    account.trustExceptions = {a, b};
    QString error;
    QVERIFY2(window.accountStore()->add(account, &error), qPrintable(error));
    QVERIFY(window.selectAccount(account.name));
    window.findChild<QAction *>(QStringLiteral("actionShowCertificate"))->trigger();
    ui::CertificateView *view = window.diagnostics()->certificate();
    QCOMPARE(window.currentView(), view);
    QCOMPARE(view->exceptionList()->topLevelItemCount(), 2);
    view->exceptionList()->setCurrentItem(view->exceptionList()->topLevelItem(0));
    QTest::mouseClick(view->removeExceptionButton(), Qt::LeftButton);
    const std::optional<accounts::Account> stored = window.accountStore()->find(account.name);
    QVERIFY(stored);
    QCOMPARE(stored->trustExceptions.size(), 1);
    QCOMPARE(stored->trustExceptions.first().sha256, QByteArray(64, 'b'));
    QCOMPARE(view->exceptionList()->topLevelItemCount(), 1);
    // The sandbox has none and offers no trust.
    QVERIFY(window.selectAccount(accounts::Account::sandboxName()));
    QCOMPARE(view->exceptionList()->topLevelItemCount(), 0);
}

void TestDiagnosticsViews::serverProbeViewAndSandboxSettings()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("probe"))));
    QVERIFY(window.selectAccount(accounts::Account::sandboxName()));
    ui::DiagnosticsTabs *tabs = window.diagnostics();
    QVERIFY(tabs);
    ui::ServerProbeView *probe = tabs->serverProbe();
    QVERIFY(probe->runButton()->isEnabled());

    QTest::mouseClick(probe->runButton(), Qt::LeftButton);
    QVERIFY(probe->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(probe->runButton()->isEnabled(), probeTimeoutMs);
    QVERIFY2(!probe->runner()->report().error, qPrintable(probe->runner()->report().error.message));
    QVERIFY(probe->runner()->report().tls);
    QVERIFY(probe->summary()->text().contains(QStringLiteral("certificate verified")));
    QVERIFY(probe->capabilities()->rowFor(QStringLiteral("SIZE")));
    QVERIFY(probe->capabilities()->rowFor(QStringLiteral("STARTTLS")));
    // Each step's time; TLS reached.
    QCOMPARE(probe->timings()->topLevelItemCount(), 7);
    QVERIFY(probe->timings()->topLevelItem(5)->text(1).endsWith(QStringLiteral(" ms")));
    // The probe's chain in the certificate tab, verified (the sandbox's CA).
    QCOMPARE(tabs->certificate()->chain().size(), 1);
    QVERIFY(tabs->certificate()->verification()->text().contains(QStringLiteral("Verified")));
    // Its session is in the window's transcript.
    QTRY_VERIFY(window.transcript()->entries().size() > 5);

    // SIZE and 8BITMIME switched off in the sandbox settings: gone from EHLO.
    ui::SandboxControls *controls = tabs->sandboxControls();
    const quint16 before = window.sandboxAccount()->port();
    QVERIFY(controls->extensionCheck("SIZE")->isChecked());
    controls->extensionCheck("SIZE")->setChecked(false);
    controls->extensionCheck("8BITMIME")->setChecked(false);
    QTest::mouseClick(controls->applyButton(), Qt::LeftButton);
    QVERIFY2(controls->status()->text().contains(QStringLiteral("restarted")),
             qPrintable(controls->status()->text()));
    QVERIFY(window.sandboxAccount()->isRunning());
    QVERIFY(!window.sandboxAccount()->server()->config().server.extensions.testFlag(
        engine::ServerExtension::Size));
    Q_UNUSED(before)

    QTest::mouseClick(probe->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(probe->runButton()->isEnabled(), probeTimeoutMs);
    QVERIFY2(!probe->runner()->report().error, qPrintable(probe->runner()->report().error.message));
    QVERIFY(!probe->capabilities()->rowFor(QStringLiteral("SIZE")));
    QVERIFY(!probe->capabilities()->rowFor(QStringLiteral("8BITMIME")));
    QVERIFY(probe->capabilities()->rowFor(QStringLiteral("PIPELINING")));
    QVERIFY2(hasFinding(probe->findings(), ui::Finding::Severity::Info,
                        QStringLiteral("SIZE is not offered")),
             qPrintable(findingsText(probe->findings())));

    // A fixed port.
    QTcpServer probePort;
    QVERIFY(probePort.listen(QHostAddress::LocalHost));
    const quint16 fixed = probePort.serverPort();
    probePort.close();
    controls->fixedPortCheck()->setChecked(true);
    controls->portSpin()->setValue(fixed);
    QTest::mouseClick(controls->applyButton(), Qt::LeftButton);
    QCOMPARE(window.sandboxAccount()->port(), fixed);
    // A fault rule (the placeholder's own example) takes effect: RCPT refused.
    controls->faultEdit()->setPlainText(
        controls->faultEdit()->placeholderText().section(QStringLiteral("e.g. "), 1));
    QTest::mouseClick(controls->applyButton(), Qt::LeftButton);
    QVERIFY2(controls->status()->text().contains(QStringLiteral("restarted")),
             qPrintable(controls->status()->text()));
    QCOMPARE(window.sandboxAccount()->server()->config().faults.rules().size(), 1);
    QCOMPARE(window.sandboxAccount()->server()->config().faults.rules().first().code, 450);
    // A bad fault rule is refused with its reason; the server keeps running.
    controls->faultEdit()->setPlainText(QStringLiteral("nonsense rule"));
    QTest::mouseClick(controls->applyButton(), Qt::LeftButton);
    QVERIFY2(controls->status()->text().startsWith(QStringLiteral("Fault rule")),
             qPrintable(controls->status()->text()));
    QCOMPARE(window.sandboxAccount()->port(), fixed);
}

void TestDiagnosticsViews::addressProbeTableSortAndCsv()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("addresses"))));
    QVERIFY(window.selectAccount(accounts::Account::sandboxName()));
    ui::DiagnosticsTabs *tabs = window.diagnostics();
    ui::SandboxControls *controls = tabs->sandboxControls();
    controls->mailboxEdit()->setPlainText(
        QStringLiteral("alice@sandbox.test\nbob@sandbox.test\nlist: staff = alice@sandbox.test"));
    controls->rejectUnknownCheck()->setChecked(true);
    QTest::mouseClick(controls->applyButton(), Qt::LeftButton);
    QVERIFY(window.sandboxAccount()->server()->config().server.directory.hasMailbox(
        "bob@sandbox.test"));

    ui::AddressProbeView *view = tabs->addressProbe();
    // Pasted: blank lines and spaces do not count.
    view->input()->setPlainText(
        QStringLiteral("ghost@sandbox.test\n alice@sandbox.test\n\nbob@sandbox.test\n"));
    QCOMPARE(view->queries().size(), 3);
    QComboBox *method = view->methodCombo();
    QVERIFY(!view->senderEdit()->isEnabled());
    method->setCurrentIndex(method->findData(int(diagnostics::AddressMethod::Vrfy)));
    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    QVERIFY(view->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), probeTimeoutMs);
    QCOMPARE(view->progress()->value(), 3);
    ui::AddressResultModel *model = view->model();
    QCOMPARE(model->rowCount(), 3);
    auto cell
        = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ui::AddressResultModel::AddressColumn), QStringLiteral("ghost@sandbox.test"));
    QCOMPARE(cell(0, ui::AddressResultModel::ResultColumn), QStringLiteral("Unknown"));
    QCOMPARE(cell(0, ui::AddressResultModel::CodeColumn), QStringLiteral("550"));
    QCOMPARE(cell(0, ui::AddressResultModel::EnhancedColumn), QStringLiteral("5.1.1"));
    QVERIFY(!cell(0, ui::AddressResultModel::MeaningColumn).isEmpty());
    QVERIFY(cell(0, ui::AddressResultModel::TextColumn).contains(QStringLiteral("User unknown")));
    QVERIFY(cell(0, ui::AddressResultModel::TimeColumn).endsWith(QStringLiteral(" ms")));
    QCOMPARE(cell(1, ui::AddressResultModel::ResultColumn), QStringLiteral("Exists"));
    QCOMPARE(cell(2, ui::AddressResultModel::CodeColumn), QStringLiteral("250"));

    // Sorted by code through the header: 250, 250, 550.
    view->table()->sortByColumn(ui::AddressResultModel::CodeColumn, Qt::AscendingOrder);
    QSortFilterProxyModel *sorted = view->sortModel();
    QCOMPARE(sorted->index(0, ui::AddressResultModel::CodeColumn).data().toString(),
             QStringLiteral("250"));
    QCOMPARE(sorted->index(2, ui::AddressResultModel::AddressColumn).data().toString(),
             QStringLiteral("ghost@sandbox.test"));

    // CSV in the table's order, RFC 4180 with the meaning.
    const QString csv = m_dir.filePath("addresses.csv");
    QString error;
    QVERIFY2(view->exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("query,verdict,code,enhancedCode,seconds,text,meaning\r"));
    QVERIFY(lines.value(1).startsWith("alice@sandbox.test,exists,250,2.1.5,"));
    QVERIFY2(lines.value(3).startsWith("ghost@sandbox.test,unknown,550,5.1.1,"), lines.value(3));

    // The RCPT method: refused recipients are unknown, nothing delivered.
    method->setCurrentIndex(method->findData(int(diagnostics::AddressMethod::Rcpt)));
    QVERIFY(view->senderEdit()->isEnabled());
    setText(view, "senderEdit", QStringLiteral("probe@sandbox.test"));
    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), probeTimeoutMs);
    QList<diagnostics::Verdict> verdicts;
    for (const diagnostics::AddressResult &r : model->results())
        verdicts << r.verdict;
    QCOMPARE(
        verdicts,
        (QList<diagnostics::Verdict> {diagnostics::Verdict::Unknown, diagnostics::Verdict::Exists,
                                      diagnostics::Verdict::Exists}));
    QCOMPARE(window.sandboxAccount()->server()->messagesReceived(), quint64(0));

    // A line the RCPT method cannot send is refused before connecting.
    view->input()->setPlainText(QStringLiteral("not an address"));
    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    QVERIFY(!view->isRunning());
    QVERIFY2(view->status()->text().startsWith(QStringLiteral("Line 1:")),
             qPrintable(view->status()->text()));

    // A file, one address per line.
    QFile list(m_dir.filePath("list.txt"));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("a@sandbox.test\r\n\r\n  b@sandbox.test\n");
    list.close();
    QVERIFY2(view->loadFile(list.fileName(), &error), qPrintable(error));
    QCOMPARE(view->queries(), (QStringList {"a@sandbox.test", "b@sandbox.test"}));
    QFile tooLong(m_dir.filePath("long.txt"));
    QVERIFY(tooLong.open(QIODevice::WriteOnly));
    tooLong.write(QByteArray(600, 'x') + "@sandbox.test\n");
    tooLong.close();
    QVERIFY(!view->loadFile(tooLong.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
}

void TestDiagnosticsViews::inboxShowsTheMessage()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("inbox"))));
    ui::InboxView *inbox = window.diagnostics()->inbox();
    auto *show = window.findChild<QAction *>(QStringLiteral("actionShowInbox"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    QVERIFY(show->toolTip().contains(
        QKeySequence(Qt::CTRL | Qt::Key_8).toString(QKeySequence::NativeText)));
    bool inMenu = false;
    for (QObject *o : show->associatedObjects())
        inMenu = inMenu || qobject_cast<QMenu *>(o);
    QVERIFY2(inMenu, "in the View menu");
    show->trigger();
    QCOMPARE(window.currentView(), inbox);
    QCOMPARE(inbox->messageList()->topLevelItemCount(), 0);

    QFile attachment(m_dir.filePath("report.bin"));
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    QByteArray payload;
    for (int i = 0; i < 3000; ++i)
        payload.append(char(i * 7));
    attachment.write(payload);
    attachment.close();

    mime::MessageSpec spec = ui::SandboxAccount::testMessage();
    spec.subject = QStringLiteral("Quarterly report");
    spec.html
        = QStringLiteral("<p>Hello <b>there</b></p><img src=\"http://127.0.0.1:9/pixel.png\">");
    spec.attachments = {mime::Attachment {attachment.fileName(),
                                          QStringLiteral("report.bin"),
                                          "application/octet-stream",
                                          false,
                                          {}}};
    QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
    QString error;
    QVERIFY2(window.sandboxAccount()->send(spec, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, probeTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    // Live, newest first.
    QTRY_COMPARE(inbox->messageList()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = inbox->messageList()->topLevelItem(0);
    QCOMPARE(row->text(ui::InboxView::SubjectColumn), QStringLiteral("Quarterly report"));
    QCOMPARE(row->text(ui::InboxView::ToColumn), QStringLiteral("inbox@sandbox.test"));
    inbox->messageList()->setCurrentItem(row);

    // Part tree: mixed > (alternative > plain, html), the attachment.
    QTreeWidget *parts = inbox->partTree();
    QCOMPARE(parts->topLevelItemCount(), 1);
    QTreeWidgetItem *top = parts->topLevelItem(0);
    QCOMPARE(top->text(0), QStringLiteral("multipart/mixed"));
    QStringList leaves;
    QTreeWidgetItemIterator it(parts);
    QTreeWidgetItem *attachmentRow = nullptr;
    for (; *it; ++it) {
        leaves << (*it)->text(0);
        if ((*it)->text(1) == QLatin1String("report.bin"))
            attachmentRow = *it;
    }
    QVERIFY2(leaves.contains(QStringLiteral("text/plain")), qPrintable(leaves.join(',')));
    QVERIFY(leaves.contains(QStringLiteral("text/html")));
    QVERIFY(attachmentRow);

    // Rendered HTML, the remote image not fetched.
    QVERIFY(inbox->body()->toPlainText().contains(QStringLiteral("Hello there")));
    // Images are asked for when the body is laid out and painted.
    inbox->detailTabs()->setCurrentIndex(0);
    inbox->body()->viewport()->grab();
    QTRY_VERIFY(inbox->body()->blockedCount() >= 1);
    const int blocked = inbox->body()->blockedCount();
    QVERIFY(inbox->body()
                ->loadResource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("https://tracker.example/p.gif")))
                .isNull());
    QVERIFY(
        inbox->body()
            ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd")))
            .isNull());
    QCOMPARE(inbox->body()->blockedCount(), blocked + 2);

    // Header fields, raw source, envelope, the server's side.
    bool subject = false;
    for (int i = 0; i < inbox->headerList()->topLevelItemCount(); ++i)
        subject = subject
            || (inbox->headerList()->topLevelItem(i)->text(0) == QLatin1String("Subject")
                && inbox->headerList()->topLevelItem(i)->text(1)
                    == QLatin1String("Quarterly report"));
    QVERIFY(subject);
    QVERIFY(inbox->source()->toPlainText().contains(QStringLiteral("Subject: Quarterly report")));
    const QString envelope = inbox->envelope()->toPlainText();
    QVERIFY2(envelope.contains(QStringLiteral("MAIL FROM: <you@sandbox.test>")),
             qPrintable(envelope));
    QVERIFY(envelope.contains(QStringLiteral("RCPT TO: <inbox@sandbox.test>")));
    QVERIFY(envelope.contains(QStringLiteral("TLS: yes")));
    QTRY_VERIFY(inbox->conversation()->toPlainText().contains(QStringLiteral("S: 221")));
    const QString conversation = inbox->conversation()->toPlainText();
    QVERIFY(conversation.contains(QStringLiteral("C: MAIL FROM:<you@sandbox.test>")));
    QVERIFY(conversation.contains(QStringLiteral("C: STARTTLS")));
    QVERIFY2(!conversation.contains(QStringLiteral("Quarterly")), "no message data in it");

    // Save the attachment: the decoded octets.
    const int part = attachmentRow->data(0, ui::InboxView::PartRole).toInt();
    const QString saved = m_dir.filePath("saved.bin");
    QVERIFY2(inbox->saveAttachment(part, saved, &error), qPrintable(error));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), payload);

    // A second message goes on top; delete removes the file; clear the rest.
    QVERIFY(window.sandboxAccount()->send(ui::SandboxAccount::testMessage(), &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, probeTimeoutMs);
    QTRY_COMPARE(inbox->messageList()->topLevelItemCount(), 2);
    QCOMPARE(inbox->messageList()->topLevelItem(0)->text(ui::InboxView::SubjectColumn),
             ui::SandboxAccount::testMessage().subject);
    const QString firstPath = window.diagnostics()->sandboxInbox()->messages().first().path();
    QVERIFY(QFile::exists(firstPath));
    inbox->messageList()->setCurrentItem(inbox->messageList()->topLevelItem(1));
    QTest::mouseClick(inbox->deleteButton(), Qt::LeftButton);
    QVERIFY2(inbox->messageList()->topLevelItemCount() == 1, qPrintable(inbox->status()->text()));
    QVERIFY(!QFile::exists(firstPath));
    QTest::mouseClick(inbox->clearButton(), Qt::LeftButton);
    QCOMPARE(inbox->messageList()->topLevelItemCount(), 0);
    QVERIFY(window.diagnostics()->sandboxInbox()->messages().isEmpty());
}

void TestDiagnosticsViews::inboxReadsABigMessageOffTheLoop()
{
    // A message over InboxView::parseInBackgroundFrom is taken apart by a
    // worker: selecting it returns at once with "Reading…", the parts come
    // when the worker is done, and a result for a message no longer
    // selected is dropped.
    ui::MainWindow window;
    window.show();
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("inbox-big"))));
    ui::InboxView *inbox = window.diagnostics()->inbox();

    QFile attachment(m_dir.filePath("big.bin"));
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    QByteArray chunk(64 * 1024, 'x');
    for (qint64 written = 0; written < ui::InboxView::parseInBackgroundFrom + (1 << 20);
         written += chunk.size())
        attachment.write(chunk);
    attachment.close();

    auto sendOne = [&](const QString &subject, bool big) {
        mime::MessageSpec spec = ui::SandboxAccount::testMessage();
        spec.subject = subject;
        if (big)
            spec.attachments = {mime::Attachment {attachment.fileName(),
                                                  QStringLiteral("big.bin"),
                                                  "application/octet-stream",
                                                  false,
                                                  {}}};
        QSignalSpy finished(window.sandboxAccount(), &ui::SandboxAccount::sendFinished);
        QString error;
        if (!window.sandboxAccount()->send(spec, &error))
            return error;
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, probeTimeoutMs))
            return QStringLiteral("the send did not finish");
        return finished.at(0).at(0).toBool() ? QString() : finished.at(0).at(1).toString();
    };
    QString error = sendOne(QStringLiteral("small one"), false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = sendOne(QStringLiteral("big one"), true);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE(inbox->messageList()->topLevelItemCount(), 2);
    QTreeWidgetItem *big = inbox->messageList()->topLevelItem(0);
    QTreeWidgetItem *small = inbox->messageList()->topLevelItem(1);
    QCOMPARE(big->text(ui::InboxView::SubjectColumn), QStringLiteral("big one"));

    inbox->messageList()->setCurrentItem(big);
    // Nothing of the parse yet: it cannot arrive before the loop turns.
    QVERIFY2(inbox->body()->toPlainText().startsWith(QStringLiteral("Reading the message")),
             qPrintable(inbox->body()->toPlainText()));
    QCOMPARE(inbox->partTree()->topLevelItemCount(), 0);
    QVERIFY(inbox->envelope()->toPlainText().contains(QStringLiteral("MAIL FROM:")));
    QTRY_COMPARE_WITH_TIMEOUT(inbox->partTree()->topLevelItemCount(), 1, 20000);
    QStringList names;
    for (QTreeWidgetItemIterator it(inbox->partTree()); *it; ++it)
        names << (*it)->text(1);
    QVERIFY2(names.contains(QStringLiteral("big.bin")), qPrintable(names.join(',')));
    QVERIFY(inbox->source()->toPlainText().contains(QStringLiteral("more; the file")));
    QVERIFY(!inbox->body()->toPlainText().startsWith(QStringLiteral("Reading the message")));

    // Big, then small before the worker is done: the small one stays shown.
    inbox->messageList()->setCurrentItem(small);
    inbox->messageList()->setCurrentItem(big);
    inbox->messageList()->setCurrentItem(small);
    QCOMPARE(inbox->headerList()->topLevelItemCount() > 0, true);
    const QString smallHeaders = inbox->source()->toPlainText();
    QVERIFY(smallHeaders.contains(QStringLiteral("Subject: small one")));
    // The abandoned worker finishes and its result is delivered (and dropped).
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(inbox->source()->toPlainText(), smallHeaders);
    QVERIFY(!inbox->source()->toPlainText().contains(QStringLiteral("big.bin")));
}

void TestDiagnosticsViews::connectionSettingsSnippets()
{
    ui::MainWindow window;
    sandbox::SandboxConfig config = sandboxConfig(QStringLiteral("snippets"));
    config.users.insert(QStringLiteral("tester"), QStringLiteral("t3st-only"));
    QVERIFY(window.startSandbox(config));
    ui::SandboxControls *controls = window.diagnostics()->sandboxControls();
    QCOMPARE(controls->userTable()->rowCount(), 1);
    const QString text = controls->connectionSettings();
    const QString port = QString::number(window.sandboxAccount()->port());
    QVERIFY2(text.contains(QStringLiteral("Port: ") + port), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Security: STARTTLS")));
    QVERIFY(text.contains(QStringLiteral("User: tester")));
    QVERIFY(text.contains(QStringLiteral("swaks --server 127.0.0.1:") + port));
    QVERIFY(text.contains(QStringLiteral("--tls")));
    QVERIFY(text.contains(QStringLiteral("smtplib.SMTP('127.0.0.1', ") + port));
    QVERIFY(text.contains(QStringLiteral("s.starttls(")));
    QTest::mouseClick(controls->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestDiagnosticsViews::bigMessageIsBuiltOffTheLoop()
{
    // Files over SandboxAccount::bigFileBytes are read on a worker thread:
    // send() returns at once, busy; the loop keeps turning; a refusal found
    // while building comes with sendFinished().
    ui::MainWindow window;
    QVERIFY(window.startSandbox(sandboxConfig(QStringLiteral("big"))));
    QFile big(m_dir.filePath("big.txt"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray(70, 'y') + "\r\n";
    for (qint64 written = 0; written <= ui::SandboxAccount::bigFileBytes; written += line.size())
        big.write(line);
    big.close();
    mime::MessageSpec spec = ui::SandboxAccount::testMessage();
    spec.body.clear();
    spec.bodyFile = big.fileName();
    QVERIFY(ui::SandboxAccount::readsBigFiles(spec));
    QVERIFY(!ui::SandboxAccount::readsBigFiles(ui::SandboxAccount::testMessage()));

    ui::SandboxAccount *account = window.sandboxAccount();
    QSignalSpy finished(account, &ui::SandboxAccount::sendFinished);
    QString error;
    QVERIFY2(account->send(spec, &error), qPrintable(error));
    QVERIFY(account->isBusy());
    QVERIFY2(!account->send(spec, &error), "one message at a time");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, probeTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!account->isBusy());
    QTRY_COMPARE(window.diagnostics()->sandboxInbox()->messages().size(), 1);
    QVERIFY(window.diagnostics()->sandboxInbox()->messages().first().size
            > ui::SandboxAccount::bigFileBytes);

    spec.to = {QStringLiteral("not an address")};
    QVERIFY(account->send(spec, &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, probeTimeoutMs);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY2(finished.at(1).at(1).toString().contains(QStringLiteral("not an address")),
             qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(!account->isBusy());
}

int main(int argc, char **argv)
{
    // No session bus: nothing here reaches the machine's keychain.
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    TestDiagnosticsViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diagnosticsviews.moc"
