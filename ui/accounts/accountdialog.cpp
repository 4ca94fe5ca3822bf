#include "accountdialog.h"
#include "securitypage.h"

#include "accounts/accountstore.h"
#include "auth/mechanisms.h"
#include "auth/oauth2.h"
#include "certificates/certificateview.h"
#include "common/findingsview.h"
#include "common/uihelpers.h"
#include "diagnostics/proberunner.h"
#include "transcript/transcriptview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace postscope::ui {

using accounts::Account;
using accounts::Identity;
using accounts::SecretKind;
using accounts::SecretResult;
using session::Security;

namespace {

constexpr double maxTimeoutSeconds = 24 * 3600;

// A form row: the label's text becomes the control's accessible name.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &objectName)
{
    nameControl(field, objectName, label);
    form->addRow(label, field);
}

// Milliseconds as the spin box shows them, and back; a value the person did
// not touch keeps its exact milliseconds.
double toSeconds(int ms)
{
    return qRound(ms / 100.0) / 10.0;
}

int fromSpin(const QDoubleSpinBox *spin, int original)
{
    if (qFuzzyCompare(spin->value(), toSeconds(original)))
        return original;
    return qRound(spin->value() * 1000);
}

} // namespace

AccountDialog::AccountDialog(Mode mode, const Account &account, accounts::AccountStore *store,
                             accounts::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_initial(account)
    , m_store(store)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("accountDialog"));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("New Account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Account “%1”").arg(account.name));
        m_originalName = account.name;
        m_secretSource = account.name;
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Account “%1”").arg(account.name));
        m_secretSource = account.name;
        m_initial.builtIn = false;
        m_initial.name = copyName(account.name, store);
        break;
    }
    setAccessibleName(windowTitle());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setAccessibleName(tr("Account settings"));
    m_tabs->addTab(createServerPage(), tr("&Server"));
    m_tabs->addTab(createLoginPage(), tr("&Login"));
    m_tabs->addTab(createIdentitiesPage(), tr("&Identities"));
    m_tabs->addTab(createAdvancedPage(), tr("Ad&vanced"));
    // Signing, encryption and DKIM: a page of its own (securitypage.h).
    m_securityPage = new SecurityPage(this);
    m_securityPage->setObjectName(QStringLiteral("securityPage"));
    connect(m_securityPage, &SecurityPage::changed, this, &AccountDialog::updateProblems);
    // In a scroll area: the page is the dialog's tallest, and the dialog
    // should open at the height of its other tabs on a laptop screen.
    auto *securityScroll = new QScrollArea(this);
    securityScroll->setObjectName(QStringLiteral("securityScroll"));
    securityScroll->setFrameShape(QFrame::NoFrame);
    securityScroll->setWidgetResizable(true);
    securityScroll->setWidget(m_securityPage);
    m_tabs->addTab(securityScroll, tr("Sec&urity"));

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setAccessibleName(tr("Problems"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("saveStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setAccessibleName(tr("Save status"));
    m_statusLabel->setVisible(false);

    m_testButton = new QPushButton(themedIcon(QStringLiteral("network-connect")),
                                   tr("&Test Connection"), this);
    nameControl(m_testButton, QStringLiteral("testConnectionButton"), m_testButton->text());
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    m_runner = new ProbeRunner(this);
    connect(m_runner, &ProbeRunner::progress, this, [this](const QString &text) {
        m_testStatus->setText(text);
        m_testStatus->setVisible(true);
    });
    connect(m_runner, &ProbeRunner::finished, this, &AccountDialog::testFinished);
    m_cancelTestButton
        = new QPushButton(themedIcon(QStringLiteral("network-disconnect")), tr("Stop &Test"), this);
    nameControl(m_cancelTestButton, QStringLiteral("cancelTestButton"), m_cancelTestButton->text());
    m_cancelTestButton->setToolTip(tr("Close the test connection now"));
    m_cancelTestButton->setVisible(false);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &AccountDialog::cancelTestConnection);
    m_certificateButton
        = new QPushButton(themedIcon(QStringLiteral("state-tls")), tr("&Certificate…"), this);
    nameControl(m_certificateButton, QStringLiteral("certificateButton"),
                m_certificateButton->text());
    m_certificateButton->setToolTip(
        tr("The certificate chain the server showed in the last test, and this account's "
           "trust exceptions"));
    m_certificateButton->setEnabled(false);
    connect(m_certificateButton, &QPushButton::clicked, this, &AccountDialog::showCertificate);
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setAccessibleName(tr("Test status"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setVisible(false);
    m_timings = new QLabel(this);
    m_timings->setObjectName(QStringLiteral("testTimings"));
    m_timings->setAccessibleName(tr("Timings"));
    m_timings->setWordWrap(true);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timings->setVisible(false);
    setTestConnectionAvailable(true);

    m_findings = new FindingsView(this);
    m_findings->setPlaceholder(tr("Test Connection lists here what the server offers."));
    m_findings->setMaximumHeight(m_findings->fontMetrics().lineSpacing() * 6 + 8);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(mode == Mode::Edit ? tr("Save") : tr("Add Account"));
    ok->setAccessibleName(accessibleText(ok->text()));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addWidget(m_testStatus, 1);
    testRow->addWidget(m_certificateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemsLabel);
    layout->addLayout(testRow);
    layout->addWidget(m_findings);
    layout->addWidget(m_timings);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    load(m_initial);

    if (m_secrets) {
        connect(m_secrets, &accounts::SecretStore::availabilityChanged, this,
                &AccountDialog::updateKeychainNote);
        if (m_secrets->availability() == accounts::SecretStore::Availability::Unknown)
            m_secrets->checkAvailability();
    }
    updateKeychainNote();
    m_openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    readStoredTokenState();
    m_loaded = true;
    updateProblems();
    resize(580, 480);
}

AccountDialog::~AccountDialog() = default;

QWidget *AccountDialog::createServerPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setPlaceholderText(tr("work, Postfix test, …"));
    m_nameEdit->setToolTip(tr("The account's name: unique, and how the command line names it "
                              "(postscope-cli --account NAME)"));
    m_nameEdit->setMaxLength(accounts::maxNameLength);
    addRow(form, tr("&Name:"), m_nameEdit, QStringLiteral("nameEdit"));

    m_hostEdit = new QLineEdit(page);
    m_hostEdit->setPlaceholderText(tr("smtp.example.com"));
    m_hostEdit->setMaxLength(accounts::maxTextLength);
    addRow(form, tr("&Host:"), m_hostEdit, QStringLiteral("hostEdit"));

    m_securityCombo = new QComboBox(page);
    m_securityCombo->addItem(tr("STARTTLS, required (submission, port 587)"),
                             int(Security::StartTls));
    m_securityCombo->addItem(tr("TLS from the first byte (port 465)"), int(Security::Tls));
    m_securityCombo->addItem(tr("STARTTLS when the server offers it"),
                             int(Security::Opportunistic));
    m_securityCombo->addItem(tr("None: plain text (port 25)"), int(Security::None));
    m_securityCombo->setToolTip(tr("RFC 3207 (STARTTLS) and RFC 8314 (TLS from the first byte). "
                                   "A required TLS setting fails closed when the server cannot "
                                   "do it."));
    addRow(form, tr("Securit&y:"), m_securityCombo, QStringLiteral("securityCombo"));

    m_portSpin = new QSpinBox(page);
    m_portSpin->setRange(1, 65535);
    m_portSpin->setToolTip(
        tr("Filled in for the security and protocol chosen until you change it"));
    addRow(form, tr("&Port:"), m_portSpin, QStringLiteral("portSpin"));

    m_protocolCombo = new QComboBox(page);
    m_protocolCombo->addItem(tr("SMTP"), int(engine::Dialect::Smtp));
    m_protocolCombo->addItem(tr("LMTP (local delivery, RFC 2033)"), int(engine::Dialect::Lmtp));
    addRow(form, tr("P&rotocol:"), m_protocolCombo, QStringLiteral("protocolCombo"));

    connect(m_securityCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::securityOrProtocolChanged);
    connect(m_protocolCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::securityOrProtocolChanged);
    connect(m_portSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingPort)
            m_portTouched = true;
        updateProblems();
    });
    for (QLineEdit *edit : {m_nameEdit, m_hostEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateProblems);

    auto *ports = new QLabel(tr("The usual ports: 587 for submission with STARTTLS (RFC 6409), "
                                "465 for submission over TLS (RFC 8314), 25 between mail servers "
                                "(RFC 5321), 24 for LMTP."),
                             page);
    ports->setObjectName(QStringLiteral("portsHint"));
    ports->setWordWrap(true);
    ports->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), ports);
    return page;
}

QWidget *AccountDialog::createLoginPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_loginForm = form;
    m_mechanismCombo = new QComboBox(page);
    m_mechanismCombo->addItem(tr("Automatic: the strongest the server offers"),
                              QStringLiteral("auto"));
    for (const QByteArray &mechanism : auth::availableMechanisms())
        m_mechanismCombo->addItem(QString::fromLatin1(mechanism), QString::fromLatin1(mechanism));
    // RFC 7628: an access token from the OAuth provider instead of a password.
    for (const QByteArray &mechanism : auth::bearerTokenMechanisms())
        m_mechanismCombo->addItem(QString::fromLatin1(mechanism), QString::fromLatin1(mechanism));
    m_mechanismCombo->setToolTip(tr("The SASL mechanism for AUTH (RFC 4954)"));
    addRow(form, tr("&Mechanism:"), m_mechanismCombo, QStringLiteral("mechanismCombo"));

    m_userEdit = new QLineEdit(page);
    m_userEdit->setPlaceholderText(tr("Empty: no login"));
    m_userEdit->setMaxLength(accounts::maxTextLength);
    addRow(form, tr("Use&r:"), m_userEdit, QStringLiteral("userEdit"));

    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    addRow(form, tr("Pass&word:"), m_passwordEdit, QStringLiteral("passwordEdit"));

    m_keychainNote = new QLabel(page);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_keychainNote);

    m_plaintextCheck
        = new QCheckBox(tr("&Allow a plaintext login (PLAIN, LOGIN) without TLS"), page);
    nameControl(m_plaintextCheck, QStringLiteral("plaintextCheck"), m_plaintextCheck->text());
    m_plaintextCheck->setToolTip(
        tr("Without TLS these mechanisms send the password readable by anyone on the path "
           "(RFC 4954 4). Only for test servers on your own network."));
    form->addRow(QString(), m_plaintextCheck);
    createOAuthSection(page);

    connect(m_mechanismCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::updateProblems);
    connect(m_mechanismCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::oauthChanged);
    connect(m_userEdit, &QLineEdit::textChanged, this, &AccountDialog::updateProblems);
    return page;
}

QWidget *AccountDialog::createIdentitiesPage()
{
    auto *page = new QWidget(this);
    m_identities = new QTableWidget(0, 3, page);
    m_identities->setObjectName(QStringLiteral("identitiesTable"));
    m_identities->setAccessibleName(tr("Identities"));
    m_identities->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Default From")});
    m_identities->horizontalHeader()->setSectionResizeMode(IdentityNameColumn,
                                                           QHeaderView::Stretch);
    m_identities->horizontalHeader()->setSectionResizeMode(IdentityAddressColumn,
                                                           QHeaderView::Stretch);
    m_identities->horizontalHeader()->setSectionResizeMode(IdentityDefaultColumn,
                                                           QHeaderView::ResizeToContents);
    m_identities->verticalHeader()->hide();
    m_identities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_identities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_identities->setToolTip(tr("Who this account sends as (RFC 5322 From): a name and an "
                                "address; the default one is used unless you choose another"));
    connect(m_identities, &QTableWidget::itemChanged, this, &AccountDialog::identityChanged);

    m_addIdentityButton
        = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("A&dd Identity"), page);
    nameControl(m_addIdentityButton, QStringLiteral("addIdentityButton"),
                m_addIdentityButton->text());
    connect(m_addIdentityButton, &QPushButton::clicked, this, &AccountDialog::addIdentity);
    m_removeIdentityButton
        = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Re&move Identity"), page);
    nameControl(m_removeIdentityButton, QStringLiteral("removeIdentityButton"),
                m_removeIdentityButton->text());
    connect(m_removeIdentityButton, &QPushButton::clicked, this, &AccountDialog::removeIdentity);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addIdentityButton);
    buttons->addWidget(m_removeIdentityButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_identities, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *AccountDialog::createAdvancedPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_heloEdit = new QLineEdit(page);
    m_heloEdit->setPlaceholderText(tr("Empty: this computer's name"));
    m_heloEdit->setToolTip(tr("The name the client gives in EHLO (RFC 5321 4.1.1.1)"));
    addRow(form, tr("&EHLO name:"), m_heloEdit, QStringLiteral("heloEdit"));

    auto timeoutSpin = [page](const QString &tip) {
        auto *spin = new QDoubleSpinBox(page);
        spin->setRange(0.1, maxTimeoutSeconds);
        spin->setDecimals(1);
        spin->setSuffix(tr(" s"));
        spin->setToolTip(tip);
        return spin;
    };
    m_replyTimeoutSpin = timeoutSpin(tr("How long to wait for each reply"));
    addRow(form, tr("&Reply timeout:"), m_replyTimeoutSpin, QStringLiteral("replyTimeoutSpin"));
    m_connectTimeoutSpin = timeoutSpin(tr("How long to wait for the connection and the TLS "
                                          "handshake"));
    addRow(form, tr("&Connect timeout:"), m_connectTimeoutSpin,
           QStringLiteral("connectTimeoutSpin"));

    m_caFileEdit = new QLineEdit(page);
    m_caFileEdit->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    m_caFileEdit->setToolTip(tr("Extra trust anchors (PEM), like --ca-file"));
    auto *browse = new QToolButton(page);
    browse->setText(tr("…"));
    nameControl(browse, QStringLiteral("caFileBrowse"), tr("Choose a CA file"));
    browse->setToolTip(tr("Choose a CA file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("CA File"), m_caFileEdit->text(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFileEdit->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);
    nameControl(m_caFileEdit, QStringLiteral("caFileEdit"), tr("C&A file:"));
    form->addRow(tr("C&A file:"), caRow);
    qobject_cast<QLabel *>(form->labelForField(caRow))->setBuddy(m_caFileEdit);

    m_socketEdit = new QLineEdit(page);
    m_socketEdit->setPlaceholderText(tr("/run/dovecot/lmtp"));
    m_socketEdit->setToolTip(tr("A Unix-domain socket instead of host and port (LMTP's usual "
                                "home); it carries no TLS"));
    addRow(form, tr("Unix soc&ket:"), m_socketEdit, QStringLiteral("socketEdit"));

    m_sourceAddressEdit = new QLineEdit(page);
    m_sourceAddressEdit->setPlaceholderText(tr("Empty: any"));
    m_sourceAddressEdit->setToolTip(tr("The local address to connect from, on a computer with "
                                       "several"));
    addRow(form, tr("Source a&ddress:"), m_sourceAddressEdit, QStringLiteral("sourceAddressEdit"));

    m_ipFamilyCombo = new QComboBox(page);
    m_ipFamilyCombo->addItem(tr("IPv4 or IPv6"), int(accounts::IpFamily::Any));
    m_ipFamilyCombo->addItem(tr("IPv4 only"), int(accounts::IpFamily::IPv4));
    m_ipFamilyCombo->addItem(tr("IPv6 only"), int(accounts::IpFamily::IPv6));
    addRow(form, tr("Address &family:"), m_ipFamilyCombo, QStringLiteral("ipFamilyCombo"));

    m_clientCertEdit = new QLineEdit(page);
    m_clientCertEdit->setPlaceholderText(tr("Empty: none"));
    m_clientCertEdit->setToolTip(tr("A TLS client certificate (PEM); its key's passphrase is "
                                    "kept in the keychain"));
    addRow(form, tr("Clie&nt certificate:"), m_clientCertEdit, QStringLiteral("clientCertEdit"));
    m_clientKeyEdit = new QLineEdit(page);
    m_clientKeyEdit->setPlaceholderText(tr("Empty: in the certificate file"));
    addRow(form, tr("Client ke&y:"), m_clientKeyEdit, QStringLiteral("clientKeyEdit"));
    m_clientKeyPassphraseEdit = new QLineEdit(page);
    m_clientKeyPassphraseEdit->setEchoMode(QLineEdit::Password);
    m_clientKeyPassphraseEdit->setPlaceholderText(tr("Empty: keep the stored one, or none"));
    m_clientKeyPassphraseEdit->setToolTip(tr("The client key's passphrase; saved to the system "
                                             "keychain, never to the settings"));
    addRow(form, tr("Key passp&hrase:"), m_clientKeyPassphraseEdit,
           QStringLiteral("clientKeyPassphraseEdit"));

    for (QLineEdit *edit : {m_heloEdit, m_caFileEdit, m_socketEdit, m_sourceAddressEdit,
                            m_clientCertEdit, m_clientKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateProblems);
    for (QDoubleSpinBox *spin : {m_replyTimeoutSpin, m_connectTimeoutSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &AccountDialog::updateProblems);
    connect(m_ipFamilyCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::updateProblems);
    return page;
}

quint16 AccountDialog::defaultPort(Security security, engine::Dialect dialect)
{
    // RFC 2033 (LMTP) has no port of its own; 24 is the usual one.
    if (dialect == engine::Dialect::Lmtp)
        return 24;
    switch (security) {
    case Security::StartTls:
        return 587; // RFC 6409 3.1: submission
    case Security::Tls:
        return 465; // RFC 8314 7.3: submissions
    case Security::None:
    case Security::Opportunistic:
        break;
    }
    return 25; // RFC 5321 4.5.4.2 (relay)
}

QString AccountDialog::copyName(const QString &name, const accounts::AccountStore *store)
{
    for (int n = 1; n < 10000; ++n) {
        const QString suffix = n == 1 ? tr(" (copy)") : tr(" (copy %1)").arg(n);
        const QString candidate
            = name.left(accounts::maxNameLength - suffix.size()).trimmed() + suffix;
        if (!store || !store->contains(candidate))
            return candidate;
    }
    return name;
}

void AccountDialog::load(const Account &account)
{
    m_nameEdit->setText(account.name);
    m_hostEdit->setText(account.host);
    m_securityCombo->setCurrentIndex(qMax(0, m_securityCombo->findData(int(account.security))));
    m_protocolCombo->setCurrentIndex(qMax(0, m_protocolCombo->findData(int(account.dialect))));
    const quint16 standard = defaultPort(account.security, account.dialect);
    m_settingPort = true;
    m_portSpin->setValue(account.port ? account.port : standard);
    m_settingPort = false;
    m_portTouched = account.port != 0 && account.port != standard;

    int mechanism = m_mechanismCombo->findData(account.authMechanism);
    if (mechanism < 0) {
        // A mechanism this build cannot do still shows as it is stored.
        m_mechanismCombo->addItem(account.authMechanism, account.authMechanism);
        mechanism = m_mechanismCombo->count() - 1;
    }
    m_mechanismCombo->setCurrentIndex(mechanism);
    m_userEdit->setText(account.user);
    m_plaintextCheck->setChecked(account.allowPlaintextAuth);

    m_identities->setRowCount(0);
    for (const Identity &identity : account.identities)
        addIdentityRow(identity);

    m_heloEdit->setText(account.heloName);
    m_replyTimeoutSpin->setValue(toSeconds(account.replyTimeoutMs));
    m_connectTimeoutSpin->setValue(toSeconds(account.connectTimeoutMs));
    m_caFileEdit->setText(account.caFile);
    m_socketEdit->setText(account.socketPath);
    m_sourceAddressEdit->setText(account.sourceAddress);
    m_ipFamilyCombo->setCurrentIndex(qMax(0, m_ipFamilyCombo->findData(int(account.ipFamily))));
    m_clientCertEdit->setText(account.clientCertificate.certificatePath);
    m_clientKeyEdit->setText(account.clientCertificate.keyPath);
    loadOAuth(account);
    m_securityPage->load(account.signing);
}

Account AccountDialog::account() const
{
    Account a = m_initial;
    a.name = m_nameEdit->text().trimmed();
    a.host = m_hostEdit->text().trimmed();
    a.security = Security(m_securityCombo->currentData().toInt());
    a.dialect = engine::Dialect(m_protocolCombo->currentData().toInt());
    a.port = quint16(m_portSpin->value());
    a.authMechanism = m_mechanismCombo->currentData().toString();
    a.user = m_userEdit->text();
    a.allowPlaintextAuth = m_plaintextCheck->isChecked();
    a.identities.clear();
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        Identity identity;
        identity.displayName = m_identities->item(row, IdentityNameColumn)->text().trimmed();
        identity.address = m_identities->item(row, IdentityAddressColumn)->text().trimmed();
        identity.isDefault
            = m_identities->item(row, IdentityDefaultColumn)->checkState() == Qt::Checked;
        if (identity.displayName.isEmpty() && identity.address.isEmpty())
            continue; // a row added and left empty
        a.identities.append(identity);
    }
    a.heloName = m_heloEdit->text().trimmed();
    a.replyTimeoutMs = fromSpin(m_replyTimeoutSpin, m_initial.replyTimeoutMs);
    a.connectTimeoutMs = fromSpin(m_connectTimeoutSpin, m_initial.connectTimeoutMs);
    a.caFile = m_caFileEdit->text().trimmed();
    a.socketPath = m_socketEdit->text().trimmed();
    a.sourceAddress = m_sourceAddressEdit->text().trimmed();
    a.ipFamily = accounts::IpFamily(m_ipFamilyCombo->currentData().toInt());
    a.clientCertificate.certificatePath = m_clientCertEdit->text().trimmed();
    a.clientCertificate.keyPath = m_clientKeyEdit->text().trimmed();
    // OAuth: the endpoints are the person's only for a custom provider; a
    // preset's stored overrides are kept as they were.
    a.oauth.provider = m_oauthProviderCombo->currentData().toString();
    a.oauth.clientId = m_oauthClientIdEdit->text().trimmed();
    a.oauth.scope = m_oauthScopeEdit->text().trimmed();
    if (a.oauth.provider == QLatin1String("custom")) {
        a.oauth.authorizationEndpoint = m_oauthAuthorizationEdit->text().trimmed();
        a.oauth.tokenEndpoint = m_oauthTokenEdit->text().trimmed();
    } else if (a.oauth.provider != m_initial.oauth.provider) {
        a.oauth.authorizationEndpoint.clear();
        a.oauth.tokenEndpoint.clear();
    }
    if (a.oauth.provider.isEmpty())
        a.oauth = {};
    a.signing = m_securityPage->settings();
    return a;
}

QStringList AccountDialog::problems() const
{
    const Account a = account();
    QStringList problems = a.validate();
    // A name is unique without regard to case (AccountStore); say so before
    // the store refuses it.
    const bool sameAccount
        = m_mode == Mode::Edit && a.name.compare(m_originalName, Qt::CaseInsensitive) == 0;
    if (!a.name.isEmpty() && !sameAccount && m_store && m_store->contains(a.name))
        problems.append(tr("An account named “%1” exists already.").arg(a.name));
    // RFC 7628: XOAUTH2 and OAUTHBEARER log in with an access token, which
    // only a provider issues.
    const QString mechanism = a.authMechanism.toUpper();
    if (a.oauth.isNull()
        && (mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER")))
        problems.append(tr("%1 logs in with an OAuth access token: choose the OAuth provider "
                           "that issues it (Login tab).")
                            .arg(mechanism));
    return problems;
}

void AccountDialog::updateProblems()
{
    if (m_loaded)
        m_edited = true;
    const QStringList list = problems();
    if (QPushButton *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(list.isEmpty() && !m_busy && !isSigningIn());
    if (!m_problemsLabel)
        return;
    if (list.isEmpty()) {
        m_problemsLabel->clear();
        m_problemsLabel->setVisible(false);
        return;
    }
    // Quiet until the person has changed something, then in the colour of
    // a refusal (it follows a light or dark palette).
    const QColor colour = m_edited ? transcriptColor(transcript::Entry::Direction::Server,
                                                     transcript::Entry::Kind::Reply, 550, palette())
                                   : palette().color(QPalette::PlaceholderText);
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1; color: %1\">")
                       .arg(colour.name());
    for (const QString &problem : list)
        html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_problemsLabel->setText(html);
    m_problemsLabel->setVisible(true);
}

void AccountDialog::securityOrProtocolChanged()
{
    if (!m_portTouched) {
        m_settingPort = true;
        m_portSpin->setValue(defaultPort(Security(m_securityCombo->currentData().toInt()),
                                         engine::Dialect(m_protocolCombo->currentData().toInt())));
        m_settingPort = false;
    }
    updateProblems();
}

void AccountDialog::addIdentityRow(const Identity &identity)
{
    const QSignalBlocker blocker(m_identities);
    const int row = m_identities->rowCount();
    m_identities->insertRow(row);
    m_identities->setItem(row, IdentityNameColumn, new QTableWidgetItem(identity.displayName));
    m_identities->setItem(row, IdentityAddressColumn, new QTableWidgetItem(identity.address));
    auto *isDefault = new QTableWidgetItem;
    isDefault->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    isDefault->setCheckState(identity.isDefault ? Qt::Checked : Qt::Unchecked);
    isDefault->setData(Qt::AccessibleTextRole, tr("Default From"));
    m_identities->setItem(row, IdentityDefaultColumn, isDefault);
}

void AccountDialog::identityChanged(QTableWidgetItem *item)
{
    if (item->column() == IdentityDefaultColumn) {
        const QSignalBlocker blocker(m_identities);
        if (item->checkState() == Qt::Checked) {
            // Exactly one default From: checking one unchecks the others.
            for (int row = 0; row < m_identities->rowCount(); ++row) {
                if (row != item->row())
                    m_identities->item(row, IdentityDefaultColumn)->setCheckState(Qt::Unchecked);
            }
        } else {
            item->setCheckState(Qt::Checked); // choose another one instead
        }
    }
    updateProblems();
}

void AccountDialog::addIdentity()
{
    Identity identity;
    identity.isDefault = m_identities->rowCount() == 0;
    addIdentityRow(identity);
    const int row = m_identities->rowCount() - 1;
    m_tabs->setCurrentWidget(m_identities->parentWidget());
    m_identities->setCurrentCell(row, IdentityAddressColumn);
    m_identities->editItem(m_identities->item(row, IdentityAddressColumn));
    updateProblems();
}

void AccountDialog::removeIdentity()
{
    const int row = m_identities->currentRow();
    if (row < 0)
        return;
    const bool wasDefault
        = m_identities->item(row, IdentityDefaultColumn)->checkState() == Qt::Checked;
    m_identities->removeRow(row);
    if (wasDefault && m_identities->rowCount() > 0) {
        const QSignalBlocker blocker(m_identities);
        m_identities->item(0, IdentityDefaultColumn)->setCheckState(Qt::Checked);
    }
    updateProblems();
}

void AccountDialog::updateKeychainNote()
{
    using Availability = accounts::SecretStore::Availability;
    const Availability availability
        = m_secrets ? m_secrets->availability() : Availability::Unavailable;
    switch (availability) {
    case Availability::Unknown:
        m_keychainNote->setText(tr("Checking the system keychain…"));
        m_passwordEdit->setEnabled(true);
        break;
    case Availability::Available:
        m_keychainNote->setText(
            m_mode == Mode::Add
                ? tr("The password is kept in the system keychain, never in the settings file.")
                : tr("The password is kept in the system keychain, never in the settings file. "
                     "Leave it empty to keep the stored one."));
        m_passwordEdit->setEnabled(true);
        m_passwordEdit->setPlaceholderText(m_mode == Mode::Add ? QString() : tr("Unchanged"));
        break;
    case Availability::Unavailable:
        // The keychain's own words go to the tooltip: they can be long.
        m_keychainNote->setText(tr("No system keychain is available, and Postscope never writes "
                                   "a password anywhere else: it will ask for the password each "
                                   "time it connects."));
        m_keychainNote->setToolTip(m_secrets ? m_secrets->unavailableReason() : QString());
        m_passwordEdit->clear();
        m_passwordEdit->setEnabled(false);
        m_passwordEdit->setPlaceholderText(tr("Asked for each time"));
        break;
    }
    if (!m_oauthKeychainNote)
        return;
    switch (availability) {
    case Availability::Unknown:
        m_oauthKeychainNote->setText(tr("Checking the system keychain…"));
        break;
    case Availability::Available:
        m_oauthKeychainNote->setText(tr("The tokens are kept in the system keychain when you "
                                        "save, never in the settings file."));
        break;
    case Availability::Unavailable:
        m_oauthKeychainNote->setText(
            tr("No system keychain is available: the tokens of a sign-in are held in memory for "
               "this session only, never written anywhere; sign in again after Postscope "
               "restarts."));
        m_oauthKeychainNote->setToolTip(m_secrets ? m_secrets->unavailableReason() : QString());
        break;
    }
}

void AccountDialog::setTestConnectionAvailable(bool available)
{
    m_testButton->setEnabled(available && !isTesting());
    m_testButton->setToolTip(available
                                 ? tr("Connect to the server now and list what it offers, before "
                                      "the account is saved (no login, no mail)")
                                 : tr("Testing is not available here"));
}

bool AccountDialog::isTesting() const
{
    return m_runner && m_runner->isRunning();
}

void AccountDialog::testConnection()
{
    if (isTesting())
        return;
    Account a = account();
    // An account without a name yet can still be tried.
    if (a.name.trimmed().isEmpty())
        a.name = tr("test");
    emit testConnectionRequested(a);
    m_findings->setFindings({});
    m_timings->setVisible(false);
    QString error;
    if (!m_runner->start(a, &error)) {
        m_testStatus->setText(tr("Cannot test: %1").arg(error));
        m_testStatus->setVisible(true);
        return;
    }
    m_testButton->setEnabled(false);
    m_cancelTestButton->setVisible(true);
    m_cancelTestButton->setEnabled(true);
    m_certificateButton->setEnabled(false);
}

void AccountDialog::cancelTestConnection()
{
    m_runner->cancel();
}

void AccountDialog::testFinished(const diagnostics::ProbeReport &report, bool cancelled)
{
    m_testButton->setEnabled(true);
    m_cancelTestButton->setVisible(false);
    m_findings->setFindings(findingsFromProbe(report.findings));
    const QString timings = timingsText(report.opening);
    m_timings->setText(timings.isEmpty() ? QString() : tr("Timings: %1").arg(timings));
    m_timings->setVisible(!timings.isEmpty());
    if (cancelled)
        m_testStatus->setText(tr("Test stopped."));
    else if (report.error)
        m_testStatus->setText(tr("Test failed: %1").arg(report.error.message));
    else
        m_testStatus->setText(
            report.tls
                ? tr("Connected with %1 (%2).").arg(report.tlsInfo.protocol, report.tlsInfo.cipher)
                : tr("Connected without TLS."));
    m_testStatus->setToolTip(m_testStatus->text());
    m_certificateButton->setEnabled(!report.tlsInfo.chain.isEmpty());
    if (m_certificateView)
        m_certificateView->setReport(report.host, report.tlsReport);
    // A certificate that failed verification: show it, with the explicit
    // per-fingerprint trust (never automatic).
    if (!cancelled && !report.tls && !report.tlsInfo.chain.isEmpty()
        && report.error.kind == engine::SmtpError::Kind::TlsFailed)
        showCertificate();
}

void AccountDialog::showCertificate()
{
    const diagnostics::ProbeReport &report = m_runner->report();
    if (!m_certificateView) {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("certificateDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Certificate of %1").arg(report.host));
        dialog->setAccessibleName(dialog->windowTitle());
        m_certificateView = new CertificateView(dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(m_certificateView);
        layout->addWidget(buttons);
        connect(m_certificateView, &CertificateView::trustRequested, this,
                &AccountDialog::addTrustException);
        connect(m_certificateView, &CertificateView::trustExceptionsChanged, this,
                [this](const QList<accounts::TrustException> &list) {
                    m_initial.trustExceptions = list;
                    updateProblems();
                });
        dialog->resize(720, 520);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    }
    m_certificateView->setTrustExceptions(m_initial.trustExceptions);
    m_certificateView->setTrustAllowed(!m_store || !m_store->isReadOnly());
    m_certificateView->setReport(report.host, report.tlsReport);
    m_certificateView->window()->raise();
}

void AccountDialog::addTrustException(const accounts::TrustException &exception)
{
    // One exception per host and fingerprint; the newest counts
    // (Account::trustExceptionFor).
    for (const accounts::TrustException &t : std::as_const(m_initial.trustExceptions)) {
        if (t.sha256 == exception.sha256
            && t.host.compare(exception.host, Qt::CaseInsensitive) == 0)
            return;
    }
    m_initial.trustExceptions.append(exception);
    m_testStatus->setText(
        tr("This account now trusts the certificate %1 for %2. Test again to "
           "see it accepted; it is kept when you save.")
            .arg(QString::fromLatin1(exception.sha256.left(16)) + QStringLiteral("…"),
                 exception.host));
    m_testStatus->setVisible(true);
    updateProblems();
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateProblems();
}

void AccountDialog::accept()
{
    if (m_busy || isSigningIn())
        return;
    const QStringList list = problems();
    if (!list.isEmpty()) {
        updateProblems();
        return;
    }
    const Account a = account();
    QString error;
    bool ok = false;
    if (m_mode == Mode::Edit) {
        if (a.name.compare(m_originalName, Qt::CaseInsensitive) == 0) {
            ok = m_store->update(a, &error);
        } else {
            // Secrets are keyed by the name: a rename is an add, a remove,
            // and the secrets moved (AccountStore).
            ok = m_store->add(a, &error);
            if (ok && !m_store->remove(m_originalName, &error)) {
                QString undo;
                m_store->remove(a.name, &undo);
                ok = false;
            }
            m_moveSecrets = ok;
        }
    } else {
        ok = m_store->add(a, &error);
    }
    if (!ok) {
        failSave(tr("The account was not saved: %1").arg(error));
        return;
    }
    // From here on the account is stored: a retry edits it.
    m_mode = Mode::Edit;
    m_originalName = a.name;
    m_savedName = a.name;
    saveSecrets(a.name);
}

void AccountDialog::saveSecrets(const QString &name)
{
    const QString password
        = m_passwordEdit->isEnabled() && !usesOAuth() ? m_passwordEdit->text() : QString();
    // What this dialog writes to the keychain: the password and any
    // passphrase typed here; an empty field keeps what is stored.
    QList<QPair<SecretKind, QString>> writes;
    if (!password.isEmpty())
        writes.append({SecretKind::Password, password});
    if (!m_clientKeyPassphraseEdit->text().isEmpty())
        writes.append({SecretKind::KeyPassphrase, m_clientKeyPassphraseEdit->text()});
    if (!m_securityPage->passphraseEdit()->text().isEmpty())
        writes.append({SecretKind::SigningPassphrase, m_securityPage->passphraseEdit()->text()});
    const bool keychain = m_secrets
        && m_secrets->availability() != accounts::SecretStore::Availability::Unavailable;
    const QString source
        = m_secretSource.compare(name, Qt::CaseSensitive) == 0 ? QString() : m_secretSource;
    if (!keychain) {
        finishSave(tr("Saved “%1”. No keychain is available: Postscope will ask for the "
                      "password each time.")
                       .arg(name));
        return;
    }
    if (writes.isEmpty() && source.isEmpty()) {
        finishSave(tr("Saved “%1”.").arg(name));
        return;
    }
    setBusy(true);
    m_statusLabel->setText(tr("Saving to the system keychain…"));
    m_statusLabel->setVisible(true);

    QList<SecretKind> kinds {SecretKind::Password, SecretKind::OAuthAccessToken,
                             SecretKind::OAuthRefreshToken, SecretKind::KeyPassphrase,
                             SecretKind::SigningPassphrase};
    for (const auto &write : writes)
        kinds.removeOne(write.first);
    if (source.isEmpty())
        kinds.clear();
    if (m_dropStoredTokens) { // signed out in this dialog
        kinds.removeOne(SecretKind::OAuthAccessToken);
        kinds.removeOne(SecretKind::OAuthRefreshToken);
    }
    QPointer<AccountDialog> self(this);
    auto keychainFailed = [self](const QString &error) {
        self->failSave(tr("The account was saved, but the system keychain did not take its "
                          "secrets: %1 Try again with Save, or Cancel to keep the account "
                          "without them.")
                           .arg(error));
    };
    auto afterCopy = [self, name, writes, source, keychainFailed](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            keychainFailed(error);
            return;
        }
        auto afterPassword = [self, name, source, keychainFailed](const SecretResult &result) {
            if (!self)
                return;
            if (!result.ok()) {
                keychainFailed(result.errorText);
                return;
            }
            if (!self->m_moveSecrets || source.isEmpty() || !self->m_secrets) {
                self->finishSave(
                    tr("Saved “%1”; its secrets are in the system keychain.").arg(name));
                return;
            }
            self->m_secrets->removeAll(
                source, [self, name, keychainFailed](const SecretResult &removed) {
                    if (!self)
                        return;
                    if (!removed.ok()) {
                        keychainFailed(removed.errorText);
                        return;
                    }
                    self->m_moveSecrets = false;
                    self->m_secretSource = name;
                    self->finishSave(
                        tr("Saved “%1”; its secrets are in the system keychain.").arg(name));
                });
        };
        self->writeSecrets(name, writes, afterPassword);
    };
    copySecrets(source, name, kinds, afterCopy);
}

void AccountDialog::writeSecrets(const QString &name, QList<QPair<SecretKind, QString>> writes,
                                 const std::function<void(const SecretResult &)> &done)
{
    if (writes.isEmpty() || !m_secrets) {
        done(SecretResult {});
        return;
    }
    const auto [kind, value] = writes.takeFirst();
    QPointer<AccountDialog> self(this);
    m_secrets->write(name, kind, value, [self, name, writes, done](const SecretResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            done(result);
            return;
        }
        self->writeSecrets(name, writes, done);
    });
}

void AccountDialog::copySecrets(const QString &from, const QString &to, QList<SecretKind> kinds,
                                const std::function<void(const QString &error)> &done)
{
    if (kinds.isEmpty() || !m_secrets) {
        done({});
        return;
    }
    const SecretKind kind = kinds.takeFirst();
    QPointer<AccountDialog> self(this);
    m_secrets->read(from, kind, [self, from, to, kind, kinds, done](const SecretResult &read) {
        if (!self)
            return;
        if (read.error == SecretResult::Error::NotFound) {
            self->copySecrets(from, to, kinds, done);
            return;
        }
        if (!read.ok()) {
            done(read.errorText);
            return;
        }
        self->m_secrets->write(to, kind, read.secret,
                               [self, from, to, kinds, done](const SecretResult &written) {
                                   if (!self)
                                       return;
                                   if (!written.ok())
                                       done(written.errorText);
                                   else
                                       self->copySecrets(from, to, kinds, done);
                               });
    });
}

void AccountDialog::finishSave(const QString &message)
{
    // A sign-in in this dialog: its tokens are kept with the saved account.
    if (m_newTokens) {
        storeNewTokens();
        return;
    }
    setBusy(false);
    m_passwordEdit->clear();
    emit saved(m_savedName, message);
    QDialog::accept();
}

void AccountDialog::failSave(const QString &message)
{
    setBusy(false);
    m_statusLabel->setText(message);
    m_statusLabel->setVisible(true);
    if (!m_savedName.isEmpty()) {
        setWindowTitle(tr("Edit Account “%1”").arg(m_savedName));
        QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("Save"));
        ok->setAccessibleName(accessibleText(ok->text()));
    }
}

// OAuth 2.0 sign-in (issue 10 section 2). The flow itself is core's
// (auth::OAuthFlow: RFC 6749 4.1 with PKCE, RFC 7636, and the loopback
// redirect of RFC 8252 7.3); the dialog only shows it.

QWidget *AccountDialog::createOAuthSection(QWidget *page)
{
    m_oauthProviderCombo = new QComboBox(page);
    m_oauthProviderCombo->addItem(tr("None"), QString());
    m_oauthProviderCombo->addItem(tr("Google"), QStringLiteral("google"));
    m_oauthProviderCombo->addItem(tr("Microsoft"), QStringLiteral("microsoft"));
    m_oauthProviderCombo->addItem(tr("Custom endpoints"), QStringLiteral("custom"));
    m_oauthProviderCombo->setToolTip(
        tr("Who issues the access tokens for XOAUTH2 and OAUTHBEARER (RFC 7628)"));
    addRow(m_loginForm, tr("&OAuth provider:"), m_oauthProviderCombo,
           QStringLiteral("oauthProviderCombo"));

    m_oauthBox = new QGroupBox(tr("OAuth 2.0 sign-in"), page);
    m_oauthBox->setObjectName(QStringLiteral("oauthBox"));
    m_oauthBox->setAccessibleName(m_oauthBox->title());
    auto *form = new QFormLayout(m_oauthBox);
    m_oauthClientIdEdit = new QLineEdit(m_oauthBox);
    m_oauthClientIdEdit->setMaxLength(accounts::maxTextLength);
    m_oauthClientIdEdit->setPlaceholderText(tr("From your registration with the provider"));
    addRow(form, tr("Client I&D:"), m_oauthClientIdEdit, QStringLiteral("oauthClientIdEdit"));
    m_oauthScopeEdit = new QLineEdit(m_oauthBox);
    m_oauthScopeEdit->setMaxLength(accounts::maxTextLength);
    m_oauthScopeEdit->setToolTip(tr("Space-separated scopes (RFC 6749 3.3); empty: the "
                                    "provider's mail scope"));
    addRow(form, tr("Sco&pe:"), m_oauthScopeEdit, QStringLiteral("oauthScopeEdit"));
    m_oauthAuthorizationEdit = new QLineEdit(m_oauthBox);
    m_oauthAuthorizationEdit->setMaxLength(accounts::maxTextLength);
    m_oauthAuthorizationEdit->setPlaceholderText(tr("https://login.example.com/authorize"));
    m_oauthAuthorizationEdit->setToolTip(tr("The authorization endpoint (RFC 6749 3.1): https, "
                                            "or http on this computer only"));
    addRow(form, tr("Authori&zation endpoint:"), m_oauthAuthorizationEdit,
           QStringLiteral("oauthAuthorizationEdit"));
    m_oauthTokenEdit = new QLineEdit(m_oauthBox);
    m_oauthTokenEdit->setMaxLength(accounts::maxTextLength);
    m_oauthTokenEdit->setPlaceholderText(tr("https://login.example.com/token"));
    m_oauthTokenEdit->setToolTip(tr("The token endpoint (RFC 6749 3.2): https, or http on this "
                                    "computer only"));
    addRow(form, tr("To&ken endpoint:"), m_oauthTokenEdit, QStringLiteral("oauthTokenEdit"));

    m_signInButton = new QPushButton(themedIcon(QStringLiteral("im-user-online")), tr("Si&gn In…"),
                                     m_oauthBox);
    nameControl(m_signInButton, QStringLiteral("oauthSignInButton"), m_signInButton->text());
    m_signInButton->setToolTip(tr("Sign in at the provider in your browser; Postscope receives "
                                  "the tokens on this computer (127.0.0.1)"));
    connect(m_signInButton, &QPushButton::clicked, this, &AccountDialog::signIn);
    m_cancelSignInButton = new QPushButton(tr("Cancel Sign-In"), m_oauthBox);
    nameControl(m_cancelSignInButton, QStringLiteral("oauthCancelButton"),
                m_cancelSignInButton->text());
    m_cancelSignInButton->setVisible(false);
    connect(m_cancelSignInButton, &QPushButton::clicked, this, &AccountDialog::cancelSignIn);
    m_signOutButton = new QPushButton(tr("Sig&n Out"), m_oauthBox);
    nameControl(m_signOutButton, QStringLiteral("oauthSignOutButton"), m_signOutButton->text());
    m_signOutButton->setToolTip(tr("Remove this account's tokens from the keychain"));
    m_signOutButton->setEnabled(false);
    connect(m_signOutButton, &QPushButton::clicked, this, &AccountDialog::signOut);
    // Busy while the person is in the browser (no measurable progress).
    m_oauthProgress = new QProgressBar(m_oauthBox);
    m_oauthProgress->setObjectName(QStringLiteral("oauthProgress"));
    m_oauthProgress->setAccessibleName(tr("Signing in"));
    m_oauthProgress->setRange(0, 0);
    m_oauthProgress->setTextVisible(false);
    m_oauthProgress->setMaximumWidth(120);
    m_oauthProgress->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_oauthProgress);
    buttons->addWidget(m_cancelSignInButton);
    buttons->addWidget(m_signOutButton);
    buttons->addStretch(1);
    form->addRow(buttons);

    m_oauthStateLabel = new QLabel(tr("Not signed in."), m_oauthBox);
    m_oauthStateLabel->setObjectName(QStringLiteral("oauthStateLabel"));
    m_oauthStateLabel->setAccessibleName(tr("Sign-in state"));
    m_oauthStateLabel->setWordWrap(true);
    m_oauthStateLabel->setTextFormat(Qt::PlainText);
    m_oauthStateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_oauthStateLabel);
    // The address, for a browser the desktop could not open (RFC 8252 7.3:
    // it must run on this computer to reach the loopback redirect).
    // A URL has no blanks to wrap at: a read-only line to select and copy.
    m_oauthUrlBox = new QWidget(m_oauthBox);
    m_oauthUrlLabel
        = new QLabel(tr("If no browser opened, open this address in a browser on this computer:"),
                     m_oauthUrlBox);
    m_oauthUrlLabel->setObjectName(QStringLiteral("oauthUrlLabel"));
    m_oauthUrlLabel->setWordWrap(true);
    m_oauthUrlEdit = new QLineEdit(m_oauthUrlBox);
    m_oauthUrlEdit->setObjectName(QStringLiteral("oauthUrlEdit"));
    m_oauthUrlEdit->setAccessibleName(tr("Authorization address"));
    m_oauthUrlEdit->setReadOnly(true);
    m_oauthUrlLabel->setBuddy(m_oauthUrlEdit);
    auto *urlLayout = new QVBoxLayout(m_oauthUrlBox);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_oauthUrlLabel);
    urlLayout->addWidget(m_oauthUrlEdit);
    m_oauthUrlBox->setVisible(false);
    form->addRow(m_oauthUrlBox);
    m_oauthKeychainNote = new QLabel(m_oauthBox);
    m_oauthKeychainNote->setObjectName(QStringLiteral("oauthKeychainNote"));
    m_oauthKeychainNote->setAccessibleName(tr("Where the tokens are kept"));
    m_oauthKeychainNote->setWordWrap(true);
    m_oauthKeychainNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_oauthKeychainNote);
    m_loginForm->addRow(m_oauthBox);

    connect(m_oauthProviderCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::oauthChanged);
    connect(m_oauthProviderCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::updateProblems);
    for (QLineEdit *edit :
         {m_oauthClientIdEdit, m_oauthScopeEdit, m_oauthAuthorizationEdit, m_oauthTokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateProblems);
    return m_oauthBox;
}

void AccountDialog::loadOAuth(const Account &account)
{
    int index = m_oauthProviderCombo->findData(account.oauth.provider);
    if (index < 0) {
        // A provider this build does not know still shows as it is stored
        // (and validation says what is wrong with it).
        m_oauthProviderCombo->addItem(account.oauth.provider, account.oauth.provider);
        index = m_oauthProviderCombo->count() - 1;
    }
    m_oauthProviderCombo->setCurrentIndex(index);
    m_oauthClientIdEdit->setText(account.oauth.clientId);
    m_oauthScopeEdit->setText(account.oauth.scope);
    m_oauthAuthorizationEdit->setText(account.oauth.authorizationEndpoint);
    m_oauthTokenEdit->setText(account.oauth.tokenEndpoint);
    oauthChanged();
}

bool AccountDialog::usesOAuth() const
{
    const QString mechanism = m_mechanismCombo->currentData().toString().toUpper();
    if (mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER"))
        return true;
    return mechanism == QLatin1String("AUTO")
        && !m_oauthProviderCombo->currentData().toString().isEmpty();
}

void AccountDialog::oauthChanged()
{
    if (!m_oauthBox)
        return;
    const QString provider = m_oauthProviderCombo->currentData().toString();
    const bool oauth = usesOAuth();
    m_loginForm->setRowVisible(m_passwordEdit, !oauth);
    m_loginForm->setRowVisible(m_keychainNote, !oauth);
    m_loginForm->setRowVisible(m_oauthBox, oauth);
    auto *form = static_cast<QFormLayout *>(m_oauthBox->layout());
    const bool custom = provider == QLatin1String("custom");
    form->setRowVisible(m_oauthAuthorizationEdit, custom);
    form->setRowVisible(m_oauthTokenEdit, custom);
    const std::optional<auth::OAuthProvider> preset = auth::OAuthProvider::preset(provider);
    m_oauthScopeEdit->setPlaceholderText(preset ? preset->scope : tr("Empty: none"));
    m_signInButton->setEnabled(!isSigningIn() && !provider.isEmpty());
    // The sign-in section is taller than the password rows it replaces:
    // grow to fit instead of squeezing its word-wrapped notes.
    if (isVisible()) {
        layout()->activate();
        const int wanted = sizeHint().height();
        if (height() < wanted)
            resize(width(), wanted);
    }
}

void AccountDialog::readStoredTokenState()
{
    if (m_mode == Mode::Add || m_secretSource.isEmpty() || m_initial.oauth.isNull())
        return;
    QPointer<AccountDialog> self(this);
    accounts::readTokenState(accounts::TokenStorage::keychainOrSession(m_secrets, m_secretSource),
                             [self](const accounts::TokenState &state) {
                                 // A sign-in or sign-out in the meantime is newer.
                                 if (self && !self->m_newTokens && !self->m_dropStoredTokens
                                     && !self->isSigningIn())
                                     self->showTokenState(state);
                             });
}

void AccountDialog::showTokenState(const accounts::TokenState &state, const QString &extra)
{
    m_oauthStateLabel->setText(extra.isEmpty() ? state.text()
                                               : QStringLiteral("%1 %2").arg(state.text(), extra));
    m_signOutButton->setEnabled(state.kind != accounts::TokenState::Kind::NotSignedIn
                                && !isSigningIn());
}

void AccountDialog::signIn()
{
    if (isSigningIn())
        return;
    QString why;
    const std::optional<auth::OAuthProvider> provider = account().oauthProvider(&why);
    if (!provider) {
        m_oauthStateLabel->setText(tr("Cannot sign in: %1").arg(why));
        return;
    }
    m_flow = new auth::OAuthFlow(*provider, this);
    connect(m_flow, &auth::OAuthFlow::openBrowser, this, [this](const QUrl &url) {
        const QString address = url.toString(QUrl::FullyEncoded);
        m_oauthUrlEdit->setText(address);
        m_oauthUrlEdit->setCursorPosition(0);
        m_oauthUrlBox->setVisible(true);
        const bool opened = m_openBrowser && m_openBrowser(url);
        m_oauthStateLabel->setText(opened ? tr("Waiting for the sign-in in the browser…")
                                          : tr("No browser could be opened: open the address "
                                               "below. Waiting for the sign-in…"));
    });
    connect(m_flow, &auth::OAuthFlow::finished, this, &AccountDialog::signInFinished);
    m_oauthStateLabel->setText(tr("Starting the sign-in…"));
    m_signInButton->setEnabled(false);
    m_signOutButton->setEnabled(false);
    m_cancelSignInButton->setVisible(true);
    m_oauthProgress->setVisible(true);
    m_oauthProviderCombo->setEnabled(false);
    m_mechanismCombo->setEnabled(false);
    for (QLineEdit *edit :
         {m_oauthClientIdEdit, m_oauthScopeEdit, m_oauthAuthorizationEdit, m_oauthTokenEdit})
        edit->setEnabled(false);
    updateProblems();
    m_flow->authorize();
}

void AccountDialog::cancelSignIn()
{
    if (!m_flow)
        return;
    // Deleting the flow closes its loopback listener: a late browser finds
    // nobody listening.
    m_flow->disconnect(this);
    delete m_flow.data();
    auth::OAuthResult cancelled;
    cancelled.error = tr("cancelled.");
    signInFinished(cancelled);
    m_oauthStateLabel->setText(tr("Sign-in cancelled."));
}

void AccountDialog::signInFinished(const auth::OAuthResult &result)
{
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_cancelSignInButton->setVisible(false);
    m_oauthProgress->setVisible(false);
    m_oauthUrlBox->setVisible(false);
    m_oauthUrlEdit->clear();
    m_oauthProviderCombo->setEnabled(true);
    m_mechanismCombo->setEnabled(true);
    for (QLineEdit *edit :
         {m_oauthClientIdEdit, m_oauthScopeEdit, m_oauthAuthorizationEdit, m_oauthTokenEdit})
        edit->setEnabled(true);
    oauthChanged();
    updateProblems();
    if (!result.ok()) {
        // The provider's own error (RFC 6749 4.1.2.1, 5.2), decoded by core.
        m_oauthStateLabel->setText(tr("Sign-in failed: %1").arg(result.error));
        m_signOutButton->setEnabled(m_newTokens.has_value());
        return;
    }
    m_newTokens = result.tokens;
    m_dropStoredTokens = false;
    showTokenState(accounts::TokenState::of(result.tokens),
                   tr("The tokens are kept with the account when you save it."));
}

void AccountDialog::signOut()
{
    m_newTokens.reset();
    const accounts::TokenState none;
    if (m_mode != Mode::Edit || m_originalName.isEmpty()) {
        // Not stored yet (or a duplicate): nothing to remove, and the
        // source's tokens are not copied.
        m_dropStoredTokens = true;
        showTokenState(none);
        return;
    }
    m_dropStoredTokens = true;
    const QString name = m_originalName;
    accounts::SessionTokens::instance().remove(name);
    if (!m_secrets) {
        showTokenState(none);
        return;
    }
    m_signOutButton->setEnabled(false);
    m_oauthStateLabel->setText(tr("Removing the tokens from the keychain…"));
    QPointer<AccountDialog> self(this);
    auto removed = [self, none](const SecretResult &result) {
        if (!self)
            return;
        // Nothing stored, or no keychain at all: signed out as well.
        if (!result.ok() && result.error != SecretResult::Error::NotFound
            && result.error != SecretResult::Error::Unavailable) {
            self->m_oauthStateLabel->setText(
                tr("The tokens could not be removed from the keychain: %1").arg(result.errorText));
            self->m_signOutButton->setEnabled(true);
            return;
        }
        self->showTokenState(none);
    };
    m_secrets->remove(name, SecretKind::OAuthAccessToken,
                      [self, name, removed](const SecretResult &result) {
                          if (!self || !self->m_secrets)
                              return;
                          if (!result.ok() && result.error != SecretResult::Error::NotFound
                              && result.error != SecretResult::Error::Unavailable) {
                              removed(result);
                              return;
                          }
                          self->m_secrets->remove(name, SecretKind::OAuthRefreshToken, removed);
                      });
}

void AccountDialog::storeNewTokens()
{
    setBusy(true);
    const QString name = m_savedName;
    QPointer<AccountDialog> self(this);
    accounts::storeTokens(
        accounts::TokenStorage::keychainOrSession(m_secrets, name), *m_newTokens,
        [self, name](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->failSave(tr("The account was saved, but its OAuth tokens were not kept: "
                                  "%1 Try again with Save.")
                                   .arg(error));
                return;
            }
            self->m_newTokens.reset();
            const bool keychain = self->m_secrets && self->m_secrets->available();
            self->finishSave(
                keychain ? tr("Saved “%1”; its OAuth tokens are in the system keychain.").arg(name)
                         : tr("Saved “%1”. No keychain is available: its OAuth tokens "
                              "are held in memory until Postscope quits.")
                               .arg(name));
        });
}

} // namespace postscope::ui
