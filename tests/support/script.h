#pragma once
// The one reader of the "C:"/"S:" script form used by every test that reads
// scripts: the scripted server (scriptedserver.h, which adds its own
// directives), the engine replays, and tests that pick replies out of the
// recorded conversations of tests/data/transcripts (README.md there), after
// KDE KIMAP's fakeserver. Transcripts as the product writes them (times,
// session labels, JSON Lines) are read by core/transcript/transcriptreader.h.
//
// A script is one line per entry, LF or CRLF ended:
//
//   TAG text         TAG is two characters ("C:", "S:", "C~", "X:"...), then
//                    one space and the text, taken as is (no trimming)
//   TAG              a bare tag: an empty line of that side
//   # text           a note; blank lines are ignored too
//
// "C:" is a line the client sent, "S:" a line the server sent, CRLF removed.
// Each reader says which tags it understands; any other line is an error
// that names its line number.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace postscope::testsupport {

struct ScriptLine
{
    QByteArray tag; // "C:", "S:", ... (two characters)
    QByteArray text; // what follows "TAG ", CR and LF removed
    int number = 0; // line number in the script, from 1
};

// Consecutive lines with the same tag: a pipelined group of commands, or a
// multi-line reply.
struct ScriptRun
{
    QByteArray tag;
    QList<ScriptLine> lines;
    // The lines as they travel on the wire, each ended with CRLF.
    QByteArray wire() const;
};

struct Script
{
    QList<ScriptLine> lines;
    // The first line that could not be read ("line 3: cannot read \"...\""),
    // or why the file could not be opened; empty when every line was read.
    QString error;

    QList<ScriptRun> runs() const;
};

// The tags of a recorded conversation: what the client and the server sent.
inline const QList<QByteArray> &conversationTags()
{
    static const QList<QByteArray> tags {QByteArrayLiteral("C:"), QByteArrayLiteral("S:")};
    return tags;
}

// Reads every line; a line with a tag not in tags is skipped and reported in
// Script::error (the first such line), so a caller can stop or go on.
Script readScript(QByteArrayView text, const QList<QByteArray> &tags = conversationTags());
Script loadScript(const QString &path, const QList<QByteArray> &tags = conversationTags());

} // namespace postscope::testsupport
