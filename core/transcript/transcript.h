#pragma once
// The one transcript model: every byte that crosses the wire as an entry
// (time, direction, raw bytes, redacted form), plus local notes. Writers turn
// entries into the RFC-style text form ("14:02:11.204 S: 220 ...") or JSON.
// Secrets never reach an entry's display form.

#include "protocol/reply.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

class QIODevice;

namespace postscope::session { class SmtpSession; }

namespace postscope::transcript {

struct Entry
{
    enum class Direction { Client, Server, Note };
    enum class Kind { Command, Reply, Data, Note };
    QDateTime time;          // local time, millisecond precision
    Direction direction = Direction::Note;
    Kind kind = Kind::Note;
    QByteArray raw;          // exact bytes (one wire line with its CRLF; a data chunk; a note's text)
    QByteArray redacted;     // non-empty when raw carries a secret: shown instead of raw
    // Which conversation the entry belongs to when one transcript records
    // several ("work #2", given to attach()); empty for a single session.
    QString session;
    bool tls = false; // crossed the wire inside TLS (after STARTTLS, or implicit TLS)
    // Kind::Reply: the reply this line is part of, as the engine parsed it
    // (RFC 5321 4.2, RFC 3463), so that no view parses the wire again.
    int replyCode = 0;
    protocol::EnhancedCode enhanced;
    QByteArray display() const;  // redacted when set, else raw without its line ending
};

class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);
    // Keeps at most this many entries (oldest dropped); 0: no limit.
    void setMaxEntries(int max);
    int maxEntries() const { return m_maxEntries; }
    // Keeps at most this many bytes of entries (raw and redacted forms;
    // oldest dropped, the newest entry always kept); 0: no limit. Message
    // data arrives in chunks of up to 256 KiB, so a count alone does not
    // bound the memory of a window that sends big messages.
    void setMaxBytes(qint64 max);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 bytes() const { return m_bytes; }
    // Entries dropped by the limits since the last clear().
    qint64 droppedEntries() const { return m_dropped; }
    // Records every wire event of a session (and its notes) from now on;
    // each entry carries `label` (Entry::session) when one is given.
    void attach(session::SmtpSession *session, const QString &label = {});
    void append(const Entry &entry);
    void addNote(const QString &text);
    const QList<Entry> &entries() const { return m_entries; }
    void clear();

signals:
    void entryAdded(const postscope::transcript::Entry &entry);

private:
    void trim(qsizetype keepAtLeast);

    QList<Entry> m_entries;
    int m_maxEntries = 0;
    qint64 m_maxBytes = 0;
    qint64 m_bytes = 0;
    qint64 m_dropped = 0;
};

// "HH:mm:ss.zzz C: line" per wire line, "HH:mm:ss.zzz ** note" for notes;
// "HH:mm:ss.zzz [work #2] C: line" when the entry names its session.
// Multiline replies and data chunks become one text line per wire line.
class TextWriter
{
public:
    explicit TextWriter(QIODevice *device, bool timestamps = true);
    void write(const Entry &entry);
private:
    QIODevice *m_device;
    bool m_timestamps;
};

// One JSON object per line (JSON Lines): {"time","direction","kind","text",
// "tls"}, "text" being the display form, "session" when the entry names one;
// raw bytes that are not valid UTF-8 are written as base64 in "base64".
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device);
    void write(const Entry &entry);
private:
    QIODevice *m_device;
};

QByteArray toText(const QList<Entry> &entries, bool timestamps = true);

} // namespace postscope::transcript
