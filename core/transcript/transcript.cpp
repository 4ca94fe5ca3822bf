#include "transcript/transcript.h"

#include "protocol/printable.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace postscope::transcript {

namespace {

QByteArray withoutLineEnding(const QByteArray &bytes)
{
    if (bytes.endsWith("\r\n"))
        return bytes.chopped(2);
    if (bytes.endsWith('\n'))
        return bytes.chopped(1);
    return bytes;
}

QByteArray marker(Entry::Direction direction)
{
    switch (direction) {
    case Entry::Direction::Client:
        return QByteArrayLiteral("C: ");
    case Entry::Direction::Server:
        return QByteArrayLiteral("S: ");
    case Entry::Direction::Note:
        break;
    }
    return QByteArrayLiteral("** ");
}

QString directionName(Entry::Direction direction)
{
    switch (direction) {
    case Entry::Direction::Client:
        return QStringLiteral("client");
    case Entry::Direction::Server:
        return QStringLiteral("server");
    case Entry::Direction::Note:
        break;
    }
    return QStringLiteral("note");
}

QString kindName(Entry::Kind kind)
{
    switch (kind) {
    case Entry::Kind::Command:
        return QStringLiteral("command");
    case Entry::Kind::Reply:
        return QStringLiteral("reply");
    case Entry::Kind::Data:
        return QStringLiteral("data");
    case Entry::Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

QByteArray Entry::display() const
{
    // The redacted form replaces the raw bytes entirely, so that no writer
    // can print a secret by accident.
    if (!redacted.isEmpty())
        return withoutLineEnding(redacted);
    return withoutLineEnding(raw);
}

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
}

namespace {

qint64 sizeOf(const Entry &entry)
{
    return entry.raw.size() + entry.redacted.size();
}

} // namespace

void Transcript::setMaxEntries(int max)
{
    m_maxEntries = qMax(0, max);
    trim(0);
}

void Transcript::setMaxBytes(qint64 max)
{
    m_maxBytes = qMax<qint64>(0, max);
    trim(1);
}

void Transcript::trim(qsizetype keepAtLeast)
{
    // A ring buffer: long sessions (a --count 10000 run, a 200 MiB message)
    // must not grow without bound when a limit is set. Removing from the
    // front of a QList only moves its start (Qt 6), so this is cheap.
    qsizetype drop = 0;
    if (m_maxEntries > 0 && m_entries.size() > m_maxEntries)
        drop = m_entries.size() - m_maxEntries;
    qint64 bytes = m_bytes;
    for (qsizetype i = 0; i < drop; ++i)
        bytes -= sizeOf(m_entries.at(i));
    while (m_maxBytes > 0 && bytes > m_maxBytes && m_entries.size() - drop > keepAtLeast) {
        bytes -= sizeOf(m_entries.at(drop));
        ++drop;
    }
    if (drop == 0)
        return;
    m_entries.remove(0, drop);
    m_bytes = bytes;
    m_dropped += drop;
}

void Transcript::append(const Entry &entry)
{
    m_entries.append(entry);
    m_bytes += sizeOf(entry);
    trim(1);
    emit entryAdded(m_entries.constLast());
}

void Transcript::addNote(const QString &text)
{
    Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.direction = Entry::Direction::Note;
    entry.kind = Entry::Kind::Note;
    entry.raw = text.toUtf8();
    append(entry);
}

void Transcript::clear()
{
    m_entries.clear();
    m_bytes = 0;
    m_dropped = 0;
}

TextWriter::TextWriter(QIODevice *device, bool timestamps)
    : m_device(device)
    , m_timestamps(timestamps)
{
}

void TextWriter::write(const Entry &entry)
{
    if (!m_device)
        return;
    QByteArray prefix;
    if (m_timestamps)
        prefix = entry.time.toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1() + ' ';
    if (!entry.session.isEmpty())
        prefix += '[' + entry.session.toUtf8() + "] ";
    prefix += marker(entry.direction);

    // One text line per wire line: a data chunk or a multiline note becomes
    // several lines, each with its own prefix. Lines end in LF only. The
    // text form is for people, on a terminal or in a file that will be shown
    // on one: a CR left inside a line, escape sequences, BEL, NUL and every
    // other control character are written in the one notation of
    // protocol/printable.h ("\r", "\x1b"), so a server cannot rewrite lines,
    // retitle or clear the reader's terminal. The JSON form keeps the bytes.
    QByteArray out;
    const QList<QByteArray> lines = entry.display().split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        out += prefix + protocol::printable(line) + '\n';
    }
    m_device->write(out);
}

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
}

void JsonWriter::write(const Entry &entry)
{
    if (!m_device)
        return;
    QJsonObject object;
    object.insert(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("direction"), directionName(entry.direction));
    object.insert(QStringLiteral("kind"), kindName(entry.kind));
    if (!entry.session.isEmpty())
        object.insert(QStringLiteral("session"), entry.session);
    object.insert(QStringLiteral("tls"), entry.tls);
    const QByteArray display = entry.display();
    object.insert(QStringLiteral("text"), QString::fromUtf8(display));
    if (!entry.redacted.isEmpty()) {
        object.insert(QStringLiteral("redacted"), true);
    } else if (!QByteArrayView(entry.raw).isValidUtf8()) {
        // "text" is then lossy; the exact bytes travel as base64. Never for
        // a redacted entry, whose raw bytes hold the secret.
        object.insert(QStringLiteral("base64"), QString::fromLatin1(entry.raw.toBase64()));
    }
    // JSON escapes C0 controls itself; DEL and C1 are escaped too, so that
    // a JSON transcript on standard output is as safe as the text form.
    m_device->write(protocol::terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    + '\n');
}

QByteArray toText(const QList<Entry> &entries, bool timestamps)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    TextWriter writer(&buffer, timestamps);
    for (const Entry &entry : entries)
        writer.write(entry);
    return text;
}

} // namespace postscope::transcript
