#pragma once
// The live transcript as a table: one row per wire line of core's
// transcript model (time, session, C:/S:/**, the line), filled from
// Transcript::entryAdded in batches (one beginInsertRows per timer tick,
// however many lines arrived) and bounded like a ring: at most maxRows()
// rows and maxBytes() bytes, the oldest dropped first. Core's Transcript
// keeps its own, larger bound; exports are written from it, so lines that
// left this view can still be saved while the core model keeps them.
// No parsing here: reply codes come with the entries (Entry::replyCode).

#include "transcript/transcript.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <deque>

namespace postscope::ui {

class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SessionColumn, DirectionColumn, TextColumn, ColumnCount };
    enum Role {
        DirectionRole = Qt::UserRole + 1, // transcript::Entry::Direction as int
        KindRole, // transcript::Entry::Kind as int
        SessionRole, // the session's label
        TlsRole, // bool: the line crossed the wire inside TLS
        ReplyCodeRole, // int, 0 when not a reply
        ExplanationRole, // what the reply code and enhanced code mean (translated)
    };

    static constexpr int defaultMaxRows = 100000;
    static constexpr qint64 defaultMaxBytes = qint64(32) << 20;
    // RFC 5321 4.5.3.1.6: a text line is at most 1000 octets with its CRLF;
    // longer lines (BDAT data, hostile servers) are cut in the view, with a
    // note of how much; the export writes them whole.
    static constexpr int maxLineBytes = 1000;
    // Distinct session labels remembered for the session filter.
    static constexpr int maxSessions = 1000;
    static constexpr int batchIntervalMs = 50;
    // Lines turned into rows per tick at most, so that one tick stays short
    // however fast lines arrive; the rest follow on the next tick.
    static constexpr int maxRowsPerBatch = 10000;

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    // Shows the entries the transcript keeps and follows entryAdded.
    void setTranscript(transcript::Transcript *transcript);
    transcript::Transcript *transcript() const { return m_transcript; }

    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 bytes() const { return m_bytes; }
    // Lines dropped from the view by its bounds since the last clear().
    qint64 droppedRows() const { return m_droppedRows; }
    // Entries waiting for the next batch.
    qsizetype pendingEntries() const { return qsizetype(m_pending.size()); }
    // The session labels seen, oldest first.
    const QStringList &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One row as an entry holding exactly its line (for the one text form).
    transcript::Entry entryAt(int row) const;
    // The rows in the transcript's text form (core's TextWriter).
    QByteArray text(const QList<int> &rows, bool timestamps) const;
    // The line as shown: control characters escaped, a cut line marked.
    QString displayText(int row) const;

public slots:
    void appendEntry(const postscope::transcript::Entry &entry);
    // Turns pending entries into rows now (the batch timer calls this).
    void flush();
    void clear();

signals:
    void sessionsChanged();
    void droppedRowsChanged(qint64 dropped);

private:
    struct Row;
    struct Pending
    {
        transcript::Entry entry;
        qsizetype lines = 0;
    };
    void addRows(const transcript::Entry &entry, QList<Row> *rows) const;
    void trimPending();
    void noteSession(const QString &label);
    void reportDropped();
    static qint64 sizeOf(const Row &row);

    QPointer<transcript::Transcript> m_transcript;
    QMetaObject::Connection m_connection;
    QList<Row> m_rows;
    std::deque<Pending> m_pending;
    qsizetype m_pendingLines = 0;
    qint64 m_pendingBytes = 0;
    QTimer m_batchTimer;
    int m_maxRows = defaultMaxRows;
    qint64 m_maxBytes = defaultMaxBytes;
    qint64 m_bytes = 0;
    qint64 m_droppedRows = 0;
    qint64 m_reportedDropped = 0;
    QStringList m_sessions;
    QSet<QString> m_sessionSet;
};

// What a reply code and its enhanced status code mean, one line each with
// the RFC (core/protocol/explain); empty when neither is known.
QString explainReply(int code, const protocol::EnhancedCode &enhanced);

// Control characters shown as escapes (\r, \x1b, \u009b), so that a server
// cannot forge or hide what the view shows.
// The same notation as protocol::printable(), which it calls.
QString escapedForDisplay(QByteArrayView line);

} // namespace postscope::ui
