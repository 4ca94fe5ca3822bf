#include "sandbox/mailstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace postscope::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox", text);
}

QJsonArray paramsJson(const QList<protocol::EsmtpParam> &params)
{
    QJsonArray out;
    for (const protocol::EsmtpParam &p : params)
        out.append(QString::fromUtf8(p.hasValue ? p.keyword + '=' + p.value : p.keyword));
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = f.errorString();
        return false;
    }
    if (f.write(bytes) != bytes.size() || !f.flush()) {
        *error = f.errorString();
        f.close();
        QFile::remove(path);
        return false;
    }
    f.close();
    return true;
}

} // namespace

MailStore::MailStore(QString root) : m_root(std::move(root))
{
    // maildir(5): the host part of a unique name may not hold '/' or ':'.
    m_host = QHostInfo::localHostName();
    m_host.replace(QLatin1Char('/'), QLatin1String("\\057")).replace(QLatin1Char(':'), QLatin1String("\\072"));
    if (m_host.isEmpty())
        m_host = QStringLiteral("localhost");
}

QString MailStore::folderName(const QByteArray &address)
{
    QString out;
    const QString a = QString::fromUtf8(address).toLower();
    for (const QChar c : a) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('+') || c == QLatin1Char('@'))
            out += c;
        else
            out += QLatin1Char('_');
    }
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("_") + out;
    if (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out.left(200);
}

QString MailStore::mailboxPath(const QByteArray &address) const
{
    return m_root + QLatin1Char('/') + folderName(address);
}

QString MailStore::uniqueName()
{
    // maildir(5): time.MusecPpidQn.host is unique for this process and host.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QStringLiteral("%1.M%2P%3Q%4.%5")
        .arg(ms / 1000)
        .arg((ms % 1000) * 1000)
        .arg(::getpid())
        .arg(++m_counter)
        .arg(m_host);
}

QList<StoredMessage> MailStore::store(const engine::ReceivedMessage &message, const DeliveryContext &context)
{
    QList<StoredMessage> results;
    QJsonObject env;
    env.insert(QStringLiteral("mailFrom"), QString::fromUtf8(message.mailFrom.address));
    env.insert(QStringLiteral("mailParams"), paramsJson(message.mailFrom.params));
    QJsonArray rcpts;
    for (const protocol::PathArgument &r : message.recipients) {
        QJsonObject o;
        o.insert(QStringLiteral("address"), QString::fromUtf8(r.address));
        o.insert(QStringLiteral("params"), paramsJson(r.params));
        rcpts.append(o);
    }
    env.insert(QStringLiteral("rcptTo"), rcpts);
    env.insert(QStringLiteral("helo"), QString::fromUtf8(message.helo));
    env.insert(QStringLiteral("heloVerb"), QString::fromLatin1(message.heloVerb));
    env.insert(QStringLiteral("peer"), context.peer);
    env.insert(QStringLiteral("listener"), context.listener);
    env.insert(QStringLiteral("tls"), message.encrypted);
    env.insert(QStringLiteral("authUser"), message.authUser.isEmpty() ? QJsonValue() : QJsonValue(message.authUser));
    env.insert(QStringLiteral("chunked"), message.chunked);
    env.insert(QStringLiteral("queueId"), QString::fromLatin1(message.queueId));
    env.insert(QStringLiteral("size"), message.data.size());
    // What the server did to the octets it received, so that nothing is
    // changed silently: bare LFs (RFC 5321 2.3.8) kept as sent, or stored as
    // CRLF with --bare-lf normalize; and RCPTs merged into one stored copy.
    env.insert(QStringLiteral("bareLineFeeds"), message.bareLineFeeds);
    QString handling = QStringLiteral("none");
    if (message.bareLineFeeds > 0)
        handling = message.bareLineFeedHandling == protocol::BareLineFeed::Normalize
            ? QStringLiteral("normalized")
            : QStringLiteral("kept");
    env.insert(QStringLiteral("bareLineFeedHandling"), handling);
    env.insert(QStringLiteral("duplicateRecipients"), message.duplicateRecipients);
    env.insert(QStringLiteral("time"), (context.time.isValid() ? context.time : QDateTime::currentDateTime())
                                           .toString(Qt::ISODateWithMs));

    for (const protocol::PathArgument &r : message.recipients) {
        StoredMessage s;
        s.recipient = r.address;
        const QString box = mailboxPath(r.address);
        QDir dir;
        if (!dir.mkpath(box + QLatin1String("/tmp")) || !dir.mkpath(box + QLatin1String("/new"))
            || !dir.mkpath(box + QLatin1String("/cur")) || !dir.mkpath(box + QLatin1String("/envelopes"))) {
            s.error = tr("Cannot create the Maildir %1").arg(box);
            results.append(s);
            continue;
        }
        const QString name = uniqueName();
        const QString tmp = box + QLatin1String("/tmp/") + name;
        s.path = box + QLatin1String("/new/") + name;
        s.envelopePath = box + QLatin1String("/envelopes/") + name + QLatin1String(".json");
        QString err;
        QJsonObject e = env;
        e.insert(QStringLiteral("recipient"), QString::fromUtf8(r.address));
        if (!writeFile(tmp, message.data, &err)) {
            s.error = tr("Cannot write %1: %2").arg(tmp, err);
        } else if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(s.path).constData()) != 0) {
            s.error = tr("Cannot move %1 into new/").arg(tmp);
            QFile::remove(tmp);
        } else if (!writeFile(s.envelopePath, QJsonDocument(e).toJson(QJsonDocument::Indented), &err)) {
            s.error = tr("Cannot write the envelope %1: %2").arg(s.envelopePath, err);
        }
        results.append(s);
    }
    return results;
}

} // namespace postscope::sandbox
