#include "protocol/commandparser.h"

#include "protocol/reply.h"

#include <QHostAddress>

namespace postscope::protocol {

namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 5322 3.2.3 atext, extended by RFC 6531 3.3 with UTF-8 octets.
bool isAtext(char c)
{
    if (isAlpha(c) || isDigit(c) || isNonAscii(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '/': case '=': case '?': case '^': case '_': case '`': case '{':
    case '|': case '}': case '~':
        return true;
    default:
        return false;
    }
}

// A cursor over the argument, so that each grammar rule reads like the ABNF.
struct Cursor
{
    QByteArrayView s;
    qsizetype i = 0;
    bool utf8 = false;

    bool atEnd() const { return i >= s.size(); }
    char peek() const { return atEnd() ? '\0' : s[i]; }
    bool take(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++i;
        return true;
    }
};

// RFC 5321 4.1.2: sub-domain = Let-dig [Ldh-str]; Ldh-str ends in Let-dig.
bool parseSubDomain(Cursor &c)
{
    const qsizetype start = c.i;
    while (!c.atEnd() && (isAlpha(c.peek()) || isDigit(c.peek()) || c.peek() == '-' || isNonAscii(c.peek()))) {
        if (isNonAscii(c.peek()))
            c.utf8 = true;
        ++c.i;
    }
    if (c.i == start)
        return false;
    // Neither first nor last may be a hyphen.
    return c.s[start] != '-' && c.s[c.i - 1] != '-';
}

bool parseDomain(Cursor &c)
{
    if (!parseSubDomain(c))
        return false;
    while (c.peek() == '.' && !c.atEnd()) {
        ++c.i;
        if (!parseSubDomain(c))
            return false;
    }
    return true;
}

bool isValidIpv4(QByteArrayView text)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype k = 0; k <= text.size(); ++k) {
            if (k == text.size() || text[k] == '.') {
                out.append(text.sliced(start, k - start));
                start = k + 1;
            }
        }
        return out;
    }();
    if (parts.size() != 4)
        return false;
    for (QByteArrayView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        int v = 0;
        for (char ch : p) {
            if (!isDigit(ch))
                return false;
            v = v * 10 + (ch - '0');
        }
        if (v > 255)
            return false;
    }
    return true;
}

// RFC 5321 4.1.3: address-literal = "[" ( IPv4 / IPv6 / General ) "]"
bool parseAddressLiteral(Cursor &c)
{
    if (!c.take('['))
        return false;
    const qsizetype start = c.i;
    while (!c.atEnd() && c.peek() != ']' && c.peek() != '[' && c.peek() != '\\')
        ++c.i;
    if (!c.take(']'))
        return false;
    const QByteArrayView inner = c.s.sliced(start, c.i - 1 - start);
    if (isValidIpv4(inner))
        return true;
    const qsizetype colon = inner.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView tag = inner.first(colon);
    const QByteArrayView rest = inner.sliced(colon + 1);
    if (rest.isEmpty())
        return false;
    if (tag.compare("IPv6", Qt::CaseInsensitive) == 0) {
        // IPv6-addr is hex digits, ":" and, in an IPv4 tail, digits and ".".
        // QHostAddress alone also takes spaces around it and a "%scope".
        for (char ch : rest) {
            if (!(isHexDigit(ch) || ch == ':' || ch == '.'))
                return false;
        }
        QHostAddress addr;
        return addr.setAddress(QString::fromLatin1(rest)) && addr.protocol() == QAbstractSocket::IPv6Protocol;
    }
    // General-address-literal = Standardized-tag ":" 1*dcontent, where the
    // tag is an Ldh-str registered with IANA: ASCII only. RFC 6531 3.3 lets
    // UTF-8 into sub-domains, not into address literals.
    Cursor t{tag};
    if (!parseSubDomain(t) || !t.atEnd() || t.utf8)
        return false;
    for (char ch : rest) {
        const auto u = static_cast<unsigned char>(ch);
        if (!((u >= 33 && u <= 90) || (u >= 94 && u <= 126)))
            return false;
    }
    return true;
}

// RFC 5321 4.1.2: Local-part = Dot-string / Quoted-string
bool parseLocalPart(Cursor &c)
{
    if (c.peek() == '"' && !c.atEnd()) {
        ++c.i;
        while (!c.atEnd()) {
            const char ch = c.peek();
            const auto u = static_cast<unsigned char>(ch);
            if (ch == '"') {
                ++c.i;
                return true;
            }
            if (ch == '\\') {
                // quoted-pairSMTP = %d92 %d32-126
                ++c.i;
                if (c.atEnd())
                    return false;
                const auto q = static_cast<unsigned char>(c.peek());
                if (q < 32 || q > 126)
                    return false;
                ++c.i;
                continue;
            }
            // qtextSMTP = %d32-33 / %d35-91 / %d93-126, plus UTF-8 (RFC 6531)
            if (u >= 0x80) {
                c.utf8 = true;
            } else if (u < 32 || u > 126) {
                return false;
            }
            ++c.i;
        }
        return false;
    }
    // Dot-string = Atom *("." Atom)
    auto atom = [&c] {
        const qsizetype start = c.i;
        while (!c.atEnd() && isAtext(c.peek())) {
            if (isNonAscii(c.peek()))
                c.utf8 = true;
            ++c.i;
        }
        return c.i > start;
    };
    if (!atom())
        return false;
    while (c.peek() == '.' && !c.atEnd()) {
        ++c.i;
        if (!atom())
            return false;
    }
    return true;
}

bool parseMailbox(Cursor &c)
{
    const qsizetype start = c.i;
    if (!parseLocalPart(c))
        return false;
    // RFC 5321 4.5.3.1.1: local part at most 64 octets
    if (c.i - start > 64)
        return false;
    if (!c.take('@'))
        return false;
    if (c.peek() == '[')
        return parseAddressLiteral(c);
    return parseDomain(c);
}

QByteArrayView trimSpaces(QByteArrayView v)
{
    while (!v.isEmpty() && v.front() == ' ')
        v = v.sliced(1);
    while (!v.isEmpty() && v.back() == ' ')
        v.chop(1);
    return v;
}

// RFC 5321 4.1.2: esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")
//                 esmtp-value   = 1*(%d33-60 / %d62-126), UTF-8 allowed by RFC 6531 3.3
bool parseParams(QByteArrayView text, QList<EsmtpParam> *out, QByteArray *error)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        qsizetype end = text.indexOf(' ', i);
        if (end < 0)
            end = text.size();
        const QByteArrayView token = text.sliced(i, end - i);
        i = end;
        const qsizetype eq = token.indexOf('=');
        const QByteArrayView key = eq < 0 ? token : token.first(eq);
        if (key.isEmpty() || !(isAlpha(key[0]) || isDigit(key[0]))) {
            *error = "Syntax error in parameters";
            return false;
        }
        for (char ch : key) {
            if (!(isAlpha(ch) || isDigit(ch) || ch == '-')) {
                *error = "Syntax error in parameters";
                return false;
            }
        }
        EsmtpParam p;
        p.keyword = key.toByteArray().toUpper();
        if (eq >= 0) {
            const QByteArrayView value = token.sliced(eq + 1);
            if (value.isEmpty()) {
                *error = "Syntax error in parameters";
                return false;
            }
            for (char ch : value) {
                const auto u = static_cast<unsigned char>(ch);
                if (!(u >= 0x80 || (u >= 33 && u <= 126 && u != '='))) {
                    *error = "Syntax error in parameters";
                    return false;
                }
            }
            p.value = value.toByteArray();
            p.hasValue = true;
        }
        for (const EsmtpParam &seen : std::as_const(*out)) {
            if (seen.keyword == p.keyword) {
                *error = "Duplicate parameter " + quoteForReply(p.keyword);
                return false;
            }
        }
        out->append(p);
    }
    return true;
}

enum class PathKind { Reverse, Forward };

PathArgument parsePathArgument(QByteArrayView argument, QByteArrayView keyword, PathKind kind)
{
    PathArgument r;
    QByteArrayView text = argument;
    while (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);
    if (text.size() < keyword.size() || text.first(keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0) {
        r.error = "Syntax: " + (kind == PathKind::Reverse ? QByteArray("MAIL FROM:<address>")
                                                          : QByteArray("RCPT TO:<address>"));
        return r;
    }
    text = text.sliced(keyword.size());
    // Lenient like Postfix: "FROM: <a@b>" is common.
    while (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);

    Cursor c{text};
    if (!c.take('<')) {
        r.error = "Syntax: the address must be in angle brackets";
        return r;
    }
    const QByteArray badAddress = kind == PathKind::Reverse ? QByteArray("Bad sender address syntax")
                                                            : QByteArray("Bad recipient address syntax");
    if (c.peek() == '>' && !c.atEnd()) {
        ++c.i;
        if (kind == PathKind::Forward) {
            r.error = badAddress;
            return r;
        }
        r.nullPath = true;
    } else {
        const qsizetype pathStart = c.i;
        // RFC 5321 4.1.2 A-d-l: accepted, and ignored (RFC 5321 C).
        if (c.peek() == '@' && !c.atEnd()) {
            for (;;) {
                if (!c.take('@') || !parseDomain(c)) {
                    r.error = badAddress;
                    return r;
                }
                if (c.take(','))
                    continue;
                if (c.take(':'))
                    break;
                r.error = badAddress;
                return r;
            }
            r.sourceRoute = text.sliced(pathStart, c.i - 1 - pathStart).toByteArray();
        }
        const qsizetype boxStart = c.i;
        // RFC 5321 4.5.1: "<Postmaster>" with no domain is a valid recipient.
        if (kind == PathKind::Forward && r.sourceRoute.isEmpty() && text.size() - boxStart >= 11
            && text.sliced(boxStart, 11).compare("Postmaster>", Qt::CaseInsensitive) == 0) {
            r.postmaster = true;
            r.address = text.sliced(boxStart, 10).toByteArray();
            c.i = boxStart + 11;
        } else {
            if (!parseMailbox(c) || !c.take('>')) {
                r.error = badAddress;
                return r;
            }
            r.address = text.sliced(boxStart, c.i - 1 - boxStart).toByteArray();
        }
        // RFC 5321 4.5.3.1.3: a path is at most 256 octets including the brackets.
        if (c.i - pathStart + 1 > 256) {
            r.error = "Path too long";
            return r;
        }
    }
    r.utf8 = c.utf8;
    const QByteArrayView rest = text.sliced(c.i);
    if (!rest.isEmpty() && rest.front() != ' ') {
        r.error = badAddress;
        return r;
    }
    if (!parseParams(rest, &r.params, &r.error))
        return r;
    r.ok = true;
    return r;
}

} // namespace

qsizetype findControlOctet(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto u = static_cast<unsigned char>(line[i]);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return i;
    }
    return -1;
}

CommandLine splitCommandLine(QByteArrayView line)
{
    CommandLine out;
    out.controlAt = findControlOctet(line);
    const qsizetype space = line.indexOf(' ');
    if (space < 0) {
        out.verb = line.toByteArray().toUpper();
        return out;
    }
    out.verb = line.first(space).toByteArray().toUpper();
    out.argument = line.sliced(space + 1).toByteArray();
    out.hasArgument = true;
    return out;
}

namespace {

// The transcript form of a secret.
constexpr char hiddenSecret[] = "********";

// Separators as a lenient server might read them: SP, HTAB and any control.
bool isSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f;
}

// RFC 4422 3.1: sasl-mech = 1*20mech-char, mech-char = UPPER-ALPHA / DIGIT /
// "-" / "_" (any case here: servers compare case-insensitively).
bool isMechanismName(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 20)
        return false;
    for (const char c : word) {
        if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '_'))
            return false;
    }
    return true;
}

} // namespace

QByteArray redactClientLine(QByteArrayView line, ClientLineKind kind)
{
    if (kind == ClientLineKind::SaslResponse) {
        // RFC 4954 4: every response to a 334 may carry a credential; an
        // empty line and the "*" that cancels carry none.
        if (line.isEmpty() || line == "*")
            return {};
        return hiddenSecret;
    }
    // Normalise as a lenient server would: skip leading separators, take the
    // verb up to the next separator, compare without case.
    qsizetype i = 0;
    while (i < line.size() && isSeparator(line[i]))
        ++i;
    const qsizetype verbStart = i;
    while (i < line.size() && !isSeparator(line[i]))
        ++i;
    const QByteArrayView verb = line.sliced(verbStart, i - verbStart);
    // "AUTH", and anything that starts like it, which a server with a
    // looser verb match could still take for AUTH.
    if (verb.size() < 4 || verb.first(4).compare("AUTH", Qt::CaseInsensitive) != 0)
        return {};
    if (verb.size() > 4) {
        // "AUTHPLAIN x", "AUTH<base64>": what follows the four letters may
        // be the secret itself.
        return verb.first(4).toByteArray() + ' ' + hiddenSecret;
    }
    while (i < line.size() && isSeparator(line[i]))
        ++i;
    const qsizetype mechStart = i;
    while (i < line.size() && !isSeparator(line[i]))
        ++i;
    const QByteArrayView mechanism = line.sliced(mechStart, i - mechStart);
    while (i < line.size() && isSeparator(line[i]))
        ++i;
    const QByteArrayView rest = line.sliced(i);
    // A server that splits at SP and HTAB only (RFC 5321's own grammar) may
    // read the line otherwise: another word as the mechanism ("AUTH <ctrl>
    // PLAIN x": the control octets), or a response where the reading above
    // found none ("AUTH PLAIN <ctrl> ="). The mechanism is shown only when
    // both readings name the same one, and the line is left whole only when
    // neither finds a response.
    const auto isSpOrTab = [](char c) { return c == ' ' || c == '\t'; };
    qsizetype j = 0;
    while (j < line.size() && isSpOrTab(line[j]))
        ++j;
    const qsizetype spVerbStart = j;
    while (j < line.size() && !isSpOrTab(line[j]))
        ++j;
    QByteArrayView spRest;
    if (line.sliced(spVerbStart, j - spVerbStart).compare("AUTH", Qt::CaseInsensitive) == 0) {
        while (j < line.size() && isSpOrTab(line[j]))
            ++j;
        const qsizetype spMechStart = j;
        while (j < line.size() && !isSpOrTab(line[j]))
            ++j;
        if (line.sliced(spMechStart, j - spMechStart) != mechanism)
            return verb.toByteArray() + ' ' + hiddenSecret;
        while (j < line.size() && isSpOrTab(line[j]))
            ++j;
        spRest = line.sliced(j);
    }
    if (isMechanismName(mechanism)) {
        // "AUTH PLAIN" or "AUTH PLAIN =" (an empty initial response) carry no secret.
        if ((rest.isEmpty() || rest == "=") && (spRest.isEmpty() || spRest == "="))
            return {};
        return verb.toByteArray() + ' ' + mechanism.toByteArray() + ' ' + hiddenSecret;
    }
    if (mechanism.isEmpty())
        return {};
    // A mechanism that is not a name may be the response itself: keep only the verb.
    return verb.toByteArray() + ' ' + hiddenSecret;
}

const EsmtpParam *PathArgument::param(QByteArrayView keyword) const
{
    for (const EsmtpParam &p : params) {
        if (p.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

PathArgument parseMailArgument(QByteArrayView argument)
{
    return parsePathArgument(argument, "FROM:", PathKind::Reverse);
}

PathArgument parseRcptArgument(QByteArrayView argument)
{
    return parsePathArgument(argument, "TO:", PathKind::Forward);
}

bool isValidMailbox(QByteArrayView mailbox, bool *utf8)
{
    Cursor c{mailbox};
    const bool ok = parseMailbox(c) && c.atEnd();
    if (utf8)
        *utf8 = c.utf8;
    return ok;
}

bool isValidDomain(QByteArrayView domain)
{
    Cursor c{domain};
    return parseDomain(c) && c.atEnd();
}

BdatArgument parseBdatArgument(QByteArrayView argument)
{
    BdatArgument r;
    const QByteArrayView text = trimSpaces(argument);
    qsizetype i = 0;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == 0) {
        r.error = "Syntax: BDAT chunk-size [LAST]";
        return r;
    }
    if (i > 18) {
        r.error = "Chunk size too large";
        return r;
    }
    qint64 size = 0;
    for (qsizetype k = 0; k < i; ++k)
        size = size * 10 + (text[k] - '0');
    const QByteArrayView rest = trimSpaces(text.sliced(i));
    if (i < text.size() && text[i] != ' ') {
        r.error = "Syntax: BDAT chunk-size [LAST]";
        return r;
    }
    if (!rest.isEmpty()) {
        if (rest.compare("LAST", Qt::CaseInsensitive) != 0) {
            r.error = "Syntax: BDAT chunk-size [LAST]";
            return r;
        }
        r.last = true;
    }
    r.size = size;
    r.ok = true;
    return r;
}

} // namespace postscope::protocol
