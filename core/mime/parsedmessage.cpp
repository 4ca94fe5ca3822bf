// GMime (glib) first: Qt's "signals" macro breaks glib's headers.
#include <gmime/gmime.h>

#include "mime/envelope.h"
#include "mime/gmimeref.h"
#include "mime/parsedmessage.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

} // namespace

struct ParsedMessage::Private
{
    GMimeStream *stream = nullptr;
    GMimeMessage *message = nullptr;
    QList<GMimeObject *> objects; // parallel to parts (borrowed from message)
    ~Private()
    {
        if (message)
            g_object_unref(message);
        if (stream)
            g_object_unref(stream);
    }
};

namespace {

QList<ParsedHeader> headersOf(GMimeObject *object)
{
    QList<ParsedHeader> out;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        ParsedHeader ph;
        ph.name = g_mime_header_get_name(h);
        const char *raw = g_mime_header_get_raw_value(h);
        if (raw) {
            char *unfolded = g_mime_utils_header_unfold(raw);
            ph.rawValue = QByteArray(unfolded).trimmed();
            g_free(unfolded);
        }
        const char *value = g_mime_header_get_value(h);
        ph.value = QString::fromUtf8(value ? value : "").trimmed();
        ph.offset = g_mime_header_get_offset(h);
        out.append(ph);
    }
    return out;
}

// Parts kept and nesting followed: a hostile message cannot make the tree
// (or this recursion) as large as it likes.
constexpr int maxDepth = 64;
constexpr int maxParts = 10000;

void walk(GMimeObject *object, int parent, int depth, QList<ParsedPart> *parts,
          QList<GMimeObject *> *objects)
{
    if (depth > maxDepth || parts->size() >= maxParts)
        return;
    ParsedPart part;
    part.parent = parent;
    part.depth = depth;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (type) {
        char *mime = g_mime_content_type_get_mime_type(type);
        part.contentType = QByteArray(mime).toLower();
        g_free(mime);
        const char *charset = g_mime_content_type_get_parameter(type, "charset");
        part.charset = charset ? QByteArray(charset).toLower() : QByteArray();
    }
    part.headers = headersOf(object);
    if (const char *d = g_mime_object_get_disposition(object))
        part.disposition = QByteArray(d).toLower();
    if (const char *id = g_mime_object_get_content_id(object))
        part.contentId = id;
    if (!part.headers.isEmpty())
        part.begin = part.headers.first().offset;
    if (GMIME_IS_PART(object)) {
        GMimePart *leaf = GMIME_PART(object);
        if (const char *name = g_mime_part_get_filename(leaf))
            part.fileName = QString::fromUtf8(name);
        const char *cte = g_mime_object_get_header(object, "Content-Transfer-Encoding");
        part.transferEncoding = cte ? QByteArray(cte).trimmed().toLower() : QByteArray();
        if (GMimeDataWrapper *content = g_mime_part_get_content(leaf)) {
            GMimeStream *s = g_mime_data_wrapper_get_stream(content);
            part.bodyBegin = s->bound_start;
            part.end = s->bound_end;
            if (part.begin < 0)
                part.begin = part.bodyBegin;
        }
    }
    const int index = parts->size();
    parts->append(part);
    objects->append(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < n; ++i)
            walk(g_mime_multipart_get_part(multipart, i), index, depth + 1, parts, objects);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner && g_mime_message_get_mime_part(inner))
            walk(g_mime_message_get_mime_part(inner), index, depth + 1, parts, objects);
    }
    // A container ends where its last descendant ends.
    ParsedPart &self = (*parts)[index];
    for (int i = index + 1; i < parts->size(); ++i)
        self.end = qMax(self.end, parts->at(i).end);
}

} // namespace

ParsedMessage ParsedMessage::fromBytes(const QByteArray &data)
{
    ensureGMime();
    ParsedMessage m;
    m.d = std::make_shared<Private>();
    GByteArray *bytes = g_byte_array_new();
    g_byte_array_append(bytes, reinterpret_cast<const guint8 *>(data.constData()),
                        guint(data.size()));
    m.d->stream = g_mime_stream_mem_new_with_byte_array(bytes);
    return parseStream(m);
}

ParsedMessage ParsedMessage::fromFile(const QString &path)
{
    ensureGMime();
    ParsedMessage m;
    m.d = std::make_shared<Private>();
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m.m_error = tr("cannot read %1").arg(path);
        return m;
    }
    m.d->stream = g_mime_stream_fs_new(fd);
    return parseStream(m);
}

ParsedMessage ParsedMessage::parseStream(ParsedMessage m)
{
    Ref<GMimeParser> parser(g_mime_parser_new_with_stream(m.d->stream));
    // Persistent: part bodies stay in the source (offsets, bounded memory).
    g_mime_parser_set_persist_stream(parser.get(), TRUE);
    GMimeMessage *message = g_mime_parser_construct_message(parser.get(), nullptr);
    if (!message) {
        m.m_error = tr("not an RFC 5322 message: no header section could be parsed");
        return m;
    }
    m.d->message = message;
    m.m_headers = headersOf(GMIME_OBJECT(message));
    if (GMimeObject *top = g_mime_message_get_mime_part(message))
        walk(top, -1, 0, &m.m_parts, &m.d->objects);
    for (int i = 0; i < m.m_parts.size(); ++i) {
        const ParsedPart &p = m.m_parts.at(i);
        if (p.isAttachment())
            continue;
        // Not inside an attached message: the first text of this message.
        bool nested = false;
        for (int a = p.parent; a >= 0; a = m.m_parts.at(a).parent)
            nested = nested || m.m_parts.at(a).isMessage();
        if (nested)
            continue;
        if (p.contentType == "text/plain" && m.m_textPart < 0)
            m.m_textPart = i;
        else if (p.contentType == "text/html" && m.m_htmlPart < 0)
            m.m_htmlPart = i;
    }
    return m;
}

QString ParsedMessage::header(QByteArrayView name) const
{
    for (const ParsedHeader &h : m_headers) {
        if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QByteArray ParsedMessage::content(int index, QString *error, qint64 maxBytes) const
{
    if (!d || index < 0 || index >= d->objects.size() || !GMIME_IS_PART(d->objects.at(index))) {
        if (error)
            *error = tr("part %1 has no content of its own").arg(index);
        return {};
    }
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(d->objects.at(index)));
    if (!content)
        return {};
    const ParsedPart &p = m_parts.at(index);
    if (p.end - p.bodyBegin > maxBytes * 2) {
        if (error)
            *error = tr("part %1 is too large to decode in memory").arg(index);
        return {};
    }
    Ref<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data),
                      qsizetype(qMin<qint64>(bytes->len, maxBytes)));
}

QString ParsedMessage::text(int index) const
{
    const QByteArray bytes = content(index);
    const QByteArray charset
        = index >= 0 && index < m_parts.size() ? m_parts.at(index).charset : QByteArray();
    if (charset.isEmpty() || charset == "utf-8" || charset == "us-ascii")
        return QString::fromUtf8(bytes);
    // Other charsets through GMime's iconv wrapper.
    iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return QString::fromLatin1(bytes);
    char *converted = g_mime_iconv_strndup(cd, bytes.constData(), size_t(bytes.size()));
    g_mime_iconv_close(cd);
    const QString out = QString::fromUtf8(converted ? converted : "");
    g_free(converted);
    return out;
}

QList<int> ParsedMessage::attachments() const
{
    QList<int> out;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).isAttachment() || (m_parts.at(i).isMessage()))
            out.append(i);
    }
    return out;
}

QString ParsedMessage::tree() const
{
    QString out;
    for (const ParsedPart &p : m_parts) {
        out += QString(p.depth * 2, QLatin1Char(' ')) + QString::fromLatin1(p.contentType);
        if (!p.fileName.isEmpty())
            out += QStringLiteral(" (%1)").arg(p.fileName);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace postscope::mime
