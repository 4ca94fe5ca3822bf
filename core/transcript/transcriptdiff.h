#pragma once
// Compares two conversations (before and after a server change, a replay
// and its recording) as lines a person can read, with what changes from run
// to run masked: times, the client's EHLO name and address, dates, queue
// ids, Message-ID values, MIME boundaries, SASL challenges and responses,
// TLS session details and local notes. Pure; `postscope-cli diff` prints
// unified(), the window shows the lines side by side.

#include "transcript/conversation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace postscope::transcript {

// The conversation as comparable lines: "C: command", "S: reply line",
// "D: data line" (message data, unstuffed view not applied: as sent),
// "** TLS" where TLS began; volatile parts replaced by "<name>" markers.
QList<QByteArray> comparableLines(const Conversation &conversation);

// One command line as comparableLines() shows it (without "C: "): the
// verb upper-cased, the EHLO name, sizes and secrets masked.
QByteArray comparableCommand(const QByteArray &line, bool redacted = false);
// A message (unstuffed) as lines with Date, Message-ID and MIME boundaries
// masked; what `serve --replay` compares a client's message by.
QList<QByteArray> comparableMessage(const QByteArray &content);

struct DiffLine
{
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QByteArray text;
    int lineA = -1; // 0-based index in TranscriptDiff::a, -1 for Added
    int lineB = -1; // 0-based index in TranscriptDiff::b, -1 for Removed
};

struct TranscriptDiff
{
    QList<QByteArray> a; // comparableLines() of each side
    QList<QByteArray> b;
    QList<DiffLine> lines; // every line of both, in order
    bool identical() const;
    // "--- nameA" / "+++ nameB" and "@@ -l,n +l,n @@" hunks with `context`
    // lines around each change, as diff -u prints them; empty when identical.
    QByteArray unified(const QString &nameA, const QString &nameB, int context = 3) const;
};

// Longest common subsequence after the common head and tail; a middle part
// of more than maxCells line pairs is shown as removed and added whole, so
// that two huge transcripts cannot make the comparison take without bound.
constexpr qint64 maxDiffCells = 4'000'000;
TranscriptDiff diffConversations(const Conversation &a, const Conversation &b);

} // namespace postscope::transcript
