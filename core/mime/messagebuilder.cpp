// GMime (glib) first: Qt's "signals" macro breaks glib's headers.
#include <gmime/gmime.h>

#include "mime/envelope.h"
#include "mime/filesources.h"
#include "mime/gmimeref.h"
#include "mime/messagebuilder.h"
#include "mime/sequencesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimeZone>
#include <QUrl>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

// Attached messages and HTML files are read into memory; so is a message
// that is signed or encrypted. Past this they are refused with a clear error.
constexpr qint64 inMemoryLimit = qint64(64) << 20;

QString shown(const QString &value)
{
    QString s = value.left(60);
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QChar(0), QLatin1String("\\0"));
    return s;
}

bool hasInjection(QByteArrayView value)
{
    return value.contains('\r') || value.contains('\n') || value.contains('\0');
}

// Header injection (RFC 5322 2.2: a field is one logical line): refused in
// every value that ends up in a header field or an envelope command.
QString injectionError(const QString &field, const QString &value)
{
    return tr("%1 \"%2\" holds a line break or NUL (header injection refused)")
        .arg(field, shown(value));
}

struct Mailbox
{
    QByteArray name; // display name, UTF-8
    QByteArray address; // local@domain with the domain as A-labels (RFC 5891)
    bool utf8 = false; // the local part is not ASCII: needs SMTPUTF8 (RFC 6531)
};

// Parses one option value (one or more mailboxes) with GMime and checks
// every addr-spec; IDN domains become A-labels so that only a non-ASCII
// local part needs SMTPUTF8.
bool parseMailboxes(const QString &field, const QString &value, QList<Mailbox> *out, QString *error)
{
    const QByteArray utf8 = value.toUtf8();
    if (hasInjection(utf8)) {
        *error = injectionError(field, value);
        return false;
    }
    InternetAddressList *raw = internet_address_list_parse(nullptr, utf8.constData());
    Ref<InternetAddressList> list(raw);
    const int count = raw ? internet_address_list_length(raw) : 0;
    if (count == 0) {
        *error = tr("%1: not an address: %2").arg(field, value);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(raw, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(address)) {
            *error = tr("%1: groups are not supported here: %2").arg(field, value);
            return false;
        }
        const QByteArray addr
            = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
        const qsizetype at = addr.lastIndexOf('@');
        if (at <= 0 || at == addr.size() - 1) {
            *error = tr("%1: \"%2\" is not an address of the form local@domain")
                         .arg(field, QString::fromUtf8(addr));
            return false;
        }
        const QByteArray local = addr.left(at);
        const QByteArray domain = addr.mid(at + 1);
        QByteArray ace = domain;
        if (!domain.startsWith('[')) {
            // RFC 5890: the ASCII form of an IDN; empty when it is not a valid name.
            ace = QUrl::toAce(QString::fromUtf8(domain));
            if (ace.isEmpty() || ace.startsWith('.') || ace.endsWith('.') || ace.contains("..")) {
                *error
                    = tr("%1: \"%2\" is not a valid domain").arg(field, QString::fromUtf8(domain));
                return false;
            }
        }
        Mailbox m;
        const char *name = internet_address_get_name(address);
        m.name = name ? QByteArray(name) : QByteArray();
        m.address = local + '@' + ace;
        m.utf8 = hasEightBit(local);
        out->append(m);
    }
    return true;
}

// A folded raw header value (" value\n") as GMime keeps it.
QByteArray rawStructured(const char *name, const QByteArray &value)
{
    const QByteArray line = QByteArray(name) + ": " + value;
    char *folded = g_mime_utils_structured_header_fold(nullptr, nullptr, line.constData());
    QByteArray out(folded);
    g_free(folded);
    out = out.mid(qstrlen(name) + 1);
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

QByteArray rawUnstructured(const char *name, const QByteArray &value)
{
    const QByteArray line = QByteArray(name) + ": " + value;
    char *folded = g_mime_utils_unstructured_header_fold(nullptr, nullptr, line.constData());
    QByteArray out(folded);
    g_free(folded);
    out = out.mid(qstrlen(name) + 1);
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

QByteArray mailboxListValue(const QList<Mailbox> &mailboxes, bool utf8Headers)
{
    Ref<InternetAddressList> list(internet_address_list_new());
    for (const Mailbox &m : mailboxes) {
        InternetAddress *a = internet_address_mailbox_new(
            m.name.isEmpty() ? nullptr : m.name.constData(), m.address.constData());
        internet_address_list_add(list.get(), a);
        g_object_unref(a);
    }
    // RFC 2047 encoded words in display names, unless the message goes as
    // UTF-8 anyway (RFC 6532 3.2).
    char *text = internet_address_list_to_string(list.get(), nullptr, utf8Headers ? FALSE : TRUE);
    QByteArray out(text);
    g_free(text);
    return out;
}

// An unstructured value (Subject, custom fields): encoded words when it is
// not ASCII, unless UTF-8 header fields are in use (RFC 2047 5(1), RFC 6532).
QByteArray unstructuredValue(const QByteArray &utf8, bool utf8Headers)
{
    if (isAscii(utf8) || utf8Headers)
        return utf8;
    char *encoded = g_mime_utils_header_encode_text(nullptr, utf8.constData(), "utf-8");
    QByteArray out(encoded);
    g_free(encoded);
    return out;
}

// "<id@domain>" from "id@domain" or "<id@domain>" (RFC 5322 3.6.4 msg-id).
bool normaliseMessageId(const QByteArray &value, QByteArray *out)
{
    QByteArray id = value.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    const qsizetype at = id.indexOf('@');
    if (at <= 0 || at == id.size() - 1 || id.count('@') != 1)
        return false;
    for (char c : id) {
        if (c <= 32 || c >= 127 || c == '<' || c == '>' || c == '"' || c == '\\' || c == ',')
            return false;
    }
    *out = '<' + id + '>';
    return true;
}

QByteArray formatDate(const QDateTime &when)
{
    // RFC 5322 3.3 with the numeric zone.
    const QDateTime t = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = t.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = t.date();
    const QTime h = t.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' '
        + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' '
        + QString::asprintf("%02d:%02d:%02d %c%02d%02d", h.hour(), h.minute(), h.second(),
                            offset < 0 ? '-' : '+', minutes / 60, minutes % 60)
              .toLatin1();
}

enum class Encoding { SevenBit, EightBit, Binary, QuotedPrintable, Base64 };

GMimeContentEncoding gmimeEncoding(Encoding e)
{
    switch (e) {
    case Encoding::SevenBit:
        return GMIME_CONTENT_ENCODING_7BIT;
    case Encoding::EightBit:
        return GMIME_CONTENT_ENCODING_8BIT;
    case Encoding::Binary:
        return GMIME_CONTENT_ENCODING_BINARY;
    case Encoding::QuotedPrintable:
        return GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    case Encoding::Base64:
        return GMIME_CONTENT_ENCODING_BASE64;
    }
    return GMIME_CONTENT_ENCODING_BASE64;
}

// RFC 2045 2.7-2.9 and 6; RFC 5322 2.1.1 (998 octets a line); RFC 6152
// (8bit needs 8BITMIME); RFC 3030 (binary needs BINARYMIME over BDAT, whose
// line endings the client engine still normalises, so binary is only
// chosen for content whose line endings are all CRLF already). Signed
// content stays 7-bit with no trailing blanks or "From " lines (RFC 8551
// 3.1.1, RFC 3156 3), since a relay may change those.
Encoding chooseEncoding(const ContentScan &scan, bool text, const TransportCapabilities &transport,
                        bool signing)
{
    const bool lineEndingsKept = text || (scan.bareLf == 0 && scan.bareCr == 0);
    const bool shortLines = scan.maxLineLength <= 998;
    const bool fragile = signing && (scan.trailingWhitespace || scan.fromLine);
    if (lineEndingsKept && shortLines && !scan.nul && !fragile) {
        if (!scan.eightBit)
            return Encoding::SevenBit;
        if (transport.eightBitMime && !signing)
            return Encoding::EightBit;
    }
    if (lineEndingsKept && transport.binaryAllowed() && !signing
        && (text || scan.bareLf + scan.bareCr == 0))
        return Encoding::Binary;
    return text ? Encoding::QuotedPrintable : Encoding::Base64;
}

// Text content with LF line endings: GMime writes them as CRLF (the format
// options' newline), so text reaches the wire in canonical form (RFC 2046 4.1.1).
QByteArray toLf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    return text;
}

void setContent(GMimePart *part, const QByteArray &content, Encoding encoding)
{
    Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(content.constData(), size_t(content.size())));
    Ref<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, gmimeEncoding(encoding));
}

bool readSmallFile(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > inMemoryLimit) {
        *error = tr("%1 is larger than %2 MiB, the limit for this kind of part")
                     .arg(path)
                     .arg(inMemoryLimit >> 20);
        return false;
    }
    *out = file.readAll();
    return true;
}

void splitType(const QByteArray &type, QByteArray *major, QByteArray *minor)
{
    const qsizetype slash = type.indexOf('/');
    *major = slash > 0 ? type.left(slash).trimmed() : QByteArrayLiteral("application");
    *minor = slash > 0 ? type.mid(slash + 1).trimmed() : QByteArrayLiteral("octet-stream");
}

class Builder
{
public:
    explicit Builder(const MessageSpec &spec)
        : m_spec(spec)
    {
    }
    BuiltMessage run();

private:
    bool checkInjections();
    bool collectAddresses();
    GMimeObject *textPart(const char *subtype, const QByteArray &utf8);
    GMimeObject *bodyPart();
    GMimeObject *attachmentPart(const Attachment &attachment);
    GMimeObject *messagePart(const QString &path);
    GMimeObject *streamedPart(GMimePart *part, Segment segment);
    void setHeader(GMimeObject *object, const char *name, const QByteArray &raw);
    void setHeaders(GMimeMessage *message);
    bool splitSegments(const QByteArray &written, QList<Segment> *out);
    // Signed or encrypted entities are built in memory (they are hashed
    // or encrypted as a whole, in canonical form).
    qint64 threshold() const
    {
        return m_spec.security.wrapsBody() ? inMemoryLimit : m_spec.streamThreshold;
    }
    void noteEncoding(Encoding e);

    const MessageSpec &m_spec;
    BuiltMessage m_built;
    QString &m_error = m_built.error;
    QList<Mailbox> m_from, m_sender, m_replyTo, m_to, m_cc, m_bcc;
    QByteArray m_envelopeFrom;
    bool m_utf8Headers = false;
    bool m_signing = false;
    QList<Segment> m_streamed; // index = marker number
    QByteArray m_markerTag;
    QList<GMimeObject *> m_owned;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::Builder)
};

void Builder::noteEncoding(Encoding e)
{
    if (e == Encoding::Binary)
        m_built.bodyType = BodyType::BinaryMime;
    else if (e == Encoding::EightBit && m_built.bodyType == BodyType::SevenBit)
        m_built.bodyType = BodyType::EightBit;
}

bool Builder::checkInjections()
{
    const struct
    {
        const char *field;
        QStringList values;
    } fields[] = {
        {"From", {m_spec.from}},
        {"Sender", {m_spec.sender}},
        {"Reply-To", m_spec.replyTo},
        {"To", m_spec.to},
        {"Cc", m_spec.cc},
        {"Bcc", m_spec.bcc},
        {"Subject", {m_spec.subject}},
        {"Message-ID", {QString::fromUtf8(m_spec.messageId)}},
        {"In-Reply-To", {QString::fromUtf8(m_spec.inReplyTo)}},
        {"MAIL FROM", {QString::fromUtf8(m_spec.envelopeFrom)}},
        {"Message-ID domain", {QString::fromUtf8(m_spec.messageIdDomain)}},
    };
    for (const auto &f : fields) {
        for (const QString &v : f.values) {
            if (hasInjection(v.toUtf8())) {
                m_error = injectionError(QLatin1String(f.field), v);
                return false;
            }
        }
    }
    for (const QByteArray &r : m_spec.references) {
        if (hasInjection(r)) {
            m_error = injectionError(QStringLiteral("References"), QString::fromUtf8(r));
            return false;
        }
    }
    for (const auto &[name, value] : m_spec.extraHeaders) {
        if (hasInjection(name) || hasInjection(value)) {
            m_error = injectionError(QString::fromUtf8(name), QString::fromUtf8(value));
            return false;
        }
        // RFC 5322 2.2: the name is printable ASCII without ":" or space.
        if (name.isEmpty() || std::any_of(name.begin(), name.end(), [](char c) {
                return c < 33 || c > 126 || c == ':';
            })) {
            m_error = tr("header name %1 is not printable ASCII without spaces and colons")
                          .arg(QString::fromUtf8(name));
            return false;
        }
    }
    for (const Attachment &a : m_spec.attachments) {
        for (const QByteArray &v : {a.fileName.toUtf8(), a.contentType, a.contentId}) {
            if (hasInjection(v)) {
                m_error = injectionError(tr("attachment %1").arg(a.path), QString::fromUtf8(v));
                return false;
            }
        }
    }
    return true;
}

bool Builder::collectAddresses()
{
    auto parse = [&](const char *field, const QStringList &values, QList<Mailbox> *out) {
        for (const QString &v : values) {
            if (!v.isEmpty() && !parseMailboxes(QLatin1String(field), v, out, &m_error))
                return false;
        }
        return true;
    };
    if (!parse("From", {m_spec.from}, &m_from) || !parse("Sender", {m_spec.sender}, &m_sender)
        || !parse("Reply-To", m_spec.replyTo, &m_replyTo) || !parse("To", m_spec.to, &m_to)
        || !parse("Cc", m_spec.cc, &m_cc) || !parse("Bcc", m_spec.bcc, &m_bcc))
        return false;
    if (m_sender.size() > 1) {
        m_error = tr("Sender names exactly one mailbox (RFC 5322 3.6.2)");
        return false;
    }
    if (m_from.size() > 1 && m_sender.isEmpty()) {
        m_error = tr("a From with several mailboxes needs a Sender (RFC 5322 3.6.2)");
        return false;
    }
    bool utf8 = false;
    for (const auto *list : {&m_from, &m_sender, &m_replyTo, &m_to, &m_cc, &m_bcc}) {
        for (const Mailbox &m : *list)
            utf8 = utf8 || m.utf8;
    }
    if (!m_spec.envelopeFrom.isEmpty()) {
        // The envelope sender gets the same A-label domain as the header.
        QList<Mailbox> envelope;
        if (!parseMailboxes(QStringLiteral("MAIL FROM"), QString::fromUtf8(m_spec.envelopeFrom),
                            &envelope, &m_error))
            return false;
        m_envelopeFrom = envelope.first().address;
        utf8 = utf8 || envelope.first().utf8;
    }
    if (utf8 && !m_spec.transport.smtpUtf8) {
        m_error = tr("an address has a non-ASCII local part: that needs SMTPUTF8 (RFC 6531), which "
                     "the server does "
                     "not offer");
        return false;
    }
    // RFC 6532: UTF-8 header fields only when SMTPUTF8 is needed (and offered).
    m_utf8Headers = utf8;
    return true;
}

GMimeObject *Builder::textPart(const char *subtype, const QByteArray &utf8)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    const QByteArray text = toLf(utf8);
    const Encoding e = chooseEncoding(scanContent(text), true, m_spec.transport, m_signing);
    noteEncoding(e);
    // Not g_mime_text_part_set_text(): it converts to the "best" charset
    // (ISO-8859-1 for "héllo"); the text goes out as the UTF-8 it is.
    setContent(GMIME_PART(part), text, e);
    g_mime_text_part_set_charset(part, isAscii(text) ? "us-ascii" : "utf-8");
    return GMIME_OBJECT(part);
}

GMimeObject *Builder::streamedPart(GMimePart *part, Segment segment)
{
    // A marker line stands for the file in what GMime writes; it is
    // replaced by the segment afterwards. Content and wrapper are both
    // "base64" (or both 7bit) so that GMime copies the marker as it is.
    const QByteArray marker = m_markerTag + QByteArray::number(m_streamed.size()) + "\n";
    const GMimeContentEncoding e = segment.kind == Segment::Kind::Base64File
        ? GMIME_CONTENT_ENCODING_BASE64
        : g_mime_part_get_content_encoding(part);
    Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(marker.constData(), size_t(marker.size())));
    Ref<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), e));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, e);
    m_streamed.append(segment);
    return GMIME_OBJECT(part);
}

GMimeObject *Builder::bodyPart()
{
    GMimeObject *plain = nullptr;
    if (!m_spec.bodyFile.isEmpty()) {
        const QFileInfo info(m_spec.bodyFile);
        if (!info.isFile() || !info.isReadable()) {
            m_error = tr("cannot read %1").arg(m_spec.bodyFile);
            return nullptr;
        }
        if (info.size() > threshold()) {
            // A big body is not read into memory: one counting pass decides
            // its encoding, then it is read again while it is sent.
            ContentScan scan;
            if (m_spec.bodyFileScan && m_spec.bodyFileScan->size == info.size())
                scan = *m_spec.bodyFileScan;
            else if (!scanFile(m_spec.bodyFile, &scan, &m_error))
                return nullptr;
            m_built.bodyFileScan = scan;
            GMimeTextPart *part = g_mime_text_part_new_with_subtype("plain");
            g_mime_text_part_set_charset(part, scan.eightBit ? "utf-8" : "us-ascii");
            Encoding e = chooseEncoding(scan, true, m_spec.transport, m_signing);
            Segment segment;
            segment.path = m_spec.bodyFile;
            segment.length = scan.size;
            if (e == Encoding::QuotedPrintable) {
                // Quoted-printable is not streamed: base64 keeps a big body
                // in bounded memory, and it is a valid text encoding too.
                e = Encoding::Base64;
                segment.kind = Segment::Kind::Base64File;
            } else {
                // Read with every line ending as CRLF (RFC 2046 4.1.1), so
                // that the message's octets are the octets sent.
                segment.kind = Segment::Kind::File;
                segment.lineEndingGrowth
                    = scan.bareLf + scan.bareCr + (scan.endsWithNewline ? 0 : 2);
                segment.maxLineLength = scan.maxLineLength;
                segment.eightBit = scan.eightBit;
            }
            noteEncoding(e);
            g_mime_part_set_content_encoding(GMIME_PART(part), gmimeEncoding(e));
            plain = streamedPart(GMIME_PART(part), segment);
        } else {
            QByteArray body;
            if (!readSmallFile(m_spec.bodyFile, &body, &m_error))
                return nullptr;
            plain = textPart("plain", body);
        }
    } else if (!m_spec.body.isEmpty() || (m_spec.html.isEmpty() && m_spec.htmlFile.isEmpty())) {
        plain = textPart("plain", m_spec.body.toUtf8());
    }
    QByteArray html = m_spec.html.toUtf8();
    if (!m_spec.htmlFile.isEmpty() && !readSmallFile(m_spec.htmlFile, &html, &m_error))
        return nullptr;
    GMimeObject *htmlPart
        = html.isEmpty() && m_spec.htmlFile.isEmpty() ? nullptr : textPart("html", html);
    if (htmlPart) {
        m_owned.append(htmlPart);
        QList<GMimeObject *> inlines;
        for (const Attachment &a : m_spec.attachments) {
            if (!a.inlineImage)
                continue;
            GMimeObject *p = attachmentPart(a);
            if (!p)
                return nullptr;
            inlines.append(p);
        }
        if (!inlines.isEmpty()) {
            // RFC 2387: the HTML and the images it refers to by cid: (RFC 2392).
            GMimeMultipart *related = g_mime_multipart_new_with_subtype("related");
            g_mime_object_set_content_type_parameter(GMIME_OBJECT(related), "type", "text/html");
            g_mime_multipart_add(related, htmlPart);
            for (GMimeObject *p : inlines)
                g_mime_multipart_add(related, p);
            htmlPart = GMIME_OBJECT(related);
            m_owned.append(htmlPart);
        }
    }
    if (plain)
        m_owned.append(plain);
    if (plain && htmlPart) {
        GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
        // RFC 2046 5.1.4: the preferred (richest) alternative comes last.
        g_mime_multipart_add(alternative, plain);
        g_mime_multipart_add(alternative, htmlPart);
        m_owned.append(GMIME_OBJECT(alternative));
        return GMIME_OBJECT(alternative);
    }
    return plain ? plain : htmlPart;
}

GMimeObject *Builder::attachmentPart(const Attachment &a)
{
    const QFileInfo info(a.path);
    if (!info.isFile() || !info.isReadable()) {
        m_error = tr("cannot read %1").arg(a.path);
        return nullptr;
    }
    QByteArray type = a.contentType;
    QMimeDatabase mimeTypes;
    if (type.isEmpty())
        type = mimeTypes.mimeTypeForFile(info).name().toLatin1();
    QByteArray major, minor;
    splitType(type, &major, &minor);
    GMimePart *part = g_mime_part_new_with_type(major.constData(), minor.constData());
    m_owned.append(GMIME_OBJECT(part));
    g_mime_object_set_disposition(GMIME_OBJECT(part), a.inlineImage ? "inline" : "attachment");
    // RFC 2231 parameters for names that are not plain ASCII tokens.
    const QString name = a.fileName.isEmpty() ? info.fileName() : a.fileName;
    // A file's own name may hold a line break too (POSIX allows it).
    if (hasInjection(name.toUtf8())) {
        m_error = injectionError(tr("the file name of %1").arg(a.path), name);
        return nullptr;
    }
    g_mime_part_set_filename(part, name.toUtf8().constData());
    if (a.inlineImage) {
        const QByteArray cid = a.contentId.isEmpty() ? name.toUtf8() : a.contentId;
        g_mime_part_set_content_id(part, cid.constData());
    }
    if (info.size() > threshold()) {
        Segment segment;
        segment.kind = Segment::Kind::Base64File;
        segment.path = a.path;
        segment.length = info.size();
        return streamedPart(part, segment);
    }
    QByteArray content;
    if (!readSmallFile(a.path, &content, &m_error))
        return nullptr;
    const bool text = major.compare("text", Qt::CaseInsensitive) == 0;
    if (text)
        content = toLf(content);
    const Encoding e = chooseEncoding(scanContent(content), text, m_spec.transport, m_signing);
    noteEncoding(e);
    setContent(part, content, e);
    return GMIME_OBJECT(part);
}

GMimeObject *Builder::messagePart(const QString &path)
{
    QByteArray content;
    if (!readSmallFile(path, &content, &m_error))
        return nullptr;
    content = toLf(content);
    const ContentScan scan = scanContent(content);
    Encoding e = chooseEncoding(scan, true, m_spec.transport, m_signing);
    // RFC 2046 5.2.1: message/rfc822 allows only 7bit, 8bit or binary.
    // When the server takes none of what the message needs, it goes as
    // message/global (RFC 6532 3.5), which may be encoded.
    const bool identity
        = e == Encoding::SevenBit || e == Encoding::EightBit || e == Encoding::Binary;
    if (!identity)
        e = Encoding::Base64;
    GMimePart *part = g_mime_part_new_with_type("message", identity ? "rfc822" : "global");
    m_owned.append(GMIME_OBJECT(part));
    g_mime_object_set_disposition(GMIME_OBJECT(part), "attachment");
    const QString name = QFileInfo(path).fileName();
    if (hasInjection(name.toUtf8())) {
        m_error = injectionError(tr("the file name of %1").arg(path), name);
        return nullptr;
    }
    g_mime_part_set_filename(part, name.toUtf8().constData());
    noteEncoding(e);
    setContent(part, content, e);
    return GMIME_OBJECT(part);
}

void Builder::setHeader(GMimeObject *object, const char *name, const QByteArray &raw)
{
    g_mime_object_append_header(object, name, "", nullptr);
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    GMimeHeader *header
        = g_mime_header_list_get_header_at(headers, g_mime_header_list_get_count(headers) - 1);
    g_mime_header_set_raw_value(header, raw.constData());
}

void Builder::setHeaders(GMimeMessage *message)
{
    GMimeObject *object = GMIME_OBJECT(message);
    QList<QByteArray> userNames;
    for (const auto &h : m_spec.extraHeaders)
        userNames.append(h.first.toLower());
    // A user header of the same name replaces the builder's.
    auto set = [&](const char *name, const QByteArray &raw) {
        if (!userNames.contains(QByteArray(name).toLower()))
            setHeader(object, name, raw);
    };
    set("Date", " " + formatDate(m_spec.date) + "\n");
    if (!m_from.isEmpty())
        set("From", rawStructured("From", mailboxListValue(m_from, m_utf8Headers)));
    if (!m_sender.isEmpty())
        set("Sender", rawStructured("Sender", mailboxListValue(m_sender, m_utf8Headers)));
    if (!m_replyTo.isEmpty())
        set("Reply-To", rawStructured("Reply-To", mailboxListValue(m_replyTo, m_utf8Headers)));
    if (!m_to.isEmpty())
        set("To", rawStructured("To", mailboxListValue(m_to, m_utf8Headers)));
    if (!m_cc.isEmpty())
        set("Cc", rawStructured("Cc", mailboxListValue(m_cc, m_utf8Headers)));
    set("Subject",
        rawUnstructured("Subject", unstructuredValue(m_spec.subject.toUtf8(), m_utf8Headers)));
    QByteArray id;
    if (!m_spec.messageId.isEmpty())
        normaliseMessageId(m_spec.messageId, &id);
    else
        id = generateMessageId(m_spec.messageIdDomain);
    set("Message-ID", " " + id + "\n");
    if (!m_spec.inReplyTo.isEmpty()) {
        QByteArray v;
        normaliseMessageId(m_spec.inReplyTo, &v);
        set("In-Reply-To", " " + v + "\n");
    }
    if (!m_spec.references.isEmpty()) {
        QList<QByteArray> ids;
        for (const QByteArray &r : m_spec.references) {
            QByteArray v;
            normaliseMessageId(r, &v);
            ids.append(v);
        }
        set("References", rawStructured("References", ids.join(' ')));
    }
    static const char *priorities[] = {"", "1 (Highest)", "2 (High)", "", "4 (Low)", "5 (Lowest)"};
    static const char *importance[] = {"", "high", "high", "", "low", "low"};
    const int p = m_spec.priority == Priority::Highest ? 1
        : m_spec.priority == Priority::High            ? 2
        : m_spec.priority == Priority::Low             ? 4
        : m_spec.priority == Priority::Lowest          ? 5
                                                       : 0;
    if (p) {
        set("X-Priority", QByteArray(" ") + priorities[p] + "\n");
        set("Importance", QByteArray(" ") + importance[p] + "\n");
    }
    if (m_spec.readReceipt && !m_from.isEmpty())
        set("Disposition-Notification-To",
            rawStructured("Disposition-Notification-To",
                          mailboxListValue({m_from.first()}, m_utf8Headers)));
    for (const auto &[name, value] : m_spec.extraHeaders)
        setHeader(object, name.constData(),
                  rawUnstructured(name.constData(), unstructuredValue(value, m_utf8Headers)));
}

bool Builder::splitSegments(const QByteArray &written, QList<Segment> *out)
{
    qsizetype pos = 0;
    for (qsizetype i = 0; i < m_streamed.size(); ++i) {
        const QByteArray marker = m_markerTag + QByteArray::number(i) + "\r\n";
        const qsizetype at = written.indexOf(marker, pos);
        if (at < 0) {
            m_error
                = tr("internal error: a streamed part went missing while the message was written");
            return false;
        }
        Segment bytes;
        bytes.bytes = written.mid(pos, at - pos);
        out->append(bytes);
        out->append(m_streamed.at(i));
        pos = at + marker.size();
    }
    Segment rest;
    rest.bytes = written.mid(pos);
    out->append(rest);
    return true;
}

QByteArray writeObject(GMimeObject *object)
{
    GMimeFormatOptions *format = g_mime_format_options_new();
    // RFC 5322 2.1: lines end with CRLF on the wire.
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, format, stream.get());
    g_mime_format_options_free(format);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

BuiltMessage Builder::run()
{
    ensureGMime();
    m_markerTag = "postscope-stream-"
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-";
    m_signing = m_spec.security.wrapsBody() && m_spec.security.sign;
    if (m_spec.security.wrapsBody()) {
        // Signed or encrypted content is 7-bit inside (RFC 8551 3.1.1): an
        // encrypted blob is base64 anyway, and a signature must survive
        // any relay.
        m_signing = true;
    }
    if (!checkInjections() || !collectAddresses())
        return m_built;

    auto release = qScopeGuard([&] {
        for (GMimeObject *o : std::as_const(m_owned))
            g_object_unref(o);
    });
    GMimeObject *top = bodyPart();
    if (!top)
        return m_built;
    QList<GMimeObject *> extra;
    for (const Attachment &a : m_spec.attachments) {
        if (a.inlineImage && (!m_spec.html.isEmpty() || !m_spec.htmlFile.isEmpty()))
            continue; // already in multipart/related
        GMimeObject *p = attachmentPart(a);
        if (!p)
            break;
        extra.append(p);
    }
    for (const QString &path : m_spec.attachedMessages) {
        if (!m_error.isEmpty())
            break;
        if (GMimeObject *p = messagePart(path))
            extra.append(p);
    }
    if (!m_error.isEmpty())
        return m_built;
    if (!extra.isEmpty()) {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        m_owned.append(GMIME_OBJECT(mixed));
        g_mime_multipart_add(mixed, top);
        for (GMimeObject *p : extra)
            g_mime_multipart_add(mixed, p);
        top = GMIME_OBJECT(mixed);
    }

    Ref<GMimeMessage> message(g_mime_message_new(FALSE));
    setHeaders(message.get());
    QList<Segment> segments;
    if (m_spec.security.wrapsBody()) {
        // The entity (its Content-* fields and body) is what is signed or
        // encrypted; the RFC 5322 fields stay outside (RFC 8551 3.1).
        QList<Segment> entitySegments;
        if (!splitSegments(writeObject(top), &entitySegments))
            return m_built;
        BuiltMessage entity;
        entity.segments = entitySegments;
        const QByteArray plain = entity.bytes(&m_error, inMemoryLimit);
        if (!m_error.isEmpty())
            return m_built;
        const QByteArray secured = secureEntity(plain, m_spec.security, &m_error);
        if (secured.isEmpty())
            return m_built;
        GMimeFormatOptions *format = g_mime_format_options_new();
        g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
        char *head = g_mime_header_list_to_string(
            g_mime_object_get_header_list(GMIME_OBJECT(message.get())), format);
        g_mime_format_options_free(format);
        QByteArray headBytes(head);
        g_free(head);
        headBytes.replace("\r\n", "\n").replace("\n", "\r\n");
        Segment whole;
        whole.bytes = headBytes + "MIME-Version: 1.0\r\n" + secured;
        segments.append(whole);
        m_built.bodyType = BodyType::SevenBit;
    } else {
        g_mime_message_set_mime_part(message.get(), top);
        if (!splitSegments(writeObject(GMIME_OBJECT(message.get())), &segments))
            return m_built;
    }
    m_built.segments = segments;
    const QByteArray &first = segments.first().bytes;
    m_built.headerSection = first.left(headerSectionLength(first, true));

    if (m_spec.security.dkim()) {
        auto source = m_built.source();
        const QByteArray field = dkimSignatureField(*source, m_spec.security, &m_error);
        if (field.isEmpty())
            return m_built;
        m_built.segments.first().bytes.prepend(field);
        m_built.headerSection.prepend(field);
    }

    // The envelope as smtplib's send_message() derives it (Sender before
    // From), plus Bcc, which never becomes a header field.
    if (!m_spec.envelopeFrom.isNull())
        m_built.envelopeSender = m_envelopeFrom.isEmpty() ? QByteArray("") : m_envelopeFrom;
    else if (!m_sender.isEmpty())
        m_built.envelopeSender = m_sender.first().address;
    else if (!m_from.isEmpty())
        m_built.envelopeSender = m_from.first().address;
    for (const auto *list : {&m_to, &m_cc, &m_bcc}) {
        for (const Mailbox &m : *list)
            m_built.envelopeRecipients.append(m.address);
    }
    for (const Mailbox &m : std::as_const(m_bcc))
        m_built.blindRecipients.append(m.address);
    bool utf8Envelope = hasEightBit(m_built.envelopeSender);
    for (const QByteArray &r : std::as_const(m_built.envelopeRecipients))
        utf8Envelope = utf8Envelope || hasEightBit(r);
    m_built.smtpUtf8 = m_utf8Headers || utf8Envelope || hasEightBit(m_built.headerSection);
    // RFC 6531 3.4: an SMTPUTF8 message goes with BODY=8BITMIME at least.
    if (m_built.smtpUtf8 && m_built.bodyType == BodyType::SevenBit)
        m_built.bodyType = BodyType::EightBit;
    if (const QByteArray body = bodyParameter(m_built.bodyType); !body.isEmpty())
        m_built.mailParameters.append(body);
    if (m_built.smtpUtf8)
        m_built.mailParameters.append("SMTPUTF8");
    if (m_spec.deliveryReceipt) {
        // RFC 3461 4.3 and 4.1: headers only in the DSN; notify on success and failure.
        m_built.mailParameters.append("RET=HDRS");
        m_built.rcptParameters.append("NOTIFY=SUCCESS,FAILURE");
    }
    return m_built;
}

} // namespace

qint64 Segment::size() const
{
    switch (kind) {
    case Kind::Bytes:
        return bytes.size();
    case Kind::File:
        return length + lineEndingGrowth;
    case Kind::Base64File:
        return base64EncodedSize(length);
    }
    return 0;
}

qint64 BuiltMessage::size() const
{
    qint64 total = 0;
    for (const Segment &s : segments)
        total += s.size();
    return total;
}

bool BuiltMessage::streamed() const
{
    return std::any_of(segments.begin(), segments.end(),
                       [](const Segment &s) { return s.kind != Segment::Kind::Bytes; });
}

std::unique_ptr<engine::MessageSource> BuiltMessage::source() const
{
    auto sequence = std::make_unique<SequenceSource>();
    for (const Segment &s : segments) {
        switch (s.kind) {
        case Segment::Kind::Bytes:
            sequence->append(s.bytes);
            break;
        case Segment::Kind::File:
            sequence->append(std::make_unique<FileSource>(s.path, s.offset, s.length,
                                                          FileSource::LineEndings::Crlf,
                                                          s.length + s.lineEndingGrowth));
            break;
        case Segment::Kind::Base64File:
            sequence->append(std::make_unique<Base64FileSource>(s.path, s.length));
            break;
        }
    }
    return sequence;
}

QByteArray BuiltMessage::bytes(QString *error, qint64 maxBytes) const
{
    if (size() > maxBytes) {
        if (error)
            *error = tr("the message is larger than %1 MiB: too big to hold in memory")
                         .arg(maxBytes >> 20);
        return {};
    }
    if (segments.size() == 1 && segments.first().kind == Segment::Kind::Bytes)
        return segments.first().bytes;
    QByteArray out;
    out.reserve(size());
    auto src = source();
    while (!src->atEnd()) {
        const QByteArray chunk = src->read(1 << 20);
        if (chunk.isEmpty()) {
            if (error)
                *error = src->errorString().isEmpty() ? tr("a message part could not be read")
                                                      : src->errorString();
            return {};
        }
        out += chunk;
    }
    return out;
}

BuiltMessage buildMessage(const MessageSpec &spec)
{
    return Builder(spec).run();
}

QByteArray generateMessageId(const QByteArray &domain)
{
    ensureGMime();
    const QByteArray d = domain.isEmpty() ? QByteArrayLiteral("postscope.invalid") : domain;
    char *id = g_mime_utils_generate_message_id(d.constData());
    const QByteArray out = '<' + QByteArray(id) + '>';
    g_free(id);
    return out;
}

bool fileHasEightBit(const QString &path, QString *error, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (offset > 0 && !file.seek(offset))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n <= 0)
            return false;
        if (hasEightBit(QByteArrayView(block.constData(), n)))
            return true;
    }
}

QString checkHeaderArgument(const QString &argument, QByteArray *name, QByteArray *value)
{
    const QByteArray utf8 = argument.toUtf8();
    if (hasInjection(utf8))
        return tr("header \"%1\" holds a line break or NUL (header injection refused)")
            .arg(shown(argument));
    const qsizetype colon = utf8.indexOf(':');
    if (colon <= 0)
        return tr("header %1 is not in the form \"Name: value\"").arg(argument);
    const QByteArray n = utf8.left(colon).trimmed();
    if (n.isEmpty())
        return tr("header %1 has no name").arg(argument);
    // RFC 5322 2.2: field names are printable US-ASCII except ":".
    for (char c : n) {
        if (c < 33 || c > 126)
            return tr("header name %1 is not printable ASCII without spaces")
                .arg(QString::fromUtf8(n));
    }
    *name = n;
    *value = utf8.mid(colon + 1).trimmed();
    return {};
}

QByteArray addressOf(const QString &mailbox)
{
    const QList<QByteArray> addresses = addressesOf({mailbox.toUtf8()});
    return addresses.isEmpty() ? QByteArray() : addresses.first();
}

} // namespace postscope::mime

#include "engine/clientengine.h"
#include "protocol/command.h"

namespace postscope::mime {

engine::Envelope engineEnvelope(const BuiltMessage &built, const QList<QByteArray> &mailOptions,
                                const QList<QByteArray> &rcptOptions)
{
    engine::Envelope envelope;
    envelope.sender = built.envelopeSender;
    envelope.mailOptions = mailOptions;
    for (const QByteArray &p : built.mailParameters) {
        if (p == "BODY=8BITMIME" || p == "SMTPUTF8")
            continue; // the engine's own, with its checks
        envelope.mailOptions.append(p);
    }
    envelope.eightBit = built.bodyType != BodyType::SevenBit;
    envelope.smtpUtf8 = built.smtpUtf8;
    QList<QByteArray> rcpt = rcptOptions;
    rcpt += built.rcptParameters;
    for (const QByteArray &address : built.envelopeRecipients)
        envelope.recipients.append(engine::Recipient {address, rcpt});
    return envelope;
}

QList<QByteArray> envelopeCommands(const engine::Envelope &envelope, qint64 size,
                                   const TransportCapabilities &caps, QString *error)
{
    QList<QByteArray> params = envelope.mailOptions;
    auto has = [&](const QByteArray &key) {
        return std::any_of(params.begin(), params.end(), [&](const QByteArray &p) {
            return p.toUpper() == key || p.toUpper().startsWith(key + '=');
        });
    };
    // The same order as the client engine: SIZE, BODY, SMTPUTF8.
    if (caps.sizeLimit >= 0 && size >= 0 && !has("SIZE"))
        params.append("SIZE=" + QByteArray::number(size));
    if (envelope.eightBit && !has("BODY"))
        params.append("BODY=8BITMIME");
    if (envelope.smtpUtf8 && !has("SMTPUTF8"))
        params.append("SMTPUTF8");
    QList<QByteArray> out;
    const protocol::Command mail = protocol::commands::mail(envelope.sender, params);
    if (!mail.isValid()) {
        *error = mail.error;
        return {};
    }
    out.append(mail.wire.chopped(2));
    for (const engine::Recipient &r : envelope.recipients) {
        const protocol::Command rcpt = protocol::commands::rcpt(r.address, r.options);
        if (!rcpt.isValid()) {
            *error = rcpt.error;
            return {};
        }
        out.append(rcpt.wire.chopped(2));
    }
    return out;
}

} // namespace postscope::mime
