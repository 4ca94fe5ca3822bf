// libFuzzer target: the reply parser fed with arbitrary server bytes in
// arbitrary pieces. Besides "no crash, no hang, no leak" (ASan, UBSan) it
// checks that the pieces do not matter (whole, byte by byte and random pieces
// give the same replies and the same error state), that every reply keeps the
// exact bytes it came from, and that the limits hold.
#include "protocol/reply.h"

#include <cstdint>
#include <cstdlib>

using namespace postscope::protocol;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

struct Result
{
    QList<Reply> replies;
    bool error = false;
    qsizetype buffered = 0;
};

// A tiny deterministic generator, so that a crash reproduces from its input.
struct Rng
{
    uint32_t state;
    uint32_t next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
};

Result run(QByteArrayView input, ReplyParser::Limits limits, int mode, uint32_t seed)
{
    ReplyParser parser(limits);
    Result out;
    Rng rng {seed};
    qsizetype pos = 0;
    while (pos < input.size()) {
        qsizetype n = input.size() - pos; // mode 0: all at once
        if (mode == 1)
            n = 1;
        else if (mode == 2)
            n = qMin<qsizetype>(1 + rng.next() % 17, n);
        parser.feed(input.sliced(pos, n));
        pos += n;
        Reply reply;
        ReplyParser::Status status;
        while ((status = parser.next(&reply)) == ReplyParser::Status::GotReply)
            out.replies.append(reply);
        if (status == ReplyParser::Status::Error) {
            check(parser.hasError());
            check(!parser.errorString().isEmpty());
            // Sticky: nothing more comes out.
            check(parser.next(&reply) == ReplyParser::Status::Error);
            break;
        }
        check(!parser.hasError());
    }
    out.error = parser.hasError();
    out.buffered = parser.bufferedSize();
    return out;
}

void checkReplies(const Result &r, QByteArrayView input, const ReplyParser::Limits &limits)
{
    QByteArray raws;
    for (const Reply &reply : r.replies) {
        check(reply.isValid());
        check(reply.code >= 100 && reply.code <= 599);
        check(!reply.lines.isEmpty());
        check(reply.lines.size() <= limits.maxLinesPerReply);
        check(reply.raw.endsWith('\n'));
        for (const QByteArray &line : reply.lines) {
            check(line.size() <= limits.maxLineLength);
            check(!line.contains('\n'));
        }
        // RFC 3463: the enhanced code only when its class is the reply's.
        check(!reply.enhanced.isValid() || reply.enhanced.klass == reply.klass());
        // Each raw line starts with the reply's code.
        const QByteArray digits = QByteArray::number(reply.code);
        for (const QByteArray &rawLine : reply.raw.split('\n')) {
            if (!rawLine.isEmpty())
                check(rawLine.startsWith(digits));
        }
        // The canonical form reads back the same.
        ReplyParser again;
        const QByteArray wire = reply.toWire();
        again.feed(wire);
        Reply back;
        check(again.next(&back) == ReplyParser::Status::GotReply);
        check(back.code == reply.code);
        check(back.lines.size() == reply.lines.size());
        check(again.bufferedSize() == 0);
        raws += reply.raw;
    }
    // The replies are exactly the bytes they came from, in order.
    check(input.startsWith(raws));
    if (!r.error)
        check(r.buffered == input.size() - raws.size());
}

bool sameReplies(const Result &a, const Result &b)
{
    if (a.error != b.error || a.replies.size() != b.replies.size())
        return false;
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        const Reply &x = a.replies.at(i);
        const Reply &y = b.replies.at(i);
        if (x.code != y.code || x.lines != y.lines || x.raw != y.raw || !(x.enhanced == y.enhanced))
            return false;
    }
    return a.error || a.buffered == b.buffered;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ReplyParser::Limits limits;
    if (control & 1) {
        // Small limits, so that inputs reach them.
        limits.maxLineLength = 16 + (control >> 4);
        limits.maxLinesPerReply = 1 + ((control >> 1) & 7);
    }
    const Result whole = run(input, limits, 0, 0);
    const Result bytes = run(input, limits, 1, 0);
    const Result pieces = run(input, limits, 2, control * 2654435761u);
    checkReplies(whole, input, limits);
    check(sameReplies(whole, bytes));
    check(sameReplies(whole, pieces));

    // The buffer limit: bounded memory whatever the input, even unread.
    ReplyParser::Limits tight = limits;
    tight.maxBuffered = 64;
    ReplyParser bounded(tight);
    for (qsizetype pos = 0; pos < input.size(); pos += 7)
        bounded.feed(input.sliced(pos, qMin<qsizetype>(7, input.size() - pos)));
    check(bounded.bufferedSize() <= 64);
    Reply reply;
    while (bounded.next(&reply) == ReplyParser::Status::GotReply)
        check(reply.isValid());
    const QByteArray rest = bounded.takeBuffered();
    check(rest.size() <= 64);
    check(bounded.bufferedSize() == 0);
    return 0;
}
