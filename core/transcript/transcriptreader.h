#pragma once
// The one reader of transcript files: the text form TextWriter writes
// ("14:02:11.204 C: line", timestamps and "[session] " labels optional,
// "# " comment lines as in tests/data/transcripts) and the JSON Lines form
// JsonWriter writes. What `postscope-cli export`, `serve --replay`, `diff`
// and the lessons read. The text form does not say which client line is a
// command and which is message data: the conversation does (after a 354,
// inside a BDAT chunk), so the reader follows it with ConversationBuilder.

#include "transcript/conversation.h"
#include "transcript/transcript.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace postscope::transcript {

struct ReadTranscript
{
    enum class Format { Text, JsonLines };
    Format format = Format::Text;
    QList<Entry> entries; // kinds known; Client lines hold their octets with CRLF
    Conversation conversation; // the entries paired into exchanges
    QString error; // empty when the whole input was read
    int errorLine = 0; // 1-based line of the error
    bool ok() const { return error.isEmpty(); }
};

// A transcript file may be this big at most; a bigger one is refused
// before it is read.
constexpr qint64 maxTranscriptBytes = 64 * 1024 * 1024;

ReadTranscript readTranscript(QByteArrayView bytes);
// Reads a file ("-": standard input), at most maxTranscriptBytes.
ReadTranscript readTranscriptFile(const QString &path);

} // namespace postscope::transcript
