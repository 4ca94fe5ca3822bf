// The diagnostic views against a real Postfix (tests/support/peers: a
// private Postfix with STARTTLS and Dovecot SASL, alice@ and bob@example.test
// exist). CTest runs this through `peers.py postfix -- gui_postfix`, which
// passes PEER_PORT and PEER_CERT; without them (no Postfix) every test
// fails, with CI=true or without (no skips).
//  - Test Connection in the account dialog, with the fixture's certificate
//    as the CA file: TLS verified, no AUTH before TLS, Postfix's greeting
//    name not in the certificate and its short life found, the timings;
//  - without the CA file: refused, the certificate view, the explicit
//    trust, and the test then passing;
//  - the address probe table: VRFY (252 for alice and bob, 550 5.1.1 for
//    ghost) and the RCPT method (alice and bob exist, ghost unknown).

#include "accounts/accountdialog.h"
#include "accounts/accountstore.h"
#include "certificates/certificateview.h"
#include "common/findingsview.h"
#include "diagnostics/addressprobeview.h"
#include "diagnostics/diagnosticstabs.h"
#include "diagnostics/proberunner.h"
#include "mainwindow/mainwindow.h"
#include "privatekeyring.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using diagnostics::Verdict;

namespace {

constexpr int timeoutMs = 30000;

void setText(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QStringList findingIds(const diagnostics::ProbeReport &report)
{
    QStringList ids;
    for (const diagnostics::Finding &f : report.findings)
        ids << f.id;
    return ids;
}

} // namespace

class gui_Postfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testConnectionShowsFindings();
    void untrustedCertificateThenTrusted();
    void addressProbeTable();

private:
    void fillServer(ui::AccountDialog *dialog);
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_cert;
};

void gui_Postfix::initTestCase()
{
    m_port = qEnvironmentVariable("PEER_PORT").toUShort();
    m_cert = qEnvironmentVariable("PEER_CERT");
    QVERIFY2(m_port != 0 && QFile::exists(m_cert),
             "no Postfix: run through tests/support/peers/peers.py postfix -- gui_postfix "
             "(CTest does; Debian packages postfix and dovecot-core)");
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_postfix"));
}

void gui_Postfix::fillServer(ui::AccountDialog *dialog)
{
    setText(dialog, "nameEdit", QStringLiteral("Postfix"));
    setText(dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    auto *security = dialog->findChild<QComboBox *>(QStringLiteral("securityCombo"));
    security->setCurrentIndex(security->findData(int(session::Security::StartTls)));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(m_port);
}

void gui_Postfix::testConnectionShowsFindings()
{
    QSettings settings(m_dir.filePath("a.ini"), QSettings::IniFormat);
    accounts::AccountStore store(&settings);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    ui::AccountDialog dialog(ui::AccountDialog::Mode::Add, accounts::Account(), &store, nullptr);
    dialog.show();
    fillServer(&dialog);
    setText(&dialog, "caFileEdit", m_cert);
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), timeoutMs);

    const diagnostics::ProbeReport &r = dialog.probeRunner()->report();
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY(r.tls);
    QVERIFY(r.tlsInfo.peerVerified);
    QVERIFY(r.opening.greeting.text().contains("Postfix"));
    QVERIFY(r.capabilitiesBeforeTls().authMechanisms().isEmpty()); // smtpd_tls_auth_only
    QVERIFY(!r.capabilitiesAfterTls().authMechanisms().isEmpty());
    const QStringList ids = findingIds(r);
    QVERIFY2(ids.contains(QStringLiteral("greeting-name-mismatch")), qPrintable(ids.join(',')));
    QVERIFY2(ids.contains(QStringLiteral("certificate-expires-soon")), qPrintable(ids.join(',')));
    QVERIFY(!ids.contains(QStringLiteral("auth-plaintext-before-tls")));
    // The dialog shows them, each one a row, with the timings.
    ui::FindingsView *view = dialog.findingsView();
    QCOMPARE(view->findings().size(), r.findings.size());
    QCOMPARE(view->topLevelItemCount(), int(r.findings.size()));
    bool mismatch = false;
    for (const ui::Finding &f : view->findings())
        mismatch = mismatch
            || (f.severity == ui::Finding::Severity::Warning
                && f.message.contains(QStringLiteral("mx.example.test")));
    QVERIFY(mismatch);
    QVERIFY(dialog.testStatusLabel()->text().startsWith(QStringLiteral("Connected with TLSv1.3")));
    const QString timings = dialog.timingsLabel()->text();
    QVERIFY2(timings.contains(QStringLiteral("STARTTLS"))
                 && timings.contains(QStringLiteral("EHLO after TLS")),
             qPrintable(timings));
    QVERIFY(dialog.certificateButton()->isEnabled());
    QVERIFY2(!dialog.certificateView(), "a verified certificate does not pop up");
}

void gui_Postfix::untrustedCertificateThenTrusted()
{
    QSettings settings(m_dir.filePath("b.ini"), QSettings::IniFormat);
    accounts::AccountStore store(&settings);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    ui::AccountDialog dialog(ui::AccountDialog::Mode::Add, accounts::Account(), &store, nullptr);
    dialog.show();
    fillServer(&dialog);
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), timeoutMs);
    QCOMPARE(dialog.probeRunner()->report().error.kind, engine::SmtpError::Kind::TlsFailed);
    ui::CertificateView *view = dialog.certificateView();
    QVERIFY(view);
    QCOMPARE(view->chain().size(), 1);
    QVERIFY(view->chain().first().commonName.contains(QStringLiteral("localhost")));
    const QByteArray expected = qEnvironmentVariable("PEER_CERT_SHA256").toLatin1();
    QCOMPARE(view->chain().first().sha256, expected);
    QVERIFY2(view->trustButton()->isEnabled(), qPrintable(view->trustButton()->toolTip()));
    QTest::mouseClick(view->trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.account().trustExceptions.value(0).sha256, expected);

    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), timeoutMs);
    const diagnostics::ProbeReport &r = dialog.probeRunner()->report();
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY(r.tls && r.tlsInfo.trustedByFingerprint);
    QVERIFY(findingIds(r).contains(QStringLiteral("tls-not-verified")));
}

void gui_Postfix::addressProbeTable()
{
    ui::MainWindow window;
    window.show();
    accounts::Account account;
    account.name = QStringLiteral("Postfix");
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_port;
    account.security = session::Security::StartTls;
    account.caFile = m_cert;
    QString error;
    QVERIFY2(window.accountStore()->add(account, &error), qPrintable(error));
    QVERIFY(window.selectAccount(account.name));
    ui::AddressProbeView *view = window.diagnostics()->addressProbe();
    QVERIFY(view->runButton()->isEnabled());
    view->setQueries({QStringLiteral("alice@example.test"), QStringLiteral("bob@example.test"),
                      QStringLiteral("ghost@example.test")});

    auto run = [view](diagnostics::AddressMethod method) {
        view->methodCombo()->setCurrentIndex(view->methodCombo()->findData(int(method)));
        QTest::mouseClick(view->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), timeoutMs);
    };
    auto verdicts = [view] {
        QList<Verdict> out;
        for (const diagnostics::AddressResult &r : view->model()->results())
            out << r.verdict;
        return out;
    };
    run(diagnostics::AddressMethod::Vrfy);
    QCOMPARE(verdicts(),
             (QList<Verdict> {Verdict::CannotVerify, Verdict::CannotVerify, Verdict::Unknown}));
    ui::AddressResultModel *model = view->model();
    QCOMPARE(model->index(0, ui::AddressResultModel::CodeColumn).data().toString(),
             QStringLiteral("252"));
    QCOMPARE(model->index(2, ui::AddressResultModel::CodeColumn).data().toString(),
             QStringLiteral("550"));
    QCOMPARE(model->index(2, ui::AddressResultModel::EnhancedColumn).data().toString(),
             QStringLiteral("5.1.1"));
    QVERIFY(!model->index(2, ui::AddressResultModel::MeaningColumn).data().toString().isEmpty());

    run(diagnostics::AddressMethod::Rcpt);
    QCOMPARE(verdicts(), (QList<Verdict> {Verdict::Exists, Verdict::Exists, Verdict::Unknown}));
    QCOMPARE(model->index(2, ui::AddressResultModel::ResultColumn).data().toString(),
             QStringLiteral("Unknown"));
    QVERIFY(view->status()->text().contains(QStringLiteral("3 of 3 answered")));
}

int main(int argc, char **argv)
{
    postscope::testsupport::isolateWithoutSessionBus();
    QApplication app(argc, argv);
    gui_Postfix test;
    return QTest::qExec(&test, argc, argv);
}

#include "gui_postfix.moc"
