#pragma once
// The composer: one message for one account (the sandbox included), as a
// tab of the main window. The fields on the left; beside them what will
// really leave: the envelope (exactly MAIL FROM and RCPT TO), the lint's
// findings and the raw octets. Sending goes through core's one send path
// (send::SendJob); the result per recipient is shown with the server's
// words and what they mean. The message is kept as a draft every few
// seconds after a change (send/messagefolder.h); a message that could not
// be sent goes to the outbox, so it is never lost. Everything MIME and SMTP
// is core's: this class only gathers fields and shows results.

#include "accounts/account.h"
#include "mime/lint.h"
#include "mime/messagebuilder.h"
#include "protocol/capabilities.h"
#include "send/messagefolder.h"
#include "session/authsettings.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace postscope::session {
class SmtpSession;
}
namespace postscope::send {
class SendJob;
}

namespace postscope::ui {

class HtmlPreview;

class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    // How long after the last change the draft is written.
    static constexpr int draftDelayMs = 3000;
    // The raw source view shows at most this much until "Show All".
    static constexpr qint64 sourcePreviewBytes = 256 * 1024;
    // "Show All" and the source built for it stop here (save the .eml for more).
    static constexpr qint64 sourceAllBytes = qint64(32) << 20;

    // The login for a send: called with the account, answers with the
    // settings (no login: AuthSettings{}), or nullopt and a reason.
    using AuthProvider = std::function<void(
        const accounts::Account &account,
        std::function<void(std::optional<session::AuthSettings>, const QString &error)>)>;

    explicit ComposerWidget(const accounts::Account &account, QWidget *parent = nullptr);
    ~ComposerWidget() override;

    const accounts::Account &account() const { return m_account; }
    void setAccount(const accounts::Account &account);
    void setAuthProvider(AuthProvider provider) { m_authProvider = std::move(provider); }
    // The account as it stands when a send starts (its settings may have
    // changed, the sandbox may have started since the composer opened).
    using AccountResolver = std::function<std::optional<accounts::Account>(const QString &name)>;
    void setAccountResolver(AccountResolver resolver) { m_accountResolver = std::move(resolver); }
    // Step mode (the window's Tools > Step Mode): the next send's session
    // waits at SmtpSession's step gate before each command, whatever the account.
    void setStepping(bool on) { m_stepping = on; }
    bool isStepping() const { return m_stepping; }
    // Where drafts and failed messages are kept (the window's folders).
    void setFolders(send::MessageFolder *drafts, send::MessageFolder *outbox);
    // What the account's server said it offers (EHLO), for the envelope
    // preview and the lint; without it a server offering everything is assumed.
    void setServerCapabilities(const protocol::Capabilities &capabilities);
    // Signing and encryption as the account's configuration allows
    // (certificate, key, DKIM key); the checkboxes are enabled only for
    // what it names.
    void setSecurityProfile(const mime::Security &profile);

    void setMessage(const mime::MessageSpec &spec);
    mime::MessageSpec message() const;
    QString title() const; // the subject, or "New Message"
    bool isModified() const { return m_modified; }

    // Attachments (a file dialog, or dropped files, call these).
    bool addAttachment(const QString &path, bool inlineImage = false, QString *error = nullptr);
    void removeSelectedAttachments();

    // Problems that keep Send disabled (addresses, header fields), one per line.
    QStringList problems() const;

    // Drafts: written on a timer after each change; these do it at once.
    QString draftId() const { return m_draftId; }
    // A composer opened from a draft on disk has something to keep: closing
    // it asks, as for any change.
    void setDraftId(const QString &id)
    {
        m_draftId = id;
        m_modified = m_modified || !id.isEmpty();
    }
    bool saveDraft(QString *error = nullptr);
    // Removes the draft (the tab was closed without keeping it, or it was sent).
    void discardDraft();
    // An outbox entry being sent again: removed when it is sent, updated when not.
    void setOutboxId(const QString &id) { m_outboxId = id; }
    QString outboxId() const { return m_outboxId; }

    // .eml files (mime::EmlDocument; the exact octets of the message).
    bool openEml(const QString &path, QString *error);
    bool saveEml(const QString &path, QString *error);

    // Sends through the account. False with *error when it cannot start
    // (a problem in the fields, the message cannot be built, already sending).
    bool send(QString *error = nullptr);
    // Sends an outbox entry as it was kept (its own envelope and octets
    // when the attached files are gone).
    bool sendStored(const send::StoredMessage &stored, QString *error = nullptr);
    void cancel();
    bool isSending() const { return !m_job.isNull() || m_waitingForLogin; }

    // The views, for the window and the tests.
    QComboBox *fromBox() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *ccEdit() const { return m_cc; }
    QLineEdit *bccEdit() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *htmlEdit() const { return m_html; }
    HtmlPreview *htmlPreview() const { return m_preview; }
    QTreeWidget *attachmentList() const { return m_attachments; }
    QTableWidget *headerTable() const { return m_headers; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QPlainTextEdit *envelopeView() const { return m_envelope; }
    QTreeWidget *lintView() const { return m_lint; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QTableWidget *resultTable() const { return m_results; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTabWidget *sideTabs() const { return m_side; }
    QCheckBox *signBox() const { return m_sign; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    QCheckBox *dkimBox() const { return m_dkim; }
    QList<QAction *> composerActions() const;

    // Refreshes the envelope, lint and source now (normally on a short timer).
    void refreshPreviews();
    // The source view's build (off the GUI thread) is done.
    bool sourceReady() const { return m_sourceReady; }

signals:
    // A send's session, before it opens: the window follows it (SessionHub).
    void sessionStarted(const QString &account, postscope::session::SmtpSession *session);
    void sendFinished(bool ok, const QString &summary);
    // The message could not be sent and is kept in the outbox under this id.
    void movedToOutbox(const QString &id);
    void titleChanged(const QString &title);
    void sendingChanged(bool sending);
    void draftSaved(const QString &id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createFields();
    QWidget *createSide();
    void createActions();
    void changed();
    void checkAddresses(QLineEdit *edit, bool single);
    void checkHeaders();
    void updateSendButton();
    void updateHtmlPreview();
    void updateInlineImages();
    mime::TransportCapabilities transportForPreview(bool *assumed) const;
    void buildSource(qint64 maxBytes);
    bool startSendChecked(send::MessageRequest request, QString *error);
    void runJob(send::PreparedMessage prepared, const session::AuthSettings &auth);
    void jobFinished();
    void showResults(const send::SendJob &job);
    void keepInOutbox(const QString &why);
    void fillIdentities();
    void chooseAttachments(bool inlineImage);
    void addHeaderRow();
    void openEmlDialog();
    void saveEmlDialog();

    accounts::Account m_account;
    AuthProvider m_authProvider;
    AccountResolver m_accountResolver;
    bool m_stepping = false;
    send::MessageFolder *m_drafts = nullptr;
    send::MessageFolder *m_outbox = nullptr;
    std::optional<protocol::Capabilities> m_capabilities;
    mime::Security m_securityProfile;
    QByteArray m_messageIdDomain;

    QComboBox *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QTabWidget *m_bodyTabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_html = nullptr;
    HtmlPreview *m_preview = nullptr;
    QTreeWidget *m_attachments = nullptr;
    QTableWidget *m_headers = nullptr;
    QCheckBox *m_sign = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QCheckBox *m_dkim = nullptr;
    QLabel *m_problemLabel = nullptr;

    QTabWidget *m_side = nullptr;
    QPlainTextEdit *m_envelope = nullptr;
    QTreeWidget *m_lint = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QPushButton *m_showAllButton = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_resultLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QAction *m_sendAction = nullptr;
    QAction *m_saveDraftAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;

    QTimer *m_previewTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QString m_draftId;
    QString m_outboxId;
    bool m_modified = false;
    bool m_loading = false;
    QStringList m_addressProblems;
    QStringList m_headerProblems;
    quint64 m_sourceGeneration = 0;
    bool m_sourceReady = false;
    qint64 m_sourceLimit = sourcePreviewBytes;

    QPointer<send::SendJob> m_job;
    bool m_waitingForLogin = false;
    bool m_cancelled = false;
    qint64 m_bytesSent = 0;
    std::optional<send::StoredMessage> m_sending; // what goes to the outbox if it fails
    std::optional<send::PreparedMessage> m_prepared; // its octets and envelope
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace postscope::ui
