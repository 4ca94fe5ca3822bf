#pragma once
// Server-side command grammar (RFC 5321 4.1): splits a command line into verb
// and argument, and parses the arguments of MAIL, RCPT (4.1.2 paths, the null
// path, source routes, ESMTP parameters) and BDAT (RFC 3030). Pure. The
// mirror image of command.h's formatter, so client and server agree.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace postscope::protocol {

// One command line without its CRLF, split at the first space.
struct CommandLine
{
    QByteArray verb;      // upper-cased, e.g. "MAIL"; empty for an empty line
    QByteArray argument;  // everything after the first space, as sent
    bool hasArgument = false;
    // Where the first control octet is (see findControlOctet()), or -1. A
    // server refuses the whole line: 500 when it is in the verb, else 501.
    qsizetype controlAt = -1;
    bool controlInVerb() const { return controlAt >= 0 && controlAt < verb.size(); }
};
CommandLine splitCommandLine(QByteArrayView line);

// RFC 5321 4.1.1 and 2.3.8 (commands are printable text ended by CRLF) with
// RFC 5234 CTL: the index of the first NUL, CR, LF, other C0 control or DEL
// in a command line without its line end; HTAB is left to each command's
// grammar (none allows it, but it is whitespace, not a control). -1: none.
qsizetype findControlOctet(QByteArrayView line);

// What a client line may carry that a transcript must not show.
enum class ClientLineKind {
    Command, // a command line (or anything a server may read as one)
    SaslResponse, // a line sent after a 334 challenge (RFC 4954 4)
};
// The one decision on redaction, for both sides (the server's transcript of
// what it received, the client's of what it sent): the form to show instead
// of line, or an empty array when line carries no secret. Anything a server
// could take for AUTH (RFC 4954 4) is caught, whatever its case, leading
// whitespace or separators (SP, HTAB, controls): the verb and mechanism
// stay, the rest becomes "********". Every SASL response is hidden except
// an empty line and the "*" that cancels.
QByteArray redactClientLine(QByteArrayView line, ClientLineKind kind = ClientLineKind::Command);

// RFC 5321 4.1.2: esmtp-param = esmtp-keyword ["=" esmtp-value]
struct EsmtpParam
{
    QByteArray keyword;   // upper-cased
    QByteArray value;     // as sent
    bool hasValue = false;
};

// A parsed "FROM:<path> params" or "TO:<path> params".
struct PathArgument
{
    bool ok = false;
    QByteArray error;          // protocol text for a 501 reply when !ok (no code)
    QByteArray address;        // the mailbox without brackets; empty for "<>"
    QByteArray sourceRoute;    // RFC 5321 4.1.2 A-d-l ("@a,@b"), kept but to be ignored (C.)
    bool nullPath = false;     // "<>" (MAIL only)
    bool postmaster = false;   // "<Postmaster>" without a domain (RCPT only, 4.5.1)
    bool utf8 = false;         // non-ASCII octets in the path: needs SMTPUTF8 (RFC 6531)
    QList<EsmtpParam> params;

    const EsmtpParam *param(QByteArrayView keyword) const;
};

// argument is the text after "MAIL " / "RCPT " (e.g. "FROM:<a@b> SIZE=10").
// Lenient where real clients are: the "FROM:"/"TO:" keyword in any case and
// spaces after the colon; strict about the path itself.
PathArgument parseMailArgument(QByteArrayView argument);
PathArgument parseRcptArgument(QByteArrayView argument);

// RFC 5321 4.1.2 Mailbox = Local-part "@" ( Domain / address-literal ),
// with UTF-8 allowed (RFC 6531 3.3). For VRFY/EXPN and the tests.
bool isValidMailbox(QByteArrayView mailbox, bool *utf8 = nullptr);
bool isValidDomain(QByteArrayView domain);

// RFC 3030 2: bdat-cmd = "BDAT" SP chunk-size [ SP end-marker ]
struct BdatArgument
{
    bool ok = false;
    QByteArray error;
    qint64 size = 0;
    bool last = false;
};
BdatArgument parseBdatArgument(QByteArrayView argument);

} // namespace postscope::protocol
