#pragma once
// Builds the outgoing message of `postscope-cli send` (and later the
// composer) with GMime: a minimal text/plain message, text + HTML as
// multipart/alternative, attachments as multipart/mixed in base64. A big
// plain body file is not read: the builder returns the header section and
// the caller streams the file after it (see SequenceSource).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace postscope::mime {

struct MessageSpec
{
    QString from;                 // "Alice <alice@example.test>" or a bare address
    QStringList to;
    QStringList cc;               // Bcc is envelope only: never a header
    QString subject;
    QString body;                 // text/plain body
    QString bodyFile;             // a file holding the text/plain body instead of body
    QString htmlFile;             // adds a text/html alternative
    QStringList attachments;      // files, sent as base64 parts
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // checked with checkHeaderArgument()
    QByteArray messageIdDomain;   // right side of the Message-ID
};

struct BuiltMessage
{
    QByteArray data;              // the whole message, or its header section when streamFile is set
    QString streamFile;           // non-empty: the body is this file's bytes, sent after data as they are
    bool eightBit = false;        // 8-bit octets in the data (or the streamed file): 8BITMIME
    bool smtpUtf8 = false;        // non-ASCII addresses in the header: SMTPUTF8 (RFC 6531)
    QString error;                // non-empty: nothing could be built
    bool isValid() const { return error.isEmpty(); }
};

// Above this size a plain --body-file is streamed from disk instead of being
// encoded in memory.
constexpr qint64 streamBodyThreshold = 1 << 20;

BuiltMessage buildMessage(const MessageSpec &spec);

// Splits "Name: value" into name and value. Refuses CR, LF and NUL anywhere
// (header injection), a name that is not RFC 5322 2.2 ftext (printable
// ASCII other than ":"), and an empty name. Returns an error sentence or "".
QString checkHeaderArgument(const QString &argument, QByteArray *name, QByteArray *value);

// One pass over a file in 1 MiB blocks, stopping at the first 8-bit octet
// (RFC 6152: such data needs BODY=8BITMIME). Cheap next to sending it, and
// the page cache then serves the send. *error is set when it cannot be read.
bool fileHasEightBit(const QString &path, QString *error, qint64 offset = 0);

// The addr-spec of "Name <addr>" or "addr" (GMime's parser); empty when none.
QByteArray addressOf(const QString &mailbox);

} // namespace postscope::mime
