#include "transcriptmodel.h"

#include "protocol/printable.h"

#include "common/uihelpers.h"
#include "protocol/explain.h"

#include <QBuffer>

namespace postscope::ui {

using Direction = transcript::Entry::Direction;
using Kind = transcript::Entry::Kind;

struct TranscriptModel::Row
{
    QDateTime time;
    QString session;
    QByteArray line; // one wire line as displayed (redacted form), at most maxLineBytes
    qint64 cut = 0; // octets cut from the end of the line
    Direction direction = Direction::Note;
    Kind kind = Kind::Note;
    bool tls = false;
    bool redacted = false;
    int replyCode = 0;
    protocol::EnhancedCode enhanced;
};

namespace {

// What is shown of an entry: its redacted form when it has one (the raw
// bytes of an AUTH line hold the secret), as Entry::display() does.
const QByteArray &shownBytes(const transcript::Entry &entry)
{
    return entry.redacted.isEmpty() ? entry.raw : entry.redacted;
}

// The number of text lines the one text form (TextWriter) makes of an entry:
// its display form split at LF, the final line ending not counted.
qsizetype lineCount(const transcript::Entry &entry)
{
    const QByteArray &bytes = shownBytes(entry);
    qsizetype lines = bytes.count('\n');
    if (bytes.endsWith('\n'))
        --lines;
    return lines + 1;
}

qint64 entryBytes(const transcript::Entry &entry)
{
    return entry.raw.size() + entry.redacted.size();
}

QString marker(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C:");
    case Direction::Server:
        return QStringLiteral("S:");
    case Direction::Note:
        break;
    }
    return QStringLiteral("**");
}

} // namespace

QString escapedForDisplay(QByteArrayView line)
{
    // The one notation of every text writer and view (protocol/printable.h).
    return QString::fromUtf8(protocol::printable(line));
}

QString explainReply(int code, const protocol::EnhancedCode &enhanced)
{
    auto line = [](const QString &what, const protocol::Explanation &e) {
        return e.reference.isEmpty()
            ? TranscriptModel::tr("%1: %2").arg(what, e.summary)
            : TranscriptModel::tr("%1: %2 (%3)").arg(what, e.summary, e.reference);
    };
    QStringList lines;
    if (code != 0) {
        if (const protocol::Explanation e = protocol::explainReplyCode(code); e.isKnown())
            lines.append(line(QString::number(code), e));
    }
    if (enhanced.isValid()) {
        if (const protocol::Explanation e = protocol::explainEnhancedCode(enhanced); e.isKnown())
            lines.append(line(enhanced.toString(), e));
    }
    return lines.join(QLatin1Char('\n'));
}

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

TranscriptModel::~TranscriptModel() = default;

void TranscriptModel::setTranscript(transcript::Transcript *transcript)
{
    if (m_connection)
        disconnect(m_connection);
    m_transcript = transcript;
    clear();
    if (!transcript)
        return;
    for (const transcript::Entry &entry : transcript->entries())
        appendEntry(entry);
    flush();
    m_connection = connect(transcript, &transcript::Transcript::entryAdded, this,
                           &TranscriptModel::appendEntry);
}

void TranscriptModel::setMaxRows(int rows)
{
    m_maxRows = qBound(100, rows, 10000000);
    trimPending();
    if (m_rows.size() > m_maxRows) {
        const qsizetype drop = m_rows.size() - m_maxRows;
        beginRemoveRows({}, 0, int(drop - 1));
        for (qsizetype i = 0; i < drop; ++i)
            m_bytes -= sizeOf(m_rows.at(i));
        m_rows.remove(0, drop);
        endRemoveRows();
        m_droppedRows += drop;
    }
    reportDropped();
}

void TranscriptModel::reportDropped()
{
    if (m_droppedRows == m_reportedDropped)
        return;
    m_reportedDropped = m_droppedRows;
    emit droppedRowsChanged(m_droppedRows);
}

void TranscriptModel::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(64 * 1024, bytes);
    trimPending();
}

qint64 TranscriptModel::sizeOf(const Row &row)
{
    return qint64(sizeof(Row)) + row.line.size();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::displayText(int row) const
{
    const Row &r = m_rows.at(row);
    QString text = escapedForDisplay(r.line);
    if (r.cut > 0)
        text += QLatin1Char(' ')
            + tr("[… %n more octets; the export has the whole line]", nullptr,
                 int(qMin<qint64>(r.cut, INT_MAX)));
    return text;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case SessionColumn:
            return r.session;
        case DirectionColumn:
            return marker(r.direction);
        case TextColumn:
            return displayText(index.row());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == DirectionColumn && r.tls)
            return shippedIcon(QStringLiteral("state-tls"));
        break;
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return r.tls ? tr("Inside TLS: encrypted on the wire")
                         : tr("Not encrypted on the wire");
        if (index.column() == TextColumn && r.kind == Kind::Reply)
            return explainReply(r.replyCode, r.enhanced);
        if (index.column() == TextColumn && r.redacted)
            return tr("The secret of this line is never shown or saved");
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn) {
            const QString who = r.direction == Direction::Client ? tr("client")
                : r.direction == Direction::Server               ? tr("server")
                                                                 : tr("note");
            return r.tls ? tr("%1, inside TLS").arg(who) : who;
        }
        break;
    case DirectionRole:
        return int(r.direction);
    case KindRole:
        return int(r.kind);
    case SessionRole:
        return r.session;
    case TlsRole:
        return r.tls;
    case ReplyCodeRole:
        return r.replyCode;
    case ExplanationRole:
        return r.kind == Kind::Reply ? explainReply(r.replyCode, r.enhanced) : QString();
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case DirectionColumn:
        return tr("Side");
    case TextColumn:
        return tr("Line");
    }
    return {};
}

transcript::Entry TranscriptModel::entryAt(int row) const
{
    const Row &r = m_rows.at(row);
    transcript::Entry entry;
    entry.time = r.time;
    entry.direction = r.direction;
    entry.kind = r.kind;
    entry.raw = r.line;
    if (r.redacted)
        entry.redacted = r.line;
    entry.session = r.session;
    entry.tls = r.tls;
    entry.replyCode = r.replyCode;
    entry.enhanced = r.enhanced;
    return entry;
}

QByteArray TranscriptModel::text(const QList<int> &rows, bool timestamps) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    transcript::TextWriter writer(&buffer, timestamps);
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size())
            writer.write(entryAt(row));
    }
    return out;
}

void TranscriptModel::appendEntry(const transcript::Entry &entry)
{
    m_pending.push_back({entry, lineCount(entry)});
    m_pendingLines += m_pending.back().lines;
    m_pendingBytes += entryBytes(entry);
    trimPending();
    if (!m_batchTimer.isActive())
        m_batchTimer.start(batchIntervalMs);
}

void TranscriptModel::trimPending()
{
    // Entries that the newer pending ones would push out of the view at
    // once are dropped before they cost anything: a burst can never queue
    // more than a view's worth (twice its byte bound in raw bytes).
    while (m_pending.size() > 1) {
        const Pending &front = m_pending.front();
        const bool tooManyLines = m_pendingLines - front.lines >= m_maxRows;
        const bool tooManyBytes = m_pendingBytes - entryBytes(front.entry) > 2 * m_maxBytes;
        if (!tooManyLines && !tooManyBytes)
            break;
        m_pendingLines -= front.lines;
        m_pendingBytes -= entryBytes(front.entry);
        m_droppedRows += front.lines;
        m_pending.pop_front();
    }
}

void TranscriptModel::addRows(const transcript::Entry &entry, QList<Row> *rows) const
{
    // The lines of the one text form: the display form split at LF, a CR
    // before each LF removed, the final line ending not making a line.
    const QByteArray &bytes = shownBytes(entry);
    qsizetype end = bytes.size();
    if (bytes.endsWith("\r\n"))
        end -= 2;
    else if (bytes.endsWith('\n'))
        end -= 1;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const bool last = newline < 0 || newline >= end;
        const qsizetype stop = last ? end : newline;
        qsizetype length = qMax<qsizetype>(0, stop - start);
        if (length > 0 && bytes.at(start + length - 1) == '\r')
            --length;
        Row row;
        row.time = entry.time;
        row.session = entry.session;
        row.line = bytes.sliced(start, qMin<qsizetype>(length, maxLineBytes));
        row.cut = length - row.line.size();
        row.direction = entry.direction;
        row.kind = entry.kind;
        row.tls = entry.tls;
        row.redacted = !entry.redacted.isEmpty();
        row.replyCode = entry.replyCode;
        row.enhanced = entry.enhanced;
        rows->append(std::move(row));
        if (last)
            break;
        start = newline + 1;
    }
}

void TranscriptModel::noteSession(const QString &label)
{
    // Lines come in runs of one session: the last label answers most calls.
    if (label.isEmpty() || (!m_sessions.isEmpty() && m_sessions.constLast() == label)
        || m_sessionSet.contains(label))
        return;
    m_sessions.append(label);
    m_sessionSet.insert(label);
    if (m_sessions.size() > maxSessions)
        m_sessionSet.remove(m_sessions.takeFirst());
}

void TranscriptModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;

    QList<Row> fresh;
    const qsizetype sessionsBefore = m_sessions.size();
    const QString lastSessionBefore = m_sessions.isEmpty() ? QString() : m_sessions.constLast();
    while (!m_pending.empty() && fresh.size() < maxRowsPerBatch) {
        Pending pending = std::move(m_pending.front());
        m_pending.pop_front();
        m_pendingLines -= pending.lines;
        m_pendingBytes -= entryBytes(pending.entry);
        addRows(pending.entry, &fresh);
        noteSession(pending.entry.session);
    }
    if (!m_pending.empty())
        m_batchTimer.start(0); // the rest on the next tick, after the view has drawn

    // The batch alone may be larger than the view: keep its newest part.
    qint64 freshBytes = 0;
    for (const Row &row : std::as_const(fresh))
        freshBytes += sizeOf(row);
    qsizetype freshDrop = 0;
    while (fresh.size() - freshDrop > 1
           && (fresh.size() - freshDrop > m_maxRows || freshBytes > m_maxBytes)) {
        freshBytes -= sizeOf(fresh.at(freshDrop));
        ++freshDrop;
    }
    fresh.remove(0, freshDrop);

    // Make room: one removal of the oldest rows per batch.
    qsizetype oldDrop = 0;
    qint64 oldBytes = m_bytes;
    while (oldDrop < m_rows.size()
           && (m_rows.size() - oldDrop + fresh.size() > m_maxRows
               || oldBytes + freshBytes > m_maxBytes)) {
        oldBytes -= sizeOf(m_rows.at(oldDrop));
        ++oldDrop;
    }
    if (oldDrop > 0) {
        beginRemoveRows({}, 0, int(oldDrop - 1));
        m_rows.remove(0, oldDrop);
        m_bytes = oldBytes;
        endRemoveRows();
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(std::move(fresh));
        m_bytes += freshBytes;
        endInsertRows();
    }
    m_droppedRows += freshDrop + oldDrop;
    reportDropped();
    if (m_sessions.size() != sessionsBefore
        || (!m_sessions.isEmpty() && m_sessions.constLast() != lastSessionBefore))
        emit sessionsChanged();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_pendingLines = 0;
    m_pendingBytes = 0;
    m_bytes = 0;
    m_droppedRows = 0;
    m_sessions.clear();
    m_sessionSet.clear();
    m_reportedDropped = 0;
    endResetModel();
    m_batchTimer.stop();
    emit sessionsChanged();
    emit droppedRowsChanged(0);
}

} // namespace postscope::ui
