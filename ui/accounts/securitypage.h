#pragma once
// The account dialog's "Security" tab: how the account signs and encrypts
// (S/MIME, RFC 8551, or OpenPGP/MIME, RFC 3156) and DKIM-signs (RFC 6376)
// its mail: file pickers for the certificates and keys, the S/MIME
// recipient certificates (files and folders; each recipient gets the one
// naming its address), the OpenPGP key (listed from gpg on request, or
// typed), the DKIM fields, and "Test" that signs a tiny message with these
// settings and says OK or the error. A widget of its own so that the
// dialog only places it (accounts::SigningSettings in, and out).

#include "accounts/account.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProcess;
class QPushButton;

namespace postscope::ui {

class SecurityPage : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityPage(QWidget *parent = nullptr);
    ~SecurityPage() override;

    void load(const accounts::SigningSettings &settings);
    accounts::SigningSettings settings() const;

    // Signs (and DKIM-signs) a tiny message with the fields as they are;
    // the result is in testStatusLabel() at once. True when it worked.
    bool runTest();
    // Lists gpg's secret keys into the OpenPGP key box (asynchronous).
    void listPgpKeys();

    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *signByDefaultBox() const { return m_signByDefault; }
    QCheckBox *encryptByDefaultBox() const { return m_encryptByDefault; }
    QLineEdit *smimeCertEdit() const { return m_smimeCert; }
    QLineEdit *smimeKeyEdit() const { return m_smimeKey; }
    QListWidget *recipientCertList() const { return m_recipients; }
    QComboBox *pgpKeyCombo() const { return m_pgpKey; }
    QLineEdit *dkimDomainEdit() const { return m_dkimDomain; }
    QLineEdit *dkimSelectorEdit() const { return m_dkimSelector; }
    QLineEdit *dkimKeyEdit() const { return m_dkimKey; }
    // The S/MIME key's (or PKCS#12 file's) passphrase: written to the
    // keychain when the dialog saves (SecretKind::SigningPassphrase), never
    // to settings; empty keeps the stored one.
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QComboBox *dkimCanonicalizationCombo() const { return m_dkimCanon; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testStatusLabel() const { return m_testStatus; }

signals:
    void changed();

private:
    QWidget *fileRow(QLineEdit *edit, const QString &objectName, const QString &title,
                     const QString &filter);
    void updateEnabled();
    void addRecipientFiles();
    void addRecipientFolder();

    QComboBox *m_kind = nullptr;
    QCheckBox *m_signByDefault = nullptr;
    QCheckBox *m_encryptByDefault = nullptr;
    QGroupBox *m_smimeBox = nullptr;
    QLineEdit *m_smimeCert = nullptr;
    QLineEdit *m_smimeKey = nullptr;
    QListWidget *m_recipients = nullptr;
    QGroupBox *m_pgpBox = nullptr;
    QComboBox *m_pgpKey = nullptr;
    QLabel *m_pgpStatus = nullptr;
    QProcess *m_gpg = nullptr;
    QLineEdit *m_dkimDomain = nullptr;
    QLineEdit *m_dkimSelector = nullptr;
    QLineEdit *m_dkimKey = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QComboBox *m_dkimCanon = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testStatus = nullptr;
};

} // namespace postscope::ui
