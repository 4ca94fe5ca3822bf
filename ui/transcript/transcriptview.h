#pragma once
// The live transcript: a read-only, monospace view of transcript entries in
// the RFC form ("14:02:11.204 C: EHLO ..."). Appends are batched so that a
// fast conversation (thousands of lines a second) costs one redraw per tick,
// and old lines are dropped beyond a limit, like a ring buffer.

#include "transcript/transcript.h"

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

namespace postscope::ui {

class TranscriptView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    // Shows the transcript's entries and follows entryAdded from now on.
    void setTranscript(transcript::Transcript *transcript);
    transcript::Transcript *transcript() const { return m_transcript; }

    void setMaxLines(int lines);
    int maxLines() const { return maximumBlockCount(); }
    void setTimestamps(bool on);
    bool timestamps() const { return m_timestamps; }
    // Entries waiting for the next batch.
    qsizetype pendingCount() const { return m_pending.size(); }

public slots:
    void appendEntry(const postscope::transcript::Entry &entry);
    // Writes the pending entries now (the batch timer calls this).
    void flush();
    void clearView();

private:
    void rebuild();

    QPointer<transcript::Transcript> m_transcript;
    QMetaObject::Connection m_connection;
    QList<transcript::Entry> m_pending;
    QTimer m_batchTimer;
    bool m_timestamps = true;
    // True while the newest line is in sight: new lines (and a horizontal
    // scroll bar appearing) keep it there; scrolling up stops following.
    bool m_followTail = true;
};

} // namespace postscope::ui
