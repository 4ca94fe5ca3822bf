#include "protocol/command.h"
#include "protocol/commandparser.h"

#include <QCoreApplication>

namespace postscope::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::protocol", text);
}

Command refuse(Verb verb, const QString &why)
{
    Command c;
    c.verb = verb;
    c.error = why;
    return c;
}

// RFC 5321 2.3.8 and 4.1.1: a command is one line ended by CRLF. A CR or LF
// inside an argument would end the line early and let the rest be read as a
// command of its own (command injection); NUL is never valid in a command.
QString checkBytes(QByteArrayView what, const char *name)
{
    for (const char c : what) {
        if (c == '\r' || c == '\n' || c == '\0')
            return QCoreApplication::translate("postscope::protocol",
                                               "%1 holds a CR, LF or NUL byte, which could inject "
                                               "a command; refused")
                .arg(tr(name));
    }
    return {};
}

bool hasSpace(QByteArrayView what)
{
    for (const char c : what) {
        if (c == ' ' || c == '\t')
            return true;
    }
    return false;
}

// Whitespace outside a quoted string (RFC 5321 4.1.2 Quoted-string) would
// split a path into a path and a parameter.
bool hasBareSpace(QByteArrayView what)
{
    bool quoted = false;
    for (qsizetype i = 0; i < what.size(); ++i) {
        const char c = what[i];
        if (quoted && c == '\\') {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == ' ' || c == '\t'))
            return true;
    }
    return false;
}

Command finish(Verb verb, QByteArray line, int limit, QByteArray redacted = {})
{
    // RFC 5321 4.5.3.1.4 (512 with CRLF), widened for MAIL/RCPT parameters
    // and for AUTH (RFC 4954 4).
    if (line.size() + 2 > limit) {
        return refuse(verb,
                      QCoreApplication::translate("postscope::protocol",
                                                  "Command line too long: %1 octets with CRLF, the "
                                                  "limit is %2 (RFC 5321 4.5.3.1.4)")
                          .arg(line.size() + 2)
                          .arg(limit));
    }
    Command c;
    c.verb = verb;
    c.wire = std::move(line);
    c.wire += "\r\n";
    c.redacted = std::move(redacted);
    return c;
}

// VERB or VERB SP argument, with the argument checked for injection.
Command simple(Verb verb, QByteArrayView argument, bool required)
{
    if (const QString why
        = checkBytes(argument, QT_TRANSLATE_NOOP("postscope::protocol", "The argument"));
        !why.isEmpty())
        return refuse(verb, why);
    if (required && argument.trimmed().isEmpty())
        return refuse(verb, tr("%1 needs an argument").arg(QString::fromLatin1(verbName(verb))));
    QByteArray line = verbName(verb);
    if (!argument.isEmpty()) {
        line += ' ';
        line += argument;
    }
    return finish(verb, std::move(line), limits::commandLine);
}

Command hello(Verb verb, QByteArrayView domain)
{
    if (const QString why
        = checkBytes(domain, QT_TRANSLATE_NOOP("postscope::protocol", "The host name"));
        !why.isEmpty())
        return refuse(verb, why);
    // RFC 5321 4.1.1.1: ehlo = "EHLO" SP ( Domain / address-literal ) CRLF
    if (domain.isEmpty())
        return refuse(verb, tr("%1 needs a host name").arg(QString::fromLatin1(verbName(verb))));
    if (hasSpace(domain))
        return refuse(verb, tr("The host name must not contain spaces"));
    QByteArray line = verbName(verb);
    line += ' ';
    line += domain;
    return finish(verb, std::move(line), limits::commandLine);
}

Command pathCommand(Verb verb, QByteArrayView path, const QList<QByteArray> &params)
{
    if (const QString why
        = checkBytes(path, QT_TRANSLATE_NOOP("postscope::protocol", "The address"));
        !why.isEmpty())
        return refuse(verb, why);
    const QByteArray quotedPath = quoteAddress(path);
    // RFC 5321 4.1.2: Path = "<" [ A-d-l ":" ] Mailbox ">", one pair of brackets.
    const QByteArrayView inner = QByteArrayView(quotedPath).sliced(1, quotedPath.size() - 2);
    if (inner.contains('<') || inner.contains('>'))
        return refuse(verb, tr("The address holds a stray '<' or '>'"));
    if (hasBareSpace(inner))
        return refuse(verb, tr("The address holds a space outside a quoted string"));
    if (verb == Verb::Rcpt && inner.isEmpty())
        return refuse(verb, tr("RCPT needs a recipient address"));
    // RFC 5321 4.5.3.1.3: a path is at most 256 octets, brackets included.
    if (quotedPath.size() > limits::path)
        return refuse(verb,
                      tr("The address is too long: %1 octets, the limit is %2 (RFC 5321 4.5.3.1.3)")
                          .arg(quotedPath.size())
                          .arg(limits::path));
    QByteArray line = verb == Verb::Mail ? QByteArray("MAIL FROM:") : QByteArray("RCPT TO:");
    line += quotedPath;
    for (const QByteArray &param : params) {
        if (const QString why
            = checkBytes(param, QT_TRANSLATE_NOOP("postscope::protocol", "A parameter"));
            !why.isEmpty())
            return refuse(verb, why);
        // RFC 5321 4.1.2: esmtp-param = esmtp-keyword ["=" esmtp-value], no spaces.
        if (param.isEmpty() || hasSpace(param))
            return refuse(
                verb,
                tr("A MAIL/RCPT parameter must be one word: \"%1\"").arg(QString::fromUtf8(param)));
        line += ' ';
        line += param;
    }
    const int limit
        = params.isEmpty() ? limits::commandLine : limits::commandLine + limits::mailRcptExtra;
    return finish(verb, std::move(line), limit);
}

} // namespace

QByteArray verbName(Verb verb)
{
    switch (verb) {
    case Verb::Helo:
        return "HELO";
    case Verb::Ehlo:
        return "EHLO";
    case Verb::Lhlo:
        return "LHLO";
    case Verb::StartTls:
        return "STARTTLS";
    case Verb::Auth:
        return "AUTH";
    case Verb::Mail:
        return "MAIL";
    case Verb::Rcpt:
        return "RCPT";
    case Verb::Data:
        return "DATA";
    case Verb::Bdat:
        return "BDAT";
    case Verb::Rset:
        return "RSET";
    case Verb::Vrfy:
        return "VRFY";
    case Verb::Expn:
        return "EXPN";
    case Verb::Help:
        return "HELP";
    case Verb::Noop:
        return "NOOP";
    case Verb::Quit:
        return "QUIT";
    case Verb::AuthResponse:
    case Verb::Raw:
        break;
    }
    return {};
}

// smtplib.quoteaddr(): "Name <a@b>" gives "<a@b>", "a@b" gives "<a@b>",
// "" gives "<>", and a string already in angle brackets is kept.
QByteArray quoteAddress(QByteArrayView address)
{
    const QByteArrayView a = address.trimmed();
    if (a.isEmpty())
        return "<>";
    if (a.startsWith('<') && a.endsWith('>'))
        return a.toByteArray();
    // Like email.utils.parseaddr: the address is the angle-addr after a display name.
    if (a.endsWith('>')) {
        const qsizetype open = a.lastIndexOf('<');
        if (open >= 0)
            return a.sliced(open).toByteArray();
    }
    QByteArray out;
    out.reserve(a.size() + 2);
    out += '<';
    out += a;
    out += '>';
    return out;
}

namespace commands {

namespace {

// lupdate files the sentences of this namespace under its own context.
QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::protocol::commands", text);
}

} // namespace

Command helo(QByteArrayView domain)
{
    return hello(Verb::Helo, domain);
}

Command ehlo(QByteArrayView domain)
{
    return hello(Verb::Ehlo, domain);
}

// RFC 2033 4.1: LHLO takes the place of EHLO in LMTP.
Command lhlo(QByteArrayView domain)
{
    return hello(Verb::Lhlo, domain);
}

// RFC 3207 4: "STARTTLS" CRLF, no argument.
Command startTls()
{
    return finish(Verb::StartTls, "STARTTLS", limits::commandLine);
}

// RFC 4954 4: "AUTH" SP sasl-mech [SP initial-response], where an empty
// initial response is sent as "=".
Command auth(QByteArrayView mechanism, QByteArrayView initialResponse)
{
    if (const QString why
        = checkBytes(mechanism, QT_TRANSLATE_NOOP("postscope::protocol", "The mechanism"));
        !why.isEmpty())
        return refuse(Verb::Auth, why);
    if (const QString why = checkBytes(
            initialResponse, QT_TRANSLATE_NOOP("postscope::protocol", "The initial response"));
        !why.isEmpty())
        return refuse(Verb::Auth, why);
    if (mechanism.isEmpty() || hasSpace(mechanism))
        return refuse(Verb::Auth, tr("AUTH needs one mechanism name"));
    if (hasSpace(initialResponse))
        return refuse(Verb::Auth, tr("The initial response must not contain spaces"));
    QByteArray line = "AUTH ";
    line += mechanism;
    if (!initialResponse.isEmpty()) {
        line += ' ';
        line += initialResponse;
    }
    // "=" (an empty response) carries no secret; anything else may.
    QByteArray redacted = redactClientLine(line);
    return finish(Verb::Auth, std::move(line), limits::authLine, std::move(redacted));
}

// RFC 4954 4: each response is a base64 line; "*" cancels the exchange.
Command authResponse(QByteArrayView base64)
{
    if (const QString why
        = checkBytes(base64, QT_TRANSLATE_NOOP("postscope::protocol", "The SASL response"));
        !why.isEmpty())
        return refuse(Verb::AuthResponse, why);
    if (hasSpace(base64))
        return refuse(Verb::AuthResponse, tr("A SASL response must not contain spaces"));
    QByteArray redacted = redactClientLine(base64, ClientLineKind::SaslResponse);
    return finish(Verb::AuthResponse, base64.toByteArray(), limits::authLine, std::move(redacted));
}

// RFC 5321 4.1.1.2: "MAIL FROM:" Reverse-path [SP Mail-parameters] CRLF
Command mail(QByteArrayView reversePath, const QList<QByteArray> &params)
{
    return pathCommand(Verb::Mail, reversePath, params);
}

// RFC 5321 4.1.1.3: "RCPT TO:" Forward-path [SP Rcpt-parameters] CRLF
Command rcpt(QByteArrayView forwardPath, const QList<QByteArray> &params)
{
    return pathCommand(Verb::Rcpt, forwardPath, params);
}

Command data()
{
    return finish(Verb::Data, "DATA", limits::commandLine);
}

// RFC 3030 2: bdat-cmd = "BDAT" SP chunk-size [SP end-marker] CRLF
Command bdat(qint64 size, bool last)
{
    if (size < 0)
        return refuse(Verb::Bdat, tr("BDAT needs a chunk size of zero or more"));
    QByteArray line = "BDAT " + QByteArray::number(size);
    if (last)
        line += " LAST";
    return finish(Verb::Bdat, std::move(line), limits::commandLine);
}

Command rset()
{
    return finish(Verb::Rset, "RSET", limits::commandLine);
}

// RFC 5321 4.1.1.6: "VRFY" SP String CRLF
Command vrfy(QByteArrayView argument)
{
    return simple(Verb::Vrfy, argument, true);
}

// RFC 5321 4.1.1.7: "EXPN" SP String CRLF
Command expn(QByteArrayView argument)
{
    return simple(Verb::Expn, argument, true);
}

// RFC 5321 4.1.1.8: "HELP" [ SP String ] CRLF
Command help(QByteArrayView argument)
{
    return simple(Verb::Help, argument, false);
}

// RFC 5321 4.1.1.9: "NOOP" [ SP String ] CRLF
Command noop(QByteArrayView argument)
{
    return simple(Verb::Noop, argument, false);
}

Command quit()
{
    return finish(Verb::Quit, "QUIT", limits::commandLine);
}

Command raw(QByteArrayView line)
{
    if (const QString why = checkBytes(line, QT_TRANSLATE_NOOP("postscope::protocol", "The line"));
        !why.isEmpty())
        return refuse(Verb::Raw, why);
    // Typed MAIL/RCPT and AUTH lines get the same room as formatted ones.
    const QByteArray verb = line.first(qMin<qsizetype>(line.size(), 5)).toByteArray().toUpper();
    int limit = limits::commandLine;
    if (verb == "MAIL " || verb == "RCPT ")
        limit += limits::mailRcptExtra;
    else if (verb == "AUTH ")
        limit = limits::authLine;
    // Hide a typed initial response too ("AUTH PLAIN secret", "auth\tplain
    // secret", " AUTH PLAIN secret"): the one redaction rule decides.
    QByteArray redacted = redactClientLine(line);
    return finish(Verb::Raw, line.toByteArray(), limit, std::move(redacted));
}

} // namespace commands

} // namespace postscope::protocol
