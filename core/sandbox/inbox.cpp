#include "sandbox/inbox.h"

#include "mime/parsedmessage.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QFile>

namespace postscope::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox", text);
}

// The header block of a message (RFC 5322 2.1: up to the first empty
// line), looked for in its first octets only.
QByteArray headerBlock(const QByteArray &data)
{
    const QByteArray head = data.left(SandboxInbox::maxHeaderScan);
    qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        end = head.indexOf("\n\n");
    return end < 0 ? head : head.left(end);
}

} // namespace

QString InboxMessage::path() const
{
    for (const StoredMessage &s : stored) {
        if (s.ok())
            return s.path;
    }
    return {};
}

SandboxInbox::SandboxInbox(QObject *parent)
    : QObject(parent)
{
}

void SandboxInbox::setServer(SandboxServer *server)
{
    if (m_server)
        m_server->disconnect(this);
    m_server = server;
    m_sessions.clear();
    if (!server)
        return;
    connect(server, &SandboxServer::transcriptEntry, this, &SandboxInbox::onEntry);
    connect(server, &SandboxServer::messageReceived, this, &SandboxInbox::onMessage);
    connect(server, &SandboxServer::sessionFinished, this, &SandboxInbox::onSessionFinished);
}

const InboxMessage *SandboxInbox::message(quint64 id) const
{
    for (const InboxMessage &m : m_messages) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void SandboxInbox::onEntry(quint64 session, const transcript::Entry &entry)
{
    // The message data is in the file; the conversation keeps commands,
    // replies and notes.
    if (entry.kind == transcript::Entry::Kind::Data)
        return;
    QList<transcript::Entry> &list = m_sessions[session];
    if (list.size() >= maxConversationEntries) {
        if (list.size() == maxConversationEntries) {
            transcript::Entry cut;
            cut.time = entry.time;
            cut.raw = tr("(later lines of this conversation are not kept)").toUtf8();
            list.append(cut);
        }
        return;
    }
    list.append(entry);
}

void SandboxInbox::onMessage(quint64 session, const engine::ReceivedMessage &message,
                             const QList<StoredMessage> &stored)
{
    InboxMessage m;
    m.id = m_nextId++;
    m.sessionId = session;
    m.received = QDateTime::currentDateTime();
    m.queueId = message.queueId;
    m.helo = message.helo;
    m.heloVerb = message.heloVerb;
    m.encrypted = message.encrypted;
    m.authUser = message.authUser;
    m.mailFrom = message.mailFrom.address;
    for (const protocol::PathArgument &r : message.recipients)
        m.recipients << r.address;
    m.chunked = message.chunked;
    m.size = message.data.size();
    const mime::ParsedMessage head
        = mime::ParsedMessage::fromBytes(headerBlock(message.data) + "\r\n\r\n");
    m.subject = head.header("Subject");
    m.from = head.header("From");
    m.stored = stored;
    m.conversation = m_sessions.value(session);
    m_messages.append(m);
    while (m_messages.size() > maxMessages) {
        const quint64 gone = m_messages.takeFirst().id; // the files stay in the maildir
        emit messageRemoved(gone);
    }
    emit messageAdded(m.id);
}

void SandboxInbox::onSessionFinished(quint64 session)
{
    const QList<transcript::Entry> conversation = m_sessions.take(session);
    for (InboxMessage &m : m_messages) {
        if (m.sessionId == session && m_server && m.conversation.size() < conversation.size()) {
            m.conversation = conversation;
            emit messageChanged(m.id);
        }
    }
}

bool SandboxInbox::remove(quint64 id, QString *error)
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id != id)
            continue;
        QStringList failed;
        for (const StoredMessage &s : m_messages.at(i).stored) {
            for (const QString &path : {s.path, s.envelopePath}) {
                if (!path.isEmpty() && QFile::exists(path) && !QFile::remove(path))
                    failed << path;
            }
        }
        if (!failed.isEmpty()) {
            if (error)
                *error = tr("Could not delete %1").arg(failed.join(QStringLiteral(", ")));
            return false;
        }
        m_messages.removeAt(i);
        emit messageRemoved(id);
        return true;
    }
    if (error)
        *error = tr("No such message in the inbox.");
    return false;
}

bool SandboxInbox::clear(QString *error)
{
    QStringList failed;
    for (const InboxMessage &m : std::as_const(m_messages)) {
        for (const StoredMessage &s : m.stored) {
            for (const QString &path : {s.path, s.envelopePath}) {
                if (!path.isEmpty() && QFile::exists(path) && !QFile::remove(path))
                    failed << path;
            }
        }
    }
    m_messages.clear();
    emit cleared();
    if (!failed.isEmpty()) {
        if (error)
            *error = tr("Could not delete %1").arg(failed.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

} // namespace postscope::sandbox
