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
};
CommandLine splitCommandLine(QByteArrayView line);

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
