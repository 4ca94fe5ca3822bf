#pragma once
// Checks an address field as a person types it (the composer's To, Cc, Bcc
// and From): splits the text into mailboxes, reads each with the one address
// parser (parseMailbox, GMime) and says for each one that cannot be used
// why, in a sentence (RFC 5322 3.4, RFC 5321 4.1.2). Pure: text in, verdicts out.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace postscope::mime {

struct AddressCheck
{
    QString text; // the mailbox as typed, trimmed ("Alice <alice@example.test>")
    QString displayName;
    QByteArray address; // the addr-spec; empty when it cannot be read
    bool needsSmtpUtf8 = false; // non-ASCII address: the server must offer SMTPUTF8 (RFC 6531)
    QString error; // why it cannot be used (translated); empty when it can
    bool ok() const { return error.isEmpty(); }
};

// More mailboxes than this in one field are refused with one finding; a
// field longer than maxAddressFieldChars is not read at all.
constexpr int maxAddressesPerField = 1000;
constexpr int maxAddressFieldChars = 256 * 1024;

// Splits at commas (and semicolons, as people type them) that are outside
// quoted strings, comments and angle brackets (RFC 5322 3.2.4, 3.2.2, 3.4);
// empty pieces are dropped.
QStringList splitAddressField(const QString &field);

// One verdict per mailbox of the field, in order.
QList<AddressCheck> checkAddressField(const QString &field);
AddressCheck checkMailbox(const QString &mailbox);

} // namespace postscope::mime
