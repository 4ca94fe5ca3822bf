#include "inboxview.h"

#include "common/uihelpers.h"
#include "protocol/printable.h"
#include "sandbox/inbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace postscope::ui {

// --- MessageBrowser

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("messageBody"));
    setAccessibleName(tr("Message body"));
    // Links are shown, never followed from here.
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    if (name.scheme().compare(QLatin1String("cid"), Qt::CaseInsensitive) == 0 && m_message) {
        // RFC 2392: cid:ID names the part whose Content-ID is <ID>.
        const QByteArray id = QUrl::fromPercentEncoding(name.path().toLatin1()).toUtf8();
        const QList<mime::ParsedPart> &parts = m_message->parts();
        for (int i = 0; i < parts.size(); ++i) {
            if (parts.at(i).contentId == id)
                return m_message->content(i, nullptr, qint64(16) << 20);
        }
        return {};
    }
    // Anything else would reach outside the message (a tracking pixel, a
    // local file): refused, and counted so that the view can say so.
    ++m_blocked;
    return {};
}

// --- InboxView

InboxView::InboxView(sandbox::SandboxInbox *inbox, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
{
    setObjectName(QStringLiteral("inboxView"));
    setAccessibleName(tr("Sandbox inbox"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Messages received"));
    m_list->setHeaderLabels({tr("Received"), tr("From"), tr("To"), tr("Subject"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showMessage(item->data(0, IdRole).toULongLong());
        else
            showEmpty();
    });

    m_headers = new QTreeWidget(this);
    m_headers->setObjectName(QStringLiteral("messageHeaders"));
    m_headers->setAccessibleName(tr("Header fields"));
    m_headers->setHeaderLabels({tr("Field"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setWordWrap(true);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_body = new MessageBrowser(this);
    auto *messagePage = new QSplitter(Qt::Vertical, this);
    messagePage->addWidget(m_headers);
    messagePage->addWidget(m_body);
    messagePage->setStretchFactor(0, 1);
    messagePage->setStretchFactor(1, 3);

    m_parts = new QTreeWidget(this);
    m_parts->setObjectName(QStringLiteral("messageParts"));
    m_parts->setAccessibleName(tr("Message parts"));
    m_parts->setHeaderLabels({tr("Type"), tr("File name"), tr("Size"), tr("Encoding")});
    m_parts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_saveButton = new QPushButton(themedIcon(QStringLiteral("document-save")),
                                   tr("&Save Attachment…"), this);
    nameControl(m_saveButton, QStringLiteral("saveAttachmentButton"), m_saveButton->text());
    m_saveButton->setToolTip(tr("Write the selected part, decoded, to a file"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &InboxView::saveSelectedAttachment);
    connect(m_parts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int part = item ? item->data(0, PartRole).toInt() : -1;
        m_saveButton->setEnabled(part >= 0 && part < m_parsed.parts().size()
                                 && !m_parsed.parts().at(part).isMultipart());
    });
    auto *partsPage = new QWidget(this);
    auto *partsLayout = new QVBoxLayout(partsPage);
    partsLayout->addWidget(m_parts, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    partsLayout->addLayout(saveRow);

    auto plain = [this](const QString &name, const QString &accessible) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return edit;
    };
    m_source = plain(QStringLiteral("messageSource"), tr("Raw source"));
    m_envelope = plain(QStringLiteral("messageEnvelope"), tr("Envelope"));
    m_conversation = plain(QStringLiteral("messageConversation"), tr("Server conversation"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->setAccessibleName(tr("Message views"));
    m_tabs->addTab(messagePage, tr("&Message"));
    m_tabs->addTab(partsPage, tr("&Parts"));
    m_tabs->addTab(m_source, tr("&Source"));
    m_tabs->addTab(m_envelope, tr("&Envelope"));
    m_tabs->addTab(m_conversation, tr("Con&versation"));

    m_deleteButton
        = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("&Delete"), this);
    nameControl(m_deleteButton, QStringLiteral("deleteMessageButton"), m_deleteButton->text());
    m_deleteButton->setToolTip(tr("Delete the selected message from the sandbox's mail folder"));
    connect(m_deleteButton, &QPushButton::clicked, this, &InboxView::deleteCurrent);
    m_clearButton
        = new QPushButton(themedIcon(QStringLiteral("edit-clear")), tr("Clear &All"), this);
    nameControl(m_clearButton, QStringLiteral("clearInboxButton"), m_clearButton->text());
    m_clearButton->setToolTip(tr("Delete every message listed here"));
    connect(m_clearButton, &QPushButton::clicked, this, &InboxView::clearAll);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setAccessibleName(tr("Inbox status"));
    m_status->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_clearButton);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_list, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("inboxSplitter"));
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_inbox, &sandbox::SandboxInbox::messageAdded, this, [this](quint64 id) {
        if (const sandbox::InboxMessage *m = m_inbox->message(id))
            addRow(*m);
        m_status->setText(tr("%n message(s).", nullptr, m_list->topLevelItemCount()));
    });
    connect(m_inbox, &sandbox::SandboxInbox::messageRemoved, this, [this](quint64 id) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, IdRole).toULongLong() == id) {
                delete m_list->takeTopLevelItem(i);
                break;
            }
        }
        m_status->setText(tr("%n message(s).", nullptr, m_list->topLevelItemCount()));
    });
    connect(m_inbox, &sandbox::SandboxInbox::messageChanged, this, [this](quint64 id) {
        if (id == m_shown)
            showMessage(id);
    });
    connect(m_inbox, &sandbox::SandboxInbox::cleared, this, &InboxView::rebuild);
    rebuild();
}

quint64 InboxView::currentId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toULongLong() : 0;
}

bool InboxView::selectMessage(quint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toULongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void InboxView::rebuild()
{
    m_list->clear();
    for (const sandbox::InboxMessage &m : m_inbox->messages())
        addRow(m);
    m_status->setText(m_list->topLevelItemCount() == 0
                          ? tr("Nothing received yet: send a message to the sandbox.")
                          : tr("%n message(s).", nullptr, m_list->topLevelItemCount()));
    if (!m_list->currentItem())
        showEmpty();
}

void InboxView::addRow(const sandbox::InboxMessage &m)
{
    QStringList to;
    for (const QByteArray &r : m.recipients)
        to << QString::fromUtf8(r);
    auto *item = new QTreeWidgetItem({QLocale().toString(m.received, QLocale::ShortFormat), m.from,
                                      to.join(QStringLiteral(", ")),
                                      m.subject.isEmpty() ? tr("(no subject)") : m.subject,
                                      QLocale().formattedDataSize(m.size)});
    item->setData(0, IdRole, m.id);
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(SubjectColumn, m.subject);
    // Newest first.
    m_list->insertTopLevelItem(0, item);
}

void InboxView::showEmpty()
{
    m_shown = 0;
    m_parsed = mime::ParsedMessage();
    m_body->setMessage(nullptr);
    m_headers->clear();
    m_body->clear();
    m_parts->clear();
    m_source->clear();
    m_envelope->clear();
    m_conversation->clear();
    m_deleteButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_clearButton->setEnabled(m_list->topLevelItemCount() > 0);
}

InboxView::Loaded InboxView::load(const QString &path)
{
    Loaded loaded;
    loaded.parsed = path.isEmpty() ? mime::ParsedMessage() : mime::ParsedMessage::fromFile(path);
    const mime::ParsedMessage &parsed = loaded.parsed;
    if (!parsed.isValid()) {
        loaded.body = path.isEmpty()
            ? tr("The message was not stored.")
            : tr("The message cannot be read: %1").arg(parsed.errorString());
    } else if (parsed.htmlPart() >= 0) {
        loaded.html = true;
        loaded.body = parsed.text(parsed.htmlPart());
    } else if (parsed.textPart() >= 0) {
        loaded.body = parsed.text(parsed.textPart());
    } else {
        loaded.body = tr("No text part: see Parts.");
    }
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(maxSourceShown);
            loaded.source = QString::fromUtf8(bytes);
            if (file.size() > maxSourceShown)
                loaded.source
                    += tr("\n… (%1 more; the file %2 holds it all)")
                           .arg(QLocale().formattedDataSize(file.size() - maxSourceShown), path);
        }
    }
    return loaded;
}

void InboxView::showMessage(quint64 id)
{
    const sandbox::InboxMessage *m = m_inbox->message(id);
    if (!m) {
        showEmpty();
        return;
    }
    m_shown = id;
    const quint64 generation = ++m_loadGeneration;
    m_deleteButton->setEnabled(true);
    m_clearButton->setEnabled(true);
    const QString path = m->path();
    const qint64 size = path.isEmpty() ? 0 : QFileInfo(path).size();
    if (size < parseInBackgroundFrom) {
        applyLoaded(*m, load(path));
        return;
    }
    // A big message: the envelope and the conversation now, the rest when
    // a worker has read it. The view keeps no pointer into the old parse.
    m_parsed = mime::ParsedMessage();
    m_body->setMessage(nullptr);
    m_headers->clear();
    m_parts->clear();
    m_source->clear();
    m_saveButton->setEnabled(false);
    m_body->resetBlocked();
    const QString reading = tr("Reading the message (%1)…").arg(QLocale().formattedDataSize(size));
    m_body->setPlainText(reading);
    m_status->setText(reading);
    showEnvelope(*m);
    QPointer<InboxView> self(this);
    QThreadPool::globalInstance()->start([self, generation, id, path] {
        auto loaded = std::make_shared<Loaded>(load(path));
        // Back on the GUI thread (the application object lives there), and
        // only if this is still the message the person is looking at.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, id, loaded] {
                if (!self || self->m_loadGeneration != generation)
                    return;
                if (const sandbox::InboxMessage *m = self->m_inbox->message(id))
                    self->applyLoaded(*m, std::move(*loaded));
            },
            Qt::QueuedConnection);
    });
}

void InboxView::applyLoaded(const sandbox::InboxMessage &message, Loaded loaded)
{
    m_parsed = std::move(loaded.parsed);
    m_body->setMessage(&m_parsed);

    m_headers->clear();
    for (const mime::ParsedHeader &h : m_parsed.headers()) {
        auto *item = new QTreeWidgetItem(m_headers, {QString::fromLatin1(h.name), h.value});
        item->setToolTip(1, h.value);
    }

    m_body->resetBlocked();
    m_status->setText(tr("%n message(s).", nullptr, m_list->topLevelItemCount()));
    if (loaded.html) {
        m_body->setHtml(loaded.body);
        // Lay the document out now: its images are asked for (and remote
        // ones refused) here, so that the count below is complete.
        m_body->document()->size();
    } else {
        m_body->setPlainText(loaded.body);
    }
    if (m_body->blockedCount() > 0)
        m_status->setText(tr("%n remote resource(s) of this message were not loaded.", nullptr,
                             m_body->blockedCount()));

    m_parts->clear();
    QList<QTreeWidgetItem *> items;
    const QList<mime::ParsedPart> &parts = m_parsed.parts();
    for (int i = 0; i < parts.size(); ++i) {
        const mime::ParsedPart &p = parts.at(i);
        const qint64 size = p.end >= 0 && p.bodyBegin >= 0 ? p.end - p.bodyBegin : -1;
        QStringList columns {QString::fromLatin1(p.contentType), p.fileName,
                             size >= 0 ? QLocale().formattedDataSize(size) : QString(),
                             QString::fromLatin1(p.transferEncoding)};
        QTreeWidgetItem *parent
            = p.parent >= 0 && p.parent < items.size() ? items.at(p.parent) : nullptr;
        auto *item
            = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_parts, columns);
        item->setData(0, PartRole, i);
        if (p.isAttachment())
            item->setIcon(0, themedIcon(QStringLiteral("document-save")));
        items << item;
    }
    m_parts->expandAll();
    m_source->setPlainText(loaded.source);
    showEnvelope(message);
}

void InboxView::showEnvelope(const sandbox::InboxMessage &message)
{
    const sandbox::InboxMessage *m = &message;
    QStringList env;
    env << tr("Received: %1").arg(m->received.toString(Qt::ISODateWithMs));
    env << tr("%1: %2").arg(QString::fromLatin1(m->heloVerb), QString::fromUtf8(m->helo));
    env << tr("MAIL FROM: <%1>").arg(QString::fromUtf8(m->mailFrom));
    for (const QByteArray &r : m->recipients)
        env << tr("RCPT TO: <%1>").arg(QString::fromUtf8(r));
    env << tr("TLS: %1").arg(m->encrypted ? tr("yes") : tr("no"));
    env << tr("Authenticated as: %1").arg(m->authUser.isEmpty() ? tr("nobody") : m->authUser);
    env << tr("Transfer: %1").arg(m->chunked ? tr("BDAT (RFC 3030)") : tr("DATA"));
    env << tr("Size: %1 octets").arg(m->size);
    env << tr("Queue id: %1").arg(QString::fromLatin1(m->queueId));
    for (const sandbox::StoredMessage &s : m->stored)
        env << (s.ok() ? tr("Stored for %1: %2").arg(QString::fromUtf8(s.recipient), s.path)
                       : tr("Not stored for %1: %2").arg(QString::fromUtf8(s.recipient), s.error));
    m_envelope->setPlainText(env.join(QLatin1Char('\n')));

    QStringList lines;
    for (const transcript::Entry &e : m->conversation) {
        const char *mark = e.direction == transcript::Entry::Direction::Client ? "C: "
            : e.direction == transcript::Entry::Direction::Server              ? "S: "
                                                                               : "** ";
        lines << QString::fromLatin1(mark) + QString::fromUtf8(protocol::printable(e.display()));
    }
    m_conversation->setPlainText(lines.join(QLatin1Char('\n')));
}

bool InboxView::saveAttachment(int part, const QString &path, QString *error)
{
    if (part < 0 || part >= m_parsed.parts().size()) {
        *error = tr("No such part.");
        return false;
    }
    QString why;
    const QByteArray content = m_parsed.content(part, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void InboxView::saveSelectedAttachment()
{
    QTreeWidgetItem *item = m_parts->currentItem();
    if (!item)
        return;
    const int part = item->data(0, PartRole).toInt();
    const QString name
        = part < m_parsed.parts().size() ? m_parsed.parts().at(part).fileName : QString();
    // Only the file name of what the sender suggested, never a path.
    const QString suggested = QFileInfo(name).fileName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Attachment"), suggested.isEmpty() ? QStringLiteral("part.bin") : suggested);
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveAttachment(part, path, &error) ? tr("Saved %1.").arg(path) : error);
}

void InboxView::deleteCurrent()
{
    const quint64 id = currentId();
    if (!id)
        return;
    QString error;
    if (!m_inbox->remove(id, &error))
        m_status->setText(error);
}

void InboxView::clearAll()
{
    QString error;
    if (!m_inbox->clear(&error))
        m_status->setText(error);
}

} // namespace postscope::ui
