#pragma once
// The one message model of Postscope (the composer and `postscope-cli
// send/compose`): a MessageSpec says what the user asked for, buildMessage()
// turns it into the exact octets that will leave, with GMime doing the MIME
// structure. Transfer encodings follow what the server offers
// (TransportCapabilities): 7bit where possible, 8bit only with 8BITMIME,
// binary only with BINARYMIME over CHUNKING, otherwise quoted-printable or
// base64 (RFC 2045 6, RFC 6152, RFC 3030). UTF-8 header fields only when
// SMTPUTF8 is offered and an address needs it (RFC 6532); RFC 2047 encoded
// words elsewhere. CR, LF or NUL in any header value or address is refused
// (header injection) and nothing is built.
//
// Big files are not read into memory: an attachment over streamThreshold
// becomes a Segment that is base64-encoded from disk while the message is
// sent (BuiltMessage::source()), with its exact size known in advance.

#include "engine/messagesource.h"
#include "mime/filesources.h"
#include "mime/security.h"
#include "mime/transport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace postscope::mime {

// X-Priority values (the de facto scale), with Importance (RFC 2156 5.3.4).
enum class Priority { Normal, Highest, High, Low, Lowest };

struct Attachment
{
    QString path; // the file
    QString fileName; // name shown to the recipient; default: the file's name
    QByteArray contentType; // default: from QMimeDatabase (name and content)
    bool inlineImage = false; // part of multipart/related next to the HTML (RFC 2387)
    QByteArray contentId; // for inline parts: "cid:" target; default: the file name
};

struct MessageSpec
{
    QString from; // "Alice <alice@example.test>" or a bare address
    QString sender; // Sender (RFC 5322 3.6.2): who actually sent it
    QStringList replyTo;
    QStringList to;
    QStringList cc;
    QStringList bcc; // envelope only: never a header field
    QString subject;
    QDateTime date; // default: now
    QByteArray messageId; // default: generated on messageIdDomain
    QByteArray inReplyTo; // msg-id(s) (RFC 5322 3.6.4)
    QList<QByteArray> references;
    Priority priority = Priority::Normal;
    bool readReceipt = false; // Disposition-Notification-To: From (RFC 8098)
    bool deliveryReceipt
        = false; // DSN: NOTIFY=SUCCESS,FAILURE and RET=HDRS (RFC 3461), envelope only
    QString body; // text/plain body
    QString bodyFile; // a file holding the text/plain body instead of body
    QString html; // text/html body (with body: multipart/alternative)
    QString htmlFile; // the same from a file
    QList<Attachment> attachments;
    QStringList attachedMessages; // .eml files sent as message/rfc822 parts (RFC 2046 5.2.1)
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // checked with checkHeaderArgument()
    QByteArray messageIdDomain; // right side of a generated Message-ID
    QByteArray envelopeFrom; // MAIL FROM; null: Sender, else From (smtplib); "" is the null path
    TransportCapabilities transport; // what the server offers (default: 7-bit only)
    Security security; // S/MIME or OpenPGP, and DKIM
    // Attachments and body files above this are read while sending.
    qint64 streamThreshold = 1 << 20;
    // A scan of bodyFile made before (BuiltMessage::bodyFileScan of an
    // earlier build of the same spec), so that building again for the
    // server's capabilities does not read a big body once more.
    std::optional<ContentScan> bodyFileScan;
};

// One piece of the message: bytes in memory, or a file read while sending.
struct Segment
{
    enum class Kind { Bytes, File, Base64File };
    Kind kind = Kind::Bytes;
    QByteArray bytes;
    QString path;
    qint64 offset = 0;
    qint64 length = 0; // octets of the file (before encoding)
    qint64 lineEndingGrowth = 0; // File: octets added by sending every line ending as CRLF
    qint64 maxLineLength = 0; // File: from the scan (the lint judges it without reading again)
    bool eightBit = false; // File: from the scan
    qint64 size() const; // octets this segment adds to the message
};

struct BuiltMessage
{
    QList<Segment> segments; // the whole message in order
    QByteArray headerSection; // the top-level header section (a copy of its first bytes)
    BodyType bodyType = BodyType::SevenBit; // the BODY= parameter the data needs
    bool smtpUtf8 = false; // UTF-8 addresses or header fields: SMTPUTF8 (RFC 6531)
    QByteArray envelopeSender; // MAIL FROM (no brackets; empty = null path)
    QList<QByteArray> envelopeRecipients; // To, Cc and Bcc addresses as written in the header
    QList<QByteArray> blindRecipients; // the Bcc ones among them
    QList<QByteArray>
        mailParameters; // BODY=, SMTPUTF8, RET= as needed (not SIZE: the engine adds it)
    QList<QByteArray> rcptParameters; // NOTIFY= for every recipient
    QString error; // non-empty: nothing could be built
    bool isValid() const { return error.isEmpty(); }
    std::optional<ContentScan> bodyFileScan; // the counting pass over a streamed body file

    qint64 size() const;
    bool streamed() const; // some segment is read from disk while sending
    std::unique_ptr<engine::MessageSource> source() const;
    // The whole message in memory (reads streamed files). Tests and small
    // messages only: *error set when a file cannot be read or the message
    // is over maxBytes.
    QByteArray bytes(QString *error = nullptr, qint64 maxBytes = qint64(256) << 20) const;
};

BuiltMessage buildMessage(const MessageSpec &spec);

// Splits "Name: value" into name and value. Refuses CR, LF and NUL anywhere
// (header injection), a name that is not RFC 5322 2.2 ftext (printable
// ASCII other than ":"), and an empty name. Returns an error sentence or "".
QString checkHeaderArgument(const QString &argument, QByteArray *name, QByteArray *value);

// One pass over a file in 1 MiB blocks, stopping at the first 8-bit octet
// (RFC 6152: such data needs BODY=8BITMIME). *error is set when it cannot be read.
bool fileHasEightBit(const QString &path, QString *error, qint64 offset = 0);

// The addr-spec of "Name <addr>" or "addr" (GMime's parser); empty when none.
QByteArray addressOf(const QString &mailbox);

// A fresh Message-ID "<random@domain>" (RFC 5322 3.6.4).
QByteArray generateMessageId(const QByteArray &domain);

// Above this size a plain --body-file is streamed from disk instead of being
// encoded in memory (kept for callers of the first builder).
constexpr qint64 streamBodyThreshold = 1 << 20;

} // namespace postscope::mime

namespace postscope::engine {
struct Envelope;
}

namespace postscope::mime {

// The envelope the client engine sends for a built message. 8BITMIME and
// SMTPUTF8 are left to the engine as flags (it refuses when the server
// lacks them, RFC 6152 and RFC 6531); BODY=BINARYMIME, RET= and NOTIFY=
// travel as parameters, after the caller's own.
engine::Envelope engineEnvelope(const BuiltMessage &built,
                                const QList<QByteArray> &mailOptions = {},
                                const QList<QByteArray> &rcptOptions = {});

// The MAIL and RCPT commands as they will be sent (without CRLF), for a
// preview before sending: SIZE when the server offers it (RFC 1870), then
// BODY= and SMTPUTF8 as the engine adds them. *error when a command cannot
// be formatted (CR, LF or a space in an address).
QList<QByteArray> envelopeCommands(const engine::Envelope &envelope, qint64 size,
                                   const TransportCapabilities &caps, QString *error);

} // namespace postscope::mime
