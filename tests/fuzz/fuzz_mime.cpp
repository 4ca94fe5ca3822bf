// libFuzzer target: what core/mime does with a hostile message (a received
// mail, a saved .eml, the bytes `lint` judges). abort()s when the lint's
// findings depend on how the bytes are cut into pieces, when a parsed
// part's offsets fall outside the message, or when editing a header field
// of an .eml changes a single octet of its body.
#include "mime/emldocument.h"
#include "mime/envelope.h"
#include "mime/lint.h"
#include "mime/parsedmessage.h"

#include <cstdint>
#include <cstdlib>

using namespace postscope::mime;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

QList<QByteArray> ids(const QList<LintFinding> &findings)
{
    QList<QByteArray> out;
    for (const LintFinding &f : findings)
        out.append(f.id);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 17;
    const QByteArray message(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    LintContext context;
    context.envelope.sender = "ann@example.test";
    context.envelope.recipients = {postscope::engine::Recipient {"bob@example.test", {}}};
    context.blindRecipients = {"bob@example.test"};
    const QList<LintFinding> whole = lintMessage(message, context);
    Linter pieces(context);
    for (qsizetype i = 0; i < message.size(); i += step)
        pieces.feed(QByteArrayView(message).sliced(i, qMin(step, message.size() - i)));
    check(ids(pieces.finish()) == ids(whole));

    const ParsedMessage parsed = ParsedMessage::fromBytes(message);
    if (parsed.isValid()) {
        for (int i = 0; i < parsed.parts().size(); ++i) {
            const ParsedPart &p = parsed.parts().at(i);
            check(p.begin <= message.size() && p.end <= message.size());
            if (p.bodyBegin >= 0)
                check(p.bodyBegin <= p.end);
            QString error;
            parsed.content(i, &error, 1 << 16);
        }
        parsed.tree();
    }

    if (headerSectionLength(message) >= 0) {
        EmlDocument doc = EmlDocument::fromBytes(message);
        const QByteArray body = doc.body();
        doc.setHeader("X-Fuzz", "edited");
        check(doc.body() == body);
        doc.removeHeader("Subject");
        check(doc.body() == body);
    }
    return 0;
}
