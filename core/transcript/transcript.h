#pragma once
// The one transcript model: every byte that crosses the wire as an entry
// (time, direction, raw bytes, redacted form), plus local notes. Writers turn
// entries into the RFC-style text form ("14:02:11.204 S: 220 ...") or JSON.
// Secrets never reach an entry's display form.

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
    QByteArray display() const;  // redacted when set, else raw without its line ending
};

class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);
    // Keeps at most this many entries (oldest dropped); 0: no limit.
    void setMaxEntries(int max);
    // Records every wire event of a session (and its notes) from now on.
    void attach(session::SmtpSession *session);
    void append(const Entry &entry);
    void addNote(const QString &text);
    const QList<Entry> &entries() const { return m_entries; }
    void clear();

signals:
    void entryAdded(const postscope::transcript::Entry &entry);

private:
    QList<Entry> m_entries;
    int m_maxEntries = 0;
};

// "HH:mm:ss.zzz C: line" per wire line, "HH:mm:ss.zzz ** note" for notes.
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

// One JSON object per line (JSON Lines): {"time","direction","kind","text"},
// "text" being the display form; raw bytes that are not valid UTF-8 are
// written as base64 in "base64".
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
