#pragma once
// The sandbox's inbox: the messages it received, newest first, updated
// live (core's SandboxInbox). For the selected one: its header fields and
// rendered body (QTextBrowser; remote content is never fetched, only the
// message's own cid: parts are shown), the part tree with attachments to
// save, the raw source, the envelope, and the server's side of the
// conversation that brought it. Delete and clear remove the stored files.

#include "mime/parsedmessage.h"

#include <QTextBrowser>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace postscope::sandbox {
class SandboxInbox;
struct InboxMessage;
} // namespace postscope::sandbox

namespace postscope::ui {

// A QTextBrowser that loads nothing from outside the message: http(s),
// file and every other scheme are refused (tracking pixels, local files);
// cid: URLs (RFC 2392) come from the message's own parts.
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageBrowser(QWidget *parent = nullptr);
    void setMessage(const mime::ParsedMessage *message) { m_message = message; }
    QVariant loadResource(int type, const QUrl &name) override;
    // How many remote resources were refused since the last clear.
    int blockedCount() const { return m_blocked; }
    void resetBlocked() { m_blocked = 0; }

private:
    const mime::ParsedMessage *m_message = nullptr;
    int m_blocked = 0;
};

class InboxView : public QWidget
{
    Q_OBJECT
public:
    enum Column { ReceivedColumn, FromColumn, ToColumn, SubjectColumn, SizeColumn };
    static constexpr int IdRole = Qt::UserRole; // on every row: the InboxMessage id
    static constexpr int PartRole = Qt::UserRole; // on a part row: its index in parts()
    // The raw source shown is cut here (the file keeps every octet).
    static constexpr qint64 maxSourceShown = 4 * 1024 * 1024;
    // A message file larger than this is taken apart on a worker thread, so
    // that selecting a 200 MiB message does not freeze the window; smaller
    // ones are shown at once (no "Reading…" flicker).
    static constexpr qint64 parseInBackgroundFrom = 4 * 1024 * 1024;

    explicit InboxView(sandbox::SandboxInbox *inbox, QWidget *parent = nullptr);

    QTreeWidget *messageList() const { return m_list; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QTreeWidget *headerList() const { return m_headers; }
    MessageBrowser *body() const { return m_body; }
    QTreeWidget *partTree() const { return m_parts; }
    QPlainTextEdit *source() const { return m_source; }
    QPlainTextEdit *envelope() const { return m_envelope; }
    QPlainTextEdit *conversation() const { return m_conversation; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *clearButton() const { return m_clearButton; }
    QPushButton *saveAttachmentButton() const { return m_saveButton; }
    QLabel *status() const { return m_status; }

    quint64 currentId() const;
    bool selectMessage(quint64 id);
    // The selected part's decoded content to a file.
    bool saveAttachment(int part, const QString &path, QString *error);
    void deleteCurrent();
    void clearAll();

private:
    void rebuild();
    void addRow(const sandbox::InboxMessage &message);
    // What a worker reads of a stored message: everything the panes show
    // that costs time in proportion to the message's size.
    struct Loaded
    {
        mime::ParsedMessage parsed;
        QString body; // the HTML or plain text to render, or a sentence why none
        bool html = false;
        QString source; // the first maxSourceShown octets, and a note of the rest
    };
    static Loaded load(const QString &path);
    void showMessage(quint64 id);
    void applyLoaded(const sandbox::InboxMessage &message, Loaded loaded);
    void showEnvelope(const sandbox::InboxMessage &message);
    void showEmpty();
    void saveSelectedAttachment();

    sandbox::SandboxInbox *m_inbox;
    mime::ParsedMessage m_parsed;
    quint64 m_shown = 0;
    quint64 m_loadGeneration = 0; // a worker's result for an older selection is dropped
    QTreeWidget *m_list;
    QTabWidget *m_tabs;
    QTreeWidget *m_headers;
    MessageBrowser *m_body;
    QTreeWidget *m_parts;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_envelope;
    QPlainTextEdit *m_conversation;
    QPushButton *m_deleteButton;
    QPushButton *m_clearButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
};

} // namespace postscope::ui
