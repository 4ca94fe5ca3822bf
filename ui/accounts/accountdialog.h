#pragma once
// Setting up an account: server (host, port filled in for the security
// chosen: 25, 587 for STARTTLS submission, 465 for TLS, 24 for LMTP),
// security, login (mechanism, user, password), identities, EHLO name,
// timeouts and the rarer settings. Account::validate()'s sentences show
// inline as the fields change. The password goes to the system keychain
// (SecretStore), never to the settings; without a keychain the dialog says
// so and Postscope asks each time. "Test connection" shows the server
// probe's findings in the dialog before the account is saved.
//
// OAuth 2.0 (XOAUTH2, OAUTHBEARER; issue 10 section 2): the Login tab shows,
// instead of the password, the provider (Google, Microsoft, custom
// endpoints), the client id and scope, and "Sign In…", which runs core's
// authorization-code flow with PKCE and a loopback redirect
// (auth::OAuthFlow, as `postscope-cli account authorize` does). The tokens
// are kept with the account when it is saved: in the keychain, or, where no
// keychain answers, in memory for this session only (SessionTokens).

#include "accounts/account.h"
#include "accounts/oauthtokens.h"
#include "accounts/secretstore.h"
#include "certificates/certificateview.h"
#include "diagnostics/serverprobe.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace postscope::accounts {
class AccountStore;
}
namespace postscope::auth {
class OAuthFlow;
struct OAuthResult;
} // namespace postscope::auth

namespace postscope::ui {

class CertificateView;
class FindingsView;
class SecurityPage;
class ProbeRunner;

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Add, // a new account
        Edit, // the stored account of that name (a new name renames it, secrets and all)
        Duplicate, // a new account from another one (its secrets copied)
    };
    enum IdentityColumn { IdentityNameColumn, IdentityAddressColumn, IdentityDefaultColumn };

    AccountDialog(Mode mode, const accounts::Account &account, accounts::AccountStore *store,
                  accounts::SecretStore *secrets, QWidget *parent = nullptr);
    ~AccountDialog() override;

    Mode mode() const { return m_mode; }
    // The account as the fields describe it (fields the dialog does not
    // show are kept from the account it started with).
    accounts::Account account() const;
    // What keeps the account from being saved, one sentence each (shown inline).
    QStringList problems() const;
    FindingsView *findingsView() const { return m_findings; }
    QPushButton *testConnectionButton() const { return m_testButton; }
    // Test Connection runs core's server probe (ProbeRunner) with the
    // unsaved fields; it can be switched off (a read-only store, tests).
    void setTestConnectionAvailable(bool available);
    void testConnection();
    void cancelTestConnection();
    bool isTesting() const;
    ProbeRunner *probeRunner() const { return m_runner; }
    QPushButton *cancelTestButton() const { return m_cancelTestButton; }
    QPushButton *certificateButton() const { return m_certificateButton; }
    QLabel *testStatusLabel() const { return m_testStatus; }
    QLabel *timingsLabel() const { return m_timings; }
    // The certificate of the last test, in a dialog of its own (nullptr
    // while none is open).
    CertificateView *certificateView() const { return m_certificateView; }
    void showCertificate();
    // The account being edited trusts exactly this certificate for its host
    // (saved with the account).
    void addTrustException(const accounts::TrustException &exception);
    // Set after a save: the name the account was stored under.
    QString savedName() const { return m_savedName; }
    bool isBusy() const { return m_busy; }

    // OAuth sign-in (the Login tab). The browser seam: how the
    // authorization URL is opened (QDesktopServices::openUrl by default; a
    // test follows it itself). False: no browser opened, the person uses
    // the address shown in the dialog.
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    // Whether the mechanism (or "auto" with a provider) logs in with OAuth.
    bool usesOAuth() const;
    void signIn();
    void cancelSignIn();
    void signOut();
    bool isSigningIn() const { return m_flow != nullptr; }
    // The tokens of a sign-in in this dialog, written when it is saved.
    bool hasNewTokens() const { return m_newTokens.has_value(); }

    static quint16 defaultPort(session::Security security, engine::Dialect dialect);
    // "work (copy)", "work (copy 2)", ...: a name no stored account has.
    static QString copyName(const QString &name, const accounts::AccountStore *store);

public slots:
    // Saves: the account to the store, then its secrets to the keychain;
    // closes when both are done, stays open with the reason otherwise.
    void accept() override;

signals:
    // After a save; message says where the password went (translated).
    void saved(const QString &name, const QString &message);
    void testConnectionRequested(const postscope::accounts::Account &account);

private:
    QWidget *createServerPage();
    QWidget *createLoginPage();
    QWidget *createIdentitiesPage();
    QWidget *createAdvancedPage();
    void load(const accounts::Account &account);
    void addIdentityRow(const accounts::Identity &identity);
    void identityChanged(QTableWidgetItem *item);
    void addIdentity();
    void removeIdentity();
    void securityOrProtocolChanged();
    void updateProblems();
    void updateKeychainNote();
    void saveSecrets(const QString &name);
    void copySecrets(const QString &from, const QString &to, QList<accounts::SecretKind> kinds,
                     const std::function<void(const QString &error)> &done);
    // Writes each (kind, value) to the keychain in turn; done gets the first
    // failure or success.
    void writeSecrets(const QString &name, QList<QPair<accounts::SecretKind, QString>> writes,
                      const std::function<void(const accounts::SecretResult &)> &done);
    void finishSave(const QString &message);
    void failSave(const QString &message);
    void setBusy(bool busy);
    void testFinished(const diagnostics::ProbeReport &report, bool cancelled);
    QWidget *createOAuthSection(QWidget *page);
    void loadOAuth(const accounts::Account &account);
    void oauthChanged();
    void signInFinished(const auth::OAuthResult &result);
    void showTokenState(const accounts::TokenState &state, const QString &extra = {});
    void readStoredTokenState();
    void storeNewTokens();

    Mode m_mode;
    accounts::Account m_initial;
    QString m_originalName; // Edit: the name stored now
    QString m_secretSource; // Duplicate / rename: whose secrets to copy
    bool m_moveSecrets = false; // rename: remove them from the old name afterwards
    QString m_savedName;
    bool m_busy = false;
    bool m_portTouched = false;
    bool m_settingPort = false;
    bool m_loaded = false; // the fields hold the account given
    bool m_edited = false; // the person has changed a field since

    accounts::AccountStore *m_store;
    QPointer<accounts::SecretStore> m_secrets;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QComboBox *m_securityCombo = nullptr;
    QComboBox *m_protocolCombo = nullptr;
    QComboBox *m_mechanismCombo = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_keychainNote = nullptr;
    QCheckBox *m_plaintextCheck = nullptr;
    QTableWidget *m_identities = nullptr;
    QPushButton *m_addIdentityButton = nullptr;
    QPushButton *m_removeIdentityButton = nullptr;
    QLineEdit *m_heloEdit = nullptr;
    QDoubleSpinBox *m_replyTimeoutSpin = nullptr;
    QDoubleSpinBox *m_connectTimeoutSpin = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QLineEdit *m_socketEdit = nullptr;
    QLineEdit *m_sourceAddressEdit = nullptr;
    QComboBox *m_ipFamilyCombo = nullptr;
    QLineEdit *m_clientCertEdit = nullptr;
    QLineEdit *m_clientKeyEdit = nullptr;
    QLineEdit *m_clientKeyPassphraseEdit = nullptr; // to the keychain (KeyPassphrase) on save
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    FindingsView *m_findings = nullptr;
    ProbeRunner *m_runner = nullptr;
    QPushButton *m_cancelTestButton = nullptr;
    QPushButton *m_certificateButton = nullptr;
    QLabel *m_testStatus = nullptr;
    QLabel *m_timings = nullptr;
    QPointer<CertificateView> m_certificateView;
    QDialogButtonBox *m_buttons = nullptr;

    // OAuth (Login tab)
    QFormLayout *m_loginForm = nullptr;
    QComboBox *m_oauthProviderCombo = nullptr;
    QGroupBox *m_oauthBox = nullptr;
    QLineEdit *m_oauthClientIdEdit = nullptr;
    QLineEdit *m_oauthScopeEdit = nullptr;
    QLineEdit *m_oauthAuthorizationEdit = nullptr;
    QLineEdit *m_oauthTokenEdit = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignInButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QProgressBar *m_oauthProgress = nullptr;
    QLabel *m_oauthStateLabel = nullptr;
    QWidget *m_oauthUrlBox = nullptr;
    QLabel *m_oauthUrlLabel = nullptr;
    QLineEdit *m_oauthUrlEdit = nullptr;
    QLabel *m_oauthKeychainNote = nullptr;
    QPointer<auth::OAuthFlow> m_flow;
    BrowserOpener m_openBrowser;
    std::optional<auth::OAuthTokens> m_newTokens; // signed in here, not saved yet
    bool m_dropStoredTokens = false; // signed out: do not copy the source's tokens
    SecurityPage *m_securityPage = nullptr; // the Security tab

public:
    SecurityPage *securityPage() const { return m_securityPage; }
    QLineEdit *clientKeyPassphraseEdit() const { return m_clientKeyPassphraseEdit; }
};

} // namespace postscope::ui
