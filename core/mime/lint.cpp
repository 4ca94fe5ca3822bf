// GMime (glib) first: Qt's "signals" macro breaks glib's headers.
#include <gmime/gmime.h>

#include "mime/envelope.h"
#include "mime/gmimeref.h"
#include "mime/lint.h"

#include <QCoreApplication>
#include <QUrl>

namespace postscope::mime {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::mime", text, disambiguation, n);
}

// Bounds no input can stretch: a header block (of the message or a part)
// kept for judging, MIME nesting followed, parts remembered.
constexpr qsizetype maxHeaderBlock = 256 * 1024;
constexpr int maxDepth = 64;
constexpr int maxParts = 10000;

// Addresses compare with their domains as A-labels (RFC 5890) and
// case-insensitively: "j@exämple.test" is "j@xn--exmple-cua.test".
QByteArray comparable(const QByteArray &address)
{
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0)
        return address.toLower();
    const QByteArray ace = QUrl::toAce(QString::fromUtf8(address.mid(at + 1)));
    return (address.left(at) + '@' + (ace.isEmpty() ? address.mid(at + 1) : ace)).toLower();
}

struct Part
{
    QByteArray type; // lower-case type/subtype
    int parent = -1;
};

} // namespace

struct Linter::Private
{
    LintContext ctx;
    // Line state.
    QByteArray line; // the current line, kept only while it may be a header or boundary
    qint64 lineLength = 0;
    bool pendingCr = false;
    qint64 bareLf = 0, bareCr = 0, longLines = 0, longHeaderLines = 0;
    bool eightBitBody = false, eightBitHeader = false;
    qint64 size = 0;
    // Structure.
    bool inHeader = true; // in a header block (the message's or a part's)
    QByteArray headerBlock;
    bool headerTruncated = false;
    bool topDone = false;
    QByteArray topHeader;
    QList<QByteArray> boundaries; // open multiparts, innermost last
    QList<int> containers; // part index of each open multipart
    QList<Part> parts;
    int pendingParent = -1; // the multipart whose child's header is being read

    void endLine(bool bare);
    void headerBlockDone();
    void add(QList<LintFinding> &out, LintFinding::Severity s, const char *id,
             const QString &message, const QString &fix, bool needsExtension = false) const
    {
        out.append(LintFinding {s, id, message, fix, needsExtension});
    }
};

Linter::Linter(LintContext context)
    : d(std::make_unique<Private>())
{
    d->ctx = std::move(context);
}

Linter::~Linter() = default;

void Linter::Private::headerBlockDone()
{
    if (!topDone) {
        topDone = true;
        topHeader = headerBlock;
    }
    QByteArray type = "text/plain";
    QByteArray boundary;
    for (const HeaderField &f : parseHeaderFields(headerBlock)) {
        if (f.name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            continue;
        Ref<GMimeContentType> ct(g_mime_content_type_parse(nullptr, f.value.constData()));
        if (ct.get()) {
            char *mime = g_mime_content_type_get_mime_type(ct.get());
            type = QByteArray(mime).toLower();
            g_free(mime);
            if (const char *b = g_mime_content_type_get_parameter(ct.get(), "boundary"))
                boundary = b;
        }
        break;
    }
    if (parts.size() < maxParts) {
        parts.append(Part {type, pendingParent});
        if (type.startsWith("multipart/") && !boundary.isEmpty() && boundaries.size() < maxDepth) {
            boundaries.append("--" + boundary);
            containers.append(parts.size() - 1);
        }
    }
    headerBlock.clear();
    headerTruncated = false;
    inHeader = false;
}

void Linter::Private::endLine(bool bare)
{
    Q_UNUSED(bare);
    // RFC 5322 2.1.1: at most 998 octets before CRLF.
    if (lineLength > 998) {
        if (inHeader)
            ++longHeaderLines;
        else
            ++longLines;
    }
    if (inHeader) {
        if (lineLength == 0) {
            headerBlockDone();
        } else if (headerBlock.size() + line.size() < maxHeaderBlock) {
            headerBlock += line;
            headerBlock += "\r\n";
        }
    } else if (!boundaries.isEmpty() && line.startsWith("--")) {
        // RFC 2046 5.1.1: a delimiter line, maybe with trailing blanks.
        const QByteArray trimmed = line.trimmed();
        for (qsizetype i = boundaries.size() - 1; i >= 0; --i) {
            if (trimmed == boundaries.at(i)) {
                boundaries.resize(i + 1);
                containers.resize(i + 1);
                pendingParent = containers.at(i);
                inHeader = true;
                break;
            }
            if (trimmed == boundaries.at(i) + "--") {
                boundaries.resize(i);
                containers.resize(i);
                break;
            }
        }
    }
    line.clear();
    lineLength = 0;
}

void Linter::feed(QByteArrayView data)
{
    Private &p = *d;
    p.size += data.size();
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (p.pendingCr) {
            p.pendingCr = false;
            if (c == '\n') {
                p.endLine(false);
                continue;
            }
            ++p.bareCr;
            p.endLine(true);
        }
        if (c == '\r') {
            p.pendingCr = true;
            continue;
        }
        if (c == '\n') {
            ++p.bareLf;
            p.endLine(true);
            continue;
        }
        if (c & 0x80) {
            if (p.inHeader)
                p.eightBitHeader = true;
            else
                p.eightBitBody = true;
        }
        ++p.lineLength;
        // Only header lines and possible delimiters are kept (bounded).
        if ((p.inHeader || p.lineLength <= 2 || p.line.startsWith("--")) && p.line.size() < 1000)
            p.line += ch;
    }
}

void Linter::skipLines(qint64 octets, qint64 maxLineLength, bool eightBit)
{
    // Callers skip only whole lines of a body (the builder's segments).
    Q_ASSERT(!d->pendingCr && d->lineLength == 0 && !d->inHeader);
    d->size += octets;
    if (maxLineLength > 998)
        ++d->longLines;
    d->eightBitBody = d->eightBitBody || eightBit;
}

QList<LintFinding> Linter::finish()
{
    Private &p = *d;
    if (p.pendingCr) {
        ++p.bareCr;
        p.pendingCr = false;
    }
    if (p.lineLength > 0 || !p.line.isEmpty())
        p.endLine(false);
    if (!p.topDone) {
        p.topHeader = p.headerBlock; // all header, no body
        p.topDone = true;
    }
    using S = LintFinding::Severity;
    QList<LintFinding> out;
    const TransportCapabilities &server = p.ctx.server;
    const engine::Envelope &env = p.ctx.envelope;
    auto hasParam = [&](const QByteArray &key) {
        return std::any_of(env.mailOptions.begin(), env.mailOptions.end(),
                           [&](const QByteArray &o) {
                               return o.toUpper() == key || o.toUpper().startsWith(key + '=');
                           });
    };
    const bool binaryBody = hasParam("BODY=BINARYMIME");

    if (p.bareLf)
        p.add(out, S::Warning, "bare-lf",
              tr("%n line(s) end in a bare LF; they are sent as CRLF, which changes the octets "
                 "(and breaks any signature over them)",
                 nullptr, int(qMin<qint64>(p.bareLf, INT_MAX))),
              tr("Save the message with CRLF line endings (RFC 5322 2.1)."));
    if (p.bareCr)
        p.add(out, S::Warning, "bare-cr",
              tr("%n bare CR octet(s) outside a CRLF; they are sent as line breaks", nullptr,
                 int(qMin<qint64>(p.bareCr, INT_MAX))),
              tr("Remove lone CRs, or encode the part as base64 or quoted-printable (RFC 5322 "
                 "2.3)."));
    if (p.longHeaderLines || (p.longLines && !(binaryBody && server.binaryAllowed())))
        p.add(out, S::Error, "line-too-long",
              tr("%n line(s) are longer than 998 octets", nullptr,
                 int(qMin<qint64>(p.longHeaderLines + p.longLines, INT_MAX))),
              tr("Fold long header fields and encode long body lines as quoted-printable or base64 "
                 "(RFC 5322 2.1.1)."));
    if (p.eightBitBody && !server.eightBitMime && !(binaryBody && server.binaryAllowed()))
        p.add(out, S::Error, "8bit-not-offered",
              tr("the body holds 8-bit octets but the server does not offer 8BITMIME"),
              tr("Encode 8-bit parts as quoted-printable or base64 (RFC 6152, RFC 2045 6)."), true);
    if (binaryBody && !server.binaryAllowed())
        p.add(out, S::Error, "binarymime-not-offered",
              tr("the message is declared BODY=BINARYMIME but the server does not offer BINARYMIME "
                 "with CHUNKING"),
              tr("Encode binary parts as base64 (RFC 3030 3)."), true);

    const QList<HeaderField> fields = parseHeaderFields(p.topHeader);
    auto field = [&](QByteArrayView name) -> const HeaderField * {
        for (const HeaderField &f : fields) {
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                return &f;
        }
        return nullptr;
    };
    if (!field("Date"))
        p.add(out, S::Warning, "missing-date", tr("the message has no Date field"),
              tr("Add a Date field (RFC 5322 3.6.1: it is required)."));
    if (!field("From"))
        p.add(out, S::Warning, "missing-from", tr("the message has no From field"),
              tr("Add a From field (RFC 5322 3.6.2: it is required)."));
    if (!field("Message-ID"))
        p.add(out, S::Warning, "missing-message-id", tr("the message has no Message-ID field"),
              tr("Add a Message-ID (RFC 5322 3.6.4: every message should have one; many filters "
                 "score its absence)."));
    if (const HeaderField *from = field("From"); from && !env.sender.isEmpty()) {
        const QList<QByteArray> addresses = addressesOf({from->value});
        const bool same = std::any_of(addresses.begin(), addresses.end(), [&](const QByteArray &a) {
            return comparable(a) == comparable(env.sender);
        });
        if (!same)
            p.add(out, S::Warning, "from-differs",
                  tr("From (%1) differs from MAIL FROM (%2)")
                      .arg(QString::fromUtf8(addresses.value(0)), QString::fromUtf8(env.sender)),
                  tr("Use the From address as the envelope sender, or expect SPF/DMARC alignment "
                     "to fail (RFC 7489 3.1)."));
    }
    if (field("Bcc") || field("Resent-Bcc"))
        p.add(out, S::Error, "bcc-field-sent", tr("a Bcc field would be sent to every recipient"),
              tr("Remove the Bcc field; blind recipients belong in the envelope only (RFC 5322 "
                 "3.6.3)."));
    QList<QByteArray> visible;
    for (const char *name : {"From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Resent-To",
                             "Resent-Cc", "Resent-Bcc"}) {
        for (const HeaderField &f : fields) {
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                visible += addressesOf({f.value});
        }
    }
    for (const QByteArray &blind : p.ctx.blindRecipients) {
        if (std::any_of(visible.begin(), visible.end(),
                        [&](const QByteArray &a) { return comparable(a) == comparable(blind); })) {
            p.add(out, S::Error, "bcc-visible",
                  tr("the blind recipient %1 is named in a visible header field")
                      .arg(QString::fromUtf8(blind)),
                  tr("Take the address out of To, Cc and the other visible fields (RFC 5322 "
                     "3.6.3)."));
        }
    }
    // An HTML part with no plain-text alternative next to it.
    for (int i = 0; i < p.parts.size(); ++i) {
        if (p.parts.at(i).type != "text/html")
            continue;
        bool alternative = false;
        for (int a = p.parts.at(i).parent; a >= 0 && !alternative; a = p.parts.at(a).parent) {
            if (p.parts.at(a).type != "multipart/alternative")
                continue;
            for (const Part &sibling : std::as_const(p.parts))
                alternative = alternative || (sibling.parent == a && sibling.type == "text/plain");
        }
        if (!alternative) {
            p.add(out, S::Warning, "html-without-text",
                  tr("an HTML part has no plain-text alternative"),
                  tr("Add a text/plain version in multipart/alternative (RFC 2046 5.1.4); spam "
                     "filters score HTML-only mail."));
            break;
        }
    }
    const qint64 size = p.size + (p.bareLf + p.bareCr);
    if (server.sizeLimit > 0 && size > server.sizeLimit)
        p.add(out, S::Error, "size-exceeded",
              tr("the message (%1 octets) is larger than the server accepts (SIZE %2)")
                  .arg(size)
                  .arg(server.sizeLimit),
              tr("Send less: smaller or fewer attachments (RFC 1870)."), true);
    if (p.eightBitHeader && !server.smtpUtf8)
        p.add(out, S::Error, "utf8-header-not-offered",
              tr("a header field holds non-ASCII octets but the server does not offer SMTPUTF8"),
              tr("Use RFC 2047 encoded words for text and A-labels for domains, or a server with "
                 "SMTPUTF8 (RFC 6532)."),
              true);
    bool utf8Address = hasEightBit(env.sender);
    for (const engine::Recipient &r : env.recipients)
        utf8Address = utf8Address || hasEightBit(r.address);
    if (utf8Address && !server.smtpUtf8)
        p.add(out, S::Error, "utf8-address-not-offered",
              tr("an envelope address is not ASCII but the server does not offer SMTPUTF8"),
              tr("Use an ASCII address (A-labels for the domain), or a server with SMTPUTF8 (RFC "
                 "6531)."),
              true);
    bool dsn = hasParam("RET") || hasParam("ENVID");
    for (const engine::Recipient &r : env.recipients) {
        for (const QByteArray &o : r.options)
            dsn = dsn || o.toUpper().startsWith("NOTIFY=") || o.toUpper().startsWith("ORCPT=");
    }
    if (dsn && !server.dsn)
        p.add(out, S::Error, "dsn-not-offered",
              tr("delivery status notifications are requested but the server does not offer DSN"),
              tr("Drop the delivery receipt request, or use a server with DSN (RFC 3461)."), true);
    return out;
}

QList<LintFinding> lintMessage(QByteArrayView message, const LintContext &context)
{
    ensureGMime();
    Linter linter(context);
    linter.feed(message);
    return linter.finish();
}

QList<LintFinding> lintMessage(engine::MessageSource &source, const LintContext &context,
                               QString *error)
{
    ensureGMime();
    Linter linter(context);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty()) {
            *error = source.errorString().isEmpty() ? tr("the message could not be read to its end")
                                                    : source.errorString();
            return {};
        }
        linter.feed(chunk);
    }
    return linter.finish();
}

QList<LintFinding> lintMessage(const BuiltMessage &message, const LintContext &context,
                               QString *error)
{
    ensureGMime();
    Linter linter(context);
    for (const Segment &segment : message.segments) {
        if (segment.kind == Segment::Kind::Base64File) {
            // RFC 2045 6.8: 76 characters a line, ASCII only.
            linter.skipLines(segment.size(), 76, false);
            continue;
        }
        if (segment.kind == Segment::Kind::File) {
            linter.skipLines(segment.size(), segment.maxLineLength, segment.eightBit);
            continue;
        }
        BuiltMessage one;
        one.segments = {segment};
        auto source = one.source();
        while (!source->atEnd()) {
            const QByteArray chunk = source->read(1 << 20);
            if (chunk.isEmpty()) {
                *error = source->errorString().isEmpty()
                    ? tr("the message could not be read to its end")
                    : source->errorString();
                return {};
            }
            linter.feed(chunk);
        }
    }
    return linter.finish();
}

bool hasErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const LintFinding &f) {
        return f.severity == LintFinding::Severity::Error;
    });
}

} // namespace postscope::mime
