#include "securitypage.h"

#include "common/uihelpers.h"
#include "mime/messagebuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace postscope::ui {

using Kind = mime::Security::Kind;
using Canonicalization = mime::Security::Canonicalization;

namespace {

// gpg --list-secret-keys answers in well under a second; a hung agent
// (a pinentry that waits) must not keep the button busy for ever.
constexpr int gpgTimeoutMs = 10000;
// What is read of its output: a keyring of thousands of keys is not a list
// anyone picks from.
constexpr qint64 maxGpgOutput = 1 << 20;

} // namespace

SecurityPage::SecurityPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("None"), int(Kind::None));
    m_kind->addItem(tr("S/MIME"), int(Kind::Smime));
    m_kind->addItem(tr("OpenPGP"), int(Kind::OpenPgp));
    m_kind->setToolTip(tr("How the composer signs and encrypts for this account (S/MIME, RFC "
                          "8551, or OpenPGP/MIME, RFC 3156)"));
    nameControl(m_kind, QStringLiteral("securityKindCombo"), tr("Sign and encr&ypt with:"));
    top->addRow(tr("Sign and encr&ypt with:"), m_kind);
    m_signByDefault = new QCheckBox(tr("Sign &every message"), this);
    nameControl(m_signByDefault, QStringLiteral("signByDefaultBox"), tr("Sign &every message"));
    m_encryptByDefault = new QCheckBox(tr("Encrypt every &message"), this);
    nameControl(m_encryptByDefault, QStringLiteral("encryptByDefaultBox"),
                tr("Encrypt every &message"));
    auto *defaults = new QHBoxLayout;
    defaults->addWidget(m_signByDefault);
    defaults->addWidget(m_encryptByDefault);
    defaults->addStretch();
    top->addRow(QString(), defaults);
    layout->addLayout(top);

    m_smimeBox = new QGroupBox(tr("S/MIME"), this);
    auto *smime = new QFormLayout(m_smimeBox);
    m_smimeCert = new QLineEdit(m_smimeBox);
    m_smimeCert->setPlaceholderText(tr("PEM, or PKCS#12 holding the key too"));
    m_smimeCert->setToolTip(tr("Your certificate; a PKCS#12 file's passphrase is kept in the "
                               "keychain"));
    smime->addRow(tr("Your ce&rtificate:"),
                  fileRow(m_smimeCert, QStringLiteral("smimeCertEdit"), tr("Your ce&rtificate:"),
                          tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)")));
    m_smimeKey = new QLineEdit(m_smimeBox);
    m_smimeKey->setPlaceholderText(tr("Empty: in the certificate file"));
    smime->addRow(tr("Your &key:"),
                  fileRow(m_smimeKey, QStringLiteral("smimeKeyEdit"), tr("Your &key:"),
                          tr("PEM keys (*.pem *.key);;All files (*)")));
    m_passphrase = new QLineEdit(m_smimeBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Empty: keep the stored one, or none"));
    m_passphrase->setToolTip(tr("The passphrase of an encrypted key or PKCS#12 file; saved to "
                                "the system keychain, never to the settings"));
    nameControl(m_passphrase, QStringLiteral("signingPassphraseEdit"), tr("Key passphrase"));
    smime->addRow(tr("Key pa&ssphrase:"), m_passphrase);
    m_recipients = new QListWidget(m_smimeBox);
    nameControl(m_recipients, QStringLiteral("recipientCertList"), tr("Recipients' certificates"));
    m_recipients->setToolTip(tr("PEM files and folders of them: each recipient gets the "
                                "certificate that names its address (subject or SAN)"));
    m_recipients->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFiles = new QPushButton(tr("Add &Files…"), m_smimeBox);
    nameControl(addFiles, QStringLiteral("addRecipientFiles"), tr("Add &Files…"));
    auto *addFolder = new QPushButton(tr("Add F&older…"), m_smimeBox);
    nameControl(addFolder, QStringLiteral("addRecipientFolder"), tr("Add F&older…"));
    auto *removeRecipient = new QPushButton(tr("Remo&ve"), m_smimeBox);
    nameControl(removeRecipient, QStringLiteral("removeRecipientCert"), tr("Remo&ve"));
    connect(addFiles, &QPushButton::clicked, this, &SecurityPage::addRecipientFiles);
    connect(addFolder, &QPushButton::clicked, this, &SecurityPage::addRecipientFolder);
    connect(removeRecipient, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_recipients->selectedItems());
        emit changed();
    });
    auto *recipientButtons = new QVBoxLayout;
    recipientButtons->addWidget(addFiles);
    recipientButtons->addWidget(addFolder);
    recipientButtons->addWidget(removeRecipient);
    recipientButtons->addStretch();
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipients, 1);
    recipientRow->addLayout(recipientButtons);
    smime->addRow(tr("Recipients:"), recipientRow);
    layout->addWidget(m_smimeBox);

    m_pgpBox = new QGroupBox(tr("OpenPGP"), this);
    auto *pgp = new QFormLayout(m_pgpBox);
    m_pgpKey = new QComboBox(m_pgpBox);
    m_pgpKey->setEditable(true);
    m_pgpKey->setToolTip(tr("Fingerprint, key id or address of your secret key in GnuPG; "
                            "recipients' keys are found by their addresses"));
    nameControl(m_pgpKey, QStringLiteral("pgpKeyCombo"), tr("Your &OpenPGP key:"));
    auto *listKeys = new QPushButton(tr("&List Keys"), m_pgpBox);
    nameControl(listKeys, QStringLiteral("listPgpKeys"), tr("&List Keys"));
    connect(listKeys, &QPushButton::clicked, this, &SecurityPage::listPgpKeys);
    auto *pgpRow = new QHBoxLayout;
    pgpRow->addWidget(m_pgpKey, 1);
    pgpRow->addWidget(listKeys);
    pgp->addRow(tr("Your &OpenPGP key:"), pgpRow);
    m_pgpStatus = new QLabel(m_pgpBox);
    m_pgpStatus->setWordWrap(true);
    pgp->addRow(QString(), m_pgpStatus);
    layout->addWidget(m_pgpBox);

    auto *dkimBox = new QGroupBox(tr("DKIM (RFC 6376): sign every message"), this);
    auto *dkim = new QFormLayout(dkimBox);
    m_dkimDomain = new QLineEdit(dkimBox);
    m_dkimDomain->setPlaceholderText(tr("example.org (d=)"));
    nameControl(m_dkimDomain, QStringLiteral("dkimDomainEdit"), tr("Do&main:"));
    dkim->addRow(tr("Do&main:"), m_dkimDomain);
    m_dkimSelector = new QLineEdit(dkimBox);
    m_dkimSelector->setPlaceholderText(tr("selector (s=)"));
    nameControl(m_dkimSelector, QStringLiteral("dkimSelectorEdit"), tr("Se&lector:"));
    dkim->addRow(tr("Se&lector:"), m_dkimSelector);
    m_dkimKey = new QLineEdit(dkimBox);
    m_dkimKey->setPlaceholderText(tr("PEM: RSA (rsa-sha256) or Ed25519 (ed25519-sha256)"));
    dkim->addRow(tr("Private ke&y:"),
                 fileRow(m_dkimKey, QStringLiteral("dkimKeyEdit"), tr("Private ke&y:"),
                         tr("PEM keys (*.pem *.key);;All files (*)")));
    m_dkimCanon = new QComboBox(dkimBox);
    m_dkimCanon->addItem(tr("relaxed/relaxed"), int(Canonicalization::Relaxed));
    m_dkimCanon->addItem(tr("simple/simple"), int(Canonicalization::Simple));
    nameControl(m_dkimCanon, QStringLiteral("dkimCanonicalizationCombo"), tr("Canonicali&zation:"));
    dkim->addRow(tr("Canonicali&zation:"), m_dkimCanon);
    layout->addWidget(dkimBox);

    m_testButton = new QPushButton(tr("&Test Signing"), this);
    nameControl(m_testButton, QStringLiteral("securityTestButton"), tr("&Test Signing"));
    m_testButton->setToolTip(tr("Sign a tiny message with these settings (nothing is sent)"));
    connect(m_testButton, &QPushButton::clicked, this, &SecurityPage::runTest);
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("securityTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testStatus, 1);
    layout->addLayout(testRow);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QCheckBox *box : {m_signByDefault, m_encryptByDefault})
        connect(box, &QCheckBox::toggled, this, &SecurityPage::changed);
    for (QLineEdit *edit : {m_smimeCert, m_smimeKey, m_dkimDomain, m_dkimSelector, m_dkimKey})
        connect(edit, &QLineEdit::textChanged, this, &SecurityPage::changed);
    connect(m_pgpKey, &QComboBox::currentTextChanged, this, &SecurityPage::changed);
    connect(m_dkimCanon, &QComboBox::currentIndexChanged, this, &SecurityPage::changed);
    updateEnabled();
}

SecurityPage::~SecurityPage()
{
    if (m_gpg) {
        m_gpg->disconnect(this);
        m_gpg->kill();
        m_gpg->waitForFinished(1000);
    }
}

QWidget *SecurityPage::fileRow(QLineEdit *edit, const QString &objectName, const QString &title,
                               const QString &filter)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    nameControl(edit, objectName, title);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    nameControl(browse, objectName + QStringLiteral("Browse"), tr("Choose a file"));
    browse->setToolTip(tr("Choose a file"));
    connect(browse, &QToolButton::clicked, this, [this, edit, title, filter] {
        const QString path
            = QFileDialog::getOpenFileName(this, accessibleText(title), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void SecurityPage::updateEnabled()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    m_smimeBox->setEnabled(kind == Kind::Smime);
    m_pgpBox->setEnabled(kind == Kind::OpenPgp);
    m_signByDefault->setEnabled(kind != Kind::None);
    m_encryptByDefault->setEnabled(kind != Kind::None);
}

void SecurityPage::addRecipientFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Recipients' Certificates"), QString(),
                                        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    for (const QString &path : paths)
        m_recipients->addItem(path);
    if (!paths.isEmpty())
        emit changed();
}

void SecurityPage::addRecipientFolder()
{
    const QString path
        = QFileDialog::getExistingDirectory(this, tr("Folder of Recipients' Certificates"));
    if (path.isEmpty())
        return;
    m_recipients->addItem(path);
    emit changed();
}

void SecurityPage::load(const accounts::SigningSettings &s)
{
    const QSignalBlocker blocker(this);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(s.kind))));
    m_signByDefault->setChecked(s.signByDefault);
    m_encryptByDefault->setChecked(s.encryptByDefault);
    m_smimeCert->setText(s.smimeCert);
    m_smimeKey->setText(s.smimeKey);
    m_recipients->clear();
    m_recipients->addItems(s.smimeRecipientCerts);
    m_pgpKey->setEditText(s.pgpKey);
    m_dkimDomain->setText(s.dkimDomain);
    m_dkimSelector->setText(s.dkimSelector);
    m_dkimKey->setText(s.dkimKey);
    m_dkimCanon->setCurrentIndex(qMax(0, m_dkimCanon->findData(int(s.dkimCanonicalization))));
    updateEnabled();
}

accounts::SigningSettings SecurityPage::settings() const
{
    accounts::SigningSettings s;
    s.kind = Kind(m_kind->currentData().toInt());
    if (s.kind != Kind::None) {
        s.signByDefault = m_signByDefault->isChecked();
        s.encryptByDefault = m_encryptByDefault->isChecked();
    }
    // The other kind's fields are kept as typed (switching back finds them).
    s.smimeCert = m_smimeCert->text().trimmed();
    s.smimeKey = m_smimeKey->text().trimmed();
    for (int i = 0; i < m_recipients->count(); ++i)
        s.smimeRecipientCerts.append(m_recipients->item(i)->text());
    // A listed key shows "fingerprint  user id": the fingerprint is the key.
    s.pgpKey = m_pgpKey->currentText().trimmed().section(QLatin1Char(' '), 0, 0);
    s.dkimDomain = m_dkimDomain->text().trimmed();
    s.dkimSelector = m_dkimSelector->text().trimmed();
    s.dkimKey = m_dkimKey->text().trimmed();
    s.dkimCanonicalization = Canonicalization(m_dkimCanon->currentData().toInt());
    return s;
}

bool SecurityPage::runTest()
{
    const accounts::SigningSettings s = settings();
    auto say = [this](bool ok, const QString &text) {
        m_testStatus->setText((ok ? tr("OK: %1") : tr("Failed: %1")).arg(text));
        m_testStatus->setProperty("ok", ok);
        return ok;
    };
    mime::Security security = s.profile();
    security.sign = (s.kind == Kind::Smime && !s.smimeCert.isEmpty())
        || (s.kind == Kind::OpenPgp && !s.pgpKey.isEmpty());
    if (!security.sign && !security.dkim())
        return say(false,
                   tr("there is nothing to sign with: choose a certificate, an OpenPGP "
                      "key or DKIM."));
    if (!security.sign)
        security.kind = Kind::None;
    mime::MessageSpec spec;
    const QString domain
        = s.dkimDomain.isEmpty() ? QStringLiteral("example.invalid") : s.dkimDomain;
    spec.from = QStringLiteral("test@%1").arg(domain);
    spec.to = {spec.from};
    spec.subject = tr("Postscope signing test");
    spec.body = QStringLiteral("Test.\n");
    spec.date = QDateTime::currentDateTime();
    spec.messageIdDomain = domain.toUtf8();
    spec.security = security;
    const mime::BuiltMessage built = mime::buildMessage(spec);
    if (!built.isValid())
        return say(false, built.error);
    QStringList done;
    if (security.sign)
        done.append(s.kind == Kind::Smime ? tr("signed with S/MIME") : tr("signed with OpenPGP"));
    if (security.dkim())
        done.append(tr("DKIM-Signature d=%1 s=%2").arg(s.dkimDomain, s.dkimSelector));
    return say(true, done.join(QStringLiteral("; ")));
}

void SecurityPage::listPgpKeys()
{
    if (m_gpg)
        return;
    m_gpg = new QProcess(this);
    m_pgpStatus->setText(tr("Asking gpg…"));
    auto *timer = new QTimer(m_gpg);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_gpg, [this] {
        m_pgpStatus->setText(tr("gpg did not answer within %1 s.").arg(gpgTimeoutMs / 1000));
        m_gpg->kill();
    });
    connect(m_gpg, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QByteArray output = m_gpg->read(maxGpgOutput);
        m_gpg->deleteLater();
        m_gpg = nullptr;
        if (status != QProcess::NormalExit || code != 0) {
            if (m_pgpStatus->text() == tr("Asking gpg…"))
                m_pgpStatus->setText(tr("gpg could not list the keys (exit %1).").arg(code));
            return;
        }
        // --with-colons (GnuPG's DETAILS): "sec" starts a key, its "fpr"
        // line has the fingerprint in field 10, "uid" the user id in field 10.
        const QString typed = m_pgpKey->currentText();
        m_pgpKey->clear();
        QString fingerprint;
        bool wantFingerprint = false;
        int keys = 0;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.value(0) == "sec") {
                wantFingerprint = true;
            } else if (fields.value(0) == "fpr" && wantFingerprint) {
                fingerprint = QString::fromLatin1(fields.value(9));
                wantFingerprint = false;
            } else if (fields.value(0) == "uid" && !fingerprint.isEmpty()) {
                m_pgpKey->addItem(fingerprint + QStringLiteral("  ")
                                  + QString::fromUtf8(fields.value(9)));
                fingerprint.clear();
                ++keys;
            }
        }
        m_pgpKey->setEditText(typed);
        m_pgpStatus->setText(keys == 0 ? tr("gpg has no secret key here.")
                                       : tr("%n secret key(s) in GnuPG.", nullptr, keys));
    });
    connect(m_gpg, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_pgpStatus->setText(tr("gpg is not installed: type the key's fingerprint."));
        m_gpg->deleteLater();
        m_gpg = nullptr;
    });
    timer->start(gpgTimeoutMs);
    m_gpg->start(QStringLiteral("gpg"),
                 {QStringLiteral("--batch"), QStringLiteral("--with-colons"),
                  QStringLiteral("--list-secret-keys")});
}

} // namespace postscope::ui
