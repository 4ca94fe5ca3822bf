#include "send/messagefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace postscope::send {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::send", text);
}

// Lists in a stored spec: as many as a composer field takes.
constexpr int maxListItems = 1000;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

bool readList(const QJsonObject &o, const char *key, QStringList *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray() || v.toArray().size() > maxListItems) {
        *error = tr("“%1” is not a list of at most %2 texts")
                     .arg(QLatin1String(key))
                     .arg(maxListItems);
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            *error = tr("“%1” holds something that is not a text").arg(QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

QString priorityName(mime::Priority p)
{
    switch (p) {
    case mime::Priority::Highest:
        return QStringLiteral("highest");
    case mime::Priority::High:
        return QStringLiteral("high");
    case mime::Priority::Low:
        return QStringLiteral("low");
    case mime::Priority::Lowest:
        return QStringLiteral("lowest");
    case mime::Priority::Normal:
        break;
    }
    return QStringLiteral("normal");
}

mime::Priority priorityFromName(const QString &name)
{
    if (name == QLatin1String("highest"))
        return mime::Priority::Highest;
    if (name == QLatin1String("high"))
        return mime::Priority::High;
    if (name == QLatin1String("low"))
        return mime::Priority::Low;
    if (name == QLatin1String("lowest"))
        return mime::Priority::Lowest;
    return mime::Priority::Normal;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    return re.match(id).hasMatch();
}

QString newId()
{
    // Sorts by time; the random part keeps two saves in one second apart.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"))
        + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

QJsonObject specToJson(const mime::MessageSpec &spec)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), spec.from);
    if (!spec.sender.isEmpty())
        o.insert(QStringLiteral("sender"), spec.sender);
    o.insert(QStringLiteral("replyTo"), toArray(spec.replyTo));
    o.insert(QStringLiteral("to"), toArray(spec.to));
    o.insert(QStringLiteral("cc"), toArray(spec.cc));
    o.insert(QStringLiteral("bcc"), toArray(spec.bcc));
    o.insert(QStringLiteral("subject"), spec.subject);
    o.insert(QStringLiteral("body"), spec.body);
    o.insert(QStringLiteral("html"), spec.html);
    QJsonArray attachments;
    for (const mime::Attachment &a : spec.attachments) {
        QJsonObject item;
        item.insert(QStringLiteral("path"), a.path);
        item.insert(QStringLiteral("fileName"), a.fileName);
        item.insert(QStringLiteral("contentType"), QString::fromLatin1(a.contentType));
        item.insert(QStringLiteral("inline"), a.inlineImage);
        item.insert(QStringLiteral("contentId"), QString::fromLatin1(a.contentId));
        attachments.append(item);
    }
    o.insert(QStringLiteral("attachments"), attachments);
    QJsonArray headers;
    for (const auto &[name, value] : spec.extraHeaders)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(value)});
    o.insert(QStringLiteral("headers"), headers);
    o.insert(QStringLiteral("priority"), priorityName(spec.priority));
    o.insert(QStringLiteral("readReceipt"), spec.readReceipt);
    o.insert(QStringLiteral("deliveryReceipt"), spec.deliveryReceipt);
    o.insert(QStringLiteral("messageIdDomain"), QString::fromLatin1(spec.messageIdDomain));
    if (!spec.envelopeFrom.isNull())
        o.insert(QStringLiteral("envelopeFrom"), QString::fromUtf8(spec.envelopeFrom));
    // What was asked of security, never a passphrase (it lives in the keychain).
    QJsonObject security;
    security.insert(QStringLiteral("kind"),
                    spec.security.kind == mime::Security::Kind::Smime ? QStringLiteral("smime")
                        : spec.security.kind == mime::Security::Kind::OpenPgp
                        ? QStringLiteral("openpgp")
                        : QStringLiteral("none"));
    security.insert(QStringLiteral("sign"), spec.security.sign);
    security.insert(QStringLiteral("encrypt"), spec.security.encrypt);
    security.insert(QStringLiteral("dkim"), spec.security.dkim());
    o.insert(QStringLiteral("security"), security);
    return o;
}

std::optional<mime::MessageSpec> specFromJson(const QJsonObject &o, QString *error)
{
    QString why;
    mime::MessageSpec spec;
    spec.from = o.value(QStringLiteral("from")).toString();
    spec.sender = o.value(QStringLiteral("sender")).toString();
    spec.subject = o.value(QStringLiteral("subject")).toString();
    spec.body = o.value(QStringLiteral("body")).toString();
    spec.html = o.value(QStringLiteral("html")).toString();
    if (!readList(o, "replyTo", &spec.replyTo, &why) || !readList(o, "to", &spec.to, &why)
        || !readList(o, "cc", &spec.cc, &why) || !readList(o, "bcc", &spec.bcc, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    const QJsonArray headers = o.value(QStringLiteral("headers")).toArray();
    if (attachments.size() > maxListItems || headers.size() > maxListItems) {
        if (error)
            *error = tr("More than %1 attachments or header fields").arg(maxListItems);
        return std::nullopt;
    }
    for (const QJsonValue &v : attachments) {
        const QJsonObject item = v.toObject();
        mime::Attachment a;
        a.path = item.value(QStringLiteral("path")).toString();
        a.fileName = item.value(QStringLiteral("fileName")).toString();
        a.contentType = item.value(QStringLiteral("contentType")).toString().toLatin1();
        a.inlineImage = item.value(QStringLiteral("inline")).toBool();
        a.contentId = item.value(QStringLiteral("contentId")).toString().toLatin1();
        if (a.path.isEmpty()) {
            if (error)
                *error = tr("An attachment names no file");
            return std::nullopt;
        }
        spec.attachments.append(a);
    }
    for (const QJsonValue &v : headers) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2) {
            if (error)
                *error = tr("A header field is not a name and a value");
            return std::nullopt;
        }
        // The same check as when it was typed: a stored file is input too.
        QByteArray name;
        QByteArray value;
        const QString bad = mime::checkHeaderArgument(
            pair.at(0).toString() + QStringLiteral(": ") + pair.at(1).toString(), &name, &value);
        if (!bad.isEmpty()) {
            if (error)
                *error = bad;
            return std::nullopt;
        }
        spec.extraHeaders.append({name, value});
    }
    spec.priority = priorityFromName(o.value(QStringLiteral("priority")).toString());
    spec.readReceipt = o.value(QStringLiteral("readReceipt")).toBool();
    spec.deliveryReceipt = o.value(QStringLiteral("deliveryReceipt")).toBool();
    spec.messageIdDomain = o.value(QStringLiteral("messageIdDomain")).toString().toLatin1();
    if (o.contains(QStringLiteral("envelopeFrom")))
        spec.envelopeFrom = o.value(QStringLiteral("envelopeFrom")).toString().toUtf8();
    const QJsonObject security = o.value(QStringLiteral("security")).toObject();
    const QString kind = security.value(QStringLiteral("kind")).toString();
    spec.security.kind = kind == QLatin1String("smime") ? mime::Security::Kind::Smime
        : kind == QLatin1String("openpgp")              ? mime::Security::Kind::OpenPgp
                                                        : mime::Security::Kind::None;
    spec.security.sign = security.value(QStringLiteral("sign")).toBool();
    spec.security.encrypt = security.value(QStringLiteral("encrypt")).toBool();
    return spec;
}

std::optional<MessageRequest> StoredMessage::request(QString *error) const
{
    bool filesThere = true;
    for (const mime::Attachment &a : spec.attachments)
        filesThere = filesThere && QFileInfo(a.path).isFile();
    MessageRequest request;
    if (filesThere || sourceFile.isEmpty()) {
        if (!filesThere) {
            if (error)
                *error = tr("An attached file is gone and no copy of the message was kept");
            return std::nullopt;
        }
        request.spec = spec;
        return request;
    }
    if (!QFileInfo(sourceFile).isFile() || envelopeRecipients.isEmpty()) {
        if (error)
            *error = tr("The kept copy of the message (%1) is gone").arg(sourceFile);
        return std::nullopt;
    }
    // The exact octets that were to leave, with the envelope they had (the
    // Bcc recipients are only in the envelope, RFC 5322 3.6.3).
    request.messageFile = sourceFile;
    request.sender = envelopeSender;
    request.recipients = envelopeRecipients;
    return request;
}

MessageFolder::MessageFolder(QString directory)
    : m_directory(std::move(directory))
{
}

QString MessageFolder::defaultLocation(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/')
        + name;
}

QString MessageFolder::jsonPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString MessageFolder::emlPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".eml");
}

bool MessageFolder::ensureDirectory(QString *error) const
{
    if (QDir().mkpath(m_directory))
        return true;
    if (error)
        *error = tr("Could not create the folder %1").arg(m_directory);
    return false;
}

bool MessageFolder::contains(const QString &id) const
{
    return isValidId(id) && QFileInfo(jsonPath(id)).isFile();
}

QString MessageFolder::save(StoredMessage message, QString *error)
{
    if (!ensureDirectory(error))
        return {};
    if (message.id.isEmpty())
        message.id = newId();
    if (!isValidId(message.id)) {
        if (error)
            *error = tr("“%1” is not a name for a stored message").arg(message.id);
        return {};
    }
    if (!message.sourceFile.isEmpty()
        && QFileInfo(message.sourceFile).fileName() != message.id + QStringLiteral(".eml"))
        message.sourceFile.clear(); // only our own copy is ever named here
    message.saved = QDateTime::currentDateTimeUtc();
    QJsonObject o;
    o.insert(QStringLiteral("account"), message.account);
    o.insert(QStringLiteral("saved"), message.saved.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("lastError"), message.lastError);
    o.insert(QStringLiteral("attempts"), message.attempts);
    o.insert(QStringLiteral("message"), specToJson(message.spec));
    if (!message.sourceFile.isEmpty()) {
        o.insert(QStringLiteral("source"), QFileInfo(message.sourceFile).fileName());
        o.insert(QStringLiteral("envelopeSender"), QString::fromUtf8(message.envelopeSender));
        QJsonArray recipients;
        for (const QByteArray &r : std::as_const(message.envelopeRecipients))
            recipients.append(QString::fromUtf8(r));
        o.insert(QStringLiteral("envelopeRecipients"), recipients);
    }
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (json.size() > maxEntryBytes) {
        if (error)
            *error = tr("The message is too big to keep as a draft (%1 octets)").arg(json.size());
        return {};
    }
    QSaveFile file(jsonPath(message.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return message.id;
}

QString MessageFolder::saveWithSource(StoredMessage message, const PreparedMessage &prepared,
                                      QString *error)
{
    if (!ensureDirectory(error))
        return {};
    if (message.id.isEmpty())
        message.id = newId();
    if (!isValidId(message.id)) {
        if (error)
            *error = tr("“%1” is not a name for a stored message").arg(message.id);
        return {};
    }
    std::unique_ptr<engine::MessageSource> source = prepared.source();
    QSaveFile eml(emlPath(message.id));
    if (!source || !eml.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(eml.fileName(), eml.errorString());
        return {};
    }
    // In pieces: a big attachment is streamed from its file, not held here.
    while (!source->atEnd()) {
        const QByteArray piece = source->read(1 << 20);
        if (piece.isEmpty() && !source->atEnd()) {
            eml.cancelWriting();
            if (error)
                *error = tr("Could not read the message: %1").arg(source->errorString());
            return {};
        }
        if (eml.write(piece) != piece.size()) {
            eml.cancelWriting();
            if (error)
                *error = tr("Could not write %1: %2").arg(eml.fileName(), eml.errorString());
            return {};
        }
    }
    if (!eml.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(eml.fileName(), eml.errorString());
        return {};
    }
    message.sourceFile = emlPath(message.id);
    message.envelopeSender = prepared.envelope.sender;
    message.envelopeRecipients.clear();
    for (const engine::Recipient &r : prepared.envelope.recipients)
        message.envelopeRecipients.append(r.address);
    return save(std::move(message), error);
}

std::optional<StoredMessage> MessageFolder::load(const QString &id, QString *error) const
{
    if (!isValidId(id)) {
        if (error)
            *error = tr("“%1” is not a name for a stored message").arg(id);
        return std::nullopt;
    }
    QFile file(jsonPath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxEntryBytes) {
        if (error)
            *error = tr("%1 is bigger than %2 octets").arg(file.fileName()).arg(maxEntryBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(maxEntryBytes), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1 is not a stored message: %2")
                         .arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    QString why;
    std::optional<mime::MessageSpec> spec
        = specFromJson(o.value(QStringLiteral("message")).toObject(), &why);
    if (!spec) {
        if (error)
            *error = tr("%1: %2").arg(file.fileName(), why);
        return std::nullopt;
    }
    StoredMessage m;
    m.id = id;
    m.spec = std::move(*spec);
    m.account = o.value(QStringLiteral("account")).toString();
    m.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    m.lastError = o.value(QStringLiteral("lastError")).toString();
    m.attempts = qBound(0, o.value(QStringLiteral("attempts")).toInt(), 1 << 20);
    // Only our own copy next to the entry, whatever the file says.
    if (o.value(QStringLiteral("source")).toString() == id + QStringLiteral(".eml")
        && QFileInfo(emlPath(id)).isFile()) {
        m.sourceFile = emlPath(id);
        m.envelopeSender = o.value(QStringLiteral("envelopeSender")).toString().toUtf8();
        const QJsonArray recipients = o.value(QStringLiteral("envelopeRecipients")).toArray();
        for (qsizetype i = 0; i < recipients.size() && i < maxListItems * 3; ++i)
            m.envelopeRecipients.append(recipients.at(i).toString().toUtf8());
    }
    return m;
}

QList<StoredMessage> MessageFolder::list(QStringList *errors) const
{
    QDir dir(m_directory);
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end()); // ids sort by time: newest first
    QList<StoredMessage> out;
    for (const QString &name : std::as_const(names)) {
        if (out.size() == maxEntries)
            break;
        QString why;
        if (std::optional<StoredMessage> m = load(QFileInfo(name).completeBaseName(), &why))
            out.append(std::move(*m));
        else if (errors)
            errors->append(why);
    }
    return out;
}

bool MessageFolder::remove(const QString &id, QString *error)
{
    if (!isValidId(id)) {
        if (error)
            *error = tr("“%1” is not a name for a stored message").arg(id);
        return false;
    }
    QFile::remove(emlPath(id));
    if (QFile::exists(jsonPath(id)) && !QFile::remove(jsonPath(id))) {
        if (error)
            *error = tr("Could not remove %1").arg(jsonPath(id));
        return false;
    }
    return true;
}

} // namespace postscope::send
