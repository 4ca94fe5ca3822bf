#pragma once
// Where the sandbox keeps what it receives: one Maildir per recipient
// (tmp/new/cur, written to tmp then renamed into new, as maildir(5) asks),
// with the envelope recorded beside each message as JSON in the mailbox's
// "envelopes" folder (Maildir readers look only at tmp, new and cur). The
// envelope also says what the server did to the octets (bare LFs kept or
// normalised, duplicate recipients merged).

#include "engine/serverengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <atomic>

namespace postscope::sandbox {

struct DeliveryContext
{
    QString peer;            // "127.0.0.1:51234" or "unix"
    QString listener;        // "smtp", "smtps", "lmtp"
    QDateTime time;
};

struct StoredMessage
{
    QByteArray recipient;
    QString path;            // the message file in new/
    QString envelopePath;    // its envelope JSON
    QString error;           // non-empty: not stored
    bool ok() const { return error.isEmpty(); }
};

class MailStore
{
public:
    explicit MailStore(QString root);
    QString root() const { return m_root; }

    // Stores message once per accepted recipient; one result per recipient.
    // Safe to call from several threads at once.
    QList<StoredMessage> store(const engine::ReceivedMessage &message, const DeliveryContext &context);

    // The folder name for an address: lower-cased, anything but letters,
    // digits, '.', '-', '_', '+' and '@' becomes '_', never "." or "..".
    static QString folderName(const QByteArray &address);
    QString mailboxPath(const QByteArray &address) const;

private:
    QString uniqueName();

    QString m_root;
    QString m_host;
    std::atomic<quint64> m_counter{0};
    Q_DECLARE_TR_FUNCTIONS(postscope::sandbox::MailStore)
};

} // namespace postscope::sandbox
