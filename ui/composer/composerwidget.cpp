#include "composerwidget.h"

#include "common/uihelpers.h"
#include "htmlpreview.h"
#include "mime/addresscheck.h"
#include "mime/emldocument.h"
#include "mime/envelope.h"
#include "protocol/explain.h"
#include "send/sendjob.h"
#include "session/smtpsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

// Attachment list columns; the path rides in the first column's data.
enum AttachmentColumn { NameColumn, SizeColumn, TypeColumn, InlineColumn };
constexpr int PathRole = Qt::UserRole + 1;
constexpr int ContentTypeRole = Qt::UserRole + 2;
// More attachments than this are refused (each is a file and a MIME part).
constexpr int maxAttachments = 500;
constexpr int maxHeaderRows = 200;

QString meaningOf(const protocol::Reply &reply)
{
    // The enhanced code says more than the basic one when the server sent it
    // (RFC 3463); the sentence names its RFC section.
    protocol::Explanation e;
    if (reply.enhanced.isValid())
        e = protocol::explainEnhancedCode(reply.enhanced);
    if (!e.isKnown())
        e = protocol::explainReplyCode(reply.code);
    if (!e.isKnown())
        return {};
    return e.reference.isEmpty() ? e.summary
                                 : QStringLiteral("%1 (%2)").arg(e.summary, e.reference);
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    return edit->toPlainText().split(QLatin1Char('\n'));
}

} // namespace

ComposerWidget::ComposerWidget(const accounts::Account &account, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Composer"));
    setAcceptDrops(true);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ComposerWidget::refreshPreviews);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { saveDraft(); });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("composerSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(createFields());
    split->addWidget(createSide());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 440});

    m_progress = new QProgressBar(this);
    nameControl(m_progress, QStringLiteral("sendProgress"), tr("Send progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_sendButton = new QPushButton(themedIcon(QStringLiteral("mail-send")), tr("&Send"), this);
    nameControl(m_sendButton, QStringLiteral("sendButton"), tr("&Send"));
    m_cancelButton
        = new QPushButton(themedIcon(QStringLiteral("process-stop")), tr("Ca&ncel"), this);
    nameControl(m_cancelButton, QStringLiteral("cancelButton"), tr("Ca&ncel"));
    m_cancelButton->setToolTip(tr("Stop the send; the message stays here as a draft"));
    m_cancelButton->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addStretch();
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    createActions();
    connect(m_sendButton, &QPushButton::clicked, m_sendAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposerWidget::cancel);

    fillIdentities();
    applyAccountSigning();
    checkAddresses(m_to, false);
    updateSendButton();
}

ComposerWidget::~ComposerWidget()
{
    *m_alive = false;
    if (m_job) {
        // Nothing of a send in flight reaches a composer that is gone.
        m_job->disconnect(this);
        m_job->session().disconnect(this);
        m_job->session().abort();
    }
}

QWidget *ComposerWidget::createFields()
{
    auto *fields = new QWidget(this);
    m_from = new QComboBox(fields);
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    nameControl(m_from, QStringLiteral("fromBox"), tr("&From:"));
    m_from->setToolTip(tr("Who the message is from: one of the account's identities, or any "
                          "mailbox you type"));
    m_to = new QLineEdit(fields);
    nameControl(m_to, QStringLiteral("toEdit"), tr("&To:"));
    m_cc = new QLineEdit(fields);
    nameControl(m_cc, QStringLiteral("ccEdit"), tr("&Cc:"));
    m_bcc = new QLineEdit(fields);
    nameControl(m_bcc, QStringLiteral("bccEdit"), tr("&Bcc:"));
    for (QLineEdit *edit : {m_to, m_cc, m_bcc}) {
        edit->setPlaceholderText(tr("name@example.test, Other <other@example.test>"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            checkAddresses(edit, false);
            changed();
        });
    }
    m_bcc->setToolTip(tr("Blind copies: in the envelope (RCPT TO) only, never in a header field"));
    connect(m_from, &QComboBox::editTextChanged, this, [this] {
        checkAddresses(m_from->lineEdit(), true);
        changed();
    });
    m_subject = new QLineEdit(fields);
    nameControl(m_subject, QStringLiteral("subjectEdit"), tr("S&ubject:"));
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        changed();
        emit titleChanged(title());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("S&ubject:"), m_subject);

    m_bodyTabs = new QTabWidget(fields);
    m_bodyTabs->setObjectName(QStringLiteral("bodyTabs"));
    m_bodyTabs->setAccessibleName(tr("Message body"));
    m_body = new QPlainTextEdit(m_bodyTabs);
    nameControl(m_body, QStringLiteral("bodyEdit"), tr("Plain text"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setToolTip(tr("The text/plain body"));
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWidget::changed);

    auto *htmlSplit = new QSplitter(Qt::Horizontal, m_bodyTabs);
    m_html = new QPlainTextEdit(htmlSplit);
    nameControl(m_html, QStringLiteral("htmlEdit"), tr("HTML source"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_html->setPlaceholderText(
        tr("<p>An HTML body, sent next to the plain text "
           "(multipart/alternative). Inline images: <img src=\"cid:NAME\">"));
    m_preview = new HtmlPreview(htmlSplit);
    nameControl(m_preview, QStringLiteral("htmlPreview"), tr("HTML preview"));
    m_preview->setToolTip(tr("How the HTML body looks. Remote images and style sheets are "
                             "never loaded; only the message's own inline images show."));
    htmlSplit->addWidget(m_html);
    htmlSplit->addWidget(m_preview);
    connect(m_html, &QPlainTextEdit::textChanged, this, [this] {
        updateHtmlPreview();
        changed();
    });
    m_bodyTabs->addTab(m_body, tr("Te&xt")); // Alt+T is To:
    m_bodyTabs->addTab(htmlSplit, tr("&HTML"));

    // Extra header fields: name and value, each checked as typed.
    auto *headersPage = new QWidget(m_bodyTabs);
    m_headers = new QTableWidget(0, 2, headersPage);
    nameControl(m_headers, QStringLiteral("headerTable"), tr("Extra header fields"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setToolTip(tr("Header fields added to the message as written (RFC 5322 2.2); "
                             "a line break in a value is refused (header injection)"));
    connect(m_headers, &QTableWidget::itemChanged, this, [this] {
        checkHeaders();
        changed();
    });
    auto *addHeader
        = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Add &Field"), headersPage);
    nameControl(addHeader, QStringLiteral("addHeaderButton"), tr("Add &Field"));
    connect(addHeader, &QPushButton::clicked, this, &ComposerWidget::addHeaderRow);
    auto *removeHeader = new QPushButton(themedIcon(QStringLiteral("list-remove")),
                                         tr("Remove Fi&eld"), headersPage);
    nameControl(removeHeader, QStringLiteral("removeHeaderButton"), tr("Remove Fi&eld"));
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0)
            m_headers->removeRow(row);
        checkHeaders();
        changed();
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->addWidget(m_headers);
    headersLayout->addLayout(headerButtons);
    m_bodyTabs->addTab(headersPage, tr("Header F&ields"));

    // Attachments: always in sight, so that a forgotten file shows.
    auto *attachBox = new QGroupBox(tr("Attachments"), fields);
    attachBox->setObjectName(QStringLiteral("attachmentsBox"));
    m_attachments = new QTreeWidget(attachBox);
    nameControl(m_attachments, QStringLiteral("attachmentList"), tr("Attachments"));
    m_attachments->setHeaderLabels({tr("File"), tr("Size"), tr("Type"), tr("Inline")});
    m_attachments->setRootIsDecorated(false);
    m_attachments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachments->setToolTip(
        tr("Files sent with the message; drop files here or on the composer"));
    m_attachments->header()->setStretchLastSection(false);
    m_attachments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attachments->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_attachments->setMaximumHeight(130);
    auto *attach
        = new QPushButton(themedIcon(QStringLiteral("mail-attachment")), tr("&Attach…"), attachBox);
    nameControl(attach, QStringLiteral("attachButton"), tr("&Attach…"));
    attach->setToolTip(tr("Add files to the message"));
    connect(attach, &QPushButton::clicked, this, [this] { chooseAttachments(false); });
    auto *inlineImage = new QPushButton(themedIcon(QStringLiteral("insert-image")),
                                        tr("Inline &Image…"), attachBox);
    nameControl(inlineImage, QStringLiteral("inlineImageButton"), tr("Inline &Image…"));
    inlineImage->setToolTip(tr("Add an image the HTML body shows with <img src=\"cid:FILE\"> "
                               "(multipart/related, RFC 2387)"));
    connect(inlineImage, &QPushButton::clicked, this, [this] { chooseAttachments(true); });
    auto *remove
        = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("&Remove"), attachBox);
    nameControl(remove, QStringLiteral("removeAttachmentButton"), tr("&Remove"));
    remove->setToolTip(tr("Remove the selected attachments from the message"));
    connect(remove, &QPushButton::clicked, this, &ComposerWidget::removeSelectedAttachments);
    auto *attachButtons = new QVBoxLayout;
    attachButtons->addWidget(attach);
    attachButtons->addWidget(inlineImage);
    attachButtons->addWidget(remove);
    attachButtons->addStretch();
    auto *attachLayout = new QHBoxLayout(attachBox);
    attachLayout->addWidget(m_attachments, 1);
    attachLayout->addLayout(attachButtons);

    m_sign = new QCheckBox(tr("Si&gn"), fields);
    nameControl(m_sign, QStringLiteral("signBox"), tr("Si&gn"));
    m_encrypt = new QCheckBox(tr("En&crypt"), fields);
    nameControl(m_encrypt, QStringLiteral("encryptBox"), tr("En&crypt"));
    m_dkim = new QCheckBox(tr("&DKIM"), fields);
    nameControl(m_dkim, QStringLiteral("dkimBox"), tr("&DKIM"));
    for (QCheckBox *box : {m_sign, m_encrypt, m_dkim})
        connect(box, &QCheckBox::toggled, this, &ComposerWidget::changed);
    auto *security = new QHBoxLayout;
    security->addWidget(m_sign);
    security->addWidget(m_encrypt);
    security->addWidget(m_dkim);
    security->addStretch();

    m_problemLabel = new QLabel(fields);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setVisible(false);
    m_problemLabel->setAccessibleName(tr("Problems"));

    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *accountLabel = new QLabel(tr("Account: %1").arg(m_account.name), fields);
    accountLabel->setObjectName(QStringLiteral("accountLabel"));
    accountLabel->setEnabled(false);
    layout->addWidget(accountLabel);
    layout->addLayout(form);
    layout->addWidget(m_bodyTabs, 1);
    layout->addWidget(attachBox);
    layout->addLayout(security);
    layout->addWidget(m_problemLabel);
    return fields;
}

QWidget *ComposerWidget::createSide()
{
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("composerSideTabs"));
    m_side->setAccessibleName(tr("What will be sent"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_envelope = new QPlainTextEdit(m_side);
    nameControl(m_envelope, QStringLiteral("envelopeView"), tr("Envelope"));
    m_envelope->setReadOnly(true);
    m_envelope->setFont(fixed);
    m_envelope->setToolTip(tr("Exactly the MAIL FROM and RCPT TO commands the send will write "
                              "(RFC 5321 3.3)"));
    m_side->addTab(m_envelope, tr("&Envelope"));

    m_lint = new QTreeWidget(m_side);
    nameControl(m_lint, QStringLiteral("lintView"), tr("Lint findings"));
    m_lint->setHeaderLabels({tr("Severity"), tr("Finding"), tr("How to fix it")});
    m_lint->setRootIsDecorated(false);
    m_lint->setWordWrap(true);
    m_lint->setUniformRowHeights(false);
    m_lint->header()->setStretchLastSection(false);
    m_lint->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lint->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lint->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_lint->setToolTip(tr("What a receiving server may dislike about this message; errors stop "
                          "the send"));
    auto *lintPage = new QWidget(m_side);
    auto *lintDetail = new QLabel(lintPage);
    lintDetail->setObjectName(QStringLiteral("lintDetail"));
    lintDetail->setWordWrap(true);
    lintDetail->setTextFormat(Qt::PlainText);
    lintDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_lint, &QTreeWidget::currentItemChanged, this, [lintDetail](QTreeWidgetItem *item) {
        lintDetail->setText(item ? QStringLiteral("%1 (%2)\n%3")
                                       .arg(item->text(1), item->toolTip(1), item->text(2))
                                 : QString());
    });
    m_lint->setParent(lintPage);
    auto *lintLayout = new QVBoxLayout(lintPage);
    lintLayout->addWidget(m_lint, 1);
    lintLayout->addWidget(lintDetail);
    m_side->addTab(lintPage, tr("&Lint"));

    auto *sourcePage = new QWidget(m_side);
    m_source = new QPlainTextEdit(sourcePage);
    nameControl(m_source, QStringLiteral("sourceView"), tr("Raw source"));
    m_source->setReadOnly(true);
    m_source->setFont(fixed);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setToolTip(tr("The exact octets of the message as they will leave"));
    m_sourceLabel = new QLabel(sourcePage);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_showAllButton = new QPushButton(tr("Show A&ll"), sourcePage);
    nameControl(m_showAllButton, QStringLiteral("showAllButton"), tr("Show A&ll"));
    m_showAllButton->setToolTip(tr("Show the whole source (up to %1; save it as .eml for more)")
                                    .arg(QLocale().formattedDataSize(sourceAllBytes)));
    connect(m_showAllButton, &QPushButton::clicked, this, [this] {
        m_sourceLimit = sourceAllBytes;
        refreshPreviews();
    });
    auto *saveSource = new QPushButton(themedIcon(QStringLiteral("document-save-as")),
                                       tr("Save as .eml…"), sourcePage);
    nameControl(saveSource, QStringLiteral("saveSourceButton"), tr("Save as .eml…"));
    connect(saveSource, &QPushButton::clicked, this, &ComposerWidget::saveEmlDialog);
    auto *sourceBar = new QHBoxLayout;
    sourceBar->addWidget(m_sourceLabel, 1);
    sourceBar->addWidget(m_showAllButton);
    sourceBar->addWidget(saveSource);
    auto *sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->addLayout(sourceBar);
    sourceLayout->addWidget(m_source, 1);
    m_side->addTab(sourcePage, tr("&Source"));

    auto *resultPage = new QWidget(m_side);
    m_resultLabel = new QLabel(tr("Not sent yet."), resultPage);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_results = new QTableWidget(0, 6, resultPage);
    nameControl(m_results, QStringLiteral("resultTable"), tr("Result per recipient"));
    m_results->setHorizontalHeaderLabels({tr("Recipient"), tr("Result"), tr("Code"), tr("Enhanced"),
                                          tr("Server said"), tr("Meaning")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The selected recipient's whole answer, below the table.
    auto *resultDetail = new QLabel(resultPage);
    resultDetail->setObjectName(QStringLiteral("resultDetail"));
    resultDetail->setWordWrap(true);
    resultDetail->setTextFormat(Qt::PlainText);
    resultDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this, resultDetail](int row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_results->item(row, column);
            return item ? item->text() : QString();
        };
        resultDetail->setText(row < 0 ? QString()
                                      : tr("%1: %2 %3 %4\n%5")
                                            .arg(text(0), text(2), text(3), text(4), text(5)));
    });
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->setVisible(false);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_results, 1);
    resultLayout->addWidget(resultDetail);
    m_side->addTab(resultPage, tr("&Result"));
    return m_side;
}

void ComposerWidget::createActions()
{
    auto make = [this](const QString &name, const QString &icon, const QString &text,
                       const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(themedIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        // Only while the composer has the focus: the window's own Ctrl+S
        // (save transcript) and Ctrl+Return (test message) stay theirs elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(tip);
        setToolTipWithShortcut(action);
        addAction(action);
        return action;
    };
    m_sendAction = make(QStringLiteral("actionComposerSend"), QStringLiteral("mail-send"),
                        tr("&Send"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        tr("Send the message through %1").arg(m_account.name));
    connect(m_sendAction, &QAction::triggered, this, [this] {
        QString error;
        if (!send(&error))
            emit sendFinished(false, error);
    });
    m_sendButton->setToolTip(m_sendAction->toolTip());
    m_saveDraftAction = make(QStringLiteral("actionSaveDraft"), QStringLiteral("document-save"),
                             tr("Save &Draft"), QKeySequence(Qt::CTRL | Qt::Key_S),
                             tr("Keep the message as a draft now (it is also kept every few "
                                "seconds after a change)"));
    connect(m_saveDraftAction, &QAction::triggered, this, [this] {
        QString error;
        if (!saveDraft(&error))
            emit sendFinished(false, error);
    });
    m_openAction
        = make(QStringLiteral("actionOpenEml"), QStringLiteral("document-open"), tr("&Open .eml…"),
               QKeySequence(Qt::CTRL | Qt::Key_O), tr("Load a saved message into the composer"));
    connect(m_openAction, &QAction::triggered, this, &ComposerWidget::openEmlDialog);
    m_saveAsAction = make(QStringLiteral("actionSaveEml"), QStringLiteral("document-save-as"),
                          tr("Save &As .eml…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          tr("Write the exact octets of the message to a file"));
    connect(m_saveAsAction, &QAction::triggered, this, &ComposerWidget::saveEmlDialog);
}

QList<QAction *> ComposerWidget::composerActions() const
{
    return {m_sendAction, m_saveDraftAction, m_openAction, m_saveAsAction};
}

void ComposerWidget::setAccount(const accounts::Account &account)
{
    const bool otherSigning
        = account.name != m_account.name || !(account.signing == m_account.signing);
    m_account = account;
    fillIdentities();
    // The person's choices for this message stay unless the account's
    // signing settings themselves changed.
    if (otherSigning)
        applyAccountSigning();
}

void ComposerWidget::applyAccountSigning()
{
    const accounts::SigningSettings &s = m_account.signing;
    setSecurityProfile(s.profile());
    // Defaults from the account (as `send --account` does): DKIM whenever
    // it is set up, signing and encryption when the account says so.
    m_sign->setChecked(s.signByDefault && m_sign->isEnabled());
    m_encrypt->setChecked(s.encryptByDefault && m_encrypt->isEnabled());
    m_dkim->setChecked(s.hasDkim() && m_dkim->isEnabled());
    readSigningPassphrase();
}

void ComposerWidget::readSigningPassphrase()
{
    // An encrypted S/MIME key or PKCS#12 file opens with the passphrase the
    // keychain keeps for the account (SecretKind::SigningPassphrase, stored
    // by `account add --smime-passphrase-env`); none there is no error (an
    // unencrypted key needs none, one that does says so when it is read).
    const accounts::SigningSettings &s = m_account.signing;
    if (s.kind != mime::Security::Kind::Smime || s.smimeCert.isEmpty() || m_account.builtIn)
        return;
    if (!m_secretStore)
        m_secretStore = new accounts::SecretStore(QStringLiteral("Postscope"), this);
    m_readingPassphrase = true;
    const QString name = m_account.name;
    m_secretStore->read(name, accounts::SecretKind::SigningPassphrase,
                        [this, name](const accounts::SecretResult &result) {
                            m_readingPassphrase = false;
                            if (name != m_account.name)
                                return;
                            if (result.ok()) {
                                m_securityProfile.smimePassphrase = result.secret.toUtf8();
                                m_previewTimer->start();
                            }
                            if (m_sendWhenReady) {
                                m_sendWhenReady = false;
                                updateSendButton();
                                QString error;
                                if (!send(&error))
                                    emit sendFinished(false, error);
                            }
                        });
}

QStringList ComposerWidget::securityProblems() const
{
    // RFC 8551 3.3: S/MIME encryption needs each recipient's certificate;
    // the account's files and folders are searched by address, and who has
    // none is named before anything is sent.
    if (!m_encrypt->isChecked() || m_securityProfile.kind != mime::Security::Kind::Smime)
        return {};
    QList<QByteArray> recipients;
    for (QLineEdit *edit : {m_to, m_cc, m_bcc})
        recipients += mime::addressesOf({edit->text().toUtf8()});
    if (recipients.isEmpty())
        return {};
    mime::Security security = m_securityProfile;
    security.encrypt = true;
    const QString why = mime::selectSmimeRecipients(&security, recipients);
    return why.isEmpty() ? QStringList() : QStringList {tr("Encrypt: %1").arg(why)};
}

void ComposerWidget::fillIdentities()
{
    const QString typed = m_from->currentText();
    const QSignalBlocker blocker(m_from);
    m_from->clear();
    for (const accounts::Identity &identity : std::as_const(m_account.identities))
        m_from->addItem(identity.mailbox());
    const accounts::Identity *preferred = m_account.defaultIdentity();
    if (!typed.isEmpty())
        m_from->setEditText(typed);
    else if (preferred)
        m_from->setCurrentText(preferred->mailbox());
    const QByteArray domain = mime::addressOf(m_from->currentText()).split('@').value(1);
    m_messageIdDomain = domain.isEmpty() ? QByteArray("postscope.invalid") : domain;
    checkAddresses(m_from->lineEdit(), true);
}

void ComposerWidget::setFolders(send::MessageFolder *drafts, send::MessageFolder *outbox)
{
    m_drafts = drafts;
    m_outbox = outbox;
}

void ComposerWidget::setServerCapabilities(const protocol::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    m_previewTimer->start();
}

void ComposerWidget::setSecurityProfile(const mime::Security &profile)
{
    m_securityProfile = profile;
    const bool canSign
        = (profile.kind == mime::Security::Kind::Smime && !profile.smimeCert.isEmpty())
        || (profile.kind == mime::Security::Kind::OpenPgp && !profile.pgpKey.isEmpty());
    const bool canEncrypt
        = (profile.kind == mime::Security::Kind::Smime && !profile.smimeRecipientCerts.isEmpty())
        || profile.kind == mime::Security::Kind::OpenPgp;
    m_sign->setEnabled(canSign);
    m_encrypt->setEnabled(canEncrypt);
    m_dkim->setEnabled(profile.dkim());
    m_sign->setToolTip(
        canSign ? tr("Sign the message (S/MIME, RFC 8551, or OpenPGP, RFC 3156)")
                : tr("No signing certificate or key is set up for %1").arg(m_account.name));
    m_encrypt->setToolTip(
        canEncrypt ? tr("Encrypt the message to its recipients' keys")
                   : tr("No recipient certificates or keys are set up for %1").arg(m_account.name));
    m_dkim->setToolTip(profile.dkim() ? tr("Sign as %1 with selector %2 (DKIM, RFC 6376)")
                                            .arg(QString::fromLatin1(profile.dkimDomain),
                                                 QString::fromLatin1(profile.dkimSelector))
                                      : tr("No DKIM key is set up for %1").arg(m_account.name));
    if (!canSign)
        m_sign->setChecked(false);
    if (!canEncrypt)
        m_encrypt->setChecked(false);
    if (!profile.dkim())
        m_dkim->setChecked(false);
}

void ComposerWidget::setMessage(const mime::MessageSpec &spec)
{
    m_loading = true;
    m_from->setEditText(spec.from);
    m_to->setText(spec.to.join(QStringLiteral(", ")));
    m_cc->setText(spec.cc.join(QStringLiteral(", ")));
    m_bcc->setText(spec.bcc.join(QStringLiteral(", ")));
    m_subject->setText(spec.subject);
    m_body->setPlainText(spec.body);
    m_html->setPlainText(spec.html);
    m_attachments->clear();
    QStringList missing;
    for (const mime::Attachment &a : spec.attachments) {
        if (!addAttachment(a.path, a.inlineImage))
            missing.append(a.path);
    }
    for (const QString &path : spec.attachedMessages) {
        if (!addAttachment(path))
            missing.append(path);
    }
    m_headers->setRowCount(0);
    for (const auto &[name, value] : spec.extraHeaders) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    if (!spec.messageIdDomain.isEmpty())
        m_messageIdDomain = spec.messageIdDomain;
    m_sign->setChecked(spec.security.sign && m_sign->isEnabled());
    m_encrypt->setChecked(spec.security.encrypt && m_encrypt->isEnabled());
    m_dkim->setChecked(spec.security.dkim() && m_dkim->isEnabled());
    m_loading = false;
    checkHeaders();
    for (QLineEdit *edit : {m_to, m_cc, m_bcc})
        checkAddresses(edit, false);
    checkAddresses(m_from->lineEdit(), true);
    updateSendButton();
    m_previewTimer->start();
    emit titleChanged(title());
    if (!missing.isEmpty())
        emit sendFinished(false, tr("These attached files are gone: %1")
                                     .arg(missing.join(QStringLiteral(", "))));
}

mime::MessageSpec ComposerWidget::message() const
{
    mime::MessageSpec spec;
    spec.from = m_from->currentText().trimmed();
    spec.to = mime::splitAddressField(m_to->text());
    spec.cc = mime::splitAddressField(m_cc->text());
    spec.bcc = mime::splitAddressField(m_bcc->text());
    spec.subject = m_subject->text();
    spec.body = m_body->toPlainText();
    if (!spec.body.isEmpty() && !spec.body.endsWith(QLatin1Char('\n')))
        spec.body.append(QLatin1Char('\n'));
    spec.html = m_html->toPlainText();
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_attachments->topLevelItem(i);
        mime::Attachment a;
        a.path = item->data(NameColumn, PathRole).toString();
        a.fileName = item->text(NameColumn);
        a.contentType = item->data(NameColumn, ContentTypeRole).toByteArray();
        a.inlineImage = item->checkState(InlineColumn) == Qt::Checked;
        if (a.inlineImage)
            a.contentId = a.fileName.toUtf8();
        // A whole message goes as message/rfc822 in 7bit/8bit, never base64
        // (RFC 2046 5.2.1): the builder's own part for it.
        if (a.contentType == "message/rfc822" && !a.inlineImage)
            spec.attachedMessages.append(a.path);
        else
            spec.attachments.append(a);
    }
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (name.trimmed().isEmpty() && value.trimmed().isEmpty())
            continue;
        QByteArray n;
        QByteArray v;
        // Only checked fields go into the message (a refused one keeps Send off).
        if (mime::checkHeaderArgument(name.trimmed() + QStringLiteral(": ") + value, &n, &v)
                .isEmpty())
            spec.extraHeaders.append({n, v});
    }
    spec.messageIdDomain = m_messageIdDomain;
    if (m_sign->isChecked() || m_encrypt->isChecked()) {
        spec.security = m_securityProfile;
        spec.security.sign = m_sign->isChecked();
        spec.security.encrypt = m_encrypt->isChecked();
        if (spec.security.encrypt && spec.security.kind == mime::Security::Kind::Smime) {
            // Only the recipients' own certificates, never the rest of a
            // folder; a recipient without one keeps Send off (problems()).
            QList<QByteArray> recipients;
            for (const QString &list : spec.to + spec.cc + spec.bcc)
                recipients += mime::addressesOf({list.toUtf8()});
            spec.security.smimeRecipientCerts
                = mime::matchSmimeRecipients(m_securityProfile.smimeRecipientCerts, recipients)
                      .certificates;
        }
        if (spec.security.encrypt && spec.security.kind == mime::Security::Kind::OpenPgp) {
            // gpg finds each recipient's key by address (RFC 3156 4).
            for (const QString &list : spec.to + spec.cc + spec.bcc) {
                for (const QByteArray &a : mime::addressesOf({list.toUtf8()}))
                    spec.security.pgpRecipients.append(QString::fromUtf8(a));
            }
        }
    } else {
        spec.security.kind = mime::Security::Kind::None;
    }
    if (m_dkim->isChecked()) {
        spec.security.dkimDomain = m_securityProfile.dkimDomain;
        spec.security.dkimSelector = m_securityProfile.dkimSelector;
        spec.security.dkimKeyFile = m_securityProfile.dkimKeyFile;
        spec.security.dkimCanonicalization = m_securityProfile.dkimCanonicalization;
    }
    return spec;
}

QString ComposerWidget::title() const
{
    const QString subject = m_subject->text().simplified();
    return subject.isEmpty() ? tr("New Message") : subject.left(40);
}

void ComposerWidget::changed()
{
    if (m_loading)
        return;
    m_showingSent = false;
    m_modified = true;
    updateSendButton();
    m_previewTimer->start();
    if (m_drafts)
        m_draftTimer->start();
}

void ComposerWidget::checkAddresses(QLineEdit *edit, bool single)
{
    if (!edit)
        return;
    QStringList reasons;
    const QList<mime::AddressCheck> checks = mime::checkAddressField(edit->text());
    if (single && checks.size() > 1)
        reasons.append(tr("Only one mailbox may be the sender"));
    for (const mime::AddressCheck &check : checks) {
        if (!check.ok())
            reasons.append(tr("“%1”: %2").arg(check.text, check.error));
    }
    // The reason travels with the field: a marker icon and its tooltip.
    QAction *marker = edit->findChild<QAction *>(QStringLiteral("addressProblem"));
    if (!marker) {
        marker = new QAction(themedIcon(QStringLiteral("dialog-warning")), QString(), edit);
        marker->setObjectName(QStringLiteral("addressProblem"));
        edit->addAction(marker, QLineEdit::TrailingPosition);
    }
    marker->setVisible(!reasons.isEmpty());
    marker->setToolTip(reasons.join(QLatin1Char('\n')));
    edit->setToolTip(reasons.isEmpty() ? QString() : reasons.join(QLatin1Char('\n')));
    edit->setProperty("invalid", !reasons.isEmpty());
    QPalette palette = edit->parentWidget() ? edit->parentWidget()->palette() : QPalette();
    if (!reasons.isEmpty())
        palette.setColor(QPalette::Text, QColor(Qt::red).darker(120));
    edit->setPalette(palette);

    const QString label = edit == m_to ? tr("To")
        : edit == m_cc                 ? tr("Cc")
        : edit == m_bcc                ? tr("Bcc")
                                       : tr("From");
    m_addressProblems.erase(std::remove_if(m_addressProblems.begin(), m_addressProblems.end(),
                                           [&label](const QString &p) {
                                               return p.startsWith(label + QLatin1Char(':'));
                                           }),
                            m_addressProblems.end());
    for (const QString &reason : std::as_const(reasons))
        m_addressProblems.append(label + QStringLiteral(": ") + reason);
    if (edit == m_from->lineEdit() && checks.size() == 1 && checks.first().ok()) {
        const QByteArray domain = checks.first().address.split('@').value(1);
        if (!domain.isEmpty())
            m_messageIdDomain = domain;
    }
    updateSendButton();
}

void ComposerWidget::checkHeaders()
{
    m_headerProblems.clear();
    const QSignalBlocker blocker(m_headers);
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        QTableWidgetItem *name = m_headers->item(row, 0);
        QTableWidgetItem *value = m_headers->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text() : QString();
        QString why;
        if (!n.isEmpty() || !v.trimmed().isEmpty()) {
            QByteArray outName;
            QByteArray outValue;
            why = mime::checkHeaderArgument(n + QStringLiteral(": ") + v, &outName, &outValue);
        }
        for (QTableWidgetItem *item : {name, value}) {
            if (!item)
                continue;
            item->setToolTip(why);
            item->setForeground(why.isEmpty() ? palette().brush(QPalette::Text)
                                              : QBrush(QColor(Qt::red).darker(120)));
        }
        if (!why.isEmpty())
            m_headerProblems.append(tr("Header field %1: %2").arg(row + 1).arg(why));
    }
    updateSendButton();
}

QStringList ComposerWidget::problems() const
{
    QStringList all = m_addressProblems + m_headerProblems;
    if (mime::splitAddressField(m_to->text()).isEmpty()
        && mime::splitAddressField(m_cc->text()).isEmpty()
        && mime::splitAddressField(m_bcc->text()).isEmpty())
        all.append(tr("No recipient: fill in To, Cc or Bcc"));
    if (m_from->currentText().trimmed().isEmpty())
        all.append(tr("No sender: fill in From"));
    return all + m_securityProblems;
}

void ComposerWidget::updateSendButton()
{
    if (!m_sendButton || !m_sendAction)
        return;
    const QStringList list = problems();
    // Empty fields are no problem to show; a refused value is.
    QStringList shown = m_addressProblems + m_headerProblems + m_securityProblems;
    m_problemLabel->setText(shown.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!shown.isEmpty());
    const bool ok = list.isEmpty() && !isSending();
    m_sendAction->setEnabled(ok);
    m_sendButton->setEnabled(ok);
    m_cancelButton->setEnabled(isSending());
}

void ComposerWidget::updateInlineImages()
{
    QHash<QString, QString> images;
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_attachments->topLevelItem(i);
        if (item->checkState(InlineColumn) == Qt::Checked)
            images.insert(item->text(NameColumn), item->data(NameColumn, PathRole).toString());
    }
    m_preview->setInlineImages(images);
}

void ComposerWidget::updateHtmlPreview()
{
    updateInlineImages();
    m_preview->showHtml(m_html->toPlainText());
}

bool ComposerWidget::addAttachment(const QString &path, bool inlineImage, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("%1 is not a readable file").arg(path);
        return false;
    }
    if (m_attachments->topLevelItemCount() >= maxAttachments) {
        if (error)
            *error = tr("At most %1 attachments").arg(maxAttachments);
        return false;
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    auto *item = new QTreeWidgetItem(m_attachments);
    item->setText(NameColumn, info.fileName());
    item->setData(NameColumn, PathRole, info.absoluteFilePath());
    item->setData(NameColumn, ContentTypeRole, type.name().toLatin1());
    item->setToolTip(NameColumn, info.absoluteFilePath());
    item->setIcon(NameColumn,
                  QIcon::fromTheme(type.iconName(), themedIcon(QStringLiteral("text-x-generic"))));
    item->setText(SizeColumn, QLocale().formattedDataSize(info.size()));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(TypeColumn, type.name());
    item->setToolTip(TypeColumn, type.comment());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(InlineColumn, inlineImage ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(InlineColumn,
                     tr("Inline: shown by the HTML body as cid:%1").arg(info.fileName()));
    updateHtmlPreview();
    changed();
    return true;
}

void ComposerWidget::removeSelectedAttachments()
{
    qDeleteAll(m_attachments->selectedItems());
    updateHtmlPreview();
    changed();
}

void ComposerWidget::chooseAttachments(bool inlineImage)
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, inlineImage ? tr("Inline Image") : tr("Attach Files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        inlineImage ? tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)") : QString());
    for (const QString &file : files) {
        QString error;
        if (!addAttachment(file, inlineImage, &error))
            emit sendFinished(false, error);
    }
}

void ComposerWidget::addHeaderRow()
{
    if (m_headers->rowCount() >= maxHeaderRows)
        return;
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(QStringLiteral("X-")));
    m_headers->setItem(row, 1, new QTableWidgetItem);
    m_bodyTabs->setCurrentIndex(2);
    m_headers->setCurrentCell(row, 0);
    m_headers->editItem(m_headers->item(row, 0));
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QWidget::dragEnterEvent(event);
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return QWidget::dropEvent(event);
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        QString error;
        if (!addAttachment(url.toLocalFile(), false, &error))
            emit sendFinished(false, error);
    }
    event->acceptProposedAction();
}

mime::TransportCapabilities ComposerWidget::transportForPreview(bool *assumed) const
{
    if (m_capabilities && !m_capabilities->isEmpty()) {
        *assumed = false;
        return mime::TransportCapabilities::from(*m_capabilities, true);
    }
    // Not asked yet: what most servers offer today.
    *assumed = true;
    QString ignored;
    return mime::TransportCapabilities::parse(QStringLiteral("8BITMIME,SMTPUTF8,DSN,SIZE"),
                                              &ignored);
}

void ComposerWidget::refreshPreviews()
{
    m_previewTimer->stop();
    m_lint->clear();
    m_securityProblems = securityProblems();
    updateSendButton();
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_envelope->setPlainText(
            tr("Nothing can be sent yet:\n%1").arg(list.join(QLatin1Char('\n'))));
        m_source->clear();
        m_sourceLabel->clear();
        m_sourceReady = true;
        return;
    }
    send::MessageRequest request;
    request.spec = message();
    send::PreparedMessage prepared = send::prepareMessage(request);
    bool assumed = false;
    const mime::TransportCapabilities caps = transportForPreview(&assumed);
    QString error;
    if (prepared.isValid() && !prepared.buildFor(caps, &error))
        prepared.error = error;
    if (!prepared.isValid()) {
        m_envelope->setPlainText(tr("The message cannot be built: %1").arg(prepared.error));
        m_source->clear();
        m_sourceReady = true;
        return;
    }
    const QList<QByteArray> commands
        = mime::envelopeCommands(prepared.envelope, prepared.size(), caps, &error);
    QString text = assumed
        ? tr("# Assumed server: %1 (connect to the account to see its own)\n").arg(caps.toString())
        : tr("# Server offers: %1\n").arg(caps.toString());
    if (commands.isEmpty() && !error.isEmpty())
        text += tr("Cannot be sent: %1").arg(error);
    for (const QByteArray &c : commands)
        text += QString::fromUtf8(c) + QLatin1Char('\n');
    m_envelope->setPlainText(text);

    const QList<mime::LintFinding> findings = prepared.lint(caps, &error);
    for (const mime::LintFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_lint);
        const bool isError = f.severity == mime::LintFinding::Severity::Error;
        item->setIcon(0,
                      themedIcon(isError ? QStringLiteral("dialog-error")
                                         : QStringLiteral("dialog-warning")));
        item->setText(0, isError ? tr("Error") : tr("Warning"));
        item->setText(1, f.message);
        item->setToolTip(1, QString::fromLatin1(f.id));
        item->setText(2, f.fix);
        item->setToolTip(2, f.fix);
    }
    m_side->setTabText(1, findings.isEmpty() ? tr("&Lint") : tr("&Lint (%1)").arg(findings.size()));
    if (m_lint->topLevelItemCount() > 0)
        m_lint->setCurrentItem(m_lint->topLevelItem(0));
    buildSource(m_sourceLimit);
}

void ComposerWidget::buildSource(qint64 maxBytes)
{
    // What was sent stays in view until the message changes.
    if (m_showingSent)
        return;
    // The octets are read off the GUI thread: a big attachment is base64
    // encoded from its file while the window stays responsive.
    send::MessageRequest request;
    request.spec = message();
    send::PreparedMessage prepared = send::prepareMessage(request);
    bool assumed = false;
    QString error;
    if (!prepared.isValid() || !prepared.buildFor(transportForPreview(&assumed), &error))
        return;
    const quint64 generation = ++m_sourceGeneration;
    m_sourceReady = false;
    const qint64 total = prepared.size();
    m_sourceLabel->setText(tr("Building the source…"));
    QPointer<ComposerWidget> self(this);
    QThreadPool::globalInstance()->start([self, prepared = std::move(prepared), maxBytes, total,
                                          generation] {
        QByteArray bytes;
        QString why;
        std::unique_ptr<engine::MessageSource> source = prepared.source();
        while (source && !source->atEnd() && bytes.size() < maxBytes) {
            const QByteArray piece = source->read(qMin<qint64>(1 << 20, maxBytes - bytes.size()));
            if (piece.isEmpty()) {
                why = source->errorString();
                break;
            }
            bytes += piece;
        }
        QMetaObject::invokeMethod(qApp, [self, bytes, why, total, generation] {
            if (!self || generation != self->m_sourceGeneration)
                return;
            self->m_source->setPlainText(QString::fromUtf8(bytes));
            const QLocale locale;
            if (!why.isEmpty())
                self->m_sourceLabel->setText(tr("The source could not be read: %1").arg(why));
            else if (bytes.size() < total)
                self->m_sourceLabel->setText(tr("The first %1 of %2")
                                                 .arg(locale.formattedDataSize(bytes.size()),
                                                      locale.formattedDataSize(total)));
            else
                self->m_sourceLabel->setText(tr("All %1").arg(locale.formattedDataSize(total)));
            self->m_showAllButton->setEnabled(bytes.size() < total
                                              && self->m_sourceLimit < sourceAllBytes);
            self->m_sourceReady = true;
        });
    });
}

bool ComposerWidget::saveDraft(QString *error)
{
    m_draftTimer->stop();
    if (!m_drafts) {
        if (error)
            *error = tr("No folder for drafts");
        return false;
    }
    send::StoredMessage draft;
    draft.id = m_draftId;
    draft.account = m_account.name;
    draft.spec = message();
    const QString id = m_drafts->save(draft, error);
    if (id.isEmpty())
        return false;
    m_draftId = id;
    emit draftSaved(id);
    return true;
}

void ComposerWidget::discardDraft()
{
    m_draftTimer->stop();
    if (m_drafts && !m_draftId.isEmpty())
        m_drafts->remove(m_draftId, nullptr);
    m_draftId.clear();
    m_modified = false;
}

bool ComposerWidget::openEml(const QString &path, QString *error)
{
    const mime::EmlDocument doc = mime::EmlDocument::load(path, error);
    if (doc.bytes().isEmpty())
        return false;
    // The fields a person edits come from the file's header section; the
    // text body when it is a single text/plain part. A multipart message is
    // kept as a file attachment so that nothing of it is lost.
    mime::MessageSpec spec;
    auto text = [&doc](const char *name) { return QString::fromUtf8(doc.value(name)); };
    spec.from = text("From");
    spec.to = mime::splitAddressField(text("To"));
    spec.cc = mime::splitAddressField(text("Cc"));
    spec.bcc = mime::splitAddressField(text("Bcc"));
    spec.subject = text("Subject");
    const QByteArray type = doc.value("Content-Type").toLower();
    const QByteArray encoding = doc.value("Content-Transfer-Encoding").toLower();
    if ((type.isEmpty() || type.startsWith("text/plain"))
        && (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit")) {
        spec.body
            = QString::fromUtf8(doc.body()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    } else {
        spec.body = tr("(The body of %1 is attached as it was: %2)\n")
                        .arg(QFileInfo(path).fileName(), QString::fromLatin1(type));
        spec.attachedMessages.append(path);
    }
    setMessage(spec);
    m_modified = true;
    changed();
    return true;
}

bool ComposerWidget::saveEml(const QString &path, QString *error)
{
    send::MessageRequest request;
    request.spec = message();
    send::PreparedMessage prepared = send::prepareMessage(request);
    bool assumed = false;
    QString why;
    if (prepared.isValid() && !prepared.buildFor(transportForPreview(&assumed), &why))
        prepared.error = why;
    if (!prepared.isValid()) {
        if (error)
            *error = prepared.error;
        return false;
    }
    std::unique_ptr<engine::MessageSource> source = prepared.source();
    QSaveFile file(path);
    if (!source || !file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    while (!source->atEnd()) {
        const QByteArray piece = source->read(1 << 20);
        if (piece.isEmpty() || file.write(piece) != piece.size()) {
            file.cancelWriting();
            if (error)
                *error
                    = tr("Could not write %1: %2")
                          .arg(path, piece.isEmpty() ? source->errorString() : file.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ComposerWidget::openEmlDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Message"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Messages (*.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openEml(path, &error))
        emit sendFinished(false, error);
}

void ComposerWidget::saveEmlDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Message"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + (m_subject->text().simplified().isEmpty() ? QStringLiteral("message")
                                                        : m_subject->text().simplified().left(40))
            + QStringLiteral(".eml"),
        tr("Messages (*.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveEml(path, &error))
        emit sendFinished(false, error);
}

bool ComposerWidget::send(QString *error)
{
    m_securityProblems = securityProblems();
    updateSendButton();
    const QStringList list = problems();
    if (!list.isEmpty()) {
        if (error)
            *error = list.join(QLatin1Char('\n'));
        return false;
    }
    if (isSending()) {
        if (error)
            *error = tr("The message is already on its way.");
        return false;
    }
    if (m_readingPassphrase) {
        // The keychain is still answering: the send starts when it has.
        m_sendWhenReady = true;
        updateSendButton();
        return true;
    }
    send::MessageRequest request;
    request.spec = message();
    send::StoredMessage stored;
    stored.id = m_outboxId;
    stored.account = m_account.name;
    stored.spec = request.spec;
    m_sending = stored;
    return startSendChecked(std::move(request), error);
}

bool ComposerWidget::sendStored(const send::StoredMessage &stored, QString *error)
{
    if (isSending()) {
        if (error)
            *error = tr("The message is already on its way.");
        return false;
    }
    std::optional<send::MessageRequest> request = stored.request(error);
    if (!request)
        return false;
    setMessage(stored.spec);
    // An outbox entry keeps what was asked (sign, encrypt, DKIM), never the
    // files: they come from the account as it is now.
    if (request->messageFile.isEmpty())
        request->spec.security = message().security;
    m_outboxId = stored.id;
    m_sending = stored;
    return startSendChecked(std::move(*request), error);
}

bool ComposerWidget::startSendChecked(send::MessageRequest request, QString *error)
{
    if (m_accountResolver) {
        std::optional<accounts::Account> now = m_accountResolver(m_account.name);
        if (!now) {
            if (error)
                *error = tr("The account “%1” is gone; choose another.").arg(m_account.name);
            m_sending.reset();
            return false;
        }
        m_account = *now;
    }
    // Built (and judged) here first, so bad input fails before connecting;
    // SendJob builds it again for what the server offers.
    send::PreparedMessage prepared = send::prepareMessage(request);
    if (!prepared.isValid()) {
        if (error)
            *error = prepared.error;
        m_sending.reset();
        return false;
    }
    m_prepared = prepared;
    m_cancelled = false;
    m_bytesSent = 0;
    m_results->setRowCount(0);
    m_resultLabel->setText(tr("Sending through %1…").arg(m_account.name));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Connecting…"));
    m_progress->setVisible(true);
    m_waitingForLogin = true;
    updateSendButton();
    emit sendingChanged(true);
    auto proceed = [this, alive = std::weak_ptr<bool>(m_alive)](
                       std::optional<session::AuthSettings> auth, const QString &why) {
        if (alive.expired())
            return;
        m_waitingForLogin = false;
        if (m_cancelled) {
            m_progress->setVisible(false);
            m_resultLabel->setText(tr("Cancelled before connecting; the message is still here."));
            updateSendButton();
            emit sendingChanged(false);
            emit sendFinished(false, m_resultLabel->text());
            return;
        }
        if (!auth) {
            keepInOutbox(tr("No login for %1: %2").arg(m_account.name, why));
            return;
        }
        runJob(*m_prepared, *auth);
    };
    if (m_authProvider && !m_account.user.isEmpty())
        m_authProvider(m_account, proceed);
    else
        proceed(session::AuthSettings {}, QString());
    return true;
}

void ComposerWidget::runJob(send::PreparedMessage prepared, const session::AuthSettings &auth)
{
    QString why;
    std::optional<session::SessionOptions> options = m_account.sessionOptions(&why);
    if (!options) {
        keepInOutbox(why);
        return;
    }
    options->stepping = m_stepping;
    const qint64 total = qMax<qint64>(1, prepared.size());
    auto *job = new send::SendJob(*options, auth, std::move(prepared), 1, this);
    m_job = job;
    emit sessionStarted(m_account.name, &job->session());
    connect(&job->session(), &session::SmtpSession::ready, this,
            [this] { m_progress->setFormat(tr("Connected; sending…")); });
    // Progress: the octets handed to the connection, which takes more only
    // as the server reads them (the session keeps a bounded write buffer).
    connect(&job->session(), &session::SmtpSession::dataSent, this,
            [this, total](const QByteArray &data) {
                m_bytesSent += data.size();
                m_progress->setValue(int(qMin<qint64>(1000, m_bytesSent * 1000 / total)));
                const QLocale locale;
                m_progress->setFormat(tr("%1 of %2 sent")
                                          .arg(locale.formattedDataSize(m_bytesSent),
                                               locale.formattedDataSize(total)));
            });
    connect(job, &send::SendJob::linted, this,
            [this, job](const QList<mime::LintFinding> &findings) {
                if (!findings.isEmpty())
                    m_side->setTabText(1, tr("&Lint (%1)").arg(findings.size()));
                showSentSource(*job);
            });
    connect(job, &send::SendJob::finished, this, &ComposerWidget::jobFinished);
    job->start();
}

void ComposerWidget::showSentSource(const send::SendJob &job)
{
    // The job has built the message for this server (its signature, its
    // encryption, its DKIM-Signature made now): the source view shows those
    // very octets, not a preview built apart (a new signature would differ).
    std::unique_ptr<engine::MessageSource> source = job.message().source();
    QByteArray bytes;
    while (source && !source->atEnd() && bytes.size() < m_sourceLimit) {
        const QByteArray piece = source->read(qMin<qint64>(1 << 20, m_sourceLimit - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    ++m_sourceGeneration; // a preview still being built is not shown over it
    m_showingSent = true;
    m_source->setPlainText(QString::fromUtf8(bytes));
    const QLocale locale;
    const qint64 total = job.message().size();
    m_sourceLabel->setText(
        bytes.size() < total
            ? tr("Sent: the first %1 of %2")
                  .arg(locale.formattedDataSize(bytes.size()), locale.formattedDataSize(total))
            : tr("Sent: all %1, exactly these octets").arg(locale.formattedDataSize(total)));
    m_sourceReady = true;
}

void ComposerWidget::cancel()
{
    if (!isSending())
        return;
    m_cancelled = true;
    if (m_job)
        m_job->session().abort();
}

void ComposerWidget::showResults(const send::SendJob &job)
{
    const engine::TransactionResult result = job.report().transactions.value(0);
    QList<engine::RecipientResult> recipients = result.recipients;
    if (recipients.isEmpty()) {
        // The session ended before RCPT: every envelope recipient is not sent.
        for (const engine::Recipient &r : job.message().envelope.recipients) {
            engine::RecipientResult none;
            none.address = r.address;
            recipients.append(none);
        }
    }
    m_results->setRowCount(0);
    for (const engine::RecipientResult &r : std::as_const(recipients)) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const protocol::Reply &reply = r.reply.isValid() ? r.reply : r.rcptReply;
        QString verdict = r.delivered() ? tr("Delivered")
            : r.rcptAccepted            ? tr("Accepted, then not delivered")
            : reply.isValid()           ? tr("Refused")
                                        : tr("Not sent");
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_results->setItem(row, column, item);
        };
        set(0, QString::fromUtf8(r.address));
        set(1, verdict);
        set(2, reply.isValid() ? QString::number(reply.code) : QString());
        set(3, reply.enhanced.toString());
        // The server's own words, never translated.
        set(4, QString::fromUtf8(reply.text(true)));
        set(5, reply.isValid() ? meaningOf(reply) : job.error().message);
        m_results->item(row, 1)->setIcon(themedIcon(
            r.delivered() ? QStringLiteral("dialog-ok") : QStringLiteral("dialog-error")));
    }
    // Each column fits its content (the table scrolls sideways); the
    // selected row is shown whole below it.
    for (int column = 0; column < 5; ++column)
        m_results->resizeColumnToContents(column);
    if (m_results->rowCount() > 0)
        m_results->setCurrentCell(0, 0);
}

void ComposerWidget::jobFinished()
{
    send::SendJob *job = m_job;
    if (!job)
        return;
    showResults(*job);
    const engine::TransactionResult result = job->report().transactions.value(0);
    const engine::SmtpError why = job->error();
    m_job.clear();
    job->deleteLater();
    m_progress->setVisible(false);
    m_side->setCurrentIndex(3);

    if (result.sent) {
        int delivered = 0;
        for (const engine::RecipientResult &r : result.recipients)
            delivered += r.delivered() ? 1 : 0;
        const QString summary = tr("Sent: %1 of %2 recipients accepted. The server said: %3")
                                    .arg(delivered)
                                    .arg(result.recipients.size())
                                    .arg(QString::fromUtf8(result.dataReply.text()));
        m_resultLabel->setText(summary);
        discardDraft();
        if (m_outbox && !m_outboxId.isEmpty())
            m_outbox->remove(m_outboxId, nullptr);
        m_outboxId.clear();
        m_sending.reset();
        m_prepared.reset();
        updateSendButton();
        emit sendingChanged(false);
        emit sendFinished(true, summary);
        return;
    }
    const QString reason = why ? why.message : tr("the connection closed");
    if (m_cancelled) {
        // The person stopped it: the message stays here (and as a draft).
        m_resultLabel->setText(tr("Cancelled: %1. The message is still here.").arg(reason));
        m_sending.reset();
        m_prepared.reset();
        saveDraft();
        updateSendButton();
        emit sendingChanged(false);
        emit sendFinished(false, m_resultLabel->text());
        return;
    }
    keepInOutbox(reason);
}

void ComposerWidget::keepInOutbox(const QString &why)
{
    m_progress->setVisible(false);
    QString where;
    if (m_outbox && m_sending && m_prepared) {
        send::StoredMessage stored = *m_sending;
        stored.account = m_account.name;
        stored.lastError = why;
        stored.attempts += 1;
        QString error;
        const QString id = m_outbox->saveWithSource(stored, *m_prepared, &error);
        if (!id.isEmpty()) {
            m_outboxId = id;
            // The outbox holds it now; the draft would be a second copy.
            discardDraft();
            where = tr("It is kept in the outbox.");
            emit movedToOutbox(id);
        } else {
            // Could not write the outbox: the draft (and the open tab) keep it.
            saveDraft();
            where = tr("The outbox could not keep it (%1); it stays here as a draft.").arg(error);
        }
    } else {
        saveDraft();
        where = tr("It stays here as a draft.");
    }
    const QString summary = tr("Not sent: %1. %2").arg(why, where);
    m_resultLabel->setText(summary);
    m_sending.reset();
    m_prepared.reset();
    m_waitingForLogin = false;
    updateSendButton();
    emit sendingChanged(false);
    emit sendFinished(false, summary);
}

} // namespace postscope::ui
