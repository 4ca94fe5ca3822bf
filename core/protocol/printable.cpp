#include "protocol/printable.h"

namespace postscope::protocol {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence (RFC 3629 4) that starts at p[0], or 0
// when p[0] does not start one (a stray continuation byte, an overlong
// form, a surrogate, beyond U+10FFFF, or cut short).
qsizetype utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    qsizetype length = 0;
    uchar low = 0x80, high = 0xbf; // allowed range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0; // no overlong forms
        else if (lead == 0xed)
            high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    }
    return length;
}

bool isC1(const uchar *p, qsizetype length)
{
    // U+0080..U+009F are encoded as C2 80..C2 9F.
    return length == 2 && p[0] == 0xc2 && p[1] <= 0x9f;
}

// The escape for one control character or stray byte; empty when c stays.
template<typename Out> bool escapeAscii(uint c, LineBreaks lineBreaks, Out &out)
{
    if (c == '\t' || (c == '\n' && lineBreaks == LineBreaks::Keep))
        return false;
    if (c >= 0x20 && c != 0x7f)
        return false;
    if (c == '\r') {
        out += "\\r";
    } else if (c == '\n') {
        out += "\\n";
    } else {
        const char escape[] = {'\\', 'x', hexDigits[(c >> 4) & 0xf], hexDigits[c & 0xf], 0};
        out += escape;
    }
    return true;
}

} // namespace

bool isPrintable(QByteArrayView bytes, LineBreaks lineBreaks)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 || c == 0x7f) && c != '\t'
                && !(c == '\n' && lineBreaks == LineBreaks::Keep))
                return false;
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceLength(p + i, n - i);
        if (length == 0 || isC1(p + i, length))
            return false;
        i += length;
    }
    return true;
}

QByteArray printable(QByteArrayView bytes, LineBreaks lineBreaks)
{
    if (isPrintable(bytes, lineBreaks))
        return bytes.toByteArray();
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray out;
    out.reserve(n + 16);
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            if (!escapeAscii(c, lineBreaks, out))
                out += char(c);
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceLength(p + i, n - i);
        if (length == 0) {
            // Not UTF-8: the byte itself, so that nothing is hidden or guessed.
            const char escape[] = {'\\', 'x', hexDigits[c >> 4], hexDigits[c & 0xf], 0};
            out += escape;
            ++i;
        } else if (isC1(p + i, length)) {
            // ECMA-48 8.3: C1 controls (CSI is U+009B) act like ESC sequences
            // on terminals that honour them.
            const uchar v = p[i + 1];
            const char escape[] = {'\\', 'u', '0', '0', hexDigits[v >> 4], hexDigits[v & 0xf], 0};
            out += escape;
            i += length;
        } else {
            out.append(reinterpret_cast<const char *>(p + i), length);
            i += length;
        }
    }
    return out;
}

QString printable(QStringView text, LineBreaks lineBreaks)
{
    bool clean = true;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != '\t' && !(u == '\n' && lineBreaks == LineBreaks::Keep))
            || (u >= 0x7f && u <= 0x9f)) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80) {
            QByteArray escape;
            if (escapeAscii(u, lineBreaks, escape))
                out += QLatin1String(escape);
            else
                out += ch;
        } else if (u <= 0x9f) {
            out += QStringLiteral("\\u00") + QLatin1Char(hexDigits[u >> 4])
                + QLatin1Char(hexDigits[u & 0xf]);
        } else {
            out += ch;
        }
    }
    return out;
}

QByteArray terminalSafeJson(QByteArrayView json)
{
    // Outside strings JSON has only ASCII punctuation, digits and letters, so
    // these characters can only stand inside a string, where \u00HH means
    // the same character.
    QByteArray out;
    out.reserve(json.size());
    const auto *p = reinterpret_cast<const uchar *>(json.data());
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if (c == 0x7f) {
            out += "\\u007f";
        } else if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f) {
            const uchar v = p[++i];
            const char escape[] = {'\\', 'u', '0', '0', hexDigits[v >> 4], hexDigits[v & 0xf], 0};
            out += escape;
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace postscope::protocol
