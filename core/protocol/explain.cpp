#include "protocol/explain.h"

#include <QCoreApplication>

namespace postscope::protocol {

namespace {

constexpr char context[] = "postscope::protocol";

struct CodeEntry
{
    int code;
    const char *summary; // QT_TRANSLATE_NOOP: translated when shown
    const char *reference;
};

Explanation make(const char *summary, const char *reference)
{
    return {QCoreApplication::translate(context, summary), QString::fromLatin1(reference)};
}

// RFC 5321 4.2.2 and 4.2.3 (numeric order), with the codes that later RFCs
// added to the same registry.
// clang-format off
const CodeEntry replyCodes[] = {
    { 211, QT_TRANSLATE_NOOP("postscope::protocol", "System status, or system help reply"), "RFC 5321 4.2.2" },
    { 214, QT_TRANSLATE_NOOP("postscope::protocol", "Help message for a human reader"), "RFC 5321 4.2.2" },
    { 220, QT_TRANSLATE_NOOP("postscope::protocol", "Service ready (greeting, or go ahead with TLS after STARTTLS)"), "RFC 5321 4.2.2, RFC 3207 4" },
    { 221, QT_TRANSLATE_NOOP("postscope::protocol", "Service closing transmission channel"), "RFC 5321 4.2.2" },
    { 235, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication succeeded"), "RFC 4954 6" },
    { 250, QT_TRANSLATE_NOOP("postscope::protocol", "Requested mail action okay, completed"), "RFC 5321 4.2.2" },
    { 251, QT_TRANSLATE_NOOP("postscope::protocol", "User not local; will forward"), "RFC 5321 4.2.2, 3.4" },
    { 252, QT_TRANSLATE_NOOP("postscope::protocol", "Cannot verify the user, but will accept the message and attempt delivery"), "RFC 5321 4.2.2, 3.5.3" },
    { 334, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication challenge: send the next SASL response"), "RFC 4954 4" },
    { 354, QT_TRANSLATE_NOOP("postscope::protocol", "Start mail input; end with <CRLF>.<CRLF>"), "RFC 5321 4.2.2" },
    { 421, QT_TRANSLATE_NOOP("postscope::protocol", "Service not available, closing transmission channel"), "RFC 5321 4.2.3" },
    { 432, QT_TRANSLATE_NOOP("postscope::protocol", "A password transition is needed"), "RFC 4954 6" },
    { 450, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox unavailable (busy or temporarily blocked); try again later"), "RFC 5321 4.2.3" },
    { 451, QT_TRANSLATE_NOOP("postscope::protocol", "Requested action aborted: local error in processing"), "RFC 5321 4.2.3" },
    { 452, QT_TRANSLATE_NOOP("postscope::protocol", "Insufficient system storage (or too many recipients)"), "RFC 5321 4.2.3, 4.5.3.1.10" },
    { 454, QT_TRANSLATE_NOOP("postscope::protocol", "Temporary failure: TLS not available now, or temporary authentication failure"), "RFC 3207 4, RFC 4954 6" },
    { 455, QT_TRANSLATE_NOOP("postscope::protocol", "Server unable to accommodate parameters"), "RFC 5321 4.2.3" },
    { 500, QT_TRANSLATE_NOOP("postscope::protocol", "Syntax error, command unrecognized (or line too long)"), "RFC 5321 4.2.3" },
    { 501, QT_TRANSLATE_NOOP("postscope::protocol", "Syntax error in parameters or arguments"), "RFC 5321 4.2.3" },
    { 502, QT_TRANSLATE_NOOP("postscope::protocol", "Command not implemented"), "RFC 5321 4.2.3" },
    { 503, QT_TRANSLATE_NOOP("postscope::protocol", "Bad sequence of commands"), "RFC 5321 4.2.3" },
    { 504, QT_TRANSLATE_NOOP("postscope::protocol", "Command parameter not implemented (e.g. unknown AUTH mechanism)"), "RFC 5321 4.2.3, RFC 4954 4" },
    { 521, QT_TRANSLATE_NOOP("postscope::protocol", "This host does not accept mail"), "RFC 7504" },
    { 523, QT_TRANSLATE_NOOP("postscope::protocol", "Encryption needed"), "RFC 5248" },
    { 530, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication required (or STARTTLS first)"), "RFC 4954 6, RFC 3207 4" },
    { 534, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication mechanism is too weak"), "RFC 4954 6" },
    { 535, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication credentials invalid"), "RFC 4954 6" },
    { 538, QT_TRANSLATE_NOOP("postscope::protocol", "Encryption required for the requested authentication mechanism"), "RFC 4954 6" },
    { 550, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox unavailable (not found, no access, or refused by policy)"), "RFC 5321 4.2.3" },
    { 551, QT_TRANSLATE_NOOP("postscope::protocol", "User not local; please try the forward path given"), "RFC 5321 4.2.3, 3.4" },
    { 552, QT_TRANSLATE_NOOP("postscope::protocol", "Requested mail action aborted: exceeded storage allocation"), "RFC 5321 4.2.3" },
    { 553, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox name not allowed (e.g. bad syntax)"), "RFC 5321 4.2.3" },
    { 554, QT_TRANSLATE_NOOP("postscope::protocol", "Transaction failed (or, as a greeting: no SMTP service here)"), "RFC 5321 4.2.3, 3.1" },
    { 555, QT_TRANSLATE_NOOP("postscope::protocol", "MAIL FROM/RCPT TO parameters not recognized or not implemented"), "RFC 5321 4.2.3" },
};
// clang-format on

// RFC 5321 4.2.1: the first digit says whether the reply is good, bad or incomplete.
// clang-format off
const CodeEntry replyClasses[] = {
    { 1, QT_TRANSLATE_NOOP("postscope::protocol", "Positive preliminary reply (not used by SMTP)"), "RFC 5321 4.2.1" },
    { 2, QT_TRANSLATE_NOOP("postscope::protocol", "Positive completion reply: the action succeeded"), "RFC 5321 4.2.1" },
    { 3, QT_TRANSLATE_NOOP("postscope::protocol", "Positive intermediate reply: send more information"), "RFC 5321 4.2.1" },
    { 4, QT_TRANSLATE_NOOP("postscope::protocol", "Transient negative reply: try again later"), "RFC 5321 4.2.1" },
    { 5, QT_TRANSLATE_NOOP("postscope::protocol", "Permanent negative reply: do not repeat as is"), "RFC 5321 4.2.1" },
};
// clang-format on

struct EnhancedEntry
{
    int klass; // 0 = any class (X.y.z)
    int subject;
    int detail;
    const char *summary;
    const char *reference;
};

// RFC 3463 3 and the IANA registry of RFC 5248 (with the RFCs that added codes).
// clang-format off
const EnhancedEntry enhancedCodes[] = {
    // Class-specific meanings first: they win over the X.y.z entry.
    { 2, 0, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Success"), "RFC 3463 2, 3.1" },
    { 4, 7, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Temporary security failure (e.g. temporary authentication failure)"), "RFC 3463 3.8, RFC 4954 6" },
    { 5, 7, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Refused for security or policy reasons (e.g. authentication required)"), "RFC 3463 3.8, RFC 4954 6" },

    { 0, 0, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined status"), "RFC 3463 3.1" },

    { 0, 1, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other address status"), "RFC 3463 3.2" },
    { 0, 1, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Bad destination mailbox address (no such user)"), "RFC 3463 3.2" },
    { 0, 1, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Bad destination system address"), "RFC 3463 3.2" },
    { 0, 1, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Bad destination mailbox address syntax"), "RFC 3463 3.2" },
    { 0, 1, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Destination mailbox address ambiguous"), "RFC 3463 3.2" },
    { 0, 1, 5, QT_TRANSLATE_NOOP("postscope::protocol", "Destination address valid"), "RFC 3463 3.2" },
    { 0, 1, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Destination mailbox has moved, no forwarding address"), "RFC 3463 3.2" },
    { 0, 1, 7, QT_TRANSLATE_NOOP("postscope::protocol", "Bad sender's mailbox address syntax"), "RFC 3463 3.2" },
    { 0, 1, 8, QT_TRANSLATE_NOOP("postscope::protocol", "Bad sender's system address"), "RFC 3463 3.2" },
    { 0, 1, 9, QT_TRANSLATE_NOOP("postscope::protocol", "Message relayed to a non-compliant mailer"), "RFC 3886" },
    { 0, 1, 10, QT_TRANSLATE_NOOP("postscope::protocol", "Recipient address has a null MX"), "RFC 7505" },

    { 0, 2, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined mailbox status"), "RFC 3463 3.3" },
    { 0, 2, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox disabled, not accepting messages"), "RFC 3463 3.3" },
    { 0, 2, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox full"), "RFC 3463 3.3" },
    { 0, 2, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Message length exceeds administrative limit"), "RFC 3463 3.3" },
    { 0, 2, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Mailing list expansion problem"), "RFC 3463 3.3" },

    { 0, 3, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined mail system status"), "RFC 3463 3.4" },
    { 0, 3, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Mail system full"), "RFC 3463 3.4" },
    { 0, 3, 2, QT_TRANSLATE_NOOP("postscope::protocol", "System not accepting network messages"), "RFC 3463 3.4" },
    { 0, 3, 3, QT_TRANSLATE_NOOP("postscope::protocol", "System not capable of selected features"), "RFC 3463 3.4" },
    { 0, 3, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Message too big for system"), "RFC 3463 3.4" },
    { 0, 3, 5, QT_TRANSLATE_NOOP("postscope::protocol", "System incorrectly configured"), "RFC 3463 3.4" },
    { 0, 3, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Requested priority was changed"), "RFC 6710" },

    { 0, 4, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined network or routing status"), "RFC 3463 3.5" },
    { 0, 4, 1, QT_TRANSLATE_NOOP("postscope::protocol", "No answer from host"), "RFC 3463 3.5" },
    { 0, 4, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Bad connection"), "RFC 3463 3.5" },
    { 0, 4, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Directory server failure"), "RFC 3463 3.5" },
    { 0, 4, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Unable to route"), "RFC 3463 3.5" },
    { 0, 4, 5, QT_TRANSLATE_NOOP("postscope::protocol", "Mail system congestion"), "RFC 3463 3.5" },
    { 0, 4, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Routing loop detected"), "RFC 3463 3.5" },
    { 0, 4, 7, QT_TRANSLATE_NOOP("postscope::protocol", "Delivery time expired"), "RFC 3463 3.5" },

    { 0, 5, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined protocol status"), "RFC 3463 3.6" },
    { 0, 5, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Invalid command"), "RFC 3463 3.6" },
    { 0, 5, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Syntax error"), "RFC 3463 3.6" },
    { 0, 5, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Too many recipients"), "RFC 3463 3.6" },
    { 0, 5, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Invalid command arguments"), "RFC 3463 3.6" },
    { 0, 5, 5, QT_TRANSLATE_NOOP("postscope::protocol", "Wrong protocol version"), "RFC 3463 3.6" },
    { 0, 5, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication exchange line is too long"), "RFC 4954 6" },

    { 0, 6, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined media error"), "RFC 3463 3.7" },
    { 0, 6, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Media not supported"), "RFC 3463 3.7" },
    { 0, 6, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Conversion required and prohibited"), "RFC 3463 3.7" },
    { 0, 6, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Conversion required but not supported"), "RFC 3463 3.7" },
    { 0, 6, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Conversion with loss performed"), "RFC 3463 3.7" },
    { 0, 6, 5, QT_TRANSLATE_NOOP("postscope::protocol", "Conversion failed"), "RFC 3463 3.7" },
    { 0, 6, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Message content not available (BURL)"), "RFC 4468" },
    { 0, 6, 7, QT_TRANSLATE_NOOP("postscope::protocol", "Non-ASCII addresses not permitted for that sender or recipient"), "RFC 6531" },
    { 0, 6, 8, QT_TRANSLATE_NOOP("postscope::protocol", "UTF-8 string reply is required, but not permitted by the client"), "RFC 6531" },
    { 0, 6, 9, QT_TRANSLATE_NOOP("postscope::protocol", "UTF-8 header message cannot be transferred to one or more recipients"), "RFC 6531" },

    { 0, 7, 0, QT_TRANSLATE_NOOP("postscope::protocol", "Other or undefined security status"), "RFC 3463 3.8" },
    { 0, 7, 1, QT_TRANSLATE_NOOP("postscope::protocol", "Delivery not authorized, message refused"), "RFC 3463 3.8" },
    { 0, 7, 2, QT_TRANSLATE_NOOP("postscope::protocol", "Mailing list expansion prohibited"), "RFC 3463 3.8" },
    { 0, 7, 3, QT_TRANSLATE_NOOP("postscope::protocol", "Security conversion required but not possible"), "RFC 3463 3.8" },
    { 0, 7, 4, QT_TRANSLATE_NOOP("postscope::protocol", "Security features not supported"), "RFC 3463 3.8" },
    { 0, 7, 5, QT_TRANSLATE_NOOP("postscope::protocol", "Cryptographic failure"), "RFC 3463 3.8" },
    { 0, 7, 6, QT_TRANSLATE_NOOP("postscope::protocol", "Cryptographic algorithm not supported"), "RFC 3463 3.8" },
    { 0, 7, 7, QT_TRANSLATE_NOOP("postscope::protocol", "Message integrity failure"), "RFC 3463 3.8" },
    { 0, 7, 8, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication credentials invalid"), "RFC 4954 6" },
    { 0, 7, 9, QT_TRANSLATE_NOOP("postscope::protocol", "Authentication mechanism is too weak"), "RFC 4954 6" },
    { 0, 7, 10, QT_TRANSLATE_NOOP("postscope::protocol", "Encryption needed"), "RFC 5248" },
    { 0, 7, 11, QT_TRANSLATE_NOOP("postscope::protocol", "Encryption required for the requested authentication mechanism"), "RFC 4954 6" },
    { 0, 7, 12, QT_TRANSLATE_NOOP("postscope::protocol", "A password transition is needed"), "RFC 4954 6" },
    { 0, 7, 13, QT_TRANSLATE_NOOP("postscope::protocol", "User account disabled"), "RFC 5248" },
    { 0, 7, 14, QT_TRANSLATE_NOOP("postscope::protocol", "Trust relationship required"), "RFC 5248" },
    { 0, 7, 15, QT_TRANSLATE_NOOP("postscope::protocol", "Priority level is too low"), "RFC 6710" },
    { 0, 7, 16, QT_TRANSLATE_NOOP("postscope::protocol", "Message is too big for the specified priority"), "RFC 6710" },
    { 0, 7, 17, QT_TRANSLATE_NOOP("postscope::protocol", "Mailbox owner has changed"), "RFC 7293" },
    { 0, 7, 18, QT_TRANSLATE_NOOP("postscope::protocol", "Domain owner has changed"), "RFC 7293" },
    { 0, 7, 19, QT_TRANSLATE_NOOP("postscope::protocol", "RRVS test cannot be completed"), "RFC 7293" },
    { 0, 7, 20, QT_TRANSLATE_NOOP("postscope::protocol", "No passing DKIM signature found"), "RFC 7372" },
    { 0, 7, 21, QT_TRANSLATE_NOOP("postscope::protocol", "No acceptable DKIM signature found"), "RFC 7372" },
    { 0, 7, 22, QT_TRANSLATE_NOOP("postscope::protocol", "No valid author-matched DKIM signature found"), "RFC 7372" },
    { 0, 7, 23, QT_TRANSLATE_NOOP("postscope::protocol", "SPF validation failed"), "RFC 7372" },
    { 0, 7, 24, QT_TRANSLATE_NOOP("postscope::protocol", "SPF validation error"), "RFC 7372" },
    { 0, 7, 25, QT_TRANSLATE_NOOP("postscope::protocol", "Reverse DNS validation failed"), "RFC 7372" },
    { 0, 7, 26, QT_TRANSLATE_NOOP("postscope::protocol", "Multiple authentication checks failed"), "RFC 7372" },
    { 0, 7, 27, QT_TRANSLATE_NOOP("postscope::protocol", "Sender address has a null MX"), "RFC 7505" },
    { 0, 7, 30, QT_TRANSLATE_NOOP("postscope::protocol", "REQUIRETLS support required"), "RFC 8689" },
};
// clang-format on

// RFC 3463 3.1: the class of an enhanced status code.
// clang-format off
const CodeEntry enhancedClasses[] = {
    { 2, QT_TRANSLATE_NOOP("postscope::protocol", "Success"), "RFC 3463 2" },
    { 4, QT_TRANSLATE_NOOP("postscope::protocol", "Persistent transient failure: may succeed later"), "RFC 3463 2" },
    { 5, QT_TRANSLATE_NOOP("postscope::protocol", "Permanent failure: will not succeed if resent as is"), "RFC 3463 2" },
};
// clang-format on

struct ExtensionEntry
{
    const char *keyword;
    const char *summary;
    const char *reference;
};

// clang-format off
const ExtensionEntry extensions[] = {
    { "SIZE", QT_TRANSLATE_NOOP("postscope::protocol", "Message size declaration; the parameter is the largest message accepted, in octets"), "RFC 1870 4" },
    { "PIPELINING", QT_TRANSLATE_NOOP("postscope::protocol", "Commands may be sent in groups without waiting for each reply"), "RFC 2920" },
    { "CHUNKING", QT_TRANSLATE_NOOP("postscope::protocol", "Message data may be sent in BDAT chunks instead of DATA"), "RFC 3030 2" },
    { "BINARYMIME", QT_TRANSLATE_NOOP("postscope::protocol", "Binary MIME bodies (BODY=BINARYMIME) accepted with BDAT"), "RFC 3030 3" },
    { "8BITMIME", QT_TRANSLATE_NOOP("postscope::protocol", "8-bit message bodies (BODY=8BITMIME) accepted"), "RFC 6152 2" },
    { "SMTPUTF8", QT_TRANSLATE_NOOP("postscope::protocol", "UTF-8 addresses and headers accepted (MAIL ... SMTPUTF8)"), "RFC 6531 3.1" },
    { "DSN", QT_TRANSLATE_NOOP("postscope::protocol", "Delivery status notifications can be requested (NOTIFY, RET, ENVID, ORCPT)"), "RFC 3461" },
    { "ENHANCEDSTATUSCODES", QT_TRANSLATE_NOOP("postscope::protocol", "Replies carry enhanced status codes such as 5.1.1"), "RFC 2034" },
    { "STARTTLS", QT_TRANSLATE_NOOP("postscope::protocol", "The connection can be upgraded to TLS"), "RFC 3207" },
    { "AUTH", QT_TRANSLATE_NOOP("postscope::protocol", "SMTP authentication; the parameters are the SASL mechanisms offered"), "RFC 4954 3" },
    { "AUTH=", QT_TRANSLATE_NOOP("postscope::protocol", "Old, pre-RFC spelling of AUTH kept for early clients; same mechanisms"), "RFC 4954 3" },
    { "DELIVERBY", QT_TRANSLATE_NOOP("postscope::protocol", "Delivery within a given time can be requested (MAIL ... BY=)"), "RFC 2852" },
    { "REQUIRETLS", QT_TRANSLATE_NOOP("postscope::protocol", "The message can require TLS on every hop (MAIL ... REQUIRETLS)"), "RFC 8689" },
    { "ETRN", QT_TRANSLATE_NOOP("postscope::protocol", "Remote queue start: the client may ask for queued mail to be sent"), "RFC 1985" },
    { "ATRN", QT_TRANSLATE_NOOP("postscope::protocol", "Authenticated turn: roles reverse for on-demand mail relay"), "RFC 2645" },
    { "TURN", QT_TRANSLATE_NOOP("postscope::protocol", "Obsolete role reversal; unsafe and not to be used"), "RFC 5321 F.1" },
    { "VRFY", QT_TRANSLATE_NOOP("postscope::protocol", "VRFY can be used to check an address"), "RFC 5321 4.1.1.6" },
    { "EXPN", QT_TRANSLATE_NOOP("postscope::protocol", "EXPN can be used to expand a mailing list"), "RFC 5321 4.1.1.7" },
    { "HELP", QT_TRANSLATE_NOOP("postscope::protocol", "HELP gives information for a human reader"), "RFC 5321 4.1.1.8" },
    { "XCLIENT", QT_TRANSLATE_NOOP("postscope::protocol", "Postfix: a trusted proxy may override the client's name and address"), "Postfix XCLIENT_README" },
    { "XFORWARD", QT_TRANSLATE_NOOP("postscope::protocol", "Postfix: a trusted proxy may pass the original client's details for logging"), "Postfix XFORWARD_README" },
    { "MTRK", QT_TRANSLATE_NOOP("postscope::protocol", "Message tracking can be requested"), "RFC 3885" },
    { "FUTURERELEASE", QT_TRANSLATE_NOOP("postscope::protocol", "Delivery can be held until a given time (MAIL ... HOLDFOR/HOLDUNTIL)"), "RFC 4865" },
    { "LIMITS", QT_TRANSLATE_NOOP("postscope::protocol", "The server announces its limits (RCPTMAX, MAILMAX, RCPTDOMAINMAX)"), "RFC 9422" },
    { "MT-PRIORITY", QT_TRANSLATE_NOOP("postscope::protocol", "Message transfer priorities can be requested"), "RFC 6710" },
    { "BURL", QT_TRANSLATE_NOOP("postscope::protocol", "Message data can be fetched by the server from an IMAP URL"), "RFC 4468" },
    { "NO-SOLICITING", QT_TRANSLATE_NOOP("postscope::protocol", "The server states which kinds of solicitation it refuses"), "RFC 3865" },
    { "RRVS", QT_TRANSLATE_NOOP("postscope::protocol", "Require-recipient-valid-since: refuse if the mailbox changed owner"), "RFC 7293" },
    { "CHECKPOINT", QT_TRANSLATE_NOOP("postscope::protocol", "Checkpoint/restart of interrupted transfers"), "RFC 1845" },
    { "SUBMITTER", QT_TRANSLATE_NOOP("postscope::protocol", "The responsible submitter can be named (MAIL ... SUBMITTER=)"), "RFC 4405" },
    { "CONPERM", QT_TRANSLATE_NOOP("postscope::protocol", "Content conversion permission can be stated"), "RFC 4141" },
    { "CONNEG", QT_TRANSLATE_NOOP("postscope::protocol", "Content negotiation with the recipient is supported"), "RFC 4141" },
    { "UTF8SMTP", QT_TRANSLATE_NOOP("postscope::protocol", "Experimental predecessor of SMTPUTF8"), "RFC 5336 (obsoleted by RFC 6531)" },
    { "VERB", QT_TRANSLATE_NOOP("postscope::protocol", "Sendmail: verbose mode for debugging delivery"), "Sendmail" },
    { "ONEX", QT_TRANSLATE_NOOP("postscope::protocol", "Sendmail: one message per connection"), "Sendmail" },
};
// clang-format on

} // namespace

Explanation explainReplyCode(int code)
{
    for (const CodeEntry &e : replyCodes) {
        if (e.code == code)
            return make(e.summary, e.reference);
    }
    if (code < 100 || code > 599)
        return {};
    for (const CodeEntry &e : replyClasses) {
        if (e.code == code / 100)
            return make(e.summary, e.reference);
    }
    return {};
}

Explanation explainReplyClass(int code)
{
    if (code < 100 || code > 599)
        return {};
    for (const CodeEntry &e : replyClasses) {
        if (e.code == code / 100)
            return make(e.summary, e.reference);
    }
    return {};
}

Explanation explainEnhancedCode(const EnhancedCode &code)
{
    if (!code.isValid())
        return {};
    // Most specific first: class-specific, then X.subject.detail, then the
    // subject's "other or undefined" (X.subject.0), then the class alone.
    for (const EnhancedEntry &e : enhancedCodes) {
        if (e.klass == code.klass && e.subject == code.subject && e.detail == code.detail)
            return make(e.summary, e.reference);
    }
    for (const EnhancedEntry &e : enhancedCodes) {
        if (e.klass == 0 && e.subject == code.subject && e.detail == code.detail)
            return make(e.summary, e.reference);
    }
    for (const EnhancedEntry &e : enhancedCodes) {
        if (e.klass == 0 && e.subject == code.subject && e.detail == 0)
            return make(e.summary, e.reference);
    }
    for (const CodeEntry &e : enhancedClasses) {
        if (e.code == code.klass)
            return make(e.summary, e.reference);
    }
    return {};
}

Explanation explainExtension(QByteArrayView keyword)
{
    for (const ExtensionEntry &e : extensions) {
        if (keyword.compare(QByteArrayView(e.keyword), Qt::CaseInsensitive) == 0)
            return make(e.summary, e.reference);
    }
    return {};
}

} // namespace postscope::protocol
