#pragma once
// What the sandbox received, for a window to list (ARCHITECTURE.md "The
// built-in sandbox server"): one entry per message with its envelope, where
// its copies are stored, its subject, and the server's side of the
// conversation that brought it (commands, replies, notes; the message data
// itself stays in the file). Follows a SandboxServer live. The message
// octets are never held here: a 200 MiB message costs a few hundred bytes.
// Bounded: the newest maxMessages entries, each conversation at most
// maxConversationEntries lines.

#include "engine/serverengine.h"
#include "sandbox/mailstore.h"
#include "sandbox/sandboxserver.h"
#include "transcript/transcript.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace postscope::sandbox {

struct InboxMessage
{
    quint64 id = 0; // 1, 2, ... in this inbox
    quint64 sessionId = 0;
    QDateTime received;
    QByteArray queueId;
    QByteArray helo;
    QByteArray heloVerb;
    bool encrypted = false;
    QString authUser;
    QByteArray mailFrom; // empty: the null path <>
    QList<QByteArray> recipients;
    bool chunked = false;
    qint64 size = 0;
    QString subject; // decoded (RFC 2047), from the header block
    QString from; // the From field, decoded
    QList<StoredMessage> stored; // one per recipient
    QList<transcript::Entry> conversation; // the server's side, no message data

    // The first copy that was stored (all copies are the same octets).
    QString path() const;
};

class SandboxInbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxMessages = 5000;
    static constexpr int maxConversationEntries = 2000;
    static constexpr qint64 maxHeaderScan = 256 * 1024; // where Subject/From are looked for

    explicit SandboxInbox(QObject *parent = nullptr);
    // Follows this server from now on (nullptr: none). The inbox keeps
    // what it listed before.
    void setServer(SandboxServer *server);
    SandboxServer *server() const { return m_server; }

    // Oldest first.
    const QList<InboxMessage> &messages() const { return m_messages; }
    const InboxMessage *message(quint64 id) const;
    // Deletes the stored copies (and their envelope files) and the entry.
    bool remove(quint64 id, QString *error = nullptr);
    // Deletes every listed message; false and *error when a file resisted.
    bool clear(QString *error = nullptr);

signals:
    void messageAdded(quint64 id);
    void messageRemoved(quint64 id);
    void messageChanged(quint64 id); // its conversation is complete
    void cleared();

private:
    void onEntry(quint64 session, const transcript::Entry &entry);
    void onMessage(quint64 session, const engine::ReceivedMessage &message,
                   const QList<StoredMessage> &stored);
    void onSessionFinished(quint64 session);

    QPointer<SandboxServer> m_server;
    QList<InboxMessage> m_messages;
    QHash<quint64, QList<transcript::Entry>> m_sessions; // open conversations
    quint64 m_nextId = 1;
};

} // namespace postscope::sandbox
