// libFuzzer target: the message data transform (RFC 5321 2.3.8, 4.5.2) fed
// with arbitrary bytes in arbitrary pieces. abort()s when the output holds a
// bare CR or LF, anything a lenient server could take for the end of data
// before the final CRLF.CRLF (the 2023 "SMTP smuggling" look-alikes, with or
// without NULs), when the pieces change the output, or when unstuffing does
// not give back the input with its line endings made CRLF.
#include "protocol/datatransform.h"

#include <cstdint>
#include <cstdlib>

using namespace postscope::protocol;
using Mode = DataEncoder::Mode;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

// An independent reference: CRLF, bare CR and bare LF each become CRLF, and
// non-empty content ends with CRLF.
QByteArray expectedContent(QByteArrayView in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
            out += "\r\n";
        } else if (in[i] == '\n') {
            out += "\r\n";
        } else {
            out += in[i];
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

void checkNoBareLineEnds(const QByteArray &wire)
{
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\r')
            check(i + 1 < wire.size() && wire[i + 1] == '\n');
        if (wire[i] == '\n')
            check(i > 0 && wire[i - 1] == '\r');
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint32_t rng = data[0] * 2654435761u + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray content = expectedContent(input);

    for (const Mode mode : {Mode::DotStuffing, Mode::LineEndingsOnly}) {
        const QByteArray whole = DataEncoder::encodeAll(input, mode);

        // Random pieces, including empty ones, give the same bytes.
        DataEncoder encoder(mode);
        QByteArray pieces;
        qsizetype pos = 0;
        while (pos < input.size()) {
            rng = rng * 1664525u + 1013904223u;
            const qsizetype n = qMin<qsizetype>((rng >> 8) % 9, input.size() - pos);
            if (rng & 1)
                encoder.encode(input.sliced(pos, n), &pieces);
            else
                pieces += encoder.encode(input.sliced(pos, n));
            pos += n;
        }
        pieces += encoder.finish();
        check(pieces == whole);

        checkNoBareLineEnds(whole);
        if (mode == Mode::LineEndingsOnly) {
            check(whole == content);
            continue;
        }

        // Exactly one end of data, at the end.
        check(whole == ".\r\n" || whole.endsWith("\r\n.\r\n"));
        const QByteArray body = whole.chopped(3);
        check(body.isEmpty() || body.endsWith("\r\n"));
        // No line of the body is a lone dot, even to a next hop that drops
        // NULs ("CRLF NUL . CRLF"); so no "\r\n.\r\n" either.
        qsizetype start = 0;
        while (start < body.size()) {
            const qsizetype end = body.indexOf("\r\n", start);
            check(end >= 0);
            qsizetype i = start;
            while (i < end && body[i] == '\0')
                ++i;
            if (i < end && body[i] == '.') {
                // A line that starts with a dot (after NULs) was stuffed.
                check(i + 1 < end && body[i + 1] == '.');
            }
            start = end + 2;
        }
        check(unstuff(body) == content);
    }
    return 0;
}
