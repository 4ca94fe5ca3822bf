#pragma once
// Where unsent messages wait: the composer's drafts (saved every few
// seconds, so a crash loses at most those seconds) and the outbox (a message
// whose send failed, never lost: kept until it is sent or deleted). One
// folder per kind, one entry per message: ID.json holds the message as
// composed (a MessageSpec; attachments by path) and the account, and an
// outbox entry also holds ID.eml, the exact octets that were to leave, so
// a retry works even when an attached file has gone. Every file is written
// whole or not at all (QSaveFile), and nothing read from the folder can
// stretch memory: entries and their files have bounds.

#include "mime/messagebuilder.h"
#include "send/outgoingmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace postscope::send {

// The composer's message as JSON (drafts, outbox) and back. The JSON names
// attachment files, never their contents; no secret is ever in a spec.
QJsonObject specToJson(const mime::MessageSpec &spec);
std::optional<mime::MessageSpec> specFromJson(const QJsonObject &object, QString *error);

struct StoredMessage
{
    QString id; // the file name without extension; empty: a new entry
    QString account; // the account it is to go through
    mime::MessageSpec spec;
    QDateTime saved; // UTC, set by save()
    // Outbox: why the last send failed, and how many sends were tried.
    QString lastError;
    int attempts = 0;
    // Outbox: the exact message (ID.eml) and its envelope, when kept.
    QString sourceFile;
    QByteArray envelopeSender;
    QList<QByteArray> envelopeRecipients;

    // How to send it again: the spec while every file it names is still
    // there (built anew for the server), else the kept .eml with its envelope.
    // Empty request and *error when neither can be sent.
    std::optional<MessageRequest> request(QString *error) const;

    Q_DECLARE_TR_FUNCTIONS(postscope::send::StoredMessage)
};

class MessageFolder
{
public:
    // Bounds no folder content can stretch.
    static constexpr int maxEntries = 1000;
    static constexpr qint64 maxEntryBytes = qint64(16) << 20; // one ID.json

    explicit MessageFolder(QString directory);
    // QStandardPaths::AppDataLocation/<name> ("drafts", "outbox").
    static QString defaultLocation(const QString &name);
    QString directory() const { return m_directory; }

    // Writes the entry (a new id when it has none) atomically; returns the
    // id, or an empty string with *error.
    QString save(StoredMessage message, QString *error);
    // Also writes the exact octets of `prepared` to ID.eml (streamed, big
    // attachments are not read into memory) and its envelope to ID.json.
    QString saveWithSource(StoredMessage message, const PreparedMessage &prepared, QString *error);
    std::optional<StoredMessage> load(const QString &id, QString *error) const;
    // Newest first, at most maxEntries; an entry that cannot be read is
    // skipped and named in *errors.
    QList<StoredMessage> list(QStringList *errors = nullptr) const;
    bool remove(const QString &id, QString *error);
    bool contains(const QString &id) const;

private:
    QString jsonPath(const QString &id) const;
    QString emlPath(const QString &id) const;
    bool ensureDirectory(QString *error) const;
    QString m_directory;

    Q_DECLARE_TR_FUNCTIONS(postscope::send::MessageFolder)
};

} // namespace postscope::send
