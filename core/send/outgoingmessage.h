#pragma once
// What a send needs besides the connection: the envelope and the message
// octets, made by the same rules for postscope-cli's send and the window
// (issue 7: they had drifted apart on SMTPUTF8). A message is built from a
// mime::MessageSpec (built once to check the input, and again for what the
// server offers once EHLO has named it), or taken whole from an RFC 5322
// file whose envelope comes from its headers as smtplib's send_message()
// derives it (mime/envelope.h). Big files stay on disk and are streamed as
// they are sent. The lint judges what will leave (mime/lint.h).

#include "engine/clientengine.h"
#include "mime/lint.h"
#include "mime/messagebuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace postscope::send {

struct MessageRequest
{
    // Either a message to build (its envelope from the spec: envelopeFrom,
    // To, Cc and Bcc) ...
    mime::MessageSpec spec;
    // ... or, when set, a complete message file sent as it is (Bcc fields
    // removed, as smtplib does), DKIM-signed when fileSecurity says so.
    QString messageFile;
    mime::Security fileSecurity;
    // A message file's envelope: what its headers say, unless given here
    // (--from, --to).
    std::optional<QByteArray> sender; // "" is the null reverse path (RFC 5321 4.5.5)
    QList<QByteArray> recipients; // non-empty: exactly these
    QList<QByteArray> mailOptions; // MAIL parameters as given (RFC 5321 4.1.1.2)
    QList<QByteArray> rcptOptions; // RCPT parameters, for every recipient
    bool force = false; // send even when the lint finds errors
};

struct PreparedMessage
{
    engine::Envelope envelope;
    QList<QByteArray> blindRecipients; // the Bcc recipients among envelope.recipients
    QList<QByteArray> mailOptions;
    QList<QByteArray> rcptOptions;
    bool force = false;
    // A built message, with its spec to build it again ...
    std::optional<mime::MessageSpec> spec;
    std::optional<mime::BuiltMessage> built;
    // ... or a message file: head in memory, then the file from streamOffset.
    QByteArray head;
    QString streamFile;
    qint64 streamOffset = 0;
    qint64 streamSize = 0;
    QString error; // non-empty: nothing can be sent (a sentence for a person)

    bool isValid() const { return error.isEmpty(); }
    qint64 size() const;
    // A fresh reader of the message each time (one per transaction of --count).
    std::unique_ptr<engine::MessageSource> source() const;
    // Builds a spec'd message again for what the server offers (RFC 6152,
    // RFC 3030, RFC 6531) and takes its envelope. False with *error when it
    // cannot be built. A message file stays as it is.
    bool buildFor(const mime::TransportCapabilities &server, QString *error);
    // The lint over the octets as they will leave; *error when they cannot
    // be read.
    QList<mime::LintFinding> lint(const mime::TransportCapabilities &server, QString *error) const;
};

// Builds (for the most accommodating server, to check the input now) or
// reads the message and derives its envelope: SMTPUTF8 whenever an address
// needs it (RFC 6531 3.4), for every front end alike.
PreparedMessage prepareMessage(const MessageRequest &request);

} // namespace postscope::send
