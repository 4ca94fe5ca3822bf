#pragma once
// The SMTP envelope of a complete RFC 5322 message, derived from its header
// section exactly as Python's smtplib send_message() derives it, and the
// header edits made before such a message goes out (Bcc is never sent).
// Pure: header bytes in, values out. GMime parses the address lists.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace postscope::mime {

// Calls g_mime_init() once per process (thread-safe). Every mime/ function
// that touches GMime calls it; callers need not.
void ensureGMime();

struct HeaderField
{
    QByteArray name; // as written
    QByteArray value; // unfolded (RFC 5322 2.2.3), leading/trailing blanks trimmed
    qsizetype offset = 0; // where the field starts in the header section
    qsizetype length = 0; // bytes of the field including its folded lines and line ending
};

// Length of the header section including the empty line that ends it
// (CRLF CRLF or LF LF), or -1 when data holds no complete header section.
// A message with no body and no empty line is all header: pass atEnd=true
// to accept that.
qsizetype headerSectionLength(QByteArrayView data, bool atEnd = false);

// The fields of a header section in order (RFC 5322 2.2).
QList<HeaderField> parseHeaderFields(QByteArrayView headerSection);

// Addresses (addr-specs) of one or more address-list header values, groups
// flattened, like email.utils.getaddresses(); empty addresses are skipped.
QList<QByteArray> addressesOf(const QList<QByteArray> &values);

struct DerivedEnvelope
{
    QByteArray sender;
    QList<QByteArray> recipients;
    bool resent = false; // taken from the single Resent- block (RFC 5322 3.6.6)
    bool international = false; // a non-ASCII address: needs SMTPUTF8 (and BODY=8BITMIME), RFC 6531
    QString error; // non-empty: the envelope cannot be derived (nothing may be sent)
    bool isValid() const { return error.isEmpty(); }
};

// One mailbox (RFC 5322 3.4): a display name (may be empty) and an addr-spec.
struct Mailbox
{
    QString displayName;
    QByteArray address;
};

// "Name <addr>", "\"Doe, Jane\" <addr>" or a bare "addr", read by GMime's
// address parser; nullopt unless the text is exactly one mailbox (no group,
// no list) with a non-empty address.
std::optional<Mailbox> parseMailbox(const QString &text);

// The inverse: "Name <addr>" with the display name quoted where RFC 5322
// 3.2.3 needs it (GMime's formatter, UTF-8 kept as is), or addr alone.
QString formatMailbox(const Mailbox &mailbox);

// smtplib send_message(): with exactly one Resent-Date the Resent- fields
// are used, with several it is an error; the sender is the first Sender
// field, else the first From; the recipients are the first To, Bcc and Cc
// fields (in that order, as smtplib reads them). overrideSender /
// overrideRecipients replace what the headers say (--from / --to).
DerivedEnvelope deriveEnvelope(QByteArrayView headerSection, const QByteArray &overrideSender = {},
                               const QList<QByteArray> &overrideRecipients = {});

// The header section without any Bcc or Resent-Bcc field (smtplib deletes
// both before it sends); every other byte is kept as it was.
QByteArray stripBccFields(QByteArrayView headerSection);

// True when any octet has the high bit set (8BITMIME needed, RFC 6152).
bool hasEightBit(QByteArrayView data);
bool isAscii(QByteArrayView data);

} // namespace postscope::mime
