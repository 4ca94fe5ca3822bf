#include "mime/addresscheck.h"

#include "mime/envelope.h"
#include "protocol/commandparser.h"

#include <QCoreApplication>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

// RFC 5321 4.5.3.1.1 and 4.5.3.1.2: the longest local part and domain a
// server must accept.
constexpr qsizetype maxLocalPart = 64;
constexpr qsizetype maxDomain = 255;

QString reasonForAddress(const QByteArray &address)
{
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0)
        return tr("“%1” has no @: an address is local-part@domain (RFC 5322 3.4.1)")
            .arg(QString::fromUtf8(address));
    const QByteArray local = address.left(at);
    const QByteArray domain = address.mid(at + 1);
    if (local.isEmpty())
        return tr("Nothing before the @ (RFC 5322 3.4.1)");
    if (domain.isEmpty())
        return tr("No domain after the @ (RFC 5322 3.4.1)");
    if (local.size() > maxLocalPart)
        return tr("The part before the @ is %1 octets long; servers need only take 64 "
                  "(RFC 5321 4.5.3.1.1)")
            .arg(local.size());
    if (domain.size() > maxDomain)
        return tr("The domain is %1 octets long; at most 255 are allowed (RFC 5321 4.5.3.1.2)")
            .arg(domain.size());
    bool utf8 = false;
    if (protocol::isValidMailbox(address, &utf8))
        return {};
    if (!domain.startsWith('[') && !protocol::isValidDomain(domain))
        return tr("“%1” is not a domain name: labels of letters, digits and hyphens separated "
                  "by dots (RFC 5321 4.1.2)")
            .arg(QString::fromUtf8(domain));
    return tr("“%1” cannot be sent in MAIL or RCPT: quote the part before the @ or remove the "
              "spaces and special characters (RFC 5321 4.1.2)")
        .arg(QString::fromUtf8(address));
}

} // namespace

QStringList splitAddressField(const QString &field)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    int comment = 0; // RFC 5322 3.2.2: comments nest
    bool angle = false;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (quoted) {
            current.append(c);
            if (c == QLatin1Char('\\') && i + 1 < field.size())
                current.append(field.at(++i));
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"') && comment == 0)
            quoted = true;
        else if (c == QLatin1Char('(') && !angle)
            ++comment;
        else if (c == QLatin1Char(')') && comment > 0)
            --comment;
        else if (c == QLatin1Char('<') && comment == 0)
            angle = true;
        else if (c == QLatin1Char('>') && comment == 0)
            angle = false;
        else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && comment == 0 && !angle) {
            if (!current.trimmed().isEmpty())
                parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

AddressCheck checkMailbox(const QString &mailbox)
{
    AddressCheck check;
    check.text = mailbox.trimmed();
    if (check.text.isEmpty()) {
        check.error = tr("Empty address");
        return check;
    }
    for (const QChar c : check.text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0) {
            check.error = tr("A line break or NUL in an address is refused (header injection)");
            return check;
        }
    }
    // GMime reads "Name <addr" leniently; a person meant to close it.
    if (check.text.count(QLatin1Char('<')) != check.text.count(QLatin1Char('>'))) {
        check.error = tr("An angle bracket is not closed: write Name <local@domain> "
                         "(RFC 5322 3.4)");
        return check;
    }
    const std::optional<Mailbox> parsed = parseMailbox(check.text);
    if (!parsed) {
        if (!check.text.contains(QLatin1Char('@')))
            check.error = tr("“%1” has no @: an address is local-part@domain (RFC 5322 3.4.1)")
                              .arg(check.text);
        else
            check.error = tr("Not one mailbox: write local@domain or Name <local@domain> "
                             "(RFC 5322 3.4)");
        return check;
    }
    check.displayName = parsed->displayName;
    check.address = parsed->address;
    check.error = reasonForAddress(check.address);
    if (check.ok())
        protocol::isValidMailbox(check.address, &check.needsSmtpUtf8);
    return check;
}

QList<AddressCheck> checkAddressField(const QString &field)
{
    QList<AddressCheck> checks;
    if (field.size() > maxAddressFieldChars) {
        AddressCheck tooLong;
        tooLong.text = field.left(40) + QStringLiteral("…");
        tooLong.error = tr("The field is %1 characters long; at most %2 are read")
                            .arg(field.size())
                            .arg(maxAddressFieldChars);
        return {tooLong};
    }
    const QStringList parts = splitAddressField(field);
    for (const QString &part : parts) {
        if (checks.size() == maxAddressesPerField) {
            AddressCheck tooMany;
            tooMany.text = part;
            tooMany.error = tr("More than %1 addresses in one field").arg(maxAddressesPerField);
            checks.append(tooMany);
            break;
        }
        checks.append(checkMailbox(part));
    }
    return checks;
}

} // namespace postscope::mime
