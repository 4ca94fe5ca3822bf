// GMime (glib) first: Qt's "signals" macro breaks glib's headers.
#include <gmime/gmime.h>

#include "mime/messagebuilder.h"
#include "mime/envelope.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

// Owns a GObject reference for the scope.
template<typename T>
struct Ref
{
    T *p = nullptr;
    explicit Ref(T *object) : p(object) {}
    ~Ref() { if (p) g_object_unref(p); }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    T *get() const { return p; }
};

bool appendAddresses(GMimeMessage *message, GMimeAddressType type, const QStringList &values, QString *error)
{
    InternetAddressList *target = g_mime_message_get_addresses(message, type);
    for (const QString &value : values) {
        const QByteArray utf8 = value.toUtf8();
        Ref<InternetAddressList> parsed(internet_address_list_parse(nullptr, utf8.constData()));
        if (!parsed.get() || internet_address_list_length(parsed.get()) == 0) {
            *error = tr("not an address: %1").arg(value);
            return false;
        }
        internet_address_list_append(target, parsed.get());
    }
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

GMimeTextPart *textPart(const char *subtype, const QByteArray &utf8)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    // Not g_mime_text_part_set_text(): it converts to the "best" charset
    // (ISO-8859-1 for "héllo"); the text goes out as the UTF-8 it is.
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    Ref<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part), wrapper.get());
    g_mime_text_part_set_charset(part, "utf-8");
    // Non-ASCII text goes as quoted-printable so that it passes any relay
    // (RFC 2045 6.7); ASCII as 7bit.
    g_mime_part_set_content_encoding(GMIME_PART(part), isAscii(utf8) ? GMIME_CONTENT_ENCODING_7BIT
                                                                      : GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

} // namespace

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
    if (utf8.contains('\r') || utf8.contains('\n') || utf8.contains('\0')) {
        QString shown = argument.left(60);
        shown.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
        shown.replace(QChar(0), QLatin1String("\\0"));
        return tr("header \"%1\" holds a line break or NUL (header injection refused)").arg(shown);
    }
    const qsizetype colon = utf8.indexOf(':');
    if (colon <= 0)
        return tr("header %1 is not in the form \"Name: value\"").arg(argument);
    const QByteArray n = utf8.left(colon).trimmed();
    if (n.isEmpty())
        return tr("header %1 has no name").arg(argument);
    // RFC 5322 2.2: field names are printable US-ASCII except ":".
    for (char c : n) {
        if (c < 33 || c > 126)
            return tr("header name %1 is not printable ASCII without spaces").arg(QString::fromUtf8(n));
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

BuiltMessage buildMessage(const MessageSpec &spec)
{
    ensureGMime();
    BuiltMessage built;
    Ref<GMimeMessage> message(g_mime_message_new(FALSE));
    GMimeObject *object = GMIME_OBJECT(message.get());

    if (!spec.from.isEmpty() && !appendAddresses(message.get(), GMIME_ADDRESS_TYPE_FROM, {spec.from}, &built.error))
        return built;
    if (!appendAddresses(message.get(), GMIME_ADDRESS_TYPE_TO, spec.to, &built.error)
        || !appendAddresses(message.get(), GMIME_ADDRESS_TYPE_CC, spec.cc, &built.error))
        return built;
    const QByteArray subject = spec.subject.toUtf8();
    // RFC 2047: GMime encodes a non-ASCII subject as encoded words.
    g_mime_message_set_subject(message.get(), subject.constData(), "utf-8");
    GDateTime *now = g_date_time_new_now_local();
    g_mime_message_set_date(message.get(), now);
    g_date_time_unref(now);
    const QByteArray domain = spec.messageIdDomain.isEmpty() ? QByteArrayLiteral("postscope.invalid")
                                                             : spec.messageIdDomain;
    char *messageId = g_mime_utils_generate_message_id(domain.constData());
    g_mime_message_set_message_id(message.get(), messageId);
    g_free(messageId);

    const bool multipart = !spec.htmlFile.isEmpty() || !spec.attachments.isEmpty();
    bool stream = false;
    if (!spec.bodyFile.isEmpty() && !multipart) {
        const QFileInfo info(spec.bodyFile);
        if (!info.isFile() || !info.isReadable()) {
            built.error = tr("cannot read %1").arg(spec.bodyFile);
            return built;
        }
        stream = info.size() > streamBodyThreshold;
    }

    if (stream) {
        // The body is sent as it is on disk: declare 8bit when it holds
        // 8-bit octets (RFC 6152) and let the caller stream it.
        const bool eightBit = fileHasEightBit(spec.bodyFile, &built.error);
        if (!built.error.isEmpty())
            return built;
        Ref<GMimeTextPart> part(g_mime_text_part_new_with_subtype("plain"));
        g_mime_text_part_set_charset(part.get(), "utf-8");
        g_mime_part_set_content_encoding(GMIME_PART(part.get()), eightBit ? GMIME_CONTENT_ENCODING_8BIT
                                                                         : GMIME_CONTENT_ENCODING_7BIT);
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(part.get()));
        built.streamFile = spec.bodyFile;
        built.eightBit = eightBit;
    } else {
        QByteArray body = spec.body.toUtf8();
        if (!spec.bodyFile.isEmpty() && !readFile(spec.bodyFile, &body, &built.error))
            return built;
        Ref<GMimeTextPart> plain(textPart("plain", body));
        GMimeObject *top = GMIME_OBJECT(plain.get());
        std::unique_ptr<Ref<GMimeMultipart>> alternative;
        if (!spec.htmlFile.isEmpty()) {
            QByteArray html;
            if (!readFile(spec.htmlFile, &html, &built.error))
                return built;
            Ref<GMimeTextPart> htmlPart(textPart("html", html));
            alternative = std::make_unique<Ref<GMimeMultipart>>(g_mime_multipart_new_with_subtype("alternative"));
            // RFC 2046 5.1.4: the preferred (richest) alternative comes last.
            g_mime_multipart_add(alternative->get(), GMIME_OBJECT(plain.get()));
            g_mime_multipart_add(alternative->get(), GMIME_OBJECT(htmlPart.get()));
            top = GMIME_OBJECT(alternative->get());
        }
        std::unique_ptr<Ref<GMimeMultipart>> mixed;
        if (!spec.attachments.isEmpty()) {
            mixed = std::make_unique<Ref<GMimeMultipart>>(g_mime_multipart_new_with_subtype("mixed"));
            g_mime_multipart_add(mixed->get(), top);
            QMimeDatabase mimeTypes;
            for (const QString &path : spec.attachments) {
                QByteArray content;
                if (!readFile(path, &content, &built.error))
                    return built;
                const QByteArray type = mimeTypes.mimeTypeForFileNameAndData(path, content).name().toLatin1();
                const qsizetype slash = type.indexOf('/');
                Ref<GMimePart> part(g_mime_part_new_with_type(slash > 0 ? type.left(slash).constData() : "application",
                                                              slash > 0 ? type.mid(slash + 1).constData() : "octet-stream"));
                Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(content.constData(), size_t(content.size())));
                Ref<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
                g_mime_part_set_content(part.get(), wrapper.get());
                g_mime_object_set_disposition(GMIME_OBJECT(part.get()), "attachment");
                g_mime_part_set_filename(part.get(), QFileInfo(path).fileName().toUtf8().constData());
                g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
                g_mime_multipart_add(mixed->get(), GMIME_OBJECT(part.get()));
            }
            top = GMIME_OBJECT(mixed->get());
        }
        g_mime_message_set_mime_part(message.get(), top);
    }

    // User headers last: a header the builder set (Subject, Date...) is
    // replaced the first time, repeated user headers are all kept.
    QList<QByteArray> userNames;
    for (const auto &[name, value] : spec.extraHeaders) {
        const QByteArray lower = name.toLower();
        if (!userNames.contains(lower) && g_mime_object_get_header(object, name.constData()))
            g_mime_object_set_header(object, name.constData(), value.constData(), "utf-8");
        else
            g_mime_object_append_header(object, name.constData(), value.constData(), "utf-8");
        userNames.append(lower);
    }

    QByteArray data = writeObject(object);
    if (!built.streamFile.isEmpty()) {
        // Keep only the header section; the file follows it.
        const qsizetype end = headerSectionLength(data, true);
        data.truncate(end);
        if (!data.endsWith("\r\n\r\n"))
            data += data.endsWith("\r\n") ? "\r\n" : "\r\n\r\n";
    } else {
        built.eightBit = hasEightBit(data);
    }
    const QByteArray headerSection = data.left(headerSectionLength(data, true));
    built.smtpUtf8 = hasEightBit(headerSection);
    built.data = std::move(data);
    return built;
}

} // namespace postscope::mime
