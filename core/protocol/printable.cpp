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

char32_t decode(const uchar *p, qsizetype length)
{
    if (length == 2)
        return char32_t(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
    if (length == 3)
        return char32_t(p[0] & 0x0f) << 12 | char32_t(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
    return char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3f) << 12 | char32_t(p[2] & 0x3f) << 6
        | (p[3] & 0x3f);
}

// Characters beyond ASCII that act on the display rather than show: the C1
// controls (ECMA-48 8.3; CSI is U+009B), the line and paragraph separators
// (a text view starts a new line at U+2028: a forged transcript line), and
// the bidirectional controls that reorder what is shown (Unicode UAX #9;
// the "Trojan Source" trick, CVE-2021-42574).
bool isDisplayControl(char32_t c)
{
    return (c >= 0x80 && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

template<typename Out> void escapeCodePoint(char32_t c, Out &out)
{
    const char escape[] = {'\\',
                           'u',
                           hexDigits[(c >> 12) & 0xf],
                           hexDigits[(c >> 8) & 0xf],
                           hexDigits[(c >> 4) & 0xf],
                           hexDigits[c & 0xf],
                           0};
    out += escape;
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
        if (length == 0 || isDisplayControl(decode(p + i, length)))
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
        } else if (const char32_t c = decode(p + i, length); isDisplayControl(c)) {
            escapeCodePoint(c, out);
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
    // Every display control is in the BMP: one QChar each.
    auto needsEscape = [lineBreaks](char16_t u) {
        if (u < 0x20)
            return u != '\t' && !(u == '\n' && lineBreaks == LineBreaks::Keep);
        return u == 0x7f || isDisplayControl(u);
    };
    bool clean = true;
    for (QChar ch : text)
        clean = clean && !needsEscape(ch.unicode());
    if (clean)
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (!needsEscape(u)) {
            out += ch;
            continue;
        }
        QByteArray escape;
        if (u < 0x80)
            escapeAscii(u, lineBreaks, escape);
        else
            escapeCodePoint(u, escape);
        out += QLatin1String(escape);
    }
    return out;
}

QByteArray terminalSafeJson(QByteArrayView json)
{
    // Outside strings JSON has only ASCII punctuation, digits and letters, so
    // these characters can only stand inside a string, where \uHHHH means
    // the same character.
    QByteArray out;
    out.reserve(json.size());
    const auto *p = reinterpret_cast<const uchar *>(json.data());
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            if (p[i] == 0x7f)
                escapeCodePoint(0x7f, out);
            else
                out += char(p[i]);
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceLength(p + i, n - i);
        if (length > 0 && isDisplayControl(decode(p + i, length))) {
            escapeCodePoint(decode(p + i, length), out);
            i += length;
        } else {
            const qsizetype take = qMax<qsizetype>(1, length);
            out.append(reinterpret_cast<const char *>(p + i), take);
            i += take;
        }
    }
    return out;
}

} // namespace postscope::protocol
