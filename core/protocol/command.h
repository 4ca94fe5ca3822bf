#pragma once
// SMTP command formatter (RFC 5321 4.1, RFC 3207, RFC 4954, RFC 3030, RFC 2033).
// The one place where client command lines are made. Pure. It refuses CR, LF
// and NUL anywhere in an argument, and lines over the RFC limits, so nothing
// can be injected through an address or an argument.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace postscope::protocol {

enum class Verb {
    Helo, Ehlo, Lhlo, StartTls, Auth, AuthResponse, Mail, Rcpt, Data, Bdat,
    Rset, Vrfy, Expn, Help, Noop, Quit, Raw
};
QByteArray verbName(Verb verb); // "EHLO", ...; "" for AuthResponse and Raw

struct Command
{
    Verb verb = Verb::Raw;
    QByteArray wire;      // the full line including the final CRLF; empty when invalid
    QByteArray redacted;  // transcript form (CRLF removed) when it carries a secret; else empty
    QString error;        // why the command was refused; empty when valid

    bool isValid() const { return error.isEmpty(); }
    QByteArray line() const { return wire.chopped(wire.endsWith("\r\n") ? 2 : 0); }
    // The form for transcripts and logs: redacted when set, else line().
    QByteArray display() const { return redacted.isEmpty() ? line() : redacted; }
};

namespace limits {
// RFC 5321 4.5.3.1.4: a command line is at most 512 octets with CRLF.
constexpr int commandLine = 512;
// RFC 5321 4.5.3.1.5: a reply line is at most 512 octets with CRLF.
constexpr int replyLine = 512;
// RFC 5321 4.5.3.1.4 lets extensions grow MAIL and RCPT; RFC 1870/3461/6531
// parameters fit in this much more.
constexpr int mailRcptExtra = 1024;
// RFC 4954 4: AUTH lines and responses may be 12288 octets.
constexpr int authLine = 12288;
// RFC 5321 4.5.3.1.1/4.5.3.1.3: local part 64, path 256.
constexpr int path = 256;
}

namespace commands {
Command helo(QByteArrayView domain);
Command ehlo(QByteArrayView domain);
Command lhlo(QByteArrayView domain);
Command startTls();
// AUTH mechanism [initial-response]; the response is already base64 (or "=").
// The initial response is redacted in the transcript form.
Command auth(QByteArrayView mechanism, QByteArrayView initialResponse = {});
// A SASL continuation line (base64 or "*"), always redacted.
Command authResponse(QByteArrayView base64);
// MAIL FROM:<path> params. An empty path gives the null reverse path "<>".
// A path already in <> is kept; otherwise it is wrapped like smtplib's quoteaddr.
Command mail(QByteArrayView reversePath, const QList<QByteArray> &params = {});
Command rcpt(QByteArrayView forwardPath, const QList<QByteArray> &params = {});
Command data();
Command bdat(qint64 size, bool last);
Command rset();
Command vrfy(QByteArrayView argument);
Command expn(QByteArrayView argument);
Command help(QByteArrayView argument = {});
Command noop(QByteArrayView argument = {});
Command quit();
// Any line as typed, for the console and `postscope-cli raw`. Still refuses
// CR, LF, NUL and over-long lines.
Command raw(QByteArrayView line);
}

// smtplib's quoteaddr(): "<addr>" ("<>" for empty). Angle brackets present are kept.
QByteArray quoteAddress(QByteArrayView address);

} // namespace postscope::protocol
