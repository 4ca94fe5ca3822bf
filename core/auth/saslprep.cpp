#include "auth/saslprep.h"

#include <QCoreApplication>
#include <QList>

namespace postscope::auth {

namespace {

bool inRange(char32_t c, char32_t first, char32_t last)
{
    return c >= first && c <= last;
}

// RFC 3454 C.1.2: non-ASCII space characters; RFC 4013 2.1 maps them to SPACE.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || inRange(c, 0x2000, 0x200B) || c == 0x202F
            || c == 0x205F || c == 0x3000;
}

// RFC 3454 B.1: commonly mapped to nothing (RFC 4013 2.1).
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || inRange(c, 0x180B, 0x180D)
            || inRange(c, 0x200B, 0x200D) || c == 0x2060 || inRange(c, 0xFE00, 0xFE0F)
            || c == 0xFEFF;
}

// RFC 4013 2.3: the prohibited tables C.1.2 to C.9 of RFC 3454.
bool isProhibited(char32_t c)
{
    return isNonAsciiSpace(c)                                           // C.1.2
            || c < 0x20 || c == 0x7F                                    // C.2.1
            || inRange(c, 0x80, 0x9F) || c == 0x06DD || c == 0x070F    // C.2.2
            || c == 0x180E || c == 0x200C || c == 0x200D || c == 0x2028 || c == 0x2029
            || inRange(c, 0x2060, 0x2063) || inRange(c, 0x206A, 0x206F) || c == 0xFEFF
            || inRange(c, 0xFFF9, 0xFFFC) || inRange(c, 0x1D173, 0x1D17A)
            || inRange(c, 0xE000, 0xF8FF) || inRange(c, 0xF0000, 0xFFFFD)   // C.3
            || inRange(c, 0x100000, 0x10FFFD)
            || inRange(c, 0xFDD0, 0xFDEF) || (c & 0xFFFE) == 0xFFFE        // C.4
            || inRange(c, 0xD800, 0xDFFF)                               // C.5
            || inRange(c, 0xFFF9, 0xFFFD)                               // C.6
            || inRange(c, 0x2FF0, 0x2FFB)                               // C.7
            || c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F // C.8
            || inRange(c, 0x202A, 0x202E)
            || c == 0xE0001 || inRange(c, 0xE0020, 0xE007F);            // C.9
}

} // namespace

std::optional<QString> saslPrep(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    // Fast path: printable ASCII is left as it is by every step below.
    bool ascii = true;
    for (QChar ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() >= 0x7F) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text;

    // A lone surrogate is C.5; toUcs4() would turn it into U+FFFD and hide it.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (ch.isSurrogate())
            return fail(QCoreApplication::translate("postscope::auth",
                                                    "the text holds a lone surrogate"));
    }

    // RFC 4013 2.1: mapping.
    QString mapped;
    mapped.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            c = U' ';
        mapped.append(QString::fromUcs4(&c, 1));
    }

    // RFC 4013 2.2: normalisation form KC.
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);

    // RFC 4013 2.3 and 2.4 (RFC 3454 6): prohibited output and bidi rule.
    bool hasRandAL = false;
    bool hasL = false;
    const QList<uint> codePoints = normalized.toUcs4();
    for (uint c : codePoints) {
        if (isProhibited(c))
            return fail(QCoreApplication::translate("postscope::auth",
                                                    "the text holds a prohibited character U+%1")
                                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0')));
        const QChar::Direction dir = QChar::direction(c);
        if (dir == QChar::DirR || dir == QChar::DirAL)
            hasRandAL = true;
        else if (dir == QChar::DirL)
            hasL = true;
    }
    if (hasRandAL) {
        const auto isRandAL = [](uint c) {
            const QChar::Direction dir = QChar::direction(c);
            return dir == QChar::DirR || dir == QChar::DirAL;
        };
        if (hasL || !isRandAL(codePoints.first()) || !isRandAL(codePoints.last()))
            return fail(QCoreApplication::translate(
                    "postscope::auth", "the text mixes right-to-left and left-to-right characters"));
    }
    return normalized;
}

} // namespace postscope::auth
