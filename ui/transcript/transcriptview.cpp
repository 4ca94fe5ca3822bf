#include "transcriptview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <utility>

namespace postscope::ui {

namespace {

// One redraw per tick at most: fast enough to feel live, slow enough that a
// pipelined burst of replies is drawn in one go.
constexpr int kBatchIntervalMs = 40;
constexpr int kDefaultMaxLines = 20000;

QTextCharFormat formatFor(const transcript::Entry &entry, const QPalette &palette)
{
    QTextCharFormat format;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (entry.direction) {
    case transcript::Entry::Direction::Client:
        format.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
        if (entry.kind == transcript::Entry::Kind::Data)
            format.setForeground(dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x4b, 0x5a, 0x6b));
        break;
    case transcript::Entry::Direction::Server:
        format.setForeground(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34));
        break;
    case transcript::Entry::Direction::Note:
        format.setForeground(palette.color(QPalette::PlaceholderText));
        format.setFontItalic(true);
        break;
    }
    return format;
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(kDefaultMaxLines);
    setPlaceholderText(tr("The conversation with the server appears here, line by line:\n"
                          "C: what the client sent, S: what the server answered.\n\n"
                          "Press Ctrl+Return to send a test message to the built-in sandbox server."));
    setToolTip(tr("Every line that crosses the wire. Passwords are never shown."));
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TranscriptView::flush);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value == bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail)
            bar->setValue(max);
    });
}

void TranscriptView::setTranscript(transcript::Transcript *transcript)
{
    if (m_connection)
        disconnect(m_connection);
    m_transcript = transcript;
    rebuild();
    if (transcript) {
        m_connection = connect(transcript, &transcript::Transcript::entryAdded, this,
                               &TranscriptView::appendEntry);
    }
}

void TranscriptView::setMaxLines(int lines)
{
    setMaximumBlockCount(lines);
}

void TranscriptView::setTimestamps(bool on)
{
    if (m_timestamps == on)
        return;
    m_timestamps = on;
    rebuild();
}

void TranscriptView::appendEntry(const transcript::Entry &entry)
{
    m_pending.append(entry);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TranscriptView::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<transcript::Entry> batch = std::exchange(m_pending, {});

    const bool followTail = m_followTail;

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = document()->isEmpty();
    for (const transcript::Entry &entry : batch) {
        // The one text form of the transcript (core/transcript), split per wire line.
        const QByteArray text = transcript::toText({entry}, m_timestamps);
        const QTextCharFormat format = formatFor(entry, palette());
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            if (i == lines.size() - 1 && line.isEmpty())
                break; // the final newline of the text form
            if (!first)
                cursor.insertBlock();
            first = false;
            cursor.insertText(QString::fromUtf8(line), format);
        }
    }
    cursor.endEditBlock();

    if (followTail) {
        m_followTail = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}

void TranscriptView::clearView()
{
    m_pending.clear();
    m_batchTimer.stop();
    clear();
}

void TranscriptView::rebuild()
{
    clearView();
    if (!m_transcript)
        return;
    m_pending = m_transcript->entries();
    flush();
}

} // namespace postscope::ui
