#pragma once
// What a send needs besides the connection: the envelope and the message
// octets, made by the same rules for postscope-cli's send and the window
// (issue 7: they had drifted apart on SMTPUTF8). A message is built from a
// MessageSpec, or taken whole from an RFC 5322 file whose envelope comes from
// its headers as smtplib's send_message() derives it (mime/envelope.h). A
// big body stays on disk and is streamed as it is sent.

#include "engine/clientengine.h"
#include "mime/messagebuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace postscope::send {

struct MessageRequest
{
    // Either a message to build ...
    mime::MessageSpec spec;
    QStringList bcc; // envelope only, never a header
    // ... or, when set, a complete message file sent as it is (Bcc fields
    // removed, as smtplib does).
    QString messageFile;

    // The envelope. A built message: the sender defaults to the address in
    // spec.from and the recipients to those of To, Cc and bcc. A message
    // file: what its headers say. Given here, these win (--from, --to).
    std::optional<QByteArray> sender; // "" is the null reverse path (RFC 5321 4.5.5)
    QList<QByteArray> recipients; // non-empty: exactly these
    QList<QByteArray> mailOptions; // MAIL parameters as given (RFC 5321 4.1.1.2)
    QList<QByteArray> rcptOptions; // RCPT parameters, for every recipient
};

struct PreparedMessage
{
    engine::Envelope envelope;
    QByteArray head; // the whole message, or what goes before the streamed file
    QString streamFile; // non-empty: then this file from streamOffset on
    qint64 streamOffset = 0;
    qint64 streamSize = 0;
    QString error; // non-empty: nothing can be sent (a sentence for a person)

    bool isValid() const { return error.isEmpty(); }
    qint64 size() const { return head.size() + streamSize; }
    // A fresh reader of the message each time (one per transaction of --count).
    std::unique_ptr<engine::MessageSource> source() const;
};

// Builds or reads the message and derives its envelope: SMTPUTF8 when an
// address or a header needs it (RFC 6531 3.4), BODY=8BITMIME for 8-bit data
// (RFC 6152), both as smtplib sets them.
PreparedMessage prepareMessage(const MessageRequest &request);

} // namespace postscope::send
