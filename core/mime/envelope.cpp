// GMime (glib) first: Qt's "signals" macro breaks glib's headers.
#include <gmime/gmime.h>

#include "mime/envelope.h"

#include <QCoreApplication>
#include <mutex>

namespace postscope::mime {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

qsizetype headerSectionLength(QByteArrayView data, bool atEnd)
{
    // A message may begin with the empty line (no header at all).
    if (data.startsWith("\r\n"))
        return 2;
    if (data.startsWith("\n"))
        return 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] != '\n')
            continue;
        // An LF followed by an empty line (CRLF or LF) ends the header.
        if (i + 1 < data.size() && data[i + 1] == '\n')
            return i + 2;
        if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n')
            return i + 3;
    }
    return atEnd ? data.size() : -1;
}

QList<HeaderField> parseHeaderFields(QByteArrayView headerSection)
{
    QList<HeaderField> fields;
    qsizetype pos = 0;
    const qsizetype n = headerSection.size();
    while (pos < n) {
        qsizetype lineEnd = headerSection.indexOf('\n', pos);
        qsizetype next = lineEnd < 0 ? n : lineEnd + 1;
        QByteArrayView line = headerSection.sliced(pos, next - pos);
        QByteArrayView trimmedLine = line;
        while (!trimmedLine.isEmpty() && (trimmedLine.back() == '\n' || trimmedLine.back() == '\r'))
            trimmedLine.chop(1);
        if (trimmedLine.isEmpty())
            break; // the empty line: end of the header section
        // RFC 5322 2.2.3: a line that begins with WSP continues the field
        // before it. One without a field before it is kept as a nameless field
        // so that byte offsets stay exact.
        if ((trimmedLine.front() == ' ' || trimmedLine.front() == '\t') && !fields.isEmpty()) {
            HeaderField &field = fields.last();
            field.value += ' ';
            field.value += trimmedLine.trimmed().toByteArray();
            field.length = next - field.offset;
            field.value = field.value.trimmed();
        } else {
            HeaderField field;
            field.offset = pos;
            field.length = next - pos;
            const qsizetype colon = trimmedLine.indexOf(':');
            if (colon < 0) {
                field.value = trimmedLine.toByteArray();
            } else {
                field.name = trimmedLine.first(colon).trimmed().toByteArray();
                field.value = trimmedLine.sliced(colon + 1).trimmed().toByteArray();
            }
            fields.append(field);
        }
        pos = next;
    }
    return fields;
}

static void collectAddresses(InternetAddressList *list, QList<QByteArray> *out)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            collectAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)),
                             out);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            if (addr && *addr)
                out->append(QByteArray(addr));
        }
    }
}

QList<QByteArray> addressesOf(const QList<QByteArray> &values)
{
    ensureGMime();
    QList<QByteArray> result;
    for (const QByteArray &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        InternetAddressList *list = internet_address_list_parse(nullptr, value.constData());
        collectAddresses(list, &result);
        if (list)
            g_object_unref(list);
    }
    return result;
}

std::optional<Mailbox> parseMailbox(const QString &text)
{
    ensureGMime();
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return std::nullopt;
    InternetAddressList *list = internet_address_list_parse(nullptr, utf8.constData());
    if (!list)
        return std::nullopt;
    std::optional<Mailbox> result;
    if (internet_address_list_length(list) == 1) {
        InternetAddress *address = internet_address_list_get_address(list, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            const char *name = internet_address_get_name(address);
            if (addr && *addr)
                result = Mailbox {QString::fromUtf8(name ? name : ""), QByteArray(addr)};
        }
    }
    g_object_unref(list);
    return result;
}

QString formatMailbox(const Mailbox &mailbox)
{
    ensureGMime();
    if (mailbox.displayName.isEmpty())
        return QString::fromUtf8(mailbox.address);
    const QByteArray name = mailbox.displayName.toUtf8();
    InternetAddress *address
        = internet_address_mailbox_new(name.constData(), mailbox.address.constData());
    // encode = FALSE: no RFC 2047 encoded words; the text stays readable and
    // the message builder encodes it when it writes a header.
    char *text = internet_address_to_string(address, nullptr, FALSE);
    const QString result = QString::fromUtf8(text);
    g_free(text);
    g_object_unref(address);
    return result;
}

static const HeaderField *firstField(const QList<HeaderField> &fields, QByteArrayView name)
{
    for (const HeaderField &field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

bool isAscii(QByteArrayView data)
{
    return !hasEightBit(data);
}

bool hasEightBit(QByteArrayView data)
{
    for (char c : data) {
        if (static_cast<unsigned char>(c) & 0x80)
            return true;
    }
    return false;
}

DerivedEnvelope deriveEnvelope(QByteArrayView headerSection, const QByteArray &overrideSender,
                               const QList<QByteArray> &overrideRecipients)
{
    DerivedEnvelope envelope;
    const QList<HeaderField> fields = parseHeaderFields(headerSection);

    // smtplib: msg.get_all('Resent-Date') decides which block is used; more
    // than one Resent- block is a ValueError (RFC 5322 3.6.6 asks for one per resend).
    int resentDates = 0;
    for (const HeaderField &field : fields) {
        if (field.name.compare("Resent-Date", Qt::CaseInsensitive) == 0)
            ++resentDates;
    }
    if (resentDates > 1) {
        envelope.error = QCoreApplication::translate(
            "postscope::mime", "the message has more than one Resent- header block");
        return envelope;
    }
    envelope.resent = resentDates == 1;
    const QByteArray prefix = envelope.resent ? QByteArrayLiteral("Resent-") : QByteArray();

    if (!overrideSender.isNull()) {
        envelope.sender = overrideSender;
    } else {
        // RFC 5322 3.6.2: Sender names who actually sent; smtplib prefers it.
        const HeaderField *field = firstField(fields, prefix + "Sender");
        if (!field)
            field = firstField(fields, prefix + "From");
        const QList<QByteArray> addresses
            = field ? addressesOf({field->value}) : QList<QByteArray>();
        if (addresses.isEmpty()) {
            envelope.error
                = QCoreApplication::translate("postscope::mime",
                                              "the message names no sender (%1Sender or %1From)")
                      .arg(QString::fromLatin1(prefix));
            return envelope;
        }
        envelope.sender = addresses.first();
    }

    if (!overrideRecipients.isEmpty()) {
        envelope.recipients = overrideRecipients;
    } else {
        QList<QByteArray> values;
        // smtplib's order: To, Bcc, Cc (first field of each name).
        for (const char *name : {"To", "Bcc", "Cc"}) {
            if (const HeaderField *field = firstField(fields, prefix + name))
                values.append(field->value);
        }
        envelope.recipients = addressesOf(values);
    }
    if (envelope.recipients.isEmpty()) {
        envelope.error
            = QCoreApplication::translate("postscope::mime",
                                          "the message names no recipients (%1To, %1Cc or %1Bcc)")
                  .arg(QString::fromLatin1(prefix));
        return envelope;
    }

    // smtplib: a non-ASCII sender or recipient needs SMTPUTF8 (RFC 6531).
    envelope.international = hasEightBit(envelope.sender);
    for (const QByteArray &recipient : std::as_const(envelope.recipients))
        envelope.international = envelope.international || hasEightBit(recipient);
    return envelope;
}

QByteArray stripBccFields(QByteArrayView headerSection)
{
    const QList<HeaderField> fields = parseHeaderFields(headerSection);
    QByteArray out;
    out.reserve(headerSection.size());
    qsizetype pos = 0;
    for (const HeaderField &field : fields) {
        if (field.name.compare("Bcc", Qt::CaseInsensitive) == 0
            || field.name.compare("Resent-Bcc", Qt::CaseInsensitive) == 0) {
            out += headerSection.sliced(pos, field.offset - pos);
            pos = field.offset + field.length;
        }
    }
    out += headerSection.sliced(pos);
    return out;
}

} // namespace postscope::mime
