// libFuzzer target: the server-side command grammar (protocol/commandparser.h)
// fed with arbitrary client bytes: the line split, MAIL and RCPT arguments
// (RFC 5321 4.1.2), BDAT arguments (RFC 3030 2) and the mailbox and domain
// checks; and, from the client side of the same grammar, the one formatter
// (protocol/command.h). abort()s when
// - a parsed address, route or parameter holds a byte a path may not hold
//   (CR, LF, NUL or another control), or an error text that goes into a
//   reply does;
// - the parser's results disagree with each other (a path it accepts is not
//   a valid mailbox, "utf8" is not "a non-ASCII octet is there", ...);
// - formatting a parsed MAIL, RCPT or BDAT with the formatter and parsing the
//   result again gives anything but the same value, or the formatter refuses
//   a parsed value for a reason other than the ones it documents;
// - the formatter's transcript form of a typed AUTH line shows its secret.
// No crash, no leak, no undefined behaviour (ASan, UBSan) comes for free.
#include "fuzzsupport.h"

#include "protocol/command.h"
#include "protocol/commandparser.h"

#include <cstdint>
#include <cstdlib>

using namespace postscope::protocol;
using namespace postscope::fuzz;

namespace {

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool hasNonAscii(QByteArrayView s)
{
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// No C0 control (CR, LF, NUL, TAB...) and no DEL: what may stand in a path
// (RFC 5321 4.1.2: atext, qtextSMTP, quoted-pairSMTP, Let-dig, dcontent) and
// in reply text that quotes it.
bool printableOrUtf8(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

// ---- the line split

void checkSplit(QByteArrayView line)
{
    const CommandLine c = splitCommandLine(line);
    const qsizetype space = line.indexOf(' ');
    if (space < 0) {
        check(c.verb == asciiUpper(line));
        check(c.argument.isEmpty());
        check(!c.hasArgument);
    } else {
        check(c.verb == asciiUpper(line.first(space)));
        check(c.argument == line.sliced(space + 1));
        check(c.hasArgument);
    }
    check(!c.verb.contains(' '));
}

// ---- MAIL and RCPT

enum class Kind { Mail, Rcpt };

QByteArray pathText(const PathArgument &p)
{
    if (p.nullPath)
        return "<>";
    QByteArray out = "<";
    if (!p.sourceRoute.isEmpty())
        out += p.sourceRoute + ':';
    out += p.address;
    out += '>';
    return out;
}

QList<QByteArray> paramTexts(const PathArgument &p)
{
    QList<QByteArray> out;
    for (const EsmtpParam &e : p.params)
        out << (e.hasValue ? e.keyword + '=' + e.value : e.keyword);
    return out;
}

bool samePath(const PathArgument &a, const PathArgument &b)
{
    if (a.ok != b.ok || a.address != b.address || a.sourceRoute != b.sourceRoute
        || a.nullPath != b.nullPath || a.postmaster != b.postmaster || a.utf8 != b.utf8
        || a.params.size() != b.params.size())
        return false;
    for (qsizetype i = 0; i < a.params.size(); ++i) {
        const EsmtpParam &x = a.params.at(i);
        const EsmtpParam &y = b.params.at(i);
        if (x.keyword != y.keyword || x.value != y.value || x.hasValue != y.hasValue)
            return false;
    }
    return true;
}

void checkPath(const PathArgument &p, Kind kind)
{
    if (!p.ok) {
        // The error text is quoted in a 501 reply.
        check(!p.error.isEmpty());
        check(printableOrUtf8(p.error));
        return;
    }
    check(p.error.isEmpty());
    check(printableOrUtf8(p.address));
    check(printableOrUtf8(p.sourceRoute));
    // RFC 5321 4.5.3.1.3: a path is at most 256 octets with its brackets.
    check(pathText(p).size() <= limits::path);
    // The null path is for MAIL only (4.1.1.2), <Postmaster> for RCPT only (4.5.1).
    if (p.nullPath) {
        check(kind == Kind::Mail);
        check(p.address.isEmpty() && p.sourceRoute.isEmpty());
    } else {
        check(!p.address.isEmpty());
    }
    if (p.postmaster) {
        check(kind == Kind::Rcpt);
        check(p.address.compare("postmaster", Qt::CaseInsensitive) == 0);
        check(p.sourceRoute.isEmpty());
    }
    if (!p.nullPath && !p.postmaster) {
        bool utf8 = false;
        check(isValidMailbox(p.address, &utf8));
        check(!utf8 || p.utf8);
    }
    // RFC 5321 4.1.2 A-d-l = At-domain *( "," At-domain )
    if (!p.sourceRoute.isEmpty()) {
        check(p.sourceRoute.startsWith('@'));
        for (const QByteArray &hop : p.sourceRoute.split(',')) {
            check(hop.startsWith('@'));
            check(isValidDomain(hop.sliced(1)));
        }
    }
    // RFC 6531 3.4: "utf8" means exactly "a non-ASCII octet in the path".
    check(p.utf8 == (hasNonAscii(p.address) || hasNonAscii(p.sourceRoute)));
    // RFC 5321 4.1.2: esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-");
    // esmtp-value = 1*(%d33-60 / %d62-126), UTF-8 allowed (RFC 6531 3.3).
    for (qsizetype i = 0; i < p.params.size(); ++i) {
        const EsmtpParam &e = p.params.at(i);
        check(!e.keyword.isEmpty() && isAlnum(e.keyword.front()));
        for (char c : e.keyword)
            check(isAlnum(c) || c == '-');
        check(e.keyword == asciiUpper(e.keyword));
        check(e.hasValue != e.value.isEmpty());
        for (char c : e.value) {
            const auto u = static_cast<unsigned char>(c);
            check(u >= 0x80 || (u >= 33 && u <= 126 && u != '='));
        }
        check(p.param(e.keyword) == &e); // keywords are unique
        check(p.param(e.keyword.toLower()) == &e);
    }
}

// What the formatter writes from a parsed value, the parser reads back as
// the same value. The formatter refuses only what it documents: a '<' or
// '>' inside the path (possible in a quoted local part) and lines over the
// RFC 5321 4.5.3.1.4 limits (the parser bounds the path, not the parameters).
void checkPathRoundTrip(const PathArgument &p, Kind kind)
{
    if (!p.ok)
        return;
    const QByteArray path = pathText(p);
    const QList<QByteArray> params = paramTexts(p);
    const Command cmd
        = kind == Kind::Mail ? commands::mail(path, params) : commands::rcpt(path, params);
    qsizetype length = (kind == Kind::Mail ? 10 : 8) + path.size() + 2;
    for (const QByteArray &param : params)
        length += 1 + param.size();
    const qsizetype limit
        = params.isEmpty() ? limits::commandLine : limits::commandLine + limits::mailRcptExtra;
    const QByteArrayView inner = QByteArrayView(path).sliced(1, path.size() - 2);
    const bool refusable = inner.contains('<') || inner.contains('>') || length > limit;
    if (!cmd.isValid()) {
        check(refusable);
        return;
    }
    check(!refusable);
    check(cmd.wire.size() == length);
    check(cmd.wire.endsWith("\r\n"));
    check(cmd.redacted.isEmpty());
    const CommandLine line = splitCommandLine(cmd.line());
    check(line.verb == (kind == Kind::Mail ? "MAIL" : "RCPT"));
    const PathArgument again
        = kind == Kind::Mail ? parseMailArgument(line.argument) : parseRcptArgument(line.argument);
    check(samePath(p, again));
}

// ---- BDAT

void checkBdat(QByteArrayView arg)
{
    const BdatArgument b = parseBdatArgument(arg);
    const BdatModel m = bdatModel(arg);
    check(b.ok == m.ok);
    if (!b.ok) {
        check(!b.error.isEmpty());
        check(printableOrUtf8(b.error));
        return;
    }
    check(b.size == m.size && b.last == m.last);
    check(b.size >= 0);
    const Command cmd = commands::bdat(b.size, b.last);
    check(cmd.isValid());
    const CommandLine line = splitCommandLine(cmd.line());
    check(line.verb == "BDAT");
    const BdatArgument again = parseBdatArgument(line.argument);
    check(again.ok && again.size == b.size && again.last == b.last);
}

// ---- mailboxes and domains

void checkMailbox(QByteArrayView text)
{
    bool utf8 = false;
    if (isValidMailbox(text, &utf8)) {
        check(printableOrUtf8(text));
        check(utf8 == hasNonAscii(text));
        const qsizetype at = text.lastIndexOf('@');
        check(at > 0);
        // The path parser agrees, as far as the path length lets it.
        if (text.size() + 2 <= limits::path) {
            const PathArgument m = parseMailArgument("FROM:<" + text.toByteArray() + '>');
            check(m.ok && m.address == text && m.utf8 == utf8);
            const PathArgument r = parseRcptArgument("TO:<" + text.toByteArray() + '>');
            check(r.ok && r.address == text && !r.postmaster);
        }
    }
    if (isValidDomain(text)) {
        check(printableOrUtf8(text));
        check(!text.contains('@') && !text.startsWith('.') && !text.endsWith('.'));
        check(isValidMailbox("a@" + text.toByteArray()));
    }
}

// ---- AUTH in the formatter's transcript form

void checkRawRedaction(QByteArrayView line)
{
    const Command c = commands::raw(line);
    if (!c.isValid()) {
        check(c.wire.isEmpty());
        return;
    }
    check(c.wire == line.toByteArray() + "\r\n");
    // RFC 4954 4: AUTH mechanism [initial-response]; the response is a
    // secret unless it is "=" (empty).
    const QList<QByteArray> w = looseWords(line);
    if (w.size() < 3 || asciiUpper(w.at(0)) != "AUTH")
        return;
    const QByteArray shown = c.display();
    for (qsizetype i = 2; i < w.size(); ++i) {
        const QByteArray &secret = w.at(i);
        if (secret == "=")
            continue;
        // The verb and the mechanism are shown; a secret that is part of
        // them (or of the mask) cannot be told apart there.
        const QByteArray safe = asciiUpper(w.at(0) + ' ' + w.at(1) + " ********");
        if (safe.contains(asciiUpper(secret)))
            continue;
        check(!shown.contains(secret));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A command line is what a server reads up to LF; look at the first one
    // as the server would, and at the whole input as one argument.
    const qsizetype nl = input.indexOf('\n');
    QByteArrayView line = nl < 0 ? input : input.first(nl);
    if (line.endsWith('\r'))
        line.chop(1);

    checkSplit(input);
    checkSplit(line);
    const CommandLine cmd = splitCommandLine(line);

    for (QByteArrayView arg : {input, QByteArrayView(cmd.argument)}) {
        const PathArgument mail = parseMailArgument(arg);
        checkPath(mail, Kind::Mail);
        checkPathRoundTrip(mail, Kind::Mail);
        const PathArgument rcpt = parseRcptArgument(arg);
        checkPath(rcpt, Kind::Rcpt);
        checkPathRoundTrip(rcpt, Kind::Rcpt);
        checkBdat(arg);
        checkMailbox(arg);
    }
    // Inputs without a keyword reach the path grammar too.
    for (const char *keyword : {"FROM:", "TO:"}) {
        const QByteArray arg = keyword + input.toByteArray();
        const bool isMail = keyword[0] == 'F';
        const PathArgument p = isMail ? parseMailArgument(arg) : parseRcptArgument(arg);
        checkPath(p, isMail ? Kind::Mail : Kind::Rcpt);
        checkPathRoundTrip(p, isMail ? Kind::Mail : Kind::Rcpt);
    }
    checkRawRedaction(line);
    return 0;
}
